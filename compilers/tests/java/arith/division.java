public class Main {
    public static void main(String[] args) {
        System.out.println(7 / 2);
        System.out.println(-7 / 2);
        System.out.println(7 / -2);
        System.out.println(7 % 3);
        System.out.println(-7 % 3);
        System.out.println(7 % -3);
        System.out.println(Math.floorMod(-7, 3));
        System.out.println(Math.floorMod(7, -3));
        System.out.println(-7L / 2L);
    }
}
// expect: 3
// expect: -3
// expect: -3
// expect: 1
// expect: -1
// expect: 1
// expect: 2
// expect: -2
// expect: -3
