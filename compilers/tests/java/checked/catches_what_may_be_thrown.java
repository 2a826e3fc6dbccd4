import java.io.*;

public class Main {
    static class AppException extends Exception {
        AppException(String m) { super(m); }
    }
    static class Detail extends AppException {
        Detail(String m) { super(m); }
    }
    static void risky(int n) throws AppException {
        if (n > 2) throw new Detail("big " + n);
    }
    public static void main(String[] args) throws Exception {
        try {
            risky(3);
        } catch (Detail d) {
            System.out.println("detail " + d.getMessage());
        } catch (AppException e) {
            System.out.println("app");
        }
        try {
            try {
                risky(5);
            } catch (AppException e) {
                throw e;
            }
        } catch (Detail d) {
            System.out.println("rethrown " + d.getMessage());
        }
        try {
            System.out.println("plain");
        } catch (RuntimeException e) {
        } catch (Exception e) {
        }
        try (BufferedReader r = new BufferedReader(new InputStreamReader(System.in))) {
            System.out.println(r.readLine());
        } catch (IOException e) {
            System.out.println("io");
        }
    }
}
// stdin: first line
// expect: detail big 3
// expect: rethrown big 5
// expect: plain
// expect: first line
