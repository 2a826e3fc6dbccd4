// A user function with variable arguments is outside the subset.
int sum(int count, ...) {
    return count;
}

int main(void) {
    return sum(2, 3, 4);
}
// error: 2:5: variadic function definitions are not supported ('sum')
