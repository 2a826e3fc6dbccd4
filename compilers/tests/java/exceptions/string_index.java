public class Main {
    public static void main(String[] args) {
        String s = "abc";
        try {
            System.out.println(s.charAt(3));
        } catch (StringIndexOutOfBoundsException e) {
            System.out.println(e.getMessage());
        }
        try {
            System.out.println(s.substring(2, 1));
        } catch (IndexOutOfBoundsException e) {
            System.out.println(e.getMessage());
        }
        System.out.println(s.substring(4));
    }
}
// expect: String index out of range: 3
// expect: begin 2, end 1, length 3
// expect runtime error: trap 4
// expect stderr: at Main.main(string_index.java:14)
// expect exit: 1
