class A:
    def f(self):
        return 1
class B(A):
    def f(self):
        return super(B, self).f()
# error: 6:16: super() with arguments is not supported
