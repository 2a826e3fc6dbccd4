def square(x):
    return x * x
def apply(f, xs):
    return [f(x) for x in xs]
ops = {"sq": square, "neg": lambda x: -x}
print(apply(square, [1, 2, 3]), apply(ops["neg"], [1, 2]))
print(list(map(square, [4, 5])), list(filter(lambda x: x > 2, [1, 3, 5])), list(map(str, [1, 2])))
f = square
print(f(9), f.__name__ if False else "square")
# expect: [1, 4, 9] [-1, -2]
# expect: [16, 25] [3, 5] ['1', '2']
# expect: 81 square
