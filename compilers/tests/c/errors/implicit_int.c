// C99 requires a type for every declaration: no implicit int.
main(void) {
    return 0;
}

static x = 3;
// error: 2:1: type specifier missing for 'main'
// error: 6:8: expected a type before 'x'
