// break and continue need an enclosing loop (or switch, for break).
int main(void) {
    int x = 1;
    break;
    switch (x) {
    case 1:
        continue;
    }
    return 0;
}
// error: 4:5: break statement not within a loop or switch
// error: 7:9: continue statement not within a loop
