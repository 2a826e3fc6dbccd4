# stdin: 1 + 2 * 3
# stdin: (1 + 2) * 3
# stdin: 10 / 4
# stdin: 7 % 3 - -2
# stdin: 2 * (3 + 4
# stdin: 5 / 0
# stdin: 1.5 * 4
# stdin: 3 $ 4
def tokenize(line):
    tokens = []
    i = 0
    while i < len(line):
        ch = line[i]
        if ch.isspace():
            i += 1
        elif ch.isdigit() or ch == ".":
            j = i
            while j < len(line) and (line[j].isdigit() or line[j] == "."):
                j += 1
            text = line[i:j]
            tokens.append(float(text) if "." in text else int(text))
            i = j
        elif ch in "+-*/()%":
            tokens.append(ch)
            i += 1
        else:
            raise SyntaxError(f"bad character {ch!r} at {i}")
    return tokens

class Parser:
    def __init__(self, tokens):
        self.tokens = tokens
        self.pos = 0
    def peek(self):
        return self.tokens[self.pos] if self.pos < len(self.tokens) else None
    def take(self):
        tok = self.peek()
        self.pos += 1
        return tok
    def expr(self):
        value = self.term()
        while self.peek() in ("+", "-"):
            op = self.take()
            rhs = self.term()
            value = value + rhs if op == "+" else value - rhs
        return value
    def term(self):
        value = self.factor()
        while self.peek() in ("*", "/", "%"):
            op = self.take()
            rhs = self.factor()
            if op == "*":
                value *= rhs
            elif op == "/":
                value /= rhs
            else:
                value %= rhs
        return value
    def factor(self):
        tok = self.take()
        if tok == "-":
            return -self.factor()
        if tok == "(":
            v = self.expr()
            if self.take() != ")":
                raise SyntaxError("expected )")
            return v
        if isinstance(tok, (int, float)):
            return tok
        raise SyntaxError(f"unexpected {tok!r}")

count = 0
while True:
    try:
        line = input("> ")
    except EOFError:
        print()
        break
    count += 1
    try:
        result = Parser(tokenize(line)).expr()
        print(f"{line.strip()} = {result}")
    except ZeroDivisionError as e:
        print("error:", e)
    except SyntaxError as e:
        print("syntax:", e)
print(count, "lines")
# expect: > 1 + 2 * 3 = 7
# expect: > (1 + 2) * 3 = 9
# expect: > 10 / 4 = 2.5
# expect: > 7 % 3 - -2 = 3
# expect: > syntax: expected )
# expect: > error: division by zero
# expect: > 1.5 * 4 = 6.0
# expect: > syntax: bad character '$' at 2
# expect: > 
# expect: 8 lines
