import java.util.List;
import java.util.ArrayList;

public class Main {
    public static void main(String[] args) {
        List<int> xs = new ArrayList<>();
        System.out.println(xs);
    }
}
// error: 6:14: unexpected type
