// qsort (glibc's stable merge sort: equal keys keep their order) and bsearch, on ints, strings and
// structs (expected output from gcc).
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

struct person { const char *name; int age; };

int by_int(const void *a, const void *b) {
    int x = *(const int *)a, y = *(const int *)b;
    return (x > y) - (x < y);
}
int by_age(const void *a, const void *b) {
    return ((const struct person *)a)->age - ((const struct person *)b)->age;
}
int by_string(const void *a, const void *b) {
    return strcmp(*(char *const *)a, *(char *const *)b);
}
int descending(const void *a, const void *b) { return by_int(b, a); }

int main(void) {
    int a[] = {5, 3, 9, -1, 7, 3, 0, 12, -8, 4};
    int n = sizeof a / sizeof a[0];
    qsort(a, n, sizeof(int), by_int);
    for (int i = 0; i < n; i++) printf("%d ", a[i]);
    printf("\n");
    int key = 7;
    int *found = bsearch(&key, a, n, sizeof a[0], by_int);
    printf("%d\n", found ? (int)(found - a) : -1);
    key = 6;
    printf("%d\n", bsearch(&key, a, n, sizeof a[0], by_int) == NULL);
    qsort(a, n, sizeof a[0], descending);
    printf("%d %d\n", a[0], a[n - 1]);
    struct person people[] = {{"ada", 36}, {"charles", 79}, {"mary", 36}, {"luigi", 50}, {"bob", 36}};
    qsort(people, 5, sizeof(struct person), by_age);
    for (int i = 0; i < 5; i++) printf("%s:%d ", people[i].name, people[i].age);
    printf("\n");
    const char *words[] = {"engine", "babbage", "lovelace", "analytical", "difference"};
    qsort(words, 5, sizeof words[0], by_string);
    for (int i = 0; i < 5; i++) printf("%s ", words[i]);
    printf("\n");
    int *many = malloc(1000 * sizeof(int));
    for (int i = 0; i < 1000; i++) many[i] = (i * 7919) % 1000;
    qsort(many, 1000, sizeof(int), by_int);
    int sorted = 1;
    for (int i = 0; i < 1000; i++) sorted = sorted && many[i] == i;
    printf("%d\n", sorted);
    free(many);
    return 0;
}
// expect: -8 -1 0 3 3 4 5 7 9 12 
// expect: 7
// expect: 1
// expect: 12 -8
// expect: ada:36 mary:36 bob:36 luigi:50 charles:79 
// expect: analytical babbage difference engine lovelace 
// expect: 1
