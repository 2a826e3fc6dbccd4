def f(a, b=2):
    return a + b
try:
    f()
except TypeError as e:
    print(e)
try:
    f(1, 2, 3)
except TypeError as e:
    print(e)
try:
    f(1, c=3)
except TypeError as e:
    print(e)
try:
    f(1, a=3)
except TypeError as e:
    print(e)
def g(x, y):
    return x
try:
    g()
except TypeError as e:
    print(e)
def h(a, *, key, reverse=False):
    return a
for call in (lambda: h(1, 2, key=len), lambda: h(1, 2, key=len, reverse=True), lambda: h(1, 2, 3, c=1)):
    try:
        call()
    except TypeError as e:
        print(e)
# expect: f() missing 1 required positional argument: 'a'
# expect: f() takes from 1 to 2 positional arguments but 3 were given
# expect: f() got an unexpected keyword argument 'c'
# expect: f() got multiple values for argument 'a'
# expect: g() missing 2 required positional arguments: 'x' and 'y'
# expect: h() takes 1 positional argument but 2 positional arguments (and 1 keyword-only argument) were given
# expect: h() takes 1 positional argument but 2 positional arguments (and 2 keyword-only arguments) were given
# expect: h() got an unexpected keyword argument 'c'
