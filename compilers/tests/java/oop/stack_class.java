public class Main {
    public static void main(String[] args) {
        IntStack s = new IntStack(2);
        for (int i = 1; i <= 6; i++) s.push(i * 10);
        System.out.println("size " + s.size());
        while (!s.isEmpty()) System.out.print(s.pop() + " ");
        System.out.println();
        try {
            s.pop();
        } catch (IllegalStateException e) {
            System.out.println(e);
        }
    }
}

class IntStack {
    private int[] items;
    private int n;

    IntStack(int capacity) { items = new int[capacity]; }

    void push(int v) {
        if (n == items.length) {
            int[] bigger = new int[items.length * 2];
            for (int i = 0; i < n; i++) bigger[i] = items[i];
            items = bigger;
        }
        items[n++] = v;
    }

    int pop() {
        if (n == 0) throw new IllegalStateException("empty stack");
        return items[--n];
    }

    int size() { return n; }

    boolean isEmpty() { return n == 0; }
}
// expect: size 6
// expect: 60 50 40 30 20 10 
// expect: java.lang.IllegalStateException: empty stack
