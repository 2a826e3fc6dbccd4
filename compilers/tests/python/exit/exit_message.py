# sys.exit with a text ends the program with status 1, the text written on stderr, as CPython's does.
import sys

count = 0
print("checking")
if count == 0:
    sys.exit(f"error: {count} files to read")
print("never printed")
# expect: checking
# expect exit: 1
# expect stderr: error: 0 files to read
