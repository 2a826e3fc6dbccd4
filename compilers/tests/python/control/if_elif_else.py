def grade(n):
    if n >= 90:
        return "A"
    elif n >= 80:
        return "B"
    elif n >= 70:
        return "C"
    else:
        return "F"
for n in (95, 85, 75, 10):
    print(n, grade(n))
# expect: 95 A
# expect: 85 B
# expect: 75 C
# expect: 10 F
