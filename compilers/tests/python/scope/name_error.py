def f():
    return undefined_name + 1
print("start")
f()
# expect: start
# expect runtime error: trap 4
# expect stderr: NameError: name 'undefined_name' is not defined
