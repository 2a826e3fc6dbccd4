// C99's variable-length arrays are outside the subset: the diagnostic names them.
int main(void) {
    int n = 4;
    int a[n];
    a[0] = 1;
    return a[0];
}
// error: 4:11: variable-length arrays are not supported
