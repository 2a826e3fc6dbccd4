import java.util.*;

public class Main {
    public static void main(String[] args) {
        List<? extends Object> xs = new ArrayList<? extends Object>();
        System.out.println(xs);
    }
}
// error: 5:50: unexpected type
