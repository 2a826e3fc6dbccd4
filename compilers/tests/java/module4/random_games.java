import java.util.*;

public class Main {
    public static void main(String[] args) {
        Random rnd = new Random(2024);
        int[] dice = new int[7];
        for (int i = 0; i < 300; i++) dice[1 + rnd.nextInt(6)]++;
        System.out.println(Arrays.toString(dice));
        List<Integer> deck = new ArrayList<>();
        for (int i = 1; i <= 10; i++) deck.add(i);
        Collections.shuffle(deck, new Random(7));
        System.out.println(deck);
        System.out.println(rnd.nextDouble() + " " + rnd.nextBoolean() + " " + rnd.nextLong() + " " + rnd.nextInt() + " " + rnd.nextInt(5, 10));
        Map<String, Integer> scores = new TreeMap<>();
        String[] players = {"ann", "bob", "cy"};
        for (int round = 0; round < 5; round++)
            for (String p : players) scores.merge(p, rnd.nextInt(100), Integer::sum);
        for (Map.Entry<String, Integer> e : scores.entrySet()) e.setValue(e.getValue() / 5);
        System.out.println(scores);
        String winner = Collections.max(scores.entrySet(), Map.Entry.comparingByValue()).getKey();
        System.out.println("winner " + winner);
        List<Map.Entry<String, Integer>> es = new ArrayList<>(scores.entrySet());
        es.sort(Map.Entry.<String, Integer>comparingByValue().reversed());
        System.out.println(es);
        char[] pw = new char[12];
        String pool = "ABCDEFGHJKMNPQRSTUVWXYZabcdefghijkmnpqrstuvwxyz23456789";
        Random r2 = new Random(99);
        for (int i = 0; i < pw.length; i++) pw[i] = pool.charAt(r2.nextInt(pool.length()));
        System.out.println(new String(pw));
        int inside = 0;
        Random r3 = new Random(1);
        for (int i = 0; i < 400; i++) { double x = r3.nextDouble(), y = r3.nextDouble(); if (x * x + y * y <= 1) inside++; }
        System.out.printf("pi ~ %.4f%n", 4.0 * inside / 400);
        System.out.println(r3.nextGaussian());
        List<String> names = new ArrayList<>(List.of("delta", "alpha", "charlie", "bravo"));
        Collections.shuffle(names, new Random(3));
        System.out.println(names + " " + Collections.binarySearch(List.of(1, 3, 5, 7), 5) + " " + Collections.binarySearch(List.of(1, 3, 5, 7), 4));
        Collections.rotate(names, 1);
        System.out.println(names);
        List<Integer> filled = new ArrayList<>(Collections.nCopies(4, 0));
        Collections.fill(filled, 7);
        System.out.println(filled + " " + Collections.disjoint(List.of(1, 2), List.of(3)) + " " + Collections.emptyMap() + " " + Collections.singletonList("one"));
        int secret = new Random(42).nextInt(100) + 1;
        int lo = 1, hi = 100, guesses = 0;
        while (true) {
            int g = (lo + hi) >>> 1;
            guesses++;
            if (g == secret) break;
            if (g < secret) lo = g + 1; else hi = g - 1;
        }
        System.out.println("found " + secret + " in " + guesses);
    }
}
// expect: [0, 57, 50, 49, 44, 43, 57]
// expect: [1, 2, 10, 4, 8, 5, 9, 6, 3, 7]
// expect: 0.22755195588253319 false -2904661774007060512 285964423 6
// expect: {ann=63, bob=53, cy=36}
// expect: winner ann
// expect: [ann=63, bob=53, cy=36]
// expect: 2wmzAqgNyxkR
// expect: pi ~ 3.0600
// expect: -0.23450952016421212
// expect: [alpha, delta, bravo, charlie] 2 -3
// expect: [charlie, alpha, delta, bravo]
// expect: [7, 7, 7, 7] true {} [one]
// expect: found 31 in 4
