public class Main {
    static void check(int age) throws InvalidAge {
        if (age < 0) throw new InvalidAge("negative age: " + age);
        if (age > 150) throw new TooOld(age);
        System.out.println("valid " + age);
    }

    public static void main(String[] args) {
        int[] ages = {30, -1, 200};
        for (int a : ages) {
            try {
                check(a);
            } catch (TooOld e) {
                System.out.println("too old: " + e.getMessage() + " by " + e.excess);
            } catch (InvalidAge e) {
                System.out.println("invalid: " + e.getMessage());
            }
        }
        FieldError f = new FieldError("email", "required");
        System.out.println(f + " | " + f.getMessage());
        RuntimeException r = new RuntimeException("wrapper");
        r.initCause(new ArithmeticException("inner"));
        try {
            r.initCause(null);
        } catch (IllegalStateException e) {
            System.out.println(e.getMessage() + " <- " + e.getCause().getMessage());
        }
        RuntimeException s = new RuntimeException("s");
        try {
            s.initCause(s);
        } catch (IllegalArgumentException e) {
            System.out.println(e.getMessage());
        }
        // A cause given as null, to a constructor or initCause, is set: initCause may not follow.
        Throwable[] given = {new RuntimeException("a", null), new IllegalStateException((Throwable) null),
            new InvalidAge("b", null), new RuntimeException("c").initCause(null)};
        for (Throwable t : given) {
            try {
                t.initCause(r);
                System.out.println("set " + t.getCause());
            } catch (IllegalStateException e) {
                System.out.println(t.getMessage() + " " + t.getCause() + ": " + e.getMessage());
            }
        }
    }
}

// getMessage() overridden: toString() and the uncaught trace show it, as java's getLocalizedMessage().
class FieldError extends RuntimeException {
    final String field;
    FieldError(String field, String msg) { super(msg); this.field = field; }
    @Override public String getMessage() { return field + ": " + super.getMessage(); }
}

class InvalidAge extends Exception {
    InvalidAge(String msg) { super(msg); }
    InvalidAge(String msg, Throwable cause) { super(msg, cause); }
}

class TooOld extends InvalidAge {
    int excess;
    TooOld(int age) {
        super("age " + age);
        excess = age - 150;
    }
}
// expect: valid 30
// expect: invalid: negative age: -1
// expect: too old: age 200 by 50
// expect: FieldError: email: required | email: required
// expect: Can't overwrite cause with a null <- wrapper
// expect: Self-causation not permitted
// expect: a null: Can't overwrite cause with java.lang.RuntimeException: wrapper
// expect: null null: Can't overwrite cause with java.lang.RuntimeException: wrapper
// expect: b null: Can't overwrite cause with java.lang.RuntimeException: wrapper
// expect: c null: Can't overwrite cause with java.lang.RuntimeException: wrapper
