x = 10
def f():
    print(x)
    x = 5
try:
    f()
except UnboundLocalError as e:
    print("UnboundLocalError:", e)
# expect: UnboundLocalError: cannot access local variable 'x' where it is not associated with a value
