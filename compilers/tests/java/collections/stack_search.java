import java.util.*;

// Stack (java.util's, a list): push pop peek empty and search, the 1-based distance from the top.
public class Main {
    public static void main(String[] args) {
        Stack<String> plates = new Stack<>();
        for (String p : "red blue green blue white".split(" ")) {
            plates.push(p);
        }
        System.out.println(plates + " top=" + plates.peek());
        System.out.println(plates.search("white") + " " + plates.search("blue") + " " + plates.search("red") + " " + plates.search("black"));
        plates.pop();
        System.out.println(plates.search("blue") + " " + plates.size() + " " + plates.empty());
        Stack<Integer> nums = new Stack<>();
        nums.push(1000);
        System.out.println(nums.search(1000) + " " + nums.search(7));
    }
}
// expect: [red, blue, green, blue, white] top=white
// expect: 1 2 5 -1
// expect: 1 4 false
// expect: 1 -1
