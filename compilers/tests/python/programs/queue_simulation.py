class Queue:
    def __init__(self):
        self.items = []
    def enqueue(self, x):
        self.items.append(x)
    def dequeue(self):
        if not self.items:
            raise IndexError("dequeue from empty queue")
        return self.items.pop(0)
    def __len__(self):
        return len(self.items)
q = Queue()
for t in range(5):
    q.enqueue(t * 10)
    if t % 2:
        print("served", q.dequeue())
print("waiting", len(q), q.items)
try:
    Queue().dequeue()
except IndexError as e:
    print(e)
# expect: served 0
# expect: served 10
# expect: waiting 3 [20, 30, 40]
# expect: dequeue from empty queue
