// main receives what a binary run without arguments receives (argc 1, argv[1] NULL), and a program
// may call main itself with arguments of its own: here it walks argv to its end (expected output from
// gcc, exit status 3).
#include <stdio.h>

int main(int argc, char *argv[]) {
    static int calls = 0;
    calls++;
    if (argv[0] == NULL) {
        printf("end after %d calls, argc %d\n", calls, argc);
        return 3;
    }
    printf("argc %d, argv[1] is %s, argv[0] is %s\n", argc, argv[1] == NULL ? "NULL" : "set",
           argv[0][0] != '\0' ? "a name" : "empty");
    return main(argc - 1, argv + 1);
}
// expect: argc 1, argv[1] is NULL, argv[0] is a name
// expect: end after 2 calls, argc 0
// expect exit: 3
