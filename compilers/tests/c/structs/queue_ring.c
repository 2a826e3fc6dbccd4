// A ring-buffer queue.
#include <stdio.h>

struct queue {
    int data[5];
    int head, tail, count;
};

int put(struct queue *q, int v) {
    if (q->count == 5) return 0;
    q->data[q->tail] = v;
    q->tail = (q->tail + 1) % 5;
    q->count++;
    return 1;
}

int take(struct queue *q) {
    int v = q->data[q->head];
    q->head = (q->head + 1) % 5;
    q->count--;
    return v;
}

int main(void) {
    struct queue q = {{0}, 0, 0, 0};
    for (int i = 1; i <= 7; i++) printf("%d", put(&q, i * 10));
    printf("\n");
    int first = take(&q);
    int second = take(&q);
    printf("%d %d\n", first, second);
    put(&q, 60);
    put(&q, 70);
    while (q.count) printf("%d ", take(&q));
    printf("\n");
    return 0;
}
// expect: 1111100
// expect: 10 20
// expect: 30 40 50 60 70 
