// A static local keeps its value between calls.
#include <stdio.h>

int next_id(void) {
    static int id = 100;
    return id++;
}

int calls(void) {
    static int n;
    return ++n;
}

int main(void) {
    int a = next_id();
    int b = next_id();
    printf("%d %d %d\n", a, b, next_id());
    calls();
    calls();
    printf("%d\n", calls());
    return 0;
}
// expect: 100 101 102
// expect: 3
