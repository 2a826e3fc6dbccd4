// case and default labels belong inside a switch, and case values must be constant.
int main(void) {
    int x = 1;
    case 1: x = 2;
    switch (x) {
    case x: break;
    }
    return x;
}
// error: 4:5: case label not within a switch statement
// error: 6:10: a case label must be a constant expression
