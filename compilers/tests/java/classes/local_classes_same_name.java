// Local classes of the same name in different methods (and one shadowing a nested class) are each
// their own class, with java's binary names (Main$1Step, Main$2Step) in getName() and a stack trace.
import java.util.*;

public class Main {
    static class Step {
        String describe() {
            return "nested step";
        }
    }

    static String first() {
        class Step {
            final int n;

            Step(int n) {
                this.n = n;
            }

            String describe() {
                return "first step " + n;
            }
        }
        List<Step> steps = new ArrayList<>();
        for (int i = 1; i <= 2; i++) {
            steps.add(new Step(i));
        }
        StringBuilder out = new StringBuilder();
        for (Step s : steps) {
            out.append(s.describe()).append("; ");
        }
        return out + new Step(0).getClass().getName() + " " + new Step(0).getClass().getSimpleName();
    }

    static String second(String label) {
        class Step implements Comparable<Step> {
            final String name;

            Step(String name) {
                this.name = name;
            }

            public int compareTo(Step other) {
                return name.compareTo(other.name);
            }

            String describe() {
                if (name.isEmpty()) {
                    throw new IllegalStateException("unnamed step");
                }
                return label + ":" + name;
            }
        }
        List<Step> steps = new ArrayList<>(List.of(new Step("b"), new Step("a")));
        Collections.sort(steps);
        String text = steps.get(0).describe() + "," + steps.get(1).describe();
        if (label.equals("boom")) {
            new Step("").describe();
        }
        return text + " " + steps.get(0).getClass().getName();
    }

    public static void main(String[] args) {
        System.out.println(first());
        System.out.println(second("x"));
        System.out.println(new Step().describe() + " " + new Step().getClass().getName());
        System.out.println(second("boom"));
    }
}
// expect: first step 1; first step 2; Main$1Step Step
// expect: x:a,x:b Main$2Step
// expect: nested step Main$Step
// expect runtime error: trap 4
// expect stderr: at Main.main(local_classes_same_name.java:67)
// expect exit: 1
