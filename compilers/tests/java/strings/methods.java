public class Main {
    public static void main(String[] args) {
        String s = "Analytical Engine";
        System.out.println(s.length());
        System.out.println(s.charAt(0));
        System.out.println(s.substring(11));
        System.out.println(s.substring(0, 10));
        System.out.println(s.indexOf("Engine"));
        System.out.println(s.indexOf("Babbage"));
        System.out.println(s.indexOf('y'));
        System.out.println(s.equals("Analytical Engine"));
        System.out.println(s.equals("analytical engine"));
        System.out.println(s.toUpperCase());
        System.out.println(s.toLowerCase());
        System.out.println(s.contains("cal"));
        System.out.println(s.startsWith("Ana") + " " + s.endsWith("gine") + " " + s.endsWith("x"));
        System.out.println("".isEmpty() + " " + s.isEmpty());
        System.out.println("apple".compareTo("banana"));
        System.out.println("b".compareTo("a"));
        System.out.println("abc".compareTo("abcde"));
    }
}
// expect: 17
// expect: A
// expect: Engine
// expect: Analytical
// expect: 11
// expect: -1
// expect: 4
// expect: true
// expect: false
// expect: ANALYTICAL ENGINE
// expect: analytical engine
// expect: true
// expect: true true false
// expect: true false
// expect: -1
// expect: 1
// expect: -2
