# A generator given to the program's own code through a static method, a class's attribute, a bound
# method's value, a function kept in an instance, or __init__, is closed when that code returns, if it only
# consumes it.
def numbers(name):
    try:
        yield 1
        yield 2
    finally:
        print("closed", name)


def first(it):
    for x in it:
        return x


class Reader:
    def __init__(self, it=None):
        self.value = next(it) if it is not None else 0
        print("made", self.value)

    def read_one(self, it):
        for x in it:
            return x

    @staticmethod
    def peek(it):
        return next(it)

    @classmethod
    def take(cls, it):
        return cls.__name__, next(it)


r = Reader()
print(Reader.peek(numbers("static")))
print(r.peek(numbers("static on instance")))
print(Reader.read_one(r, numbers("class attribute")))
print(Reader.take(numbers("classmethod")))
print(r.take(numbers("classmethod on instance")))
read = r.read_one
print(read(numbers("bound")))
r.fn = first
print(r.fn(numbers("kept in instance")))
made = Reader(numbers("init"))
print(made.value)
print("end")
# Expected output from CPython 3.11.
# expect: made 0
# expect: closed static
# expect: 1
# expect: closed static on instance
# expect: 1
# expect: closed class attribute
# expect: 1
# expect: closed classmethod
# expect: ('Reader', 1)
# expect: closed classmethod on instance
# expect: ('Reader', 1)
# expect: closed bound
# expect: 1
# expect: closed kept in instance
# expect: 1
# expect: made 1
# expect: closed init
# expect: 1
# expect: end
