// Designators that name no element and misused bit-fields are errors, as in gcc.
struct point { int x, y; };
struct flags { unsigned a : 3; int b : 40; };

int main(void) {
    struct point p = {.z = 1};
    int a[3] = {[3] = 1};
    struct point q = {[0] = 1};
    int b[2] = {.x = 1};
    struct flags f;
    unsigned *pa = &f.a;
    return p.x + a[0] + q.x + b[0] + (int)*pa;
}
// error: 3:40: width of bit-field 'b' is invalid (40)
// error: 6:23: unknown field 'z' specified in initializer
// error: 7:18: array index in initializer exceeds array bounds
// error: 8:24: array index in non-array initializer
// error: 9:17: field name '.x' not in a struct or union initializer
// error: 11:20: cannot take address of bit-field 'a'
