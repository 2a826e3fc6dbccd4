public class Main {
    static int tricky() {
        int x = 1;
        try {
            x = 2;
            return x;
        } finally {
            x = 3;
            System.out.println("finally sees " + x);
        }
    }

    static String swallow() {
        try {
            throw new RuntimeException("lost");
        } finally {
            return "finally wins";
        }
    }

    public static void main(String[] args) {
        System.out.println(tricky());
        System.out.println(swallow());
    }
}
// expect: finally sees 3
// expect: 2
// expect: finally wins
