for i in range(1, 4):
    row = ""
    for j in range(1, 4):
        row += str(i * j) + " "
    print(row.strip())
# expect: 1 2 3
# expect: 2 4 6
# expect: 3 6 9
