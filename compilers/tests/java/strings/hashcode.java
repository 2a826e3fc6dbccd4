public class Main {
    public static void main(String[] args) {
        System.out.println("hello".hashCode());
        System.out.println("".hashCode());
        System.out.println("The quick brown fox jumps over the lazy dog".hashCode());
        System.out.println("Ada Lovelace".hashCode());
    }
}
// expect: 99162322
// expect: 0
// expect: -609428141
// expect: -878886773
