// K&R exercise 1-13: a histogram of the lengths of the words of the input, drawn both ways: a bar of
// stars a length, then the vertical one, tallest column first. Words longer than MAXLEN share a last bin.
#include <stdio.h>

#define MAXLEN 10
#define IN 1
#define OUT 0

int main(void) {
    int c, state = OUT, length = 0, tallest = 0;
    int count[MAXLEN + 2] = {0};
    while ((c = getchar()) != EOF) {
        if (c == ' ' || c == '\n' || c == '\t') {
            if (state == IN) {
                count[length > MAXLEN ? MAXLEN + 1 : length]++;
                length = 0;
            }
            state = OUT;
        } else {
            state = IN;
            length++;
        }
    }
    if (state == IN)
        count[length > MAXLEN ? MAXLEN + 1 : length]++;
    for (int i = 1; i <= MAXLEN + 1; i++) {
        if (i <= MAXLEN)
            printf("%3d | ", i);
        else
            printf("%2d+ | ", MAXLEN + 1);
        for (int j = 0; j < count[i]; j++)
            putchar('*');
        putchar('\n');
        if (count[i] > tallest)
            tallest = count[i];
    }
    for (int row = tallest; row > 0; row--) {
        for (int i = 1; i <= MAXLEN + 1; i++)
            printf(" %c ", count[i] >= row ? '#' : ' ');
        putchar('\n');
    }
    for (int i = 1; i <= MAXLEN + 1; i++)
        printf("%2d ", i);
    putchar('\n');
    return 0;
}
// stdin: The quick brown fox jumps over the lazy dog
// stdin: 	and then some   extraordinarily long words like incomprehensibilities appear
// stdin: a b c
// expect:   1 | ***
// expect:   2 | 
// expect:   3 | *****
// expect:   4 | ******
// expect:   5 | ****
// expect:   6 | *
// expect:   7 | 
// expect:   8 | 
// expect:   9 | 
// expect:  10 | 
// expect: 11+ | **
// expect:           #                      
// expect:        #  #                      
// expect:        #  #  #                   
// expect:  #     #  #  #                   
// expect:  #     #  #  #                 # 
// expect:  #     #  #  #  #              # 
// expect:  1  2  3  4  5  6  7  8  9 10 11 
