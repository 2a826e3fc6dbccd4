import java.util.*;

public class Main {
    public static void main(String[] args) {
        String text = "it was the best of times it was the worst of times it was the age of wisdom "
            + "it was the age of foolishness it was the epoch of belief it was the epoch of incredulity "
            + "it was the season of light it was the season of darkness we had everything before us";
        Map<String, Integer> counts = new HashMap<>();
        for (String w : text.split(" ")) counts.merge(w, 1, Integer::sum);
        System.out.println(counts);
        Map<Integer, List<String>> byLength = new HashMap<>();
        for (String w : text.split(" ")) {
            List<String> l = byLength.computeIfAbsent(w.length(), k -> new ArrayList<>());
            if (!l.contains(w)) l.add(w);
        }
        System.out.println(byLength);
        Map<Character, Integer> letters = new HashMap<>();
        for (char c : text.toCharArray()) if (c != ' ') letters.merge(c, 1, Integer::sum);
        System.out.println(letters);
        Map<String, Integer> mixed = new HashMap<>();
        for (int i = 0; i < 30; i++) {
            String k = "k" + (i * 7 % 23);
            if (i % 3 == 0) mixed.put(k, i); else mixed.merge(k, i, (a, b) -> a + b);
        }
        System.out.println(mixed);
        Set<String> seen = new HashSet<>(Arrays.asList(text.split(" ")));
        System.out.println(seen);
    }
}
// expect: {before=1, was=8, had=1, epoch=2, best=1, it=8, we=1, wisdom=1, the=8, incredulity=1, times=2, foolishness=1, light=1, of=8, season=2, worst=1, everything=1, darkness=1, belief=1, us=1, age=2}
// expect: {2=[it, of, we, us], 3=[was, the, age, had], 4=[best], 5=[times, worst, epoch, light], 6=[wisdom, belief, season, before], 8=[darkness], 10=[everything], 11=[foolishness, incredulity]}
// expect: {a=14, b=3, c=3, d=4, e=27, f=11, g=4, h=14, i=17, k=1, l=4, m=3, n=6, o=17, p=2, r=5, s=23, t=23, u=2, v=1, w=11, y=2}
// expect: {k0=23, k1=10, k2=20, k20=16, k3=7, k4=17, k22=13, k5=27, k11=18, k6=14, k10=8, k21=29, k7=24, k13=15, k8=11, k12=33, k15=12, k9=21, k14=27, k17=9, k16=22, k19=35, k18=19}
// expect: [before, had, incredulity, foolishness, season, darkness, us, it, light, worst, best, epoch, we, wisdom, times, of, everything, belief, was, the, age]
