// Integers and pointers do not mix without a cast.
struct point { int x, y; };

int main(void) {
    int *p = 5;
    int n = 0;
    char *s = &n;
    struct point pt = {1, 2};
    int k = pt;
    n = p;
    return 0;
}
// error: 5:14: incompatible types in initialization: 'int' to 'int *'
// error: 7:15: incompatible pointer types in initialization
// error: 9:13: incompatible types in initialization: 'struct point' to 'int'
// error: 10:9: incompatible types in assignment: 'int *' to 'int'
