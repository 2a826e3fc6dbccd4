public class Main {
    public static void main(String[] args) {
        Animal[] zoo = {new Dog("Rex"), new Cat(), new Dog("Fido")};
        for (Animal a : zoo) {
            System.out.println(a.sound());
            if (a instanceof Named) System.out.println("  named " + ((Named) a).name());
        }
        Named n = new Dog("Ada");
        System.out.println(n.name());
    }
}

interface Animal { String sound(); }

interface Named { String name(); }

class Dog implements Animal, Named {
    private String name;
    Dog(String name) { this.name = name; }
    public String sound() { return name + " says woof"; }
    public String name() { return name; }
}

class Cat implements Animal {
    public String sound() { return "meow"; }
}
// expect: Rex says woof
// expect:   named Rex
// expect: meow
// expect: Fido says woof
// expect:   named Fido
// expect: Ada
