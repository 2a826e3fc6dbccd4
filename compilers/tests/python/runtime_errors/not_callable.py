x = 5
x()
# expect runtime error: trap 4
# expect stderr: TypeError: 'int' object is not callable
