# An uncaught AttributeError's last line suggests the nearest attribute the object has, as CPython's
# does (none when nothing is near); the exception's message holds no suggestion.
class Account:
    def __init__(self, owner):
        self.owner = owner
        self.balance = 0

    def deposit(self, amount):
        self.balance += amount


acct = Account("ada")
for attempt in (lambda: acct.balence, lambda: "word".uper(), lambda: [1].add(2), lambda: {}.iterms()):
    try:
        attempt()
    except AttributeError as e:
        print(e)
acct.deposti(5)
# expect: 'Account' object has no attribute 'balence'
# expect: 'str' object has no attribute 'uper'
# expect: 'list' object has no attribute 'add'
# expect: 'dict' object has no attribute 'iterms'
# expect runtime error: trap 4
# expect stderr: AttributeError: 'Account' object has no attribute 'deposti'. Did you mean: 'deposit'?
