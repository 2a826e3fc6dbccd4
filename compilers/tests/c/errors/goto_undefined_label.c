// goto needs a label in the same function.
int main(void) {
    int i = 0;
loop:
    i++;
    if (i < 3) goto loop;
    goto finish;
}
// error: 7:5: label 'finish' used but not defined
