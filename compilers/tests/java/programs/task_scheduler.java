import java.util.*;

public class Main {
    static class Task implements Comparable<Task> {
        final String name;
        final int priority;
        final int order;
        static int created = 0;

        Task(String name, int priority) {
            this.name = name;
            this.priority = priority;
            this.order = created++;
        }

        @Override
        public int compareTo(Task o) {
            if (priority != o.priority) {
                return Integer.compare(o.priority, priority);
            }
            return Integer.compare(order, o.order);
        }

        @Override
        public String toString() {
            return name + "(" + priority + ")";
        }
    }

    public static void main(String[] args) {
        PriorityQueue<Task> queue = new PriorityQueue<>();
        queue.add(new Task("email", 2));
        queue.add(new Task("deploy", 5));
        queue.offer(new Task("lunch", 1));
        queue.add(new Task("review", 5));
        queue.add(new Task("call", 3));
        System.out.println(queue);
        queue.remove(queue.peek());
        System.out.println(queue + " " + queue.contains(new Task("x", 1)));
        System.out.println("next: " + queue.peek() + ", size " + queue.size());
        while (!queue.isEmpty()) {
            System.out.println("doing " + queue.poll());
        }
        PriorityQueue<Integer> minHeap = new PriorityQueue<>(List.of(7, 3, 9, 1, 4));
        System.out.println(minHeap);
        PriorityQueue<Integer> maxHeap = new PriorityQueue<>(Collections.reverseOrder());
        maxHeap.addAll(minHeap);
        StringBuilder sb = new StringBuilder();
        while (!minHeap.isEmpty()) {
            sb.append(minHeap.poll()).append(' ');
        }
        System.out.println(sb.toString().trim());
        System.out.println(maxHeap.poll() + " " + maxHeap.poll());
        System.out.println(new PriorityQueue<Integer>().poll());
    }
}
// expect: [deploy(5), review(5), lunch(1), email(2), call(3)]
// expect: [review(5), call(3), lunch(1), email(2)] false
// expect: next: review(5), size 4
// expect: doing review(5)
// expect: doing call(3)
// expect: doing email(2)
// expect: doing lunch(1)
// expect: [1, 3, 9, 7, 4]
// expect: 1 3 4 7 9
// expect: 9 7
// expect: null
