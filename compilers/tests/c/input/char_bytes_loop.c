// getchar-style loops keeping each character as unsigned char and as char: the input's characters are
// shifted into the upper half of a byte through unsigned char and read back through char (negative),
// then shifted back through signed char. Each expected line is what gcc 13 on x86-64 prints for this
// program with this input.
#include <stdio.h>

int main(void) {
    unsigned char line[64];
    int n = 0;
    int c;
    while ((c = getchar()) != EOF && c != '\n' && n < 63) line[n++] = (unsigned char)(c + 128);
    line[n] = 0;
    const char *text = (const char *)line;
    int low = 0;
    for (int i = 0; i < n; i++) {
        if (text[i] < 0) low++;
    }
    printf("%d of %d read negative\n", low, n);
    printf("%d %d\n", text[0], line[0]);
    signed char *back = (signed char *)line;
    for (int i = 0; i < n; i++) back[i] = (signed char)(back[i] + 128);
    for (int i = 0; i < n; i++) putchar(line[i]);
    putchar('\n');

    // A second line read with char c (not int): the classic loop, safe for ASCII input.
    char ch;
    int words = 0;
    int in_word = 0;
    while ((ch = (char)getchar()) != '\n') {
        unsigned char *as_byte = (unsigned char *)&ch;
        if (*as_byte > ' ' && !in_word) words++;
        in_word = *as_byte > ' ';
    }
    printf("%d words\n", words);
    return 0;
}
// stdin: Hi, Babbage!
// stdin: one two  three
// expect: 12 of 12 read negative
// expect: -56 200
// expect: Hi, Babbage!
// expect: 3 words
