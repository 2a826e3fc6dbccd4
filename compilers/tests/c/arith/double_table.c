// A Fahrenheit to Celsius table, as in Kernighan and Ritchie, with compound assignment on doubles.
#include <stdio.h>

int main(void) {
    double fahr = 0;
    while (fahr <= 100) {
        double celsius = (5.0 / 9.0) * (fahr - 32);
        printf("%3.0f %6.1f\n", fahr, celsius);
        fahr += 20;
    }
    double x = 1.5;
    x *= 4;
    x -= 0.25;
    x++;
    printf("%.2f\n", x);
    return 0;
}
// expect:   0  -17.8
// expect:  20   -6.7
// expect:  40    4.4
// expect:  60   15.6
// expect:  80   26.7
// expect: 100   37.8
// expect: 6.75
