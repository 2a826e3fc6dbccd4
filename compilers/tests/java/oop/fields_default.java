public class Main {
    int count;
    long total;
    boolean seen;
    char mark;
    String label;
    int[] data;

    public static void main(String[] args) {
        Main m = new Main();
        System.out.println(m.count + " " + m.total + " " + m.seen + " " + (int) m.mark + " " + m.label + " " + (m.data == null));
        m.count = -5;
        m.total = -1L << 40;
        m.seen = true;
        m.mark = 'm';
        System.out.println(m.count + " " + m.total + " " + m.seen + " " + m.mark);
    }
}
// expect: 0 0 false 0 null true
// expect: -5 -1099511627776 true m
