public class Main {
    public static void main(String[] args) {
        Tree t = new Tree();
        int[] keys = {50, 30, 70, 20, 40, 60, 80, 35};
        for (int k : keys) t.insert(k);
        t.inorder();
        System.out.println();
        System.out.println("height " + t.height());
        System.out.println(t.contains(35) + " " + t.contains(36));
    }
}

class Tree {
    private static class Node {
        int key;
        Node left, right;
        Node(int key) { this.key = key; }
    }

    private Node root;

    void insert(int key) { root = insert(root, key); }

    private Node insert(Node n, int key) {
        if (n == null) return new Node(key);
        if (key < n.key) n.left = insert(n.left, key);
        else n.right = insert(n.right, key);
        return n;
    }

    void inorder() { inorder(root); }

    private void inorder(Node n) {
        if (n == null) return;
        inorder(n.left);
        System.out.print(n.key + " ");
        inorder(n.right);
    }

    int height() { return height(root); }

    private int height(Node n) { return n == null ? 0 : 1 + Math.max(height(n.left), height(n.right)); }

    boolean contains(int key) {
        Node n = root;
        while (n != null) {
            if (key == n.key) return true;
            n = key < n.key ? n.left : n.right;
        }
        return false;
    }
}
// expect: 20 30 35 40 50 60 70 80 
// expect: height 4
// expect: true false
