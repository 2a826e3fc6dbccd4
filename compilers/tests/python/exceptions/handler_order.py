def classify(thing):
    try:
        if thing == 0:
            return 1 // thing
        if thing == 1:
            return [][0]
        if thing == 2:
            return {}["k"]
        return int("x")
    except ZeroDivisionError:
        return "zero"
    except LookupError as e:
        return "lookup " + e.__class__.__name__
    except Exception as e:
        return "other " + e.__class__.__name__
print([classify(t) for t in range(4)])
# expect: ['zero', 'lookup IndexError', 'lookup KeyError', 'other ValueError']
