for v in [0, 1, -1, "", "a", [], [0], (), {}, {1: 2}, None, True, False, set(), range(0), range(2)]:
    if v:
        print(repr(v), "truthy")
    else:
        print(repr(v), "falsy")
# expect: 0 falsy
# expect: 1 truthy
# expect: -1 truthy
# expect: '' falsy
# expect: 'a' truthy
# expect: [] falsy
# expect: [0] truthy
# expect: () falsy
# expect: {} falsy
# expect: {1: 2} truthy
# expect: None falsy
# expect: True truthy
# expect: False falsy
# expect: set() falsy
# expect: range(0, 0) falsy
# expect: range(0, 2) truthy
