public class Main {
    static void inner() {
        throw new UnsupportedOperationException("not yet");
    }

    static void middle() {
        try {
            inner();
        } catch (UnsupportedOperationException e) {
            System.out.println("middle saw " + e.getMessage());
            throw e;
        } finally {
            System.out.println("middle finally");
        }
    }

    public static void main(String[] args) {
        try {
            middle();
        } catch (RuntimeException e) {
            System.out.println("main caught " + e);
        }
        try {
            throw new Exception();
        } catch (Exception e) {
            System.out.println(e.getMessage() + " " + e);
        }
    }
}
// expect: middle saw not yet
// expect: middle finally
// expect: main caught java.lang.UnsupportedOperationException: not yet
// expect: null java.lang.Exception
