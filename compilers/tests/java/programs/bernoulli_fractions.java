public class Main {
    static long gcd(long a, long b) {
        if (a < 0) a = -a;
        if (b < 0) b = -b;
        while (b != 0) {
            long t = a % b;
            a = b;
            b = t;
        }
        return a;
    }

    public static void main(String[] args) {
        // Bernoulli numbers B0..B10 as fractions, by the recurrence Lovelace's Note G computes.
        int n = 10;
        long[] num = new long[n + 1];
        long[] den = new long[n + 1];
        num[0] = 1;
        den[0] = 1;
        for (int m = 1; m <= n; m++) {
            long sn = 0, sd = 1;
            long binom = 1;
            for (int k = 0; k < m; k++) {
                long tn = binom * num[k], td = den[k];
                long nn = sn * td + tn * sd, nd = sd * td;
                long g = gcd(nn, nd);
                sn = nn / g;
                sd = nd / g;
                binom = binom * (m + 1 - k) / (k + 1);
            }
            num[m] = -sn;
            den[m] = sd * (m + 1);
            long g = gcd(num[m], den[m]);
            num[m] /= g;
            den[m] /= g;
            if (den[m] < 0) {
                den[m] = -den[m];
                num[m] = -num[m];
            }
        }
        for (int m = 0; m <= n; m++) System.out.println("B" + m + " = " + num[m] + "/" + den[m]);
    }
}
// expect: B0 = 1/1
// expect: B1 = -1/2
// expect: B2 = 1/6
// expect: B3 = 0/1
// expect: B4 = -1/30
// expect: B5 = 0/1
// expect: B6 = 1/42
// expect: B7 = 0/1
// expect: B8 = -1/30
// expect: B9 = 0/1
// expect: B10 = 5/66
