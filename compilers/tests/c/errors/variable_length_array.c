// A variable-length array must be an ordinary local (not static), cannot be initialised (gcc's errors),
// and sizeof of one is not computed: the diagnostics name them.
int main(void) {
    int n = 4;
    int a[n];
    static int kept[n];
    int b[n] = {1};
    a[0] = 1;
    return a[0] + (int)sizeof a + kept[0] + b[0];
}
// error: 6:21: a variable length is supported only in a local array's own declaration
// error: 7:16: variable-sized object may not be initialized
// error: 9:24: sizeof of a variable-length array is not supported
