// The Mandelbrot set drawn in characters, as countless small C programs draw it: for each point of a
// grid of the complex plane, the number of iterations of z = z^2 + c before |z| > 2, as a character.
#include <stdio.h>

int main(void) {
    const char *shades = " .:-=+*#%@";
    int rows = 11, cols = 36, limit = 24;
    long total = 0;
    for (int row = 0; row < rows; row++) {
        double ci = 1.2 - 2.4 * row / (rows - 1);
        for (int col = 0; col < cols; col++) {
            double cr = -2.1 + 2.8 * col / (cols - 1);
            double zr = 0.0, zi = 0.0;
            int n = 0;
            while (n < limit && zr * zr + zi * zi <= 4.0) {
                double t = zr * zr - zi * zi + cr;
                zi = 2.0 * zr * zi + ci;
                zr = t;
                n++;
            }
            total += n;
            putchar(n == limit ? '@' : shades[n % 9]);
        }
        putchar('\n');
    }
    printf("%ld iterations, mean %.4f\n", total, (double)total / (rows * cols));
    return 0;
}
// max-steps: 40000000
// expect: .......:::::-----------------:::::::
// expect: .....::-----------====+*%.%+===---::
// expect: ...::---------====+### -@@@%#**+=---
// expect: ..:-------=+++++*##@@@@@@@@@@@-%*=--
// expect: ..-====++*#+@@@@-@@@@@@@@@@@@@@@#==-
// expect: ..@@@@@@@@@@@@@@@@@@@@@@@@@@@@-#+==-
// expect: ..-====++*#+@@@@-@@@@@@@@@@@@@@@#==-
// expect: ..:-------=+++++*##@@@@@@@@@@@-%*=--
// expect: ...::---------====+### -@@@%#**+=---
// expect: .....::-----------====+*%.%+===---::
// expect: .......:::::-----------------:::::::
// expect: 3441 iterations, mean 8.6894
