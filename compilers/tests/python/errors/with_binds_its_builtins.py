# The with statement is written out with calls of the built-ins type and hasattr (the parser's
# with_statement): a program that binds either name is refused at its first with, where its own value
# would have been called (CPython 3.11 prints "circle" here).
class Box:
    def __enter__(self):
        return self

    def __exit__(self, kind, value, traceback):
        return False


def shape():
    with Box():
        return type


type = "circle"
print(shape())
# error: 13:5: the 'with' statement is not supported in a program that binds the name 'type'
