public class Main {
    public static void main(String[] args) {
        Object o = new Apple();
        try {
            Pear p = (Pear) o;
            System.out.println("no");
        } catch (ClassCastException e) {
            System.out.println("cannot cast");
        }
        Fruit f = (Fruit) o;
        System.out.println(f.name());
    }
}

class Fruit { String name() { return "fruit"; } }
class Apple extends Fruit { String name() { return "apple"; } }
class Pear extends Fruit { }
// expect: cannot cast
// expect: apple
