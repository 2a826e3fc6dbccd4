print("a b  c".split(" "), "a,b,c".split(",", 1), "  lead".split(), "".split(), "".split(","))
print("x--y--z".split("--"), "key=value=more".split("=", 1), "no sep".split(","))
print("line1\nline2\n".split("\n"), "abc".split("abc"))
# expect: ['a', 'b', '', 'c'] ['a', 'b,c'] ['lead'] [] ['']
# expect: ['x', 'y', 'z'] ['key', 'value=more'] ['no sep']
# expect: ['line1', 'line2', ''] ['', '']
