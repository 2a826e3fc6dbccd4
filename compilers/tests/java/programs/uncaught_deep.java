public class Main {
    static int level3(int[] data, int i) {
        return data[i] * 2;
    }

    static int level2(int[] data, int i) {
        return level3(data, i + 1) + 1;
    }

    static int level1(int[] data) {
        int total = 0;
        for (int i = 0; i < data.length; i++) total += level2(data, i);
        return total;
    }

    public static void main(String[] args) {
        int[] data = {1, 2, 3};
        System.out.println("computing");
        System.out.println(level1(data));
    }
}
// expect: computing
// expect runtime error: trap 4
// expect stderr: at Main.main(uncaught_deep.java:19)
// expect exit: 1
