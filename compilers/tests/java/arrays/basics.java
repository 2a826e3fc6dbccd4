public class Main {
    public static void main(String[] args) {
        int[] a = new int[5];
        for (int i = 0; i < a.length; i++) a[i] = i * 3;
        int sum = 0;
        for (int v : a) sum += v;
        System.out.println("sum " + sum + " length " + a.length);
        long[] ls = {1L, 1L << 40, -3L};
        System.out.println(ls[0] + ls[1] + ls[2]);
        boolean[] flags = new boolean[3];
        flags[1] = true;
        System.out.println(flags[0] + " " + flags[1]);
        char[] cs = {'J', 'a', 'v', 'a'};
        String s = "";
        for (char c : cs) s += c;
        System.out.println(s);
        String[] names = new String[2];
        System.out.println(names[0]);
        names[1] = "Babbage";
        System.out.println(names[1].length());
    }
}
// expect: sum 30 length 5
// expect: 1099511627774
// expect: false true
// expect: Java
// expect: null
// expect: 7
