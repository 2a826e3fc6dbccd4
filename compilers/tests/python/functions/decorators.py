# Decorators of the program's own: f = deco(f) after the def, the decorators made first, applied bottom-up.
def trace(func):
    def wrapper(*args, **kwargs):
        print("call", func.__name__, args, kwargs)
        result = func(*args, **kwargs)
        print("ret", result)
        return result

    return wrapper


def repeat(n):
    print("repeat made", n)

    def deco(func):
        print("repeat applied to", func.__name__)

        def inner(*args):
            return [func(*args) for _ in range(n)]

        return inner

    return deco


def tag(label):
    print("tag made", label)

    def deco(func):
        print("tag applied", label, func.__name__)
        return func

    return deco


@trace
def add(a, b=2):
    return a + b


@tag("outer")
@repeat(2)
@tag("inner")
@trace
def hello(name):
    return "hi " + name


print(add(1))
print(add(1, b=5))
print(hello("bob"))
print(add.__name__, hello.__name__)


class CountCalls:
    def __init__(self, func):
        self.func = func
        self.calls = 0

    def __call__(self, *args):
        self.calls += 1
        return self.func(*args)


@CountCalls
def square(x):
    return x * x


print(square(3), square(4), square.calls, callable(square), type(square).__name__)


def logged(method):
    def wrapper(self, *args):
        print("method", method.__name__, type(self).__name__)
        return method(self, *args)

    return wrapper


class Box:
    scale = 10

    def __init__(self, v):
        self.v = v

    def __repr__(self):
        return f"Box({self.v})"

    @logged
    def get(self):
        return self.v

    @staticmethod
    @trace
    def make(v):
        return Box(v)

    @classmethod
    @logged
    def scaled(cls, v):
        return cls(v * cls.scale)

    @property
    @logged
    def double(self):
        return self.v * 2


b = Box.make(5)
print(b.get(), b.double, Box.scaled(3).v)

registry = []


def register(cls):
    registry.append(cls.__name__)
    cls.registered = True
    return cls


@register
class Thing:
    pass


print(registry, Thing.registered, Thing().registered)


def plus_one(f):
    def wrapper():
        return f() + 1

    return wrapper


@plus_one
def bad():
    return 1 // 0


bad()
# expect: tag made outer
# expect: repeat made 2
# expect: tag made inner
# expect: tag applied inner wrapper
# expect: repeat applied to wrapper
# expect: tag applied outer inner
# expect: call add (1,) {}
# expect: ret 3
# expect: 3
# expect: call add (1,) {'b': 5}
# expect: ret 6
# expect: 6
# expect: call hello ('bob',) {}
# expect: ret hi bob
# expect: call hello ('bob',) {}
# expect: ret hi bob
# expect: ['hi bob', 'hi bob']
# expect: wrapper inner
# expect: 9 16 2 True CountCalls
# expect: call make (5,) {}
# expect: ret Box(5)
# expect: method get Box
# expect: method double Box
# expect: method scaled type
# expect: 5 10 30
# expect: ['Thing'] True True
# expect runtime error: trap 4
# expect stderr: ZeroDivisionError: integer division or modulo by zero
