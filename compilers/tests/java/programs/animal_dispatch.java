// Expected output: java 17's (java animal_dispatch.java).
import java.util.*;

public class Main {
    public static void main(String[] args) {
        Animal[] zoo = { new Dog("Rex"), new Cat("Tom"), new Puppy("Bit"), new Cat("Tom") };
        for (Animal a : zoo) System.out.println(a.describe());
        System.out.println("animals: " + Animal.getCount());
        for (Animal a : zoo) if (a instanceof Dog d) System.out.println(d.fetch());
        System.out.println(zoo[1].equals(zoo[3]) + " " + (zoo[1] == zoo[3]) + " " + new HashSet<>(Arrays.asList(zoo)).size());
        Object o = zoo[1];
        try {
            Dog d = (Dog) o;
            System.out.println(d);
        } catch (ClassCastException e) {
            System.out.println("not a dog: " + e.getMessage().startsWith("class Cat cannot be cast to class Dog"));
        }
        System.out.println(zoo[2] instanceof Animal);
        System.out.println(zoo[0].getClass() == zoo[2].getClass());
        Dog bad = (Dog) zoo[3];
        System.out.println(bad.fetch());
    }
}

abstract class Animal {
    protected String name;
    private static int count = 0;
    Animal(String name) { this.name = name; count++; }
    abstract String sound();
    String describe() { return name + " the " + getClass().getSimpleName().toLowerCase() + " says " + sound(); }
    static int getCount() { return count; }
}
class Dog extends Animal {
    Dog(String n) { super(n); }
    String sound() { return "Woof"; }
    String fetch() { return name + " fetches"; }
}
class Puppy extends Dog {
    Puppy(String n) { super(n); }
    @Override String sound() { return super.sound().toLowerCase() + "!"; }
}
class Cat extends Animal {
    Cat(String n) { super(n); }
    String sound() { return "Meow"; }
    @Override public boolean equals(Object o) { return o instanceof Cat c && c.name.equals(name); }
    @Override public int hashCode() { return name.hashCode(); }
}

// expect: Rex the dog says Woof
// expect: Tom the cat says Meow
// expect: Bit the puppy says woof!
// expect: Tom the cat says Meow
// expect: animals: 4
// expect: Rex fetches
// expect: Bit fetches
// expect: true false 3
// expect: not a dog: true
// expect: true
// expect: false
// expect runtime error: trap 4
// expect stderr: at Main.main(animal_dispatch.java:20)
// expect exit: 1
