// Expected output: java 17's (java builder_edits.java).
public class Main {
    public static void main(String[] args) {
        StringBuilder sb = new StringBuilder("hello world");
        sb.insert(0, ">> ");
        sb.insert(sb.length(), '!');
        System.out.println(sb);
        sb.setCharAt(3, 'H');
        sb.deleteCharAt(sb.length() - 1);
        System.out.println(sb + " len=" + sb.length());
        sb.reverse();
        System.out.println(sb);
        sb.reverse().replace(3, 8, "Howdy").append(' ').append(42).append(3.5).append(true);
        System.out.println(sb);
        System.out.println(sb.indexOf("o") + " " + sb.lastIndexOf("o") + " " + sb.charAt(4));
        sb.delete(0, 3).insert(5, 123);
        System.out.println(sb);
        String s = "racecar";
        System.out.println(new StringBuilder(s).reverse().toString().equals(s));
        StringBuilder caesar = new StringBuilder();
        for (char c : "Attack at Dawn".toCharArray()) {
            if (Character.isUpperCase(c)) caesar.append((char) ('A' + (c - 'A' + 3) % 26));
            else if (Character.isLowerCase(c)) caesar.append((char) ('a' + (c - 'a' + 3) % 26));
            else caesar.append(c);
        }
        System.out.println(caesar);
        StringBuilder num = new StringBuilder("1234567");
        for (int i = num.length() - 3; i > 0; i -= 3) num.insert(i, ',');
        System.out.println(num);
        sb.setLength(4);
        System.out.println("[" + sb + "]" + sb.isEmpty());
        System.out.println(sb.compareTo(new StringBuilder("lo H")) + " " + new StringBuilder("b").compareTo(new StringBuilder("abc")));

    }
}

// expect: >> hello world!
// expect: >> Hello world len=14
// expect: dlrow olleH >>
// expect: >> Howdy world 423.5true
// expect: 4 10 o
// expect: Howdy123 world 423.5true
// expect: true
// expect: Dwwdfn dw Gdzq
// expect: 1,234,567
// expect: [Howd]false
// expect: -36 1
