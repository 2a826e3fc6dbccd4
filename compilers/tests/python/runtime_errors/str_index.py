s = "abc"
print(s[5])
# expect runtime error: trap 4
# expect stderr: IndexError: string index out of range
