def pick(flag):
    if flag:
        chosen = "yes"
    return chosen

def last(xs):
    for x in xs:
        found = x
    return found

def both(flag):
    if flag:
        v = 1
    else:
        v = 2
    return v

def after_try(text):
    try:
        n = int(text)
    except ValueError:
        pass
    return n

def deleted():
    x = 1
    del x
    return x

print(pick(True), last([1, 2]), both(False), after_try("7"))
for f, arg in [(pick, False), (last, []), (after_try, "x"), (deleted, None)]:
    try:
        f(arg) if arg is not None else f()
    except UnboundLocalError as e:
        print("UnboundLocalError:", e)
# expect: yes 2 2 7
# expect: UnboundLocalError: cannot access local variable 'chosen' where it is not associated with a value
# expect: UnboundLocalError: cannot access local variable 'found' where it is not associated with a value
# expect: UnboundLocalError: cannot access local variable 'n' where it is not associated with a value
# expect: UnboundLocalError: cannot access local variable 'x' where it is not associated with a value
