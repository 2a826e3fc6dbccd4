class A:
    def who(self):
        return "A"
    def hello(self):
        return "hello from " + self.who()
class B(A):
    def who(self):
        return "B"
class C(B):
    def hello(self):
        return super().hello() + " via C"
for obj in (A(), B(), C()):
    print(obj.hello())
print(isinstance(C(), A), isinstance(B(), C))
# expect: hello from A
# expect: hello from B
# expect: hello from B via C
# expect: True False
