name = "Ada"
year = 1843
print(f"{name} wrote the notes in {year}.")
print(f"{year:>8}|{year:<8}|{year:^8}|{name:*^9}|")
print(f"{7:03d} {255:x} {255:X} {5:b} {8:o} {1234567:,}")
print(f"{name!r} {name:>6} {name:.2} {{literal}}")
print(f"{3 + 4} {len(name) * 2} {[1, 2]} {None}")
print(f"{42:+d} {-42:+d} {42: d} {-7:05d}")
print(f"{12:.2f} {3:6.1f} {True} {True:d}")
# expect: Ada wrote the notes in 1843.
# expect:     1843|1843    |  1843  |***Ada***|
# expect: 007 ff FF 101 10 1,234,567
# expect: 'Ada'    Ada Ad {literal}
# expect: 7 6 [1, 2] None
# expect: +42 -42  42 -0007
# expect: 12.00    3.0 True 1
