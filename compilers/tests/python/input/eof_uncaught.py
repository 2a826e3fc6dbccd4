x = input()
# expect runtime error: trap 4
# expect stderr: EOFError: EOF when reading a line
