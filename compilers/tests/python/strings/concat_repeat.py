s = "ab" + "cd"
print(s, s * 3, 3 * "x", "-" * 10)
print("" * 5, "q" * 0, "q" * -2)
# expect: abcd abcdabcdabcd xxx ----------
# expect:   
