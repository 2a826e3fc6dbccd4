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
    }
}

class InvalidAge extends Exception {
    InvalidAge(String msg) { super(msg); }
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
