// strtod and atof convert text to the nearest double, as glibc's do: decimal, hexadecimal, inf, nan.
#include <stdio.h>
#include <stdlib.h>

int main(void) {
    const char *texts[] = {"3.14159", "  -2.5e-3xyz", "1e308", "1e309", "4.9406564584124654e-324",
                           "2.4703282292062327e-324", "2.4703282292062328e-324", "0.1", "123456789012345678901234567890",
                           "0x1.8p3", "-0x.8p-2", "inf", "-Infinity", "nan", "nan(123)", ".5", "5.", "abc", "-",
                           "9007199254740993", "1.7976931348623158e308", "0.000001e6", "1e-400",
                           "2.2250738585072011e-308", "7.2057594037927933e16"};
    int n = sizeof texts / sizeof texts[0];
    int i;
    for (i = 0; i < n; i++) {
        char *end;
        double x = strtod(texts[i], &end);
        printf("%-30s %a %.17g [%s]\n", texts[i], x, atof(texts[i]), end);
    }
    return 0;
}
// expect: 3.14159                        0x1.921f9f01b866ep+1 3.1415899999999999 []
// expect:   -2.5e-3xyz                   -0x1.47ae147ae147bp-9 -0.0025000000000000001 [xyz]
// expect: 1e308                          0x1.1ccf385ebc8ap+1023 1e+308 []
// expect: 1e309                          inf inf []
// expect: 4.9406564584124654e-324        0x0.0000000000001p-1022 4.9406564584124654e-324 []
// expect: 2.4703282292062327e-324        0x0p+0 0 []
// expect: 2.4703282292062328e-324        0x0.0000000000001p-1022 4.9406564584124654e-324 []
// expect: 0.1                            0x1.999999999999ap-4 0.10000000000000001 []
// expect: 123456789012345678901234567890 0x1.8ee90ff6c373ep+96 1.2345678901234568e+29 []
// expect: 0x1.8p3                        0x1.8p+3 12 []
// expect: -0x.8p-2                       -0x1p-3 -0.125 []
// expect: inf                            inf inf []
// expect: -Infinity                      -inf -inf []
// expect: nan                            nan nan []
// expect: nan(123)                       nan nan []
// expect: .5                             0x1p-1 0.5 []
// expect: 5.                             0x1.4p+2 5 []
// expect: abc                            0x0p+0 0 [abc]
// expect: -                              0x0p+0 0 [-]
// expect: 9007199254740993               0x1p+53 9007199254740992 []
// expect: 1.7976931348623158e308         0x1.fffffffffffffp+1023 1.7976931348623157e+308 []
// expect: 0.000001e6                     0x1p+0 1 []
// expect: 1e-400                         0x0p+0 0 []
// expect: 2.2250738585072011e-308        0x0.fffffffffffffp-1022 2.2250738585072009e-308 []
// expect: 7.2057594037927933e16          0x1p+56 72057594037927936 []
