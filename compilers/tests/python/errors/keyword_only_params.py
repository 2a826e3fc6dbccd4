def f(a, *, b):
    return a + b
# error: 1:10: keyword-only parameters
