import java.util.ArrayList;

public class Main {
    public static void main(String[] args) {
        ArrayList<Integer> xs = new ArrayList<>();
    }
}
// error: 5:9: generic types (ArrayList<Integer>) are not supported in this Java subset
// error: 5:37: generic types (ArrayList<>) are not supported in this Java subset
