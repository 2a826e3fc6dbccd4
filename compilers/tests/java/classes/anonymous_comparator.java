import java.util.*;

public class Main {
    record Player(String name, int score) {}

    interface Action {
        void perform(int times);
    }

    public static void main(String[] args) {
        List<Player> players = new ArrayList<>();
        players.add(new Player("Ada", 30));
        players.add(new Player("Linus", 45));
        players.add(new Player("Grace", 30));
        players.add(new Player("Alan", 12));

        // by score, highest first, then by name
        Collections.sort(players, new Comparator<Player>() {
            @Override
            public int compare(Player a, Player b) {
                if (a.score() != b.score()) {
                    return Integer.compare(b.score(), a.score());
                }
                return a.name().compareTo(b.name());
            }
        });
        for (Player p : players) {
            System.out.println(p.name() + " " + p.score());
        }

        String greeting = "Hello";
        int limit = 2;
        Runnable hello = new Runnable() {
            @Override
            public void run() {
                for (int i = 0; i < limit; i++) {
                    System.out.println(greeting + " " + i);
                }
            }
        };
        hello.run();

        Action counter = new Action() {
            private int total = 0;

            public void perform(int times) {
                total += times;
                System.out.println("total now " + total);
            }
        };
        counter.perform(3);
        counter.perform(4);

        Comparator<String> byLength = new Comparator<>() {
            public int compare(String a, String b) {
                return a.length() - b.length();
            }
        };
        List<String> words = new ArrayList<>(List.of("pear", "fig", "banana", "kiwi"));
        words.sort(byLength);
        System.out.println(words);
        System.out.println(new Object() {
            @Override
            public String toString() {
                return "an object with " + players.size() + " players in view";
            }
        });
    }
}
// expect: Linus 45
// expect: Ada 30
// expect: Grace 30
// expect: Alan 12
// expect: Hello 0
// expect: Hello 1
// expect: total now 3
// expect: total now 7
// expect: [fig, pear, kiwi, banana]
// expect: an object with 4 players in view
