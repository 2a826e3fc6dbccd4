import java.util.*;

public class Main {
    private int hits = 0;
    private final String tag = "T";

    interface Listener { void fire(String what); }

    void bump() { hits++; }

    List<Listener> make(int base) {
        List<Listener> out = new ArrayList<>();
        for (int i = 0; i < 2; i++) {
            final int k = i;
            out.add(new Listener() {
                int own = base * 10 + k;
                public void fire(String what) {
                    bump();
                    System.out.println(tag + own + " " + what + " hits=" + hits);
                    Runnable r = () -> System.out.println("inner " + own + " " + k + " " + Main.this.hits);
                    r.run();
                }
            });
        }
        return out;
    }

    public static void main(String[] args) {
        Main m = new Main();
        for (Listener l : m.make(3)) l.fire("go");
        class Animal { String sound() { return "..."; } public String toString() { return getClass().getSimpleName() + ":" + sound(); } }
        class Dog extends Animal { String sound() { return "woof"; } }
        List<Animal> zoo = List.of(new Animal(), new Dog(), new Animal() { String sound() { return "anon"; } });
        System.out.println(zoo);
    }
}
// expect: T30 go hits=1
// expect: inner 30 0 1
// expect: T31 go hits=2
// expect: inner 31 1 2
// expect: [Animal:..., Dog:woof, :anon]
