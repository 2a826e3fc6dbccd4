print("xxhixx".strip("x"), "--==a==--".strip("-="), "abc".lstrip("ab"), "abc".rstrip("bc"), "   ".strip() == "")
# expect: hi a c a True
