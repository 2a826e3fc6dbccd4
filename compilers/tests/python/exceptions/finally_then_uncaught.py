def work():
    try:
        print("working")
        return [1, 2][5]
    finally:
        print("cleaning up")
work()
# expect: working
# expect: cleaning up
# expect runtime error: trap 4
# expect stderr: IndexError: list index out of range
