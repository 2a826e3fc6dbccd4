# Each iterator and dict view has CPython's own type: named by type(), compared, and taken by isinstance.
class Squares:
    def __getitem__(self, i):
        if i >= 3:
            raise IndexError(i)
        return i * i


def gen():
    yield 1


d = {"a": 1}
values = [iter([1]), iter((1,)), iter("ab"), iter("é"), iter(range(2)), iter({1}), iter(d), iter(d.values()),
          iter(d.items()), iter(d.keys()), reversed([1]), reversed(range(3)), zip([1], [2]), map(str, [1]),
          filter(None, [1]), enumerate([1]), gen(), d.items(), d.keys(), d.values(), range(2), iter(Squares())]
print(" ".join(type(v).__name__ for v in values))
print(type(iter([])), type(d.items()))
print(type(iter([])) == type(iter([1, 2])), type(iter([])) == type(iter(())), type(d.keys()) is type({}.keys()))
print(isinstance(iter([]), type(iter([5]))), isinstance(iter(()), type(iter([]))), isinstance(3, type(iter([]))))
print(isinstance(gen(), type(gen())), isinstance(reversed([1]), type(reversed([2]))), isinstance(d.items(), type(d.keys())))
print(list(iter(Squares())), [k for k in iter(d.items())])
it = iter([1, 2])
it[0]
# expect: list_iterator tuple_iterator str_ascii_iterator str_iterator range_iterator set_iterator dict_keyiterator dict_valueiterator dict_itemiterator dict_keyiterator list_reverseiterator range_iterator zip map filter enumerate generator dict_items dict_keys dict_values range iterator
# expect: <class 'list_iterator'> <class 'dict_items'>
# expect: True False True
# expect: True False False
# expect: True True False
# expect: [0, 1, 4] [('a', 1)]
# expect runtime error: trap 4
# expect stderr: TypeError: 'list_iterator' object is not subscriptable
