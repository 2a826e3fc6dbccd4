def f(v):
    match v:
        case [x, x]:
            pass
        case [a] | [b]:
            pass
        case [*c, *d]:
            pass
        case Point(e=1, e=2):
            pass
        case y:
            pass
        case _:
            pass
    match v:
        case _:
            pass
        case 1:
            pass
    match v:
        case z | 1:
            pass
# error: 3:18: multiple assignments to name 'x' in pattern
# error: 5:20: alternative patterns bind different names
# error: 7:19: multiple starred names in sequence pattern
# error: 9:27: attribute name repeated in class pattern: e
# error: 11:14: name capture 'y' makes remaining patterns unreachable
# error: 16:14: wildcard makes remaining patterns unreachable
# error: 21:14: name capture 'z' makes remaining patterns unreachable
