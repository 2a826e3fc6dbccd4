// Variadic macros: __VA_ARGS__, an empty variable part, gcc's `, ## __VA_ARGS__` and named `args...`
// (expected output from gcc).
#include <stdio.h>

#define LOG(fmt, ...) printf("log: " fmt "\n", __VA_ARGS__)
#define SHOW(...) printf(__VA_ARGS__)
#define WARN(fmt, ...) printf("warn: " fmt "\n", ##__VA_ARGS__)
#define TRACE(fmt, args...) printf("trace: " fmt "\n", ## args)
#define COUNT(...) (sizeof((int[]){__VA_ARGS__}) / sizeof(int))
#define FIRST(x, ...) x
#define STR(...) #__VA_ARGS__

int main(void) {
    LOG("%d %s", 5, "five");
    SHOW("x%d\n", 1);
    SHOW("plain\n");
    WARN("nothing else");
    WARN("%d and %d", 1, 2);
    TRACE("alone");
    TRACE("%s", "with one");
    printf("%d %s\n", FIRST(7, 8, 9), STR(a, b,  c));
    return 0;
}
// expect: log: 5 five
// expect: x1
// expect: plain
// expect: warn: nothing else
// expect: warn: 1 and 2
// expect: trace: alone
// expect: trace: with one
// expect: 7 a, b, c
