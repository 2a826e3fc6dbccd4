try:
    try:
        raise ValueError("first")
    finally:
        print("finally")
except ValueError as e:
    print("caught", e)
def g():
    for i in range(3):
        try:
            if i == 1:
                continue
            print("try", i)
        finally:
            print("finally", i)
g()
# expect: finally
# expect: caught first
# expect: try 0
# expect: finally 0
# expect: finally 1
# expect: try 2
# expect: finally 2
