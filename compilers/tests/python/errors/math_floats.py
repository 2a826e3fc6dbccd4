import math
from math import fsum
print(math.isclose(0.1 + 0.2, 0.3))
# error: 2:1: math.fsum is not supported yet
# error: 3:12: math.isclose is not supported yet
