import java.util.*;

public class Main {
    public static void main(String[] args) {
        Deque<Integer> stack = new ArrayDeque<>();
        for (int i = 1; i <= 20; i++) {
            stack.push(i);
        }
        System.out.println(stack.peek() + " " + stack.size() + " " + stack.pop() + " " + stack.pop());
        System.out.println(stack);
        Queue<String> queue = new LinkedList<>();
        queue.offer("a");
        queue.offer("b");
        queue.add("c");
        System.out.println(queue.peek() + " " + queue.poll() + " " + queue + " " + queue.size());
        LinkedList<Integer> list = new LinkedList<>();
        list.add(3);
        list.addFirst(1);
        list.addLast(9);
        list.add(1, 2);
        System.out.println(list + " " + list.getFirst() + " " + list.getLast() + " " + list.get(2));
        System.out.println(list.removeFirst() + " " + list.removeLast() + " " + list + " " + list.indexOf(3));
        ArrayDeque<Character> chars = new ArrayDeque<>();
        String text = "([]{()})";
        boolean ok = true;
        for (char c : text.toCharArray()) {
            if (c == '(' || c == '[' || c == '{') {
                chars.push(c);
            } else {
                char open = chars.pop();
                if ((c == ')' && open != '(') || (c == ']' && open != '[') || (c == '}' && open != '{')) {
                    ok = false;
                }
            }
        }
        System.out.println("balanced: " + (ok && chars.isEmpty()));
        Deque<Integer> d = new ArrayDeque<>();
        d.offerFirst(2);
        d.offerLast(3);
        d.offerFirst(1);
        System.out.println(d + " " + d.peekFirst() + " " + d.peekLast() + " " + d.pollLast() + " " + d.pollFirst() + " " + d);
        Stack<String> s = new Stack<>();
        s.push("x");
        s.push("y");
        System.out.println(s + " " + s.peek() + " " + s.pop() + " " + s.empty());
        Queue<Integer> empty = new ArrayDeque<>();
        System.out.println(empty.poll() + " " + empty.peek());
        try {
            new ArrayDeque<Integer>().pop();
        } catch (NoSuchElementException e) {
            System.out.println("empty deque: " + e);
        }
    }
}
// expect: 20 20 20 19
// expect: [18, 17, 16, 15, 14, 13, 12, 11, 10, 9, 8, 7, 6, 5, 4, 3, 2, 1]
// expect: a a [b, c] 2
// expect: [1, 2, 3, 9] 1 9 3
// expect: 1 9 [2, 3] 1
// expect: balanced: true
// expect: [1, 2, 3] 1 3 3 1 [2]
// expect: [x, y] y y false
// expect: null null
// expect: empty deque: java.util.NoSuchElementException
