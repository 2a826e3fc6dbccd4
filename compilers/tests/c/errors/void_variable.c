// Variables cannot be void, and void * cannot be dereferenced.
int main(void) {
    void nothing;
    int n = 1;
    void *p = &n;
    return *p;
}
// error: 3:10: variable 'nothing' declared void
// error: 6:12: dereferencing a 'void *' pointer
