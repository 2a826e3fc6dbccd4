public class Main {
    static int popcount(int x) {
        int n = 0;
        while (x != 0) {
            x &= x - 1;
            n++;
        }
        return n;
    }

    static int fnv(String s) {
        int h = 0x811C9DC5;
        for (int i = 0; i < s.length(); i++) {
            h ^= s.charAt(i);
            h *= 16777619;
        }
        return h;
    }

    public static void main(String[] args) {
        System.out.println(popcount(255) + " " + popcount(-1) + " " + popcount(Integer.MIN_VALUE));
        System.out.println(fnv("babbage") + " " + fnv("lovelace"));
        int x = 0x12345678;
        int rotated = (x << 8) | (x >>> 24);
        System.out.println(rotated);
        long mix = 0x9E3779B97F4A7C15L;
        mix ^= mix >>> 30;
        mix *= 0xBF58476D1CE4E5B9L;
        System.out.println(mix);
    }
}
// expect: 8 32 1
// expect: -1500829469 1119921394
// expect: 878082066
// expect: 8027708234668681072
