// An if / else if / else chain.
#include <stdio.h>

const char *grade(int score) {
    if (score >= 90) return "A";
    else if (score >= 80) return "B";
    else if (score >= 70) return "C";
    else return "F";
}

int main(void) {
    int scores[5] = {95, 85, 75, 65, 90};
    for (int i = 0; i < 5; i++) printf("%d %s\n", scores[i], grade(scores[i]));
    return 0;
}
// expect: 95 A
// expect: 85 B
// expect: 75 C
// expect: 65 F
// expect: 90 A
