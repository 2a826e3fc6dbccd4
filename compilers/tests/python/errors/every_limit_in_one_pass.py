import random
x = 2.5
y = 5 / 2
# error: 1:1: 'import random' is not supported
# error: 2:5: float is not supported yet
# error: 3:5: true division
