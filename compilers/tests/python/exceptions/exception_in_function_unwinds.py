def level3():
    raise RuntimeError("deep")
def level2():
    level3()
    print("not reached")
def level1():
    try:
        level2()
    except RuntimeError as e:
        return "caught " + str(e)
print(level1())
# expect: caught deep
