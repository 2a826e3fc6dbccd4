class A:
    @staticmethod
    def f():
        return 1
# error: 3:5: a method needs a first parameter
# error: 2:6: the decorator '@staticmethod' is not supported
