def trace(f):
    return f


class A:
    @trace
    def f(self):
        return 1

    @property
    @staticmethod
    def g():
        return 2

    @h.setter
    def h(self, v):
        pass
# error: 6:6: the decorator '@trace' is not supported
# error: 11:6: a method with more than one decorator is not supported
# error: 12:5: a method needs a first parameter (self)
# error: 15:8: this decorator is not supported
