// sizeof of structs, with gcc's alignment padding.
#include <stdio.h>

struct a { char c; };
struct b { char c; int i; };
struct c { int i; char c; };
struct d { char c; long l; char e; };
struct e { short s; char c; };
struct f { int arr[3]; char *p; };

int main(void) {
    printf("%d %d %d %d %d %d\n", (int)sizeof(struct a), (int)sizeof(struct b), (int)sizeof(struct c),
           (int)sizeof(struct d), (int)sizeof(struct e), (int)sizeof(struct f));
    struct d many[3];
    printf("%d\n", (int)sizeof many);
    return 0;
}
// expect: 1 8 8 24 4 24
// expect: 72
