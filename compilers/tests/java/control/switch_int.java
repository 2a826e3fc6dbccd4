public class Main {
    static String day(int d) {
        String name;
        switch (d) {
            case 1: name = "Mon"; break;
            case 2: name = "Tue"; break;
            case 3: name = "Wed"; break;
            case 6:
            case 7: name = "Weekend"; break;
            default: name = "?";
        }
        return name;
    }

    public static void main(String[] args) {
        for (int d = 0; d <= 8; d++) System.out.print(day(d) + " ");
        System.out.println();
        int x = 2, total = 0;
        switch (x) {
            case 1: total += 1;
            case 2: total += 2;
            case 3: total += 3;
            default: total += 100;
        }
        System.out.println(total);
        switch (-5) {
            case -5: System.out.println("minus five");
        }
        char c = 'b';
        switch (c) {
            case 'a' -> System.out.println("A");
            case 'b', 'c' -> System.out.println("B or C");
            default -> System.out.println("other");
        }
    }
}
// expect: ? Mon Tue Wed ? ? Weekend Weekend ? 
// expect: 105
// expect: minus five
// expect: B or C
