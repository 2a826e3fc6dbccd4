import java.util.ArrayList;
import java.util.List;

public class Main {
    public static void main(String[] args) {
        List<String> names = new ArrayList<>();
        names.add(5);
        List<Integer> numbers = new ArrayList<String>();
        String first = numbers.get(0);
    }
}
// error: 7:19: incompatible types: int cannot be converted to String
// error: 8:33: incompatible types: ArrayList<String> cannot be converted to List<Integer>
// error: 9:35: incompatible types: Integer cannot be converted to String
