print("Hello, World!")
# expect: Hello, World!
