// Two case labels with the same value, and two defaults.
int main(void) {
    int x = 2;
    switch (x) {
    case 1: x = 10; break;
    case 3 - 2: x = 20; break;
    default: x = 0;
    default: x = 1;
    }
    return x;
}
// error: 6:10: duplicate case value 1
// error: 8:5: multiple default labels in one switch
