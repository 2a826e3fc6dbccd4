for i in range(3):
    pass
x = 5
label = "big" if x > 3 else "small"
print(label, "even" if x % 2 == 0 else "odd")
# expect: big odd
