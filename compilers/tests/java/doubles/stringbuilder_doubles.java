public class Main {
    public static void main(String[] args) {
        StringBuilder sb = new StringBuilder();
        for (int i = 1; i <= 5; i++) {
            sb.append(1.0 / i);
            if (i < 5) {
                sb.append(", ");
            }
        }
        System.out.println(sb.toString());
        String row = "";
        for (double x = 0.5; x < 3; x += 0.5) {
            row += x * x + " ";
        }
        System.out.println(row.trim());
        System.out.println(String.valueOf(1e-7).length());
        System.out.println(Double.toString(100).equals("100.0"));
    }
}
// Expected: java 17's (OpenJDK) output for this program, checked by running it.
// expect: 1.0, 0.5, 0.3333333333333333, 0.25, 0.2
// expect: 0.25 1.0 2.25 4.0 6.25
// expect: 6
// expect: true
