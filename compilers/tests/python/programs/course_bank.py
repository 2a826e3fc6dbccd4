"""A small bank: accounts, transactions, errors of its own."""


class InsufficientFunds(Exception):
    def __init__(self, needed, available):
        super().__init__(f"need {needed}, have {available}")
        self.needed = needed
        self.available = available


class Account:
    interest_rate = 0.02
    _next_id = 1

    def __init__(self, owner, balance=0):
        self.owner = owner
        self.balance = balance
        self.history = []
        self.id = Account._next_id
        Account._next_id += 1

    def deposit(self, amount):
        if amount <= 0:
            raise ValueError("deposit must be positive")
        self.balance += amount
        self.history.append(("deposit", amount))
        return self

    def withdraw(self, amount):
        if amount > self.balance:
            raise InsufficientFunds(amount, self.balance)
        self.balance -= amount
        self.history.append(("withdraw", amount))
        return self

    def add_interest(self):
        gained = round(self.balance * self.interest_rate, 2)
        self.balance += gained
        return gained

    def __str__(self):
        return f"#{self.id} {self.owner}: {self.balance:.2f}"

    def __repr__(self):
        return f"Account({self.owner!r}, {self.balance!r})"

    def __lt__(self, other):
        return self.balance < other.balance


class SavingsAccount(Account):
    interest_rate = 0.05

    def withdraw(self, amount):
        if len([h for h in self.history if h[0] == "withdraw"]) >= 2:
            raise RuntimeError("only two withdrawals allowed")
        return super().withdraw(amount)


def transfer(src, dst, amount):
    try:
        src.withdraw(amount)
    except InsufficientFunds as e:
        print(f"transfer of {amount} failed: {e} (short by {e.needed - e.available})")
        return False
    else:
        dst.deposit(amount)
        return True
    finally:
        print("transfer attempted:", src.owner, "->", dst.owner)


alice = Account("Alice", 100)
bob = SavingsAccount("Bob")
bob.deposit(50).deposit(25)
print(alice, bob, sep="\n")
print(transfer(alice, bob, 30))
print(transfer(bob, alice, 500))
for acct in (alice, bob):
    print(acct.owner, "interest", acct.add_interest())
print(sorted([alice, bob]))
print(max(alice, bob).owner)
try:
    bob.withdraw(1)
    bob.withdraw(1)
    bob.withdraw(1)
except RuntimeError as e:
    print("error:", e)
try:
    alice.deposit(-5)
except ValueError as e:
    print("error:", e)
print(bob.history)
print(isinstance(bob, Account), issubclass(SavingsAccount, Account), type(bob).__name__)
accounts = {a.id: a for a in [alice, bob]}
print({k: str(v) for k, v in accounts.items()})
total = sum(a.balance for a in accounts.values())
print(f"total {total:,.2f}")
alice.withdraw(1000)
# expect: #1 Alice: 100.00
# expect: #2 Bob: 75.00
# expect: transfer attempted: Alice -> Bob
# expect: True
# expect: transfer of 500 failed: need 500, have 105 (short by 395)
# expect: transfer attempted: Bob -> Alice
# expect: False
# expect: Alice interest 1.4
# expect: Bob interest 5.25
# expect: [Account('Alice', 71.4), Account('Bob', 110.25)]
# expect: Bob
# expect: error: only two withdrawals allowed
# expect: error: deposit must be positive
# expect: [('deposit', 50), ('deposit', 25), ('deposit', 30), ('withdraw', 1), ('withdraw', 1)]
# expect: True True SavingsAccount
# expect: {1: '#1 Alice: 71.40', 2: '#2 Bob: 108.25'}
# expect: total 179.65
# expect runtime error: trap 4
# expect stderr: InsufficientFunds: need 1000, have 71.4
