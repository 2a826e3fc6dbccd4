matrix = [[1, 2, 3], [4, 5, 6], [7, 8, 9]]
flat = [v for row in matrix for v in row]
print(flat)
transposed = [[row[i] for row in matrix] for i in range(3)]
print(transposed)
print([v for row in matrix for v in row if v % 2 == 0])
primes = [n for n in range(2, 40) if all(n % d != 0 for d in range(2, n))]
print(primes)
# expect: [1, 2, 3, 4, 5, 6, 7, 8, 9]
# expect: [[1, 4, 7], [2, 5, 8], [3, 6, 9]]
# expect: [2, 4, 6, 8]
# expect: [2, 3, 5, 7, 11, 13, 17, 19, 23, 29, 31, 37]
