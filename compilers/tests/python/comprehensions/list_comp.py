print([x * x for x in range(8)])
print([x for x in range(20) if x % 3 == 0 if x % 2 == 0])
print([(x, y) for x in range(3) for y in "ab"])
print([[i * j for j in range(3)] for i in range(3)])
print([c.upper() for c in "abc" if c != "b"])
# expect: [0, 1, 4, 9, 16, 25, 36, 49]
# expect: [0, 6, 12, 18]
# expect: [(0, 'a'), (0, 'b'), (1, 'a'), (1, 'b'), (2, 'a'), (2, 'b')]
# expect: [[0, 0, 0], [0, 1, 2], [0, 2, 4]]
# expect: ['A', 'C']
