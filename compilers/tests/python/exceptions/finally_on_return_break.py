def f():
    try:
        return "from try"
    finally:
        print("finally runs")
print(f())
for i in range(3):
    try:
        if i == 1:
            break
        print("body", i)
    finally:
        print("cleanup", i)
# expect: finally runs
# expect: from try
# expect: body 0
# expect: cleanup 0
# expect: cleanup 1
