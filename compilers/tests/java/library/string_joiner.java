import java.util.List;
import java.util.StringJoiner;

public class Main {
    public static void main(String[] args) {
        StringJoiner sj = new StringJoiner(", ", "[", "]");
        System.out.println(sj + " " + sj.length());
        sj.setEmptyValue("EMPTY");
        System.out.println(sj + " " + sj.length());
        sj.add("ada").add("charles");
        System.out.println(sj + " " + sj.length());
        StringJoiner plain = new StringJoiner("-");
        for (String w : List.of("a", "b", "c")) {
            plain.add(w);
        }
        plain.add(null);
        System.out.println(plain.toString());
        StringJoiner one = new StringJoiner("|", "<", ">").setEmptyValue("none");
        System.out.println(one);
        one.add("");
        System.out.println(one);
    }
}
// expect: [] 2
// expect: EMPTY 5
// expect: [ada, charles] 14
// expect: a-b-c-null
// expect: none
// expect: <>
