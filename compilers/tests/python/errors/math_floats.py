import math
from math import fsum
print(math.dist((0, 0), (3, 4)))
# error: 2:1: math.fsum is not supported yet
# error: 3:12: math.dist is not supported yet
