// An array of structs, searched and summed.
#include <stdio.h>

struct item {
    char name[12];
    int price;
    int qty;
};

struct item stock[4] = {
    {"gear", 12, 3},
    {"lever", 5, 10},
    {"column", 40, 2},
    {"card", 1, 250},
};

int main(void) {
    int total = 0;
    for (int i = 0; i < 4; i++) total += stock[i].price * stock[i].qty;
    printf("total %d\n", total);
    int best = 0;
    for (int i = 1; i < 4; i++)
        if (stock[i].price > stock[best].price) best = i;
    printf("dearest %s\n", stock[best].name);
    return 0;
}
// expect: total 416
// expect: dearest column
