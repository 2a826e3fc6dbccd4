// Member access needs a struct with that member.
struct point { int x, y; };

int main(void) {
    struct point p = {1, 2};
    struct point *q = &p;
    int n = 5;
    return p.z + q->w + n.x + p->x;
}
// error: 8:12: 'struct point' has no member named 'z'
// error: 8:18: 'struct point' has no member named 'w'
// error: 8:25: '.' needs a struct, not 'int'
// error: 8:31: '->' needs a pointer to a struct, not 'struct point'
