# a method's argument errors name it as CPython 3.12 does, by its qualified name
class Account:
    def __init__(self, owner):
        self.owner = owner

    def deposit(self, amount, note=""):
        return amount

    @staticmethod
    def rate(kind):
        return 1


for attempt in [lambda: Account(), lambda: Account("a").deposit(), lambda: Account("a").deposit(1, 2, 3),
                lambda: Account("a").deposit(1, memo=2), lambda: Account("a").deposit(1, amount=2),
                lambda: Account.rate(), lambda: Account.deposit(1, 2)]:
    try:
        attempt()
    except TypeError as e:
        print(e)
for attempt in [lambda: "word".upper(1), lambda: [3, 1].reverse(True), lambda: {}.items(0),
                lambda: True.bit_length(1), lambda: 2.5.is_integer(1), lambda: "w".lower(x=1),
                lambda: "a,b".split(",", 1, 2), lambda: "ab".find(), lambda: "7".zfill(), lambda: {}.update({}, {})]:
    try:
        attempt()
    except TypeError as e:
        print(e)
print(Account.deposit.__name__, Account("b").deposit.__name__, Account.rate.__name__)
Account()
# expect: Account.__init__() missing 1 required positional argument: 'owner'
# expect: Account.deposit() missing 1 required positional argument: 'amount'
# expect: Account.deposit() takes from 2 to 3 positional arguments but 4 were given
# expect: Account.deposit() got an unexpected keyword argument 'memo'
# expect: Account.deposit() got multiple values for argument 'amount'
# expect: Account.rate() missing 1 required positional argument: 'kind'
# expect: str.upper() takes no arguments (1 given)
# expect: list.reverse() takes no arguments (1 given)
# expect: dict.items() takes no arguments (1 given)
# expect: int.bit_length() takes no arguments (1 given)
# expect: float.is_integer() takes no arguments (1 given)
# expect: str.lower() takes no keyword arguments
# expect: split() takes at most 2 arguments (3 given)
# expect: find() takes at least 1 argument (0 given)
# expect: str.zfill() takes exactly one argument (0 given)
# expect: update expected at most 1 argument, got 2
# expect: deposit deposit rate
# expect runtime error: trap 4
# expect stderr: TypeError: Account.__init__() missing 1 required positional argument: 'owner'
