class InsufficientFunds(Exception):
    def __init__(self, needed, available):
        super().__init__(f"need {needed}, have {available}")
        self.needed = needed
        self.available = available


class Account:
    def __init__(self, balance=0):
        self.balance = balance

    def withdraw(self, amount):
        if amount <= 0:
            raise ValueError("amount must be positive")
        if amount > self.balance:
            raise InsufficientFunds(amount, self.balance)
        self.balance -= amount
        return self.balance


acct = Account(100)
for amount in [30, -5, 500, 70, "ten"]:
    try:
        left = acct.withdraw(amount)
    except InsufficientFunds as e:
        print("refused:", e, e.args, e.needed - e.available)
    except (ValueError, TypeError) as e:
        print(type(e).__name__ + ":", e)
    else:
        print("ok, left", left)
    finally:
        print("balance", acct.balance)
def parse(s):
    try:
        return int(s)
    except ValueError:
        return None
print([parse(s) for s in ["12", "x", " 7 ", "3.5", ""]])
try:
    {}["missing"]
except KeyError as e:
    print("KeyError", e, repr(e))
try:
    [1, 2][5]
except IndexError as e:
    print(e)
d = {"a": 1}
print(d.get("b", "default"), d.setdefault("b", 2), d)
print(int("12") + int(float("3.7")), 7 // 2, -7 // 2, 7 % -3, divmod(-7, 2))
raise InsufficientFunds(10, 5)
# The expected output is CPython 3.11's (3.12 prints the same).
# expect: ok, left 70
# expect: balance 70
# expect: ValueError: amount must be positive
# expect: balance 70
# expect: refused: need 500, have 70 ('need 500, have 70',) 430
# expect: balance 70
# expect: ok, left 0
# expect: balance 0
# expect: TypeError: '<=' not supported between instances of 'str' and 'int'
# expect: balance 0
# expect: [12, None, 7, None, None]
# expect: KeyError 'missing' KeyError('missing')
# expect: list index out of range
# expect: default 2 {'a': 1, 'b': 2}
# expect: 15 3 -4 -2 (-4, 1)
# expect runtime error: trap 4 at line 50
# expect stderr: InsufficientFunds: need 10, have 5
