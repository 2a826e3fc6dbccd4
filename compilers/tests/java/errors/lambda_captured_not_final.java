import java.util.List;

public class Main {
    public static void main(String[] args) {
        int count = 0;
        List<Integer> xs = List.of(1, 2, 3);
        xs.forEach(x -> count += x);
        System.out.println(count);
    }
}
// error: 7:25: local variables referenced from a lambda expression must be final or effectively final
