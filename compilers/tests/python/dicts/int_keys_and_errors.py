squares = {}
for i in range(-2, 3):
    squares[i] = i * i
print(squares, squares[-2])
try:
    squares[5]
except KeyError as e:
    print("KeyError:", e, repr(e))
d = {1: "one", True: "true?"}
print(d)
# expect: {-2: 4, -1: 1, 0: 0, 1: 1, 2: 4} 4
# expect: KeyError: 5 KeyError(5)
# expect: {1: 'true?'}
