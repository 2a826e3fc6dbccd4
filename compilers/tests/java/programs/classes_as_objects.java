// Expected output: java 17's (java classes_as_objects.java).
import java.util.*;
import java.util.stream.*;
import java.util.function.Function;

public class Main {
    static class A {} static class B extends A {}
    public static void main(String[] args) {
        Map<Class<?>, String> names = new HashMap<>();
        names.put(A.class, "a");
        names.put(B.class, "b");
        System.out.println(names.get(A.class) + names.get(new B().getClass()) + names.size());
        Set<Class<?>> seen = new HashSet<>();
        for (Object o : List.of(new A(), new B(), new A(), "s", 3)) seen.add(o.getClass());
        System.out.println(seen.size());
        System.out.println(new A().getClass().equals(A.class) + " " + (new B().getClass() == B.class));
        Map<Class<?>, Integer> count = new HashMap<>();
        for (Object o : List.of(new A(), new B(), new A())) count.merge(o.getClass(), 1, Integer::sum);
        System.out.println(count.get(A.class) + " " + count.get(B.class));
        List<Object> things = new ArrayList<>(List.of(A.class, "A", B.class));
        System.out.println(things + " " + things.contains(B.class) + " " + things.indexOf(B.class) + " " + "x".equals(A.class));
        Map<Class<?>, Integer> tm = new LinkedHashMap<>();
        tm.put(B.class, 1); tm.put(A.class, 2); tm.put(B.class, 3);
        System.out.println(tm);
        Object o = A.class;
        System.out.println(o + " " + o.equals(A.class) + " " + (o.hashCode() == A.class.hashCode()));
    }
}

// expect: ab2
// expect: 4
// expect: true true
// expect: 2 1
// expect: [class Main$A, A, class Main$B] true 2 false
// expect: {class Main$B=3, class Main$A=2}
// expect: class Main$A true true
