// Money in doubles: compound interest year by year, the monthly payment of a loan from the annuity formula
// with pow, and the first and last lines of its amortisation table, rounded to cents with %.2f and
// written into a report line with snprintf.
#include <math.h>
#include <stdio.h>

int main(void) {
    double principal = 1000.0, rate = 0.05;
    printf("year    balance   interest\n");
    for (int year = 1; year <= 10; year++) {
        double interest = principal * rate;
        principal += interest;
        printf("%4d %10.2f %10.2f\n", year, principal, interest);
    }
    printf("closed form %.2f, continuous %.6f\n", 1000.0 * pow(1.05, 10), 1000.0 * exp(0.05 * 10));
    double loan = 250000.0, monthly = 0.045 / 12;
    int months = 30 * 12;
    double payment = loan * monthly / (1 - pow(1 + monthly, -months));
    printf("payment %.2f a month, %.2f in all\n", payment, payment * months);
    double balance = loan, total_interest = 0;
    char line[80];
    for (int m = 1; m <= months; m++) {
        double interest = balance * monthly;
        balance -= payment - interest;
        total_interest += interest;
        if (m <= 3 || m > months - 2) {
            int n = snprintf(line, sizeof line, "%3d %9.2f %9.2f %12.2f", m, interest, payment - interest, fabs(balance));
            printf("%s (%d)\n", line, n);
        }
    }
    printf("interest %.2f, last balance %.6e\n", total_interest, balance);
    return 0;
}
// expect: year    balance   interest
// expect:    1    1050.00      50.00
// expect:    2    1102.50      52.50
// expect:    3    1157.62      55.12
// expect:    4    1215.51      57.88
// expect:    5    1276.28      60.78
// expect:    6    1340.10      63.81
// expect:    7    1407.10      67.00
// expect:    8    1477.46      70.36
// expect:    9    1551.33      73.87
// expect:   10    1628.89      77.57
// expect: closed form 1628.89, continuous 1648.721271
// expect: payment 1266.71 a month, 456016.78 in all
// expect:   1    937.50    329.21    249670.79 (36)
// expect:   2    936.27    330.45    249340.34 (36)
// expect:   3    935.03    331.69    249008.65 (36)
// expect: 359      9.45   1257.27      1261.98 (36)
// expect: 360      4.73   1261.98         0.00 (36)
// expect: interest 206016.78, last balance -9.691121e-09
