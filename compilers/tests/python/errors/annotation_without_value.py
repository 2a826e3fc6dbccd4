total = 0
count: int
print(total)
# error: 2:6: an annotation without a value is not supported: give the variable its value here (x: int = 0) or leave the annotation out
