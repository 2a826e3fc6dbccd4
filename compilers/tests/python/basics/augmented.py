n = 10
n += 5
n -= 3
n *= 4
n //= 5
n %= 7
n **= 3
print(n)
s = "ab"
s += "cd"
s *= 2
print(s)
# expect: 8
# expect: abcdabcd
