total = 0
def add(n):
    total = total + n
    return total
add(1)
# expect runtime error: trap 4
# expect stderr: UnboundLocalError: cannot access local variable 'total' where it is not associated with a value
