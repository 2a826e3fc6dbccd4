# variable annotations: the value is assigned, the annotation is not evaluated in a function
class Account:
    rate: float = 0.5

    def __init__(self, owner: str, balance: int = 0) -> None:
        self.owner: str = owner
        self.balance: int = balance
        self.history: list[int] = []

    def deposit(self, amount: int) -> None:
        self.balance += amount
        self.history.append(amount)


def total(xs: list[int]) -> int:
    result: int = 0
    for x in xs:
        result += x
    return result


count: int = 3
names: dict[str, int] = {"a": 1}
table: list[list[int]] = [[0] * count for _ in range(2)]
(paren): str = "p"
acct = Account("ann")
acct.deposit(5)
acct.deposit(7)
scores: dict[str, int] = {}
scores["x"]: int = 4
print(count, names, table, paren, scores)
print(acct.owner, acct.balance, acct.history, Account.rate, total(acct.history))
# expect: 3 {'a': 1} [[0, 0, 0], [0, 0, 0]] p {'x': 4}
# expect: ann 12 [5, 7] 0.5 12
