import java.util.*;

public class Main {
    sealed interface Expr permits Num, Add, Mul, Neg {}
    record Num(int value) implements Expr {}
    record Add(Expr left, Expr right) implements Expr {}
    record Mul(Expr left, Expr right) implements Expr {}
    record Neg(Expr inner) implements Expr {}

    static int eval(Expr e) {
        if (e instanceof Num n) return n.value();
        if (e instanceof Add a) return eval(a.left()) + eval(a.right());
        if (e instanceof Mul m) return eval(m.left()) * eval(m.right());
        if (e instanceof Neg g) return -eval(g.inner());
        throw new IllegalStateException();
    }
    static String show(Expr e) {
        if (e instanceof Num n) return Integer.toString(n.value());
        if (e instanceof Add a) return "(" + show(a.left()) + " + " + show(a.right()) + ")";
        if (e instanceof Mul m) return show(m.left()) + " * " + show(m.right());
        Neg g = (Neg) e;
        return "-" + show(g.inner());
    }
    static class Tree<T extends Comparable<T>> {
        private class Node {
            T key; Node left, right;
            Node(T k) { key = k; }
        }
        private Node root;
        private int size;
        void insert(T k) { root = insert(root, k); }
        private Node insert(Node n, T k) {
            if (n == null) { size++; return new Node(k); }
            int c = k.compareTo(n.key);
            if (c < 0) n.left = insert(n.left, k);
            else if (c > 0) n.right = insert(n.right, k);
            return n;
        }
        int height() { return height(root); }
        private int height(Node n) { return n == null ? 0 : 1 + Math.max(height(n.left), height(n.right)); }
        void inorder(List<T> out) { inorder(root, out); }
        private void inorder(Node n, List<T> out) {
            if (n == null) return;
            inorder(n.left, out); out.add(n.key); inorder(n.right, out);
        }
        boolean contains(T k) {
            Node n = root;
            while (n != null) {
                int c = k.compareTo(n.key);
                if (c == 0) return true;
                n = c < 0 ? n.left : n.right;
            }
            return false;
        }
    }
    static class InsufficientFundsException extends Exception {
        private final double shortfall;
        InsufficientFundsException(double shortfall) {
            super("Insufficient funds: short by " + shortfall);
            this.shortfall = shortfall;
        }
        double getShortfall() { return shortfall; }
    }
    static class Account {
        private double balance;
        private final List<String> log = new ArrayList<>();
        void deposit(double amt) {
            if (amt <= 0) throw new IllegalArgumentException("Deposit must be positive");
            balance += amt; log.add("D" + amt);
        }
        void withdraw(double amt) throws InsufficientFundsException {
            if (amt > balance) throw new InsufficientFundsException(amt - balance);
            balance -= amt; log.add("W" + amt);
        }
        double getBalance() { return balance; }
    }
    public static void main(String[] args) {
        Expr e = new Add(new Num(2), new Mul(new Num(3), new Neg(new Num(4))));
        System.out.println(show(e) + " = " + eval(e));
        System.out.println(e);
        System.out.println(e.equals(new Add(new Num(2), new Mul(new Num(3), new Neg(new Num(4))))));
        Tree<String> t = new Tree<>();
        for (String w : "m f t b h p w a".split(" ")) t.insert(w);
        t.insert("h");
        List<String> out = new ArrayList<>();
        t.inorder(out);
        System.out.println(out + " size=" + t.size + " height=" + t.height() + " " + t.contains("p") + t.contains("z"));
        Account acc = new Account();
        acc.deposit(100);
        try {
            acc.withdraw(30.5);
            acc.withdraw(100);
        } catch (InsufficientFundsException ex) {
            System.out.println(ex.getMessage() + " / " + ex.getShortfall());
        } finally {
            System.out.println("balance " + acc.getBalance() + " " + acc.log);
        }
        try {
            acc.deposit(-1);
        } catch (IllegalArgumentException | NullPointerException ex) {
            System.out.println(ex);
        }
        StringBuilder sb = new StringBuilder();
        for (String word : "Hello World From Java".split("\\s+")) {
            sb.append(Character.toLowerCase(word.charAt(0))).append(word.substring(1).toUpperCase()).append('_');
        }
        sb.setLength(sb.length() - 1);
        System.out.println(sb + " " + sb.indexOf("WORLD") + " " + "a,b,,c".split(",").length + " " + String.join("|", List.of("x", "y")));
        String s = "Programming";
        int vowels = 0;
        for (char c : s.toCharArray()) if ("aeiouAEIOU".indexOf(c) >= 0) vowels++;
        System.out.println(vowels + " " + s.chars().filter(Character::isUpperCase).count() + " " + s.replace('m', 'M') + " " + s.lastIndexOf('m'));
        Deque<Integer> dq = new ArrayDeque<>();
        dq.offerFirst(1); dq.offerLast(2); dq.push(0);
        System.out.println(dq + " " + dq.peekLast() + " " + dq.pollFirst());
        PriorityQueue<int[]> pq = new PriorityQueue<>((a, b) -> a[1] != b[1] ? Integer.compare(a[1], b[1]) : Integer.compare(b[0], a[0]));
        pq.add(new int[] {1, 5}); pq.add(new int[] {2, 3}); pq.add(new int[] {3, 5}); pq.add(new int[] {4, 1});
        StringBuilder order = new StringBuilder();
        while (!pq.isEmpty()) order.append(pq.poll()[0]);
        System.out.println(order);
    }
}
// expect: (2 + 3 * -4) = -10
// expect: Add[left=Num[value=2], right=Mul[left=Num[value=3], right=Neg[inner=Num[value=4]]]]
// expect: true
// expect: [a, b, f, h, m, p, t, w] size=8 height=4 truefalse
// expect: Insufficient funds: short by 30.5 / 30.5
// expect: balance 69.5 [D100.0, W30.5]
// expect: java.lang.IllegalArgumentException: Deposit must be positive
// expect: hELLO_wORLD_fROM_jAVA -1 4 x|y
// expect: 3 1 PrograMMing 7
// expect: [0, 1, 2] 2 0
// expect: 4231
