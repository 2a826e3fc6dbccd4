class A:
    pass
class B:
    pass
class C(A, B):
    pass
# error: 5:12: multiple inheritance is not supported
