public class Main {
    public static void main(String[] args) {
        Queue q = new Queue(3);
        for (int i = 1; i <= 5; i++) q.enqueue(i * 11);
        while (!q.isEmpty()) System.out.print(q.dequeue() + " ");
        System.out.println();
        Lcg rng = new Lcg(42);
        for (int i = 0; i < 5; i++) System.out.print(rng.next(100) + " ");
        System.out.println();
    }
}

class Queue {
    private int[] data;
    private int head, size;

    Queue(int capacity) { data = new int[capacity]; }

    void enqueue(int v) {
        if (size == data.length) {
            int[] bigger = new int[data.length * 2];
            for (int i = 0; i < size; i++) bigger[i] = data[(head + i) % data.length];
            data = bigger;
            head = 0;
        }
        data[(head + size) % data.length] = v;
        size++;
    }

    int dequeue() {
        int v = data[head];
        head = (head + 1) % data.length;
        size--;
        return v;
    }

    boolean isEmpty() { return size == 0; }
}

class Lcg {
    private long state;

    Lcg(long seed) { state = seed; }

    int next(int bound) {
        state = state * 6364136223846793005L + 1442695040888963407L;
        int bits = (int) (state >>> 33);
        return Math.floorMod(bits, bound);
    }
}
// expect: 11 22 33 44 55 
// expect: 34 26 38 3 94 
