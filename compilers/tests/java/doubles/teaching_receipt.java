public class Main {
    public static void main(String[] args) {
        String[] items = {"Coffee", "Bagel", "Orange juice", "Muffin"};
        double[] prices = {3.45, 2.10, 4.99, 2.75};
        int[] qty = {2, 1, 1, 3};
        final double TAX_RATE = 0.0825;
        double subtotal = 0;
        for (int i = 0; i < items.length; i++) {
            double line = prices[i] * qty[i];
            subtotal += line;
            System.out.printf("%-14s %2d x %5.2f = %6.2f%n", items[i], qty[i], prices[i], line);
        }
        double tax = subtotal * TAX_RATE;
        double total = subtotal + tax;
        System.out.printf("%-25s %6.2f%n", "Subtotal:", subtotal);
        System.out.printf("%-25s %6.2f%n", "Tax:", tax);
        System.out.printf("%-25s %6.2f%n", "Total:", total);
        double paid = 30.00;
        double change = paid - total;
        System.out.println("Change: " + change);
        int cents = (int) Math.round(change * 100);
        System.out.println("Quarters: " + cents / 25 + ", remaining cents: " + cents % 25);
    }
}
// An ordinary teaching program, not written for this compiler; expected: java 17's (OpenJDK) output, checked by running it.
// expect: Coffee          2 x  3.45 =   6.90
// expect: Bagel           1 x  2.10 =   2.10
// expect: Orange juice    1 x  4.99 =   4.99
// expect: Muffin          3 x  2.75 =   8.25
// expect: Subtotal:                  22.24
// expect: Tax:                        1.83
// expect: Total:                     24.07
// expect: Change: 5.925199999999997
// expect: Quarters: 23, remaining cents: 18
