// Fibonacci numbers, recursive and with a loop.
#include <stdio.h>

int fib(int n) {
    if (n < 2) return n;
    return fib(n - 1) + fib(n - 2);
}

long fib_loop(int n) {
    long a = 0, b = 1;
    for (int i = 0; i < n; i++) {
        long t = a + b;
        a = b;
        b = t;
    }
    return a;
}

int main(void) {
    for (int i = 0; i <= 15; i += 3) printf("%d ", fib(i));
    printf("\n%ld\n", fib_loop(80));
    return 0;
}
// expect: 0 2 8 34 144 610 
// expect: 23416728348467685
