public class Main {
    public static void main(String[] args) {
        StringBuilder sb = new StringBuilder();
        sb.append("n=").append(42).append(' ').append(true).append(' ').append(7L);
        System.out.println(sb.toString());
        System.out.println(sb.length());
        StringBuilder r = new StringBuilder("stressed");
        System.out.println(r.reverse().toString());
        StringBuilder digits = new StringBuilder();
        for (int i = 0; i < 10; i++) digits.append(i);
        System.out.println(digits);
        System.out.println("sb: " + digits);
        System.out.println(digits.charAt(3));
    }
}
// expect: n=42 true 7
// expect: 11
// expect: desserts
// expect: 0123456789
// expect: sb: 0123456789
// expect: 3
