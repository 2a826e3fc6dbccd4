// A name declared twice in one scope, and a function defined twice.
int twice(int x) { return x + x; }
int twice(int x) { return 2 * x; }

int main(void) {
    int a = 1;
    int a = 2;
    return a;
}
// error: 3:5: redefinition of 'twice'
// error: 7:9: redefinition of 'a'
