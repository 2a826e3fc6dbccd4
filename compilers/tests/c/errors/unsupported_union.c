// unions are outside the subset.
union number {
    int i;
    long l;
};

int main(void) {
    return 0;
}
// error: 2:1: unions are not supported
