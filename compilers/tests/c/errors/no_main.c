// A program needs a main function.
#include <stdio.h>

int helper(int x) {
    return x + 1;
}
// error: 1:1: the program has no 'main' function
