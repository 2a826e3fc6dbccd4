// Operators applied to operands of the wrong types.
struct s { int v; };

int main(void) {
    struct s a = {1};
    int n = 3;
    int *p = &n;
    int r = a + 1;
    r = p * 2;
    r = *n;
    r = ~p;
    return r;
}
// error: 8:13: invalid operands to binary '+' (have 'struct s' and 'int')
// error: 9:9: invalid operands to binary '*' (have 'int *' and 'int')
// error: 10:9: invalid type argument of unary '*' (have 'int')
// error: 11:9: wrong type argument to unary '~' (have 'int *')
