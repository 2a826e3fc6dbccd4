import java.util.*;

public class Main {
    static Integer counter = 0;
    Double field = 0.5;

    public static void main(String[] args) {
        Double total = 0.0;
        double[] xs = {1.5, 2.25, 3.0};
        for (double x : xs) {
            total += x;
        }
        System.out.println(total);
        Integer n = 10;
        n += 5;
        n -= 1;
        n *= 2;
        System.out.println(n);
        Integer before = n++;
        System.out.println(before + " " + n + " " + ++n + " " + n--);
        Double d = 1.5;
        d++;
        System.out.println(d + " " + (d *= 2));
        counter++;
        counter += 100;
        System.out.println(counter);
        Main m = new Main();
        m.field += 1;
        m.field++;
        System.out.println(m.field);
        Integer[] boxes = {1, 2, 3};
        boxes[1] += 40;
        boxes[2]++;
        System.out.println(Arrays.toString(boxes));
        Long big = 1L;
        big <<= 40;
        System.out.println(big);
        Boolean flag = true;
        flag &= false;
        System.out.println(flag);
        Integer a = 127, b = 127;
        a++;
        b++;
        System.out.println(a == b);
        Integer nothing = null;
        try {
            nothing++;
        } catch (NullPointerException e) {
            System.out.println("NPE");
        }
        List<Integer> list = new ArrayList<>(List.of(5, 6));
        Integer x = list.get(0);
        x += list.get(1);
        System.out.println(x);
    }
}
// Expected: java 17's (OpenJDK) output for this program, checked by running it.
// expect: 6.75
// expect: 28
// expect: 28 29 30 30
// expect: 2.5 5.0
// expect: 101
// expect: 2.5
// expect: [1, 42, 4]
// expect: 1099511627776
// expect: false
// expect: false
// expect: NPE
// expect: 11
