print("tab:\there")
print('single "double" inside')
print("back\\slash")
print("""triple
quoted""")
print(r"raw\n")
print(repr("it's"), repr('say "hi"'), repr("a\nb"))
print("\u00e9t\u00e9")
# expect: tab:	here
# expect: single "double" inside
# expect: back\slash
# expect: triple
# expect: quoted
# expect: raw\n
# expect: "it's" 'say "hi"' 'a\nb'
# expect: été
