// Calls must match the prototype's parameter count.
int add(int a, int b) { return a + b; }
void nothing(void) {}

int main(void) {
    int x = add(1);
    int y = add(1, 2, 3);
    nothing(x);
    return x + y;
}
// error: 6:13: too few arguments to function 'add'
// error: 7:13: too many arguments to function 'add'
// error: 8:5: too many arguments to function 'nothing'
