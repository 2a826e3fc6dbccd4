# Assigning to a built-in type's method on a value of that type: CPython's "'str' object attribute 'upper' is
# read-only" (a name the type does not have: "has no attribute"); an instance of a class takes any. Expected:
# CPython 3.11's.
text = "abc"
for obj, name in ((text, "upper"), ([1], "append"), ({}, "items"), ((1, 2), "count"), (5, "bit_length")):
    try:
        if name == "upper":
            obj.upper = 1
        elif name == "append":
            obj.append = 1
        elif name == "items":
            obj.items = 1
        elif name == "count":
            obj.count = 1
        else:
            obj.bit_length = 1
    except AttributeError as e:
        print("AttributeError:", e)
try:
    text.nosuch = 1
except AttributeError as e:
    print("AttributeError:", e)
class Box:
    pass
b = Box()
b.upper = "mine"
b.append = 2
print(b.upper, b.append)
text.strip = None
# expect: AttributeError: 'str' object attribute 'upper' is read-only
# expect: AttributeError: 'list' object attribute 'append' is read-only
# expect: AttributeError: 'dict' object attribute 'items' is read-only
# expect: AttributeError: 'tuple' object attribute 'count' is read-only
# expect: AttributeError: 'int' object attribute 'bit_length' is read-only
# expect: AttributeError: 'str' object has no attribute 'nosuch'
# expect: mine 2
# expect runtime error: trap 4 at line 29
# expect stderr: AttributeError: 'str' object attribute 'strip' is read-only
# expect exit: 1
