// An order's life as a state machine: an enum of states with allowed transitions, commands read as
// strings and dispatched by a switch on strings, a checked exception for refused transitions, and a
// log kept in an ArrayDeque.
import java.util.*;

public class Main {
    static class TransitionException extends Exception {
        TransitionException(String message) {
            super(message);
        }
    }

    enum State {
        NEW, PAID, SHIPPED, DELIVERED, CANCELLED;

        boolean canMoveTo(State next) {
            return switch (this) {
                case NEW -> next == PAID || next == CANCELLED;
                case PAID -> next == SHIPPED || next == CANCELLED;
                case SHIPPED -> next == DELIVERED;
                case DELIVERED, CANCELLED -> false;
            };
        }

        boolean isFinal() {
            return this == DELIVERED || this == CANCELLED;
        }
    }

    static class Order {
        private static int nextId = 100;
        final int id;
        private State state = State.NEW;
        private final Deque<String> log = new ArrayDeque<>();

        Order() {
            id = nextId++;
            log.push("created");
        }

        void move(State next) throws TransitionException {
            if (!state.canMoveTo(next)) {
                throw new TransitionException("order " + id + ": " + state + " -> " + next + " not allowed");
            }
            log.push(state + "->" + next);
            state = next;
        }

        State state() {
            return state;
        }

        String lastEvents(int n) {
            List<String> out = new ArrayList<>();
            Iterator<String> it = log.iterator();
            while (it.hasNext() && out.size() < n) {
                out.add(it.next());
            }
            return out.toString();
        }
    }

    static State commandTarget(String command) {
        switch (command.toLowerCase()) {
            case "pay":
                return State.PAID;
            case "ship":
            case "send":
                return State.SHIPPED;
            case "deliver":
                return State.DELIVERED;
            case "cancel":
                return State.CANCELLED;
            default:
                throw new IllegalArgumentException("unknown command: " + command);
        }
    }

    public static void main(String[] args) {
        Map<Integer, Order> orders = new TreeMap<>();
        for (int i = 0; i < 3; i++) {
            Order o = new Order();
            orders.put(o.id, o);
        }
        String script = "100 pay;101 cancel;100 SHIP;102 deliver;101 pay;100 deliver;102 refund;103 pay;102 Pay;102 send";
        for (String step : script.split(";")) {
            String[] parts = step.split(" ");
            int id = Integer.parseInt(parts[0]);
            try {
                Order o = orders.get(id);
                if (o == null) {
                    throw new NoSuchElementException("no order " + id);
                }
                o.move(commandTarget(parts[1]));
                System.out.println(id + " is now " + o.state());
            } catch (TransitionException e) {
                System.out.println("refused: " + e.getMessage());
            } catch (IllegalArgumentException | NoSuchElementException e) {
                System.out.println("error: " + e.getMessage() + " (" + e.getClass().getSimpleName() + ")");
            }
        }
        Map<State, Integer> tally = new EnumMap<>(State.class);
        for (Order o : orders.values()) {
            tally.merge(o.state(), 1, Integer::sum);
            System.out.println(o.id + " " + o.state() + (o.state().isFinal() ? " (final) " : " ") + o.lastEvents(2));
        }
        System.out.println(tally);
        int open = 0;
        for (State s : State.values()) {
            if (!s.isFinal()) {
                open += tally.getOrDefault(s, 0);
            }
        }
        System.out.println(open + " open");
    }
}
// expect: 100 is now PAID
// expect: 101 is now CANCELLED
// expect: 100 is now SHIPPED
// expect: refused: order 102: NEW -> DELIVERED not allowed
// expect: refused: order 101: CANCELLED -> PAID not allowed
// expect: 100 is now DELIVERED
// expect: error: unknown command: refund (IllegalArgumentException)
// expect: error: no order 103 (NoSuchElementException)
// expect: 102 is now PAID
// expect: 102 is now SHIPPED
// expect: 100 DELIVERED (final) [SHIPPED->DELIVERED, PAID->SHIPPED]
// expect: 101 CANCELLED (final) [NEW->CANCELLED, created]
// expect: 102 SHIPPED [PAID->SHIPPED, NEW->PAID]
// expect: {SHIPPED=1, DELIVERED=1, CANCELLED=1}
// expect: 1 open
