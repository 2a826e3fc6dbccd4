def compose(f, g):
    return lambda x: f(g(x))
inc = lambda x: x + 1
double = lambda x: x * 2
print(compose(inc, double)(5), compose(double, inc)(5))
pipeline = [inc, double, inc]
value = 3
for step in pipeline:
    value = step(value)
print(value)
# expect: 11 12
# expect: 9
