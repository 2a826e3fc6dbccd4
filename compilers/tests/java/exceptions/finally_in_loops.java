public class Main {
    public static void main(String[] args) {
        for (int i = 0; i < 5; i++) {
            try {
                if (i == 1) continue;
                if (i == 3) break;
                System.out.println("body " + i);
            } finally {
                System.out.println("finally " + i);
            }
        }
        int n = 0;
        while (true) {
            try {
                try {
                    n++;
                    if (n == 2) break;
                } finally {
                    System.out.println("inner " + n);
                }
            } finally {
                System.out.println("outer " + n);
            }
        }
        System.out.println("done " + n);
    }
}
// expect: body 0
// expect: finally 0
// expect: finally 1
// expect: body 2
// expect: finally 2
// expect: finally 3
// expect: inner 1
// expect: outer 1
// expect: inner 2
// expect: outer 2
// expect: done 2
