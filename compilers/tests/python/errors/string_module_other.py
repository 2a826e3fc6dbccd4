import string
from string import ascii_lowercase as letters, capwords
print(string.Template)
# error: 2:1: string.capwords is not supported
# error: 3:14: string.Template is not supported
