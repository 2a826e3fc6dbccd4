// A month's calendar: the day of the week by Zeller's congruence, leap years by the Gregorian rule, and the
// day of the year (K&R 5.7's day_of_year and month_day with a two-row table).
#include <stdio.h>

static char daytab[2][13] = {
    {0, 31, 28, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31},
    {0, 31, 29, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31},
};

int leap(int year) { return (year % 4 == 0 && year % 100 != 0) || year % 400 == 0; }

int day_of_year(int year, int month, int day) {
    for (int i = 1; i < month; i++) day += daytab[leap(year)][i];
    return day;
}

void month_day(int year, int yearday, int *pmonth, int *pday) {
    int i;
    for (i = 1; yearday > daytab[leap(year)][i]; i++) yearday -= daytab[leap(year)][i];
    *pmonth = i;
    *pday = yearday;
}

/* 0 = Saturday, 1 = Sunday, ..., 6 = Friday */
int zeller(int year, int month, int day) {
    if (month < 3) {
        month += 12;
        year--;
    }
    int k = year % 100, j = year / 100;
    return (day + 13 * (month + 1) / 5 + k + k / 4 + j / 4 + 5 * j) % 7;
}

void print_month(int year, int month) {
    static const char *names[] = {"", "January", "February", "March", "April", "May", "June", "July",
                                  "August", "September", "October", "November", "December"};
    printf("   %s %d\nSu Mo Tu We Th Fr Sa\n", names[month], year);
    int first = (zeller(year, month, 1) + 6) % 7; /* 0 = Sunday */
    printf("%*s", first * 3, "");
    for (int d = 1; d <= daytab[leap(year)][month]; d++) {
        printf("%2d%c", d, (first + d) % 7 == 0 ? '\n' : ' ');
    }
    printf("\n");
}

int main(void) {
    print_month(1843, 7);
    print_month(2000, 2);
    print_month(2026, 12);
    int m, d;
    printf("%d %d %d\n", day_of_year(2024, 3, 1), day_of_year(2023, 12, 31), day_of_year(1900, 3, 1));
    month_day(2024, 60, &m, &d);
    printf("day 60 of 2024: %d/%d\n", m, d);
    month_day(2026, 339, &m, &d);
    printf("day 339 of 2026: %d/%d\n", m, d);
    return 0;
}
// expect:    July 1843
// expect: Su Mo Tu We Th Fr Sa
// expect:                    1
// expect:  2  3  4  5  6  7  8
// expect:  9 10 11 12 13 14 15
// expect: 16 17 18 19 20 21 22
// expect: 23 24 25 26 27 28 29
// expect: 30 31 
// expect:    February 2000
// expect: Su Mo Tu We Th Fr Sa
// expect:        1  2  3  4  5
// expect:  6  7  8  9 10 11 12
// expect: 13 14 15 16 17 18 19
// expect: 20 21 22 23 24 25 26
// expect: 27 28 29 
// expect:    December 2026
// expect: Su Mo Tu We Th Fr Sa
// expect:        1  2  3  4  5
// expect:  6  7  8  9 10 11 12
// expect: 13 14 15 16 17 18 19
// expect: 20 21 22 23 24 25 26
// expect: 27 28 29 30 31 
// expect: 61 365 60
// expect: day 60 of 2024: 2/29
// expect: day 339 of 2026: 12/5
