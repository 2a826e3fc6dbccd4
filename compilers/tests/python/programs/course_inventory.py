# stdin: # stock
# stdin: add apple 0.5 100
# stdin: add pear 0.75 40
# stdin: add nut 0.1 1000
# stdin: list
# stdin: sell pear 40
# stdin: sell apple 120
# stdin: sell kiwi 1
# stdin: add apple 0.5
# stdin: frobnicate
# stdin: sell apple 30
# stdin: list
# stdin: total
"""An inventory with a text menu driven by standard input."""
import sys


class Item:
    def __init__(self, name, price, qty):
        self.name = name
        self.price = price
        self.qty = qty

    @property
    def value(self):
        return self.price * self.qty

    def __repr__(self):
        return f"Item({self.name!r}, {self.price}, {self.qty})"


class Inventory:
    def __init__(self):
        self._items = {}

    def __len__(self):
        return len(self._items)

    def __contains__(self, name):
        return name in self._items

    def __iter__(self):
        return iter(sorted(self._items.values(), key=lambda i: i.name))

    def __getitem__(self, name):
        return self._items[name]

    def add(self, name, price, qty):
        if name in self:
            self._items[name].qty += qty
        else:
            self._items[name] = Item(name, price, qty)

    def remove(self, name, qty):
        item = self[name]
        if qty > item.qty:
            raise ValueError(f"only {item.qty} {name} left")
        item.qty -= qty
        if item.qty == 0:
            del self._items[name]

    def total(self):
        return sum(i.value for i in self)


inv = Inventory()
for lineno, line in enumerate(sys.stdin, 1):
    parts = line.split()
    if not parts or parts[0].startswith("#"):
        continue
    cmd, args = parts[0], parts[1:]
    try:
        if cmd == "add":
            inv.add(args[0], float(args[1]), int(args[2]))
        elif cmd == "sell":
            inv.remove(args[0], int(args[1]))
        elif cmd == "list":
            for item in inv:
                print(f"  {item.name:<8} {item.qty:>4} x {item.price:>6.2f} = {item.value:>8.2f}")
        elif cmd == "total":
            print(f"total value: {inv.total():.2f} in {len(inv)} items")
        else:
            print(f"line {lineno}: unknown command {cmd!r}", file=sys.stderr)
    except KeyError as e:
        print(f"line {lineno}: no such item {e}")
    except (ValueError, IndexError) as e:
        print(f"line {lineno}: bad command: {e}")
print("apple" in inv, "pear" in inv, repr(inv["nut"]) if "nut" in inv else None)
# expect:   apple     100 x   0.50 =    50.00
# expect:   nut      1000 x   0.10 =   100.00
# expect:   pear       40 x   0.75 =    30.00
# expect: line 7: bad command: only 100 apple left
# expect: line 8: no such item 'kiwi'
# expect: line 9: bad command: list index out of range
# expect:   apple      70 x   0.50 =    35.00
# expect:   nut      1000 x   0.10 =   100.00
# expect: total value: 135.00 in 2 items
# expect: True False Item('nut', 0.1, 1000)
# expect stderr: line 10: unknown command 'frobnicate'
