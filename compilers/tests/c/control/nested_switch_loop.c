// continue inside a switch continues the enclosing loop.
#include <stdio.h>

int main(void) {
    int total = 0;
    for (int i = 0; i < 8; i++) {
        switch (i % 4) {
        case 0:
            continue;
        case 1:
            total += 10;
            break;
        case 2:
            total += 100;
            break;
        default:
            switch (i) {
            case 3: total += 1000; break;
            default: total += 5000;
            }
        }
        total += 1;
    }
    printf("%d\n", total);
    return 0;
}
// expect: 6226
