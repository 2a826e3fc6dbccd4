// return must match the function's result type.
void f(void) {
    return 5;
}

int *g(void) {
    return 7;
}

int h(void) {
    return;
}
// error: 3:5: 'return' with a value in a function returning void
// error: 7:12: incompatible types in return: 'int' to 'int *'
// error: 11:5: 'return' with no value in function returning 'int'
