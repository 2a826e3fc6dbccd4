public class Main {
    static int[] squares = new int[5];
    static {
        for (int i = 0; i < squares.length; i++) squares[i] = i * i;
    }

    public static void main(String[] args) {
        for (int s : squares) System.out.print(s + " ");
        System.out.println();
    }
}
// expect: 0 1 4 9 16 
