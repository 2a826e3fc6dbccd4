# An uncaught exception whose class has its own __str__: the last line is its text, as python3's
# ("ParseError: line 2: cannot parse 'x4'"), where the arguments' text was shown.
class ParseError(ValueError):
    def __init__(self, line, text):
        super().__init__(line, text)
        self.line = line
        self.text = text

    def __str__(self):
        return f"line {self.line}: cannot parse {self.text!r}"


def parse(lines):
    for n, text in enumerate(lines, 1):
        try:
            yield int(text)
        except ValueError:
            raise ParseError(n, text)


print(list(parse(["1", "2"])))
print(sum(parse(["3", "x4"])))
# expect: [1, 2]
# expect runtime error: trap 4
# expect stderr: ParseError: line 2: cannot parse 'x4'
