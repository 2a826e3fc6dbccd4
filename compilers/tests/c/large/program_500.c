// A realistic program of about 500 lines: the Engine's "day book". It evaluates a small program of
// assignments with a recursive-descent parser, keeps a chained hash table of word counts, sorts with
// quicksort and merge sort, multiplies matrices, run-length encodes card patterns, checksums text with
// unsigned arithmetic and simulates a queue of operation cards. Also the compile-speed benchmark's input.
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#define MAX_TOKENS 64
#define TABLE_SIZE 13
#define MAX_WORD 16
#define QUEUE_CAP 8

/* ------------------------------------------------------------------ strings */

int text_length(const char *s) {
    int n = 0;
    while (s[n] != '\0') n++;
    return n;
}

int text_equal(const char *a, const char *b) {
    while (*a && *a == *b) {
        a++;
        b++;
    }
    return *a == *b;
}

void text_copy(char *to, const char *from, int limit) {
    int i = 0;
    while (from[i] != '\0' && i < limit - 1) {
        to[i] = from[i];
        i++;
    }
    to[i] = '\0';
}

int is_letter(int c) { return (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z'); }
int is_digit(int c) { return c >= '0' && c <= '9'; }
int lower(int c) { return c >= 'A' && c <= 'Z' ? c - 'A' + 'a' : c; }

void format_number(long value, char *out) {
    char digits[24];
    int n = 0;
    int negative = value < 0;
    if (negative) value = -value;
    do {
        digits[n++] = (char)('0' + value % 10);
        value /= 10;
    } while (value > 0);
    int k = 0;
    if (negative) out[k++] = '-';
    while (n > 0) out[k++] = digits[--n];
    out[k] = '\0';
}

/* ------------------------------------------------------------------ tokens */

enum token_kind { T_NUMBER, T_NAME, T_OP, T_END };

struct token {
    enum token_kind kind;
    long value;
    char op;
};

struct token tokens[MAX_TOKENS];
int token_count;
int token_pos;
int parse_errors;

int tokenize(const char *line) {
    token_count = 0;
    int i = 0;
    while (line[i] != '\0' && token_count < MAX_TOKENS - 1) {
        char c = line[i];
        if (c == ' ') {
            i++;
        } else if (is_digit(c)) {
            long v = 0;
            while (is_digit(line[i])) v = v * 10 + (line[i++] - '0');
            tokens[token_count].kind = T_NUMBER;
            tokens[token_count].value = v;
            token_count++;
        } else if (is_letter(c)) {
            tokens[token_count].kind = T_NAME;
            tokens[token_count].value = lower(c) - 'a';
            token_count++;
            while (is_letter(line[i])) i++;
        } else {
            tokens[token_count].kind = T_OP;
            tokens[token_count].op = c;
            token_count++;
            i++;
        }
    }
    tokens[token_count].kind = T_END;
    token_pos = 0;
    return token_count;
}

/* ------------------------------------------------------------------ expressions */

long variables[26];

long parse_sum(void);

struct token *peek_token(void) { return &tokens[token_pos]; }

int accept_op(char op) {
    struct token *t = peek_token();
    if (t->kind == T_OP && t->op == op) {
        token_pos++;
        return 1;
    }
    return 0;
}

long parse_atom(void) {
    struct token *t = peek_token();
    if (t->kind == T_NUMBER) {
        token_pos++;
        return t->value;
    }
    if (t->kind == T_NAME) {
        token_pos++;
        return variables[t->value];
    }
    if (accept_op('(')) {
        long v = parse_sum();
        if (!accept_op(')')) parse_errors++;
        return v;
    }
    if (accept_op('-')) return -parse_atom();
    parse_errors++;
    return 0;
}

long parse_product(void) {
    long v = parse_atom();
    for (;;) {
        if (accept_op('*')) {
            v *= parse_atom();
        } else if (accept_op('/')) {
            long d = parse_atom();
            if (d == 0) {
                parse_errors++;
                return 0;
            }
            v /= d;
        } else if (accept_op('%')) {
            long d = parse_atom();
            if (d == 0) {
                parse_errors++;
                return 0;
            }
            v %= d;
        } else {
            return v;
        }
    }
}

long parse_sum(void) {
    long v = parse_product();
    for (;;) {
        if (accept_op('+')) v += parse_product();
        else if (accept_op('-')) v -= parse_product();
        else return v;
    }
}

// "x = expr" assigns; a bare expression is evaluated. Returns the value.
long run_statement(const char *line) {
    tokenize(line);
    if (token_count >= 2 && tokens[0].kind == T_NAME && tokens[1].kind == T_OP && tokens[1].op == '=') {
        int target = (int)tokens[0].value;
        token_pos = 2;
        long v = parse_sum();
        variables[target] = v;
        return v;
    }
    return parse_sum();
}

/* ------------------------------------------------------------------ hash table */

struct entry {
    char word[MAX_WORD];
    int count;
    struct entry *next;
};

struct entry *table[TABLE_SIZE];

unsigned int hash_word(const char *w) {
    unsigned int h = 5381;
    while (*w) h = h * 33u + (unsigned char)*w++;
    return h % TABLE_SIZE;
}

void count_word(const char *w) {
    unsigned int slot = hash_word(w);
    for (struct entry *e = table[slot]; e != NULL; e = e->next) {
        if (text_equal(e->word, w)) {
            e->count++;
            return;
        }
    }
    struct entry *e = malloc(sizeof(struct entry));
    text_copy(e->word, w, MAX_WORD);
    e->count = 1;
    e->next = table[slot];
    table[slot] = e;
}

void count_words(const char *text) {
    char word[MAX_WORD];
    int n = 0;
    for (int i = 0;; i++) {
        char c = text[i];
        if (is_letter(c)) {
            if (n < MAX_WORD - 1) word[n++] = (char)lower(c);
        } else {
            if (n > 0) {
                word[n] = '\0';
                count_word(word);
                n = 0;
            }
            if (c == '\0') break;
        }
    }
}

int distinct_words(void) {
    int total = 0;
    for (int i = 0; i < TABLE_SIZE; i++)
        for (struct entry *e = table[i]; e; e = e->next) total++;
    return total;
}

struct entry *most_frequent(void) {
    struct entry *best = NULL;
    for (int i = 0; i < TABLE_SIZE; i++)
        for (struct entry *e = table[i]; e; e = e->next)
            if (best == NULL || e->count > best->count ||
                (e->count == best->count && strcmp(e->word, best->word) < 0))
                best = e;
    return best;
}

void free_table(void) {
    for (int i = 0; i < TABLE_SIZE; i++) {
        struct entry *e = table[i];
        while (e) {
            struct entry *next = e->next;
            free(e);
            e = next;
        }
        table[i] = NULL;
    }
}

/* ------------------------------------------------------------------ sorting */

void swap_ints(int *a, int *b) {
    int t = *a;
    *a = *b;
    *b = t;
}

void quicksort(int *a, int lo, int hi) {
    if (lo >= hi) return;
    int pivot = a[(lo + hi) / 2];
    int i = lo, j = hi;
    while (i <= j) {
        while (a[i] < pivot) i++;
        while (a[j] > pivot) j--;
        if (i <= j) {
            swap_ints(&a[i], &a[j]);
            i++;
            j--;
        }
    }
    quicksort(a, lo, j);
    quicksort(a, i, hi);
}

int merge_buffer[32];

void merge_sort(int *a, int n) {
    if (n < 2) return;
    int half = n / 2;
    merge_sort(a, half);
    merge_sort(a + half, n - half);
    int i = 0, j = half, k = 0;
    while (i < half && j < n) merge_buffer[k++] = a[i] <= a[j] ? a[i++] : a[j++];
    while (i < half) merge_buffer[k++] = a[i++];
    while (j < n) merge_buffer[k++] = a[j++];
    for (k = 0; k < n; k++) a[k] = merge_buffer[k];
}

int is_sorted(const int *a, int n) {
    for (int i = 1; i < n; i++)
        if (a[i - 1] > a[i]) return 0;
    return 1;
}

int same_ints(const int *a, const int *b, int n);

void print_ints(const char *label, const int *a, int n) {
    printf("%-8s", label);
    for (int i = 0; i < n; i++) printf("%4d", a[i]);
    printf("\n");
}

/* ------------------------------------------------------------------ matrices */

typedef struct {
    long m[2][2];
} Matrix2;

void multiply2(const Matrix2 *a, const Matrix2 *b, Matrix2 *out) {
    Matrix2 r;
    for (int i = 0; i < 2; i++)
        for (int j = 0; j < 2; j++) {
            r.m[i][j] = 0;
            for (int k = 0; k < 2; k++) r.m[i][j] += a->m[i][k] * b->m[k][j];
        }
    *out = r;
}

long fibonacci_by_matrix(int n) {
    Matrix2 result = {{{1, 0}, {0, 1}}};
    Matrix2 base = {{{1, 1}, {1, 0}}};
    while (n > 0) {
        if (n & 1) multiply2(&result, &base, &result);
        multiply2(&base, &base, &base);
        n >>= 1;
    }
    return result.m[0][1];
}

long determinant3(long m[3][3]) {
    return m[0][0] * (m[1][1] * m[2][2] - m[1][2] * m[2][1]) -
           m[0][1] * (m[1][0] * m[2][2] - m[1][2] * m[2][0]) +
           m[0][2] * (m[1][0] * m[2][1] - m[1][1] * m[2][0]);
}

/* ------------------------------------------------------------------ cards */

// Run-length encoding of a punched-card row: "XX..X" becomes "2X2.1X".
void run_length(const char *row, char *out) {
    int k = 0;
    int i = 0;
    while (row[i] != '\0') {
        char c = row[i];
        int run = 0;
        while (row[i] == c) {
            run++;
            i++;
        }
        char digits[8];
        format_number(run, digits);
        for (int d = 0; digits[d]; d++) out[k++] = digits[d];
        out[k++] = c;
    }
    out[k] = '\0';
}

unsigned int checksum(const char *s) {
    unsigned int sum = 0xFFFFu;
    for (; *s; s++) {
        sum ^= (unsigned int)(unsigned char)*s << 3;
        sum = (sum << 5 | sum >> 27) & 0xFFFFFFFFu;
        sum += 0x9E37u;
    }
    return sum;
}

/* ------------------------------------------------------------------ queue of operation cards */

enum card_op { OP_ADD, OP_SUB, OP_MUL, OP_PRINT };

struct card {
    enum card_op op;
    int operand;
};

struct card_queue {
    struct card cards[QUEUE_CAP];
    int head;
    int size;
};

int enqueue(struct card_queue *q, enum card_op op, int operand) {
    if (q->size == QUEUE_CAP) return 0;
    int at = (q->head + q->size) % QUEUE_CAP;
    q->cards[at].op = op;
    q->cards[at].operand = operand;
    q->size++;
    return 1;
}

struct card *dequeue(struct card_queue *q) {
    if (q->size == 0) return NULL;
    struct card *c = &q->cards[q->head];
    q->head = (q->head + 1) % QUEUE_CAP;
    q->size--;
    return c;
}

long run_mill(struct card_queue *q) {
    long mill = 0;
    struct card *c;
    while ((c = dequeue(q)) != NULL) {
        switch (c->op) {
        case OP_ADD:
            mill += c->operand;
            break;
        case OP_SUB:
            mill -= c->operand;
            break;
        case OP_MUL:
            mill *= c->operand;
            break;
        case OP_PRINT:
            printf("mill: %ld\n", mill);
            break;
        default:
            printf("bad card\n");
        }
    }
    return mill;
}

/* ------------------------------------------------------------------ primes */

int sieve_count(int limit, int *largest) {
    static char composite[200];
    int count = 0;
    memset(composite, 0, sizeof composite);
    *largest = 0;
    for (int i = 2; i < limit; i++) {
        if (composite[i]) continue;
        count++;
        *largest = i;
        for (int j = i * i; j < limit; j += i) composite[j] = 1;
    }
    return count;
}

/* ------------------------------------------------------------------ main */

int main(void) {
    const char *program[] = {
        "a = 6 * 7",
        "b = a - 2 * (3 + 4)",
        "c = b % 5 + a / 4",
        "d = -c + 100",
        "a * b - c * d",
        "e = (a + b) * (c - d) / 3",
    };
    printf("== calculator\n");
    for (int i = 0; i < 6; i++) {
        long v = run_statement(program[i]);
        char text[24];
        format_number(v, text);
        printf("%-22s => %s\n", program[i], text);
    }
    printf("errors: %d\n", parse_errors);
    run_statement("(1 + 2");
    run_statement("5 / 0");
    printf("errors after bad input: %d\n", parse_errors);

    printf("== words\n");
    count_words("The Engine weaves algebraic patterns just as the Jacquard loom weaves flowers and leaves. "
                "The engine is the loom of numbers; the engine never tires.");
    struct entry *top = most_frequent();
    printf("distinct %d, most frequent '%s' x%d\n", distinct_words(), top->word, top->count);
    free_table();
    printf("after free: %d\n", distinct_words());

    printf("== sorting\n");
    int data[12] = {31, -4, 15, 92, 65, 35, 8, 97, 93, 23, 84, 62};
    int copy[12];
    memcpy(copy, data, sizeof data);
    quicksort(data, 0, 11);
    merge_sort(copy, 12);
    print_ints("quick", data, 12);
    print_ints("merge", copy, 12);
    printf("sorted: %d %d, equal: %d\n", is_sorted(data, 12), is_sorted(copy, 12),
           same_ints(data, copy, 12));

    printf("== matrices\n");
    for (int n = 10; n <= 90; n += 40) printf("fib(%d) = %ld\n", n, fibonacci_by_matrix(n));
    long m[3][3] = {{2, -3, 1}, {2, 0, -1}, {1, 4, 5}};
    printf("det = %ld\n", determinant3(m));

    printf("== cards\n");
    const char *rows[3] = {"XX..X", "....", "X.X.XXX"};
    for (int i = 0; i < 3; i++) {
        char encoded[32];
        run_length(rows[i], encoded);
        printf("%-8s -> %s\n", rows[i], encoded);
    }
    printf("checksum %u %x\n", checksum("BABBAGE"), checksum("Analytical Engine"));

    printf("== mill\n");
    struct card_queue q;
    q.head = 0;
    q.size = 0;
    enqueue(&q, OP_ADD, 12);
    enqueue(&q, OP_MUL, 7);
    enqueue(&q, OP_PRINT, 0);
    enqueue(&q, OP_SUB, 100);
    enqueue(&q, OP_PRINT, 0);
    long final_value = run_mill(&q);
    int accepted = 0;
    for (int i = 0; i < 10; i++) accepted += enqueue(&q, OP_ADD, i);
    printf("final %ld, accepted %d of 10\n", final_value, accepted);
    printf("after run: %ld\n", run_mill(&q));

    printf("== primes\n");
    int largest;
    int count = sieve_count(200, &largest);
    printf("%d primes below 200, the largest %d\n", count, largest);
    return 0;
}

int same_ints(const int *a, const int *b, int n) {
    for (int i = 0; i < n; i++)
        if (a[i] != b[i]) return 0;
    return 1;
}
// expect: == calculator
// expect: a = 6 * 7              => 42
// expect: b = a - 2 * (3 + 4)    => 28
// expect: c = b % 5 + a / 4      => 13
// expect: d = -c + 100           => 87
// expect: a * b - c * d          => 45
// expect: e = (a + b) * (c - d) / 3 => -1726
// expect: errors: 0
// expect: errors after bad input: 2
// expect: == words
// expect: distinct 17, most frequent 'the' x5
// expect: after free: 0
// expect: == sorting
// expect: quick     -4   8  15  23  31  35  62  65  84  92  93  97
// expect: merge     -4   8  15  23  31  35  62  65  84  92  93  97
// expect: sorted: 1 1, equal: 1
// expect: == matrices
// expect: fib(10) = 55
// expect: fib(50) = 12586269025
// expect: fib(90) = 2880067194370816120
// expect: det = 49
// expect: == cards
// expect: XX..X    -> 2X2.1X
// expect: ....     -> 4.
// expect: X.X.XXX  -> 1X1.1X1.3X
// expect: checksum 556580065 36af9f72
// expect: == mill
// expect: mill: 84
// expect: mill: -16
// expect: final -16, accepted 8 of 10
// expect: after run: 28
// expect: == primes
// expect: 46 primes below 200, the largest 199
