# format specifications with fields in them, made when the field is
rows = [("apple", 3, 0.5), ("kiwi", 12, 0.25), ("watermelon", 1, 3.125)]
width = max(len(name) for name, _, _ in rows)
for name, count, price in rows:
    print(f"{name:<{width}} | {count:>{3}} | {price:{width}.{2}f}|")
places = 3
fill = "*"
print(f"{3.14159:.{places}f} {'mid':{fill}^{width}} {255:#{'x'}} {42:0{places + 2}d}")
print("{:>{w}}|{:.{p}f}".format("r", 2.71828, w=5, p=1))
# expect: apple      |   3 |       0.50|
# expect: kiwi       |  12 |       0.25|
# expect: watermelon |   1 |       3.12|
# expect: 3.142 ***mid**** 0xff 00042
# expect:     r|2.7
