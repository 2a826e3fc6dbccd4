// A while loop summing digits.
#include <stdio.h>

int main(void) {
    int n = 987654321;
    int sum = 0;
    while (n > 0) {
        sum += n % 10;
        n /= 10;
    }
    printf("%d\n", sum);
    return 0;
}
// expect: 45
