# A function that may keep the generator it is given (in a global, a list, an attribute, its result, a
# closure, or through a function that keeps it) does not close it when it returns: CPython closes these at
# the program's end, which finalizes them in the order they were made.
def numbers(name):
    try:
        yield 1
        yield 2
    finally:
        print("closed", name)


def keep_global(it):
    global kept
    kept = it
    return next(it)


store = []


def keep_in_list(it):
    store.append(it)
    return next(it)


class Holder:
    def take(self, it):
        self.source = it
        return next(self.source)


def passthrough(it):
    next(it)
    return it


def closure(it):
    return lambda: next(it)


def hand_over(it):
    return keep_in_list(it)


print(keep_global(numbers("global")))
print(keep_in_list(numbers("list")))
h = Holder()
print(h.take(numbers("attribute")))
p = passthrough(numbers("returned"))
print(next(p))
print(hand_over(numbers("handed")))
step = closure(numbers("closure"))
print(step(), step())
print("end")
# Expected output from CPython 3.11.
# expect: 1
# expect: 1
# expect: 1
# expect: 2
# expect: 1
# expect: 1 2
# expect: end
# expect: closed global
# expect: closed list
# expect: closed attribute
# expect: closed returned
# expect: closed handed
# expect: closed closure
