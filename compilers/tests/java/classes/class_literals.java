public class Main {
    enum Color { RED, GREEN, BLUE }

    static class Box {
    }

    public static void main(String[] args) {
        Class<Color> c = Color.class;
        System.out.println(c.getName() + " " + c.getSimpleName());
        Color[] all = c.getEnumConstants();
        System.out.println(all.length + " " + all[2]);
        Object b = new Box();
        System.out.println(b.getClass() == Box.class);
        System.out.println(Box.class.getEnumConstants() == null);
    }
}
// expect: Main$Color Color
// expect: 3 BLUE
// expect: true
// expect: true
