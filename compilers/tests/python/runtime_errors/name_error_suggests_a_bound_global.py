# The globals offer only what is bound when the error happens: 'total' is nearer to 'totl' but not yet
# bound, so CPython suggests 'totals'.
totals = [1, 2]


def report():
    try:
        print(totl)
    except NameError as e:
        print("caught:", e)  # the message itself never holds the suggestion
    print(totl)


report()
total = 5
# expect: caught: name 'totl' is not defined
# expect runtime error: trap 4
# expect stderr: NameError: name 'totl' is not defined. Did you mean: 'totals'?
