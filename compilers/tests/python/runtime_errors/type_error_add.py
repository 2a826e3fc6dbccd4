print("total: " + 5)
# expect runtime error: trap 4
# expect stderr: TypeError: can only concatenate str (not "int") to str
