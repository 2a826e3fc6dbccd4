// A switch-based state machine counting words, numbers and others in a text.
#include <stdio.h>

enum state { START, IN_WORD, IN_NUMBER };

int main(void) {
    const char *text = "in 1837 babbage designed 1 engine with 2 mills";
    enum state st = START;
    int words = 0, numbers = 0;
    for (int i = 0;; i++) {
        char c = text[i];
        int letter = c >= 'a' && c <= 'z';
        int digit = c >= '0' && c <= '9';
        switch (st) {
        case START:
            if (letter) { st = IN_WORD; words++; }
            else if (digit) { st = IN_NUMBER; numbers++; }
            break;
        case IN_WORD:
            if (!letter) st = START;
            break;
        case IN_NUMBER:
            if (!digit) st = START;
            break;
        }
        if (c == 0) break;
    }
    printf("words=%d numbers=%d\n", words, numbers);
    return 0;
}
// expect: words=6 numbers=3
