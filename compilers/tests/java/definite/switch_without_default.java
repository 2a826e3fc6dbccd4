public class Main {
    public static void main(String[] args) {
        int s;
        switch (args.length) { case 0: s = 1; break; case 1: s = 2; }
        System.out.println(s);
    }
}
// error: 5:28: variable s might not have been initialized
