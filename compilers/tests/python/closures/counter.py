def make_counter():
    count = 0
    def increment():
        nonlocal count
        count += 1
        return count
    return increment
a = make_counter()
b = make_counter()
print(a(), a(), a(), b())
# expect: 1 2 3 1
