// switch: cases fall through until a break.
#include <stdio.h>

int main(void) {
    for (int i = 0; i < 6; i++) {
        switch (i) {
        case 0:
            printf("zero ");
        case 1:
            printf("one-or-fell ");
            break;
        case 2:
        case 3:
            printf("two-or-three ");
            break;
        default:
            printf("other ");
        }
        printf("| %d\n", i);
    }
    return 0;
}
// expect: zero one-or-fell | 0
// expect: one-or-fell | 1
// expect: two-or-three | 2
// expect: two-or-three | 3
// expect: other | 4
// expect: other | 5
