// Gaussian elimination with partial pivoting: the determinant and the solution of small linear systems
// in doubles, printed with %10.4f and %g; a singular matrix is reported.
#include <math.h>
#include <stdio.h>

#define N 4

int solve(double a[N][N + 1], int n, double x[N], double *det) {
    *det = 1.0;
    for (int col = 0; col < n; col++) {
        int pivot = col;
        for (int r = col + 1; r < n; r++)
            if (fabs(a[r][col]) > fabs(a[pivot][col])) pivot = r;
        if (fabs(a[pivot][col]) < 1e-12) {
            *det = 0.0;
            return 0;
        }
        if (pivot != col) {
            for (int c = 0; c <= n; c++) {
                double t = a[col][c];
                a[col][c] = a[pivot][c];
                a[pivot][c] = t;
            }
            *det = -*det;
        }
        *det *= a[col][col];
        for (int r = col + 1; r < n; r++) {
            double f = a[r][col] / a[col][col];
            for (int c = col; c <= n; c++) a[r][c] -= f * a[col][c];
        }
    }
    for (int r = n - 1; r >= 0; r--) {
        double s = a[r][n];
        for (int c = r + 1; c < n; c++) s -= a[r][c] * x[c];
        x[r] = s / a[r][r];
    }
    return 1;
}

int main(void) {
    double systems[3][N][N + 1] = {
        {{2, 1, -1, 0, 8}, {-3, -1, 2, 0, -11}, {-2, 1, 2, 0, -3}, {0, 0, 0, 1, 4}},
        {{4, -2, 1, 3, 1}, {3, 6, -4, 2, 2}, {2, 1, 8, -5, 3}, {1, 3, -2, 7, 4}},
        {{1, 2, 3, 4, 1}, {2, 4, 6, 8, 2}, {0, 1, 0, 1, 3}, {5, 5, 5, 5, 4}},
    };
    for (int s = 0; s < 3; s++) {
        double x[N], det;
        if (!solve(systems[s], N, x, &det)) {
            printf("system %d is singular\n", s + 1);
            continue;
        }
        printf("system %d: det %g\n", s + 1, det);
        for (int i = 0; i < N; i++) printf("  x%d = %10.4f (%.17g)\n", i + 1, x[i], x[i]);
    }
    return 0;
}
// expect: system 1: det -1
// expect:   x1 =     2.0000 (2)
// expect:   x2 =     3.0000 (3.0000000000000004)
// expect:   x3 =    -1.0000 (-0.99999999999999989)
// expect:   x4 =     4.0000 (4)
// expect: system 2: det 1668
// expect:   x1 =     0.0072 (0.0071942446043165575)
// expect:   x2 =     0.5725 (0.57254196642685851)
// expect:   x3 =     0.6145 (0.61450839328537177)
// expect:   x4 =     0.5006 (0.50059952038369304)
// expect: system 3 is singular
