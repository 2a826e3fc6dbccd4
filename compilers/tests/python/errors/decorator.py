def trace(f):
    return f
@trace
def g():
    pass
# error: 3:2: decorators are not supported
