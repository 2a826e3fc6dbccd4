public class Main {
    public static void main(String[] args) {
        System.out.println("start");
        throw new Problem();
    }
}

class Problem extends Exception { }
// error: 4:9: unreported exception Problem; must be caught or declared to be thrown
