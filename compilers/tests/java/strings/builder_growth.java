public class Main {
    public static void main(String[] args) {
        StringBuilder sb = new StringBuilder("start:");
        for (int i = 0; i < 400; i++) {
            sb.append(i % 10);
            if (i % 100 == 99) sb.append('|');
        }
        String s = sb.toString();
        System.out.println(s.length() + " " + s.substring(0, 12) + " " + s.substring(s.length() - 5));
        Object o = new StringBuilder("as object");
        System.out.println(o);
        System.out.println(o.toString().length());
        StringBuilder empty = new StringBuilder(50);
        System.out.println("[" + empty + "] " + empty.length());
        System.out.println(new StringBuilder("abc").reverse().append("!").reverse());
    }
}
// store: 20000
// expect: 410 start:012345 6789|
// expect: as object
// expect: 9
// expect: [] 0
// expect: !abc
