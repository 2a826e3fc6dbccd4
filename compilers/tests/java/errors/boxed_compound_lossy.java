public class Main {
    public static void main(String[] args) {
        Integer i = 0;
        i += 1.5;
        System.out.println(i);
    }
}
// error: 4:14: incompatible types: double cannot be converted to Integer
