# stdin: 5
# stdin: 12
# stdin: -3
# stdin: end
# stdin: 99
values = []
while True:
    line = input()
    if line == "end":
        break
    values.append(int(line))
print(values, sum(values), min(values))
# expect: [5, 12, -3] 14 -3
