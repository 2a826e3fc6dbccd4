public class Main {
    public static void main(String[] args) {
        IntList list = new IntList();
        for (int i = 1; i <= 5; i++) list.add(i * i);
        System.out.println(list);
        System.out.println("size " + list.size() + " sum " + list.sum());
        list.reverse();
        System.out.println(list);
    }
}

class Node {
    int value;
    Node next;
    Node(int value, Node next) { this.value = value; this.next = next; }
}

class IntList {
    private Node head;
    private Node tail;

    void add(int v) {
        Node n = new Node(v, null);
        if (head == null) head = n; else tail.next = n;
        tail = n;
    }

    int size() {
        int n = 0;
        for (Node p = head; p != null; p = p.next) n++;
        return n;
    }

    int sum() {
        int s = 0;
        Node p = head;
        while (p != null) { s += p.value; p = p.next; }
        return s;
    }

    void reverse() {
        Node prev = null, cur = head;
        tail = head;
        while (cur != null) {
            Node next = cur.next;
            cur.next = prev;
            prev = cur;
            cur = next;
        }
        head = prev;
    }

    public String toString() {
        StringBuilder sb = new StringBuilder("[");
        for (Node p = head; p != null; p = p.next) {
            sb.append(p.value);
            if (p.next != null) sb.append(", ");
        }
        return sb.append("]").toString();
    }
}
// expect: [1, 4, 9, 16, 25]
// expect: size 5 sum 55
// expect: [25, 16, 9, 4, 1]
