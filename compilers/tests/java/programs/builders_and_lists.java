import java.util.*;

public class Main {
    public static void main(String[] args) {
        StringBuilder sb = new StringBuilder("hello");
        sb.insert(0, "[").append(']');
        sb.setCharAt(1, 'H');
        sb.deleteCharAt(sb.length() - 1);
        System.out.println(sb + " " + sb.indexOf("l"));
        sb.setLength(3);
        System.out.println(sb);
        System.out.println(Integer.toBinaryString(10) + " " + Integer.toHexString(255) + " " + Integer.valueOf(7));
        System.out.println(Character.getNumericValue('7') + " " + (char) ('a' + 2) + " " + Integer.MAX_VALUE / 2);
        List<Integer> xs = new ArrayList<>(List.of(5, 1, 4));
        xs.add(0, 9);
        System.out.println(xs + " " + xs.indexOf(4) + " " + xs.contains(1) + " " + xs.subList(1, 3));
        Collections.reverse(xs);
        System.out.println(xs);
        int[][] grid = new int[2][3];
        grid[1][2] = 5;
        System.out.println(Arrays.toString(grid[1]));
        String s = "a,b,,c,";
        System.out.println(Arrays.toString(s.split(",")) + " " + s.split(",").length);
        System.out.println(String.valueOf(new char[] {'o', 'k'}) + " " + "Zebra".compareTo("apple"));
        long big = 1L << 40;
        System.out.println(big + " " + Long.MAX_VALUE + " " + (int) big);
        System.out.println(Math.abs(-7) + " " + Math.max(3, 9));
        List<Integer> nums = new ArrayList<>(List.of(1, 2, 3, 4, 5, 6));
        nums.subList(1, 3).clear();
        System.out.println(nums + " " + Integer.toBinaryString(-8).length() + " " + Integer.toOctalString(8));
        sb.replace(0, 1, "<<").delete(0, 1);
        System.out.println(sb);
        sb.deleteCharAt(10);
    }
}
// expect: [Hello 3
// expect: [He
// expect: 1010 ff 7
// expect: 7 c 1073741823
// expect: [9, 5, 1, 4] 3 true [5, 1]
// expect: [4, 1, 5, 9]
// expect: [0, 0, 5]
// expect: [a, b, , c] 4
// expect: ok -7
// expect: 1099511627776 9223372036854775807 0
// expect: 7 9
// expect: [1, 4, 5, 6] 32 10
// expect: <He
// expect runtime error: trap 4
// expect stderr: at Main.main(builders_and_lists.java:33)
// expect exit: 1
