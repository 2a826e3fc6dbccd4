// C99 has no implicit function declarations: printf needs stdio.h, and foo needs a prototype.
int main(void) {
    int v = foo(3);
    printf("%d\n", v);
    return 0;
}
// error: 3:13: implicit declaration of function 'foo'
// error: 4:5: implicit declaration of function 'printf'
