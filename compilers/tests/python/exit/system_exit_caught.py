# sys.exit raises SystemExit: a handler of it (or of BaseException) catches it, with its code; a finally
# runs on the way out; `except Exception` lets it pass; uncaught, it ends the program with its status,
# a text code written on stderr (status 1).
import sys


def main(args):
    if not args:
        print("usage: greet NAME", file=sys.stderr)
        sys.exit(2)
    print("hello", args[0])


for argv in (["ada"], []):
    try:
        main(argv)
    except SystemExit as e:
        print("exit code", e.code, e.args)
try:
    sys.exit()
except BaseException as e:
    print(type(e).__name__, e.code, e.args, isinstance(e, Exception))
try:
    try:
        raise SystemExit(1, 2)
    except Exception:
        print("not caught here")
    finally:
        print("cleanup")
except SystemExit as e:
    print("outer", e.code)
try:
    quit(4)  # exit() and quit(), the site module's, raise it too
except SystemExit as e:
    print("quit", e.code)
try:
    exit(5)  # the built-in, while the program's own exit below is not bound yet
except SystemExit as e:
    print("exit", e.code)


def exit(code):
    print("own exit", code)


exit(6)


def run():
    try:
        sys.exit("fatal: no input")
    finally:
        print("closing")


run()
print("never printed")
# expect: hello ada
# expect: exit code 2 (2,)
# expect: SystemExit None () False
# expect: cleanup
# expect: outer (1, 2)
# expect: quit 4
# expect: exit 5
# expect: own exit 6
# expect: closing
# expect exit: 1
# expect stderr: fatal: no input
