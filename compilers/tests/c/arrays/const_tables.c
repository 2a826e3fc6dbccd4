// Constant global tables looked up by index.
#include <stdio.h>

static const int days_in_month[12] = {31, 28, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31};
const char *const month_names[12] = {"Jan", "Feb", "Mar", "Apr", "May", "Jun",
                                      "Jul", "Aug", "Sep", "Oct", "Nov", "Dec"};

int day_of_year(int month, int day) {
    int total = day;
    for (int m = 0; m < month - 1; m++) total += days_in_month[m];
    return total;
}

int main(void) {
    printf("%d %d %d\n", day_of_year(1, 1), day_of_year(3, 1), day_of_year(12, 31));
    printf("%s %s\n", month_names[0], month_names[11]);
    return 0;
}
// expect: 1 60 365
// expect: Jan Dec
