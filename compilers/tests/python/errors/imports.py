import random
from os import path
import math, os
print(random.randint(1, 6))
from sys import *
# error: 1:1: 'import random' is not supported
# error: 2:1: 'from os import ...' is not supported
# error: 3:14: 'import os' is not supported
# error: 5:1: 'from sys import *' is not supported: name what you use (from sys import ...) or write sys.name
