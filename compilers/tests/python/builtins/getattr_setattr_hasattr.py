# getattr (with a default), setattr and hasattr by a computed name
class Settings:
    volume = 5

    def __init__(self):
        self.theme = "dark"

    def describe(self):
        return f"{self.theme} at {self.volume}"


s = Settings()
for field in ["theme", "volume", "missing"]:
    print(field, hasattr(s, field), getattr(s, field, "n/a"))
setattr(s, "volume", 9)
setattr(s, "font", "mono")
print(s.volume, s.font, Settings.volume, getattr(s, "describe")(), sorted(s.__dict__))
for key, value in {"theme": "light", "size": 12}.items():
    setattr(s, key, value)
print(s.describe(), s.size, hasattr(Settings, "describe"), hasattr(Settings, "size"))
try:
    getattr(s, "nothing")
except AttributeError as e:
    print("AttributeError:", e)
try:
    getattr(s, 5)
except TypeError as e:
    print("TypeError:", e)
# expect: theme True dark
# expect: volume True 5
# expect: missing False n/a
# expect: 9 mono 5 dark at 9 ['font', 'theme', 'volume']
# expect: light at 9 12 True False
# expect: AttributeError: 'Settings' object has no attribute 'nothing'
# expect: TypeError: attribute name must be string, not 'int'
for name in ["upper", "title", "nothing"]:
    method = getattr("abc", name, None)
    print(name, method() if method else method, hasattr("x", name), hasattr([1], name))
items = [1]
for action, arg in [("append", 2), ("extend", [3, 4]), ("insert", 0)]:
    getattr(items, action)(*([0, arg] if action == "insert" else [arg]))
print(items, hasattr({}, "ge" + "t"), getattr(5, "bit_" + "length")())
# expect: upper ABC True False
# expect: title Abc True False
# expect: nothing None False False
# expect: [0, 1, 2, 3, 4] True 3
