parts = []
for i in range(5):
    parts.append(str(i) * i)
print("|".join(parts))
line = ""
for word in ["engine", "mill", "store"]:
    line += word[0].upper() + word[1:] + " "
print(line.rstrip() + ".")
# expect: |1|22|333|4444
# expect: Engine Mill Store.
