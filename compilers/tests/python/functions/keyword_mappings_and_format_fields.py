# keyword arguments from a dict (**), str.format's fields with [key] and .attribute, replace with a count
def describe(name, age, city="?", **rest):
    return f"{name} ({age}) from {city} {sorted(rest.items())}"


person = {"name": "Ada", "age": 36}
print(describe(**person))
print(describe(**person, city="London"))
print(describe("Bo", **{"age": 5, "pet": "cat"}))
print(describe(*["Cy", 7], **{}, zone=1))
rec = {"name": "Di", "age": 40, "city": "Rome"}
print("Oldest: {name} ({age})".format(**rec))
print("{0[name]} lives in {0[city]}; {1[0]}-{1[2]}".format(rec, "xyz"))


class P:
    def __init__(self):
        self.x = 3
        self.pair = (1, 2)


print("x={0.x} pair={0.pair[1]} {p.x:>4}|".format(P(), p=P()))
print("a-b-c-d".replace("-", "+", 2), "aaa".replace("a", "b", 0), "ab".replace("", "|", 2), "xx".replace("x", "y", -1))
try:
    describe(**person, age=1)
except TypeError as e:
    print(e)
try:
    describe("Al", **{"name": "Bo", "age": 2})
except TypeError as e:
    print(e)
try:
    "a".replace("a")
except TypeError as e:
    print(e)


class A:
    def m(self, **k):
        return k


try:
    A().m(**{"a": 1}, a=2)
except TypeError as e:
    print(e)
try:
    describe(**[1])
except TypeError as e:
    print(e)
print(A().m(**{"b": 2}), A.m(A(), **{"c": 3}))
# expect: Ada (36) from ? []
# expect: Ada (36) from London []
# expect: Bo (5) from ? [('pet', 'cat')]
# expect: Cy (7) from ? [('zone', 1)]
# expect: Oldest: Di (40)
# expect: Di lives in Rome; x-z
# expect: x=3 pair=2    3|
# expect: a+b+c-d aaa |a|b yy
# expect: __main__.describe() got multiple values for keyword argument 'age'
# expect: describe() got multiple values for argument 'name'
# expect: replace expected at least 2 arguments, got 1
# expect: __main__.A.m() got multiple values for keyword argument 'a'
# expect: __main__.describe() argument after ** must be a mapping, not list
# expect: {'b': 2} {'c': 3}
