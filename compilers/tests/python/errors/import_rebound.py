# A name an import binds that the program binds again at the top level (or through `global`) is refused:
# the import is resolved where the name is used, so it would shadow the program's own binding.
import string as text
from math import pi, sqrt


def area(r, sqrt=None):  # a parameter of the same name is a local: fine
    return pi * r * r


def reset():
    global text
    text = "plain"


print(area(1), sqrt(4), text.digits)
pi = 3  # noqa: F811
# error: 3:1: the name 'text' is both bound by this import and bound elsewhere
# error: 4:1: the name 'pi' is both bound by this import and bound elsewhere
