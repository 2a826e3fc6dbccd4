// K&R 1.2 to 1.5: the Fahrenheit-Celsius table with floating point, %3.0f and %6.1f, its reverse (exercise
// 1-5) and the Celsius-Fahrenheit table (exercise 1-4), with a function (exercise 1-15).
#include <stdio.h>

#define LOWER 0
#define UPPER 300
#define STEP 20

float celsius(float fahr) { return (5.0 / 9.0) * (fahr - 32.0); }

int main(void) {
    float fahr, cels;
    printf("Fahr Celsius\n");
    for (fahr = LOWER; fahr <= UPPER; fahr = fahr + STEP)
        printf("%3.0f %6.1f\n", fahr, celsius(fahr));
    for (int f = UPPER; f >= LOWER; f -= 3 * STEP)
        printf("%3d %6.1f\n", f, (5.0 / 9.0) * (f - 32));
    printf("Celsius Fahr\n");
    for (cels = -40; cels <= 100; cels += 35)
        printf("%7.1f %5.0f\n", cels, cels * 9.0 / 5.0 + 32.0f);
    printf("%.10f %.10f\n", celsius(100.0f), (5.0 / 9.0) * (100.0 - 32.0));
    return 0;
}
// expect: Fahr Celsius
// expect:   0  -17.8
// expect:  20   -6.7
// expect:  40    4.4
// expect:  60   15.6
// expect:  80   26.7
// expect: 100   37.8
// expect: 120   48.9
// expect: 140   60.0
// expect: 160   71.1
// expect: 180   82.2
// expect: 200   93.3
// expect: 220  104.4
// expect: 240  115.6
// expect: 260  126.7
// expect: 280  137.8
// expect: 300  148.9
// expect: 300  148.9
// expect: 240  115.6
// expect: 180   82.2
// expect: 120   48.9
// expect:  60   15.6
// expect:   0  -17.8
// expect: Celsius Fahr
// expect:   -40.0   -40
// expect:    -5.0    23
// expect:    30.0    86
// expect:    65.0   149
// expect:   100.0   212
// expect: 37.7777786255 37.7777777778
