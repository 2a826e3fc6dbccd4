import java.util.ArrayList;
import java.util.List;

public class Main {
    public static void main(String[] args) {
        Report r = new Sales();
        System.out.println(r.render());
        System.out.println(Report.banner("end"));
        List<Report> rs = new ArrayList<>();
        rs.add(r);
        rs.add(() -> 7);
        for (Report x : rs) System.out.println(x.render());
    }
}

interface Report {
    int total();

    private String line(String key, int value) {
        return key + ": " + value;
    }

    default String render() {
        return banner(line("total", total()));
    }

    static String banner(String s) {
        return "[" + s + "]";
    }
}

class Sales implements Report {
    public int total() { return 42; }
}
// expect: [total: 42]
// expect: [end]
// expect: [total: 42]
// expect: [total: 7]
