print("{} + {} = {}".format(1, 2, 3))
print("{0} {1} {0}".format("a", "b"))
print("{name} is {age}".format(name="Ada", age=36))
print("[{:>5}] [{:<5}] [{:^5}] [{:05}]".format(1, 2, 3, 4))
print("{:,} {:x} {!r}".format(1000000, 255, "q"))
print("{{}} {}".format("braces"))
for fmt in ("total: {", "{0", "{0:>", "%d items %z"):
    try:
        print(fmt.format(1) if "%" not in fmt else fmt % (1, 2))
    except ValueError as e:
        print(e)
# expect: 1 + 2 = 3
# expect: a b a
# expect: Ada is 36
# expect: [    1] [2    ] [  3  ] [00004]
# expect: 1,000,000 ff 'q'
# expect: {} braces
# expect: Single '{' encountered in format string
# expect: expected '}' before end of string
# expect: unmatched '{' in format spec
# expect: unsupported format character 'z' (0x7a) at index 10
