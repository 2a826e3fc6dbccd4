public class Main {
    public static void main(String[] args) {
        float f = 1;
        System.out.println(f);
    }
}
// error: 3:9: float is not supported in this Java subset (double is)
