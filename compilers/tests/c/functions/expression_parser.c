// A recursive-descent calculator: mutual recursion over a string.
#include <stdio.h>

const char *at;

int expr(void);

int number(void) {
    int v = 0;
    while (*at >= '0' && *at <= '9') v = v * 10 + (*at++ - '0');
    return v;
}

int factor(void) {
    if (*at == '(') {
        at++;
        int v = expr();
        at++;
        return v;
    }
    if (*at == '-') {
        at++;
        return -factor();
    }
    return number();
}

int term(void) {
    int v = factor();
    while (*at == '*' || *at == '/') {
        char op = *at++;
        int r = factor();
        v = op == '*' ? v * r : v / r;
    }
    return v;
}

int expr(void) {
    int v = term();
    while (*at == '+' || *at == '-') {
        char op = *at++;
        int r = term();
        v = op == '+' ? v + r : v - r;
    }
    return v;
}

int eval(const char *s) {
    at = s;
    return expr();
}

int main(void) {
    printf("%d\n", eval("1+2*3"));
    printf("%d\n", eval("(1+2)*3-4/2"));
    printf("%d\n", eval("-(8-3*(2+1))*10"));
    return 0;
}
// expect: 7
// expect: 7
// expect: 10
