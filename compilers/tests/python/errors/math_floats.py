import math
from math import pi
print(math.sqrt(2))
# error: 2:1: math.pi is not supported: float is not supported yet
# error: 3:12: math.sqrt is not supported: float is not supported yet
