a = 7.5
b = -2.0
print(a + b, a - b, a * b, a / b, a // b, a % b, a ** 2, b ** 3)
print(-7.5 // 2, -7.5 % 2, 7.5 // -2, 7.5 % -2, -0.5 // 1, 0.5 % -1)
print(1 + 0.5, 3 - 0.25, 2 * 1.25, 10 / 4, 7 // 2.0, 7 % 2.5, 2 ** 0.5)
print(True + 0.5, 5.0 - True, -a, +a, abs(b), abs(-0.0))
x = 0.0
for i in range(10):
    x += 0.1
print(x, x == 1.0, round(x, 10))
total = 1.0
total *= 3
total /= 4
total -= 0.125
print(total)
# expect: 5.5 9.5 -15.0 -3.75 -4.0 -0.5 56.25 -8.0
# expect: -4.0 0.5 -4.0 -0.5 -1.0 -0.5
# expect: 1.5 2.75 2.5 2.5 3.0 2.0 1.4142135623730951
# expect: 1.5 4.0 -7.5 7.5 2.0 0.0
# expect: 0.9999999999999999 False 1.0
# expect: 0.625
