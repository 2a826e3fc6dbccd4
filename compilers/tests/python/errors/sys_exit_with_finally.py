import sys

try:
    sys.exit(2)
finally:
    print("CPython runs this first")
# error: 4:9: sys.exit is not supported in a program with a 'finally' or an 'except' that catches SystemExit (line 3)
