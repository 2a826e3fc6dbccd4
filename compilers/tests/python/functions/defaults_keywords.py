def greet(name, greeting="Hello", punct="!"):
    return greeting + ", " + name + punct
print(greet("Ada"))
print(greet("Ada", "Hi"))
print(greet("Ada", punct="?"))
print(greet(punct=".", name="Charles", greeting="Dear"))
# expect: Hello, Ada!
# expect: Hi, Ada!
# expect: Hello, Ada?
# expect: Dear, Charles.
