# A module an import binds that the program binds again at the top level (or through `global`) is refused:
# a module is no value here. (A member it binds again is a variable: library/star_import.py.)
import string as text
from math import sqrt


def area(r, sqrt=None):  # a parameter of the same name is a local: fine
    return r * r


def reset():
    global text
    text = "plain"


print(area(1), sqrt(4), text.digits)
# error: 3:1: the module 'text' is bound by this import and elsewhere in the program
