"""A lending library: classes, a registry dict, dates as day numbers, errors, a report."""


class LibraryError(Exception):
    """Base of the library's errors."""


class NotAvailable(LibraryError):
    def __init__(self, book, holder):
        super().__init__(f"{book.title!r} is on loan to {holder}")
        self.book = book


class Book:
    def __init__(self, isbn, title, author, year):
        self.isbn, self.title, self.author, self.year = isbn, title, author, year

    def __repr__(self):
        return f"<{self.title} ({self.year})>"

    def __eq__(self, other):
        return isinstance(other, Book) and self.isbn == other.isbn

    def __hash__(self):
        return hash(self.isbn)


class Library:
    LOAN_DAYS = 14
    FINE_PER_DAY = 25  # cents

    def __init__(self):
        self.books = {}
        self.loans = {}
        self.members = set()
        self.fines = {}

    def add(self, *books):
        for b in books:
            self.books[b.isbn] = b

    def join(self, name):
        self.members.add(name)

    def lend(self, isbn, member, day):
        if member not in self.members:
            raise LibraryError(f"unknown member {member!r}")
        book = self.books[isbn]
        if isbn in self.loans:
            raise NotAvailable(book, self.loans[isbn][0])
        self.loans[isbn] = (member, day + self.LOAN_DAYS)
        return book

    def give_back(self, isbn, day):
        member, due = self.loans.pop(isbn)
        late = max(0, day - due)
        if late:
            self.fines[member] = self.fines.get(member, 0) + late * self.FINE_PER_DAY
        return late

    def by_author(self):
        out = {}
        for b in sorted(self.books.values(), key=lambda b: (b.author, b.year)):
            out.setdefault(b.author, []).append(b.title)
        return out


lib = Library()
lib.add(Book(1, "Emma", "Austen", 1815), Book(2, "Persuasion", "Austen", 1817),
        Book(3, "Dracula", "Stoker", 1897), Book(4, "Ulysses", "Joyce", 1922))
for name in ["ann", "bob"]:
    lib.join(name)
events = [("lend", 1, "ann", 1), ("lend", 3, "bob", 2), ("lend", 1, "bob", 3), ("lend", 2, "cy", 4),
          ("back", 1, None, 20), ("lend", 1, "bob", 21), ("back", 3, None, 40), ("lend", 9, "ann", 41),
          ("back", 1, None, 30)]
for kind, isbn, who, day in events:
    try:
        if kind == "lend":
            print(f"day {day:2}: {who} borrows {lib.lend(isbn, who, day)}")
        else:
            late = lib.give_back(isbn, day)
            print(f"day {day:2}: book {isbn} back" + (f", {late} days late" if late else ""))
    except NotAvailable as e:
        print(f"day {day:2}: sorry, {e}; {e.book.author} has {len(lib.by_author()[e.book.author])} books")
    except LibraryError as e:
        print(f"day {day:2}: error: {e}")
    except KeyError as e:
        print(f"day {day:2}: no book {e}")
print(lib.by_author())
print({m: f"${c / 100:.2f}" for m, c in sorted(lib.fines.items())})
print(Book(1, "x", "y", 0) == lib.books[1], len({Book(1, "", "", 0), lib.books[1]}), LibraryError.__doc__)
print(sorted(lib.members), lib.loans)
print(Library.__doc__, NotAvailable.__doc__, lib.__doc__)
# expect: day  1: ann borrows <Emma (1815)>
# expect: day  2: bob borrows <Dracula (1897)>
# expect: day  3: sorry, 'Emma' is on loan to ann; Austen has 2 books
# expect: day  4: error: unknown member 'cy'
# expect: day 20: book 1 back, 5 days late
# expect: day 21: bob borrows <Emma (1815)>
# expect: day 40: book 3 back, 24 days late
# expect: day 41: no book 9
# expect: day 30: book 1 back
# expect: {'Austen': ['Emma', 'Persuasion'], 'Joyce': ['Ulysses'], 'Stoker': ['Dracula']}
# expect: {'ann': '$1.25', 'bob': '$6.00'}
# expect: True 1 Base of the library's errors.
# expect: ['ann', 'bob'] {}
# expect: None None None
