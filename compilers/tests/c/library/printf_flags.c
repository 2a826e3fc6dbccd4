// printf's flags (- + space # 0), widths and precisions from the format and from * arguments, %o %X %p,
// and the lengths hh h l (expected output from gcc).
#include <stdio.h>

int main(void) {
    int x = 42, y = -42;
    printf("[%d][%5d][%-5d][%05d][%+d][% d][%+5d][%-+5d][% 05d]\n", x, x, x, x, x, x, x, x, x);
    printf("[%d][%5d][%-5d][%05d][%+d][% d][%+5d][%-+5d][% 05d]\n", y, y, y, y, y, y, y, y, y);
    printf("[%x][%#x][%#o][%o][%X][%#X][%08x][%#08x][%-#8x]\n", 255, 255, 8, 8, 255, 255, 255, 255, 255);
    printf("[%u][%5u][%.3d][%8.3d][%-8.3d][%.0d][%#o][%#x][%08.3d]\n", 7u, 7u, 5, 5, 5, 0, 0, 0, 5);
    printf("[%s][%10s][%-10s][%.2s][%10.2s][%-10.2s][%.0s]\n", "hello", "hello", "hello", "hello", "hello",
           "hello", "hello");
    printf("[%*d][%-*d][%.*s][%*.*s][%c][%5c][%-5c]\n", 6, 7, 6, 7, 3, "abcdef", 5, 2, "xyz", 'q', 'q', 'q');
    printf("[%i][%hd][%hhd][%hhu][%hx][%ld][%li][%lu][%%]\n", 3, (short)-5, 200, 300, -1, 123456789012L, -1L, 99UL);
    printf("[%p][%10p][%-7p]\n", (void *)0, (void *)0, (void *)0);
    printf("[%*d][%.*d]\n", -4, 9, -1, 9);
    printf("[%u][%x][%o]\n", -1, -1, -1);
    int count;
    printf("abc%n|", &count);
    printf("%d\n", count);
    return 0;
}
// expect: [42][   42][42   ][00042][+42][ 42][  +42][+42  ][ 0042]
// expect: [-42][  -42][-42  ][-0042][-42][-42][  -42][-42  ][-0042]
// expect: [ff][0xff][010][10][FF][0XFF][000000ff][0x0000ff][0xff    ]
// expect: [7][    7][005][     005][005     ][][0][0][     005]
// expect: [hello][     hello][hello     ][he][        he][he        ][]
// expect: [     7][7     ][abc][   xy][q][    q][q    ]
// expect: [3][-5][-56][44][ffff][123456789012][-1][99][%]
// expect: [(nil)][     (nil)][(nil)  ]
// expect: [9   ][9]
// expect: [4294967295][ffffffff][37777777777]
// expect: abc|3
