s = "Analytical"
print(s[0], s[-1], s[2:5], s[:3], s[5:], s[::2], s[::-1], s[-3:], s[1:-1])
print(s[100:], s[3:1], len(s))
# expect: A l aly Ana tical Aayia lacitylanA cal nalytica
# expect:   10
