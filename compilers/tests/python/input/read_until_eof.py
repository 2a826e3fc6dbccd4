# stdin: alpha
# stdin: beta
lines = []
while True:
    try:
        lines.append(input())
    except EOFError:
        break
print(lines)
# expect: ['alpha', 'beta']
