// Assignment and ++ need a modifiable lvalue.
int main(void) {
    int a = 1, b = 2;
    int arr[3];
    5 = a;
    (a + b)++;
    arr = 0;
    return a;
}
// error: 5:5: lvalue required as left operand of assignment
// error: 6:5: lvalue required as increment operand
// error: 7:5: assignment to an array ('int [3]') is not allowed
