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

    @trace
    @classmethod
    def h(cls):
        pass


# error: 11:6: @staticmethod is supported as a method's first decorator
# error: 12:5: a method needs a first parameter (self)
# error: 16:6: @classmethod is supported as a method's first decorator
