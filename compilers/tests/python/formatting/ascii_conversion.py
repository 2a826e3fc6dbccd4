name = "José ☕"
print(f"{name!a}", "{!a}".format(name), "%a|%-12a|%12a" % (name, "é", [1, "ü"]), f"{name!a:>14}", f"{name=!a}")
print("{0!a} {0!r} {0!s}".format("ñ"))
# expect: 'Jos\xe9 \u2615' 'Jos\xe9 \u2615' 'Jos\xe9 \u2615'|'\xe9'      | [1, '\xfc'] 'Jos\xe9 \u2615' name='Jos\xe9 \u2615'
# expect: '\xf1' 'ñ' ñ
