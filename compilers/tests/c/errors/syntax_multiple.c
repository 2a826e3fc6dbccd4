// Three syntax errors: the parser recovers after each and reports all of them.
int main(void) {
    int x = 3
    int y = 4;
    x = (y + ;
    return x y;
}
// error: 3:14: expected ';'
// error: 5:14: expected an expression before ';'
// error: 6:14: expected ';' after return before 'y'
