# stdin: Ada
name = input("Your name? ")
print()
print("Hello,", name)
# expect: Your name? 
# expect: Hello, Ada
