rows = [("Babbage", 1791), ("Lovelace", 1815), ("Menabrea", 1809)]
print(f"{'Name':<10}{'Born':>6}")
for name, born in rows:
    print(f"{name:<10}{born:>6}")
print("-" * 16)
print(f"{'Total':<10}{sum(b for _, b in rows):>6}")
# expect: Name        Born
# expect: Babbage     1791
# expect: Lovelace    1815
# expect: Menabrea    1809
# expect: ----------------
# expect: Total       5415
