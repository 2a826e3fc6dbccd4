class Temperature:
    def __init__(self, kelvin):
        if kelvin < 0:
            raise ValueError(f"{kelvin} is below absolute zero")
        self.kelvin = kelvin
for k in (300, -5):
    try:
        t = Temperature(k)
        print("made", t.kelvin)
    except ValueError as e:
        print("refused:", e)
# expect: made 300
# expect: refused: -5 is below absolute zero
