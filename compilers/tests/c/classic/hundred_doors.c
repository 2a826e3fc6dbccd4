// The hundred doors: 100 closed doors, 100 passes; pass k toggles every k-th door. The open ones are the
// squares. Done with the passes, then checked against the squares.
#include <stdbool.h>
#include <stdio.h>

int main(void) {
    bool open[101] = {false};
    for (int pass = 1; pass <= 100; pass++)
        for (int door = pass; door <= 100; door += pass)
            open[door] = !open[door];
    int count = 0;
    for (int door = 1; door <= 100; door++)
        if (open[door]) {
            printf("%d ", door);
            count++;
        }
    printf("\n%d open\n", count);
    for (int k = 1; k * k <= 100; k++)
        if (!open[k * k]) printf("door %d should be open\n", k * k);
    return 0;
}
// expect: 1 4 9 16 25 36 49 64 81 100 
// expect: 10 open
