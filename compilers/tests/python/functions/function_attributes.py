def counted(fn):
    def wrapper(*args):
        wrapper.calls += 1
        return fn(*args)
    wrapper.calls = 0
    wrapper.__doc__ = "counts " + fn.__name__
    return wrapper
def square(x):
    return x * x
sq = counted(square)
print([sq(i) for i in range(4)], sq.calls, sq.__doc__, sq.__name__, hasattr(sq, "calls"), hasattr(square, "calls"))
square.unit = "m2"
print(square.unit, square.__dict__, getattr(square, "missing", "-"))
print(square.nothing)
# expect: [0, 1, 4, 9] 4 counts square wrapper True False
# expect: m2 {'unit': 'm2'} -
# expect runtime error: trap 4
# expect stderr: AttributeError: 'function' object has no attribute 'nothing'
