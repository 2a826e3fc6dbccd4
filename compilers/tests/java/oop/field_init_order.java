public class Main {
    public static void main(String[] args) {
        Child c = new Child();
        System.out.println(c.describe());
    }
}

class Parent {
    int base = 100;
    String tag;
    Parent() {
        tag = "parent saw base " + base;
    }
}

class Child extends Parent {
    int extra = base + 1;
    int[] slots = new int[3];
    Child() {
        super();
        slots[1] = extra;
    }
    String describe() { return tag + ", extra " + extra + ", slot " + slots[1]; }
}
// expect: parent saw base 100, extra 101, slot 101
