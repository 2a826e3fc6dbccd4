width = 6
print(f"{42:>{width}}")
# error: 2:7: nested replacement fields in f-string format specifications are not supported
