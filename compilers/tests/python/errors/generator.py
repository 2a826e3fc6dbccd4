def count_up(n):
    i = 0
    while i < n:
        yield i
        i += 1
# error: 4:9: generator functions (yield) are not supported yet
