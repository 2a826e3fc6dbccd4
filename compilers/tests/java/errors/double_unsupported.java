public class Main {
    public static void main(String[] args) {
        double d = 1;
        System.out.println(d);
    }
}
// error: 3:9: double (binary64) is not supported in this Java subset yet
