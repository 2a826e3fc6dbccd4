class OutOfCards(Exception):
    pass
def deal(deck):
    if not deck:
        raise OutOfCards("the deck is empty")
    return deck.pop()
print(deal([1]))
deal([])
# expect: 1
# expect runtime error: trap 4
# expect stderr: OutOfCards: the deck is empty
