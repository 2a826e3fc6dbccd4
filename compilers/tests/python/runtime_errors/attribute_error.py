class A:
    def __init__(self):
        self.a = 1
print(A().b)
# expect runtime error: trap 4
# expect stderr: AttributeError: 'A' object has no attribute 'b'
