public class Main {
    enum Light {
        RED(30), GREEN(25), AMBER(5);

        final int seconds;

        Light(int seconds) {
            this.seconds = seconds;
        }

        Light next() {
            return switch (this) {
                case RED -> GREEN;
                case GREEN -> AMBER;
                case AMBER -> RED;
            };
        }

        boolean stop() {
            return this != GREEN;
        }
    }

    public static void main(String[] args) {
        Light l = Light.RED;
        int clock = 0;
        StringBuilder trace = new StringBuilder();
        for (int i = 0; i < 7; i++) {
            trace.append(l.name().charAt(0));
            clock += l.seconds;
            l = l.next();
        }
        System.out.println(trace + " " + clock + " " + l + " " + l.stop());
        int stops = 0;
        for (Light x : Light.values()) {
            if (x.stop()) {
                stops++;
            }
            String kind = switch (x) {
                case RED, AMBER -> "halt";
                default -> "go";
            };
            System.out.println(x.ordinal() + " " + x + " " + kind + " " + x.seconds);
        }
        System.out.println(stops + " " + Light.valueOf("AMBER").next());
    }
}
// expect: RGARGAR 150 GREEN false
// expect: 0 RED halt 30
// expect: 1 GREEN go 25
// expect: 2 AMBER halt 5
// expect: 2 RED
