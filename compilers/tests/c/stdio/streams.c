// <stdio.h>'s streams as ordinary programs use them: fprintf to stdout and stderr, fputs, fputc, putc,
// fflush, fgets keeping the newline (NULL at the end), getc and ungetc. Only stdout is compared with
// gcc's: what goes to stderr leaves the program's output as it does in gcc's build.
#include <stdio.h>
#include <string.h>

int main(void) {
    char line[8];
    int lines = 0;
    fprintf(stdout, "%s %d %.3f\n", "stdout", 42, 2.5);
    fprintf(stderr, "a warning on stderr: %d\n", 7);
    fputs("fputs", stdout);
    fputc(':', stdout);
    putc(' ', stdout);
    fputs("an error\n", stderr);
    fputc('!', stderr);
    printf("%d\n", fflush(stdout));
    int c = getc(stdin);
    printf("first %c, pushed back %c\n", c, ungetc(c, stdin));
    while (fgets(line, sizeof line, stdin) != NULL) {
        lines++;
        printf("[%s] %d\n", line, (int)strlen(line));
    }
    printf("%d pieces, then %d\n", lines, fgetc(stdin));
    return lines > 3 ? 0 : 1;
}
// stdin: first line
// stdin: a much longer second line
// stdin:
// stdin: end
// expect: stdout 42 2.500
// expect: fputs: 0
// expect: first f, pushed back f
// expect: [first l] 7
// expect: [ine
// expect: ] 4
// expect: [a much ] 7
// expect: [longer ] 7
// expect: [second ] 7
// expect: [line
// expect: ] 5
// expect: [
// expect: ] 1
// expect: [end
// expect: ] 4
// expect: 8 pieces, then -1
