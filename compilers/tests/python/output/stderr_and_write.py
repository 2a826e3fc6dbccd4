# print(file=sys.stderr) and sys.stderr.write go to the standard error, a separate stream: stdout holds
# only what was printed to it. write() returns the number of characters; flush() does nothing visible.
import sys
from sys import stderr


def warn(message):
    print("warning:", message, file=sys.stderr)


total = 0
for word in ["12", "x", "30", "4y"]:
    if word.isdigit():
        total += int(word)
    else:
        warn(f"skipping {word!r}")
print("total", total, flush=True)
n = sys.stdout.write("written directly\n")
print(n)
m = sys.stderr.write("to stderr\n")
print(m, file=sys.stdout)
print("x", "y", sep="-", end="|\n", file=None)
sys.stdout.flush()
sys.stderr.flush()
try:
    sys.stdout.write(5)
except TypeError as e:
    print(e)
print("done", file=stderr)
# expect: total 42
# expect: written directly
# expect: 17
# expect: 10
# expect: x-y|
# expect: write() argument must be str, not int
# expect stderr: done
