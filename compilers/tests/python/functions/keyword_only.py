def connect(host, *, port=80, secure):
    return f"{host}:{port} secure={secure}"
print(connect("a", secure=True))
print(connect("b", port=8080, secure=False))
try:
    connect("c", 1, 2)
except TypeError as e:
    print(e)
try:
    connect("d")
except TypeError as e:
    print(e)
def f(a, b=2, *rest, c, d=4, **extra):
    return (a, b, rest, c, d, sorted(extra))
print(f(1, c=3), f(1, 2, 3, 4, c=5, z=6, y=7))
# expect: a:80 secure=True
# expect: b:8080 secure=False
# expect: connect() takes 1 positional argument but 3 were given
# expect: connect() missing 1 required keyword-only argument: 'secure'
# expect: (1, 2, (), 3, 4, []) (1, 2, (3, 4), 5, 4, ['y', 'z'])
