class Celsius:
    def __new__(cls, degrees):
        return super().__new__(cls)

    @property
    def degrees(self):
        return 0

    @degrees.deleter
    def degrees(self):
        pass
# error: 2:5: the special method '__new__' is not supported (nothing here would call it)
# error: 9:14: a property's @degrees.deleter is not supported
