# frozenset: a set that cannot change, hashable as CPython hashes it (a dict key, a set member), printed
# frozenset({...}); its operators' results take the left operand's type; |= makes a new one.
a = frozenset([3, 1, 2, 3])
b = frozenset()
print(a, b, repr(frozenset("x")), len(a), 2 in a)
print(type(a), type(a).__name__, isinstance(a, frozenset), isinstance(a, set), isinstance({1}, frozenset))
print(hash(frozenset()), hash(frozenset([1])), hash(frozenset([1, 2, 3])), hash(frozenset([-1, 10**20])))
print(hash(frozenset([(1, 2), (3, 4)])), hash(frozenset([frozenset([1]), frozenset([2, 3])])))
print(a == {1, 2, 3}, {1, 2, 3} == a, a == frozenset([1, 2, 3]), a != b)
s = {1, 5}
print(a | s, s | a, a & s, s - a, a ^ s, type(s | a).__name__)
print(a.union([9]), a.intersection({1, 2}), a.difference([1]), a.symmetric_difference([1, 7]))
print(a.issubset({1, 2, 3, 4}), a.issuperset([1]), a.isdisjoint([8]), a.copy() is a, frozenset(a) is a)
groups = {}
for word in ["listen", "silent", "enlist", "google", "gogole", "cat", "act", "tac"]:
    key = frozenset(word)
    groups.setdefault(key, []).append(word)
for key, words in groups.items():
    print(sorted(key), words)
seen = {frozenset([1, 2]), frozenset([2, 1]), frozenset([3])}
print(len(seen), frozenset([1, 2]) in seen, sorted(sorted(x) for x in seen))
edges = {frozenset((1, 2)), frozenset((2, 3)), frozenset((3, 1)), frozenset((1, 4))}
print(sorted(tuple(sorted(e)) for e in edges))
c = a
c |= {10}
print(c, a, c is a)
for name in ["add", "discard", "update", "clear", "pop"]:
    try:
        getattr(a, name)
    except AttributeError as e:
        print(e)
try:
    a.add(4)
except AttributeError as e:
    print(e)
try:
    hash({1})
except TypeError as e:
    print(e)
print({frozenset([1]): "one"}[frozenset([1])])
print(sorted([frozenset([2]), frozenset([1])], key=min))
# expect: frozenset({1, 2, 3}) frozenset() frozenset({'x'}) 3 True
# expect: <class 'frozenset'> frozenset True False False
# expect: 133146708735736 -558064481276695278 -272375401224217160 -7238096991276158344
# expect: 4486445898448503724 -7613823993159379898
# expect: True True True True
# expect: frozenset({1, 2, 3, 5}) {1, 2, 3, 5} frozenset({1}) {5} frozenset({2, 3, 5}) set
# expect: frozenset({1, 2, 3, 9}) frozenset({1, 2}) frozenset({2, 3}) frozenset({2, 3, 7})
# expect: True True True True True
# expect: ['e', 'i', 'l', 'n', 's', 't'] ['listen', 'silent', 'enlist']
# expect: ['e', 'g', 'l', 'o'] ['google', 'gogole']
# expect: ['a', 'c', 't'] ['cat', 'act', 'tac']
# expect: 2 True [[1, 2], [3]]
# expect: [(1, 2), (1, 3), (1, 4), (2, 3)]
# expect: frozenset({10, 1, 2, 3}) frozenset({1, 2, 3}) False
# expect: 'frozenset' object has no attribute 'add'
# expect: 'frozenset' object has no attribute 'discard'
# expect: 'frozenset' object has no attribute 'update'
# expect: 'frozenset' object has no attribute 'clear'
# expect: 'frozenset' object has no attribute 'pop'
# expect: 'frozenset' object has no attribute 'add'
# expect: unhashable type: 'set'
# expect: one
# expect: [frozenset({1}), frozenset({2})]
