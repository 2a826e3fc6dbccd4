// %f with precision, width and the '-' flag.
#include <stdio.h>

int main(void) {
    double x = 3.14159265;
    printf("%f|%.2f|%.0f|%.4f\n", x, x, x, x);
    printf("[%10.3f] [%-10.3f] [%3.1f]\n", x, x, x);
    printf("%.3f %.3f\n", -x, -0.0004);
    printf("%d: %.1f%%\n", 7, 12.25 * 2);
    printf("%lf\n", 1.0 / 8);
    return 0;
}
// expect: 3.141593|3.14|3|3.1416
// expect: [     3.142] [3.142     ] [3.1]
// expect: -3.142 -0.000
// expect: 7: 24.5%
// expect: 0.125000
