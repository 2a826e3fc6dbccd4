def show():
    return later
try:
    show()
except NameError as e:
    print("NameError:", e)
later = 5
print(show())
if later > 10:
    maybe = 1
try:
    print(maybe)
except NameError as e:
    print("NameError:", e)
# expect: NameError: name 'later' is not defined
# expect: 5
# expect: NameError: name 'maybe' is not defined
