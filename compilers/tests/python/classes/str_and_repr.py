class Card:
    def __init__(self, rank, suit):
        self.rank = rank
        self.suit = suit
    def __str__(self):
        return f"{self.rank} of {self.suit}"
    def __repr__(self):
        return f"Card({self.rank!r}, {self.suit!r})"
c = Card("Q", "hearts")
print(c)
print([c])
print(str(c), repr(c))
print(f"{c}")
# expect: Q of hearts
# expect: [Card('Q', 'hearts')]
# expect: Q of hearts Card('Q', 'hearts')
# expect: Q of hearts
