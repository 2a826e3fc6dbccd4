class Deck:
    def __init__(self):
        self.cards = [r + s for s in "SH" for r in "AKQ"]
    def __len__(self):
        return len(self.cards)
    def __getitem__(self, i):
        return self.cards[i]
d = Deck()
print(len(d), d[0], d[-1])
for card in d:
    print(card, end=" ")
print()
print("KH" in d, bool(d))
# expect: 6 AS QH
# expect: AS KS QS AH KH QH 
# expect: True True
