// Records of a small class read with scanf, sorted with qsort by average (then by name with strcmp), and
// printed as a table: structs with a char array, doubles, sprintf into a column, a comparator.
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

struct student {
    char name[16];
    int marks[3];
    double average;
};

static int by_average(const void *a, const void *b) {
    const struct student *x = a, *y = b;
    if (x->average != y->average) return x->average < y->average ? 1 : -1;
    return strcmp(x->name, y->name);
}

int main(void) {
    struct student class[10];
    int n = 0;
    while (n < 10 && scanf("%15s %d %d %d", class[n].name, &class[n].marks[0], &class[n].marks[1],
                           &class[n].marks[2]) == 4) {
        class[n].average = (class[n].marks[0] + class[n].marks[1] + class[n].marks[2]) / 3.0;
        n++;
    }
    qsort(class, n, sizeof class[0], by_average);
    printf("%-4s %-10s %5s %5s %5s %8s\n", "rank", "name", "m1", "m2", "m3", "average");
    double total = 0;
    for (int i = 0; i < n; i++) {
        char grade[8];
        sprintf(grade, "%c%s", class[i].average >= 80 ? 'A' : class[i].average >= 60 ? 'B' : 'C',
                class[i].average >= 90 ? "+" : "");
        printf("%-4d %-10s %5d %5d %5d %8.2f %s\n", i + 1, class[i].name, class[i].marks[0],
               class[i].marks[1], class[i].marks[2], class[i].average, grade);
        total += class[i].average;
    }
    printf("class average %.3f over %d students\n", total / n, n);
    return 0;
}
// stdin: ada 95 88 92
// stdin: charles 70 65 81
// stdin: mary 88 92 79
// stdin: luigi 55 61 58
// stdin: herschel 70 81 65
// stdin: augustus 99 97 100
// expect: rank name          m1    m2    m3  average
// expect: 1    augustus      99    97   100    98.67 A+
// expect: 2    ada           95    88    92    91.67 A+
// expect: 3    mary          88    92    79    86.33 A
// expect: 4    charles       70    65    81    72.00 B
// expect: 5    herschel      70    81    65    72.00 B
// expect: 6    luigi         55    61    58    58.00 C
// expect: class average 79.778 over 6 students
