def f():
    try:
        raise ValueError("first")
    except ValueError:
        raise KeyError("second")
f()
# expect runtime error: trap 4
# expect stderr: KeyError: 'second'
