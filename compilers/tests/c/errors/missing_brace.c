// The file ends inside a function body.
int main(void) {
    int x = 1;
    if (x) {
        x = 2;
    return x;
}
// error: 9:1: expected '}' at end of input
