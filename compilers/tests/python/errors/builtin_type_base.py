# A class of a built-in type that CPython lets a class inherit from: its instances would be lists or
# dicts there, never here, so the compile refuses it (a class of the program's own of that name is fine).
class Stack(list):
    def peek(self):
        return self[-1]
class Counts(dict):
    pass
class Word(str):
    pass
# error: 3:13: a class inheriting from the built-in type 'list' is not supported
# error: 6:14: a class inheriting from the built-in type 'dict' is not supported
# error: 8:12: a class inheriting from the built-in type 'str' is not supported
