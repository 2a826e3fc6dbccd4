squares = {n: n * n for n in range(6)}
print(squares)
odd = {k: v for k, v in squares.items() if k % 2}
print(odd)
inverse = {v: k for k, v in odd.items()}
print(inverse, {1: "a"} == {1: "a"}, {1: 2} == {1: 3})
# expect: {0: 0, 1: 1, 2: 4, 3: 9, 4: 16, 5: 25}
# expect: {1: 1, 3: 9, 5: 25}
# expect: {1: 1, 9: 3, 25: 5} True False
