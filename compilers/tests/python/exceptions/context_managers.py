# with: __enter__ and __exit__ on every way out of the body (return, break, continue, an exception, suppressed
# or not), several items, nesting, a generator, CPython 3.11's protocol errors. Expected: CPython 3.11's.
class Resource:
    opened = []

    def __init__(self, name, suppress=False):
        self.name = name
        self.suppress = suppress

    def __enter__(self):
        Resource.opened.append(self.name)
        print(f"open {self.name}")
        return self.name.upper()

    def __exit__(self, exc_type, exc_value, traceback):
        Resource.opened.remove(self.name)
        print(f"close {self.name}", exc_type, repr(exc_value))
        return self.suppress


def first_even(xs):
    with Resource("scan") as tag:
        for x in xs:
            if x % 2 == 0:
                return tag, x
    return tag, None


print(first_even([1, 3, 4, 5]), first_even([1]))
for i in range(3):
    with Resource(f"loop{i}"):
        if i == 1:
            continue
        if i == 2:
            break
        print("body", i)
with Resource("a") as a, Resource("b", suppress=True) as b:
    print(a, b, Resource.opened)
    raise KeyError("k")
print("after suppress", Resource.opened)
try:
    with Resource("outer"):
        print("between")
        with Resource("inner"):
            print(1 / 0)
except ZeroDivisionError as e:
    print("caught", e)


class Bad:
    def __enter__(self):
        return self


try:
    with Bad():
        pass
except TypeError as e:
    print(e)
try:
    with 5 as five:
        pass
except TypeError as e:
    print(e)


class Loud:
    def __enter__(self):
        raise RuntimeError("enter failed")

    def __exit__(self, *args):
        print("never")


try:
    with Loud():
        print("never either")
except RuntimeError as e:
    print(e)


def gen():
    with Resource("gen") as g:
        yield g
        yield g + "!"


print(list(gen()))
with Resource("last"):
    [1, 2][7]
# expect: open scan
# expect: close scan None None
# expect: open scan
# expect: close scan None None
# expect: ('SCAN', 4) ('SCAN', None)
# expect: open loop0
# expect: body 0
# expect: close loop0 None None
# expect: open loop1
# expect: close loop1 None None
# expect: open loop2
# expect: close loop2 None None
# expect: open a
# expect: open b
# expect: A B ['a', 'b']
# expect: close b <class 'KeyError'> KeyError('k')
# expect: close a None None
# expect: after suppress []
# expect: open outer
# expect: between
# expect: open inner
# expect: close inner <class 'ZeroDivisionError'> ZeroDivisionError('division by zero')
# expect: close outer <class 'ZeroDivisionError'> ZeroDivisionError('division by zero')
# expect: caught division by zero
# expect: 'Bad' object does not support the context manager protocol (missed __exit__ method)
# expect: 'int' object does not support the context manager protocol
# expect: enter failed
# expect: open gen
# expect: close gen None None
# expect: ['GEN', 'GEN!']
# expect: open last
# expect: close last <class 'IndexError'> IndexError('list index out of range')
# expect runtime error: trap 4
# expect stderr: IndexError: list index out of range
