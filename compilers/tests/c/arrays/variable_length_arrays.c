// C99's variable-length arrays whose outermost length varies: sized by a parameter or a computed value,
// of ints, chars and structs, in a loop (a new array each time round), in recursion, passed to
// functions (expected output from gcc).
#include <stdio.h>
#include <string.h>

struct cell { int value; char mark; };

int sum(const int *v, int n) {
    int s = 0;
    for (int i = 0; i < n; i++) s += v[i];
    return s;
}

int depth_sum(int n) {
    if (n == 0) return 0;
    int local[n];
    for (int i = 0; i < n; i++) local[i] = n;
    return sum(local, n) + depth_sum(n - 1);
}

void reverse_words(const char *text) {
    int length = strlen(text);
    char copy[length + 1];
    for (int i = 0; i < length; i++) copy[i] = text[length - 1 - i];
    copy[length] = '\0';
    printf("%s\n", copy);
}

int main(void) {
    int n = 6;
    int squares[n];
    for (int i = 0; i < n; i++) squares[i] = i * i;
    printf("%d %d\n", sum(squares, n), squares[n - 1]);
    for (int round = 1; round <= 3; round++) {
        struct cell cells[round * 2];
        for (int i = 0; i < round * 2; i++) {
            cells[i].value = round * 10 + i;
            cells[i].mark = 'a' + i;
        }
        printf("%d%c ", cells[round * 2 - 1].value, cells[round * 2 - 1].mark);
    }
    printf("\n%d\n", depth_sum(5));
    reverse_words("analytical engine");
    int rows = 3, cols = 4;
    int grid[rows][4];
    for (int r = 0; r < rows; r++)
        for (int c = 0; c < cols; c++) grid[r][c] = r * cols + c;
    printf("%d %d\n", grid[2][3], grid[1][0]);
    return 0;
}
// expect: 55 25
// expect: 11b 23d 35f 
// expect: 55
// expect: enigne lacitylana
// expect: 11 4
