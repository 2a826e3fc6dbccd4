// Pre and post increment and decrement.
#include <stdio.h>

int main(void) {
    int i = 5;
    int a = i++;
    int b = ++i;
    int c = i--;
    int d = --i;
    printf("%d %d %d %d %d\n", a, b, c, d, i);
    int arr[3] = {10, 20, 30};
    int k = 0;
    arr[k++] += 1;
    printf("%d %d %d %d\n", arr[0], arr[1], arr[2], k);
    return 0;
}
// expect: 5 7 7 5 5
// expect: 11 20 30 1
