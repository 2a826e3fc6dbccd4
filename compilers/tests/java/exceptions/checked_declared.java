public class Main {
    static int parsePositive(String s) throws BadInput {
        int n = Integer.parseInt(s);
        if (n <= 0) throw new BadInput("not positive: " + n);
        return n;
    }

    static int total(String[] items) throws BadInput {
        int sum = 0;
        for (String s : items) sum += parsePositive(s);
        return sum;
    }

    public static void main(String[] args) throws Exception {
        String[] good = {"1", "2", "3"};
        String[] bad = {"4", "-5"};
        System.out.println(total(good));
        try {
            System.out.println(total(bad));
        } catch (BadInput e) {
            System.out.println("rejected: " + e.getMessage());
        }
        try {
            total(bad);
        } catch (Exception e) {
            System.out.println("again: " + e);
            try {
                throw e;
            } catch (Exception again) {
                System.out.println("rethrown and caught");
            }
        }
    }
}

class BadInput extends Exception {
    BadInput(String message) { super(message); }
}
// expect: 6
// expect: rejected: not positive: -5
// expect: again: BadInput: not positive: -5
// expect: rethrown and caught
