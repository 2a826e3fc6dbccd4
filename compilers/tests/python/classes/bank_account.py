class InsufficientFunds(Exception):
    pass
class Account:
    def __init__(self, owner, balance=0):
        self.owner = owner
        self.balance = balance
    def deposit(self, amount):
        if amount <= 0:
            raise ValueError("deposit must be positive")
        self.balance += amount
    def withdraw(self, amount):
        if amount > self.balance:
            raise InsufficientFunds(f"{self.owner} has only {self.balance}")
        self.balance -= amount
acct = Account("Ada", 100)
acct.deposit(50)
try:
    acct.withdraw(500)
except InsufficientFunds as e:
    print("refused:", e)
try:
    acct.deposit(-5)
except ValueError as e:
    print("refused:", e)
acct.withdraw(30)
print(acct.owner, acct.balance)
# expect: refused: Ada has only 150
# expect: refused: deposit must be positive
# expect: Ada 120
