// gcc's designator ranges are outside the subset.
int main(void) {
    int c[8] = {[1 ... 3] = 2};
    return c[0];
}
// error: 3:20: designator ranges ([a ... b]) are not supported
