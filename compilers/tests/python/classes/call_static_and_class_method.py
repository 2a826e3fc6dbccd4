class Greeter:
    @staticmethod
    def __call__(x="hi"):
        return x
class Maker:
    @classmethod
    def __call__(cls, n):
        return cls.__name__ * n
g = Greeter()
print(callable(g), callable(Greeter), g(), g("yo"), Maker()(2), callable(Maker()))
# expect: True True hi yo MakerMaker True
