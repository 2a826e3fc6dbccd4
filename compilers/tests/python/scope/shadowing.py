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
len = 3
print(len)
# expect: local global global
# expect: param! global
# expect: 3
