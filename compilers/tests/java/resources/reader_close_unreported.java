import java.io.*;

public class Main {
    public static void main(String[] args) {
        try (BufferedReader in = new BufferedReader(new InputStreamReader(System.in))) {
            System.out.println("x");
        }
    }
}
// error: 5:29: unreported exception IOException; must be caught or declared to be thrown
