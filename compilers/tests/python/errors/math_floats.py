import math
from math import sin
print(math.hypot(3, 4))
# error: 2:1: math.sin is not supported yet
# error: 3:12: math.hypot is not supported yet
