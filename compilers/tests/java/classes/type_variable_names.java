// Classes named as the library's type variables (enum E, class K<V>, a local class T) are the program's
// own: the generic library code they are used with keeps its E, K, V and T, and java's names are kept.
import java.util.*;
import java.util.stream.*;

public class Main {
    enum E { ONE, TWO }

    static class K<V> implements Comparable<K<V>> {
        final V v;
        final int rank;

        K(V v, int rank) {
            this.v = v;
            this.rank = rank;
        }

        public int compareTo(K<V> o) {
            return Integer.compare(rank, o.rank);
        }

        public String toString() {
            return "K(" + v + ")";
        }
    }

    public static void main(String[] args) {
        class T {
            int twice(int x) {
                if (x < 0) {
                    throw new IllegalArgumentException("negative");
                }
                return 2 * x;
            }
        }
        List<K<String>> ks = new ArrayList<>(List.of(new K<>("b", 2), new K<>("a", 1)));
        Collections.sort(ks);
        System.out.println(ks + " " + ks.stream().map(k -> k.v).collect(Collectors.joining("+")));
        Map<E, Integer> m = new TreeMap<>();
        m.put(E.TWO, 2);
        m.put(E.ONE, 1);
        System.out.println(m + " " + new T().twice(4) + " " + new T().getClass().getName() + " " + E.ONE.getClass().getName());
        System.out.println(Arrays.stream(E.values()).map(E::name).collect(Collectors.toList()));
        try {
            E.valueOf("THREE");
        } catch (IllegalArgumentException e) {
            System.out.println(e.getMessage());
        }
        new T().twice(-1);
    }
}
// expect: [K(a), K(b)] a+b
// expect: {ONE=1, TWO=2} 8 Main$1T Main$E
// expect: [ONE, TWO]
// expect: No enum constant Main.E.THREE
// expect runtime error: trap 4
// expect stderr: at Main.main(type_variable_names.java:49)
// expect exit: 1
