class Animal:
    sound = "..."
    def __init__(self, name):
        self.name = name
    def speak(self):
        return f"{self.name} says {self.sound}"
class Dog(Animal):
    sound = "woof"
class Puppy(Dog):
    def __init__(self, name, age):
        super().__init__(name)
        self.age = age
    def speak(self):
        return super().speak() + " (age " + str(self.age) + ")"
for a in [Animal("thing"), Dog("rex"), Puppy("bit", 1)]:
    print(a.speak())
print(isinstance(Puppy("x", 2), Animal), isinstance(Dog("y"), Puppy))
# expect: thing says ...
# expect: rex says woof
# expect: bit says woof (age 1)
# expect: True False
