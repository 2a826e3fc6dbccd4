// Characters that are not C, and a string that is never closed.
int main(void) {
    int a = 3 @ 4;
    char *s = "open;
    return 0;
}
// error: 3:15: stray '@' in program
// error: 4:15: unterminated string literal
