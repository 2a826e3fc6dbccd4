/* The native engine: the interpreter's loop (babbage/interpreter.py) in C, for the common cards.
 *
 * Words are kept as __int128 while they stay within BOUND (2^126 - 1), so that the sum, difference or
 * comparison of two of them cannot overflow C's arithmetic. Anything else stops the loop BEFORE the
 * card, with the machine's state saved, and babbage/native.py has the Python interpreter execute that
 * card: a result past BOUND (the 50-digit value or the overflow trap), every trap condition (division
 * by zero, an address outside the Store, stack overflow, a bad jump, the end of the chain, the output
 * limit, PRINTC outside Unicode, SQRT of a negative), READ, READC, TRAP, HALT and any card whose fields
 * are unusual. A Store word past BOUND is held as BIG, which stops any card that reads it.
 *
 * Counts and quantities are kept here as deltas and added to the machine's lists on flush_counts(), so
 * that a Python step in between costs nothing here; Store words written here are remembered once each
 * (dirty) and written to the machine's list on flush_store(), so a Python step costs O(words written
 * since the last step), never O(Store).
 */
#define PY_SSIZE_T_CLEAN
#include <Python.h>
#include <math.h>
#include <string.h>

typedef __int128 word;
typedef unsigned __int128 uword;

#define BOUND ((word)(((uword)1 << 126) - 1))
#define BIG ((word)((uword)1 << 127)) /* the most negative __int128: never a value within BOUND */
#define SP 4
#define NREGS 6

/* Operand kinds of the cards that read their second operand as a value. */
enum { X_NONE, X_REG, X_IMM, X_ABS, X_BASED };

/* Opcodes (isa.py). */
enum {
    LOAD = 1, STOR = 2, LEA = 3, PUSH = 4, POP = 5,
    ADD = 10, SUB = 11, MUL = 12, DIV = 13, MOD = 14, NEG = 15, ABS = 16, SHL = 17, SHR = 18, SQRT = 19,
    CMP = 20, JMP = 30, JZ = 31, JNZ = 32, JLT = 33, JLE = 34, JGT = 35, JGE = 36, JMPR = 37,
    CALL = 38, CALLR = 39, RET = 40, PRINT = 50, PRINTC = 51, NOP = 62,
    STOP_CARD = -1 /* anything the Python interpreter must execute */
};

typedef struct {
    int op;
    int r;
    int base;
    int operand;    /* X_* for the cards that read an operand, else X_NONE */
    int absolute;   /* STOR and LEA: mode 3 */
    int tracks_sp;  /* the interpreter compares SP with the lowest SP after this card */
    word value;
} Card;

typedef struct {
    PyObject_HEAD
    Card *cards;
    Py_ssize_t ncards;
    word *store;
    Py_ssize_t size;
    unsigned char *dirty;
    Py_ssize_t *dirty_list;
    Py_ssize_t ndirty;
    long long *counts;
    long long *quantities;
    long long static_size;
    long long stack_limit;
    long long max_output;
    char *out;
    Py_ssize_t out_len;
    Py_ssize_t out_cap;
} Engine;

static word POW10[39]; /* 10^0 .. 10^38 */

/* A Python int as a word: 1 when it fits in __int128, 0 when not, -1 with an exception set. */
static int word_from_py(PyObject *obj, word *out) {
    int overflow = 0;
    long long small = PyLong_AsLongLongAndOverflow(obj, &overflow);
    if (small == -1 && PyErr_Occurred()) return -1;
    if (!overflow) {
        *out = small;
        return 1;
    }
    /* Rare: split into the high part (obj >> 64) and the low 64 bits (two's complement). */
    PyObject *shift = PyLong_FromLong(64);
    PyObject *mask = PyLong_FromUnsignedLongLong(~0ULL);
    PyObject *hi = shift ? PyNumber_Rshift(obj, shift) : NULL;
    PyObject *lo = mask ? PyNumber_And(obj, mask) : NULL;
    int result = -1;
    if (hi && lo) {
        long long high = PyLong_AsLongLongAndOverflow(hi, &overflow);
        if (!(high == -1 && PyErr_Occurred())) {
            if (overflow) {
                result = 0;
            } else {
                unsigned long long low = PyLong_AsUnsignedLongLong(lo);
                if (!PyErr_Occurred()) {
                    *out = (word)(((uword)(unsigned long long)high << 64) | low);
                    result = 1;
                }
            }
        }
    }
    Py_XDECREF(shift);
    Py_XDECREF(mask);
    Py_XDECREF(hi);
    Py_XDECREF(lo);
    return result;
}

static PyObject *word_to_py(word value) {
    if (value >= (word)LLONG_MIN && value <= (word)LLONG_MAX) return PyLong_FromLongLong((long long)value);
    PyObject *hi = PyLong_FromLongLong((long long)(value >> 64));
    PyObject *lo = PyLong_FromUnsignedLongLong((unsigned long long)value);
    PyObject *shift = PyLong_FromLong(64);
    PyObject *shifted = (hi && shift) ? PyNumber_Lshift(hi, shift) : NULL;
    PyObject *result = (shifted && lo) ? PyNumber_Or(shifted, lo) : NULL;
    Py_XDECREF(hi);
    Py_XDECREF(lo);
    Py_XDECREF(shift);
    Py_XDECREF(shifted);
    return result;
}

/* A Store word: BIG when it does not fit within BOUND. 0 on success, -1 with an exception set. */
static int store_word(PyObject *obj, word *out) {
    word value;
    int fits = word_from_py(obj, &value);
    if (fits < 0) return -1;
    *out = (fits && value <= BOUND && value >= -BOUND) ? value : BIG;
    return 0;
}

static int digit_count(word value) {
    if (value < 0) value = -value;
    int digits = 1;
    while (digits < 39 && value >= POW10[digits]) digits++;
    return digits;
}

static word isqrt_word(word value) {
    uword y = (uword)value;
    if (y < 2) return value;
    uword r = (uword)sqrt((double)y) + 2;
    for (;;) { /* Newton from above */
        uword next = (r + y / r) / 2;
        if (next >= r) break;
        r = next;
    }
    while (r * r > y) r--;
    while ((r + 1) * (r + 1) <= y) r++;
    return (word)r;
}

static int append_output(Engine *e, const char *bytes, Py_ssize_t n) {
    if (e->out_len + n > e->out_cap) {
        Py_ssize_t cap = e->out_cap ? e->out_cap : 256;
        while (cap < e->out_len + n) cap *= 2;
        char *grown = PyMem_RawRealloc(e->out, (size_t)cap); /* without the GIL: Raw */
        if (!grown) return -1;
        e->out = grown;
        e->out_cap = cap;
    }
    memcpy(e->out + e->out_len, bytes, (size_t)n);
    e->out_len += n;
    return 0;
}

static int decimal(word value, char *buffer) {
    char digits[48];
    int n = 0;
    uword magnitude = value < 0 ? (uword)0 - (uword)value : (uword)value;
    do {
        digits[n++] = (char)('0' + (int)(magnitude % 10));
        magnitude /= 10;
    } while (magnitude);
    int length = 0;
    if (value < 0) buffer[length++] = '-';
    while (n) buffer[length++] = digits[--n];
    return length;
}

static int utf8(long code, char *buffer) {
    if (code < 0x80) {
        buffer[0] = (char)code;
        return 1;
    }
    if (code < 0x800) {
        buffer[0] = (char)(0xC0 | (code >> 6));
        buffer[1] = (char)(0x80 | (code & 0x3F));
        return 2;
    }
    if (code < 0x10000) {
        buffer[0] = (char)(0xE0 | (code >> 12));
        buffer[1] = (char)(0x80 | ((code >> 6) & 0x3F));
        buffer[2] = (char)(0x80 | (code & 0x3F));
        return 3;
    }
    buffer[0] = (char)(0xF0 | (code >> 18));
    buffer[1] = (char)(0x80 | ((code >> 12) & 0x3F));
    buffer[2] = (char)(0x80 | ((code >> 6) & 0x3F));
    buffer[3] = (char)(0x80 | (code & 0x3F));
    return 4;
}

static int uses_register(int op) {
    switch (op) {
    case LOAD: case STOR: case LEA: case POP: case ADD: case SUB: case MUL: case DIV: case MOD: case NEG:
    case ABS: case SHL: case SHR: case SQRT: case CMP:
        return 1;
    default:
        return 0;
    }
}

static int reads_operand(int op) {
    return op == LOAD || op == PUSH || op == ADD || op == SUB || op == MUL || op == DIV || op == MOD ||
           op == CMP || op == PRINT || op == PRINTC;
}

/* One card tuple (opcode, register, mode, base, value) as the loop executes it. */
static int decode(PyObject *tuple, Card *card) {
    long fields[4];
    if (!PyTuple_Check(tuple) || PyTuple_GET_SIZE(tuple) != 5) {
        PyErr_SetString(PyExc_TypeError, "a card is a tuple of five ints");
        return -1;
    }
    for (int i = 0; i < 4; i++) {
        fields[i] = PyLong_AsLong(PyTuple_GET_ITEM(tuple, i));
        if (fields[i] == -1 && PyErr_Occurred()) return -1;
    }
    long op = fields[0], r = fields[1], mode = fields[2], base = fields[3];
    word value = 0;
    int fits = word_from_py(PyTuple_GET_ITEM(tuple, 4), &value);
    if (fits < 0) return -1;
    memset(card, 0, sizeof *card);
    card->op = (int)op;
    card->r = (int)r;
    card->base = (int)base;
    card->value = value;
    card->absolute = mode == 3;
    card->tracks_sp = r == SP || op == PUSH || op == CALL || op == CALLR;
    int known = 0;
    switch (op) {
    case LOAD: case STOR: case LEA: case PUSH: case POP: case ADD: case SUB: case MUL: case DIV: case MOD:
    case NEG: case ABS: case SHL: case SHR: case SQRT: case CMP: case JMP: case JZ: case JNZ: case JLT:
    case JLE: case JGT: case JGE: case JMPR: case CALL: case CALLR: case RET: case PRINT: case PRINTC:
    case NOP:
        known = 1;
    }
    int base_read = 0;
    if (reads_operand((int)op)) {
        card->operand = mode == 0 ? X_NONE : mode == 1 ? X_REG : mode == 2 ? X_IMM : mode == 3 ? X_ABS : X_BASED;
        base_read = card->operand == X_REG || card->operand == X_BASED;
    }
    if ((op == STOR || op == LEA) && mode != 3) base_read = 1;
    if (op == JMPR || op == CALLR) base_read = 1;
    int ok = known && fits && value <= BOUND && value >= -BOUND;
    if (uses_register((int)op) && (r < 0 || r >= NREGS)) ok = 0;
    if (base_read && (base < 0 || base >= NREGS)) ok = 0;
    if ((op == SHL || op == SHR) && (value < 0 || value > 50)) ok = 0;
    if (!ok) card->op = STOP_CARD;
    return 0;
}

static void Engine_dealloc(Engine *e) {
    PyMem_Free(e->cards);
    PyMem_Free(e->store);
    PyMem_Free(e->dirty);
    PyMem_Free(e->dirty_list);
    PyMem_Free(e->counts);
    PyMem_Free(e->quantities);
    PyMem_RawFree(e->out);
    Py_TYPE(e)->tp_free((PyObject *)e);
}

/* fresh: the array is still calloc's zeros, so the zero words (most of a Store) are not written. */
static int load_store_from(Engine *e, PyObject *store, int fresh) {
    if (!PyList_Check(store) || PyList_GET_SIZE(store) != e->size) {
        PyErr_SetString(PyExc_ValueError, "the Store list changed size");
        return -1;
    }
    PyObject *zero = PyLong_FromLong(0); /* a cached small int: most of a Store is this object */
    for (Py_ssize_t i = 0; i < e->size; i++) {
        PyObject *item = PyList_GET_ITEM(store, i);
        if (item == zero) {
            if (!fresh) e->store[i] = 0;
        } else if (store_word(item, &e->store[i]) < 0) {
            Py_DECREF(zero);
            return -1;
        }
    }
    Py_DECREF(zero);
    return 0;
}

/* Engine(cards, store, static_size, stack_limit, max_output) */
static int Engine_init(Engine *e, PyObject *args, PyObject *kwargs) {
    PyObject *cards, *store;
    long long static_size, stack_limit, max_output;
    if (!PyArg_ParseTuple(args, "O!O!LLL", &PyList_Type, &cards, &PyList_Type, &store, &static_size,
                          &stack_limit, &max_output))
        return -1;
    if (e->cards) {
        PyErr_SetString(PyExc_RuntimeError, "an Engine is initialised once");
        return -1;
    }
    e->ncards = PyList_GET_SIZE(cards);
    e->size = PyList_GET_SIZE(store);
    Py_ssize_t ncards = e->ncards ? e->ncards : 1, size = e->size ? e->size : 1;
    e->cards = PyMem_Calloc((size_t)ncards, sizeof(Card));
    e->store = PyMem_Calloc((size_t)size, sizeof(word));
    e->dirty = PyMem_Calloc((size_t)size, 1);
    e->dirty_list = PyMem_Calloc((size_t)size, sizeof(Py_ssize_t));
    e->counts = PyMem_Calloc((size_t)ncards, sizeof(long long));
    e->quantities = PyMem_Calloc((size_t)ncards, sizeof(long long));
    if (!e->cards || !e->store || !e->dirty || !e->dirty_list || !e->counts || !e->quantities) {
        PyErr_NoMemory();
        return -1;
    }
    for (Py_ssize_t i = 0; i < e->ncards; i++)
        if (decode(PyList_GET_ITEM(cards, i), &e->cards[i]) < 0) return -1;
    e->static_size = static_size;
    e->stack_limit = stack_limit;
    e->max_output = max_output;
    return load_store_from(e, store, 1);
}

static PyObject *Engine_load_store(Engine *e, PyObject *store) {
    if (load_store_from(e, store, 0) < 0) return NULL;
    Py_RETURN_NONE;
}

/* set_word(address, value): the machine's Store word changed outside this engine. */
static PyObject *Engine_set_word(Engine *e, PyObject *args) {
    Py_ssize_t address;
    PyObject *value;
    if (!PyArg_ParseTuple(args, "nO", &address, &value)) return NULL;
    if (address < 0 || address >= e->size) {
        PyErr_SetString(PyExc_IndexError, "address outside the Store");
        return NULL;
    }
    if (store_word(value, &e->store[address]) < 0) return NULL;
    Py_RETURN_NONE;
}

/* flush_store(store): the words written here since the last flush, into the machine's list. */
static PyObject *Engine_flush_store(Engine *e, PyObject *store) {
    if (!PyList_Check(store) || PyList_GET_SIZE(store) != e->size) {
        PyErr_SetString(PyExc_ValueError, "the Store list changed size");
        return NULL;
    }
    for (Py_ssize_t i = 0; i < e->ndirty; i++) {
        Py_ssize_t address = e->dirty_list[i];
        e->dirty[address] = 0;
        PyObject *value = word_to_py(e->store[address]);
        if (!value) return NULL;
        PyList_SetItem(store, address, value);
    }
    e->ndirty = 0;
    Py_RETURN_NONE;
}

static int add_deltas(long long *deltas, PyObject *list, Py_ssize_t n) {
    if (!PyList_Check(list) || PyList_GET_SIZE(list) != n) {
        PyErr_SetString(PyExc_ValueError, "a per-card list changed size");
        return -1;
    }
    for (Py_ssize_t i = 0; i < n; i++) {
        if (!deltas[i]) continue;
        PyObject *delta = PyLong_FromLongLong(deltas[i]);
        PyObject *sum = delta ? PyNumber_Add(PyList_GET_ITEM(list, i), delta) : NULL;
        Py_XDECREF(delta);
        if (!sum) return -1;
        PyList_SetItem(list, i, sum);
        deltas[i] = 0;
    }
    return 0;
}

/* flush_counts(counts, quantities): add the completions and quantities counted here. */
static PyObject *Engine_flush_counts(Engine *e, PyObject *args) {
    PyObject *counts, *quantities;
    if (!PyArg_ParseTuple(args, "OO", &counts, &quantities)) return NULL;
    if (add_deltas(e->counts, counts, e->ncards) < 0 || add_deltas(e->quantities, quantities, e->ncards) < 0)
        return NULL;
    Py_RETURN_NONE;
}

/* run(limit, pc, steps, lever, lowest_sp, heap_high, output_bytes, regs)
 *   -> (entered, pc, steps, lever, lowest_sp, heap_high, output_bytes, text)
 * Executes cards until `limit` steps in all or a card the Python interpreter must execute. regs (a list
 * of six ints) is read, and written back when the loop ran. entered is False, with nothing done, when a
 * register or the lever does not fit. text is what PRINT and PRINTC printed (or None). */
static PyObject *Engine_run(Engine *e, PyObject *args) {
    long long limit, pc, steps, lowest_in, heap_high, output_bytes;
    PyObject *lever_obj, *regs_list;
    if (!PyArg_ParseTuple(args, "LLLOLLLO!", &limit, &pc, &steps, &lever_obj, &lowest_in, &heap_high,
                          &output_bytes, &PyList_Type, &regs_list))
        return NULL;
    if (PyList_GET_SIZE(regs_list) != NREGS) {
        PyErr_SetString(PyExc_ValueError, "six registers");
        return NULL;
    }
    word regs[NREGS];
    word lever;
    int fits = word_from_py(lever_obj, &lever);
    if (fits < 0) return NULL;
    for (int i = 0; fits && i < NREGS; i++) {
        fits = word_from_py(PyList_GET_ITEM(regs_list, i), &regs[i]);
        if (fits < 0) return NULL;
        if (regs[i] > BOUND || regs[i] < -BOUND) fits = 0;
    }
    if (!fits || pc < 0) return Py_BuildValue("OLLOLLLO", Py_False, pc, steps, lever_obj, lowest_in, heap_high,
                                              output_bytes, Py_None);

    const Card *cards = e->cards;
    const long long ncards = e->ncards;
    word *store = e->store;
    const long long size = e->size;
    unsigned char *dirty = e->dirty;
    Py_ssize_t *dirty_list = e->dirty_list;
    Py_ssize_t ndirty = e->ndirty;
    long long *counts = e->counts;
    long long *quantities = e->quantities;
    const long long static_size = e->static_size;
    const long long stack_limit = e->stack_limit;
    const long long max_output = e->max_output;
    word lowest_sp = lowest_in;
    Py_ssize_t out_start = e->out_len;
    int failed = 0;
    /* The loop touches no Python object: other threads (a web process's runs) go on meanwhile. */
    PyThreadState *thread = PyEval_SaveThread();

#define WRITE(address, v)                                                                                   \
    do {                                                                                                    \
        store[address] = (v);                                                                               \
        if (!dirty[address]) {                                                                              \
            dirty[address] = 1;                                                                             \
            dirty_list[ndirty++] = (address);                                                               \
        }                                                                                                   \
    } while (0)
#define TRANSFER(target)                                                                                    \
    do {                                                                                                    \
        long long distance = (long long)(target) - nxt;                                                     \
        quantities[pc] += distance < 0 ? -distance : distance;                                              \
        nxt = (long long)(target);                                                                          \
    } while (0)

    while (steps < limit && pc < ncards) {
        const Card *card = &cards[pc];
        long long nxt = pc + 1;
        word x = 0;
        switch (card->operand) {
        case X_REG:
            x = regs[card->base];
            break;
        case X_IMM:
            x = card->value;
            break;
        case X_ABS:
        case X_BASED: {
            word address = card->operand == X_ABS ? card->value : regs[card->base] + card->value;
            if (address < 0 || address >= size) goto stop;
            x = store[(long long)address];
            if (x == BIG) goto stop;
            break;
        }
        }
        switch (card->op) {
        case LOAD:
            regs[card->r] = x;
            break;
        case ADD:
            x = regs[card->r] + x;
            if (x > BOUND || x < -BOUND) goto stop;
            regs[card->r] = lever = x;
            break;
        case SUB:
            x = regs[card->r] - x;
            if (x > BOUND || x < -BOUND) goto stop;
            regs[card->r] = lever = x;
            break;
        case CMP:
            lever = regs[card->r] - x;
            break;
        case JMP: case JZ: case JNZ: case JLT: case JLE: case JGT: case JGE: {
            int op = card->op;
            if (op == JMP || (op == JZ && lever == 0) || (op == JNZ && lever != 0) || (op == JLT && lever < 0) ||
                (op == JLE && lever <= 0) || (op == JGT && lever > 0) || (op == JGE && lever >= 0)) {
                if (card->value < 0 || card->value >= ncards) goto stop;
                TRANSFER(card->value);
            }
            break;
        }
        case STOR: {
            word address = card->absolute ? card->value : regs[card->base] + card->value;
            if (address < 0 || address >= size) goto stop;
            long long a = (long long)address;
            WRITE(a, regs[card->r]);
            if (static_size <= a && a < stack_limit && a > heap_high) heap_high = a;
            break;
        }
        case MUL: {
            word y = regs[card->r], product;
            if (__builtin_mul_overflow(y, x, &product) || product > BOUND || product < -BOUND) goto stop;
            int dy = digit_count(y), dx = digit_count(x);
            quantities[pc] += dy < dx ? dy : dx;
            regs[card->r] = lever = product;
            break;
        }
        case DIV:
        case MOD: {
            if (x == 0) goto stop;
            word y = regs[card->r], quotient = y / x;
            quantities[pc] += digit_count(quotient);
            regs[card->r] = lever = card->op == DIV ? quotient : y % x;
            break;
        }
        case PUSH: {
            word new_sp = regs[SP] - 1;
            if (new_sp < stack_limit || new_sp < 0 || new_sp >= size) goto stop;
            long long a = (long long)new_sp;
            WRITE(a, x);
            regs[SP] = new_sp;
            break;
        }
        case POP: {
            word address = regs[SP];
            if (address < 0 || address >= size) goto stop;
            word v = store[(long long)address];
            if (v == BIG) goto stop;
            regs[SP] = address + 1;
            regs[card->r] = v;
            break;
        }
        case LEA: {
            word address = card->absolute ? card->value : regs[card->base] + card->value;
            if (address > BOUND || address < -BOUND) goto stop;
            regs[card->r] = address;
            break;
        }
        case CALL:
        case CALLR: {
            word target = card->op == CALL ? card->value : regs[card->base];
            if (target < 0 || target >= ncards) goto stop;
            word new_sp = regs[SP] - 1;
            if (new_sp < stack_limit || new_sp < 0 || new_sp >= size) goto stop;
            long long a = (long long)new_sp;
            WRITE(a, (word)nxt);
            regs[SP] = new_sp;
            TRANSFER(target);
            break;
        }
        case RET: {
            word address = regs[SP];
            if (address < 0 || address >= size) goto stop;
            word target = store[(long long)address];
            if (target < 0 || target >= ncards) goto stop;
            regs[SP] = address + 1;
            TRANSFER(target);
            break;
        }
        case JMPR: {
            word target = regs[card->base];
            if (target < 0 || target >= ncards) goto stop;
            TRANSFER(target);
            break;
        }
        case NEG:
            regs[card->r] = lever = -regs[card->r];
            break;
        case ABS:
            regs[card->r] = lever = regs[card->r] < 0 ? -regs[card->r] : regs[card->r];
            break;
        case SHL: {
            word y = regs[card->r], shifted = 0;
            if (y != 0) {
                if (card->value > 38 || __builtin_mul_overflow(y, POW10[(int)card->value], &shifted) ||
                    shifted > BOUND || shifted < -BOUND)
                    goto stop;
            }
            regs[card->r] = lever = shifted;
            break;
        }
        case SHR: {
            /* |y| <= BOUND < 10^38, so a shift of 38 places or more leaves 0 */
            word y = regs[card->r];
            regs[card->r] = lever = card->value >= 38 ? 0 : y / POW10[(int)card->value];
            break;
        }
        case SQRT: {
            word y = regs[card->r];
            if (y < 0) goto stop;
            y = isqrt_word(y);
            quantities[pc] += digit_count(y);
            regs[card->r] = lever = y;
            break;
        }
        case PRINT: {
            char text[48];
            int n = decimal(x, text);
            if (n > max_output - output_bytes) goto stop;
            if (append_output(e, text, n) < 0) {
                failed = 1;
                goto stop;
            }
            output_bytes += n;
            quantities[pc] += n;
            break;
        }
        case PRINTC: {
            if (x < 0 || x > 0x10FFFF || (x >= 0xD800 && x <= 0xDFFF)) goto stop;
            char text[4];
            int n = utf8((long)x, text);
            if (n > max_output - output_bytes) goto stop;
            if (append_output(e, text, n) < 0) {
                failed = 1;
                goto stop;
            }
            output_bytes += n;
            quantities[pc] += 1;
            break;
        }
        case NOP:
            break;
        default: /* READ, READC, TRAP, HALT and the cards decode() set aside */
            goto stop;
        }
        if (card->tracks_sp && regs[SP] < lowest_sp) lowest_sp = regs[SP];
        counts[pc] += 1;
        steps += 1;
        pc = nxt;
    }
stop:
    PyEval_RestoreThread(thread);
    e->ndirty = ndirty;
    if (failed) {
        PyErr_NoMemory();
        return NULL;
    }
    for (int i = 0; i < NREGS; i++) {
        PyObject *value = word_to_py(regs[i]);
        if (!value) return NULL;
        PyList_SetItem(regs_list, i, value);
    }
    PyObject *text = Py_None;
    Py_INCREF(text);
    if (e->out_len > out_start) {
        Py_DECREF(text);
        text = PyUnicode_DecodeUTF8(e->out, e->out_len, "strict");
        e->out_len = 0;
        if (!text) return NULL;
    }
    PyObject *lever_py = word_to_py(lever);
    PyObject *lowest_py = word_to_py(lowest_sp);
    PyObject *result = NULL;
    if (lever_py && lowest_py)
        result = Py_BuildValue("OLLOOLLO", Py_True, pc, steps, lever_py, lowest_py, heap_high, output_bytes, text);
    Py_XDECREF(lever_py);
    Py_XDECREF(lowest_py);
    Py_DECREF(text);
    return result;
}

static PyMethodDef Engine_methods[] = {
    {"run", (PyCFunction)Engine_run, METH_VARARGS, "Run cards towards a step limit (see the module notes)."},
    {"load_store", (PyCFunction)Engine_load_store, METH_O, "Load every Store word again from the list."},
    {"set_word", (PyCFunction)Engine_set_word, METH_VARARGS, "Load one Store word again."},
    {"flush_store", (PyCFunction)Engine_flush_store, METH_O, "Write the Store words written here."},
    {"flush_counts", (PyCFunction)Engine_flush_counts, METH_VARARGS, "Add the counts and quantities."},
    {NULL, NULL, 0, NULL},
};

static PyTypeObject EngineType = {
    PyVarObject_HEAD_INIT(NULL, 0).tp_name = "babbage._native.Engine",
    .tp_basicsize = sizeof(Engine),
    .tp_flags = Py_TPFLAGS_DEFAULT,
    .tp_doc = "The Engine's common cards in C (babbage/native.py drives it).",
    .tp_new = PyType_GenericNew,
    .tp_init = (initproc)Engine_init,
    .tp_dealloc = (destructor)Engine_dealloc,
    .tp_methods = Engine_methods,
};

static struct PyModuleDef module = {
    PyModuleDef_HEAD_INIT, "_native", "The Engine's hot loop in C (babbage/native.py).", -1, NULL,
};

PyMODINIT_FUNC PyInit__native(void) {
    POW10[0] = 1;
    for (int i = 1; i < 39; i++) POW10[i] = POW10[i - 1] * 10;
    if (PyType_Ready(&EngineType) < 0) return NULL;
    PyObject *m = PyModule_Create(&module);
    if (!m) return NULL;
    Py_INCREF(&EngineType);
    if (PyModule_AddObject(m, "Engine", (PyObject *)&EngineType) < 0) {
        Py_DECREF(&EngineType);
        Py_DECREF(m);
        return NULL;
    }
    PyModule_AddIntConstant(m, "VERSION", 1);
    return m;
}
