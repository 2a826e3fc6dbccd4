public class Main {
    String name;

    public static void main(String[] args) {
        Main m = null;
        try {
            System.out.println(m.name);
        } catch (NullPointerException e) {
            System.out.println("field of null");
        }
        int[] arr = null;
        try {
            arr[0] = 1;
        } catch (NullPointerException e) {
            System.out.println("index of null");
        }
        try {
            System.out.println(arr.length);
        } catch (RuntimeException e) {
            System.out.println("length of null");
        }
        String s = null;
        try {
            s.length();
        } catch (Exception e) {
            System.out.println("method of null");
        }
    }
}
// expect: field of null
// expect: index of null
// expect: length of null
// expect: method of null
