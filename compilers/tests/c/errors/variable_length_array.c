// Of C99's variable-length arrays, only the outermost length may vary, and sizeof of one is not
// computed: the diagnostics name them; such an array cannot be initialised (gcc's error).
int main(void) {
    int n = 4;
    int a[n];
    int grid[3][n];
    int b[n] = {1};
    a[0] = 1;
    return a[0] + (int)sizeof a + grid[0][0] + b[0];
}
// error: 6:17: a variable-length array may vary only in its outermost length
// error: 7:16: variable-sized object may not be initialized
// error: 9:24: sizeof of a variable-length array is not supported
