class A:
    pass
a = A()
a.x = 1
print(a.x)
try:
    print(a.y)
except AttributeError as e:
    print(e)
try:
    (5).foo
except AttributeError as e:
    print(e)
# expect: 1
# expect: 'A' object has no attribute 'y'
# expect: 'int' object has no attribute 'foo'
