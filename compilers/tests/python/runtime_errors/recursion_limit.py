# CPython's recursion limit: 1000 frames with the module's, then RecursionError
def count_down(n):
    if n == 0:
        return "liftoff"
    return count_down(n - 1)


print(count_down(998))
try:
    count_down(999)
except RecursionError as e:
    print("too deep:", e)


def depth(n):
    try:
        return depth(n + 1)
    except RecursionError:
        return n


print(depth(1), count_down(10))


class Node:
    def __init__(self, child=None):
        self.child = child

    def size(self):
        return 1 + (self.child.size() if self.child else 0)


chain = None
for _ in range(997):
    chain = Node(chain)
print(chain.size())
chain = Node(Node(chain))
try:
    chain.size()
except RecursionError as e:
    print(type(e).__name__, e)
count_down(5000)
# expect: liftoff
# expect: too deep: maximum recursion depth exceeded
# expect: 999 liftoff
# expect: 997
# expect runtime error: trap 4
# expect stderr: RecursionError: maximum recursion depth exceeded
