import java.util.*;

public class Main {
    interface Command {
        String run(Deque<Integer> stack);
    }

    public static void main(String[] args) {
        Scanner in = new Scanner(System.in);
        Deque<Integer> stack = new ArrayDeque<>();
        Map<String, Command> commands = new HashMap<>();
        commands.put("add", s -> {
            s.push(s.pop() + s.pop());
            return "ok";
        });
        commands.put("dup", s -> {
            s.push(s.peek());
            return "ok";
        });
        commands.put("show", new Command() {
            @Override
            public String run(Deque<Integer> s) {
                return s.toString();
            }
        });
        int lineNo = 0;
        while (in.hasNextLine()) {
            String line = in.nextLine().trim();
            lineNo++;
            if (line.isEmpty() || line.startsWith("#")) {
                continue;
            }
            String[] words = line.split("\\s+");
            try {
                if (words[0].equals("push")) {
                    for (int i = 1; i < words.length; i++) {
                        stack.push(Integer.parseInt(words[i]));
                    }
                    System.out.println(lineNo + ": pushed " + (words.length - 1));
                } else if (commands.containsKey(words[0])) {
                    System.out.println(lineNo + ": " + commands.get(words[0]).run(stack));
                } else {
                    System.out.println(lineNo + ": unknown command '" + words[0] + "'");
                }
            } catch (NumberFormatException e) {
                System.out.println(lineNo + ": " + e.getMessage());
            } catch (NoSuchElementException e) {
                System.out.println(lineNo + ": stack empty");
            }
        }
        System.out.println("final " + stack);
    }
}
// stdin: push 3 4
// stdin: add
// stdin: # a comment
// stdin: dup
// stdin: show
// stdin: push x
// stdin: pop
// stdin:
// stdin: add
// stdin: add
// stdin: show
// expect: 1: pushed 2
// expect: 2: ok
// expect: 4: ok
// expect: 5: [7, 7]
// expect: 6: For input string: "x"
// expect: 7: unknown command 'pop'
// expect: 9: ok
// expect: 10: stack empty
// expect: 11: []
// expect: final []
