stack = []
for i in range(4):
    stack.append(i * i)
while stack:
    print(stack.pop(), end=" ")
print()
queue = [1, 2, 3]
while queue:
    print(queue.pop(0))
# expect: 9 4 1 0 
# expect: 1
# expect: 2
# expect: 3
