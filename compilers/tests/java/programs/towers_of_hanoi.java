public class Main {
    static int moves = 0;

    static void hanoi(int n, char from, char to, char via) {
        if (n == 0) return;
        hanoi(n - 1, from, via, to);
        moves++;
        if (n >= 3) System.out.println("move disk " + n + " from " + from + " to " + to);
        hanoi(n - 1, via, to, from);
    }

    public static void main(String[] args) {
        hanoi(4, 'A', 'C', 'B');
        System.out.println(moves + " moves");
    }
}
// expect: move disk 3 from A to B
// expect: move disk 4 from A to C
// expect: move disk 3 from B to C
// expect: 15 moves
