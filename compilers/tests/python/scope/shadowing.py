# stdin: typed 42
x = "global"
def f():
    x = "local"
    return x
def g():
    return x
print(f(), g(), x)
def h(x):
    x = x + "!"
    return x
print(h("param"), x)
def total(xs):
    return sum(xs), max(xs, key=abs)
print(total([1, -4]), len("abc"), input(), list(map(str, (1, 2))))
measure = len
sum = total([2, 3])[0]  # a module's name shadows the built-in from here on, in every function too
max = "max"
len = 3
input = list = None
print(len, sum, max, measure("ab"), input, list)
try:
    total([1])
except TypeError as e:
    print("TypeError:", e)
# expect: local global global
# expect: param! global
# expect: (-3, -4) 3 typed 42 ['1', '2']
# expect: 3 5 max 2 None None
# expect: TypeError: 'int' object is not callable
