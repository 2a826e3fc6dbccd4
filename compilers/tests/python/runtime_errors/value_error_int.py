print(int("12"))
print(int("twelve"))
# expect: 12
# expect runtime error: trap 4
# expect stderr: ValueError: invalid literal for int() with base 10: 'twelve'
