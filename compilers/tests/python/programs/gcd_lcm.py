def gcd(a, b):
    while b:
        a, b = b, a % b
    return a
def lcm(a, b):
    return a * b // gcd(a, b)
print(gcd(1071, 462), lcm(4, 6), gcd(0, 5))
result = 1
for k in range(1, 21):
    result = lcm(result, k)
print(result)
# expect: 21 12 5
# expect: 232792560
