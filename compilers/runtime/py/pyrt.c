/* The Python runtime: values, objects and built-ins for programs compiled by compilers/frontends/python.
 *
 * This C is the source of pyrt.ir (the IR text the linker reads): `python -m
 * compilers.frontends.python.build_runtime` compiles it with the C front-end and writes pyrt.ir. Every
 * function and global is named py_... (the runtime namespace rule).
 *
 * Values are words. An int n is the odd word 2n+1; every other value is an even word: None 0, False 2,
 * True 4 (addresses of the program's guard global, never of an object), or the address of a heap object
 * whose word 0 is its type tag. Errors are raised by setting py_exc to the exception instance and
 * returning 0; the compiled code checks py_exc after each call that can raise.
 */
#include <stdio.h>
#include <stdlib.h>
#include <math.h>

typedef long (*py_code0)(void);
typedef long (*py_code)(long, long);
typedef long (*py_code4)(long, long, long, long);
typedef long (*py_code6)(long, long, long, long, long, long);

#define NONE 0
#define FALSE_ 2
#define TRUE_ 4
#define STOP 6
#define UNBOUND 8

#define T_STR 1
#define T_LIST 2
#define T_TUPLE 3
#define T_DICT 4
#define T_SET 5
#define T_RANGE 6
#define T_FUNC 7
#define T_CLASS 8
#define T_INST 9
#define T_BOUND 10
#define T_CELL 11
#define T_ITER 12
#define T_BUILTIN 13
#define T_SUPER 14
#define T_BMETH 15
#define T_VIEW 16
#define T_GEN 17
#define T_LAZY 18
#define T_FLOAT 19
#define LZ_MAP 1
#define LZ_FILTER 2
#define LZ_ZIP 3
#define LZ_ENUMERATE 4
#define LZ_REVERSED 5
#define LAZY_IDS 130 /* above 100 + every tag: the reversed iterators' type ids (py_lazy_type_id) */
#define ITER_IDS 140 /* above those: the iterators' and the dict views' type ids (py_iter_type_id) */
/* above those: math's functions used as values (map(math.sqrt, xs)): MATH_IDS + an MF_ id, or past
 * MATH_INT_IDS one of math's integer functions, numbered as MATH_INT_NAMES */
#define MATH_IDS 200
#define MATH_INT_IDS 240
#define MATH_INT_NAMES "factorial isqrt gcd lcm comb perm prod"
#define MATH_FLOAT_NAMES "sqrt floor ceil trunc fabs exp log log10 pow isnan isinf isfinite copysign fmod sin cos tan asin acos atan atan2 hypot log2 sinh cosh tanh asinh acosh atanh expm1 log1p degrees radians isclose" /* the MF_ ids' names, in order */
#define T_INT 20
#define T_NONE 21
#define T_BOOL 22
#define T_DESCR 23 /* [23, kind, function, setter]: staticmethod, classmethod or property */
#define T_SLICE 24 /* [24, start, stop, step]: a slice of an instance (obj[i:j]) or slice(...) */
#define T_ELLIPSIS 25 /* [25]: Ellipsis, the one object `...` is (py_singleton) */
#define T_NOTIMPL 26  /* [26]: NotImplemented, what a special method returns for an operand it does not take */
#define D_STATIC 1
#define D_CLASS 2
#define D_PROPERTY 3

/* Built-in functions callable as values (ids shared with the lowering, which reads these lines). */
#define B_len 1
#define B_str 2
#define B_int 3
#define B_abs 4
#define B_repr 5
#define B_sorted 6
#define B_list 7
#define B_tuple 8
#define B_set 9
#define B_sum 10
#define B_min 11
#define B_max 12
#define B_ord 13
#define B_chr 14
#define B_bool 15
#define B_dict 16
#define B_print 17
#define B_zip 18
#define B_map 19
#define B_filter 20
#define B_enumerate 21
#define B_reversed 22
#define B_float 23
#define B_round 24
#define B_slice 25
#define B_frozenset 26
#define B_pow 27
#define B_divmod 28
#define B_hex 29
#define B_bin 30
#define B_oct 31
#define B_getitem 32 /* a built-in container's __getitem__ and __contains__, bound to it */
#define B_contains 33

/* Methods of the built-in types (ids shared with the lowering), with the types that have each (a tuple's
 * index and count are the list's). */
#define M_append 1 /* list */
#define M_pop 2 /* list dict set */
#define M_insert 3 /* list */
#define M_index 4 /* str list */
#define M_sort 5 /* list */
#define M_reverse 6 /* list */
#define M_split 7 /* str */
#define M_join 8 /* str */
#define M_strip 9 /* str */
#define M_upper 10 /* str */
#define M_lower 11 /* str */
#define M_replace 12 /* str */
#define M_startswith 13 /* str */
#define M_endswith 14 /* str */
#define M_find 15 /* str */
#define M_get 16 /* dict */
#define M_items 17 /* dict */
#define M_keys 18 /* dict */
#define M_values 19 /* dict */
#define M_add 20 /* set */
#define M_extend 21 /* list */
#define M_count 22 /* str list */
#define M_format 23 /* str */
#define M_remove 24 /* list set */
#define M_copy 25 /* list dict set */
#define M_clear 26 /* list dict set */
#define M_lstrip 27 /* str */
#define M_rstrip 28 /* str */
#define M_isdigit 29 /* str */
#define M_isalpha 30 /* str */
#define M_discard 31 /* set */
#define M_update 32 /* dict set */
#define M_setdefault 33 /* dict */
#define M_title 34 /* str */
#define M_capitalize 35 /* str */
#define M_isupper 36 /* str */
#define M_islower 37 /* str */
#define M_isspace 38 /* str */
#define M_zfill 39 /* str */
#define M_isalnum 40 /* str */
#define M_send 41 /* generator */
#define M_close 42 /* generator */
#define M_splitlines 43 /* str */
#define M_center 44 /* str */
#define M_ljust 45 /* str */
#define M_rjust 46 /* str */
#define M_rfind 47 /* str */
#define M_rindex 48 /* str */
#define M_partition 49 /* str */
#define M_rpartition 50 /* str */
#define M_rsplit 51 /* str */
#define M_swapcase 52 /* str */
#define M_casefold 53 /* str */
#define M_isnumeric 54 /* str */
#define M_isdecimal 55 /* str */
#define M_istitle 56 /* str */
#define M_removeprefix 57 /* str */
#define M_removesuffix 58 /* str */
#define M_expandtabs 59 /* str */
#define M_union 60 /* set */
#define M_intersection 61 /* set */
#define M_difference 62 /* set */
#define M_symmetric_difference 63 /* set */
#define M_issubset 64 /* set */
#define M_issuperset 65 /* set */
#define M_isdisjoint 66 /* set */
#define M_intersection_update 67 /* set */
#define M_difference_update 68 /* set */
#define M_symmetric_difference_update 69 /* set */
#define M_popitem 70 /* dict */
#define M_fromkeys 71 /* dict */
#define M_translate 72 /* str */
#define M_maketrans 73 /* str */
#define M_is_integer 74 /* float */
#define M_bit_length 75 /* int */
#define M_bit_count 76 /* int */
#define M_isascii 77 /* str */
#define M_isidentifier 78 /* str */
#define M_throw 79 /* generator */
#define M_conjugate 80 /* int float */
#define M_as_integer_ratio 81 /* int float */

#define W(v) ((long *)(v))
#define ISINT(v) ((v) % 2 != 0)
#define MKINT(n) ((n) * 2 + 1)
#define INTV(v) (((v) - 1) / 2)

long py_exc;
long py_builtins[MATH_IDS + 50];
/* What calls of classes, of built-in functions used as values and of bound methods of the built-in
 * types run: set by the program's start only when it has such calls, so that a program without them
 * does not link (and pay the Store for) that code. */
long py_instance_code;
long py_builtin_code;
long py_more_builtins; /* py_more_builtins_code, for a program that needs it */
long py_math_code;      /* py_call_math, for a program that uses one of math's functions as a value */
long py_method_code;
/* The methods of each built-in type, set at start for the types whose method names the program uses
 * (a name it never writes cannot be called: such a call is an AttributeError without them). */
long py_str_methods;
long py_list_methods;
long py_dict_methods;
long py_set_methods;
long py_tb[128];
long py_tb_n;
long py_interned;
long py_s_args;
long py_s_cause;
long py_s_init;
long py_s_str;
long py_s_repr;
long py_s_eq;
long py_s_lt;
long py_s_le;
long py_s_gt;
long py_s_ge;
long py_s_len;
long py_s_getitem;
long py_s_setitem;
long py_s_contains;
long py_s_delitem;
long py_s_doc;
long py_s_call;
long py_s_iter;
long py_s_next;
long py_s_bool;
long py_s_hash;
long py_s_name;
long py_s_class;
long py_s_module;
long py_s_main;
long py_s_qualname;
long py_s_hint;

long py_cls_BaseException;
long py_cls_Exception;
long py_cls_ArithmeticError;
long py_cls_ZeroDivisionError;
long py_cls_OverflowError;
long py_cls_LookupError;
long py_cls_IndexError;
long py_cls_KeyError;
long py_cls_ValueError;
long py_cls_TypeError;
long py_cls_NameError;
long py_cls_UnboundLocalError;
long py_cls_AttributeError;
long py_cls_AssertionError;
long py_cls_RuntimeError;
long py_cls_RecursionError;
long py_cls_NotImplementedError;
long py_cls_StopIteration;
long py_cls_EOFError;
long py_on_demand[7]; /* the classes made when a program names one: py_make_class */
long py_cls_object;

long py_str_from(char *s);
long py_str(long v);
long py_repr(long v);
long py_call(long f, long argv, long argc, long kwn);
long py_eq(long a, long b);
long py_lt(long a, long b);
long py_getattr(long obj, long name);
long py_descr_get(long v, long obj, long cls);
long py_iset(long op, long a, long b);
long py_special_attr(long obj, long name);
long py_number_attr(long obj, long name);
long py_is_number_attr(long t, long name);
long py_attr_hint(long obj, long name);
long py_named_method(long obj, long name, long mid, long tags);
long py_getattr_mid(long obj, long name, long mid);
long py_lookup(long cls, long name);
long py_dict_get(long d, long key, long dflt);
long py_class_qualname(long c);
long py_type(long v);
long py_dict_set(long d, long key, long value);
long py_len(long v);
long py_iter(long v);
long py_binop(long op, long a, long b);
long py_binop_in(long op, long a, long b, long inplace);
long py_next(long it);
long py_zip_strict_end(long its, long k);
long py_view_list(long view);
long py_truthy(long v);
long py_new_list(long cap);
long py_list_append(long l, long v);
long py_tuple_new(long n);
long py_type_name(long v);
long py_lazy_type_name(long id);
long py_lazy_type_id(long it);
long py_hashable(long v);
long py_builtin_name(long id);
long py_math_name(long id);
long py_set_changes(long mid);
long py_is_type_id(long id);
long py_gen_next(long g);
long py_gen_send(long g, long v);
long py_gen_finish(long g);
/* close(), throw() and what closing a generator runs (py_gen_ops_code): set at the start of a program that
 * writes close or throw, or has a generator whose closing runs code, so that no other links them. */
long py_gen_ops;
long py_inst_compare(long a, long b, char *op, long name, long reflected);
long py_is_float(long v);
long (*py_float_op)(long, long, long);
long py_floats(long op, long a, long b);
long py_sum_floats(long it, double f);
long py_float_compare(long op, long a, long b);
long py_float_hash(double d);
double py_fv(long v);
void py_sb_float(long b, double d);
long py_pow_raw(long base, long e);
long py_percent_format(long fmt, long values);
long py_set_has(long s, long v);
long py_set_subset(long a, long b);
long py_arg_count(char *name, long argc, long lo, long hi);
long py_slice(long v, long lo, long hi, long step);
long py_getitem(long v, long key);
long py_list_set_slice(long l, long sl, long values);

/* ---- memory: a non-moving mark-sweep collector with conservative roots ----
 *
 * Objects never move, so the pointers the runtime's C keeps in its locals stay valid through a
 * collection. Every object is a block of the heap (a header word, then the payload; the object starts at
 * the payload's first even address). The blocks lie end to end from the heap's base to the top, so a
 * walk from header to header visits them all. A header is GC_UNIT * flags + the payload's size: flags 0
 * for an object that may hold pointers, GC_RAW for one that holds none (a str, a float), GC_FREE for a
 * free block, plus GC_MARK while a collection has found the block live. Free memory is always zero but
 * for free blocks' headers and links, so a block is handed out cleared, as fresh memory is.
 *
 * Allocation carves blocks from a region, [py_gc_next, py_gc_end): the heap above the top (fresh memory,
 * taken as malloc would: memory.ir's __heap_top and __heap_peak follow it), or a large free block. When
 * the region has no room: a free block of the exact size (lists by size below GC_CLASSES words), else the
 * next large free block that fits as the region, else the heap above the top, else a collection, and
 * these again; when nothing fits even then, malloc is asked and stops the run (heap exhausted), as before.
 *
 * A collection marks what the roots reach: every word of the static data (every global, the module's
 * variables among them) and every word of the stack from the collector's own frame up to py_main's,
 * where every caller keeps whatever it holds across a call (the back end keeps nothing in registers
 * across calls). A word is taken for a pointer when it is an address inside a used block, so a pointer
 * into the middle of an object counts too; blocks are scanned word by word the same way, but for raw
 * ones. The sweep walks every block, clears the marks, joins runs of dead and free blocks into cleared
 * free blocks, and lowers the top over a free run that ends there.
 *
 * In the IR interpreter, temps are not in the Store, so no scan can see them: there (function pointers are
 * numbers from 10^9) the collector never runs and the heap only grows, as before.
 */

#define GC_UNIT 1000000000000
#define GC_RAW 1
#define GC_FREE 2
#define GC_MARK 4
#define GC_CLASSES 40
#define GC_CHUNK 32
#define GC_STACK 128

long py_gc_on;           /* 1 on the Engine once py_main has started the program */
long *py_gc_top_ref;     /* malloc's top (memory.ir's __heap_top) */
long *py_gc_peak_ref;    /* the highest heap address handed out, plus one (__heap_peak) */
long py_gc_stack_top;    /* the first stack word above every frame a collection scans */
long py_gc_base;         /* the heap's first word: the first block's header */
long py_gc_top;          /* the first word after the last block (while the region is fresh: py_gc_next) */
long py_gc_limit;        /* the first word past the heap */
long py_gc_room;         /* fresh memory ends here: the limit, less the room kept for the table */
long py_gc_next;         /* the region: the next block's header */
long py_gc_end;          /* the first word past the region */
long py_gc_fresh;        /* 1 when the region is the heap above the top */
long py_gc_table;        /* for each chunk of GC_CHUNK heap words, the header of the block holding its
                            first word (made by the first collection, kept up to date after it) */
long py_gc_bound;        /* the first chunk's first word at or after py_gc_next (a block reaching past
                            it changes the table); past any address until the table is made */
long py_gc_free[GC_CLASSES]; /* free blocks by payload size; [0]: every larger one */
long py_gc_stack[GC_STACK * 2]; /* the marker's ranges still to scan: [next word, end) pairs */
long py_gc_depth;
long py_gc_overflow;     /* a block was marked but not queued: marked blocks are scanned again */
long py_gc_lo;           /* the lowest and highest headers of the blocks marked but not queued */
long py_gc_hi;
long py_gc_collections;
long py_gc_freed;        /* words freed by all collections */

/* The program's start: the compiled module's code called with the heap's bounds and malloc's top and
 * peak, from a frame above every frame a collection must scan. */
long py_main(long code, long base, long limit, long top_ref, long peak_ref) {
    long top = 0;
    py_gc_stack_top = (long)&top;
    py_gc_on = (long)py_main < 1000000000;
    py_gc_top_ref = W(top_ref);
    py_gc_peak_ref = W(peak_ref);
    py_gc_base = base;
    py_gc_top = base;
    py_gc_limit = limit;
    py_gc_room = limit;
    if (py_gc_on)
        py_gc_room = limit - (limit - base) / GC_CHUNK - 2; /* kept for the collector's table */
    py_gc_next = base;
    py_gc_end = py_gc_room;
    py_gc_fresh = 1;
    py_gc_bound = GC_UNIT;
    return ((py_code0)code)();
}

/* The headers of the blocks holding the first words of the chunks from h to end (a block's words). */
void py_gc_cover(long h, long end) {
    long c = (h - py_gc_base + GC_CHUNK - 1) / GC_CHUNK;
    long last = (end - 1 - py_gc_base) / GC_CHUNK;
    while (c <= last) {
        W(py_gc_table)[c] = h;
        c = c + 1;
    }
}

/* py_gc_bound for a region that goes on at next. */
void py_gc_rebound(long next) {
    if (py_gc_table != 0)
        py_gc_bound = py_gc_base + (next - py_gc_base + GC_CHUNK - 1) / GC_CHUNK * GC_CHUNK;
}

/* The words from h to end, cleared but for h, made a free block (on a list when it has room for a link). */
void py_gc_release(long h, long end) {
    long s = end - h - 1;
    W(h)[0] = GC_FREE * GC_UNIT + s;
    if (s >= GC_CLASSES) {
        W(h)[1] = py_gc_free[0];
        py_gc_free[0] = h + 1;
    } else if (s > 0) {
        W(h)[1] = py_gc_free[s];
        py_gc_free[s] = h + 1;
    }
    if (py_gc_table != 0)
        py_gc_cover(h, end);
}

/* Ends the region: the heap's top when it was fresh, else its rest made a free block. */
void py_gc_close(void) {
    if (py_gc_fresh)
        py_gc_top = py_gc_next;
    else if (py_gc_next < py_gc_end)
        py_gc_release(py_gc_next, py_gc_end);
    py_gc_next = 0;
    py_gc_end = 0;
    py_gc_fresh = 0;
}

/* The header of the used block holding word w, or 0 (w outside the heap, in a free block). */
long py_gc_find(long w) {
    if (w < py_gc_base || w >= py_gc_top)
        return 0;
    long h = W(py_gc_table)[(w - py_gc_base) / GC_CHUNK];
    long head = W(h)[0];
    while (w > h + head % GC_UNIT) {
        h = h + head % GC_UNIT + 1;
        head = W(h)[0];
    }
    if ((head / GC_UNIT) % 4 >= GC_FREE)
        return 0;
    return h;
}

/* Marks the block holding w, if it is an unmarked used block, and queues its words unless it is raw. */
void py_gc_mark(long w) {
    long h = py_gc_find(w);
    if (h == 0)
        return;
    long head = W(h)[0];
    long flags = head / GC_UNIT;
    if (flags >= GC_MARK)
        return;
    W(h)[0] = head + GC_MARK * GC_UNIT;
    if (flags == GC_RAW)
        return;
    if (py_gc_depth == GC_STACK) {
        py_gc_overflow = 1;
        if (h < py_gc_lo)
            py_gc_lo = h;
        if (h > py_gc_hi)
            py_gc_hi = h;
        return;
    }
    py_gc_stack[py_gc_depth * 2] = h + 1;
    py_gc_stack[py_gc_depth * 2 + 1] = h + 1 + head % GC_UNIT;
    py_gc_depth = py_gc_depth + 1;
}

/* Scans the queued ranges, a word at a time, until none is left. */
void py_gc_drain(void) {
    while (py_gc_depth > 0) {
        long k = (py_gc_depth - 1) * 2;
        long at = py_gc_stack[k];
        if (at >= py_gc_stack[k + 1]) {
            py_gc_depth = py_gc_depth - 1;
            py_gc_stack[k] = 0;
            py_gc_stack[k + 1] = 0;
        } else {
            py_gc_stack[k] = at + 1;
            long w = W(at)[0];
            if (w >= py_gc_base && w < py_gc_top)
                py_gc_mark(w);
        }
    }
}

void py_gc_scan(long from, long to) {
    for (long a = from; a < to; a++) {
        long w = W(a)[0];
        if (w >= py_gc_base && w < py_gc_top) {
            py_gc_mark(w);
            if (py_gc_depth > 0)
                py_gc_drain();
        }
    }
}

void py_gc_collect(void) {
    long here = 0;
    long h = py_gc_base;
    py_gc_collections = py_gc_collections + 1;
    py_gc_close();
    if (py_gc_table == 0) {
        /* the first collection: the chunk table, in the room kept for it at the top */
        long words = (py_gc_limit - py_gc_base) / GC_CHUNK + 1;
        W(py_gc_top)[0] = GC_RAW * GC_UNIT + words;
        py_gc_table = py_gc_top + 1;
        py_gc_top = py_gc_table + words;
        *py_gc_top_ref = py_gc_top;
        if (py_gc_top > *py_gc_peak_ref)
            *py_gc_peak_ref = py_gc_top;
        py_gc_room = py_gc_limit;
        while (h < py_gc_top) {
            long next = h + W(h)[0] % GC_UNIT + 1;
            py_gc_cover(h, next);
            h = next;
        }
    }
    py_gc_overflow = 0;
    py_gc_lo = py_gc_top;
    py_gc_hi = 0;
    py_gc_scan(0, py_gc_base);
    py_gc_scan((long)&here, py_gc_stack_top + 1);
    while (py_gc_overflow) {
        /* some blocks were marked without being queued: scan the marked blocks between the lowest
           and the highest of them again (a chain deeper than the stack takes a pass for each stack) */
        long hi = py_gc_hi;
        h = py_gc_lo;
        py_gc_overflow = 0;
        py_gc_lo = py_gc_top;
        py_gc_hi = 0;
        while (h <= hi) {
            long head = W(h)[0];
            if (head / GC_UNIT == GC_MARK)
                py_gc_scan(h + 1, h + 1 + head % GC_UNIT);
            h = h + head % GC_UNIT + 1;
        }
    }
    py_gc_lo = 0;
    /* the sweep: marks cleared; dead blocks cleared, and joined with free ones into free blocks */
    for (long i = 0; i < GC_CLASSES; i++)
        py_gc_free[i] = 0;
    long run = 0;
    h = py_gc_base;
    while (h < py_gc_top) {
        long head = W(h)[0];
        long flags = head / GC_UNIT;
        long size = head % GC_UNIT;
        long next = h + size + 1;
        if (flags >= GC_MARK) {
            W(h)[0] = head - GC_MARK * GC_UNIT;
            if (run != 0) {
                py_gc_release(run, h);
                run = 0;
            }
        } else {
            if (flags == GC_FREE) {
                if (size > 0)
                    W(h)[1] = 0; /* its link: the rest is zero already */
            } else {
                py_gc_freed = py_gc_freed + size + 1;
                for (long a = h + 1; a < next; a++)
                    W(a)[0] = 0;
            }
            if (run == 0)
                run = h;
            else
                W(h)[0] = 0;
        }
        h = next;
    }
    if (run != 0) {
        /* a free run at the top: the heap above the top is zero */
        W(run)[0] = 0;
        py_gc_top = run;
        *py_gc_top_ref = run;
    }
}

/* A block of payload s from the region, which has room for it. */
long py_gc_carve(long s) {
    long h = py_gc_next;
    long e = h + s + 1;
    py_gc_next = e;
    W(h)[0] = s;
    if (py_gc_fresh) {
        *py_gc_top_ref = e;
        if (e > *py_gc_peak_ref)
            *py_gc_peak_ref = e;
    }
    if (py_gc_table != 0)
        py_gc_cover(h, e);
    py_gc_rebound(e);
    return h + 1;
}

/* A block of payload s when the region has no room for it. */
long py_gc_block(long s) {
    long p;
    long tries = 0;
    while (1) {
        if (s < GC_CLASSES && py_gc_free[s] != 0) {
            p = py_gc_free[s];
            py_gc_free[s] = W(p)[0];
            W(p)[0] = 0;
            W(p - 1)[0] = s;
            return p;
        }
        if (!py_gc_on)
            break;
        long prev = 0;
        long q = py_gc_free[0];
        while (q != 0 && W(q - 1)[0] % GC_UNIT <= s) {
            prev = q;
            q = W(q)[0];
        }
        py_gc_close();
        if (q != 0) {
            /* a large free block becomes the region */
            if (prev == 0)
                py_gc_free[0] = W(q)[0];
            else
                W(prev)[0] = W(q)[0];
            W(q)[0] = 0;
            py_gc_next = q - 1;
            py_gc_end = q + W(q - 1)[0] % GC_UNIT;
        } else if (py_gc_top + s + 1 <= py_gc_room) {
            py_gc_next = py_gc_top;
            py_gc_end = py_gc_room;
            py_gc_fresh = 1;
        } else if (tries == 0) {
            py_gc_collect();
            tries = 1;
            continue;
        } else
            break;
        return py_gc_carve(s); /* the region has room now */
    }
    /* nothing fits: malloc, at the top, stops the run when there is no room there either */
    if (py_gc_fresh)
        py_gc_top = py_gc_next;
    *py_gc_top_ref = py_gc_top;
    p = (long)malloc(s);
    py_gc_top = p + s;
    py_gc_next = py_gc_top;
    py_gc_end = py_gc_room;
    py_gc_fresh = 1;
    if (py_gc_table != 0)
        py_gc_cover(p - 1, p + s);
    py_gc_rebound(py_gc_next);
    return p;
}

/* py_alloc's other cases: a block that is too small, reaches a chunk of the table, or does not fit. */
long py_gc_alloc(long n) {
    long s = n + 1;
    long p;
    if (s < 2)
        s = 2;
    if (py_gc_next + s + 1 <= py_gc_end)
        p = py_gc_carve(s);
    else
        p = py_gc_block(s);
    if (p % 2 != 0)
        p = p + 1;
    return p;
}

/* n words for an object: a block of n + 1, so that the object can start at an even address. */
long py_alloc(long n) {
    long h = py_gc_next;
    long e = h + n + 2;
    if (n >= 1 && e <= py_gc_end && e <= py_gc_bound) {
        py_gc_next = e;
        W(h)[0] = n + 1;
        if (py_gc_fresh) {
            *py_gc_top_ref = e;
            if (e > *py_gc_peak_ref)
                *py_gc_peak_ref = e;
        }
        h = h + 1;
        return h + h % 2;
    }
    return py_gc_alloc(n); /* last, so that the common case keeps its values in registers */
}

/* An object that holds no pointer (a str's code points, a float's bits): never scanned. */
long py_alloc_raw(long n) {
    long p = py_alloc(n);
    long h = p - 1;
    if (W(h)[0] == 0)
        h = p - 2; /* the block's first word is the padding before an even address */
    W(h)[0] = W(h)[0] + GC_RAW * GC_UNIT;
    return p;
}

long py_tag(long v) {
    if (v % 2 != 0)
        return T_INT;
    if (v == NONE)
        return T_NONE;
    if (v == FALSE_ || v == TRUE_)
        return T_BOOL;
    return W(v)[0];
}

long py_bool(long c) {
    if (c)
        return TRUE_;
    return FALSE_;
}

/* ---- strings (str objects: [T_STR, len, chars...]) ---- */

long py_str_new(long n) {
    long s = py_alloc_raw(n + 2);
    W(s)[0] = T_STR;
    W(s)[1] = n;
    return s;
}

long py_str_from(char *s) {
    long n = 0;
    while (s[n] != 0)
        n++;
    long r = py_str_new(n);
    for (long i = 0; i < n; i++)
        W(r)[2 + i] = s[i];
    return r;
}

/* A string constant of the program: its C text (one word a character) to an interned str. */
long py_const_str(char *s) {
    long r = py_str_from(s);
    long lst = py_interned;
    long n = W(lst)[1];
    long items = W(lst)[3];
    for (long i = 0; i < n; i++) {
        long o = W(items)[i];
        if (W(o)[1] == W(r)[1]) {
            long same = 1;
            for (long k = 0; k < W(r)[1]; k++) {
                if (W(o)[2 + k] != W(r)[2 + k]) {
                    same = 0;
                    break;
                }
            }
            if (same)
                return o;
        }
    }
    py_list_append(lst, r);
    return r;
}

long py_str_eq(long a, long b) {
    if (a == b)
        return 1;
    long n = W(a)[1];
    if (W(b)[1] != n)
        return 0;
    for (long i = 0; i < n; i++)
        if (W(a)[2 + i] != W(b)[2 + i])
            return 0;
    return 1;
}

long py_str_eq_c(long a, char *s) {
    long n = W(a)[1];
    for (long i = 0; i < n; i++)
        if (s[i] == 0 || W(a)[2 + i] != s[i])
            return 0;
    return s[n] == 0;
}

long py_str_cmp(long a, long b) {
    long na = W(a)[1];
    long nb = W(b)[1];
    long n = na < nb ? na : nb;
    for (long i = 0; i < n; i++) {
        long d = W(a)[2 + i] - W(b)[2 + i];
        if (d != 0)
            return d;
    }
    return na - nb;
}

/* A string builder: [T_LIST-like: len, cap, data] kept private to the runtime. */
long py_sb_new(void) {
    long b = py_alloc(3);
    W(b)[0] = 0;
    W(b)[1] = 16;
    W(b)[2] = py_alloc(16);
    return b;
}

void py_sb_char(long b, long c) {
    long n = W(b)[0];
    if (n == W(b)[1]) {
        long cap = W(b)[1] * 2;
        long data = py_alloc(cap);
        for (long i = 0; i < n; i++)
            W(data)[i] = W(W(b)[2])[i];
        W(b)[2] = data;
        W(b)[1] = cap;
    }
    W(W(b)[2])[n] = c;
    W(b)[0] = n + 1;
}

void py_sb_c(long b, char *s) {
    for (long i = 0; s[i] != 0; i++)
        py_sb_char(b, s[i]);
}

void py_sb_str(long b, long s) {
    long n = W(s)[1];
    for (long i = 0; i < n; i++)
        py_sb_char(b, W(s)[2 + i]);
}

long py_sb_finish(long b) {
    long n = W(b)[0];
    long s = py_str_new(n);
    for (long i = 0; i < n; i++)
        W(s)[2 + i] = W(W(b)[2])[i];
    return s;
}

void py_sb_int(long b, long n) {
    long digits[52];
    long k = 0;
    if (n < 0) {
        py_sb_char(b, '-');
        /* digits of a negative number, each made non-negative as it is taken */
        do {
            digits[k++] = -(n % 10);
            n = n / 10;
        } while (n != 0);
    } else {
        do {
            digits[k++] = n % 10;
            n = n / 10;
        } while (n != 0);
    }
    while (k > 0)
        py_sb_char(b, '0' + digits[--k]);
}

void py_sb_base(long b, long n, long base, long upper) {
    long digits[200];
    long k = 0;
    if (n < 0) {
        py_sb_char(b, '-');
        n = -n;
    }
    do {
        digits[k++] = n % base;
        n = n / base;
    } while (n != 0);
    while (k > 0) {
        long d = digits[--k];
        if (d < 10)
            py_sb_char(b, '0' + d);
        else
            py_sb_char(b, (upper ? 'A' : 'a') + d - 10);
    }
}

/* 1 while print(file=sys.stderr) or sys.stderr.write writes: each character then goes out after the
 * mark 31, which the driver (driver.STDERR_MARK) takes with it from the output into the run's stderr. */
long py_to_stderr;

void py_putc(long c) {
    if (py_to_stderr)
        putchar(31);
    putchar(c);
}

void py_write(long s) {
    long n = W(s)[1];
    if (py_to_stderr) {
        for (long i = 0; i < n; i++)
            py_putc(W(s)[2 + i]);
        return;
    }
    for (long i = 0; i < n; i++)
        putchar(W(s)[2 + i]);
}

long py_type_error2(char *before, long v, char *after);

/* sys.stdout.write(s) (stream 0) and sys.stderr.write(s) (stream 1): the number of characters written. */
long py_stream_write(long stream, long s) {
    if (py_tag(s) != T_STR)
        return py_type_error2("write() argument must be str, not ", s, "");
    py_to_stderr = stream;
    py_write(s);
    py_to_stderr = 0;
    return MKINT(W(s)[1]);
}

/* ---- exceptions ---- */

/* A class's word 4: its flags. An instance of an exception class has three words more: its
 * __context__ (the exception being handled when it was raised, or None), its traceback (a tuple of the
 * words py_tb held when it was caught, 0 before) and __suppress_context__ ('raise ... from'). */
#define CF_EXC 1
#define CF_BUILTIN 2
/* (the C the runtime is compiled with has no bitwise operators) */
#define EXC_CLASS(c) (W(c)[4] % 2 == CF_EXC)
#define BUILTIN_CLASS(c) (W(c)[4] >= CF_BUILTIN)
#define X_CONTEXT 3
#define X_TB 4
#define X_SUPPRESS 5

long py_new_instance(long cls) {
    long exc = EXC_CLASS(cls);
    long o = py_alloc(exc ? 6 : 3);
    W(o)[0] = T_INST;
    W(o)[1] = cls;
    W(o)[2] = 0;
    if (exc)
        W(o)[X_CONTEXT] = NONE;
    return o;
}

long py_new_dict(void);

long py_attrs(long o) {
    if (W(o)[2] == 0)
        W(o)[2] = py_new_dict();
    return W(o)[2];
}

long py_exc_args(long e) {
    long args = NONE;
    if (W(e)[2] != 0)
        args = py_dict_get(W(e)[2], py_s_args, NONE);
    if (args == NONE)
        args = py_tuple_new(0);
    return args;
}

long py_raise_value(long cls, long value) {
    long e = py_new_instance(cls);
    long args = py_tuple_new(1);
    W(args)[2] = value;
    py_dict_set(py_attrs(e), py_s_args, args);
    py_exc = e;
    return 0;
}

long py_raise(long cls, char *msg) {
    return py_raise_value(cls, py_str_from(msg));
}

long py_raise_sb(long cls, long sb) {
    return py_raise_value(cls, py_sb_finish(sb));
}

long py_type_error2(char *before, long v, char *after) {
    long b = py_sb_new();
    py_sb_c(b, before);
    py_sb_str(b, py_type_name(v));
    py_sb_c(b, after);
    return py_raise_sb(py_cls_TypeError, b);
}

/* a op b, or a op= b when inplace: CPython names the augmented assignment's operator (+=). */
long py_binop_error_in(char *op, long a, long b, long inplace) {
    long s = py_sb_new();
    py_sb_c(s, "unsupported operand type(s) for ");
    py_sb_c(s, op);
    if (inplace)
        py_sb_char(s, '=');
    py_sb_c(s, ": '");
    py_sb_str(s, py_type_name(a));
    py_sb_c(s, "' and '");
    py_sb_str(s, py_type_name(b));
    py_sb_c(s, "'");
    return py_raise_sb(py_cls_TypeError, s);
}

long py_binop_error(char *op, long a, long b) {
    return py_binop_error_in(op, a, b, 0);
}

/* NameError for a name the program never bound, or not yet: `hint` is the name CPython's traceback would
   suggest (the lowering's choice, suggestions.py), or 0. It is kept in the exception apart from its
   message: only an uncaught one's last line shows it (". Did you mean: 'count'?"). */
long py_name_error(char *name, long hint) {
    long b = py_sb_new();
    py_sb_c(b, "name '");
    py_sb_c(b, name);
    py_sb_c(b, "' is not defined");
    py_raise_sb(py_cls_NameError, b);
    if (hint != 0)
        py_dict_set(py_attrs(py_exc), py_s_hint, hint);
    return 0;
}

long py_unbound_error(char *name) {
    long b = py_sb_new();
    py_sb_c(b, "cannot access local variable '");
    py_sb_c(b, name);
    py_sb_c(b, "' where it is not associated with a value");
    return py_raise_sb(py_cls_UnboundLocalError, b);
}

long py_free_error(char *name) {
    long b = py_sb_new();
    py_sb_c(b, "cannot access free variable '");
    py_sb_c(b, name);
    py_sb_c(b, "' where it is not associated with a value in enclosing scope");
    return py_raise_sb(py_cls_NameError, b);
}

long py_is_subclass(long cls, long base) {
    while (cls != 0) {
        if (cls == base)
            return 1;
        cls = W(cls)[2];
    }
    return 0;
}

/* Does the pending exception e match an except clause's class (or tuple of classes)? */
long py_exc_matches(long e, long cls) {
    long t = py_tag(cls);
    if (t == T_TUPLE) {
        for (long i = 0; i < W(cls)[1]; i++)
            if (py_exc_matches(e, W(cls)[2 + i]))
                return 1;
        return 0;
    }
    if (t != T_CLASS || !py_is_subclass(cls, py_cls_BaseException)) {
        py_raise(py_cls_TypeError, "catching classes that do not inherit from BaseException is not allowed");
        return 0;
    }
    return py_is_subclass(W(e)[1], cls);
}

/* raise X: an exception class is instantiated, an instance raised as it is. */

/* The exception instance `raise v` raises (v itself, or v called when it is a class), or 0 with py_exc
   set: CPython's TypeError for a value that is no exception, or what calling the class raised. */
long py_exception_of(long v, char *what) {
    long t = py_tag(v);
    if (t == T_CLASS && py_is_subclass(v, py_cls_BaseException)) {
        long e = py_call(v, 0, 0, 0);
        return py_exc ? 0 : e;
    }
    if (t == T_INST && py_is_subclass(W(v)[1], py_cls_BaseException))
        return v;
    py_raise(py_cls_TypeError, what);
    return 0;
}

long py_do_raise(long v) {
    long e = py_exception_of(v, "exceptions must derive from BaseException");
    if (e != 0)
        py_exc = e;
    return 0;
}

long py_setattr(long obj, long name, long value);

/* raise v from cause: the instance raised gets __cause__, an exception instance (a class is called for
   one) or None, as CPython sets it; the cause is made after the exception, as CPython does. */
long py_do_raise_from(long v, long cause) {
    long e = py_exception_of(v, "exceptions must derive from BaseException");
    if (e == 0)
        return 0;
    long c = NONE;
    if (cause != NONE) {
        c = py_exception_of(cause, "exception causes must derive from BaseException");
        if (c == 0)
            return 0;
    }
    py_setattr(e, py_s_cause, c);
    W(e)[X_SUPPRESS] = 1;
    if (py_exc == 0) /* setting it cannot fail for an exception, but if it did, that is what is raised */
        py_exc = e;
    return 0;
}

void py_tb_push(long line, long func) {
    if (py_tb_n < 126) {
        py_tb[py_tb_n] = line;
        py_tb[py_tb_n + 1] = func;
        py_tb_n = py_tb_n + 2;
    }
}

/* A frame the unwinding passes, innermost first. A run of frames at the same line of the same function (a
 * recursion) is kept as its first and a pair (-k, func) for the k more, which py_sb_exception prints as
 * CPython's traceback does ("[Previous line repeated 996 more times]" after three of them), so that
 * the outer frames still fit. */
void py_tb_add(long line, long func) {
    long n = py_tb_n;
    if (n >= 4 && py_tb[n - 2] < 0 && py_tb[n - 4] == line && py_str_eq(py_tb[n - 3], func)) {
        py_tb[n - 2] = py_tb[n - 2] - 1;
        return;
    }
    if (n >= 2 && py_tb[n - 2] == line && py_str_eq(py_tb[n - 1], func))
        line = -1;
    py_tb_push(line, func);
}

long py_tuple_from(long argv, long n);

/* The exception a handler's body (or a finally run for an exception) is handling, 0 outside them: the
 * compiled code sets it on entering such a body and sets it back on leaving it, by any way. */
long py_handling;

/* An exception caught or uncaught gets __context__ as CPython sets it when it is raised: the exception
 * being handled then, unless a handler it escaped has set it already. */
void py_set_context(long e) {
    if (W(e)[X_CONTEXT] == NONE && py_handling != 0 && py_handling != e)
        W(e)[X_CONTEXT] = py_handling;
}

/* A handler caught e, raised at `line` of the function `func`: e keeps its traceback (for a traceback
 * that shows it as the cause or the context of another), and the next exception's starts empty. */
void py_tb_catch(long e, long line, long func) {
    py_set_context(e);
    py_tb_push(line, func); /* the frame that caught it, last: py_tb_resume takes it off again */
    W(e)[X_TB] = py_tuple_from((long)py_tb, py_tb_n);
    py_tb_n = 0;
}

/* An exception caught (py_tb_catch) goes on (a bare raise, or the end of a finally run for it): the
 * traceback it had, but for the line of the frame that caught it, which is returned (the frame's
 * unwinding adds it again). */
long py_tb_resume(long e) {
    long tb = W(e)[X_TB];
    py_tb_n = 0;
    if (tb == 0 || W(tb)[1] < 2)
        return 0;
    for (long i = 0; i < W(tb)[1] - 2; i++)
        py_tb[i] = W(tb)[2 + i];
    py_tb_n = W(tb)[1] - 2;
    return W(tb)[W(tb)[1]];
}

/* The exception in py_exc escapes a handler of `handled` (or a finally run for it): it was raised
 * while `handled` was being handled, its __context__ as CPython sets it when it is raised. */
void py_exc_context(long handled) {
    long e = py_exc;
    if (e != handled && W(e)[X_CONTEXT] == NONE)
        W(e)[X_CONTEXT] = handled;
}

/* e.__cause__: set by 'raise ... from', else None. */
long py_exc_cause(long e) {
    if (W(e)[2] == 0)
        return NONE;
    return py_dict_get(W(e)[2], py_s_cause, NONE);
}

long py_exc_message(long e) {
    long args = py_exc_args(e);
    long n = W(args)[1];
    if (n == 0)
        return py_str_new(0);
    if (n == 1) {
        if (W(e)[1] == py_cls_KeyError || py_is_subclass(W(e)[1], py_cls_KeyError))
            return py_repr(W(args)[2]);
        return py_str(W(args)[2]);
    }
    return py_str(args);
}

long py_exc_cause(long e);

/* e's traceback and last line, after those of its cause or context (CPython's chain, the oldest
 * first; depth bounds a chain that loops). */
void py_sb_exception(long b, char *file, long e, long depth) {
    long cause = py_exc_cause(e);
    long context = W(e)[X_CONTEXT];
    if (depth < 32 && cause != NONE && cause != e) {
        py_sb_exception(b, file, cause, depth + 1);
        py_sb_c(b, "\nThe above exception was the direct cause of the following exception:\n\n");
    } else if (depth < 32 && context != NONE && context != e && !W(e)[X_SUPPRESS]) {
        py_sb_exception(b, file, context, depth + 1);
        py_sb_c(b, "\nDuring handling of the above exception, another exception occurred:\n\n");
    }
    long tb = W(e)[X_TB];
    long n = tb == 0 ? 0 : W(tb)[1];
    if (n > 0)
        py_sb_c(b, "Traceback (most recent call last):\n");
    long i = n - 2;
    long more = 0; /* the frames like the next one that a pair (-k, func) stands for (py_tb_add) */
    while (i >= 0) {
        if (W(tb)[2 + i] < 0) {
            more = -W(tb)[2 + i];
            i = i - 2;
            continue;
        }
        for (long k = 0; k <= more && k < 3; k++) {
            py_sb_c(b, "  File \"");
            py_sb_c(b, file);
            py_sb_c(b, "\", line ");
            py_sb_int(b, W(tb)[2 + i]);
            py_sb_c(b, ", in ");
            py_sb_str(b, W(tb)[3 + i]);
            py_sb_char(b, '\n');
        }
        if (more > 2) {
            py_sb_c(b, "  [Previous line repeated ");
            py_sb_int(b, more - 2);
            py_sb_c(b, more - 2 > 1 ? " more times]\n" : " more time]\n");
        }
        more = 0;
        i = i - 2;
    }
    py_sb_str(b, py_class_qualname(W(e)[1]));
    long own_str = py_lookup(W(e)[1], py_s_str); /* a class's own __str__ gives the line its text */
    long msg = own_str != UNBOUND && py_tag(own_str) == T_FUNC ? py_str(e) : py_exc_message(e);
    if (py_exc == 0 && W(msg)[1] > 0) {
        py_sb_c(b, ": ");
        py_sb_str(b, msg);
    }
    py_exc = 0;
    long named = W(e)[1] == py_cls_NameError || W(e)[1] == py_cls_AttributeError;
    long hint = named && W(e)[2] != 0 ? py_dict_get(W(e)[2], py_s_hint, 0) : 0;
    if (hint != 0) {
        py_sb_c(b, ". Did you mean: '");
        py_sb_str(b, hint);
        py_sb_c(b, "'?");
    }
    py_sb_char(b, '\n');
}

/* An exception nobody caught: the traceback after a record separator (the driver moves it from the
 * output to the error report), then TRAP 4. */
void py_uncaught(char *file) {
    long e = py_exc;
    py_exc = 0;
    py_set_context(e);
    W(e)[X_TB] = py_tuple_from((long)py_tb, py_tb_n);
    putchar(30);
    long b = py_sb_new();
    py_sb_exception(b, file, e, 0);
    py_write(py_sb_finish(b));
}

/* ---- classes ---- */

long py_new_dict(void);

long py_class_new(long name, long base) {
    long c = py_alloc(5);
    W(c)[0] = T_CLASS;
    W(c)[1] = name;
    W(c)[2] = base;
    W(c)[3] = py_new_dict();
    W(c)[4] = base != 0 && EXC_CLASS(base) ? CF_EXC : 0;
    return c;
}

/* A class's __qualname__: a class written in another's body has it in its own dict (Stack.Empty), which
   its repr, its instances' default repr and a traceback's last line show; any other is its name. */
long py_class_qualname(long c) {
    long q = py_dict_get(W(c)[3], py_s_qualname, UNBOUND);
    return q == UNBOUND ? W(c)[1] : q;
}

/* Whether CPython refuses a class inheriting from the built-in type `id` ("not an acceptable base type"). */
long py_type_final(long id) {
    return id == B_bool || id == B_slice || (id >= 100 && id != 100 + T_CLASS && id != 100 + T_SUPER);
}

long py_class_make(long name, long base) {
    if (base != 0 && py_tag(base) == T_BUILTIN && py_is_type_id(W(base)[1])) {
        long id = W(base)[1];
        long b = py_sb_new();
        if (py_type_final(id)) {
            py_sb_c(b, "type '");
            py_sb_str(b, py_builtin_name(id));
            py_sb_c(b, "' is not an acceptable base type");
        } else { /* a built-in type reached through another name: the compile refuses it by its own */
            py_sb_c(b, "a class inheriting from the built-in type '");
            py_sb_str(b, py_builtin_name(id));
            py_sb_c(b, "' is not supported");
        }
        return py_raise_sb(py_cls_TypeError, b);
    }
    if (base != 0 && py_tag(base) != T_CLASS) {
        py_raise(py_cls_TypeError, "a class can only inherit from a class");
        return 0;
    }
    if (base == 0)
        base = py_cls_object;
    return py_class_new(name, base);
}

long py_builtin_class(char *name, long base) {
    long c = py_class_new(py_const_str(name), base);
    W(c)[4] = W(c)[4] + CF_BUILTIN;
    return c;
}

long py_cls_attr_set(long cls, long name, long value) {
    py_dict_set(W(cls)[3], name, value);
    return NONE;
}

long py_lookup(long cls, long name) {
    while (cls != 0) {
        long v = py_dict_get(W(cls)[3], name, UNBOUND);
        if (v != UNBOUND)
            return v;
        cls = W(cls)[2];
    }
    return UNBOUND;
}

void py_init(void) {
    long l = py_alloc(4);
    W(l)[0] = T_LIST;
    W(l)[1] = 0;
    W(l)[2] = 64;
    W(l)[3] = py_alloc(64);
    py_interned = l;
    py_s_args = py_const_str("args");
    py_s_cause = py_const_str("__cause__");
    py_s_init = py_const_str("__init__");
    py_s_str = py_const_str("__str__");
    py_s_repr = py_const_str("__repr__");
    py_s_eq = py_const_str("__eq__");
    py_s_lt = py_const_str("__lt__");
    py_s_le = py_const_str("__le__");
    py_s_gt = py_const_str("__gt__");
    py_s_ge = py_const_str("__ge__");
    py_s_len = py_const_str("__len__");
    py_s_getitem = py_const_str("__getitem__");
    py_s_setitem = py_const_str("__setitem__");
    py_s_contains = py_const_str("__contains__");
    py_s_delitem = py_const_str("__delitem__");
    py_s_doc = py_const_str("__doc__");
    py_s_call = py_const_str("__call__");
    py_s_iter = py_const_str("__iter__");
    py_s_next = py_const_str("__next__");
    py_s_bool = py_const_str("__bool__");
    py_s_hash = py_const_str("__hash__");
    py_s_name = py_const_str("__name__");
    py_s_class = py_const_str("__class__");
    py_s_module = py_const_str("__module__");
    py_s_main = py_const_str("__main__");
    py_s_qualname = py_const_str("__qualname__");
    py_s_hint = py_const_str(" suggestion"); /* no program can name it: not an identifier */
    py_cls_object = py_builtin_class("object", 0);
    py_cls_BaseException = py_builtin_class("BaseException", py_cls_object);
    W(py_cls_BaseException)[4] = CF_EXC + CF_BUILTIN;
    py_cls_Exception = py_builtin_class("Exception", py_cls_BaseException);
    py_cls_ArithmeticError = py_builtin_class("ArithmeticError", py_cls_Exception);
    py_cls_ZeroDivisionError = py_builtin_class("ZeroDivisionError", py_cls_ArithmeticError);
    py_cls_OverflowError = py_builtin_class("OverflowError", py_cls_ArithmeticError);
    py_cls_LookupError = py_builtin_class("LookupError", py_cls_Exception);
    py_cls_IndexError = py_builtin_class("IndexError", py_cls_LookupError);
    py_cls_KeyError = py_builtin_class("KeyError", py_cls_LookupError);
    py_cls_ValueError = py_builtin_class("ValueError", py_cls_Exception);
    py_cls_TypeError = py_builtin_class("TypeError", py_cls_Exception);
    py_cls_NameError = py_builtin_class("NameError", py_cls_Exception);
    py_cls_UnboundLocalError = py_builtin_class("UnboundLocalError", py_cls_NameError);
    py_cls_AttributeError = py_builtin_class("AttributeError", py_cls_Exception);
    py_cls_AssertionError = py_builtin_class("AssertionError", py_cls_Exception);
    py_cls_RuntimeError = py_builtin_class("RuntimeError", py_cls_Exception);
    py_cls_RecursionError = py_builtin_class("RecursionError", py_cls_RuntimeError);
    py_cls_NotImplementedError = py_builtin_class("NotImplementedError", py_cls_RuntimeError);
    py_cls_StopIteration = py_builtin_class("StopIteration", py_cls_Exception);
    py_cls_EOFError = py_builtin_class("EOFError", py_cls_Exception);
}

/* The classes the runtime never raises, which a program raises and catches as its own: each made when the
 * program first names it (the lowering calls py_make_class(OD_<name>)), so no other program has them in
 * its heap. */
#define OD_SyntaxError 0
#define OD_IndentationError 1
#define OD_KeyboardInterrupt 2
#define OD_MemoryError 3
#define OD_FloatingPointError 4
#define OD_SystemExit 5
#define OD_GeneratorExit 6

long py_make_class(long id) {
    if (py_on_demand[id] != 0)
        return py_on_demand[id];
    long c;
    if (id == OD_SyntaxError)
        c = py_builtin_class("SyntaxError", py_cls_Exception);
    else if (id == OD_IndentationError)
        c = py_builtin_class("IndentationError", py_make_class(OD_SyntaxError));
    else if (id == OD_KeyboardInterrupt)
        c = py_builtin_class("KeyboardInterrupt", py_cls_BaseException);
    else if (id == OD_MemoryError)
        c = py_builtin_class("MemoryError", py_cls_Exception);
    else if (id == OD_SystemExit)
        c = py_builtin_class("SystemExit", py_cls_BaseException);
    else if (id == OD_GeneratorExit)
        c = py_builtin_class("GeneratorExit", py_cls_BaseException);
    else
        c = py_builtin_class("FloatingPointError", py_cls_ArithmeticError);
    py_on_demand[id] = c;
    return c;
}

/* sys.exit(v) in a program where a finally or a handler of SystemExit may run before the program ends:
 * SystemExit raised with v its argument (none for None, as CPython's sys.exit()). */
long py_raise_system_exit(long v) {
    long cls = py_make_class(OD_SystemExit);
    if (v == NONE) {
        py_exc = py_new_instance(cls);
        return 0;
    }
    return py_raise_value(cls, v);
}

/* A SystemExit's code: None without arguments, its one argument, else the arguments' tuple. */
long py_system_exit_code(long e) {
    long args = py_exc_args(e);
    if (W(args)[1] == 1)
        return W(args)[2];
    return W(args)[1] == 0 ? NONE : args;
}

/* The value sys.exit or an uncaught SystemExit takes the process's status from (exit.ir's py_sys_exit):
 * a code other than None or an int is written on stderr first, as CPython does. */
long py_exit_message(long code) {
    long t = py_tag(code);
    if (code == NONE || t == T_INT || t == T_BOOL)
        return code;
    long text = py_str(code);
    if (py_exc) { /* its __str__ raised: CPython prints nothing more */
        py_exc = 0;
        return code;
    }
    py_to_stderr = 1;
    py_write(text);
    py_putc('\n');
    py_to_stderr = 0;
    return code;
}

/* The exception that ends the program, if a SystemExit: the value its exit status is taken from
 * (py_exit_message); UNBOUND for any other exception, whose traceback is printed. */
long py_exit_value(long e) {
    long cls = py_on_demand[OD_SystemExit];
    if (cls == 0 || py_tag(e) != T_INST || !py_is_subclass(W(e)[1], cls))
        return UNBOUND;
    py_exc = 0;
    return py_exit_message(py_system_exit_code(e));
}

/* Ellipsis and NotImplemented, each made when a program first writes `...` as a value or names it: the
 * one object of its type (T_ELLIPSIS or T_NOTIMPL), kept at its tag's place. */
long py_singletons[2];

long py_singleton(long tag) {
    long i = tag - T_ELLIPSIS;
    if (py_singletons[i] == 0) {
        py_singletons[i] = py_alloc(1);
        W(py_singletons[i])[0] = tag;
    }
    return py_singletons[i];
}

/* r, what a special method returned, or UNBOUND when it is NotImplemented (the operand is not taken). */
long py_implemented(long r) {
    return r != 0 && r == py_singletons[T_NOTIMPL - T_ELLIPSIS] ? UNBOUND : r;
}

/* ---- tuples and lists ---- */

long py_tuple_new(long n) {
    long t = py_alloc(n + 2);
    W(t)[0] = T_TUPLE;
    W(t)[1] = n;
    return t;
}

/* A tuple from n values the compiled code left in a stack array. */
long py_tuple_from(long argv, long n) {
    long t = py_tuple_new(n);
    for (long i = 0; i < n; i++)
        W(t)[2 + i] = W(argv)[i];
    return t;
}

long py_new_list(long cap) {
    if (cap < 4)
        cap = 4;
    long l = py_alloc(4);
    W(l)[0] = T_LIST;
    W(l)[1] = 0;
    W(l)[2] = cap;
    W(l)[3] = py_alloc(cap);
    return l;
}

long py_list_from(long argv, long n) {
    long l = py_new_list(n);
    for (long i = 0; i < n; i++)
        W(W(l)[3])[i] = W(argv)[i];
    W(l)[1] = n;
    return l;
}

long py_list_append(long l, long v) {
    long n = W(l)[1];
    if (n == W(l)[2]) {
        long cap = n * 2;
        long items = py_alloc(cap);
        for (long i = 0; i < n; i++)
            W(items)[i] = W(W(l)[3])[i];
        W(l)[3] = items;
        W(l)[2] = cap;
    }
    W(W(l)[3])[n] = v;
    W(l)[1] = n + 1;
    return NONE;
}

/* The items of a list or tuple as (address, count), for the routines that read both alike. */
long py_items(long v) {
    if (W(v)[0] == T_LIST)
        return W(v)[3];
    return v + 2;
}

long py_to_list(long v) {
    long t = py_tag(v);
    long l = py_new_list(4);
    if (t == T_LIST || t == T_TUPLE) {
        long n = W(v)[1];
        long it = py_items(v);
        for (long i = 0; i < n; i++)
            py_list_append(l, W(it)[i]);
        return l;
    }
    long iter = py_iter(v);
    if (py_exc)
        return 0;
    while (1) {
        long x = py_next(iter);
        if (py_exc)
            return 0;
        if (x == STOP)
            break;
        py_list_append(l, x);
    }
    return l;
}

long py_to_tuple(long v) {
    if (py_tag(v) == T_TUPLE)
        return v;
    long l = py_to_list(v);
    if (py_exc)
        return 0;
    return py_tuple_from(W(l)[3], W(l)[1]);
}

/* ---- dicts and sets ----
 * A dict is [T_DICT, len, cap, keys, values, index, mask]: its items in insertion order, and past
 * DICT_SMALL items an index, an open-addressed table of mask+1 slots holding item numbers (-1 empty)
 * found from the keys' hashes, so that a lookup probes a few slots instead of walking the keys. */
#define DICT_SMALL 8

long py_new_dict(void) {
    long d = py_alloc(7);
    W(d)[0] = T_DICT;
    W(d)[1] = 0;
    W(d)[2] = 4;
    W(d)[3] = py_alloc(4);
    W(d)[4] = py_alloc(4);
    W(d)[5] = 0;
    W(d)[6] = 0;
    return d;
}

/* A set is a dict's shape (its keys, dense, for membership) and beside it CPython's own hash table, kept
 * only for the order: [T_SET, len, cap, keys, values, table, hashes, mask, fill, finger, ordered]. The
 * table holds each key in the slot CPython's set would give it (same hashes for ints, bools and tuples of
 * them, same probing, resizing, dummies and pop finger), so iterating in slot order is CPython's order;
 * `ordered` says whether the dense keys are already in that order (adding a key makes them stale). */
#define SET_EMPTY UNBOUND
#define SET_DUMMY STOP

long py_set_table_new(long s, long size) {
    long table = py_alloc(size);
    long hashes = py_alloc(size);
    for (long i = 0; i < size; i++)
        W(table)[i] = SET_EMPTY;
    W(s)[5] = table;
    W(s)[6] = hashes;
    W(s)[7] = size - 1;
    W(s)[8] = 0;
    return NONE;
}

/* A set's word 11 is 1 for a frozenset: the same object, hashable, without the methods that change it,
 * its operators' results frozen when their left operand is. */
#define S_FROZEN 11

long py_new_set(void) {
    long s = py_alloc(12);
    W(s)[0] = T_SET;
    W(s)[1] = 0;
    W(s)[2] = 4;
    W(s)[3] = py_alloc(4);
    W(s)[4] = py_alloc(4);
    py_set_table_new(s, 8);
    W(s)[9] = 0;
    W(s)[10] = 1;
    return s;
}

long py_hash(long v);
long py_eq_raw(long a, long b);
long py_is_set_view(long v);
long py_view_eq(long a, long b);

/* Key equality for dicts and sets: 1 == True as in CPython; containers element by element. */
long py_key_eq(long a, long b) {
    if (a == b)
        return 1;
    if (a % 2 != 0 && b % 2 != 0) /* two different ints */
        return 0;
    long ta = py_tag(a);
    long tb = py_tag(b);
    if (ta == T_STR && tb == T_STR)
        return py_str_eq(a, b);
    if ((ta == T_FLOAT && (tb == T_FLOAT || tb == T_INT || tb == T_BOOL)) || (tb == T_FLOAT && (ta == T_INT || ta == T_BOOL)))
        return py_floats('=', a, b);
    if ((ta == T_INT || ta == T_BOOL) && (tb == T_INT || tb == T_BOOL)) {
        if (ta == T_BOOL)
            a = a == TRUE_ ? 3 : 1;
        if (tb == T_BOOL)
            b = b == TRUE_ ? 3 : 1;
        return a == b;
    }
    if (ta == T_TUPLE && tb == T_TUPLE) {
        long n = W(a)[1];
        if (W(b)[1] != n)
            return 0;
        for (long i = 0; i < n; i++)
            if (!py_key_eq(W(a)[2 + i], W(b)[2 + i]))
                return 0;
        return 1;
    }
    if (ta == T_SET && tb == T_SET)
        return W(a)[1] == W(b)[1] && py_set_subset(a, b);
    if (ta == T_INST || tb == T_INST) {
        /* as CPython: __eq__ is asked only of keys whose hashes are equal */
        long ha = py_hash(a);
        if (py_exc)
            return 0;
        long hb = py_hash(b);
        if (py_exc || ha != hb)
            return 0;
        return py_eq_raw(a, b);
    }
    return 0;
}

long py_hash(long v);
long py_two64(void);
long py_key_eq(long a, long b);

/* A hash as an unsigned number, the start of its probe in a dict index and the perturbation of the
 * probe's steps (CPython's: slot 5j + 1 + perturb, perturb shifted right 5 bits at each step). Stepping
 * to the next slot instead made a run of ints (hashed to themselves) one cluster, which a missing key's
 * lookup walked to its end. */
long py_index_unsigned(long h) {
    return h < 0 ? h + py_two64() : h;
}

long py_index_step(long j, long perturb, long size) {
    return (j * 5 + perturb + 1) % size;
}

/* Item i of d into its index. */
long py_index_put(long d, long i) {
    long index = W(d)[5];
    long size = W(d)[6] + 1;
    long perturb = py_index_unsigned(py_hash(W(W(d)[3])[i]));
    long j = perturb % size;
    while (W(index)[j] >= 0) {
        perturb = perturb / 32;
        j = py_index_step(j, perturb, size);
    }
    W(index)[j] = i;
    return NONE;
}

/* d's index made again for its items (after growing, or after an item was taken out), or none while
 * d is small. */
long py_index_build(long d) {
    long n = W(d)[1];
    if (n <= DICT_SMALL) {
        W(d)[5] = 0;
        W(d)[6] = 0;
        return NONE;
    }
    long size = 16;
    while (size < n * 3)
        size = size * 2;
    long index = py_alloc(size);
    for (long j = 0; j < size; j++)
        W(index)[j] = -1;
    W(d)[5] = index;
    W(d)[6] = size - 1;
    for (long i = 0; i < n; i++)
        py_index_put(d, i);
    return NONE;
}

long py_dict_find(long d, long key) {
    if (W(d)[5] != 0 && W(d)[0] == T_DICT) { /* (a set's word 5 is its own table) */
        long index = W(d)[5];
        long size = W(d)[6] + 1;
        long perturb = py_index_unsigned(py_hash(key));
        long j = perturb % size;
        long keys = W(d)[3];
        while (1) {
            long i = W(index)[j];
            if (i < 0)
                return -1;
            if (py_key_eq(W(keys)[i], key))
                return i;
            perturb = perturb / 32;
            j = py_index_step(j, perturb, size);
        }
    }
    long n = W(d)[1];
    long keys = W(d)[3];
    long tk = py_tag(key);
    if (tk == T_STR) {
        for (long i = 0; i < n; i++) {
            long k = W(keys)[i];
            if (k == key)
                return i;
        }
    }
    for (long i = 0; i < n; i++)
        if (py_key_eq(W(keys)[i], key))
            return i;
    return -1;
}

long py_inst_hash_fn(long cls);

long py_hashable(long v) {
    if (v % 2 != 0) /* an int: the commonest key, answered before its tag is looked up */
        return 1;
    long t = py_tag(v);
    if (t == T_INST && py_inst_hash_fn(W(v)[1]) == NONE) {
        py_type_error2("unhashable type: '", v, "'");
        return 0;
    }
    if (t == T_LIST || t == T_DICT || (t == T_SET && !W(v)[S_FROZEN])) {
        py_type_error2("unhashable type: '", v, "'");
        return 0;
    }
    if (t == T_TUPLE) {
        for (long i = 0; i < W(v)[1]; i++)
            if (!py_hashable(W(v)[2 + i]))
                return 0;
    }
    return 1;
}

long py_dict_get(long d, long key, long dflt) {
    long i = py_dict_find(d, key);
    if (i < 0)
        return dflt;
    return W(W(d)[4])[i];
}

long py_dict_set(long d, long key, long value) {
    long i = py_dict_find(d, key);
    if (i >= 0) {
        W(W(d)[4])[i] = value;
        return NONE;
    }
    long n = W(d)[1];
    if (n == W(d)[2]) {
        long cap = n * 2;
        long keys = py_alloc(cap);
        long vals = py_alloc(cap);
        for (long j = 0; j < n; j++) {
            W(keys)[j] = W(W(d)[3])[j];
            W(vals)[j] = W(W(d)[4])[j];
        }
        W(d)[3] = keys;
        W(d)[4] = vals;
        W(d)[2] = cap;
    }
    W(W(d)[3])[n] = key;
    W(W(d)[4])[n] = value;
    W(d)[1] = n + 1;
    if (W(d)[0] != T_DICT)
        return NONE;
    if (W(d)[5] == 0) {
        if (n + 1 > DICT_SMALL)
            return py_index_build(d);
        return NONE;
    }
    if ((n + 1) * 3 > W(d)[6] + 1)
        return py_index_build(d);
    return py_index_put(d, n);
}

long py_dict_remove_at(long d, long i) {
    long n = W(d)[1];
    for (long j = i; j + 1 < n; j++) {
        W(W(d)[3])[j] = W(W(d)[3])[j + 1];
        W(W(d)[4])[j] = W(W(d)[4])[j + 1];
    }
    W(d)[1] = n - 1;
    if (W(d)[0] == T_DICT && W(d)[5] != 0)
        return py_index_build(d);
    return NONE;
}

/* A dict display {k: v, ...}: 2n values left in a stack array. */
long py_dict_from(long argv, long n) {
    long d = py_new_dict();
    for (long i = 0; i < n; i++) {
        if (!py_hashable(W(argv)[2 * i]))
            return 0;
        py_dict_set(d, W(argv)[2 * i], W(argv)[2 * i + 1]);
    }
    return d;
}

#define TWO32 4294967296
#define TWO61 2305843009213693952
#define TWO63 9223372036854775807

/* 2**64, made at run time: the C front-end folds constant expressions in C's 64-bit arithmetic. */
long py_two64(void) {
    long t = TWO32;
    return t * t;
}

long py_hash(long v);

/* CPython's hash of an int: n modulo 2**61 - 1, keeping the sign; -1 becomes -2. */
long py_int_hash(long n) {
    long p = TWO61 - 1;
    if (n > -p && n < p) /* its own hash, without the division */
        return n == -1 ? -2 : n;
    long r = n < 0 ? -((-n) % p) : n % p;
    return r == -1 ? -2 : r;
}

/* k ^ n for k >= 0 and a small n >= 0: only n's bits are walked (k's above them stay). */
long py_xor_small(long k, long n) {
    long r = k;
    long bit = 1;
    while (n > 0) {
        if (n % 2 != 0) {
            if ((k / bit) % 2 != 0)
                r = r - bit;
            else
                r = r + bit;
        }
        n = n / 2;
        bit = bit * 2;
    }
    return r;
}

/* CPython's tuple hash (xxHash's round with 64-bit unsigned arithmetic), from its items' hashes. */
long py_tuple_hash(long t) {
    long m = py_two64();
    long billion = 1000000000; /* a variable, so that the products are not folded in 64 bits */
    long p1 = 11400714785 * billion + 74694791;
    long p2 = 14029467366 * billion + 897019727;
    long p5 = 2870177450 * billion + 12600261;
    long acc = p5;
    long n = W(t)[1];
    for (long i = 0; i < n; i++) {
        long lane = py_hash(W(t)[2 + i]);
        if (lane < 0)
            lane = lane + m;
        acc = (acc + lane * p2) % m;
        acc = (acc * (TWO32 / 2)) % m + acc / (TWO32 * 2); /* rotated left by 31 bits */
        acc = (acc * p1) % m;
    }
    /* acc += len ^ (p5 ^ 3527539) */
    acc = (acc + py_xor_small(py_xor_small(p5, 3527539), n)) % m;
    if (acc == m - 1)
        return 1546275796;
    if (acc > TWO63)
        return acc - m;
    return acc;
}

/* a ^ b for 0 <= a, b < 2**64, bit by bit (the runtime's C has no bitwise operators). */
long py_xor64(long a, long b) {
    long r = 0;
    long bit = 1;
    for (long i = 0; i < 64; i++) {
        if (a % 2 != b % 2)
            r = r + bit;
        a = a / 2;
        b = b / 2;
        bit = bit * 2;
    }
    return r;
}

/* CPython's _shuffle_bits: ((h ^ 89869747) ^ (h << 16)) * 3644798167, in 64 bits. */
long py_shuffle_bits(long h) {
    long m = py_two64();
    return (py_xor64(py_xor64(h, 89869747), (h * 65536) % m) * 3644798167) % m;
}

long py_hash(long v);

/* CPython's frozenset hash: its items' hashes shuffled and xored (the table's empty and dummy slots
 * cancel out there), then mixed with its size. */
long py_frozenset_hash(long s) {
    long m = py_two64();
    long h = 0;
    for (long i = 0; i < W(s)[1]; i++) {
        long k = py_hash(W(W(s)[3])[i]);
        if (py_exc)
            return 0;
        h = py_xor64(h, py_shuffle_bits(k < 0 ? k + m : k));
    }
    h = py_xor64(h, ((W(s)[1] + 1) * 1927868237) % m);
    h = py_xor64(h, py_xor64(h / 2048, h / 33554432));
    h = (h * 69069 + 907133923) % m;
    if (h == m - 1)
        return 590923713;
    return h > TWO63 ? h - m : h;
}

/* The __hash__ an instance of cls has: its class's (or the nearest base's) function; NONE when it is
 * unhashable (a class that defines __eq__ and not __hash__ sets __hash__ to None, as in CPython);
 * UNBOUND when it hashes by identity. */
long py_inst_hash_fn(long cls) {
    while (cls != 0) {
        long h = py_dict_get(W(cls)[3], py_s_hash, UNBOUND);
        if (h != UNBOUND)
            return h;
        if (py_dict_get(W(cls)[3], py_s_eq, UNBOUND) != UNBOUND)
            return NONE;
        cls = W(cls)[2];
    }
    return UNBOUND;
}

long py_dict_get(long d, long key, long dflt);

/* The hash a set uses for its order: CPython's for ints, bools and tuples of them and for an instance
 * whose class defines __hash__; for strings, whose order CPython randomises in each run, and other
 * objects (hashed by address there), a fixed one. */
long py_hash(long v) {
    if (v % 2 != 0) /* an int, the commonest key, before its tag is looked up */
        return py_int_hash(INTV(v));
    long t = py_tag(v);
    if (t == T_INST) {
        long f = py_inst_hash_fn(W(v)[1]);
        if (f == UNBOUND || f == NONE)
            return v / 2;
        long argv[1];
        argv[0] = v;
        long r = py_call(f, (long)argv, 1, 0);
        if (py_exc)
            return 0;
        if (py_tag(r) == T_BOOL)
            return r == TRUE_ ? 1 : 0;
        if (py_tag(r) != T_INT) {
            py_raise(py_cls_TypeError, "__hash__ method should return an integer");
            return 0;
        }
        long n = INTV(r); /* kept as it is when it fits 64 bits (-1 becomes -2), else the int's hash */
        if (n > TWO63 || n < -TWO63 - 1)
            return py_int_hash(n);
        return n == -1 ? -2 : n;
    }
    if (t == T_INT)
        return py_int_hash(INTV(v));
    if (t == T_BOOL)
        return v == TRUE_ ? 1 : 0;
    if (t == T_FLOAT)
        return py_floats('h', v, 0);
    if (t == T_TUPLE)
        return py_tuple_hash(v);
    if (t == T_SET)
        return py_frozenset_hash(v);
    if (t == T_STR) {
        long h = 0;
        for (long i = 0; i < W(v)[1]; i++)
            h = (h * 1000003 + W(v)[2 + i]) % (TWO61 - 1);
        return h;
    }
    return v / 2;
}

/* The slot for a key of hash h in a table of mask+1 slots: CPython's probe (LINEAR_PROBES 9, then the
 * perturbed jump), stopping at the first empty slot; the last dummy passed on the way when clean is 0. */
long py_set_slot(long table, long mask, long h, long clean) {
    long size = mask + 1;
    long u = h < 0 ? h + py_two64() : h;
    long perturb = u;
    long i = u % size;
    long freeslot = -1;
    while (1) {
        long probes = i + 9 <= mask ? 9 : 0;
        long j = i;
        while (1) {
            long k = W(table)[j];
            if (k == SET_EMPTY)
                return freeslot >= 0 ? freeslot : j;
            if (k == SET_DUMMY && !clean)
                freeslot = j;
            if (probes == 0)
                break;
            probes = probes - 1;
            j = j + 1;
        }
        perturb = perturb / 32;
        i = (i * 5 + 1 + perturb) % size;
    }
}

/* Whether set s holds a key equal to v: CPython's lookup, probing its table from v's hash (equal keys
 * hash alike here too: 1 and True, equal tuples, equal strings), so a test costs a few probes, not a
 * walk over the keys. */
long py_set_has(long s, long v) {
    long h = py_hash(v);
    long table = W(s)[5];
    long hashes = W(s)[6];
    long mask = W(s)[7];
    long size = mask + 1;
    long u = h < 0 ? h + py_two64() : h;
    long perturb = u;
    long i = u % size;
    while (1) {
        long probes = i + 9 <= mask ? 9 : 0;
        long j = i;
        while (1) {
            long k = W(table)[j];
            if (k == SET_EMPTY)
                return 0;
            if (k != SET_DUMMY && W(hashes)[j] == h && py_key_eq(k, v))
                return 1;
            if (probes == 0)
                break;
            probes = probes - 1;
            j = j + 1;
        }
        perturb = perturb / 32;
        i = (i * 5 + 1 + perturb) % size;
    }
}

/* set_table_resize: a table of the smallest power of two (at least 8) above minused, the keys moved in
 * the old table's slot order. */
long py_set_resize(long s, long minused) {
    long size = 8;
    while (size <= minused)
        size = size * 2;
    long old = W(s)[5];
    long oldh = W(s)[6];
    long oldsize = W(s)[7] + 1;
    py_set_table_new(s, size);
    long table = W(s)[5];
    for (long i = 0; i < oldsize; i++) {
        long k = W(old)[i];
        if (k != SET_EMPTY && k != SET_DUMMY) {
            long j = py_set_slot(table, size - 1, W(oldh)[i], 1);
            W(table)[j] = k;
            W(W(s)[6])[j] = W(oldh)[i];
        }
    }
    W(s)[8] = W(s)[1];
    W(s)[10] = 0;
    return NONE;
}

/* A key known to be new into the table (set_add_entry's insertion, with its resize). */
long py_set_table_add(long s, long k, long h) {
    long table = W(s)[5];
    long mask = W(s)[7];
    long j = py_set_slot(table, mask, h, 0);
    long was_dummy = W(table)[j] == SET_DUMMY;
    W(table)[j] = k;
    W(W(s)[6])[j] = h;
    W(s)[10] = 0;
    if (was_dummy)
        return NONE;
    W(s)[8] = W(s)[8] + 1;
    if (W(s)[8] * 5 < mask * 3)
        return NONE;
    long used = W(s)[1];
    return py_set_resize(s, used > 50000 ? used * 2 : used * 4);
}

/* Adds v unless an equal key is there; 1 when it was added. */
/* A key known to be new appended to the dense keys (a set's values word is not used). */
long py_set_append(long s, long v) {
    long n = W(s)[1];
    if (n == W(s)[2]) {
        long keys = py_alloc(n * 2);
        for (long j = 0; j < n; j++)
            W(keys)[j] = W(W(s)[3])[j];
        W(s)[3] = keys;
        W(s)[2] = n * 2;
    }
    W(W(s)[3])[n] = v;
    W(s)[1] = n + 1;
    return NONE;
}

/* The dense key at index i taken out, the rest keeping their order. */
long py_set_drop(long s, long i) {
    long n = W(s)[1];
    for (long j = i; j + 1 < n; j++)
        W(W(s)[3])[j] = W(W(s)[3])[j + 1];
    W(s)[1] = n - 1;
    return NONE;
}

long py_set_insert(long s, long v) {
    if (py_set_has(s, v))
        return 0;
    py_set_append(s, v);
    py_set_table_add(s, v, py_hash(v));
    return 1;
}

long py_set_add(long s, long v) {
    if (!py_hashable(v))
        return 0;
    py_set_insert(s, v);
    return NONE;
}

/* The dense keys in the table's slot order, which is the order of iteration and printing. */
long py_set_order(long s) {
    if (W(s)[10])
        return s;
    long table = W(s)[5];
    long size = W(s)[7] + 1;
    long keys = W(s)[3];
    long n = 0;
    for (long i = 0; i < size; i++) {
        long k = W(table)[i];
        if (k != SET_EMPTY && k != SET_DUMMY) {
            W(keys)[n] = k;
            n = n + 1;
        }
    }
    W(s)[10] = 1;
    return s;
}

/* Removes the key at dense index i: its slot becomes a dummy. */
long py_set_remove_at(long s, long i) {
    long k = W(W(s)[3])[i];
    long table = W(s)[5];
    long size = W(s)[7] + 1;
    for (long j = 0; j < size; j++) {
        if (W(table)[j] == k) {
            W(table)[j] = SET_DUMMY;
            break;
        }
    }
    return py_set_drop(s, i);
}

long py_set_discard(long s, long v) {
    long i = py_dict_find(s, v);
    if (i < 0)
        return 0;
    py_set_remove_at(s, i);
    return 1;
}

/* set.pop(): from the finger on, the first occupied slot, as CPython. */
long py_set_pop(long s) {
    long table = W(s)[5];
    long mask = W(s)[7];
    long j = W(s)[9] % (mask + 1);
    while (W(table)[j] == SET_EMPTY || W(table)[j] == SET_DUMMY) {
        j = j + 1;
        if (j > mask)
            j = 0;
    }
    long k = W(table)[j];
    W(table)[j] = SET_DUMMY;
    W(s)[9] = j + 1;
    long keys = W(s)[3];
    for (long i = 0; i < W(s)[1]; i++) {
        if (W(keys)[i] == k) {
            py_set_drop(s, i);
            break;
        }
    }
    return k;
}

long py_set_clear(long s) {
    W(s)[1] = 0;
    py_set_table_new(s, 8);
    W(s)[10] = 1;
    return NONE;
}

/* set_merge: the keys of set o into s, in o's slot order, with CPython's resize first and its copy of
 * the table when s is empty and the tables match. */
long py_set_merge(long s, long o) {
    long n = W(o)[1];
    if (n == 0 || o == s)
        return NONE;
    if ((W(s)[8] + n) * 5 >= W(s)[7] * 3)
        py_set_resize(s, (W(s)[1] + n) * 2);
    long otable = W(o)[5];
    long osize = W(o)[7] + 1;
    if (W(s)[8] == 0 && W(s)[7] == W(o)[7] && W(o)[8] == n) {
        for (long i = 0; i < osize; i++) {
            W(W(s)[5])[i] = W(otable)[i];
            W(W(s)[6])[i] = W(W(o)[6])[i];
        }
        W(s)[8] = n;
        py_set_order(o);
        for (long i = 0; i < n; i++)
            py_set_append(s, W(W(o)[3])[i]);
        W(s)[10] = 1;
        return NONE;
    }
    long clean = W(s)[8] == 0; /* an empty table: set_insert_clean, no resize until the end */
    for (long i = 0; i < osize; i++) {
        long k = W(otable)[i];
        if (k == SET_EMPTY || k == SET_DUMMY)
            continue;
        if (!clean) {
            py_set_insert(s, k);
            continue;
        }
        py_set_append(s, k);
        long j = py_set_slot(W(s)[5], W(s)[7], W(W(o)[6])[i], 1);
        W(W(s)[5])[j] = k;
        W(W(s)[6])[j] = W(W(o)[6])[i];
        W(s)[8] = W(s)[8] + 1;
        W(s)[10] = 0;
    }
    return NONE;
}

/* set_update_internal: another set merged; a dict's keys after a resize for its size; any other
 * iterable's items added one by one. */
long py_set_update(long s, long other) {
    long t = py_tag(other);
    if (t == T_SET)
        return py_set_merge(s, py_set_order(other));
    if (t == T_DICT) {
        long n = W(other)[1];
        if ((W(s)[8] + n) * 5 >= W(s)[7] * 3)
            py_set_resize(s, (W(s)[1] + n) * 2);
    }
    long it = py_iter(other);
    if (py_exc)
        return 0;
    while (1) {
        long x = py_next(it);
        if (py_exc)
            return 0;
        if (x == STOP)
            break;
        py_set_add(s, x);
        if (py_exc)
            return 0;
    }
    return NONE;
}

long py_set_copy(long s) {
    long r = py_new_set();
    py_set_merge(r, py_set_order(s));
    return r;
}

long py_set_from(long argv, long n) {
    long s = py_new_set();
    for (long i = 0; i < n; i++) {
        py_set_add(s, W(argv)[i]);
        if (py_exc)
            return 0;
    }
    return s;
}

/* A display of three or more constants, {1, 2, 3}: CPython folds it to a frozenset constant (made
 * again from its own order when the compiler merges constants) and updates an empty set from it. */
long py_set_literal(long argv, long n) {
    long first = py_set_from(argv, n);
    if (py_exc)
        return 0;
    long folded = py_new_set();
    py_set_order(first);
    for (long i = 0; i < W(first)[1]; i++)
        py_set_insert(folded, W(W(first)[3])[i]);
    long s = py_new_set();
    py_set_merge(s, py_set_order(folded));
    return s;
}

long py_to_set(long v) {
    long s = py_new_set();
    py_set_update(s, v);
    if (py_exc)
        return 0;
    return s;
}

/* frozenset(iterable) (UNBOUND: frozenset()): a frozenset is returned as it is, as CPython's. */
long py_frozenset(long v) {
    if (v != UNBOUND && py_tag(v) == T_SET && W(v)[S_FROZEN])
        return v;
    long s = py_new_set();
    if (v != UNBOUND)
        py_set_update(s, v);
    if (py_exc)
        return 0;
    W(s)[S_FROZEN] = 1;
    return s;
}

/* ---- type names, str and repr ---- */

long py_tag_name(long t);

/* An iterator's type, as a built-in type id: CPython's own for the container it iterates (list_iterator,
 * a dict view's dict_itemiterator), and CPython's plain 'iterator' for an object with __getitem__. */
long py_iter_type_id(long it) {
    long v = W(it)[1];
    long t = py_tag(v);
    if (t == T_INST)
        return 100 + T_ITER;
    long view = W(it)[4]; /* the dict view it was made from (its method id), or 0 */
    if (view != 0)
        return ITER_IDS + (view == M_keys ? 4 : view == M_values ? 8 : 9);
    if (t == T_LIST)
        return ITER_IDS + 1;
    if (t == T_TUPLE)
        return ITER_IDS + 2;
    if (t == T_RANGE)
        return ITER_IDS + 3;
    if (t == T_DICT)
        return ITER_IDS + 4;
    if (t == T_SET)
        return ITER_IDS + 5;
    for (long i = 0; i < W(v)[1]; i++)
        if (W(v)[2 + i] >= 128)
            return ITER_IDS + 7;
    return ITER_IDS + 6;
}

/* A dict view's type id: dict_keys, dict_values or dict_items. */
long py_view_type_id(long view) {
    return ITER_IDS + (W(view)[1] == M_keys ? 10 : W(view)[1] == M_values ? 11 : 12);
}

long py_iter_type_name(long id) {
    long k = id - ITER_IDS;
    if (k == 1)
        return py_const_str("list_iterator");
    if (k == 2)
        return py_const_str("tuple_iterator");
    if (k == 3)
        return py_const_str("range_iterator");
    if (k == 4)
        return py_const_str("dict_keyiterator");
    if (k == 5)
        return py_const_str("set_iterator");
    if (k == 6)
        return py_const_str("str_ascii_iterator");
    if (k == 7)
        return py_const_str("str_iterator");
    if (k == 8)
        return py_const_str("dict_valueiterator");
    if (k == 9)
        return py_const_str("dict_itemiterator");
    if (k == 10)
        return py_const_str("dict_keys");
    if (k == 11)
        return py_const_str("dict_values");
    return py_const_str("dict_items");
}

long py_type_name(long v) {
    long t = py_tag(v);
    if (t == T_INST)
        return W(W(v)[1])[1];
    if (t == T_SET && W(v)[S_FROZEN])
        return py_const_str("frozenset");
    if (t == T_VIEW || t == T_LAZY || t == T_ITER || t == T_BUILTIN) /* kinds with several types: type(v) */
        return py_builtin_name(W(py_type(v))[1]);
    return py_tag_name(t);
}

long py_tag_name(long t) {
    if (t == T_INT)
        return py_const_str("int");
    if (t == T_FLOAT)
        return py_const_str("float");
    if (t == T_BOOL)
        return py_const_str("bool");
    if (t == T_NONE)
        return py_const_str("NoneType");
    if (t == T_STR)
        return py_const_str("str");
    if (t == T_LIST)
        return py_const_str("list");
    if (t == T_TUPLE)
        return py_const_str("tuple");
    if (t == T_DICT)
        return py_const_str("dict");
    if (t == T_SET)
        return py_const_str("set");
    if (t == T_RANGE)
        return py_const_str("range");
    if (t == T_FUNC)
        return py_const_str("function");
    if (t == T_CLASS)
        return py_const_str("type");
    if (t == T_BOUND || t == T_BMETH)
        return py_const_str("method");
    if (t == T_BUILTIN)
        return py_const_str("builtin_function_or_method");
    if (t == T_ITER)
        return py_const_str("iterator");
    if (t == T_GEN)
        return py_const_str("generator");
    if (t == T_LAZY)
        return py_const_str("iterator");
    if (t == T_SUPER)
        return py_const_str("super");
    if (t == T_VIEW)
        return py_const_str("dict_view");
    if (t == T_DESCR)
        return py_const_str("property");
    if (t == T_SLICE)
        return py_const_str("slice");
    if (t == T_ELLIPSIS)
        return py_const_str("ellipsis");
    if (t == T_NOTIMPL)
        return py_const_str("NotImplementedType");
    return py_const_str("object");
}

void py_sb_repr(long b, long v);

long py_is_space(long c);

/* The characters past Latin-1's controls that repr escapes as CPython's does (not str.isprintable()):
 * the soft hyphen, Unicode's spaces and line separators, and the common format characters (zero-width
 * spaces and joiners, the direction marks, the byte order mark). */
long py_unprintable(long c) {
    return c == 0xAD || (c > 0xA0 && py_is_space(c)) || (c >= 0x200B && c <= 0x200F) ||
           (c >= 0x202A && c <= 0x202E) || (c >= 0x2060 && c <= 0x2064) || c == 0xFEFF;
}

/* \xhh, \uhhhh or \Uhhhhhhhh: repr's escape of a character it does not print, and ascii()'s of every
 * character past ASCII. */
void py_sb_escape(long b, long c) {
    long digits = c < 0x100 ? 2 : c < 0x10000 ? 4 : 8;
    py_sb_c(b, digits == 2 ? "\\x" : digits == 4 ? "\\u" : "\\U");
    for (long place = digits - 1; place >= 0; place--)
        py_sb_char(b, "0123456789abcdef"[(c / py_pow_raw(16, place)) % 16]);
}

void py_sb_str_repr(long b, long s) {
    long n = W(s)[1];
    long q = '\'';
    long has_single = 0;
    long has_double = 0;
    for (long i = 0; i < n; i++) {
        if (W(s)[2 + i] == '\'')
            has_single = 1;
        if (W(s)[2 + i] == '"')
            has_double = 1;
    }
    if (has_single && !has_double)
        q = '"';
    py_sb_char(b, q);
    for (long i = 0; i < n; i++) {
        long c = W(s)[2 + i];
        if (c == q || c == '\\') {
            py_sb_char(b, '\\');
            py_sb_char(b, c);
        } else if (c == '\n') {
            py_sb_c(b, "\\n");
        } else if (c == '\t') {
            py_sb_c(b, "\\t");
        } else if (c == '\r') {
            py_sb_c(b, "\\r");
        } else if (c < 32 || (c >= 127 && c <= 0xA0) || py_unprintable(c)) {
            py_sb_escape(b, c);
        } else {
            py_sb_char(b, c);
        }
    }
    py_sb_char(b, q);
}

/* ascii(v): its repr with every character past ASCII escaped. */
long py_ascii(long v) {
    long r = py_repr(v);
    if (py_exc)
        return 0;
    long b = py_sb_new();
    for (long i = 0; i < W(r)[1]; i++) {
        long c = W(r)[2 + i];
        if (c < 128)
            py_sb_char(b, c);
        else
            py_sb_escape(b, c);
    }
    return py_sb_finish(b);
}

/* vars(v): an instance's own attributes, the dict itself, as its __dict__. */
long py_vars(long v) {
    if (py_tag(v) != T_INST)
        return py_raise(py_cls_TypeError, "vars() argument must have __dict__ attribute");
    return py_attrs(v);
}

/* str(x) and repr(x) of an instance through __str__/__repr__ (0 when the class has neither). */
long py_user_text(long v, long which) {
    long m = py_lookup(W(v)[1], which);
    if (m == UNBOUND && which == py_s_str)
        m = py_lookup(W(v)[1], py_s_repr);
    if (m == UNBOUND)
        return 0;
    long argv[1];
    argv[0] = v;
    long r = py_call(m, (long)argv, 1, 0);
    if (py_exc)
        return 0;
    if (py_tag(r) != T_STR) {
        long b = py_sb_new();
        py_sb_c(b, which == py_s_str ? "__str__" : "__repr__");
        py_sb_c(b, " returned non-string (type ");
        py_sb_str(b, py_type_name(r));
        py_sb_c(b, ")");
        py_raise_sb(py_cls_TypeError, b);
        return 0;
    }
    return r;
}

/* An instance's text without its class's own __repr__ or __str__ (what super().__repr__() and
 * super().__str__() give): an exception's name and arguments, or its message; any other object's
 * <__main__.C object>. */
void py_sb_value(long b, long v, long as_repr);

void py_sb_instance(long b, long v, long as_repr) {
    if (!py_is_subclass(W(v)[1], py_cls_BaseException)) {
        py_sb_c(b, W(v)[1] == py_cls_object ? "<" : "<__main__.");
        py_sb_str(b, py_class_qualname(W(v)[1]));
        py_sb_c(b, " object>");
    } else if (!as_repr) {
        py_sb_str(b, py_exc_message(v));
    } else {
        py_sb_str(b, W(W(v)[1])[1]);
        long args = py_exc_args(v);
        if (W(args)[1] == 1) {
            py_sb_char(b, '(');
            py_sb_value(b, W(args)[2], 1);
            py_sb_char(b, ')');
        } else {
            py_sb_value(b, args, 1);
        }
    }
}

/* The lists, tuples and dicts whose repr is being written, outermost first: one met again inside itself
 * is written [...], (...) or {...}, as CPython's Py_ReprEnter has it. The table is static data, which
 * every program's Store holds, so it is short: past REPR_OPEN_MAX open ones the deeper are not recorded,
 * and only a cycle through one of the outer REPR_OPEN_MAX is found. */
#define REPR_OPEN_MAX 32
long py_repr_open[REPR_OPEN_MAX];
long py_repr_depth;

/* 1 if v's repr is being written already; else v is opened (py_repr_leave closes it). */
long py_repr_enter(long v) {
    long n = py_repr_depth < REPR_OPEN_MAX ? py_repr_depth : REPR_OPEN_MAX;
    for (long i = 0; i < n; i++)
        if (py_repr_open[i] == v)
            return 1;
    if (py_repr_depth < REPR_OPEN_MAX)
        py_repr_open[py_repr_depth] = v;
    py_repr_depth = py_repr_depth + 1;
    return 0;
}

void py_repr_leave(void) {
    py_repr_depth = py_repr_depth - 1;
}

void py_sb_value(long b, long v, long as_repr) {
    long t = py_tag(v);
    if (t == T_INT) {
        py_sb_int(b, INTV(v));
    } else if (t == T_FLOAT) {
        py_floats('s', b, v);
    } else if (t == T_BOOL) {
        py_sb_c(b, v == TRUE_ ? "True" : "False");
    } else if (t == T_NONE) {
        py_sb_c(b, "None");
    } else if (t == T_STR) {
        if (as_repr)
            py_sb_str_repr(b, v);
        else
            py_sb_str(b, v);
    } else if (t == T_LIST || t == T_TUPLE) {
        long n = W(v)[1];
        long it = py_items(v);
        if (n > 0 && py_repr_enter(v)) {
            py_sb_c(b, t == T_LIST ? "[...]" : "(...)");
            return;
        }
        py_sb_char(b, t == T_LIST ? '[' : '(');
        for (long i = 0; i < n && !py_exc; i++) {
            if (i > 0)
                py_sb_c(b, ", ");
            py_sb_value(b, W(it)[i], 1);
        }
        if (n > 0)
            py_repr_leave();
        if (py_exc)
            return;
        if (t == T_TUPLE && n == 1)
            py_sb_char(b, ',');
        py_sb_char(b, t == T_LIST ? ']' : ')');
    } else if (t == T_DICT) {
        long n = W(v)[1];
        if (n > 0 && py_repr_enter(v)) {
            py_sb_c(b, "{...}");
            return;
        }
        py_sb_char(b, '{');
        for (long i = 0; i < n && !py_exc; i++) {
            if (i > 0)
                py_sb_c(b, ", ");
            py_sb_value(b, W(W(v)[3])[i], 1);
            if (py_exc)
                break;
            py_sb_c(b, ": ");
            py_sb_value(b, W(W(v)[4])[i], 1);
        }
        if (n > 0)
            py_repr_leave();
        if (py_exc)
            return;
        py_sb_char(b, '}');
    } else if (t == T_SET) {
        long n = W(v)[1];
        py_set_order(v);
        if (n == 0) {
            py_sb_c(b, W(v)[S_FROZEN] ? "frozenset()" : "set()");
            return;
        }
        if (W(v)[S_FROZEN])
            py_sb_c(b, "frozenset(");
        py_sb_char(b, '{');
        for (long i = 0; i < n; i++) {
            if (i > 0)
                py_sb_c(b, ", ");
            py_sb_value(b, W(W(v)[3])[i], 1);
        }
        py_sb_char(b, '}');
        if (W(v)[S_FROZEN])
            py_sb_char(b, ')');
    } else if (t == T_VIEW) {
        long mid = W(v)[1];
        py_sb_c(b, mid == M_items ? "dict_items(" : mid == M_keys ? "dict_keys(" : "dict_values(");
        py_sb_value(b, py_view_list(v), 1);
        py_sb_char(b, ')');
    } else if (t == T_RANGE) {
        py_sb_c(b, "range(");
        py_sb_int(b, W(v)[1]);
        py_sb_c(b, ", ");
        py_sb_int(b, W(v)[2]);
        if (W(v)[3] != 1) {
            py_sb_c(b, ", ");
            py_sb_int(b, W(v)[3]);
        }
        py_sb_char(b, ')');
    } else if (t == T_INST) {
        long s = py_user_text(v, as_repr ? py_s_repr : py_s_str);
        if (py_exc)
            return;
        if (s != 0)
            py_sb_str(b, s);
        else
            py_sb_instance(b, v, as_repr);
    } else if (t == T_CLASS) {
        py_sb_c(b, "<class '");
        if (!BUILTIN_CLASS(v))
            py_sb_c(b, "__main__.");
        py_sb_str(b, py_class_qualname(v));
        py_sb_c(b, "'>");
    } else if (t == T_BUILTIN) {
        long id = W(v)[1];
        py_sb_c(b, py_is_type_id(id) ? "<class '" : "<built-in function ");
        py_sb_str(b, py_builtin_name(id));
        py_sb_c(b, py_is_type_id(id) ? "'>" : ">");
    } else if (t == T_ELLIPSIS) {
        py_sb_c(b, "Ellipsis");
    } else if (t == T_NOTIMPL) {
        py_sb_c(b, "NotImplemented");
    } else if (t == T_SLICE) {
        py_sb_c(b, "slice(");
        for (long i = 1; i <= 3; i++) {
            if (i > 1)
                py_sb_c(b, ", ");
            py_sb_value(b, W(v)[i], 1);
        }
        py_sb_c(b, ")");
    } else if (t == T_FUNC) {
        py_sb_c(b, "<function ");
        py_sb_str(b, W(v)[2]);
        py_sb_c(b, ">");
    } else {
        py_sb_c(b, "<");
        py_sb_str(b, py_type_name(v));
        py_sb_c(b, " object>");
    }
}

long py_str(long v) {
    if (py_tag(v) == T_STR)
        return v;
    long b = py_sb_new();
    py_sb_value(b, v, 0);
    if (py_exc)
        return 0;
    return py_sb_finish(b);
}

long py_repr(long v) {
    long b = py_sb_new();
    py_sb_value(b, v, 1);
    if (py_exc)
        return 0;
    return py_sb_finish(b);
}

/* print(*values, sep=, end=, file=): sep and end are str or None; file 0 for sys.stdout, 1 for
 * sys.stderr. str() of a value runs with the flag off: a __str__ that prints prints to stdout. */
long py_print(long argv, long argc, long sep, long end, long file) {
    if (sep != NONE && py_tag(sep) != T_STR)
        return py_type_error2("sep must be None or a string, not ", sep, "");
    if (end != NONE && py_tag(end) != T_STR)
        return py_type_error2("end must be None or a string, not ", end, "");
    for (long i = 0; i < argc; i++) {
        py_to_stderr = file;
        if (i > 0) {
            if (sep == NONE)
                py_putc(' ');
            else
                py_write(sep);
        }
        py_to_stderr = 0;
        long s = py_str(W(argv)[i]);
        if (py_exc)
            return 0;
        py_to_stderr = file;
        py_write(s);
        py_to_stderr = 0;
    }
    py_to_stderr = file;
    if (end == NONE)
        py_putc('\n');
    else
        py_write(end);
    py_to_stderr = 0;
    return NONE;
}

long py_input(long prompt) {
    if (prompt != UNBOUND) {
        long s = py_str(prompt);
        if (py_exc)
            return 0;
        py_write(s);
    }
    long b = py_sb_new();
    long c = getchar();
    if (c < 0)
        return py_raise(py_cls_EOFError, "EOF when reading a line");
    while (c >= 0 && c != '\n') {
        py_sb_char(b, c);
        c = getchar();
    }
    return py_sb_finish(b);
}

/* ---- truth, equality, ordering ---- */

long py_truthy(long v) {
    if (v % 2 != 0)
        return v != 1;
    if (v == NONE || v == FALSE_)
        return 0;
    if (v == TRUE_)
        return 1;
    long t = W(v)[0];
    if (t == T_STR || t == T_LIST || t == T_TUPLE || t == T_DICT || t == T_SET)
        return W(v)[1] != 0;
    if (t == T_FLOAT)
        return py_floats('t', v, 0);
    if (t == T_RANGE || t == T_VIEW)
        return py_len(v) != 1;
    if (t == T_INST) {
        long m = py_lookup(W(v)[1], py_s_bool);
        if (m == UNBOUND)
            m = py_lookup(W(v)[1], py_s_len);
        if (m == UNBOUND)
            return 1;
        long argv[1];
        argv[0] = v;
        long r = py_call(m, (long)argv, 1, 0);
        if (py_exc)
            return 0;
        return py_truthy(r);
    }
    return 1;
}

long py_not(long v) {
    long t = py_truthy(v);
    if (py_exc)
        return 0;
    return t ? FALSE_ : TRUE_;
}

long py_num(long v) {
    if (v == TRUE_)
        return 3;
    if (v == FALSE_)
        return 1;
    return v;
}

long py_is_num(long v) {
    return v % 2 != 0 || v == TRUE_ || v == FALSE_;
}

/* ---- float: IEEE 754 binary64 on the shared runtime (float64.ir) ----
 * A float is the object [T_FLOAT, bits]: its word 1 holds the double's bit pattern, which C's double
 * arithmetic here compiles to calls of the f64_ routines. f64_format writes into float64's own buffer,
 * whose routine and addresses the program's start stores here (the C front-end knows only <math.h>). */
long (*py_f64_format)(long, long, long, long);
long *py_f64_out;
long *py_f64_len;

#define TWO52 4503599627370496

/* The float of this bit pattern (a literal's, made at the start). */
long py_float_bits(long bits) {
    long o = py_alloc_raw(2);
    W(o)[0] = T_FLOAT;
    W(o)[1] = bits;
    return o;
}

long py_dbits(double d);

long py_float_new(double d) {
    return py_float_bits(py_dbits(d));
}

double py_fv(long v) {
    return *(double *)(W(v) + 1);
}

long py_dbits(double d) {
    double x = d;
    return *(long *)&x;
}

long py_is_float(long v) {
    return v % 2 == 0 && v >= 10 && W(v)[0] == T_FLOAT;
}

long py_is_nan(double d) {
    return d != d;
}

long py_is_inf(double d) {
    return d == d && (d - d) != (d - d);
}

/* The exact integer of a double's integral part (toward zero); the run stops with the Engine's overflow
 * trap past its words, never a wrong number. */
long py_trunc_exact(double d) {
    long bits = py_dbits(d);
    long neg = bits / TWO52 >= 2048;
    long biased = (bits / TWO52) % 2048;
    long m = bits % TWO52;
    if (biased == 0)
        return 0;
    m = m + TWO52;
    long e = biased - 1075;
    long n;
    if (e >= 0)
        n = m * py_pow_raw(2, e);
    else if (e > -54)
        n = m / py_pow_raw(2, -e);
    else
        n = 0;
    return neg ? -n : n;
}

/* 2^e as a double, for -1022 <= e <= 1023. */
double py_pow2(long e) {
    long bits = (1023 + e) * TWO52;
    return *(double *)&bits;
}

/* x / y for ints, correctly rounded: 55 bits of the quotient and a sticky bit, rounded once. */
double py_int_truediv(long x, long y) {
    long neg = (x < 0) != (y < 0);
    long n = x < 0 ? -x : x;
    long d = y < 0 ? -y : y;
    if (n == 0)
        return neg ? -0.0 : 0.0;
    long q = n / d;
    long r = n % d;
    long e = 0;
    long sticky = 0;
    long limit = 36028797018963968; /* 2^55 */
    while (q >= limit) {
        if (q % 2 != 0)
            sticky = 1;
        q = q / 2;
        e++;
    }
    while (q < limit / 2) {
        long bit = 0;
        if (r >= d - r) {
            bit = 1;
            r = r - (d - r);
        } else
            r = r + r;
        q = q * 2 + bit;
        e--;
    }
    if (r != 0)
        sticky = 1;
    if (sticky && q % 2 == 0)
        q = q + 1;
    double v = (double)q * py_pow2(e);
    return neg ? -v : v;
}

/* -1, 0 or 1: the int x against the double f (not a NaN), exactly. */
long py_cmp_int_float(long x, double f) {
    if (f >= 1e50)
        return -1;
    if (f <= -1e50)
        return 1;
    double fl = floor(f);
    long n = py_trunc_exact(fl);
    if (x < n)
        return -1;
    if (x > n)
        return 1;
    return f > fl ? -1 : 0;
}

/* a < b (op '<'), a <= b ('l'), a == b ('='): a and b numbers, one of them a float. */
long py_float_compare(long op, long a, long b) {
    if (py_is_float(a) && py_is_float(b)) {
        double x = py_fv(a);
        double y = py_fv(b);
        if (op == '<')
            return x < y;
        if (op == 'l')
            return x <= y;
        return x == y;
    }
    long c;
    if (py_is_float(b)) {
        if (py_is_nan(py_fv(b)))
            return 0;
        c = py_cmp_int_float(INTV(py_num(a)), py_fv(b));
    } else {
        if (py_is_nan(py_fv(a)))
            return 0;
        c = -py_cmp_int_float(INTV(py_num(b)), py_fv(a));
    }
    if (op == '<')
        return c < 0;
    if (op == 'l')
        return c <= 0;
    return c == 0;
}

double py_to_double(long v) {
    if (py_is_float(v))
        return py_fv(v);
    return (double)INTV(py_num(v));
}

/* x // y and x % y as CPython's float_divmod computes them. */
double py_float_divmod(double vx, double wx, long want_mod) {
    double mod = fmod(vx, wx);
    double div = (vx - mod) / wx;
    if (mod != 0.0) {
        if ((wx < 0.0) != (mod < 0.0)) {
            mod = mod + wx;
            div = div - 1.0;
        }
    } else {
        mod = copysign(0.0, wx);
    }
    if (want_mod)
        return mod;
    double floordiv;
    if (div != 0.0) {
        floordiv = floor(div);
        if (div - floordiv > 0.5)
            floordiv = floordiv + 1.0;
    } else {
        floordiv = copysign(0.0, vx / wx);
    }
    return floordiv;
}

/* a op b for numbers, at least one a float (or '/' of two ints). */
long py_float_binop(long op, long a, long b) {
    if (op == '/' && !py_is_float(a) && !py_is_float(b)) {
        long y = INTV(py_num(b));
        if (y == 0)
            return py_raise(py_cls_ZeroDivisionError, "division by zero");
        return py_float_new(py_int_truediv(INTV(py_num(a)), y));
    }
    double x = py_to_double(a);
    double y = py_to_double(b);
    if (op == '+')
        return py_float_new(x + y);
    if (op == '-')
        return py_float_new(x - y);
    if (op == '*')
        return py_float_new(x * y);
    if (op == '/') {
        if (y == 0.0)
            return py_raise(py_cls_ZeroDivisionError, "float division by zero");
        return py_float_new(x / y);
    }
    if (op == 'F') {
        if (y == 0.0)
            return py_raise(py_cls_ZeroDivisionError, "float floor division by zero");
        return py_float_new(py_float_divmod(x, y, 0));
    }
    if (op == '%') {
        if (y == 0.0)
            return py_raise(py_cls_ZeroDivisionError, "float modulo");
        return py_float_new(py_float_divmod(x, y, 1));
    }
    if (op == 'P') {
        if (x == 0.0 && y < 0.0)
            return py_raise(py_cls_ZeroDivisionError, "0.0 cannot be raised to a negative power");
        if (x < 0.0 && y != floor(y) && !py_is_inf(y) && !py_is_nan(y))
            return py_raise(py_cls_ValueError, "a negative number to a fractional power gives a complex number: "
                                               "complex is not supported");
        double r = pow(x, y);
        if (py_is_inf(r) && !py_is_inf(x) && !py_is_inf(y) && !py_is_nan(x))
            return py_raise(py_cls_OverflowError, "(34, 'Numerical result out of range')");
        return py_float_new(r);
    }
    return 0; /* the caller reports the operator's TypeError */
}

/* CPython's hash of a float: m * 2^e modulo 2^61 - 1 (equal to an equal int's hash). */
long py_float_hash(double d) {
    if (py_is_inf(d))
        return d > 0 ? 314159 : -314159;
    if (py_is_nan(d))
        return 0;
    long bits = py_dbits(d);
    long neg = bits / TWO52 >= 2048;
    long biased = (bits / TWO52) % 2048;
    long m = bits % TWO52;
    long e = biased - 1075;
    if (biased == 0)
        e = -1074;
    else
        m = m + TWO52;
    long p = TWO61 - 1;
    long k = e % 61;
    if (k < 0)
        k = k + 61;
    long h = (m % p) * py_pow_raw(2, k) % p;
    if (neg)
        h = -h;
    return h == -1 ? -2 : h;
}

/* f64_format's text of d (conversion conv, precision prec, flags) copied into buf, 0-terminated. */
long py_f64_text(double d, long conv, long prec, long flags, long *buf) {
    py_f64_format(py_dbits(d), conv, prec, flags);
    long n = *py_f64_len;
    for (long i = 0; i < n; i++)
        buf[i] = py_f64_out[i];
    buf[n] = 0;
    return n;
}

/* The decimal digits of |d| rounded to p significant digits (p >= 1) into digits (room for p, at most
 * 770; trailing zeros dropped, at least one kept); returns the exponent of the first digit. */
long py_float_digits(double d, long p, long *digits, long *nd) {
    long buf[800];
    if (p > 770)
        p = 770; /* a double's exact expansion has at most 767 significant digits: the rest are zeros */
    py_f64_text(fabs(d), 'e', p - 1, 0, buf);
    long i = 0;
    long n = 0;
    while (buf[i] != 'e') {
        if (buf[i] != '.')
            digits[n++] = buf[i];
        i++;
    }
    while (n > 1 && digits[n - 1] == '0')
        n--;
    *nd = n;
    i++;
    long esign = buf[i] == '-' ? -1 : 1;
    long x = 0;
    for (i = i + 1; buf[i] != 0; i++)
        x = x * 10 + (buf[i] - '0');
    return x * esign;
}

/* digits (nd of them, the first of exponent x) in positional form; ".0" when there is no fraction and
 * min_frac. */
void py_sb_positional(long b, long *digits, long nd, long x, long min_frac) {
    if (x < 0) {
        py_sb_c(b, "0.");
        for (long k = 0; k < -x - 1; k++)
            py_sb_char(b, '0');
        for (long k = 0; k < nd; k++)
            py_sb_char(b, digits[k]);
        return;
    }
    for (long k = 0; k <= x; k++)
        py_sb_char(b, k < nd ? digits[k] : '0');
    if (nd > x + 1) {
        py_sb_char(b, '.');
        for (long k = x + 1; k < nd; k++)
            py_sb_char(b, digits[k]);
    } else if (min_frac) {
        py_sb_c(b, ".0");
    }
}

/* d.ddde+XX (the exponent at least two digits). */
void py_sb_scientific(long b, long *digits, long nd, long x, long letter) {
    py_sb_char(b, digits[0]);
    if (nd > 1) {
        py_sb_char(b, '.');
        for (long k = 1; k < nd; k++)
            py_sb_char(b, digits[k]);
    }
    py_sb_char(b, letter);
    py_sb_char(b, x < 0 ? '-' : '+');
    if (x < 0)
        x = -x;
    if (x < 10)
        py_sb_char(b, '0');
    py_sb_int(b, x);
}

/* repr(d) as CPython's: the shortest digits that read back as d (the correctly rounded ones of the
 * first precision that does), positional for exponents -4 to 15, else d.ddde+XX. */
void py_sb_float(long b, double d) {
    if (py_is_nan(d)) {
        py_sb_c(b, "nan");
        return;
    }
    if (py_is_inf(d)) {
        py_sb_c(b, d > 0 ? "inf" : "-inf");
        return;
    }
    long bits = py_dbits(d);
    long buf[40];
    long p = 1;
    while (p < 17) {
        py_f64_text(d, 'e', p - 1, 0, buf);
        if (py_dbits(strtod((char *)buf, 0)) == bits)
            break;
        p++;
    }
    long digits[20];
    long nd = 0;
    long x = py_float_digits(d, p, digits, &nd);
    if (py_dbits(d) / TWO52 >= 2048)
        py_sb_char(b, '-');
    if (x >= -4 && x < 16)
        py_sb_positional(b, digits, nd, x, 1);
    else
        py_sb_scientific(b, digits, nd, x, 'e');
}

/* The body of a float formatted by a specification's type (0 for none), precision (-1 for none) and
 * grouping character (0 for none), without its sign. */
void py_float_body(long body, double d, long type, long precision, long grouping) {
    long upper = type == 'F' || type == 'E' || type == 'G';
    if (py_is_nan(d) || py_is_inf(d)) {
        if (py_is_nan(d))
            py_sb_c(body, upper ? "NAN" : "nan");
        else
            py_sb_c(body, upper ? "INF" : "inf");
        if (type == '%')
            py_sb_char(body, '%');
        return;
    }
    long text = py_sb_new();
    double a = fabs(d);
    if (type == 'f' || type == 'F' || type == 'e' || type == 'E' || type == '%') {
        long buf[1700];
        if (type == '%')
            a = a * 100.0;
        long conv = type == '%' ? 'f' : type;
        long n = py_f64_text(a, conv, precision < 0 ? 6 : precision, 0, buf);
        for (long k = 0; k < n; k++)
            py_sb_char(text, buf[k]);
        if (type == '%')
            py_sb_char(text, '%');
    } else if (type == 0 && precision < 0) {
        py_sb_float(text, a);
    } else {
        /* 'g' and 'G'; no type with a precision is 'g' that keeps a ".0" and turns to exponents one
         * digit sooner (CPython's format_float_short) */
        long p = precision < 0 ? 6 : precision;
        if (p == 0)
            p = 1;
        long digits[770];
        long nd = 0;
        long x = py_float_digits(a, p, digits, &nd);
        long limit = type == 0 ? p - 1 : p;
        if (x < -4 || x >= limit)
            py_sb_scientific(text, digits, nd, x, upper ? 'E' : 'e');
        else
            py_sb_positional(text, digits, nd, x, type == 0);
    }
    long n = W(text)[0];
    long *c = W(W(text)[2]);
    long run = 0;
    while (run < n && c[run] >= '0' && c[run] <= '9')
        run++;
    for (long k = 0; k < n; k++) {
        if (grouping && k > 0 && k < run && (run - k) % 3 == 0)
            py_sb_char(body, grouping);
        py_sb_char(body, c[k]);
    }
}

/* int(d): toward zero, exact. */
long py_float_to_int(double d) {
    if (py_is_nan(d))
        return py_raise(py_cls_ValueError, "cannot convert float NaN to integer");
    if (py_is_inf(d))
        return py_raise(py_cls_OverflowError, "cannot convert float infinity to integer");
    return MKINT(py_trunc_exact(d));
}

/* float(v) of an int, a bool, a float or a str (CPython's spellings: white space around, '_' between
 * digits, inf, infinity, nan). */
long py_inst_op(long op, long self, long other, long reflected);

long py_is_space(long c);
long py_decimal_value(long c);

long py_float_of(long v) {
    if (py_is_float(v))
        return v;
    if (py_is_num(v))
        return py_float_new((double)INTV(py_num(v)));
    if (py_tag(v) == T_INST) {
        long r = py_inst_op('f', v, UNBOUND, 0);
        if (py_exc)
            return 0;
        if (r != UNBOUND && !py_is_float(r)) {
            long b = py_sb_new();
            py_sb_str(b, py_type_name(v));
            py_sb_c(b, ".__float__ returned non-float (type ");
            py_sb_str(b, py_type_name(r));
            py_sb_c(b, ")");
            return py_raise_sb(py_cls_TypeError, b);
        }
        if (r != UNBOUND)
            return r;
    }
    if (py_tag(v) != T_STR)
        return py_type_error2("float() argument must be a string or a real number, not '", v, "'");
    long n = W(v)[1];
    long *s = W(v) + 2;
    long lo = 0;
    long hi = n;
    while (lo < hi && py_is_space(s[lo]))
        lo++;
    while (hi > lo && py_is_space(s[hi - 1]))
        hi--;
    long *buf = W(py_alloc(hi - lo + 1));
    long k = 0;
    long ok = hi > lo;
    for (long i = lo; i < hi; i++) {
        long c = s[i];
        if (c == '_') {
            /* only between two digits */
            if (i == lo || i + 1 == hi || s[i - 1] < '0' || s[i - 1] > '9' || s[i + 1] < '0' || s[i + 1] > '9')
                ok = 0;
            continue;
        }
        if (c == 'x' || c == 'X' || c == 'p' || c == 'P' || c == '(')
            ok = 0; /* strtod's hexadecimal and nan(...) are not Python's */
        if (c > 127 && py_decimal_value(c) >= 0)
            c = '0' + py_decimal_value(c); /* float("٣.٥") is 3.5, as CPython's */
        buf[k++] = c;
    }
    buf[k] = 0;
    long end = 0;
    double d = strtod((char *)buf, (char **)&end);
    if (!ok || end != (long)(buf + k)) {
        long sb = py_sb_new();
        py_sb_c(sb, "could not convert string to float: ");
        py_sb_str_repr(sb, v);
        return py_raise_sb(py_cls_ValueError, sb);
    }
    return py_float_new(d);
}

/* The exponent of %e's text, from its 'e' (at text[0]). */
long py_text_exponent(long *text) {
    long x = 0;
    for (long k = 2; text[k] != 0; k++)
        x = x * 10 + (text[k] - '0');
    return text[1] == '-' ? -x : x;
}

/* round(d, n) for n < 0, as CPython's double_round: the exact decimal expansion of |d| rounded to a
 * multiple of 10^-n, a half to the even multiple, read back with d's sign. buf holds 1,700 words. */
long py_float_round_tens(double d, long n, long *buf) {
    py_f64_text(fabs(d), 'e', 16, 0, buf);
    long i = 0;
    while (buf[i] != 'e')
        i++;
    if (buf[i + 1] == '-') /* |d| < 1 <= 10^-n / 2 after rounding the digits up: zero with d's sign */
        return py_float_new(0.0 * d);
    /* every digit of the exact value: the integer part's (at most one more than these 17 digits say),
     * then the fraction's, at most one for each binary place below the point */
    long below = 1075 - (py_dbits(d) / TWO52) % 2048;
    py_f64_text(fabs(d), 'e', py_text_exponent(buf + i) + 2 + (below > 0 ? below : 0), 0, buf);
    long digits[800];
    long nd = 0;
    for (i = 0; buf[i] != 'e'; i++)
        if (buf[i] != '.')
            digits[nd++] = buf[i] - '0';
    long x = py_text_exponent(buf + i); /* the exponent of the first digit */
    long keep = x + 1 + n;                         /* the digits left of the place of 10^-n */
    long up = 0;
    if (keep >= 0 && keep < nd) {
        long rest = 0;
        for (long k = keep + 1; k < nd; k++)
            rest = rest || digits[k] != 0;
        long odd = keep > 0 && digits[keep - 1] % 2 != 0;
        up = digits[keep] > 5 || (digits[keep] == 5 && (rest || odd));
    }
    if (keep < 0)
        keep = 0;
    /* the multiple of 10^-n as text, "<digits>e<-n>", the kept digits plus the carry */
    long k = keep;
    while (up && k > 0) {
        k--;
        digits[k] = digits[k] + 1;
        up = digits[k] == 10;
        if (up)
            digits[k] = 0;
    }
    long j = 0;
    if (up)
        buf[j++] = '1';
    for (k = 0; k < keep; k++)
        buf[j++] = '0' + digits[k];
    if (j == 0)
        buf[j++] = '0';
    buf[j++] = 'e';
    for (long place = 100; place > 0; place = place / 10) /* -n is 1 to 308 */
        buf[j++] = '0' + (-n / place) % 10;
    buf[j] = 0;
    double r = strtod((char *)buf, 0);
    if (py_is_inf(r))
        return py_raise(py_cls_OverflowError, "rounded value too large to represent");
    return py_float_new(d < 0.0 || py_dbits(d) / TWO52 >= 2048 ? -r : r);
}

/* round(d) (ndigits None: an int, halves to even) and round(d, n) (a float, correctly rounded as
 * CPython's: the decimal text of d with n places, read back). */
long py_float_round(double d, long ndigits) {
    if (ndigits == NONE) {
        if (py_is_nan(d))
            return py_raise(py_cls_ValueError, "cannot convert float NaN to integer");
        if (py_is_inf(d))
            return py_raise(py_cls_OverflowError, "cannot convert float infinity to integer");
        double r = floor(d);
        double diff = d - r;
        if (diff > 0.5 || (diff == 0.5 && fmod(r, 2.0) != 0.0))
            r = r + 1.0;
        return MKINT(py_trunc_exact(r));
    }
    if (!ISINT(ndigits))
        return py_type_error2("'", ndigits, "' object cannot be interpreted as an integer");
    long n = INTV(ndigits);
    if (py_is_nan(d) || py_is_inf(d) || d == 0.0 || n > 323)
        return py_float_new(d);
    if (n < -308) /* CPython's NDIGITS_MIN: zero, with d's sign */
        return py_float_new(0.0 * d);
    long buf[1700];
    if (n < 0)
        return py_float_round_tens(d, n, buf);
    py_f64_text(d, 'f', n, 0, buf);
    return py_float_new(strtod((char *)buf, 0));
}

long py_floats(long op, long a, long b) {
    if (py_float_op == 0) /* the lowering sees every way to a float but a format string it cannot read */
        return py_raise(py_cls_RuntimeError, "formatting a float with a format string that is not a literal is "
                                             "not supported in a program without float literals");
    return py_float_op(op, a, b);
}

/* a and b numbers, at least one of them a float */
long py_float_pair(long a, long b) {
    return (py_is_float(a) || py_is_num(a)) && (py_is_float(b) || py_is_num(b)) && (py_is_float(a) || py_is_float(b));
}

/* A float formatted by a specification into body (its sign into prefix); args: the value (an int or a
 * float), the type, precision, grouping and sign of the specification, and the prefix builder. */
void py_float_format(long *args, long body) {
    long v = args[0];
    double d = py_is_float(v) ? py_fv(v) : (double)INTV(py_num(v));
    long sign = args[4];
    if (py_dbits(d) / TWO52 >= 2048 && !py_is_nan(d))
        py_sb_char(args[5], '-');
    else if (sign == '+' || sign == ' ')
        py_sb_char(args[5], sign);
    py_float_body(body, d, args[1], args[2], args[3]);
}

/* Every use of a float by the runtime's other routines, through one entry: the program's start stores it
 * in py_float_op when the program can make a float (a literal, '/', '**', float, round, pow, math's float
 * functions, a float format), so that the runtime of a program without floats links no f64_ routine. */
long py_float_dispatch(long op, long a, long b) {
    if (op == '<' || op == 'l' || op == '=')
        return py_float_compare(op, a, b);
    if (op == 'h')
        return py_float_hash(py_fv(a));
    if (op == 's') {
        py_sb_float(a, py_fv(b));
        return 0;
    }
    if (op == 't')
        return py_fv(a) != 0.0;
    if (op == 'E')
        return py_fv(a) == py_fv(a);
    if (op == 'u')
        return py_float_new(-py_fv(a));
    if (op == 'i')
        return py_float_to_int(py_fv(a));
    if (op == 'a')
        return py_float_new(fabs(py_fv(a)));
    if (op == 'I') { /* x.is_integer(): finite and whole (from 2**52 up every finite double is) */
        double x = py_fv(a);
        if (x - x != 0.0)
            return FALSE_;
        if (fabs(x) >= 4503599627370496.0)
            return TRUE_;
        return py_bool((double)(long)x == x);
    }
    if (op == 'n')
        return py_float_new((double)INTV(py_num(a)));
    if (op == 'S')
        return py_sum_floats(a, py_fv(b));
    if (op == 'F') {
        py_float_format((long *)a, b);
        return 0;
    }
    return py_float_binop(op - 1000, a, b);
}

/* a == b where one is an instance, as CPython's: the instance's __eq__ (the left operand's when both
 * are), then the other's; when each gives NotImplemented or has none, `a is b`. */
long py_inst_eq(long a, long b) {
    long self = py_tag(a) == T_INST ? a : b;
    long other = self == a ? b : a;
    long r = UNBOUND;
    long argv[2];
    for (long turn = 0; turn < 2 && r == UNBOUND; turn++) {
        long m = py_tag(self) == T_INST ? py_lookup(W(self)[1], py_s_eq) : UNBOUND;
        if (m != UNBOUND) {
            argv[0] = self;
            argv[1] = other;
            r = py_implemented(py_call(m, (long)argv, 2, 0));
            if (py_exc)
                return 0;
        }
        long t = self;
        self = other;
        other = t;
    }
    return r == UNBOUND ? a == b : py_truthy(r);
}

long py_eq_raw(long a, long b) {
    if (a == b)
        return 1;
    if (py_is_num(a) && py_is_num(b))
        return py_num(a) == py_num(b);
    if (py_float_pair(a, b))
        return py_floats('=', a, b);
    if (a % 2 != 0 || b % 2 != 0 || a < 10 || b < 10) {
        long user = 0;
        if (a >= 10 && a % 2 == 0 && W(a)[0] == T_INST)
            user = 1;
        if (b >= 10 && b % 2 == 0 && W(b)[0] == T_INST)
            user = 1;
        if (!user)
            return 0;
    }
    long ta = py_tag(a);
    long tb = py_tag(b);
    if (ta == T_INST || tb == T_INST)
        return py_inst_eq(a, b);
    if (py_is_set_view(a) || py_is_set_view(b))
        return py_view_eq(a, b);
    if (ta != tb)
        return 0;
    if (ta == T_STR)
        return py_str_eq(a, b);
    if (ta == T_SLICE) {
        for (long i = 1; i <= 3; i++) {
            long e = py_eq_raw(W(a)[i], W(b)[i]);
            if (py_exc || !e)
                return 0;
        }
        return 1;
    }
    if (ta == T_LIST || ta == T_TUPLE) {
        long n = W(a)[1];
        if (W(b)[1] != n)
            return 0;
        long ia = py_items(a);
        long ib = py_items(b);
        for (long i = 0; i < n; i++) {
            long e = py_eq_raw(W(ia)[i], W(ib)[i]);
            if (py_exc || !e)
                return 0;
        }
        return 1;
    }
    if (ta == T_DICT) {
        long n = W(a)[1];
        if (W(b)[1] != n)
            return 0;
        for (long i = 0; i < n; i++) {
            long j = py_dict_find(b, W(W(a)[3])[i]);
            if (j < 0)
                return 0;
            long e = py_eq_raw(W(W(a)[4])[i], W(W(b)[4])[j]);
            if (py_exc || !e)
                return 0;
        }
        return 1;
    }
    if (ta == T_SET)
        return W(a)[1] == W(b)[1] && py_set_subset(a, b);
    if (ta == T_RANGE)
        return py_to_list(a) != 0 && py_eq_raw(py_to_list(a), py_to_list(b));
    return 0;
}

/* a == b as the operator (an object equals itself inside containers, but a NaN is never ==). */
long py_eq(long a, long b) {
    if (a == b && py_tag(a) == T_INST) /* the operator asks __eq__ even of the object itself */
        return py_bool(py_inst_eq(a, b));
    if (a == b && py_is_float(a))
        return py_bool(py_floats('E', a, 0));
    return py_bool(py_eq_raw(a, b));
}

long py_ne(long a, long b) {
    if (py_tag(a) == T_INST || py_tag(b) == T_INST) {
        /* a class's own __ne__ (the left operand's, then the right's); without one, or given its
         * NotImplemented, CPython's object.__ne__ inverts __eq__, as below */
        long r = py_implemented(py_inst_op('N', a, b, 0));
        if (r == UNBOUND && !py_exc)
            r = py_implemented(py_inst_op('N', b, a, 0));
        if (py_exc)
            return 0;
        if (r != UNBOUND)
            return py_bool(py_truthy(r));
        if (a == b && py_tag(a) == T_INST)
            return py_bool(!py_inst_eq(a, b));
    }
    if (a == b && py_is_float(a))
        return py_bool(!py_floats('E', a, 0));
    long e = py_eq_raw(a, b);
    if (py_exc)
        return 0;
    return py_bool(!e);
}

long py_compare_error(char *op, long a, long b) {
    long s = py_sb_new();
    py_sb_c(s, "'");
    py_sb_c(s, op);
    py_sb_c(s, "' not supported between instances of '");
    py_sb_str(s, py_type_name(a));
    py_sb_c(s, "' and '");
    py_sb_str(s, py_type_name(b));
    py_sb_c(s, "'");
    return py_raise_sb(py_cls_TypeError, s);
}

/* a < b as a C truth value (errors set py_exc); op names the operator the program wrote. */
long py_less(long a, long b, char *op) {
    if (py_is_num(a) && py_is_num(b))
        return py_num(a) < py_num(b);
    if (py_float_pair(a, b))
        return py_floats('<', a, b);
    long ta = py_tag(a);
    long tb = py_tag(b);
    if (ta == T_STR && tb == T_STR)
        return py_str_cmp(a, b) < 0;
    if ((ta == T_LIST || ta == T_TUPLE) && ta == tb) {
        long na = W(a)[1];
        long nb = W(b)[1];
        long ia = py_items(a);
        long ib = py_items(b);
        for (long i = 0; i < na && i < nb; i++) {
            long x = W(ia)[i];
            long y = W(ib)[i];
            long e = py_eq_raw(x, y);
            if (py_exc)
                return 0;
            if (!e)
                return py_less(x, y, op);
        }
        return na < nb;
    }
    if (ta == T_SET && tb == T_SET)
        return W(a)[1] < W(b)[1] && py_set_subset(a, b);
    if (ta == T_INST || tb == T_INST)
        return py_inst_compare(a, b, op, py_s_lt, py_s_gt);
    if ((op[0] == '>' && op[1] == 0) || (op[0] == '<' && op[1] == '='))
        py_compare_error(op, b, a); /* py_gt asks b < a, py_le not b < a */
    else
        py_compare_error(op, a, b);
    return 0;
}

/* a OP b where one side is an instance: a.__op__(b), else b's reflected method, else TypeError. */
long py_inst_compare(long a, long b, char *op, long name, long reflected) {
    long args[2];
    if (py_tag(a) == T_INST) {
        long m = py_lookup(W(a)[1], name);
        if (m != UNBOUND) {
            args[0] = a;
            args[1] = b;
            long r = py_call(m, (long)args, 2, 0);
            if (py_exc)
                return 0;
            if (py_implemented(r) != UNBOUND)
                return py_truthy(r);
        }
    }
    if (py_tag(b) == T_INST) {
        long m = py_lookup(W(b)[1], reflected);
        if (m != UNBOUND) {
            args[0] = b;
            args[1] = a;
            long r = py_call(m, (long)args, 2, 0);
            if (py_exc)
                return 0;
            if (py_implemented(r) != UNBOUND)
                return py_truthy(r);
        }
    }
    py_compare_error(op, a, b);
    return 0;
}

long py_is_inst(long v) {
    return v % 2 == 0 && v >= 10 && W(v)[0] == T_INST;
}

long py_set_subset(long a, long b) {
    for (long i = 0; i < W(a)[1]; i++)
        if (!py_set_has(b, W(W(a)[3])[i]))
            return 0;
    return 1;
}

long py_lt(long a, long b) {
    long r;
    if (py_is_inst(a) || py_is_inst(b))
        r = py_inst_compare(a, b, "<", py_s_lt, py_s_gt);
    else
        r = py_less(a, b, "<");
    if (py_exc)
        return 0;
    return py_bool(r);
}

long py_gt(long a, long b) {
    long r;
    if (py_is_inst(a) || py_is_inst(b))
        r = py_inst_compare(a, b, ">", py_s_gt, py_s_lt);
    else
        r = py_less(b, a, ">");
    if (py_exc)
        return 0;
    return py_bool(r);
}

long py_le(long a, long b) {
    long r;
    if (py_is_inst(a) || py_is_inst(b))
        r = py_inst_compare(a, b, "<=", py_s_le, py_s_ge);
    else if (py_tag(a) == T_SET && py_tag(b) == T_SET)
        r = py_set_subset(a, b);
    else if (py_float_pair(a, b))
        r = py_floats('l', a, b);
    else
        r = !py_less(b, a, "<=");
    if (py_exc)
        return 0;
    return py_bool(r);
}

long py_ge(long a, long b) {
    long r;
    if (py_is_inst(a) || py_is_inst(b))
        r = py_inst_compare(a, b, ">=", py_s_ge, py_s_le);
    else if (py_tag(a) == T_SET && py_tag(b) == T_SET)
        r = py_set_subset(b, a);
    else if (py_float_pair(a, b))
        r = py_floats('l', b, a);
    else
        r = !py_less(a, b, ">=");
    if (py_exc)
        return 0;
    return py_bool(r);
}

long py_contains(long container, long v) {
    long t = py_tag(container);
    if (t == T_VIEW && W(container)[1] == M_keys) { /* k in d.keys(): looked up in the dict */
        container = W(container)[2];
        t = T_DICT;
    } else if (t == T_VIEW) {
        container = py_view_list(container);
        t = T_LIST;
    }
    if (t == T_STR) {
        if (py_tag(v) != T_STR)
            return py_type_error2("'in <string>' requires string as left operand, not ", v, "");
        long n = W(container)[1];
        long m = W(v)[1];
        for (long i = 0; i + m <= n; i++) {
            long ok = 1;
            for (long k = 0; k < m; k++) {
                if (W(container)[2 + i + k] != W(v)[2 + k]) {
                    ok = 0;
                    break;
                }
            }
            if (ok)
                return TRUE_;
        }
        return FALSE_;
    }
    if (t == T_LIST || t == T_TUPLE) {
        long n = W(container)[1];
        long it = py_items(container);
        for (long i = 0; i < n; i++) {
            long e = py_eq_raw(W(it)[i], v);
            if (py_exc)
                return 0;
            if (e)
                return TRUE_;
        }
        return FALSE_;
    }
    if (t == T_DICT || t == T_SET) {
        if (!py_hashable(v))
            return 0;
        if (t == T_SET)
            return py_bool(py_set_has(container, v));
        return py_bool(py_dict_find(container, v) >= 0);
    }
    if (t == T_RANGE) {
        if (!py_is_num(v))
            return FALSE_;
        long x = INTV(py_num(v));
        long start = W(container)[1];
        long stop = W(container)[2];
        long step = W(container)[3];
        if (step > 0 && (x < start || x >= stop))
            return FALSE_;
        if (step < 0 && (x > start || x <= stop))
            return FALSE_;
        return py_bool((x - start) % step == 0);
    }
    if (t == T_INST) {
        long m = py_lookup(W(container)[1], py_s_contains);
        if (m != UNBOUND) {
            long argv[2];
            argv[0] = container;
            argv[1] = v;
            long r = py_call(m, (long)argv, 2, 0);
            if (py_exc)
                return 0;
            return py_bool(py_truthy(r));
        }
    }
    long it = py_iter(container);
    if (py_exc) {
        py_exc = 0;
        return py_type_error2("argument of type '", container, "' is not iterable");
    }
    while (1) {
        long x = py_next(it);
        if (py_exc)
            return 0;
        if (x == STOP)
            return FALSE_;
        long e = py_eq_raw(x, v);
        if (py_exc)
            return 0;
        if (e)
            return TRUE_;
    }
    return FALSE_;
}

long py_not_in(long container, long v) {
    long r = py_contains(container, v);
    if (py_exc)
        return 0;
    return r == TRUE_ ? FALSE_ : TRUE_;
}

/* ---- arithmetic ---- */

long py_floordiv_raw(long x, long y) {
    long q = x / y;
    if ((x % y != 0) && ((x < 0) != (y < 0)))
        q = q - 1;
    return q;
}

long py_mod_raw(long x, long y) {
    long r = x % y;
    if (r != 0 && ((r < 0) != (y < 0)))
        r = r + y;
    return r;
}

long py_seq_repeat(long s, long n) {
    long t = py_tag(s);
    if (n < 0)
        n = 0;
    if (t == T_STR) {
        long len = W(s)[1];
        long r = py_str_new(len * n);
        for (long k = 0; k < n; k++)
            for (long i = 0; i < len; i++)
                W(r)[2 + k * len + i] = W(s)[2 + i];
        return r;
    }
    long len = W(s)[1];
    long it = py_items(s);
    if (t == T_LIST) {
        long l = py_new_list(len * n);
        for (long k = 0; k < n; k++)
            for (long i = 0; i < len; i++)
                py_list_append(l, W(it)[i]);
        return l;
    }
    long r = py_tuple_new(len * n);
    for (long k = 0; k < n; k++)
        for (long i = 0; i < len; i++)
            W(r)[2 + k * len + i] = W(it)[i];
    return r;
}

long py_concat(long a, long b) {
    long t = py_tag(a);
    if (t == T_STR) {
        long na = W(a)[1];
        long nb = W(b)[1];
        long r = py_str_new(na + nb);
        for (long i = 0; i < na; i++)
            W(r)[2 + i] = W(a)[2 + i];
        for (long i = 0; i < nb; i++)
            W(r)[2 + na + i] = W(b)[2 + i];
        return r;
    }
    long na = W(a)[1];
    long nb = W(b)[1];
    long ia = py_items(a);
    long ib = py_items(b);
    if (t == T_LIST) {
        long l = py_new_list(na + nb);
        for (long i = 0; i < na; i++)
            W(W(l)[3])[i] = W(ia)[i];
        for (long i = 0; i < nb; i++)
            W(W(l)[3])[na + i] = W(ib)[i];
        W(l)[1] = na + nb;
        return l;
    }
    long r = py_tuple_new(na + nb);
    for (long i = 0; i < na; i++)
        W(r)[2 + i] = W(ia)[i];
    for (long i = 0; i < nb; i++)
        W(r)[2 + na + i] = W(ib)[i];
    return r;
}

long py_concat_error(long a, long b) {
    long t = py_tag(a);
    long s = py_sb_new();
    if (t == T_STR) {
        py_sb_c(s, "can only concatenate str (not \"");
    } else {
        py_sb_c(s, "can only concatenate ");
        py_sb_str(s, py_type_name(a));
        py_sb_c(s, " (not \"");
    }
    py_sb_str(s, py_type_name(b));
    if (t == T_STR)
        py_sb_c(s, "\") to str");
    else {
        py_sb_c(s, "\") to ");
        py_sb_str(s, py_type_name(a));
    }
    return py_raise_sb(py_cls_TypeError, s);
}

/* a & b, a | b, a - b, a ^ b as CPython computes them (which set is walked, in which order, decides
 * where colliding keys land in the result's table). */
long py_set_op(long op, long a, long b) {
    py_set_order(a);
    py_set_order(b);
    if (op == '|') {
        long r = py_set_copy(a);
        if (a != b)
            py_set_merge(r, b);
        return r;
    }
    if (op == '&') {
        if (a == b)
            return py_set_copy(a);
        long so = a;
        long other = b;
        if (W(b)[1] > W(a)[1]) {
            so = b;
            other = a;
        }
        long r = py_new_set();
        for (long i = 0; i < W(other)[1]; i++) {
            long x = W(W(other)[3])[i];
            if (py_set_has(so, x))
                py_set_insert(r, x);
        }
        return r;
    }
    if (op == '-') {
        if (W(a)[1] / 4 > W(b)[1]) {
            long r = py_set_copy(a);
            for (long i = 0; i < W(b)[1]; i++)
                py_set_discard(r, W(W(b)[3])[i]);
            return r;
        }
        long r = py_new_set();
        for (long i = 0; i < W(a)[1]; i++) {
            long x = W(W(a)[3])[i];
            if (!py_set_has(b, x))
                py_set_insert(r, x);
        }
        return r;
    }
    long r = py_set_copy(b);
    for (long i = 0; i < W(a)[1]; i++) {
        long x = W(W(a)[3])[i];
        if (!py_set_discard(r, x))
            py_set_insert(r, x);
    }
    return r;
}

/* A dict view [T_VIEW, method id, dict] is live, as CPython's: what it holds now, as a new list (its
 * length is its dict's, W(W(view)[2])[1]). */
long py_view_list(long view) {
    long d = W(view)[2];
    long mid = W(view)[1];
    long n = W(d)[1];
    long l = py_new_list(n);
    for (long i = 0; i < n; i++) {
        if (mid == M_items) {
            long t = py_tuple_new(2);
            W(t)[2] = W(W(d)[3])[i];
            W(t)[3] = W(W(d)[4])[i];
            py_list_append(l, t);
        } else {
            py_list_append(l, W(W(d)[mid == M_keys ? 3 : 4])[i]);
        }
    }
    return l;
}

/* A dict's keys() or items() view, which the set operators take as a set (a values() view is not one). */
long py_is_set_view(long v) {
    return py_tag(v) == T_VIEW && W(v)[1] != M_values;
}

/* A keys or items view compared with a set or another such view (as CPython's dictview_richcompare):
 * equal when their sizes are and each item of the first is in the second; anything else is unequal. */
long py_view_eq(long a, long b) {
    long other = py_is_set_view(a) ? b : a;
    if (py_tag(other) != T_SET && !py_is_set_view(other))
        return 0;
    if (py_len(a) != py_len(b))
        return 0;
    long it = py_iter(a);
    while (!py_exc) {
        long x = py_next(it);
        if (py_exc || x == STOP)
            break;
        if (py_contains(b, x) != TRUE_)
            return 0;
    }
    return py_exc ? 0 : 1;
}

/* The set CPython's dictviews_to_set makes of an operand: of a keys view, the set of its dict (sized for
 * all its keys at once, as set(d) is), of anything else set(v). */
long py_view_to_set(long v) {
    if (py_tag(v) != T_VIEW || W(v)[1] != M_keys)
        return py_to_set(v);
    long d = W(v)[2];
    long s = py_new_set();
    if ((W(s)[8] + W(d)[1]) * 5 >= W(s)[7] * 3)
        py_set_resize(s, (W(s)[1] + W(d)[1]) * 2);
    for (long i = 0; i < W(d)[1] && !py_exc; i++)
        py_set_add(s, W(W(d)[3])[i]);
    return py_exc ? 0 : s;
}

/* view & x, view | x, view - x, view ^ x (or x op view) as CPython 3.11's dictobject.c makes them: a new
 * set of the left operand, changed in place by the right; for & the items of the smaller side that the
 * other has, in the smaller side's order (a set's own intersection when the set is at least as large). */
long py_view_set_op(long op, long a, long b) {
    if (op == '&') {
        long view = py_is_set_view(a) ? a : b;
        long other = view == a ? b : a;
        long n = W(W(view)[2])[1];
        long set_has = py_tag(other) == T_SET && !W(other)[S_FROZEN] && n <= W(other)[1];
        if (!set_has && py_is_set_view(other) && W(W(other)[2])[1] > n) {
            long t = view;
            view = other;
            other = t;
        }
        long r = py_new_set();
        long it = py_iter(set_has ? view : other);
        while (!py_exc) {
            long x = py_next(it);
            if (py_exc || x == STOP)
                break;
            long has = set_has ? py_bool(py_set_has(other, x)) : py_contains(view, x);
            if (!py_exc && has == TRUE_)
                py_set_add(r, x);
        }
        return py_exc ? 0 : r;
    }
    long r = py_view_to_set(a);
    if (py_exc)
        return 0;
    if (op == '|') {
        py_set_update(r, b);
        return py_exc ? 0 : r;
    }
    long o = py_tag(b) == T_SET ? b : py_to_set(b);
    if (py_exc)
        return 0;
    return py_iset(op, r, o);
}

/* a |= b, a &= b, a -= b, a ^= b on sets change a itself, as CPython's do; other values as a op b. */
long py_iset(long op, long a, long b) {
    if (py_tag(a) != T_SET || py_tag(b) != T_SET || W(a)[S_FROZEN])
        return py_binop_in(op, a, b, 1);
    py_set_order(b);
    if (op == '|') {
        py_set_merge(a, b);
    } else if (op == '&') {
        long r = py_set_op('&', a, b);
        for (long i = 0; i < 11; i++)
            W(a)[i] = W(r)[i];
    } else if (a == b) {
        py_set_clear(a);
    } else {
        for (long i = 0; i < W(b)[1]; i++) {
            long x = W(W(b)[3])[i];
            if (!py_set_discard(a, x) && op == '^')
                py_set_insert(a, x);
        }
    }
    return a;
}

long py_pow_raw(long base, long e) {
    long r = 1;
    while (e > 0) {
        if (e % 2 == 1)
            r = r * base;
        e = e / 2;
        if (e > 0)
            base = base * base;
    }
    return r;
}

long py_bit1(long op, long a, long b) {
    if (op == '&')
        return a * b;
    if (op == '|')
        return a + b - a * b;
    return (a + b) % 2;
}

/* x & y, x | y, x ^ y on Python's unbounded two's-complement integers, bit by bit in decimal: a
 * negative operand is read through ~v = -v - 1, whose bits are v's inverted. */
long py_bitop(long op, long x, long y) {
    long sx = x < 0;
    long sy = y < 0;
    long ax = sx ? -x - 1 : x;
    long ay = sy ? -y - 1 : y;
    long sr = py_bit1(op, sx, sy);
    long r = 0;
    long p = 1;
    while (ax != 0 || ay != 0) {
        long bx = ax % 2;
        long by = ay % 2;
        if (sx)
            bx = 1 - bx;
        if (sy)
            by = 1 - by;
        long br = py_bit1(op, bx, by);
        if (sr)
            br = 1 - br;
        r = r + br * p;
        ax = ax / 2;
        ay = ay / 2;
        if (ax != 0 || ay != 0)
            p = p * 2;
    }
    if (sr)
        return -r - 1;
    return r;
}

/* Every binary operator the compiled code does not do inline: op is the operator's first character, or
 * 'F' for //, 'P' for **, 'L' for <<, 'R' for >>, 'M' for @. */
/* The special method of a class for an operator (op as py_binop's; 'u' unary minus, 'p' unary plus,
 * 'a' abs, 'i' int(), 'f' float(), 'n' ~, 'N' !=), reflected ("__radd__") when asked. */
char *py_op_method(long op, long reflected) {
    if (op == '+')
        return reflected ? "__radd__" : "__add__";
    if (op == '-')
        return reflected ? "__rsub__" : "__sub__";
    if (op == '*')
        return reflected ? "__rmul__" : "__mul__";
    if (op == '/')
        return reflected ? "__rtruediv__" : "__truediv__";
    if (op == 'F')
        return reflected ? "__rfloordiv__" : "__floordiv__";
    if (op == '%')
        return reflected ? "__rmod__" : "__mod__";
    if (op == 'P')
        return reflected ? "__rpow__" : "__pow__";
    if (op == '&')
        return reflected ? "__rand__" : "__and__";
    if (op == '|')
        return reflected ? "__ror__" : "__or__";
    if (op == '^')
        return reflected ? "__rxor__" : "__xor__";
    if (op == 'L')
        return reflected ? "__rlshift__" : "__lshift__";
    if (op == 'R')
        return reflected ? "__rrshift__" : "__rshift__";
    if (op == 'M')
        return reflected ? "__rmatmul__" : "__matmul__";
    if (op == 'u')
        return "__neg__";
    if (op == 'p')
        return "__pos__";
    if (op == 'i')
        return "__int__";
    if (op == 'f')
        return "__float__";
    if (op == 'n')
        return "__invert__";
    if (op == 'N')
        return "__ne__";
    return "__abs__";
}

/* self's special method for op called with other (UNBOUND: none, for a unary one); UNBOUND when self
 * is not an instance or its class has no such method. */
long py_inst_op(long op, long self, long other, long reflected) {
    if (py_tag(self) != T_INST)
        return UNBOUND;
    long m = py_lookup(W(self)[1], py_str_from(py_op_method(op, reflected)));
    if (m == UNBOUND)
        return UNBOUND;
    long argv[2];
    argv[0] = self;
    argv[1] = other;
    return py_call(m, (long)argv, other == UNBOUND ? 1 : 2, 0);
}

long py_binop(long op, long a, long b) {
    return py_binop_in(op, a, b, 0);
}

/* a op b; inplace: for a op= b, whose special method (__iadd__) py_ibinop has tried first. */
long py_binop_in(long op, long a, long b, long inplace) {
    if (op != 'M' && py_is_num(a) && py_is_num(b)) { /* a @ b: only a class's __matmul__ takes it */
        long x = INTV(py_num(a));
        long y = INTV(py_num(b));
        if (op == '+')
            return MKINT(x + y);
        if (op == '-')
            return MKINT(x - y);
        if (op == '*')
            return MKINT(x * y);
        if (op == 'F' || op == '%') {
            if (y == 0)
                return py_raise(py_cls_ZeroDivisionError,
                                op == 'F' ? "integer division or modulo by zero" : "integer modulo by zero");
            if (op == 'F')
                return MKINT(py_floordiv_raw(x, y));
            return MKINT(py_mod_raw(x, y));
        }
        if (op == 'P') {
            if (y < 0)
                return py_floats(1000 + op, a, b);
            return MKINT(py_pow_raw(x, y));
        }
        if (op == '/')
            return py_floats(1000 + op, a, b);
        if (op == '&' || op == '|' || op == '^') {
            long r = py_bitop(op, x, y);
            if ((a == TRUE_ || a == FALSE_) && (b == TRUE_ || b == FALSE_))
                return py_bool(r);
            return MKINT(r);
        }
        if (op == 'L' || op == 'R') {
            if (y < 0)
                return py_raise(py_cls_ValueError, "negative shift count");
            if (op == 'L')
                return MKINT(x * py_pow_raw(2, y));
            return MKINT(py_floordiv_raw(x, py_pow_raw(2, y)));
        }
    }
    if (op != 'M' && py_float_pair(a, b)) {
        long r = py_floats(1000 + op, a, b);
        if (r != 0 || py_exc)
            return r;
    }
    long ta = py_tag(a);
    long tb = py_tag(b);
    if (op == '+') {
        if (ta == tb && (ta == T_STR || ta == T_LIST || ta == T_TUPLE))
            return py_concat(a, b);
        if (ta == T_STR || ta == T_LIST || ta == T_TUPLE)
            return py_concat_error(a, b);
    }
    if (op == '*') {
        if ((ta == T_STR || ta == T_LIST || ta == T_TUPLE) && py_is_num(b))
            return py_seq_repeat(a, INTV(py_num(b)));
        if ((tb == T_STR || tb == T_LIST || tb == T_TUPLE) && py_is_num(a))
            return py_seq_repeat(b, INTV(py_num(a)));
    }
    if (op == '%' && ta == T_STR)
        return py_percent_format(a, b);
    if ((op == '&' || op == '|' || op == '-' || op == '^') && ta == T_SET && tb == T_SET) {
        long r = py_set_op(op, a, b);
        W(r)[S_FROZEN] = W(a)[S_FROZEN]; /* the left operand's type */
        return r;
    }
    if ((op == '&' || op == '|' || op == '-' || op == '^') && ta != T_INST && tb != T_INST &&
        (py_is_set_view(a) || py_is_set_view(b)))
        return py_view_set_op(op, a, b);
    if (op == '|' && ta == T_DICT && tb == T_DICT) {
        long d = py_new_dict();
        for (long i = 0; i < W(a)[1]; i++)
            py_dict_set(d, W(W(a)[3])[i], W(W(a)[4])[i]);
        for (long i = 0; i < W(b)[1]; i++)
            py_dict_set(d, W(W(b)[3])[i], W(W(b)[4])[i]);
        return d;
    }
    if (ta == T_INST || tb == T_INST) {
        /* a.__add__(b), else b.__radd__(a) */
        long r = py_implemented(py_inst_op(op, a, b, 0));
        if (r == UNBOUND && !py_exc)
            r = py_implemented(py_inst_op(op, b, a, 1));
        if (r != UNBOUND || py_exc)
            return r;
    }
    if (op == '*' && (ta == T_STR || ta == T_LIST || ta == T_TUPLE || tb == T_STR || tb == T_LIST || tb == T_TUPLE))
        return py_type_error2("can't multiply sequence by non-int of type '",
                              ta == T_STR || ta == T_LIST || ta == T_TUPLE ? b : a, "'");
    if (op == '+')
        return py_binop_error_in("+", a, b, inplace);
    if (op == '-')
        return py_binop_error_in("-", a, b, inplace);
    if (op == '*')
        return py_binop_error_in("*", a, b, inplace);
    if (op == '/')
        return py_binop_error_in("/", a, b, inplace);
    if (op == 'F')
        return py_binop_error_in("//", a, b, inplace);
    if (op == '%')
        return py_binop_error_in("%", a, b, inplace);
    if (op == 'P')
        return py_binop_error_in(inplace ? "**" : "** or pow()", a, b, inplace);
    if (op == '&')
        return py_binop_error_in("&", a, b, inplace);
    if (op == '|')
        return py_binop_error_in("|", a, b, inplace);
    if (op == '^')
        return py_binop_error_in("^", a, b, inplace);
    if (op == 'L')
        return py_binop_error_in("<<", a, b, inplace);
    if (op == 'M')
        return py_binop_error_in("@", a, b, inplace);
    return py_binop_error_in(">>", a, b, inplace);
}

/* An error of class cls whose message names a character and v's type: before, c, after, the type, "'". */
long py_raise_char_type(long cls, char *before, long c, char *after, long v) {
    long s = py_sb_new();
    py_sb_c(s, before);
    py_sb_char(s, c);
    py_sb_c(s, after);
    py_sb_str(s, py_type_name(v));
    py_sb_c(s, "'");
    return py_raise_sb(cls, s);
}

long py_unary(long op, long a) {
    if (py_is_num(a)) {
        long x = INTV(py_num(a));
        if (op == '-')
            return MKINT(-x);
        if (op == '+')
            return MKINT(x);
        return MKINT(-x - 1);
    }
    if (py_is_float(a) && op != '~')
        return op == '-' ? py_floats('u', a, 0) : a;
    long r = py_inst_op(op == '-' ? 'u' : op == '+' ? 'p' : 'n', a, UNBOUND, 0);
    if (r != UNBOUND || py_exc)
        return r;
    return py_raise_char_type(py_cls_TypeError, "bad operand type for unary ", op, ": '", a);
}

/* ---- formatting ---- */

/* Whether a specification's grouping (',' or '_') goes with its type, as CPython's parse of it says: the
 * decimal and float types, and for '_' the binary, octal and hexadecimal ones too. */
long py_groups(long grouping, long type) {
    if (type == 0 || type == 'd' || type == 'e' || type == 'E' || type == 'f' || type == 'F' || type == 'g' ||
        type == 'G' || type == '%')
        return 1;
    return grouping == '_' && (type == 'b' || type == 'o' || type == 'x' || type == 'X');
}

/* CPython's ValueError for a type its value's specification does not have: Unknown format code 'd' for
 * object of type 'float'. */
long py_unknown_format_code(long type, long v) {
    return py_raise_char_type(py_cls_ValueError, "Unknown format code '", type, "' for object of type '", v);
}

/* One value formatted by a format specification [[fill]align][sign][0][width][,|_][.precision][type]. */
long py_format(long v, long spec) {
    long n = W(spec)[1];
    long *p = W(spec) + 2;
    long i = 0;
    long fill = ' ';
    long align = 0;
    if (n >= 2 && (p[1] == '<' || p[1] == '>' || p[1] == '^' || p[1] == '=')) {
        fill = p[0];
        align = p[1];
        i = 2;
    } else if (n >= 1 && (p[0] == '<' || p[0] == '>' || p[0] == '^' || p[0] == '=')) {
        align = p[0];
        i = 1;
    }
    long sign = '-';
    if (i < n && (p[i] == '+' || p[i] == '-' || p[i] == ' ')) {
        sign = p[i];
        i++;
    }
    long alternate = 0;
    if (i < n && p[i] == '#') {
        alternate = 1;
        i++;
    }
    if (i < n && p[i] == '0') {
        if (align == 0) {
            fill = '0';
            align = '=';
        }
        i++;
    }
    long width = 0;
    while (i < n && p[i] >= '0' && p[i] <= '9') {
        width = width * 10 + p[i] - '0';
        i++;
    }
    long grouping = 0;
    if (i < n && (p[i] == ',' || p[i] == '_')) {
        grouping = p[i];
        i++;
    }
    long precision = -1;
    if (i < n && p[i] == '.') {
        i++;
        precision = 0;
        while (i < n && p[i] >= '0' && p[i] <= '9') {
            precision = precision * 10 + p[i] - '0';
            i++;
        }
    }
    long type = 0;
    if (i < n) {
        type = p[i];
        i++;
    }
    if (i < n)
        return py_raise(py_cls_ValueError, "Invalid format specifier");
    long t = py_tag(v);
    long body = py_sb_new();
    long prefix = py_sb_new();
    if (t == T_INST && n == 0)
        return py_str(v);
    long own = t == T_STR || t == T_FLOAT || py_is_num(v); /* the types with a specification of their own */
    if (own && grouping && !py_groups(grouping, type == 0 && t == T_STR ? 's' : type)) {
        long e = py_sb_new();
        py_sb_c(e, "Cannot specify '");
        py_sb_char(e, grouping);
        py_sb_c(e, "' with '");
        py_sb_char(e, type == 0 ? 's' : type);
        py_sb_c(e, "'.");
        return py_raise_sb(py_cls_ValueError, e);
    }
    long float_type = type == 0 || type == 'f' || type == 'F' || type == 'e' || type == 'E' || type == 'g' ||
                      type == 'G' || type == '%' || type == 'n';
    long int_as_float = type == 'e' || type == 'E' || type == 'g' || type == 'G';
    if (alternate && !(py_is_num(v) && (type == 'x' || type == 'X' || type == 'o' || type == 'b')))
        return py_raise(py_cls_ValueError, "the alternate form '#' is supported with x, X, o and b of an int only");
    if ((t == T_FLOAT && float_type) || (py_is_num(v) && t != T_BOOL && int_as_float)) {
        long fargs[6];
        fargs[0] = v;
        fargs[1] = type == 'n' ? 'g' : type;
        fargs[2] = precision;
        fargs[3] = grouping;
        fargs[4] = sign;
        fargs[5] = prefix;
        py_floats('F', (long)fargs, body);
        if (align == 0)
            align = '>';
    } else if (py_is_num(v) && !(t == T_BOOL && n == 0) && type != 's') {
        long x = INTV(py_num(v));
        if (x < 0) {
            py_sb_char(prefix, '-');
            x = -x;
        } else if (sign == '+') {
            py_sb_char(prefix, '+');
        } else if (sign == ' ') {
            py_sb_char(prefix, ' ');
        }
        if (alternate) {
            py_sb_char(prefix, '0');
            py_sb_char(prefix, type == 'o' ? 'o' : type == 'b' ? 'b' : type);
        }
        if (type == 0 || type == 'd' || type == 'n') {
            if (precision >= 0 && type != 0)
                return py_raise(py_cls_ValueError, "Precision not allowed in integer format specifier");
            if (grouping) {
                long digits = py_sb_new();
                py_sb_int(digits, x);
                long count = W(digits)[0];
                for (long k = 0; k < count; k++) {
                    if (k > 0 && (count - k) % 3 == 0)
                        py_sb_char(body, grouping);
                    py_sb_char(body, W(W(digits)[2])[k]);
                }
            } else {
                py_sb_int(body, x);
            }
        } else if (type == 'x' || type == 'X' || type == 'o' || type == 'b') {
            long digits = py_sb_new();
            py_sb_base(digits, x, type == 'o' ? 8 : type == 'b' ? 2 : 16, type == 'X');
            long count = W(digits)[0];
            for (long k = 0; k < count; k++) {
                if (grouping && k > 0 && (count - k) % 4 == 0)
                    py_sb_char(body, '_'); /* '_' groups four digits in these bases */
                py_sb_char(body, W(W(digits)[2])[k]);
            }
        } else if (type == 'c') {
            py_sb_char(body, x);
        } else if (type == 'f' || type == 'F' || type == '%') {
            if (precision < 0)
                precision = 6;
            if (type == '%')
                x = x * 100;
            if (grouping) {
                long digits = py_sb_new();
                py_sb_int(digits, x);
                long count = W(digits)[0];
                for (long k = 0; k < count; k++) {
                    if (k > 0 && (count - k) % 3 == 0)
                        py_sb_char(body, grouping);
                    py_sb_char(body, W(W(digits)[2])[k]);
                }
            } else {
                py_sb_int(body, x);
            }
            if (precision > 0)
                py_sb_char(body, '.');
            for (long k = 0; k < precision; k++)
                py_sb_char(body, '0');
            if (type == '%')
                py_sb_char(body, '%');
        } else {
            return py_unknown_format_code(type, v);
        }
        if (align == 0)
            align = '>';
    } else {
        if (!own) /* object.__format__ takes only an empty specification */
            return py_type_error2("unsupported format string passed to ", v, ".__format__");
        if (type != 0 && (type != 's' || t != T_STR)) /* an int's 's', a float's 'd', a str's 'd' */
            return py_unknown_format_code(type, v);
        long s = py_str(v);
        if (py_exc)
            return 0;
        long len = W(s)[1];
        if (precision >= 0 && precision < len)
            len = precision;
        for (long k = 0; k < len; k++)
            py_sb_char(body, W(s)[2 + k]);
        if (align == 0)
            align = '<';
        if (align == '=')
            return py_raise(py_cls_ValueError, "'=' alignment not allowed in string format specifier");
    }
    long out = py_sb_new();
    long used = W(body)[0] + W(prefix)[0];
    long pad = width > used ? width - used : 0;
    long left = 0;
    if (align == '>')
        left = pad;
    else if (align == '^')
        left = pad / 2;
    if (align == '=') {
        for (long k = 0; k < W(prefix)[0]; k++)
            py_sb_char(out, W(W(prefix)[2])[k]);
        for (long k = 0; k < pad; k++)
            py_sb_char(out, fill);
    } else {
        for (long k = 0; k < left; k++)
            py_sb_char(out, fill);
        for (long k = 0; k < W(prefix)[0]; k++)
            py_sb_char(out, W(W(prefix)[2])[k]);
    }
    for (long k = 0; k < W(body)[0]; k++)
        py_sb_char(out, W(W(body)[2])[k]);
    if (align != '=' && align != '>')
        for (long k = 0; k < pad - left; k++)
            py_sb_char(out, fill);
    return py_sb_finish(out);
}

/* An f-string or format field: conversion 'r', 's', 'a' or 0, then the spec (a str, or 0 for none). */
long py_format_field(long v, long conversion, long spec) {
    if (conversion == 0 && py_tag(v) == T_INST) {
        /* a class's own __format__ is given the specification, an empty one too */
        long m = py_lookup(W(v)[1], py_str_from("__format__"));
        if (m != UNBOUND) {
            long argv[2];
            argv[0] = v;
            argv[1] = spec == 0 ? py_str_new(0) : spec;
            long r = py_call(m, (long)argv, 2, 0);
            if (py_exc)
                return 0;
            if (py_tag(r) != T_STR)
                return py_type_error2("__format__ must return a str, not ", r, "");
            return r;
        }
    }
    if (conversion == 'r')
        v = py_repr(v);
    else if (conversion == 's')
        v = py_str(v);
    else if (conversion == 'a')
        v = py_ascii(v);
    if (py_exc)
        return 0;
    if (spec == 0 || W(spec)[1] == 0)
        return py_str(v);
    return py_format(v, spec);
}

/* The pieces of an f-string, left in a stack array, joined. */
long py_join_parts(long argv, long n) {
    long total = 0;
    for (long i = 0; i < n; i++)
        total = total + W(W(argv)[i])[1];
    long r = py_str_new(total);
    long at = 2;
    for (long i = 0; i < n; i++) {
        long s = W(argv)[i];
        for (long k = 0; k < W(s)[1]; k++) {
            W(r)[at] = W(s)[2 + k];
            at++;
        }
    }
    return r;
}

long py_substr(long s, long from, long to) {
    long r = py_str_new(to - from);
    for (long i = from; i < to; i++)
        W(r)[2 + i - from] = W(s)[2 + i];
    return r;
}

long py_parse_int(long s, long base, long report);

/* fmt.format(*args, **kwargs): args in argv[0..argc), keyword values after them, names in kwn. */
long py_getitem(long v, long key);

/* The rest of a str.format field from h on: .attribute and [key] (an int when it is digits). */
long py_field_path(long value, long field, long h) {
    long n = W(field)[1];
    while (h < n) {
        long e = h + 1;
        if (W(field)[2 + h] == '.') {
            while (e < n && W(field)[2 + e] != '.' && W(field)[2 + e] != '[')
                e++;
            value = py_getattr(value, py_substr(field, h + 1, e));
            h = e;
        } else {
            while (e < n && W(field)[2 + e] != ']')
                e++;
            if (e >= n)
                return py_raise(py_cls_ValueError, "Missing ']' in format string");
            long key = py_substr(field, h + 1, e);
            long digits = W(key)[1] > 0;
            for (long k = 0; k < W(key)[1]; k++)
                if (W(key)[2 + k] < '0' || W(key)[2 + k] > '9')
                    digits = 0;
            value = py_getitem(value, digits ? py_parse_int(key, 10, 0) : key);
            h = e + 1;
            if (h < n && W(field)[2 + h] != '.' && W(field)[2 + h] != '[')
                return py_raise(py_cls_ValueError, "Only '.' or '[' may follow ']' in format field specifier");
        }
        if (py_exc)
            return 0;
    }
    return value;
}

/* The value a str.format field names: {} the next argument, {1} one by number, {name} a keyword, each
 * followed by .attribute and [key]. */
long py_format_arg(long whole, long argv, long argc, long kwn, long *next) {
    long h = 0; /* the field's name ends at its first '.' or '[' */
    while (h < W(whole)[1] && W(whole)[2 + h] != '.' && W(whole)[2 + h] != '[')
        h++;
    long field = py_substr(whole, 0, h);
    long value = 0;
    if (W(field)[1] == 0) {
        if (*next >= argc) {
            long b = py_sb_new();
            py_sb_c(b, "Replacement index ");
            py_sb_int(b, *next);
            py_sb_c(b, " out of range for positional args tuple");
            return py_raise_sb(py_cls_IndexError, b);
        }
        value = W(argv)[*next];
        *next = *next + 1;
    } else if (W(field)[2] >= '0' && W(field)[2] <= '9') {
        long k = INTV(py_parse_int(field, 10, 0));
        if (k >= argc) {
            long b = py_sb_new();
            py_sb_c(b, "Replacement index ");
            py_sb_int(b, k);
            py_sb_c(b, " out of range for positional args tuple");
            return py_raise_sb(py_cls_IndexError, b);
        }
        value = W(argv)[k];
    } else {
        long found = -1;
        if (kwn != 0)
            for (long k = 0; k < W(kwn)[1]; k++)
                if (py_str_eq(W(kwn)[2 + k], field))
                    found = k;
        if (found < 0)
            return py_raise_value(py_cls_KeyError, field);
        value = W(argv)[argc + found];
    }
    return py_field_path(value, whole, h);
}

long py_str_format(long fmt, long argv, long argc, long kwn) {
    long out = py_sb_new();
    long n = W(fmt)[1];
    long next = 0;
    long i = 0;
    while (i < n) {
        long c = W(fmt)[2 + i];
        if (c == '{' && i + 1 < n && W(fmt)[3 + i] == '{') {
            py_sb_char(out, '{');
            i = i + 2;
            continue;
        }
        if (c == '}' && i + 1 < n && W(fmt)[3 + i] == '}') {
            py_sb_char(out, '}');
            i = i + 2;
            continue;
        }
        if (c == '}')
            return py_raise(py_cls_ValueError, "Single '}' encountered in format string");
        if (c != '{') {
            py_sb_char(out, c);
            i++;
            continue;
        }
        long j = i + 1;
        while (j < n && W(fmt)[2 + j] != '}' && W(fmt)[2 + j] != '!' && W(fmt)[2 + j] != ':')
            j++;
        long field = py_substr(fmt, i + 1, j);
        long name_only = j >= n; /* the string ends in the field's name, not in its conversion or spec */
        long conversion = 0;
        if (j < n && W(fmt)[2 + j] == '!') {
            conversion = W(fmt)[3 + j];
            j = j + 2;
        }
        long spec = 0;
        long nested = 0; /* the specification has fields of its own: {0:>{1}} */
        if (j < n && W(fmt)[2 + j] == ':') {
            long k = j + 1;
            long depth = 0;
            while (k < n && (W(fmt)[2 + k] != '}' || depth > 0)) {
                if (W(fmt)[2 + k] == '{') {
                    depth++;
                    nested = 1;
                } else if (W(fmt)[2 + k] == '}') {
                    depth--;
                }
                k++;
            }
            spec = py_substr(fmt, j + 1, k);
            j = k;
        }
        if (j >= n && i == n - 1) /* a '{' that ends the string */
            return py_raise(py_cls_ValueError, "Single '{' encountered in format string");
        if (j >= n)
            return py_raise(py_cls_ValueError,
                            name_only ? "expected '}' before end of string" : "unmatched '{' in format spec");
        long value = py_format_arg(field, argv, argc, kwn, &next);
        if (py_exc)
            return 0;
        if (nested) {
            long b = py_sb_new();
            long k = 0;
            while (k < W(spec)[1]) {
                if (W(spec)[2 + k] != '{') {
                    py_sb_char(b, W(spec)[2 + k]);
                    k++;
                    continue;
                }
                long e = k + 1;
                while (W(spec)[2 + e] != '}')
                    e++;
                long inner = py_format_arg(py_substr(spec, k + 1, e), argv, argc, kwn, &next);
                if (py_exc)
                    return 0;
                py_sb_str(b, py_str(inner));
                k = e + 1;
            }
            spec = py_sb_finish(b);
        }
        long s = py_format_field(value, conversion, spec);
        if (py_exc)
            return 0;
        py_sb_str(out, s);
        i = j + 1;
    }
    return py_sb_finish(out);
}

/* Whether c is one of printf-style formatting's flags. */
long py_percent_flag(long c) {
    return c == '-' || c == '0' || c == '+' || c == ' ' || c == '#';
}

/* fmt % values (printf-style): %s %r %a %d %i %x %X %o %c %f %e %g %%, with flags - 0 + space #, a width and a
 * precision, each of them digits or '*'. */
long py_percent_format(long fmt, long values) {
    long out = py_sb_new();
    long n = W(fmt)[1];
    long args = values;
    long single = 0;
    if (py_tag(values) != T_TUPLE) {
        args = py_tuple_new(1);
        W(args)[2] = values;
        single = 1;
    }
    long next = 0;
    long i = 0;
    while (i < n) {
        long c = W(fmt)[2 + i];
        if (c != '%') {
            py_sb_char(out, c);
            i++;
            continue;
        }
        i++;
        if (i >= n)
            return py_raise(py_cls_ValueError, "incomplete format");
        long keyed = UNBOUND; /* %(name)s: the value of that key of the mapping */
        if (W(fmt)[2 + i] == '(') {
            long depth = 1;
            long e = i + 1;
            while (e < n && depth > 0) {
                if (W(fmt)[2 + e] == '(')
                    depth++;
                else if (W(fmt)[2 + e] == ')')
                    depth--;
                e++;
            }
            if (depth > 0)
                return py_raise(py_cls_ValueError, "incomplete format key");
            if (py_tag(values) != T_DICT)
                return py_raise(py_cls_TypeError, "format requires a mapping");
            keyed = py_getitem(values, py_substr(fmt, i + 1, e - 1));
            if (py_exc)
                return 0;
            i = e;
        }
        /* the flags, then the width and the precision, each digits or '*' (the next argument) */
        long left = 0;
        long sign = 0;
        long alt = 0;
        long zero = 0;
        while (i < n && py_percent_flag(W(fmt)[2 + i])) {
            long f = W(fmt)[2 + i];
            left = left || f == '-';
            zero = zero || f == '0';
            alt = alt || f == '#';
            if (f == '+' || (f == ' ' && sign == 0))
                sign = f;
            i++;
        }
        long sizes[2]; /* the width and the precision, -1 where none is given */
        for (long k = 0; k < 2; k++) {
            sizes[k] = -1;
            if (k == 1 && (i >= n || W(fmt)[2 + i] != '.'))
                break;
            if (k == 1) {
                sizes[1] = 0; /* '.' alone is precision 0 */
                i++;
            }
            if (i < n && W(fmt)[2 + i] == '*') {
                if (next >= W(args)[1])
                    return py_raise(py_cls_TypeError, "not enough arguments for format string");
                long star = W(args)[2 + next];
                next++;
                if (!py_is_num(star))
                    return py_raise(py_cls_TypeError, "* wants int");
                sizes[k] = INTV(py_num(star));
                if (k == 0 && sizes[0] < 0) { /* a negative width from '*' is a left-aligned one */
                    left = 1;
                    sizes[0] = -sizes[0];
                }
                if (k == 1 && sizes[1] < 0)
                    sizes[1] = 0;
                i++;
                continue;
            }
            if (i < n && W(fmt)[2 + i] >= '0' && W(fmt)[2 + i] <= '9')
                sizes[k] = 0;
            while (i < n && W(fmt)[2 + i] >= '0' && W(fmt)[2 + i] <= '9') {
                sizes[k] = sizes[k] * 10 + W(fmt)[2 + i] - '0';
                i++;
            }
        }
        long precision = sizes[1] >= 0;
        /* a format specification of the same meaning: [<][sign][#][0][width][.precision] */
        long spec = py_sb_new();
        if (left)
            py_sb_char(spec, '<');
        if (sign != 0)
            py_sb_char(spec, sign);
        if (alt)
            py_sb_char(spec, '#');
        if (zero && !left)
            py_sb_char(spec, '0');
        long sized = py_sb_new(); /* the width and precision alone, which a string's spec takes */
        if (sizes[0] >= 0)
            py_sb_int(sized, sizes[0]);
        if (precision) {
            py_sb_char(sized, '.');
            py_sb_int(sized, sizes[1]);
        }
        sized = py_sb_finish(sized);
        py_sb_str(spec, sized);
        if (i >= n)
            return py_raise(py_cls_ValueError, "incomplete format");
        long conv = W(fmt)[2 + i];
        i++;
        if (conv == '%') {
            py_sb_char(out, '%');
            continue;
        }
        long v = keyed;
        if (keyed == UNBOUND) {
            if (next >= W(args)[1])
                return py_raise(py_cls_TypeError, "not enough arguments for format string");
            v = W(args)[2 + next];
            next++;
        }
        if (conv == 'c' && py_tag(v) == T_STR && W(v)[1] == 1)
            conv = 's'; /* a one-character string is printed as itself */
        else if (conv == 'c' && !py_is_num(v))
            return py_raise(py_cls_TypeError, "%c requires int or char");
        if (conv == 'd' || conv == 'i' || conv == 'x' || conv == 'X' || conv == 'o' || conv == 'c') {
            if (py_is_float(v) && (conv == 'd' || conv == 'i'))
                v = py_floats('i', v, 0);
            if (py_exc)
                return 0;
            if (!py_is_num(v)) {
                long s = py_sb_new();
                py_sb_c(s, "%");
                py_sb_char(s, conv);
                py_sb_c(s, " format: a real number is required, not ");
                py_sb_str(s, py_type_name(v));
                if (conv == 'x' || conv == 'X' || conv == 'o') {
                    s = py_sb_new();
                    py_sb_c(s, "%");
                    py_sb_char(s, conv);
                    py_sb_c(s, " format: an integer is required, not ");
                    py_sb_str(s, py_type_name(v));
                }
                return py_raise_sb(py_cls_TypeError, s);
            }
            if (precision)
                return py_raise(py_cls_ValueError, "a precision in %d, %x, %o or %c is not supported");
            v = MKINT(INTV(py_num(v)));
            if (conv != 'i')
                py_sb_char(spec, conv == 'i' ? 'd' : conv);
        } else if (conv == 'f' || conv == 'F' || conv == 'e' || conv == 'E' || conv == 'g' || conv == 'G') {
            if (py_is_num(v))
                v = py_floats('n', v, 0);
            if (!py_is_float(v))
                return py_type_error2("must be real number, not ", v, "");
            py_sb_char(spec, conv);
        } else if (conv == 'r' || conv == 's' || conv == 'a') {
            /* a string is right-aligned unless '-' is given; '0', '+' and ' ' do not apply to it */
            v = conv == 'r' ? py_repr(v) : conv == 'a' ? py_ascii(v) : py_str(v);
            spec = py_sb_new();
            py_sb_char(spec, left ? '<' : '>');
            py_sb_str(spec, sized);
        } else {
            long s = py_sb_new();
            py_sb_c(s, "unsupported format character '");
            py_sb_char(s, conv >= 32 && conv <= 126 ? conv : '?');
            py_sb_c(s, "' (0x"); /* its code in hex and its place, as CPython's message gives them */
            long shift = 1;
            while (shift * 16 <= conv)
                shift = shift * 16;
            for (; shift > 0; shift = shift / 16) {
                long d = conv / shift % 16;
                py_sb_char(s, d < 10 ? '0' + d : 'a' + d - 10);
            }
            py_sb_c(s, ") at index ");
            py_sb_int(s, i - 1);
            return py_raise_sb(py_cls_ValueError, s);
        }
        if (py_exc)
            return 0;
        long text = py_format(v, py_sb_finish(spec));
        if (py_exc)
            return 0;
        py_sb_str(out, text);
    }
    if (next < W(args)[1] && !single)
        return py_raise(py_cls_TypeError, "not all arguments converted during string formatting");
    if (single && next == 0 && py_tag(values) != T_DICT)
        return py_raise(py_cls_TypeError, "not all arguments converted during string formatting");
    return py_sb_finish(out);
}

/* ---- int() and str<->int ---- */

long py_parse_int(long s, long base, long report) {
    long n = W(s)[1];
    long i = 0;
    while (i < n && py_is_space(W(s)[2 + i])) /* str.strip()'s whitespace, as CPython's int() */
        i++;
    long end = n;
    while (end > i && py_is_space(W(s)[1 + end]))
        end--;
    long neg = 0;
    if (i < end && (W(s)[2 + i] == '-' || W(s)[2 + i] == '+')) {
        neg = W(s)[2 + i] == '-';
        i++;
    }
    long value = 0;
    long digits = 0;
    long last_underscore = 1;
    long given = base;
    if (i + 1 < end && W(s)[2 + i] == '0') {
        /* the prefix 0x, 0o or 0b: allowed with its own base, and deciding the base when it is 0 */
        long p = W(s)[3 + i];
        long pb = p == 'x' || p == 'X' ? 16 : p == 'o' || p == 'O' ? 8 : p == 'b' || p == 'B' ? 2 : 0;
        if (pb != 0 && (base == 0 || base == pb)) {
            base = pb;
            i = i + 2;
            last_underscore = 0;
        }
    }
    long leading_zero = 0;
    if (base == 0) {
        base = 10; /* as a decimal literal: no leading zeros but for zero itself */
        leading_zero = i < end && W(s)[2 + i] == '0';
    }
    while (i < end) {
        long c = W(s)[2 + i];
        long d = -1;
        if (c >= '0' && c <= '9')
            d = c - '0';
        else if (c >= 'a' && c <= 'z')
            d = c - 'a' + 10;
        else if (c >= 'A' && c <= 'Z')
            d = c - 'A' + 10;
        else if (c > 127)
            d = py_decimal_value(c); /* int("٣٤") is 34, as CPython's */
        else if (c == '_' && !last_underscore) {
            last_underscore = 1;
            i++;
            continue;
        }
        if (d < 0 || d >= base) {
            digits = 0;
            break;
        }
        value = value * base + d;
        digits++;
        last_underscore = 0;
        i++;
    }
    if (digits == 0 || last_underscore || (leading_zero && value != 0)) {
        if (report) {
            long b = py_sb_new();
            py_sb_c(b, "invalid literal for int() with base ");
            py_sb_int(b, given);
            py_sb_c(b, ": ");
            py_sb_str_repr(b, s);
            return py_raise_sb(py_cls_ValueError, b);
        }
        return 0;
    }
    if (neg)
        value = -value;
    return MKINT(value);
}

long py_int(long v, long base) {
    long t = py_tag(v);
    if (base != UNBOUND) {
        if (t != T_STR)
            return py_raise(py_cls_TypeError, "int() can't convert non-string with explicit base");
        if (!py_is_num(base))
            return py_type_error2("'", base, "' object cannot be interpreted as an integer");
        base = py_num(base);
        if (INTV(base) != 0 && (INTV(base) < 2 || INTV(base) > 36))
            return py_raise(py_cls_ValueError, "int() base must be >= 2 and <= 36, or 0");
        return py_parse_int(v, INTV(base), 1);
    }
    if (t == T_INT)
        return v;
    if (t == T_BOOL)
        return py_num(v);
    if (t == T_STR)
        return py_parse_int(v, 10, 1);
    if (t == T_FLOAT)
        return py_floats('i', v, 0);
    long r = py_inst_op('i', v, UNBOUND, 0);
    if (py_exc)
        return 0;
    if (r != UNBOUND && py_tag(r) != T_INT)
        return py_type_error2("__int__ returned non-int (type ", r, ")");
    if (r != UNBOUND)
        return r;
    return py_type_error2("int() argument must be a string, a bytes-like object or a real number, not '", v,
                          "'");
}

/* ---- sequences: len, index, slices ---- */

long py_range_len(long r) {
    long start = W(r)[1];
    long stop = W(r)[2];
    long step = W(r)[3];
    if (step > 0 && start < stop)
        return (stop - start + step - 1) / step;
    if (step < 0 && start > stop)
        return (start - stop - step - 1) / (-step);
    return 0;
}

long py_len(long v) {
    long t = py_tag(v);
    if (t == T_VIEW)
        return MKINT(W(W(v)[2])[1]);
    if (t == T_STR || t == T_LIST || t == T_TUPLE || t == T_DICT || t == T_SET)
        return MKINT(W(v)[1]);
    if (t == T_RANGE)
        return MKINT(py_range_len(v));
    if (t == T_INST) {
        long m = py_lookup(W(v)[1], py_s_len);
        if (m != UNBOUND) {
            long argv[1];
            argv[0] = v;
            long r = py_call(m, (long)argv, 1, 0);
            if (py_exc)
                return 0;
            if (!ISINT(r))
                return py_type_error2("'", r, "' object cannot be interpreted as an integer");
            if (INTV(r) < 0)
                return py_raise(py_cls_ValueError, "__len__() should return >= 0");
            return r;
        }
    }
    return py_type_error2("object of type '", v, "' has no len()");
}

long py_range(long start, long stop, long step) {
    if (!py_is_num(start) || !py_is_num(stop) || !py_is_num(step)) {
        long bad = !py_is_num(start) ? start : !py_is_num(stop) ? stop : step;
        return py_type_error2("'", bad, "' object cannot be interpreted as an integer");
    }
    if (py_num(step) == 1)
        return py_raise(py_cls_ValueError, "range() arg 3 must not be zero");
    long r = py_alloc(4);
    W(r)[0] = T_RANGE;
    W(r)[1] = INTV(py_num(start));
    W(r)[2] = INTV(py_num(stop));
    W(r)[3] = INTV(py_num(step));
    return r;
}

long py_index_error(long t) {
    if (t == T_STR)
        return py_raise(py_cls_IndexError, "string index out of range");
    if (t == T_TUPLE)
        return py_raise(py_cls_IndexError, "tuple index out of range");
    if (t == T_RANGE)
        return py_raise(py_cls_IndexError, "range object index out of range");
    return py_raise(py_cls_IndexError, "list index out of range");
}

long py_char_str(long c) {
    long r = py_str_new(1);
    W(r)[2] = c;
    return r;
}

long py_slice(long v, long lo, long hi, long step);

long py_getitem(long v, long key) {
    if (key % 2 != 0 && v % 2 == 0 && v > TRUE_ && W(v)[0] == T_LIST) { /* a list by an int in range */
        long i = INTV(key);
        long n = W(v)[1];
        if (i < 0)
            i = i + n;
        if (i >= 0 && i < n)
            return W(W(v)[3])[i];
    }
    long t = py_tag(v);
    if (t == T_LIST || t == T_TUPLE || t == T_STR || t == T_RANGE) {
        if (py_tag(key) == T_SLICE) /* s[slice(i, j)], as s[i:j] */
            return py_slice(v, W(key)[1], W(key)[2], W(key)[3]);
        if (!py_is_num(key)) {
            if (py_tag(key) == T_TUPLE && W(key)[1] == 3 && W(key)[0] == T_TUPLE && t != T_RANGE)
                return 0;
            long s = py_sb_new();
            py_sb_str(s, py_type_name(v));
            py_sb_c(s, t == T_STR ? " indices must be integers, not '" : " indices must be integers or slices, not ");
            if (t == T_STR) {
                py_sb_str(s, py_type_name(key));
                py_sb_c(s, "'");
            } else {
                py_sb_str(s, py_type_name(key));
            }
            return py_raise_sb(py_cls_TypeError, s);
        }
        long i = INTV(py_num(key));
        long n = t == T_RANGE ? py_range_len(v) : W(v)[1];
        if (i < 0)
            i = i + n;
        if (i < 0 || i >= n)
            return py_index_error(t);
        if (t == T_STR)
            return py_char_str(W(v)[2 + i]);
        if (t == T_RANGE)
            return MKINT(W(v)[1] + i * W(v)[3]);
        return W(py_items(v))[i];
    }
    if (t == T_DICT) {
        if (!py_hashable(key))
            return 0;
        long i = py_dict_find(v, key);
        if (i < 0)
            return py_raise_value(py_cls_KeyError, key);
        return W(W(v)[4])[i];
    }
    if (t == T_INST) {
        long m = py_lookup(W(v)[1], py_s_getitem);
        if (m != UNBOUND) {
            long argv[2];
            argv[0] = v;
            argv[1] = key;
            return py_call(m, (long)argv, 2, 0);
        }
    }
    return py_type_error2("'", v, "' object is not subscriptable");
}

long py_setitem(long v, long key, long value) {
    if (key % 2 != 0 && v % 2 == 0 && v > TRUE_ && W(v)[0] == T_LIST) { /* a list by an int in range */
        long i = INTV(key);
        long n = W(v)[1];
        if (i < 0)
            i = i + n;
        if (i >= 0 && i < n) {
            W(W(v)[3])[i] = value;
            return NONE;
        }
    }
    long t = py_tag(v);
    if (t == T_LIST && py_tag(key) == T_SLICE)
        return py_list_set_slice(v, key, value);
    if (t == T_LIST) {
        if (!py_is_num(key)) {
            long s = py_sb_new();
            py_sb_c(s, "list indices must be integers or slices, not ");
            py_sb_str(s, py_type_name(key));
            return py_raise_sb(py_cls_TypeError, s);
        }
        long i = INTV(py_num(key));
        long n = W(v)[1];
        if (i < 0)
            i = i + n;
        if (i < 0 || i >= n)
            return py_raise(py_cls_IndexError, "list assignment index out of range");
        W(W(v)[3])[i] = value;
        return NONE;
    }
    if (t == T_DICT) {
        if (!py_hashable(key))
            return 0;
        return py_dict_set(v, key, value);
    }
    if (t == T_INST) {
        long m = py_lookup(W(v)[1], py_s_setitem);
        if (m != UNBOUND) {
            long argv[3];
            argv[0] = v;
            argv[1] = key;
            argv[2] = value;
            py_call(m, (long)argv, 3, 0);
            return NONE;
        }
    }
    return py_type_error2("'", v, "' object does not support item assignment");
}

long py_delitem(long v, long key) {
    long t = py_tag(v);
    if (t == T_LIST && py_is_num(key)) {
        long i = INTV(py_num(key));
        long n = W(v)[1];
        if (i < 0)
            i = i + n;
        if (i < 0 || i >= n)
            return py_raise(py_cls_IndexError, "list assignment index out of range");
        for (long j = i; j + 1 < n; j++)
            W(W(v)[3])[j] = W(W(v)[3])[j + 1];
        W(v)[1] = n - 1;
        return NONE;
    }
    if (t == T_DICT) {
        if (!py_hashable(key))
            return 0;
        long i = py_dict_find(v, key);
        if (i < 0)
            return py_raise_value(py_cls_KeyError, key);
        return py_dict_remove_at(v, i);
    }
    if (t == T_INST) {
        long m = py_lookup(W(v)[1], py_s_delitem);
        if (m != UNBOUND) {
            long argv[2];
            argv[0] = v;
            argv[1] = key;
            py_call(m, (long)argv, 2, 0);
            return NONE;
        }
    }
    if (t == T_LIST && py_tag(key) == T_SLICE)
        return py_list_set_slice(v, key, UNBOUND);
    return py_type_error2("'", v, "' object does not support item deletion");
}

long py_slice_indices(long sl, long length);

/* l[i:j] = values (values UNBOUND: del l[i:j]), with a step too, as CPython's list_ass_subscript: an
 * extended slice (a step other than 1) takes exactly as many values as it has items. */
long py_list_set_slice(long l, long sl, long values) {
    long bounds = py_slice_indices(sl, MKINT(W(l)[1]));
    if (py_exc)
        return 0;
    long start = INTV(W(bounds)[2]);
    long stop = INTV(W(bounds)[3]);
    long step = INTV(W(bounds)[4]);
    long count = 0;
    if (step > 0 && start < stop)
        count = (stop - start + step - 1) / step;
    if (step < 0 && start > stop)
        count = (start - stop - step - 1) / (-step);
    long vals = py_new_list(0);
    if (values != UNBOUND) {
        py_iter(values);
        if (py_exc) {
            py_exc = 0;
            return py_raise(py_cls_TypeError,
                            step == 1 ? "can only assign an iterable" : "must assign iterable to extended slice");
        }
        vals = py_to_list(values); /* a copy, so that l[:] = l works */
        if (py_exc)
            return 0;
    }
    long items = W(l)[3];
    long n = W(l)[1];
    long r = py_new_list(n + W(vals)[1]);
    if (step == 1) {
        if (stop < start)
            stop = start;
        for (long i = 0; i < start; i++)
            py_list_append(r, W(items)[i]);
        for (long i = 0; i < W(vals)[1]; i++)
            py_list_append(r, W(W(vals)[3])[i]);
        for (long i = stop; i < n; i++)
            py_list_append(r, W(items)[i]);
    } else if (values != UNBOUND) {
        if (W(vals)[1] != count) {
            long b = py_sb_new();
            py_sb_c(b, "attempt to assign sequence of size ");
            py_sb_int(b, W(vals)[1]);
            py_sb_c(b, " to extended slice of size ");
            py_sb_int(b, count);
            return py_raise_sb(py_cls_ValueError, b);
        }
        for (long k = 0; k < count; k++)
            W(items)[start + k * step] = W(W(vals)[3])[k];
        return NONE;
    } else {
        /* del l[i:j:k]: every item but those the slice names */
        long k = step > 0 ? step : -step;
        for (long i = 0; i < n; i++) {
            long d = step > 0 ? i - start : start - i;
            if (!(d >= 0 && d % k == 0 && d / k < count))
                py_list_append(r, W(items)[i]);
        }
    }
    W(l)[1] = W(r)[1];
    W(l)[2] = W(r)[2];
    W(l)[3] = W(r)[3];
    return NONE;
}

long py_slice_new(long start, long stop, long step) {
    long s = py_alloc(4);
    W(s)[0] = T_SLICE;
    W(s)[1] = start;
    W(s)[2] = stop;
    W(s)[3] = step;
    return s;
}

/* slice.indices(n): (start, stop, step) within a sequence of length n, as CPython's. */
long py_slice_indices(long sl, long length) {
    if (!py_is_num(length))
        return py_type_error2("'", length, "' object cannot be interpreted as an integer");
    long n = INTV(py_num(length));
    if (n < 0)
        return py_raise(py_cls_ValueError, "length should not be negative");
    for (long i = 1; i <= 3; i++)
        if (W(sl)[i] != NONE && !py_is_num(W(sl)[i]))
            return py_raise(py_cls_TypeError,
                            "slice indices must be integers or None or have an __index__ method");
    long st = W(sl)[3] == NONE ? 1 : INTV(py_num(W(sl)[3]));
    if (st == 0)
        return py_raise(py_cls_ValueError, "slice step cannot be zero");
    long bounds[2];
    bounds[0] = st < 0 ? n - 1 : 0; /* a bound of None */
    bounds[1] = st < 0 ? -1 : n;
    for (long k = 0; k < 2; k++) {
        if (W(sl)[1 + k] == NONE)
            continue;
        long x = INTV(py_num(W(sl)[1 + k]));
        if (x < 0) {
            x = x + n;
            if (x < 0)
                x = st < 0 ? -1 : 0;
        } else if (x >= n) {
            x = st < 0 ? n - 1 : n;
        }
        bounds[k] = x;
    }
    long r = py_tuple_new(3);
    W(r)[2] = MKINT(bounds[0]);
    W(r)[3] = MKINT(bounds[1]);
    W(r)[4] = MKINT(st);
    return r;
}

/* Slice bounds as Python computes them (PySlice_AdjustIndices); lo/hi/step are values or None. */
long py_slice(long v, long lo, long hi, long step) {
    long t = py_tag(v);
    if (t == T_INST) /* its __getitem__ with a slice object */
        return py_getitem(v, py_slice_new(lo, hi, step));
    if (t != T_LIST && t != T_TUPLE && t != T_STR && t != T_RANGE)
        return py_type_error2("'", v, "' object is not subscriptable");
    if ((lo != NONE && !py_is_num(lo)) || (hi != NONE && !py_is_num(hi)) || (step != NONE && !py_is_num(step)))
        return py_raise(py_cls_TypeError, "slice indices must be integers or None or have an __index__ method");
    long n = t == T_RANGE ? py_range_len(v) : W(v)[1];
    long st = step == NONE ? 1 : INTV(py_num(step));
    if (st == 0)
        return py_raise(py_cls_ValueError, "slice step cannot be zero");
    long a;
    long b;
    if (st > 0) {
        a = lo == NONE ? 0 : INTV(py_num(lo));
        b = hi == NONE ? n : INTV(py_num(hi));
        if (a < 0)
            a = a + n < 0 ? 0 : a + n;
        if (a > n)
            a = n;
        if (b < 0)
            b = b + n < 0 ? 0 : b + n;
        if (b > n)
            b = n;
    } else {
        a = lo == NONE ? n - 1 : INTV(py_num(lo));
        b = hi == NONE ? -1 : INTV(py_num(hi));
        if (lo != NONE && a < 0)
            a = a + n < 0 ? -1 : a + n;
        if (a >= n)
            a = n - 1;
        if (hi != NONE && b < 0)
            b = b + n < 0 ? -1 : b + n;
        if (b >= n)
            b = n - 1;
    }
    long count = 0;
    if (st > 0 && a < b)
        count = (b - a + st - 1) / st;
    if (st < 0 && a > b)
        count = (a - b - st - 1) / (-st);
    if (t == T_RANGE) {
        /* the range of the items from a up to b, every st-th, as CPython's compute_slice makes it */
        long r = py_alloc(4);
        W(r)[0] = T_RANGE;
        W(r)[1] = W(v)[1] + a * W(v)[3];
        W(r)[2] = W(v)[1] + b * W(v)[3];
        W(r)[3] = W(v)[3] * st;
        return r;
    }
    if (t == T_STR) {
        long r = py_str_new(count);
        for (long k = 0; k < count; k++)
            W(r)[2 + k] = W(v)[2 + a + k * st];
        return r;
    }
    long items = py_items(v);
    if (t == T_LIST) {
        long l = py_new_list(count);
        for (long k = 0; k < count; k++)
            W(W(l)[3])[k] = W(items)[a + k * st];
        W(l)[1] = count;
        return l;
    }
    long r = py_tuple_new(count);
    for (long k = 0; k < count; k++)
        W(r)[2 + k] = W(items)[a + k * st];
    return r;
}

/* ---- the lazy iterators of map, filter, zip, enumerate and reversed: [T_LAZY, kind, a, b, c] ----
 * Each computes one item per next(), as CPython's do, so effects, infinite sources and a second pass
 * over a used iterator behave as there. */

long py_lazy_new(long kind, long a, long b, long c) {
    long it = py_alloc(5);
    W(it)[0] = T_LAZY;
    W(it)[1] = kind;
    W(it)[2] = a;
    W(it)[3] = b;
    W(it)[4] = c;
    return it;
}

long py_next(long it);

/* The next item of a lazy iterator, or STOP. */
long py_lazy_next(long it) {
    long kind = W(it)[1];
    if (kind == LZ_MAP || kind == LZ_ZIP) {
        long its = W(it)[2];
        long n = W(its)[1];
        if (n == 0)
            return STOP;
        long items = py_tuple_new(n);
        for (long k = 0; k < n; k++) {
            long x = py_next(W(its)[2 + k]);
            if (py_exc)
                return 0;
            if (x == STOP)
                return kind == LZ_ZIP && W(it)[4] ? py_zip_strict_end(its, k) : STOP;
            W(items)[2 + k] = x;
        }
        if (kind == LZ_ZIP)
            return items;
        return py_call(W(it)[3], items + 2, n, 0);
    }
    if (kind == LZ_FILTER) {
        long f = W(it)[3];
        while (1) {
            long x = py_next(W(it)[2]);
            if (py_exc || x == STOP)
                return x;
            long keep;
            if (f == NONE) {
                keep = py_truthy(x);
            } else {
                long argv[1];
                argv[0] = x;
                long y = py_call(f, (long)argv, 1, 0);
                if (py_exc)
                    return 0;
                keep = py_truthy(y);
            }
            if (py_exc)
                return 0;
            if (keep)
                return x;
        }
    }
    if (kind == LZ_ENUMERATE) {
        long x = py_next(W(it)[2]);
        if (py_exc || x == STOP)
            return x;
        long pair = py_tuple_new(2);
        W(pair)[2] = W(it)[3];
        W(pair)[3] = x;
        W(it)[3] = py_binop('+', W(it)[3], MKINT(1));
        return pair;
    }
    /* LZ_REVERSED: b is the index of the next item (a tagged int), -1 when done */
    long v = W(it)[2];
    long i = INTV(W(it)[3]);
    long t = py_tag(v);
    long n = t == T_RANGE ? py_range_len(v) : W(v)[1];
    if (i < 0 || i >= n) {
        W(it)[3] = MKINT(-1);
        return STOP;
    }
    W(it)[3] = MKINT(i - 1);
    if (t == T_RANGE)
        return MKINT(W(v)[1] + i * W(v)[3]);
    if (t == T_STR)
        return py_char_str(W(v)[2 + i]);
    return W(py_items(v))[i];
}

/* A lazy iterator's type as a built-in type id (py_builtin): map, filter, zip, enumerate and reversed
 * are the built-ins' own ids (type(map(f, xs)) is map); a reversed list or range has a type of its own
 * in CPython, LAZY_IDS + 1 and + 2. */
long py_lazy_type_id(long it) {
    long kind = W(it)[1];
    if (kind == LZ_MAP)
        return B_map;
    if (kind == LZ_FILTER)
        return B_filter;
    if (kind == LZ_ZIP)
        return B_zip;
    if (kind == LZ_ENUMERATE)
        return B_enumerate;
    long t = py_tag(W(it)[2]);
    if (t == T_LIST)
        return LAZY_IDS + 1;
    if (t == T_RANGE)
        return LAZY_IDS + 2;
    return B_reversed;
}

long py_lazy_type_name(long id) {
    if (id == B_map)
        return py_const_str("map");
    if (id == B_filter)
        return py_const_str("filter");
    if (id == B_zip)
        return py_const_str("zip");
    if (id == B_enumerate)
        return py_const_str("enumerate");
    if (id == LAZY_IDS + 1)
        return py_const_str("list_reverseiterator");
    if (id == LAZY_IDS + 2)
        return py_const_str("range_iterator");
    return py_const_str("reversed");
}

/* ---- iteration: [T_ITER, object, index] over lists, tuples, strings, ranges, dicts and sets ---- */

long py_iter(long v) {
    long t = py_tag(v);
    if (t == T_ITER || t == T_GEN || t == T_LAZY)
        return v;
    long view = 0;
    if (t == T_VIEW) { /* its dict's iterator, giving the view's items (py_next) */
        view = W(v)[1];
        v = W(v)[2];
        t = T_DICT;
    }
    if (t == T_SET)
        py_set_order(v);
    if (t == T_LIST || t == T_TUPLE || t == T_STR || t == T_RANGE || t == T_DICT || t == T_SET) {
        long it = py_alloc(5);
        W(it)[0] = T_ITER;
        W(it)[1] = v;
        W(it)[2] = 0;
        W(it)[3] = W(v)[1]; /* a dict's or a set's size, which must not change while it is iterated */
        W(it)[4] = view;    /* its type's name is the view's (dict_itemiterator), not its list's */
        return it;
    }
    if (t == T_INST) {
        long m = py_lookup(W(v)[1], py_s_iter);
        if (m != UNBOUND) {
            long argv[1];
            argv[0] = v;
            return py_call(m, (long)argv, 1, 0);
        }
        if (py_lookup(W(v)[1], py_s_getitem) != UNBOUND) {
            long it = py_alloc(3);
            W(it)[0] = T_ITER;
            W(it)[1] = v;
            W(it)[2] = 0;
            return it;
        }
    }
    return py_type_error2("'", v, "' object is not iterable");
}

/* The value of the StopIteration an instance's __next__ or send() raised last (StopIteration(7) from a
 * class's __next__ makes `yield from` give 7). */
long py_stop_value;

/* r, what an instance's __next__ or send() returned, or STOP when it raised StopIteration, which is
 * caught and its value kept in py_stop_value. */
long py_caught_stop(long r) {
    if (py_exc && py_is_subclass(W(py_exc)[1], py_cls_StopIteration)) {
        long args = py_exc_args(py_exc);
        py_stop_value = W(args)[1] > 0 ? W(args)[2] : NONE;
        py_exc = 0;
        py_tb_n = 0;
        return STOP;
    }
    return r;
}

/* The next item, or STOP when the iterator is exhausted. */
long py_next(long it) {
    long t = py_tag(it);
    if (t == T_GEN)
        return py_gen_next(it);
    if (t == T_LAZY)
        return py_lazy_next(it);
    if (t == T_INST) {
        long m = py_lookup(W(it)[1], py_s_next);
        if (m == UNBOUND)
            return py_type_error2("'", it, "' object is not an iterator");
        long argv[1];
        argv[0] = it;
        long r = py_call(m, (long)argv, 1, 0);
        return py_caught_stop(r);
    }
    if (t != T_ITER)
        return py_type_error2("'", it, "' object is not an iterator");
    long v = W(it)[1];
    long i = W(it)[2];
    long vt = py_tag(v);
    if (vt == T_RANGE) {
        if (i >= py_range_len(v))
            return STOP;
        W(it)[2] = i + 1;
        return MKINT(W(v)[1] + i * W(v)[3]);
    }
    if (vt == T_INST) {
        long r = py_getitem(v, MKINT(i));
        if (py_exc && py_is_subclass(W(py_exc)[1], py_cls_IndexError)) {
            py_exc = 0;
            py_tb_n = 0; /* the IndexError ended the iteration: its frames are no traceback's */
            return STOP;
        }
        W(it)[2] = i + 1;
        return r;
    }
    if ((vt == T_DICT || vt == T_SET) && W(v)[1] != W(it)[3]) {
        W(it)[3] = -1; /* as CPython's: every later next raises too */
        return py_raise(py_cls_RuntimeError, vt == T_DICT ? "dictionary changed size during iteration"
                                                            : "Set changed size during iteration");
    }
    if (i >= W(v)[1])
        return STOP;
    W(it)[2] = i + 1;
    if (vt == T_STR)
        return py_char_str(W(v)[2 + i]);
    if (vt == T_DICT && W(it)[4] == M_values)
        return W(W(v)[4])[i];
    if (vt == T_DICT && W(it)[4] == M_items) {
        long pair = py_tuple_new(2);
        W(pair)[2] = W(W(v)[3])[i];
        W(pair)[3] = W(W(v)[4])[i];
        return pair;
    }
    if (vt == T_DICT || vt == T_SET)
        return W(W(v)[3])[i];
    return W(py_items(v))[i];
}

/* Unpacking a = ..., a, b = ...: the n values of an iterable into a stack array. */
long py_unpack(long v, long out, long n) {
    long t = py_tag(v);
    if (t == T_LIST || t == T_TUPLE) {
        long len = W(v)[1];
        if (len == n) {
            long items = py_items(v);
            for (long i = 0; i < n; i++)
                W(out)[i] = W(items)[i];
            return NONE;
        }
    }
    long l = py_to_list(v);
    if (py_exc) {
        if (py_is_subclass(W(py_exc)[1], py_cls_TypeError)) {
            py_exc = 0;
            return py_type_error2("cannot unpack non-iterable ", v, " object");
        }
        return 0;
    }
    long len = W(l)[1];
    if (len != n) {
        long b = py_sb_new();
        if (len > n) {
            py_sb_c(b, "too many values to unpack (expected ");
            py_sb_int(b, n);
            py_sb_c(b, ")");
        } else {
            py_sb_c(b, "not enough values to unpack (expected ");
            py_sb_int(b, n);
            py_sb_c(b, ", got ");
            py_sb_int(b, len);
            py_sb_c(b, ")");
        }
        return py_raise_sb(py_cls_ValueError, b);
    }
    for (long i = 0; i < n; i++)
        W(out)[i] = W(W(l)[3])[i];
    return NONE;
}

/* a, *rest, b = ...: before values, a list, after values. */
long py_unpack_star(long v, long out, long before, long after) {
    long l = py_to_list(v);
    if (py_exc)
        return 0;
    long len = W(l)[1];
    if (len < before + after) {
        long b = py_sb_new();
        py_sb_c(b, "not enough values to unpack (expected at least ");
        py_sb_int(b, before + after);
        py_sb_c(b, ", got ");
        py_sb_int(b, len);
        py_sb_c(b, ")");
        return py_raise_sb(py_cls_ValueError, b);
    }
    long items = W(l)[3];
    for (long i = 0; i < before; i++)
        W(out)[i] = W(items)[i];
    long mid = py_new_list(len - before - after);
    for (long i = before; i < len - after; i++)
        py_list_append(mid, W(items)[i]);
    W(out)[before] = mid;
    for (long i = 0; i < after; i++)
        W(out)[before + 1 + i] = W(items)[len - after + i];
    return NONE;
}

/* ---- functions and calls ---- */

/* A function object: [T_FUNC, code, name, nparams, defaults, flags, param names, ncells, cells..., doc];
 * nparams counts the named parameters (keyword-only ones last); flags as py_bind reads them. The
 * docstring (or None) comes after the cells, which the compiled code reads at fixed places from 8. */
long py_func_new(long code, long name, long nparams, long defaults, long flags, long pnames, long ncells, long doc) {
    long f = py_alloc(9 + ncells);
    W(f)[0] = T_FUNC;
    W(f)[1] = code;
    W(f)[2] = name;
    W(f)[3] = nparams;
    W(f)[4] = defaults;
    W(f)[5] = flags;
    W(f)[6] = pnames;
    W(f)[7] = ncells;
    W(f)[8 + ncells] = doc;
    return f;
}

/* The attributes a program sets on its functions (wrapper.calls = 0): a dict from each such function to
 * its __dict__, 0 until the first is set, so a function object has no word for them. */
long py_func_dicts;

/* A function's __dict__, made when first asked for. */
long py_func_attrs(long f) {
    if (py_func_dicts == 0)
        py_func_dicts = py_new_dict();
    long d = py_dict_get(py_func_dicts, f, UNBOUND);
    if (d == UNBOUND) {
        d = py_new_dict();
        py_dict_set(py_func_dicts, f, d);
    }
    return d;
}

long py_cell_new(long v) {
    long c = py_alloc(2);
    W(c)[0] = T_CELL;
    W(c)[1] = v;
    return c;
}

long py_arg_error(long f, char *what, long name) {
    long b = py_sb_new();
    py_sb_str(b, W(f)[2]);
    py_sb_c(b, what);
    if (name != 0) {
        py_sb_str(b, name);
        py_sb_c(b, "'");
    }
    return py_raise_sb(py_cls_TypeError, b);
}

/* The parameters a function takes by position: all its named ones but the keyword-only. */
long py_positional_count(long f) {
    return W(f)[3] - W(f)[5] / 4;
}

/* "f() takes 2 positional arguments but 3 were given", after CPython's binding of the keywords (whose
 * errors come first); kwonly: the keyword-only parameters the call gave, which CPython counts there. */
long py_count_error(long f, long given, long kwonly) {
    long np = py_positional_count(f);
    long defaults = W(f)[4];
    long nd = 0;
    if (defaults != 0)
        for (long i = 0; i < np; i++)
            if (W(defaults)[2 + i] != UNBOUND)
                nd++;
    long b = py_sb_new();
    py_sb_str(b, W(f)[2]);
    py_sb_c(b, "() takes ");
    if (nd > 0) {
        py_sb_c(b, "from ");
        py_sb_int(b, np - nd);
        py_sb_c(b, " to ");
    }
    py_sb_int(b, np);
    py_sb_c(b, " positional argument");
    if (np != 1 || nd > 0)
        py_sb_c(b, "s");
    py_sb_c(b, " but ");
    py_sb_int(b, given);
    if (kwonly > 0) {
        py_sb_c(b, given == 1 ? " positional argument (and " : " positional arguments (and ");
        py_sb_int(b, kwonly);
        py_sb_c(b, kwonly == 1 ? " keyword-only argument)" : " keyword-only arguments)");
    }
    py_sb_c(b, given == 1 && kwonly == 0 ? " was given" : " were given");
    return py_raise_sb(py_cls_TypeError, b);
}

/* "f() missing 2 required positional arguments: 'a' and 'b'" for the parameters in [from, to). */
long py_missing_error(long f, long out, long from, long to, char *kind) {
    long pnames = W(f)[6];
    long missing = 0;
    for (long i = from; i < to; i++)
        if (W(out)[i] == UNBOUND)
            missing++;
    if (missing == 0)
        return 0;
    long b = py_sb_new();
    py_sb_str(b, W(f)[2]);
    py_sb_c(b, "() missing ");
    py_sb_int(b, missing);
    py_sb_c(b, " required ");
    py_sb_c(b, kind);
    py_sb_c(b, " argument");
    if (missing > 1)
        py_sb_c(b, "s");
    py_sb_c(b, ": ");
    long seen = 0;
    for (long i = from; i < to; i++) {
        if (W(out)[i] == UNBOUND) {
            if (seen > 0)
                py_sb_c(b, seen == missing - 1 ? (missing > 2 ? ", and " : " and ") : ", ");
            py_sb_char(b, '\'');
            py_sb_str(b, W(pnames)[2 + i]);
            py_sb_char(b, '\'');
            seen++;
        }
    }
    py_raise_sb(py_cls_TypeError, b);
    return 1;
}

/* A call of the program's own function or method given, among its positional arguments, values the code
 * since a serial mark made that nothing else refers to (a call's, a generator expression's): the caller
 * sets the argument array it passes, which of its words are such values (a bit each) and the mark, and
 * clears py_call_argv when the call returns. A parameter whose every use leaves it the only reference
 * then owns its argument, as CPython's frame does, and drops it when the function returns (py_arg_mark). */
long py_call_argv;
long py_call_temps;
long py_call_mark;

/* The mark under which a function's parameter read from `argv` at the word whose bit is `bit` (2 to the
 * power of its index) owns its value: the caller's, when the call passed that array (or one made of it:
 * py_call_rebind, py_call_moved) with a value nothing else refers to in that word; otherwise a mark above
 * every serial, under which nothing is closed. */
long py_arg_mark(long argv, long bit) {
    if (argv != py_call_argv || (py_call_temps / bit) % 2 == 0)
        return 9223372036854775807; /* above every serial */
    return py_call_mark;
}

/* py_bind made `out` (`np` named parameters) of the array the caller passed, `argc` positional arguments and
 * `nkw` keywords' values: its first `given` words are the same arguments, and a keyword's value went to the
 * parameter that holds it now (the others are defaults or the tuple of *args, which own nothing). */
void py_call_rebind(long out, long np, long argv, long argc, long nkw, long given) {
    long bit = 1;
    for (long i = 0; i < given; i++)
        bit = bit * 2;
    long temps = py_call_temps % bit;
    for (long k = 0; k < nkw; k++) {
        long kbit = bit;
        for (long i = given; i < argc + k; i++)
            kbit = kbit * 2;
        if ((py_call_temps / kbit) % 2 == 0)
            continue;
        long pbit = bit;
        for (long i = given; i < np && i < 60; i++) { /* (the caller marks fewer than 60 words) */
            if (W(out)[i] == W(argv)[argc + k]) {
                temps = temps + pbit;
                break;
            }
            pbit = pbit * 2;
        }
    }
    py_call_argv = out;
    py_call_temps = temps;
}

/* A call passes the arguments of the caller's array on in `to`, one word further on (`up`: a bound
 * method's object put before them) or one word back (its object taken away): their bits go with them. */
void py_call_moved(long to, long up) {
    py_call_argv = to;
    py_call_temps = up ? py_call_temps * 2 : py_call_temps / 2;
}

/* Arguments to parameters when the call is not the plain one: defaults, keywords, *args, **kwargs,
 * keyword-only parameters. flags: 1 *args, 2 **kwargs, 4 times the keyword-only count; defaults: a
 * tuple with a value or UNBOUND for each named parameter (0 when none has one). */
long py_bind(long f, long argv, long argc, long kwn) {
    long np = W(f)[3];
    long flags = W(f)[5];
    long star = flags % 2;
    long kwstar = (flags / 2) % 2;
    long npos = py_positional_count(f);
    long pnames = W(f)[6];
    long defaults = W(f)[4];
    long total = np + star + kwstar;
    long out = py_alloc(total + 1);
    for (long i = 0; i < np; i++)
        W(out)[i] = UNBOUND;
    long given = argc < npos ? argc : npos;
    for (long i = 0; i < given; i++)
        W(out)[i] = W(argv)[i];
    if (star)
        W(out)[np] = py_tuple_from(argv + given, argc - given);
    long kwargs = 0;
    if (kwstar) {
        kwargs = py_new_dict();
        W(out)[total - 1] = kwargs;
    }
    long nkw = kwn == 0 ? 0 : W(kwn)[1];
    for (long k = 0; k < nkw; k++) {
        long name = W(kwn)[2 + k];
        long found = -1;
        for (long i = 0; i < np; i++)
            if (py_str_eq(W(pnames)[2 + i], name))
                found = i;
        if (found < 0) {
            if (kwargs != 0) {
                py_dict_set(kwargs, name, W(argv)[argc + k]);
                continue;
            }
            long b = py_sb_new();
            py_sb_str(b, W(f)[2]);
            py_sb_c(b, "() got an unexpected keyword argument '");
            py_sb_str(b, name);
            py_sb_c(b, "'");
            return py_raise_sb(py_cls_TypeError, b);
        }
        if (W(out)[found] != UNBOUND) {
            long b = py_sb_new();
            py_sb_str(b, W(f)[2]);
            py_sb_c(b, "() got multiple values for argument '");
            py_sb_str(b, name);
            py_sb_c(b, "'");
            return py_raise_sb(py_cls_TypeError, b);
        }
        W(out)[found] = W(argv)[argc + k];
    }
    if (argc > npos && !star) {
        long kwonly = 0;
        for (long i = npos; i < np; i++)
            if (W(out)[i] != UNBOUND)
                kwonly++;
        return py_count_error(f, argc, kwonly);
    }
    if (defaults != 0)
        for (long i = 0; i < np; i++)
            if (W(out)[i] == UNBOUND)
                W(out)[i] = W(defaults)[2 + i];
    if (py_missing_error(f, out, 0, npos, "positional"))
        return 0;
    if (py_missing_error(f, out, npos, np, "keyword-only"))
        return 0;
    if (argv == py_call_argv)
        py_call_rebind(out, np, argv, argc, nkw, given);
    return out;
}

long py_depth; /* the Python functions running: with the module's frame, CPython's limit is 1000 */

/* The __call__ method of an instance's class (a function), or 0. */
/* The __call__ of an instance's class: a function, or a staticmethod or classmethod (T_DESCR), or 0. */
long py_call_method_of(long obj) {
    long m = py_lookup(W(obj)[1], py_s_call);
    return m != UNBOUND && (py_tag(m) == T_FUNC || py_tag(m) == T_DESCR) ? m : 0;
}

long py_call(long f, long argv, long argc, long kwn) {
    long t = py_tag(f);
    if (t == T_FUNC) {
        py_code code = (py_code)W(f)[1];
        if (py_depth >= 999)
            return py_raise(py_cls_RecursionError, "maximum recursion depth exceeded");
        if (kwn != 0 || argc != W(f)[3] || W(f)[5] != 0) {
            argv = py_bind(f, argv, argc, kwn);
            if (py_exc)
                return 0;
        }
        py_depth++;
        long r = code(f, argv);
        py_depth--;
        return r;
    }
    if (t == T_BOUND) {
        long nkw = kwn == 0 ? 0 : W(kwn)[1];
        long args = py_alloc(argc + nkw + 2);
        W(args)[0] = W(f)[2];
        for (long i = 0; i < argc + nkw; i++)
            W(args)[1 + i] = W(argv)[i];
        if (argv == py_call_argv)
            py_call_moved(args, 1);
        return py_call(W(f)[1], args, argc + 1, kwn);
    }
    if (t == T_CLASS && py_instance_code != 0)
        return ((py_code4)py_instance_code)(f, argv, argc, kwn);
    if (t == T_BUILTIN && py_builtin_code != 0)
        return ((py_code4)py_builtin_code)(W(f)[1], argv, argc, kwn);
    if (t == T_BMETH && py_method_code != 0) {
        long nkw = kwn == 0 ? 0 : W(kwn)[1];
        long args = py_alloc(argc + nkw + 2);
        for (long i = 0; i < argc + nkw; i++)
            W(args)[1 + i] = W(argv)[i];
        return ((py_code6)py_method_code)(W(f)[1], W(f)[2], W(f)[3], args, argc, kwn);
    }
    if (t == T_INST && py_call_method_of(f) != 0) { /* obj(...) is obj.__call__(...) */
        long m = py_call_method_of(f);
        if (py_tag(m) == T_DESCR) { /* a staticmethod or classmethod: its own binding */
            m = py_descr_get(m, f, W(f)[1]);
            return py_exc ? 0 : py_call(m, argv, argc, kwn);
        }
        long nkw = kwn == 0 ? 0 : W(kwn)[1];
        long args = py_alloc(argc + nkw + 2);
        W(args)[0] = f;
        for (long i = 0; i < argc + nkw; i++)
            W(args)[1 + i] = W(argv)[i];
        return py_call(py_call_method_of(f), args, argc + 1, kwn);
    }
    return py_type_error2("'", f, "' object is not callable");
}

long py_instantiate(long cls, long argv, long argc, long kwn) {
    long obj = py_new_instance(cls);
    long init = py_lookup(cls, py_s_init);
    long nkw = kwn == 0 ? 0 : W(kwn)[1];
    if (init == UNBOUND) {
        if (py_is_subclass(cls, py_cls_BaseException)) {
            py_dict_set(py_attrs(obj), py_s_args, py_tuple_from(argv, argc));
            return obj;
        }
        if (argc > 0 || nkw > 0) {
            long b = py_sb_new();
            py_sb_str(b, W(cls)[1]);
            py_sb_c(b, "() takes no arguments");
            return py_raise_sb(py_cls_TypeError, b);
        }
        return obj;
    }
    if (py_is_subclass(cls, py_cls_BaseException))
        py_dict_set(py_attrs(obj), py_s_args, py_tuple_from(argv, argc));
    long args = py_alloc(argc + nkw + 2);
    W(args)[0] = obj;
    for (long i = 0; i < argc + nkw; i++)
        W(args)[1 + i] = W(argv)[i];
    if (argv == py_call_argv)
        py_call_moved(args, 1);
    long r = py_call(init, args, argc + 1, kwn);
    if (py_exc)
        return 0;
    if (r != NONE)
        return py_type_error2("__init__() should return None, not '", r, "'");
    return obj;
}

/* The one object for each built-in function or type (so that `type(x) is int` holds): ids below 100 are
 * the B_ ids, 100 + a tag is a type that has no B_ id (NoneType, range, function ...). */
long py_builtin(long id) {
    if (py_builtins[id] != 0)
        return py_builtins[id];
    long b = py_alloc(2);
    W(b)[0] = T_BUILTIN;
    W(b)[1] = id;
    py_builtins[id] = b;
    return b;
}

/* type(x): an instance's class, or the built-in type's object. */
long py_type(long v) {
    long t = py_tag(v);
    if (t == T_INST)
        return W(v)[1];
    long id = 100 + t;
    if (t == T_LAZY)
        id = py_lazy_type_id(v);
    else if (t == T_ITER)
        id = py_iter_type_id(v);
    else if (t == T_VIEW)
        id = py_view_type_id(v);
    else if (t == T_INT)
        id = B_int;
    else if (t == T_STR)
        id = B_str;
    else if (t == T_LIST)
        id = B_list;
    else if (t == T_TUPLE)
        id = B_tuple;
    else if (t == T_DICT)
        id = B_dict;
    else if (t == T_SET)
        id = W(v)[S_FROZEN] ? B_frozenset : B_set;
    else if (t == T_BOOL)
        id = B_bool;
    else if (t == T_FLOAT)
        id = B_float;
    else if (t == T_SLICE)
        id = B_slice;
    else if (t == T_BUILTIN && py_is_type_id(W(v)[1]))
        id = 100 + T_CLASS; /* type(int) is type */
    return py_builtin(id);
}

long py_is_type_id(long id) {
    return (id >= 100 && id < MATH_IDS) || id == B_int || id == B_str || id == B_list || id == B_tuple || id == B_dict ||
           id == B_set || id == B_bool || id == B_float || id == B_slice || id == B_frozenset ||
           (id >= B_zip && id <= B_reversed);
}

long py_builtin_name(long id) {
    if (id > MATH_IDS)
        return py_math_name(id);
    if (id > ITER_IDS)
        return py_iter_type_name(id);
    if (id > LAZY_IDS || (id >= B_zip && id <= B_reversed))
        return py_lazy_type_name(id);
    if (id >= 100)
        return py_tag_name(id - 100);
    if (id == B_len)
        return py_const_str("len");
    if (id == B_str)
        return py_const_str("str");
    if (id == B_int)
        return py_const_str("int");
    if (id == B_abs)
        return py_const_str("abs");
    if (id == B_float)
        return py_const_str("float");
    if (id == B_round)
        return py_const_str("round");
    if (id == B_repr)
        return py_const_str("repr");
    if (id == B_sorted)
        return py_const_str("sorted");
    if (id == B_list)
        return py_const_str("list");
    if (id == B_tuple)
        return py_const_str("tuple");
    if (id == B_set)
        return py_const_str("set");
    if (id == B_sum)
        return py_const_str("sum");
    if (id == B_min)
        return py_const_str("min");
    if (id == B_max)
        return py_const_str("max");
    if (id == B_ord)
        return py_const_str("ord");
    if (id == B_chr)
        return py_const_str("chr");
    if (id == B_bool)
        return py_const_str("bool");
    if (id == B_dict)
        return py_const_str("dict");
    if (id == B_slice)
        return py_const_str("slice");
    if (id == B_frozenset)
        return py_const_str("frozenset");
    if (id == B_pow)
        return py_const_str("pow");
    if (id == B_divmod)
        return py_const_str("divmod");
    if (id == B_hex)
        return py_const_str("hex");
    if (id == B_bin)
        return py_const_str("bin");
    if (id == B_oct)
        return py_const_str("oct");
    if (id == B_getitem)
        return py_const_str("__getitem__");
    if (id == B_contains)
        return py_const_str("__contains__");
    return py_const_str("print");
}

long py_super(long cls, long self) {
    if (self == UNBOUND || cls == UNBOUND)
        return py_raise(py_cls_RuntimeError, "super(): no arguments");
    long s = py_alloc(3);
    W(s)[0] = T_SUPER;
    W(s)[1] = cls;
    W(s)[2] = self;
    return s;
}

long py_attr_error(long obj, long name) {
    long b = py_sb_new();
    if (py_tag(obj) == T_CLASS) {
        py_sb_c(b, "type object '");
        py_sb_str(b, W(obj)[1]);
        py_sb_c(b, "' has no attribute '");
    } else {
        py_sb_c(b, "'");
        py_sb_str(b, py_type_name(obj));
        py_sb_c(b, "' object has no attribute '");
    }
    py_sb_str(b, name);
    py_sb_c(b, "'");
    py_raise_sb(py_cls_AttributeError, b);
    long hint = py_attr_hint(obj, name);
    if (hint != 0)
        py_dict_set(py_attrs(py_exc), py_s_hint, py_const_str((char *)hint));
    return 0;
}

/* The names an uncaught AttributeError's last line may suggest (CPython's nearest in dir(obj)), which the
 * lowering ranks for each attribute name the program writes (attribute_hints in lower.py), or 0 when it
 * has none: entries [name, n, (type name, suggestion) * n, m, (candidate, kind) * m], ended by 0. The
 * suggestion for a built-in type's value is settled at compile time; for an instance or a class it is the
 * first candidate it has: kind 0 a name the program writes, looked for in the instance and its classes;
 * 1 object's own (every instance and class has them); 2 a class statement's (__module__, __weakref__);
 * 3 an exception's. */
long py_attr_hints;

long py_attr_hint(long obj, long name) {
    long h = py_attr_hints;
    if (h == 0)
        return 0;
    long at = 0;
    while (W(h)[at] != 0 && !py_str_eq_c(name, (char *)W(h)[at])) {
        at = at + 2 + 2 * W(h)[at + 1];
        at = at + 1 + 2 * W(h)[at];
    }
    if (W(h)[at] == 0)
        return 0;
    long t = py_tag(obj);
    long pairs = W(h)[at + 1];
    if (t != T_INST && t != T_CLASS) {
        long type = py_type_name(obj);
        for (long i = 0; i < pairs; i++)
            if (py_str_eq_c(type, (char *)W(h)[at + 2 + 2 * i]))
                return W(h)[at + 3 + 2 * i];
        return 0;
    }
    long cls = t == T_INST ? W(obj)[1] : obj;
    at = at + 2 + 2 * pairs;
    for (long i = 0; i < W(h)[at]; i++) {
        long kind = W(h)[at + 2 + 2 * i];
        long found = kind == 1 || (kind == 2 && !BUILTIN_CLASS(cls)) || (kind == 3 && EXC_CLASS(cls));
        if (kind == 0) {
            long s = py_const_str((char *)W(h)[at + 1 + 2 * i]);
            long own = t == T_INST && W(obj)[2] != 0 ? py_dict_get(W(obj)[2], s, UNBOUND) : UNBOUND;
            found = own != UNBOUND || py_lookup(cls, s) != UNBOUND;
        }
        if (found)
            return W(h)[at + 1 + 2 * i];
    }
    return 0;
}

long py_bound_new(long f, long self) {
    long m = py_alloc(3);
    W(m)[0] = T_BOUND;
    W(m)[1] = f;
    W(m)[2] = self;
    return m;
}

long py_has_properties; /* 1 once a class has a property: setting an attribute looks for one first */

long py_descr_new(long kind, long fn, long setter) {
    long d = py_alloc(4);
    W(d)[0] = T_DESCR;
    W(d)[1] = kind;
    W(d)[2] = fn;
    W(d)[3] = setter;
    if (kind == D_PROPERTY)
        py_has_properties = 1;
    return d;
}

/* @name.setter in cls's body: the property name with fn as its setter. */
long py_property_setter(long cls, long name, long fn) {
    long p = py_dict_get(W(cls)[3], name, UNBOUND);
    if (p == UNBOUND || py_tag(p) != T_DESCR || W(p)[1] != D_PROPERTY) {
        long b = py_sb_new();
        py_sb_str(b, name);
        py_sb_c(b, " is not a property of the class");
        return py_raise_sb(py_cls_AttributeError, b);
    }
    return py_descr_new(D_PROPERTY, W(p)[2], fn);
}

/* What a class attribute v gives when read from obj, an instance of cls (UNBOUND: read from cls
 * itself): a staticmethod's function, a classmethod bound to cls, a property's value. */
long py_descr_get(long v, long obj, long cls) {
    if (py_tag(v) != T_DESCR)
        return v;
    long kind = W(v)[1];
    if (kind == D_STATIC)
        return W(v)[2];
    if (kind == D_CLASS)
        return py_bound_new(W(v)[2], cls);
    if (obj == UNBOUND)
        return v;
    long argv[1];
    argv[0] = obj;
    return py_call(W(v)[2], (long)argv, 1, 0);
}

long py_getattr(long obj, long name) {
    long t = py_tag(obj);
    if (t == T_CLASS && name == py_s_doc) /* a class's own docstring, never a base's: None without one */
        return py_dict_get(W(obj)[3], name, NONE);
    if (t == T_CLASS && name == py_s_qualname) /* its own too: a subclass of Stack.Node is not nested */
        return py_class_qualname(obj);
    if (t == T_INST) {
        if (W(obj)[2] != 0) {
            long v = py_dict_get(W(obj)[2], name, UNBOUND);
            if (v != UNBOUND)
                return v;
        }
        if (name == py_s_doc)
            return py_dict_get(W(W(obj)[1])[3], name, NONE);
        long v = py_lookup(W(obj)[1], name);
        if (v != UNBOUND) {
            if (py_tag(v) == T_FUNC)
                return py_bound_new(v, obj);
            return py_descr_get(v, obj, W(obj)[1]);
        }
        if (name == py_s_class)
            return W(obj)[1];
        if (py_str_eq_c(name, "__dict__"))
            return py_attrs(obj); /* the instance's own attributes, the dict itself */
        if (py_is_subclass(W(obj)[1], py_cls_BaseException) && py_str_eq(name, py_s_args))
            return py_exc_args(obj);
        if (py_is_subclass(W(obj)[1], py_cls_BaseException) && py_str_eq_c(name, "__cause__"))
            return NONE; /* none set by 'raise ... from' */
        if (py_is_subclass(W(obj)[1], py_cls_StopIteration) && py_str_eq_c(name, "value")) {
            long args = py_exc_args(obj);
            return W(args)[1] > 0 ? W(args)[2] : NONE;
        }
        if (py_is_subclass(W(obj)[1], py_cls_BaseException) && py_str_eq_c(name, "__context__"))
            return W(obj)[X_CONTEXT];
        if (py_on_demand[OD_SystemExit] != 0 && py_is_subclass(W(obj)[1], py_on_demand[OD_SystemExit])
            && py_str_eq_c(name, "code"))
            return py_system_exit_code(obj);
        if (py_is_subclass(W(obj)[1], py_cls_BaseException) && py_str_eq_c(name, "__suppress_context__"))
            return py_bool(W(obj)[X_SUPPRESS]);
        /* the class's __getattr__, which CPython calls when the usual lookup finds nothing */
        long hook = py_lookup(W(obj)[1], py_str_from("__getattr__"));
        if (hook != UNBOUND && py_tag(hook) == T_FUNC) {
            long argv[2];
            argv[0] = obj;
            argv[1] = name;
            return py_call(hook, (long)argv, 2, 0);
        }
        return py_attr_error(obj, name);
    }
    if (t == T_CLASS) {
        long v = py_lookup(obj, name);
        if (v != UNBOUND)
            return py_descr_get(v, UNBOUND, obj);
        if (name == py_s_name)
            return W(obj)[1];
        return py_special_attr(obj, name);
    }
    if (t == T_SUPER) {
        long v = py_lookup(W(W(obj)[1])[2], name);
        if (v != UNBOUND) {
            if (py_tag(v) == T_FUNC)
                return py_bound_new(v, W(obj)[2]);
            return py_descr_get(v, W(obj)[2], W(W(obj)[2])[1]);
        }
        return py_attr_error(obj, name);
    }
    if (t == T_BOUND && (name == py_s_name || name == py_s_doc))
        return py_getattr(W(obj)[1], name);
    if (t == T_FUNC && name == py_s_doc)
        return W(obj)[8 + W(obj)[7]];
    if (t == T_FUNC && py_func_dicts != 0) {
        long d = py_dict_get(py_func_dicts, obj, UNBOUND);
        long v = d == UNBOUND ? UNBOUND : py_dict_get(d, name, UNBOUND);
        if (v != UNBOUND)
            return v;
    }
    if (t == T_FUNC && py_str_eq_c(name, "__dict__"))
        return py_func_attrs(obj);
    if (t == T_FUNC && name == py_s_name) {
        long q = W(obj)[2]; /* the qualified name (A.m): __name__ is its last part */
        long i = W(q)[1];
        while (i > 0 && W(q)[1 + i] != '.')
            i--;
        return i == 0 ? q : py_substr(q, i, W(q)[1]);
    }
    if (t == T_BUILTIN && name == py_s_name)
        return py_builtin_name(W(obj)[1]);
    if (t == T_SLICE && py_str_eq_c(name, "start"))
        return W(obj)[1];
    if (t == T_SLICE && py_str_eq_c(name, "stop"))
        return W(obj)[2];
    if (t == T_SLICE && py_str_eq_c(name, "step"))
        return W(obj)[3];
    if (t == T_STR || t == T_LIST || t == T_TUPLE || t == T_DICT || t == T_SET || t == T_RANGE)
        return py_special_attr(obj, name);
    if (t == T_INT || t == T_BOOL || t == T_FLOAT)
        return py_number_attr(obj, name);
    return py_attr_error(obj, name);
}

/* A class's __bases__ and __mro__, a built-in container's __len__, __getitem__ and __contains__, or the
 * AttributeError: through py_special_attrs, which the program's start sets only when it writes one of
 * those names (SPECIAL_ATTRIBUTES in lower.py), so no other program links them. */
long py_special_attrs;

long py_special_attr(long obj, long name) {
    if (py_special_attrs == 0)
        return py_attr_error(obj, name);
    return ((py_code)py_special_attrs)(obj, name);
}

long py_special_attr_code(long obj, long name) {
    long t = py_tag(obj);
    long mro = t == T_CLASS && py_str_eq_c(name, "__mro__");
    if (mro || (t == T_CLASS && py_str_eq_c(name, "__bases__"))) {
        /* single inheritance: the bases are the one base (none for object), the order the chain */
        long n = 0;
        for (long c = obj; c != 0 && (mro || n == 0); c = W(c)[2])
            n++;
        long r = py_tuple_new(mro ? n : W(obj)[2] != 0);
        long i = 0;
        for (long c = mro ? obj : W(obj)[2]; c != 0 && i < W(r)[1]; c = W(c)[2])
            W(r)[2 + i++] = c;
        return r;
    }
    /* the container protocol's methods, bound to the container: max(d, key=d.__getitem__) */
    long id = 0;
    if (t != T_CLASS && py_str_eq_c(name, "__len__"))
        id = B_len;
    else if (t != T_CLASS && py_str_eq_c(name, "__contains__"))
        id = B_contains;
    else if (t != T_CLASS && py_str_eq_c(name, "__getitem__") && t != T_SET)
        id = B_getitem;
    if (id != 0)
        return py_bound_new(py_builtin(id), obj);
    return py_attr_error(obj, name);
}

/* obj.name where name is a method of a built-in type: mid is its method id, tags the types that have it
 * (a bit for each); a str, container, number, None or generator of another type has no such attribute
 * ([].add is an AttributeError); a type gives its method to call with the value (str.lower). */
long py_getattr_m(long obj, long name, long mid, long tags) {
    long t = py_tag(obj);
    long value = t <= T_RANGE || t == T_GEN || t == T_FLOAT || t == T_INT || t == T_NONE || t == T_BOOL;
    return py_getattr_mid(obj, name, value ? py_named_method(obj, name, mid, tags) : mid);
}

/* obj.name where name may be a method of obj's built-in type: mid is its method id (0 when none). */
long py_getattr_mid(long obj, long name, long mid) {
    long t = py_tag(obj);
    if (mid != 0 && t != T_INST && t != T_CLASS && t != T_SUPER && t != T_FUNC) {
        long m = py_alloc(4);
        W(m)[0] = T_BMETH;
        W(m)[1] = obj;
        W(m)[2] = name;
        W(m)[3] = mid;
        return m;
    }
    return py_getattr(obj, name);
}

long py_setattr(long obj, long name, long value) {
    long t = py_tag(obj);
    if (t == T_INST) {
        long d = py_has_properties ? py_lookup(W(obj)[1], name) : UNBOUND;
        if (d != UNBOUND && py_tag(d) == T_DESCR && W(d)[1] == D_PROPERTY) {
            /* a property: its setter, if it has one */
            if (W(d)[3] == 0) {
                long b = py_sb_new();
                py_sb_c(b, "property '");
                py_sb_str(b, name);
                py_sb_c(b, "' of '");
                py_sb_str(b, py_type_name(obj));
                py_sb_c(b, "' object has no setter");
                return py_raise_sb(py_cls_AttributeError, b);
            }
            long argv[2];
            argv[0] = obj;
            argv[1] = value;
            py_call(W(d)[3], (long)argv, 2, 0);
            return py_exc ? 0 : NONE;
        }
        if (W(obj)[1] == py_cls_object) /* object() has no __dict__ */
            return py_attr_error(obj, name);
        py_dict_set(py_attrs(obj), name, value);
        return NONE;
    }
    if (t == T_CLASS) {
        py_dict_set(W(obj)[3], name, value);
        return NONE;
    }
    if (t == T_FUNC && name == py_s_doc) {
        W(obj)[8 + W(obj)[7]] = value;
        return NONE;
    }
    if (t == T_FUNC) {
        py_dict_set(py_func_attrs(obj), name, value);
        return NONE;
    }
    long b = py_sb_new();
    if ((t == T_INT || t == T_BOOL || t == T_FLOAT) && py_is_number_attr(t, name)) {
        /* the attribute is the type's descriptor, which has no setter: named by int for a bool */
        py_sb_c(b, "attribute '");
        py_sb_str(b, name);
        py_sb_c(b, "' of '");
        py_sb_c(b, t == T_FLOAT ? "float" : "int");
        py_sb_c(b, "' objects is not writable");
        return py_raise_sb(py_cls_AttributeError, b);
    }
    py_sb_c(b, "'");
    py_sb_str(b, py_type_name(obj));
    py_sb_c(b, "' object has no attribute '");
    py_sb_str(b, name);
    py_sb_c(b, "'");
    if (t == T_INST)
        return 0;
    return py_raise_sb(py_cls_AttributeError, b);
}

long py_isinstance_builtin(long v, long kind) {
    long t = py_tag(v);
    if (kind == T_INT)
        return py_bool(t == T_INT || t == T_BOOL);
    return py_bool(t == kind);
}

long py_isinstance(long v, long cls) {
    long t = py_tag(cls);
    if (t == T_TUPLE) {
        for (long i = 0; i < W(cls)[1]; i++) {
            long r = py_isinstance(v, W(cls)[2 + i]);
            if (py_exc || r == TRUE_)
                return r;
        }
        return FALSE_;
    }
    if (t == T_BUILTIN) {
        long id = W(cls)[1];
        long kind = 0;
        if (id == B_str)
            kind = T_STR;
        else if (id == B_int)
            kind = T_INT;
        else if (id == B_list)
            kind = T_LIST;
        else if (id == B_tuple)
            kind = T_TUPLE;
        else if (id == B_dict)
            kind = T_DICT;
        else if (id == B_set && py_tag(v) == T_SET && W(v)[S_FROZEN])
            return FALSE_;
        else if (id == B_set)
            kind = T_SET;
        else if (id == B_slice)
            kind = T_SLICE;
        else if (id == B_frozenset)
            return py_bool(py_tag(v) == T_SET && W(v)[S_FROZEN]);
        else if (id == B_bool)
            kind = T_BOOL;
        else if (id == B_float)
            kind = T_FLOAT;
        if (kind != 0)
            return py_isinstance_builtin(v, kind);
        if (id >= B_zip && id <= B_reversed)
            return py_bool(py_tag(v) == T_LAZY && py_lazy_type_id(v) == id);
        if (id >= 100) { /* a type only type() names (list_iterator, generator): v's type is it or not */
            long ty = py_type(v);
            return py_bool(py_tag(ty) == T_BUILTIN && W(ty)[1] == id);
        }
    }
    if (t != T_CLASS)
        return py_raise(py_cls_TypeError, "isinstance() arg 2 must be a type, a tuple of types, or a union");
    if (cls == py_cls_object)
        return TRUE_;
    if (py_tag(v) != T_INST)
        return FALSE_;
    return py_bool(py_is_subclass(W(v)[1], cls));
}

/* hash(v): the hash dicts and sets use (for a str, not CPython's, which changes from run to run). */
long py_hash_builtin(long v) {
    if (!py_hashable(v))
        return 0;
    long h = py_hash(v);
    if (py_exc)
        return 0;
    return MKINT(h);
}

long py_issubclass(long cls, long base) {
    if (py_tag(cls) != T_CLASS)
        return py_raise(py_cls_TypeError, "issubclass() arg 1 must be a class");
    if (py_tag(base) == T_TUPLE) {
        for (long i = 0; i < W(base)[1]; i++) {
            long r = py_issubclass(cls, W(base)[2 + i]);
            if (py_exc || r == TRUE_)
                return r;
        }
        return FALSE_;
    }
    if (py_tag(base) == T_BUILTIN && py_is_type_id(W(base)[1]))
        return FALSE_; /* a class here never derives from a built-in type other than object */
    if (py_tag(base) != T_CLASS)
        return py_raise(py_cls_TypeError, "issubclass() arg 2 must be a class, a tuple of classes, or a union");
    return py_bool(base == py_cls_object || py_is_subclass(cls, base));
}

/* getattr(obj, name, default), hasattr(obj, name), setattr(obj, name, value). */
long py_attr_name_ok(long name) {
    if (py_tag(name) == T_STR)
        return 1;
    py_type_error2("attribute name must be string, not '", name, "'");
    return 0;
}

/* For getattr and hasattr of a name the program computes (mid -1): where the entry [name, id, tags] of
 * the method of that name starts in the table the lowering made of them all ([count, entries...]), or 0. */
long py_method_entry(long name, long table) {
    for (long i = 0; i < W(table)[0]; i++)
        if (py_str_eq_c(name, (char *)W(table)[1 + 3 * i]))
            return 1 + 3 * i;
    return 0;
}

/* The id of the built-in method getattr or hasattr finds on obj (mid and tags as they are given: a
 * method the program names, or -1 and the table), or 0 when obj's type has no method of that name (a
 * frozenset none of those that change a set). */
long py_named_method(long obj, long name, long mid, long tags) {
    if (mid < 0) {
        long at = py_method_entry(name, tags);
        mid = at ? W(tags)[at + 1] : 0;
        tags = at ? W(tags)[at + 2] : 0;
    }
    long t = py_tag(obj);
    if (mid == 0 || t >= 31 || (tags / py_pow_raw(2, t)) % 2 == 0)
        return 0;
    if (t == T_SET && W(obj)[S_FROZEN] && py_set_changes(mid))
        return 0;
    return mid;
}

/* obj.name = value where name is a method of a built-in type (mid, tags: as py_getattr_m's): a value of
 * a type that has it cannot take it ("'str' object attribute 'upper' is read-only"), as in CPython. */
long py_setattr_m(long obj, long name, long value, long mid, long tags) {
    long t = py_tag(obj);
    if (t == T_INST || t == T_CLASS || t == T_FUNC || py_named_method(obj, name, mid, tags) == 0)
        return py_setattr(obj, name, value);
    long b = py_sb_new();
    py_sb_c(b, "'");
    py_sb_str(b, py_type_name(obj));
    py_sb_c(b, "' object attribute '");
    py_sb_str(b, name);
    py_sb_c(b, "' is read-only");
    return py_raise_sb(py_cls_AttributeError, b);
}

/* getattr(obj, name, default): mid and tags are the method id and the types' tags (a bit for each) when
 * the program names a method of the built-in types, so getattr("abc", "upper") is the bound method; mid
 * -1 when the program computes the name, tags then the table of every method. */
long py_getattr_builtin(long obj, long name, long dflt, long mid, long tags) {
    if (!py_attr_name_ok(name))
        return 0;
    mid = py_named_method(obj, name, mid, tags);
    if (mid != 0)
        return py_getattr_mid(obj, name, mid);
    long v = py_getattr(obj, name);
    if (py_exc && dflt != UNBOUND && py_is_subclass(W(py_exc)[1], py_cls_AttributeError)) {
        py_exc = 0;
        py_tb_n = 0;
        return dflt;
    }
    return v;
}

/* n.bit_length() (the binary digits of |n|, 0 for 0) or n.bit_count() (the ones among them); a bool is
 * its int. */
long py_int_bits(long v, long length) {
    long n = ISINT(v) ? INTV(v) : v == TRUE_;
    if (n < 0)
        n = -n;
    long count = 0;
    while (n > 0) {
        count = count + (length ? 1 : n % 2);
        n = n / 2;
    }
    return MKINT(count);
}

/* Whether name is one of the numeric tower's attributes a number of tag t has: an int's (a bool's: its
 * int's) real, imag, numerator and denominator, a float's real and imag. */
long py_is_number_attr(long t, long name) {
    if (py_str_eq_c(name, "real") || py_str_eq_c(name, "imag"))
        return 1;
    return t != T_FLOAT && (py_str_eq_c(name, "numerator") || py_str_eq_c(name, "denominator"));
}

/* Such an attribute's value: a float's imag is 0.0, the bit pattern 0, so no float routine is linked. */
long py_number_attr(long obj, long name) {
    long t = py_tag(obj);
    if (!py_is_number_attr(t, name))
        return py_attr_error(obj, name);
    long whole = t == T_FLOAT ? obj : py_num(obj);
    if (py_str_eq_c(name, "imag"))
        return t == T_FLOAT ? py_float_bits(0) : MKINT(0);
    return py_str_eq_c(name, "denominator") ? MKINT(1) : whole;
}

/* x.as_integer_ratio(): the exact fraction in lowest terms, a positive denominator. A float's comes from
 * its bit pattern (no float routine): the significand with its hidden bit, halved while even and the
 * exponent negative; a ratio past the Engine's words (5e-324's denominator, 2**1074) traps as any int. */
long py_integer_ratio(long obj) {
    long r = py_tuple_new(2);
    W(r)[3] = MKINT(1);
    if (py_tag(obj) != T_FLOAT) {
        W(r)[2] = py_num(obj);
        return r;
    }
    long bits = W(obj)[1];
    long negative = bits / TWO52 >= 2048;
    long exp = (bits / TWO52) % 2048;
    long m = bits % TWO52;
    if (exp == 2047)
        return m != 0 ? py_raise(py_cls_ValueError, "cannot convert NaN to integer ratio")
                      : py_raise(py_cls_OverflowError, "cannot convert Infinity to integer ratio");
    long e = exp == 0 ? -1074 : exp - 1075;
    if (exp != 0)
        m = m + TWO52;
    while (m != 0 && m % 2 == 0 && e < 0) {
        m = m / 2;
        e++;
    }
    if (m == 0)
        e = 0;
    if (e >= 0)
        m = m * py_pow_raw(2, e);
    else
        W(r)[3] = MKINT(py_pow_raw(2, -e));
    W(r)[2] = MKINT(negative ? -m : m);
    return r;
}

/* callable(v): a function, a class, a built-in, a bound method, an instance whose class has __call__. */
long py_callable(long v) {
    long t = py_tag(v);
    if (t == T_INST)
        return py_bool(py_call_method_of(v) != 0);
    return py_bool(t == T_FUNC || t == T_CLASS || t == T_BUILTIN || t == T_BOUND || t == T_BMETH);
}

/* id(v): the value's word, which `is` compares, as an int: an object's address (even), an int's odd
 * word 2n+1, so id(a) == id(b) exactly when a is b (the id of an int past 2.5e49, whose word is past
 * the Engine's, stops the run with the overflow trap, as any int past that). */
long py_id(long v) {
    return MKINT(v);
}

long py_hasattr(long obj, long name, long mid, long tags) {
    if (!py_attr_name_ok(name))
        return 0;
    if (py_named_method(obj, name, mid, tags) != 0)
        return TRUE_;
    py_getattr(obj, name);
    if (py_exc && py_is_subclass(W(py_exc)[1], py_cls_AttributeError)) {
        py_exc = 0;
        py_tb_n = 0;
        return FALSE_;
    }
    return py_exc ? 0 : TRUE_;
}

long py_setattr_builtin(long obj, long name, long value) {
    if (!py_attr_name_ok(name))
        return 0;
    return py_setattr(obj, name, value);
}

/* format(v, spec): as an f-string's field {v:spec}. */
long py_format_builtin(long v, long spec) {
    if (spec == UNBOUND)
        return py_format_field(v, 0, 0);
    if (py_tag(spec) != T_STR)
        return py_type_error2("format() argument 2 must be str, not ", spec, "");
    return py_format_field(v, 0, spec);
}

/* ---- built-in functions over iterables ---- */

/* key(x) for sorted/min/max: key is None or a callable. */
long py_key_of(long key, long x) {
    if (key == NONE)
        return x;
    long argv[1];
    argv[0] = x;
    return py_call(key, (long)argv, 1, 0);
}

/* Stable merge sort of a list in place by key, descending when reverse. */
long py_sort(long l, long key, long reverse) {
    long n = W(l)[1];
    long items = W(l)[3];
    long keys = py_alloc(n + 1);
    for (long i = 0; i < n; i++) {
        W(keys)[i] = py_key_of(key, W(items)[i]);
        if (py_exc)
            return 0;
    }
    long tmpk = py_alloc(n + 1);
    long tmpv = py_alloc(n + 1);
    long rev = py_truthy(reverse);
    for (long width = 1; width < n; width = width * 2) {
        for (long lo = 0; lo < n; lo = lo + 2 * width) {
            long mid = lo + width < n ? lo + width : n;
            long hi = lo + 2 * width < n ? lo + 2 * width : n;
            long i = lo;
            long j = mid;
            long k = lo;
            while (i < mid && j < hi) {
                long take_right;
                if (rev)
                    take_right = py_less(W(keys)[i], W(keys)[j], "<");
                else
                    take_right = py_less(W(keys)[j], W(keys)[i], "<");
                if (py_exc)
                    return 0;
                if (take_right) {
                    W(tmpk)[k] = W(keys)[j];
                    W(tmpv)[k] = W(items)[j];
                    j++;
                } else {
                    W(tmpk)[k] = W(keys)[i];
                    W(tmpv)[k] = W(items)[i];
                    i++;
                }
                k++;
            }
            while (i < mid) {
                W(tmpk)[k] = W(keys)[i];
                W(tmpv)[k] = W(items)[i];
                i++;
                k++;
            }
            while (j < hi) {
                W(tmpk)[k] = W(keys)[j];
                W(tmpv)[k] = W(items)[j];
                j++;
                k++;
            }
        }
        for (long m = 0; m < n; m++) {
            W(keys)[m] = W(tmpk)[m];
            W(items)[m] = W(tmpv)[m];
        }
    }
    return NONE;
}

long py_sorted(long v, long key, long reverse) {
    long l = py_to_list(v);
    if (py_exc)
        return 0;
    if (l == v) {
        l = py_concat(v, py_new_list(0));
    }
    py_sort(l, key, reverse);
    if (py_exc)
        return 0;
    return l;
}

/* reversed(seq): a lazy iterator over a list, tuple, str or range by index from the end (a list
 * shrunk meanwhile ends it, as in CPython); a dict's keys, or a view's items, reversed as they are now;
 * an instance by its class's __reversed__, else by its items. */
long py_reversed(long v) {
    long t = py_tag(v);
    if (t == T_DICT || t == T_VIEW) { /* a dict and its views reverse as their order now (3.8) */
        v = t == T_DICT ? py_to_list(v) : py_view_list(v);
        t = T_LIST;
    }
    if (t == T_INST) {
        long own = py_lookup(W(v)[1], py_str_from("__reversed__")); /* the class's own, first */
        if (own != UNBOUND) {
            long argv[1];
            argv[0] = v;
            return py_call(own, (long)argv, 1, 0);
        }
        long l = py_to_list(v);
        if (py_exc)
            return 0;
        v = l;
        t = T_LIST;
    }
    if (t != T_LIST && t != T_TUPLE && t != T_STR && t != T_RANGE)
        return py_type_error2("'", v, "' object is not reversible");
    long n = t == T_RANGE ? py_range_len(v) : W(v)[1];
    return py_lazy_new(LZ_REVERSED, v, MKINT(n - 1), 0);
}

/* sum()'s float stretch as CPython 3.11's: floats added one by one in order, ints converted and added (3.12
 * adds the floats with Neumaier's compensation, so sum([0.1] * 10) is 1.0 there and 0.9999999999999999
 * here and in 3.11); at the first other item (or the end) it stops. Returns the pair (the float so far, the
 * item that ended the stretch or STOP). */
long py_sum_floats(long it, double f) {
    long x;
    while (1) {
        x = py_next(it);
        if (py_exc)
            return 0;
        if (x == STOP)
            break;
        if (py_is_float(x))
            f = f + py_fv(x);
        else if (py_is_num(x))
            f = f + (double)INTV(py_num(x));
        else
            break;
    }
    long pair = py_tuple_new(2);
    W(pair)[2] = py_float_new(f);
    W(pair)[3] = x;
    return pair;
}

long py_sum(long v, long start) {
    if (py_tag(start) == T_STR) /* CPython refuses a str start before it looks at the items */
        return py_raise(py_cls_TypeError, "sum() can't sum strings [use ''.join(seq) instead]");
    long it = py_iter(v);
    if (py_exc)
        return 0;
    long total = start;
    long generic = 0; /* past the floats: CPython adds the rest one by one */
    while (1) {
        if (!generic && py_is_float(total)) {
            total = py_floats('S', it, total);
            generic = 1;
            if (py_exc)
                return 0;
            if (W(total)[0] == T_TUPLE) {
                long x = W(total)[3];
                total = W(total)[2];
                if (x == STOP)
                    break;
                total = py_binop('+', total, x);
                if (py_exc)
                    return 0;
                continue;
            }
        }
        long x = py_next(it);
        if (py_exc)
            return 0;
        if (x == STOP)
            break;
        if (total % 2 != 0 && x % 2 != 0)
            total = total + x - 1;
        else
            total = py_binop('+', total, x);
        if (py_exc)
            return 0;
    }
    return total;
}

/* min/max: argv holds the arguments (one iterable, or several values); best is '<' for min. */
long py_minmax(long argv, long argc, long key, long dflt, long is_max) {
    if (argc > 1 && dflt != UNBOUND)
        return py_raise(py_cls_TypeError, is_max ? "Cannot specify a default for max() with multiple positional arguments"
                                                 : "Cannot specify a default for min() with multiple positional arguments");
    long it;
    if (argc == 1) {
        it = py_iter(W(argv)[0]);
    } else {
        it = py_iter(py_tuple_from(argv, argc));
    }
    if (py_exc)
        return 0;
    long best = STOP;
    long best_key = 0;
    while (1) {
        long x = py_next(it);
        if (py_exc)
            return 0;
        if (x == STOP)
            break;
        long k = py_key_of(key, x);
        if (py_exc)
            return 0;
        if (best == STOP) {
            best = x;
            best_key = k;
            continue;
        }
        /* as CPython's: item > best for max, item < best for min */
        long r = is_max ? py_gt(k, best_key) : py_lt(k, best_key);
        if (py_exc)
            return 0;
        long better = py_truthy(r);
        if (py_exc)
            return 0;
        if (better) {
            best = x;
            best_key = k;
        }
    }
    if (best == STOP) {
        if (dflt != UNBOUND)
            return dflt;
        /* CPython 3.11's words (the CI's reference); 3.12 says "max() iterable argument is empty" */
        return py_raise(py_cls_ValueError, is_max ? "max() arg is an empty sequence" : "min() arg is an empty sequence");
    }
    return best;
}

long py_enumerate(long v, long start) {
    if (!py_is_num(start))
        return py_type_error2("'", start, "' object cannot be interpreted as an integer");
    long it = py_iter(v);
    if (py_exc)
        return 0;
    return py_lazy_new(LZ_ENUMERATE, it, py_num(start), 0);
}

/* The iterators of argv's argc iterables, in a tuple (CPython makes them when zip or map is called). */
long py_iterators(long argv, long argc) {
    long its = py_tuple_new(argc);
    for (long k = 0; k < argc; k++) {
        long it = py_iter(W(argv)[k]);
        if (py_exc)
            return 0;
        W(its)[2 + k] = it;
    }
    return its;
}

/* strict: zip(..., strict=True)'s truth (a Python value), which checks that the iterables end together. */
long py_zip(long argv, long argc, long strict) {
    long its = py_iterators(argv, argc);
    if (py_exc)
        return 0;
    long checks = py_truthy(strict);
    if (py_exc)
        return 0;
    return py_lazy_new(LZ_ZIP, its, 0, checks);
}

/* A strict zip's iterable k (from 0) ended: CPython's ValueError when it is not the first, or when the
 * first ended and another has an item left (bltinmodule.c's zip_next); else the end, STOP. */
long py_zip_strict_end(long its, long k) {
    long n = W(its)[1];
    long longer = 0;
    if (k == 0) {
        for (long j = 1; j < n && !longer; j++) {
            long x = py_next(W(its)[2 + j]);
            if (py_exc)
                return 0;
            if (x != STOP)
                longer = j;
        }
        if (!longer)
            return STOP;
        k = longer;
    }
    long b = py_sb_new();
    py_sb_c(b, "zip() argument ");
    py_sb_int(b, k + 1);
    py_sb_c(b, longer ? " is longer than argument" : " is shorter than argument");
    py_sb_c(b, k == 1 ? " " : "s 1-");
    py_sb_int(b, k);
    return py_raise_sb(py_cls_ValueError, b);
}

long py_map(long f, long argv, long argc) {
    long its = py_iterators(argv, argc);
    if (py_exc)
        return 0;
    return py_lazy_new(LZ_MAP, its, f, 0);
}

long py_filter(long f, long v) {
    long it = py_iter(v);
    if (py_exc)
        return 0;
    return py_lazy_new(LZ_FILTER, it, f, 0);
}

long py_any_all(long v, long want_all) {
    long it = py_iter(v);
    if (py_exc)
        return 0;
    while (1) {
        long x = py_next(it);
        if (py_exc)
            return 0;
        if (x == STOP)
            break;
        long t = py_truthy(x);
        if (py_exc)
            return 0;
        if (want_all && !t)
            return FALSE_;
        if (!want_all && t)
            return TRUE_;
    }
    return py_bool(want_all);
}

long py_abs(long v) {
    if (py_is_num(v)) {
        long x = INTV(py_num(v));
        return MKINT(x < 0 ? -x : x);
    }
    if (py_is_float(v))
        return py_floats('a', v, 0);
    long r = py_inst_op('a', v, UNBOUND, 0);
    if (r != UNBOUND || py_exc)
        return r;
    return py_type_error2("bad operand type for abs(): '", v, "'");
}

/* round(v) and round(v, ndigits) of an int or a float. */
long py_round(long v, long ndigits) {
    if (py_is_float(v))
        return py_float_round(py_fv(v), ndigits);
    if (py_is_num(v) && ndigits == NONE)
        return py_num(v);
    if (py_is_num(v) && py_is_num(ndigits) && INTV(py_num(ndigits)) >= 0)
        return py_num(v);
    if (py_is_num(v) && py_is_num(ndigits)) {
        /* to a multiple of 10**-ndigits, a half to the even multiple, as CPython's long_round */
        long x = INTV(py_num(v));
        long n = INTV(py_num(ndigits));
        if (n <= -50) /* past every int the Engine's words hold */
            return MKINT(0);
        long p = py_pow_raw(10, -n);
        long q = py_floordiv_raw(x, p);
        long r = x - q * p;
        if (2 * r > p || (2 * r == p && q % 2 != 0))
            q = q + 1;
        return MKINT(q * p);
    }
    if (py_is_num(v))
        return py_type_error2("'", ndigits, "' object cannot be interpreted as an integer");
    long own = py_tag(v) == T_INST ? py_lookup(W(v)[1], py_str_from("__round__")) : UNBOUND;
    if (own != UNBOUND) { /* round(x) calls x.__round__(), round(x, n) x.__round__(n) */
        long argv[2];
        argv[0] = v;
        argv[1] = ndigits;
        return py_call(own, (long)argv, ndigits == NONE ? 1 : 2, 0);
    }
    return py_type_error2("type ", v, " doesn't define __round__ method");
}

long py_ord(long v) {
    if (py_tag(v) != T_STR)
        return py_type_error2("ord() expected string of length 1, but ", v, " found");
    if (W(v)[1] != 1) {
        long b = py_sb_new();
        py_sb_c(b, "ord() expected a character, but string of length ");
        py_sb_int(b, W(v)[1]);
        py_sb_c(b, " found");
        return py_raise_sb(py_cls_TypeError, b);
    }
    return MKINT(W(v)[2]);
}

long py_chr(long v) {
    if (!py_is_num(v))
        return py_type_error2("'", v, "' object cannot be interpreted as an integer");
    long c = INTV(py_num(v));
    if (c < 0 || c > 1114111)
        return py_raise(py_cls_ValueError, "chr() arg not in range(0x110000)");
    return py_char_str(c);
}

long py_divmod(long a, long b) {
    if (py_float_pair(a, b) && py_eq_raw(b, MKINT(0)))
        return py_raise(py_cls_ZeroDivisionError, "float divmod()");
    long q = py_binop('F', a, b);
    if (py_exc)
        return 0;
    long r = py_binop('%', a, b);
    long t = py_tuple_new(2);
    W(t)[2] = q;
    W(t)[3] = r;
    return t;
}

long py_pow3(long a, long b, long m) {
    if (m == UNBOUND)
        return py_binop('P', a, b);
    if (!py_is_num(a) || !py_is_num(b) || !py_is_num(m))
        return py_raise(py_cls_TypeError, "pow() 3rd argument not allowed unless all arguments are integers");
    long x = INTV(py_num(a));
    long e = INTV(py_num(b));
    long mod = INTV(py_num(m));
    if (mod == 0)
        return py_raise(py_cls_ValueError, "pow() 3rd argument cannot be 0");
    x = py_mod_raw(x, mod);
    if (e < 0) {
        /* x's inverse modulo mod (extended Euclid), raised to -e, as CPython 3.8 on */
        long a = x;
        long b = mod < 0 ? -mod : mod;
        long u = 1;
        long w = 0;
        while (b != 0) {
            long q = py_floordiv_raw(a, b);
            long t = a - q * b;
            a = b;
            b = t;
            t = u - q * w;
            u = w;
            w = t;
        }
        if (a != 1 && a != -1)
            return py_raise(py_cls_ValueError, "base is not invertible for the given modulus");
        x = py_mod_raw(a == 1 ? u : -u, mod);
        e = -e;
    }
    long r = py_mod_raw(1, mod);
    while (e > 0) {
        if (e % 2 == 1)
            r = py_mod_raw(r * x, mod);
        x = py_mod_raw(x * x, mod);
        e = e / 2;
    }
    return MKINT(r);
}

long py_bin_text(long v, long base) {
    if (!py_is_num(v))
        return py_type_error2("'", v, "' object cannot be interpreted as an integer");
    long x = INTV(py_num(v));
    long b = py_sb_new();
    if (x < 0) {
        py_sb_char(b, '-');
        x = -x;
    }
    py_sb_char(b, '0');
    py_sb_char(b, base == 2 ? 'b' : base == 8 ? 'o' : 'x');
    py_sb_base(b, x, base, 0);
    return py_sb_finish(b);
}

/* Built-in functions called through a value (key=len, map(str, ...)). */
/* The keyword argument of that name among a call's (its value after the argc positional ones), or dflt;
 * *seen counts the ones found. */
long py_kwarg(long argv, long argc, long kwn, char *name, long dflt, long *seen) {
    if (kwn == 0)
        return dflt;
    for (long k = 0; k < W(kwn)[1]; k++)
        if (py_str_eq_c(W(kwn)[2 + k], name)) {
            *seen = *seen + 1;
            return W(argv)[argc + k];
        }
    return dflt;
}

long py_call_builtin(long id, long argv, long argc, long kwn) {
    if (id > MATH_IDS)
        return ((py_code4)py_math_code)(id, argv, argc, kwn);
    if (id == B_zip) {
        long seen = 0;
        long strict = py_kwarg(argv, argc, kwn, "strict", FALSE_, &seen);
        if (kwn != 0 && seen != W(kwn)[1])
            return py_raise(py_cls_TypeError, "zip() takes no keyword arguments but strict");
        return py_zip(argv, argc, strict);
    }
    if (kwn != 0 && id != B_sorted && id != B_min && id != B_max && id != B_print)
        return py_raise(py_cls_TypeError, "this built-in function takes no keyword arguments");
    if (id == B_print) {
        long seen = 0;
        long sep = py_kwarg(argv, argc, kwn, "sep", NONE, &seen);
        long end = py_kwarg(argv, argc, kwn, "end", NONE, &seen);
        if (kwn != 0 && seen != W(kwn)[1])
            return py_raise(py_cls_TypeError, "print() takes only the keyword arguments sep and end here");
        return py_print(argv, argc, sep, end, 0);
    }
    if (id == B_sorted && argc == 1) {
        long seen = 0;
        long key = py_kwarg(argv, argc, kwn, "key", NONE, &seen);
        long reverse = py_kwarg(argv, argc, kwn, "reverse", FALSE_, &seen);
        if (kwn == 0 || seen == W(kwn)[1])
            return py_sorted(W(argv)[0], key, reverse);
    }
    if ((id == B_min || id == B_max) && argc >= 1 && kwn != 0) {
        long seen = 0;
        long key = py_kwarg(argv, argc, kwn, "key", NONE, &seen);
        long dflt = py_kwarg(argv, argc, kwn, "default", UNBOUND, &seen);
        if (seen == W(kwn)[1])
            return py_minmax(argv, argc, key, dflt, id == B_max);
    }
    if (id == B_dict && argc == 0)
        return py_new_dict();
    if (id == B_list && argc == 0)
        return py_new_list(4);
    if (id == B_tuple && argc == 0)
        return py_tuple_new(0);
    if (id == B_set && argc == 0)
        return py_new_set();
    if (id == B_str && argc == 0)
        return py_str_new(0);
    if (id == B_int && argc == 0)
        return MKINT(0);
    if (id == B_float && argc == 0)
        return py_float_new(0.0);
    if (id == B_bool && argc == 0)
        return FALSE_;
    if ((id == B_min || id == B_max) && argc >= 1 && kwn == 0)
        return py_minmax(argv, argc, NONE, UNBOUND, id == B_max);
    if (id == B_round && argc == 2 && kwn == 0)
        return py_round(W(argv)[0], W(argv)[1]);
    if (id == B_map && argc >= 2)
        return py_map(W(argv)[0], argv + 1, argc - 1);
    if (id == B_filter && argc == 2)
        return py_filter(W(argv)[0], W(argv)[1]);
    if (id == B_enumerate && (argc == 1 || argc == 2))
        return py_enumerate(W(argv)[0], argc == 2 ? W(argv)[1] : MKINT(0));
    if (id == B_map || id == B_filter || id == B_enumerate)
        return py_raise(py_cls_TypeError, "wrong number of arguments for a built-in function called as a value");
    if (id == B_frozenset) {
        if (!py_arg_count("frozenset", argc, 0, 1))
            return 0;
        return py_frozenset(argc == 0 ? UNBOUND : W(argv)[0]);
    }
    if (id == B_slice) {
        if (!py_arg_count("slice", argc, 1, 3))
            return 0;
        if (argc == 1)
            return py_slice_new(NONE, W(argv)[0], NONE);
        return py_slice_new(W(argv)[0], W(argv)[1], argc == 3 ? W(argv)[2] : NONE);
    }
    if (id >= B_pow && id <= B_contains)
        return ((py_code4)py_more_builtins)(id, argv, argc, kwn);
    if (argc != 1 || kwn != 0)
        return py_raise(py_cls_TypeError, "wrong number of arguments for a built-in function called as a value");
    long v = W(argv)[0];
    if (id == B_len)
        return py_len(v);
    if (id == B_str)
        return py_str(v);
    if (id == B_int)
        return py_int(v, UNBOUND);
    if (id == B_abs)
        return py_abs(v);
    if (id == B_float)
        return py_float_of(v);
    if (id == B_round)
        return py_round(v, NONE);
    if (id == B_repr)
        return py_repr(v);
    if (id == B_sorted)
        return py_sorted(v, NONE, FALSE_);
    if (id == B_reversed)
        return py_reversed(v);
    if (id == B_list)
        return py_to_list(v);
    if (id == B_tuple)
        return py_to_tuple(v);
    if (id == B_set)
        return py_to_set(v);
    if (id == B_sum)
        return py_sum(v, MKINT(0));
    if (id == B_ord)
        return py_ord(v);
    if (id == B_chr)
        return py_chr(v);
    if (id == B_bool) {
        long t = py_truthy(v);
        if (py_exc)
            return 0;
        return py_bool(t);
    }
    return py_raise(py_cls_TypeError, "this built-in function cannot be called as a value");
}

/* pow, divmod, hex, bin and oct called as values, and a built-in container's bound __getitem__ and
 * __contains__: through py_more_builtins, which the program's start sets only when it uses one of them so
 * (the lowering's feature py_more_builtins), so no other program links their code. */
long py_more_builtins_code(long id, long argv, long argc, long kwn) {
    if (kwn != 0)
        return py_raise(py_cls_TypeError, "this built-in function takes no keyword arguments");
    if (id == B_pow) {
        if (!py_arg_count("pow", argc, 2, 3))
            return 0;
        return py_pow3(W(argv)[0], W(argv)[1], argc == 3 ? W(argv)[2] : UNBOUND);
    }
    if (id == B_hex || id == B_bin || id == B_oct) {
        if (!py_arg_count(id == B_hex ? "hex" : id == B_bin ? "bin" : "oct", argc, 1, 1))
            return 0;
        return py_bin_text(W(argv)[0], id == B_hex ? 16 : id == B_bin ? 2 : 8);
    }
    /* divmod, or a container's method with the container first, as its bound method passes it */
    if (!py_arg_count(id == B_divmod ? "divmod" : id == B_getitem ? "__getitem__" : "__contains__", argc, 2, 2))
        return 0;
    if (id == B_divmod)
        return py_divmod(W(argv)[0], W(argv)[1]);
    if (id == B_getitem)
        return py_getitem(W(argv)[0], W(argv)[1]);
    return py_contains(W(argv)[0], W(argv)[1]);
}

/* ---- methods of the built-in types ---- */

/* The length of a C string. */
long py_c_len(char *s) {
    long n = 0;
    while (s[n] != 0)
        n++;
    return n;
}

/* Whether argc arguments are from lo to hi; else the TypeError, in CPython's words for the method `name`
 * (a name ending in "()", as "split()", is one whose words are "takes at most 2 arguments (3 given)"). */
long py_arg_count(char *name, long argc, long lo, long hi) {
    if (argc >= lo && argc <= hi)
        return 1;
    long b = py_sb_new();
    py_sb_c(b, name);
    if (lo == hi) {
        if (lo == 0) {
            py_sb_c(b, "() takes no arguments (");
            py_sb_int(b, argc);
            py_sb_c(b, " given)");
        } else if (lo == 1) {
            py_sb_c(b, "() takes exactly one argument (");
            py_sb_int(b, argc);
            py_sb_c(b, " given)");
        } else {
            py_sb_c(b, " expected ");
            py_sb_int(b, lo);
            py_sb_c(b, " arguments, got ");
            py_sb_int(b, argc);
        }
    } else if (name[py_c_len(name) - 1] == ')') { /* "split()": the style of the methods that take keywords */
        long bound = argc < lo ? lo : hi;
        py_sb_c(b, argc < lo ? " takes at least " : " takes at most ");
        py_sb_int(b, bound);
        py_sb_c(b, bound == 1 ? " argument (" : " arguments (");
        py_sb_int(b, argc);
        py_sb_c(b, " given)");
    } else if (argc < lo) {
        py_sb_c(b, " expected at least ");
        py_sb_int(b, lo);
        py_sb_c(b, " argument");
        if (lo > 1)
            py_sb_c(b, "s");
        py_sb_c(b, ", got ");
        py_sb_int(b, argc);
    } else {
        py_sb_c(b, " expected at most ");
        py_sb_int(b, hi);
        py_sb_c(b, " argument");
        if (hi > 1)
            py_sb_c(b, "s");
        py_sb_c(b, ", got ");
        py_sb_int(b, argc);
    }
    py_raise_sb(py_cls_TypeError, b);
    return 0;
}

/* CPython's white space (str.isspace, split, strip): ASCII's, the separators 0x1C to 0x1F, NEL, the
 * no-break spaces and Unicode's space separators. */
long py_is_space(long c) {
    if (c < 128)
        return c == ' ' || (c >= 9 && c <= 13) || (c >= 0x1C && c <= 0x1F);
    return c == 0x85 || c == 0xA0 || c == 0x1680 || (c >= 0x2000 && c <= 0x200A) || c == 0x2028 ||
           c == 0x2029 || c == 0x202F || c == 0x205F || c == 0x3000;
}

/* The value of c as a decimal digit of one of the common sets (ASCII's, Arabic-Indic, extended
 * Arabic-Indic, Devanagari, full-width), or -1. */
long py_decimal_value(long c) {
    long zeros[5] = {'0', 0x660, 0x6F0, 0x966, 0xFF10};
    for (long k = 0; k < 5; k++)
        if (c >= zeros[k] && c <= zeros[k] + 9)
            return c - zeros[k];
    return -1;
}

/* What kind of digit c is, as CPython's Unicode data says, for the common digit sets: 3 a decimal digit,
 * 2 a digit that is not decimal (superscripts and subscripts), 1 numeric only (the vulgar fractions), 0
 * none. */
long py_digit_kind(long c) {
    if (py_decimal_value(c) >= 0)
        return 3;
    if (c < 0xB2)
        return 0;
    if (c == 0xB2 || c == 0xB3 || c == 0xB9 || c == 0x2070 || (c >= 0x2074 && c <= 0x2079) ||
        (c >= 0x2080 && c <= 0x2089))
        return 2;
    if ((c >= 0xBC && c <= 0xBE) || (c >= 0x2150 && c <= 0x215F) || c == 0x2189)
        return 1;
    return 0;
}

/* 1 when sub occurs in s at i (which leaves room for it). */
long py_str_at(long s, long sub, long i) {
    for (long k = 0; k < W(sub)[1]; k++)
        if (W(s)[2 + i + k] != W(sub)[2 + k])
            return 0;
    return 1;
}

long py_str_find(long s, long sub, long from) {
    long n = W(s)[1];
    long m = W(sub)[1];
    if (m == 0)
        return from <= n ? from : -1;
    long first = W(sub)[2];
    for (long i = from; i + m <= n; i++)
        if (W(s)[2 + i] == first && py_str_at(s, sub, i))
            return i;
    return -1;
}

long py_strip(long s, long chars, long left, long right) {
    long n = W(s)[1];
    long a = 0;
    long b = n;
    while (left && a < b) {
        long c = W(s)[2 + a];
        long strip = chars == NONE ? py_is_space(c) : 0;
        if (chars != NONE)
            for (long k = 0; k < W(chars)[1]; k++)
                if (W(chars)[2 + k] == c)
                    strip = 1;
        if (!strip)
            break;
        a++;
    }
    while (right && b > a) {
        long c = W(s)[1 + b];
        long strip = chars == NONE ? py_is_space(c) : 0;
        if (chars != NONE)
            for (long k = 0; k < W(chars)[1]; k++)
                if (W(chars)[2 + k] == c)
                    strip = 1;
        if (!strip)
            break;
        b--;
    }
    return py_substr(s, a, b);
}

long py_split(long s, long sep, long maxsplit) {
    long r = py_new_list(4);
    long n = W(s)[1];
    long limit = maxsplit == UNBOUND ? -1 : INTV(py_num(maxsplit));
    if (sep == NONE || sep == UNBOUND) {
        long i = 0;
        while (1) {
            while (i < n && py_is_space(W(s)[2 + i]))
                i++;
            if (i >= n)
                break;
            if (limit == 0) {
                long e = n;
                while (e > i && py_is_space(W(s)[1 + e]))
                    e--;
                py_list_append(r, py_substr(s, i, e));
                break;
            }
            long j = i;
            while (j < n && !py_is_space(W(s)[2 + j]))
                j++;
            py_list_append(r, py_substr(s, i, j));
            if (limit > 0)
                limit--;
            i = j;
        }
        return r;
    }
    if (py_tag(sep) != T_STR)
        return py_type_error2("must be str or None, not ", sep, "");
    if (W(sep)[1] == 0)
        return py_raise(py_cls_ValueError, "empty separator");
    long i = 0;
    while (1) {
        long j = limit == 0 ? -1 : py_str_find(s, sep, i);
        if (j < 0) {
            py_list_append(r, py_substr(s, i, n));
            break;
        }
        py_list_append(r, py_substr(s, i, j));
        i = j + W(sep)[1];
        if (limit > 0)
            limit--;
    }
    return r;
}

long py_join(long sep, long v) {
    long l = py_to_list(v);
    if (py_exc)
        return 0;
    long b = py_sb_new();
    for (long i = 0; i < W(l)[1]; i++) {
        long x = W(W(l)[3])[i];
        if (py_tag(x) != T_STR) {
            long e = py_sb_new();
            py_sb_c(e, "sequence item ");
            py_sb_int(e, i);
            py_sb_c(e, ": expected str instance, ");
            py_sb_str(e, py_type_name(x));
            py_sb_c(e, " found");
            return py_raise_sb(py_cls_TypeError, e);
        }
        if (i > 0)
            py_sb_str(b, sep);
        py_sb_str(b, x);
    }
    return py_sb_finish(b);
}

/* s.replace(old, new, count): count UNBOUND or negative for every occurrence. */
long py_replace(long s, long old, long new, long count) {
    if (py_tag(old) != T_STR || py_tag(new) != T_STR)
        return py_raise(py_cls_TypeError, "replace() argument must be str");
    long limit = count == UNBOUND ? -1 : INTV(py_num(count));
    if (py_exc)
        return 0;
    long b = py_sb_new();
    long n = W(s)[1];
    long i = 0;
    if (W(old)[1] == 0) {
        if (limit != 0)
            py_sb_str(b, new);
        for (long k = 0; k < n; k++) {
            py_sb_char(b, W(s)[2 + k]);
            if (limit < 0 || k + 1 < limit)
                py_sb_str(b, new);
        }
        return py_sb_finish(b);
    }
    while (i < n) {
        long j = limit == 0 ? -1 : py_str_find(s, old, i);
        if (limit > 0)
            limit--;
        if (j < 0) {
            for (long k = i; k < n; k++)
                py_sb_char(b, W(s)[2 + k]);
            break;
        }
        for (long k = i; k < j; k++)
            py_sb_char(b, W(s)[2 + k]);
        py_sb_str(b, new);
        i = j + W(old)[1];
    }
    return py_sb_finish(b);
}

/* The case mappings the runtime knows: ASCII, Latin-1, Latin Extended-A, Latin Extended-B's pairs and its
 * digraphs (Ǆ ǅ ǆ: upper, title and lower case), the basic Greek and Cyrillic letters, each CPython's;
 * past them a character has no case here. A character whose mapping is two characters (ß upper, İ lower)
 * is left to the callers, or as it is. */

/* Latin Extended-B's case pairs: c's partner's offset (-1 or +1) when upper (or lower, when `lower`) is
 * the other case, else 0; the digraphs ǄǅǆǇǈǉǊǋǌǱǲǳ are py_digraph's. */
long py_latin_b(long c, long lower) {
    long even_upper = (c >= 0x1DE && c <= 0x1EF) || (c >= 0x1F4 && c <= 0x1F5) || (c >= 0x1F8 && c <= 0x21F) ||
                      (c >= 0x222 && c <= 0x233) || (c >= 0x246 && c <= 0x24F);
    long odd_upper = c >= 0x1CD && c <= 0x1DC;
    if (!even_upper && !odd_upper)
        return 0;
    long is_upper = (c % 2 == 0) == even_upper;
    if (lower)
        return is_upper ? 1 : 0;
    return is_upper ? 0 : -1;
}

/* A digraph of Latin Extended-B in its case: 0 upper, 1 title, 2 lower (Ǆ ǅ ǆ); the first of its three
 * is returned in *first. -1 for any other character. */
long py_digraph(long c, long *first) {
    if (c >= 0x1C4 && c <= 0x1CC) {
        *first = 0x1C4 + 3 * ((c - 0x1C4) / 3);
        return c - *first;
    }
    if (c >= 0x1F1 && c <= 0x1F3) {
        *first = 0x1F1;
        return c - 0x1F1;
    }
    return -1;
}

long py_upper1(long c) {
    if (c >= 'a' && c <= 'z')
        return c - 32;
    if (c < 0xB5)
        return c;
    if (c == 0xB5)
        return 0x39C;
    if (c >= 0xE0 && c <= 0xFE && c != 0xF7)
        return c - 32;
    if (c == 0xFF)
        return 0x178;
    if (c == 0x131)
        return 'I';
    if (c == 0x17F)
        return 'S';
    if ((c >= 0x100 && c <= 0x12F) || (c >= 0x132 && c <= 0x137) || (c >= 0x14A && c <= 0x177))
        return c % 2 == 1 ? c - 1 : c;
    if ((c >= 0x139 && c <= 0x148) || (c >= 0x179 && c <= 0x17E))
        return c % 2 == 0 ? c - 1 : c;
    if (c >= 0x3B1 && c <= 0x3CB)
        return c == 0x3C2 ? 0x3A3 : c - 32;
    if (c == 0x3AC)
        return 0x386;
    if (c >= 0x3AD && c <= 0x3AF)
        return c - 37;
    if (c == 0x3CC)
        return 0x38C;
    if (c == 0x3CD || c == 0x3CE)
        return c - 63;
    if (c >= 0x430 && c <= 0x44F)
        return c - 32;
    if (c >= 0x450 && c <= 0x45F)
        return c - 80;
    long first;
    if (py_digraph(c, &first) >= 0)
        return first;
    return c + py_latin_b(c, 0);
}

long py_lower1(long c) {
    if (c >= 'A' && c <= 'Z')
        return c + 32;
    if (c < 0xC0)
        return c;
    if (c <= 0xDE && c != 0xD7)
        return c + 32;
    if (c == 0x178)
        return 0xFF;
    if ((c >= 0x100 && c <= 0x12F) || (c >= 0x132 && c <= 0x137) || (c >= 0x14A && c <= 0x177))
        return c % 2 == 0 ? c + 1 : c;
    if ((c >= 0x139 && c <= 0x148) || (c >= 0x179 && c <= 0x17E))
        return c % 2 == 1 ? c + 1 : c;
    if (c >= 0x391 && c <= 0x3AB && c != 0x3A2)
        return c + 32;
    if (c == 0x386)
        return 0x3AC;
    if (c >= 0x388 && c <= 0x38A)
        return c + 37;
    if (c == 0x38C)
        return 0x3CC;
    if (c == 0x38E || c == 0x38F)
        return c + 63;
    if (c >= 0x410 && c <= 0x42F)
        return c + 32;
    if (c >= 0x400 && c <= 0x40F)
        return c + 80;
    long first;
    if (py_digraph(c, &first) >= 0)
        return first + 2;
    return c + py_latin_b(c, 1);
}

/* 1 for a lower-case letter, 2 for an upper-case one (cased letters, as CPython's islower and isupper
 * see them), 4 for a title-case one (ǅ, cased but neither), 0 for anything else. */
long py_letter(long c) {
    if (c < 128)
        return c >= 'a' && c <= 'z' ? 1 : c >= 'A' && c <= 'Z' ? 2 : 0;
    long first;
    if (py_digraph(c, &first) == 1)
        return 4;
    if (py_upper1(c) != c || c == 0xDF || c == 0x138 || c == 0x149 || c == 0xAA || c == 0xBA || c == 0x390 ||
        c == 0x3B0)
        return 1;
    if (py_lower1(c) != c || c == 0x130)
        return 2;
    return 0;
}

/* c upper-cased (title-cased when title) into the builder: ß, ŉ, ΐ and ΰ become two or three characters. */
void py_sb_upper(long b, long c, long title) {
    if (c == 0xDF) {
        py_sb_char(b, 'S');
        py_sb_char(b, title ? 's' : 'S');
    } else if (c == 0x149) {
        py_sb_char(b, 0x2BC);
        py_sb_char(b, 'N');
    } else if (c == 0x390 || c == 0x3B0) {
        py_sb_char(b, c == 0x390 ? 0x399 : 0x3A5);
        py_sb_char(b, 0x308);
        py_sb_char(b, 0x301);
    } else {
        long first;
        long d = py_digraph(c, &first);
        py_sb_char(b, title && d >= 0 ? first + 1 : py_upper1(c));
    }
}

/* c lower-cased into the builder (İ becomes i and a combining dot; Σ is the caller's). */
void py_sb_lower(long b, long c) {
    if (c == 0x130) {
        py_sb_char(b, 'i');
        py_sb_char(b, 0x307);
    } else {
        py_sb_char(b, py_lower1(c));
    }
}

/* s.casefold(): lower case, then CPython's full folding of the characters whose fold differs: ß ss, ŉ ʼn,
 * ſ s, µ μ, ς σ, ΐ and ΰ their three characters; Σ is σ wherever it stands. */
long py_casefold(long s) {
    long b = py_sb_new();
    for (long i = 0; i < W(s)[1]; i++) {
        long c = py_lower1(W(s)[2 + i]);
        if (c == 0xDF || c == 0x149 || c == 0x390 || c == 0x3B0) {
            /* the characters of its upper case, each lower-cased: ss, ʼn, ΐ and ΰ decomposed */
            long u = py_sb_new();
            py_sb_upper(u, c, 0);
            u = py_sb_finish(u);
            for (long k = 0; k < W(u)[1]; k++)
                py_sb_char(b, py_lower1(W(u)[2 + k]));
        } else if (c == 0x130) {
            py_sb_lower(b, c);
        } else {
            py_sb_char(b, c == 0x17F ? 's' : c == 0xB5 ? 0x3BC : c == 0x3C2 || c == 0x3A3 ? 0x3C3 : c);
        }
    }
    return py_sb_finish(b);
}

/* Σ at i of s lower-cased: ς after a cased letter and before none, else σ (CPython's final sigma). */
long py_lower_sigma(long s, long i) {
    long before = i > 0 && py_letter(W(s)[1 + i]) > 0;
    long after = i + 1 < W(s)[1] && py_letter(W(s)[3 + i]) > 0;
    return before && !after ? 0x3C2 : 0x3C3;
}

/* upper, lower, title, capitalize (mode U L T C): ß upper is SS, and a capital sigma lower is a final
 * sigma after a cased letter and before none, as CPython's. */
long py_case(long s, long mode) {
    long n = W(s)[1];
    long b = py_sb_new();
    long start = 1;
    for (long i = 0; i < n; i++) {
        long c = W(s)[2 + i];
        long upper = mode == 'U' || ((mode == 'T' || mode == 'C') && start);
        if (mode == 'C' && i > 0)
            upper = 0;
        long cased = py_letter(c) != 0;
        if (upper)
            py_sb_upper(b, c, mode != 'U');
        else if (c == 0x3A3)
            py_sb_char(b, py_lower_sigma(s, i));
        else
            py_sb_lower(b, c);
        start = !cased;
    }
    return py_sb_finish(b);
}

long py_str_test(long s, long kind) {
    long n = W(s)[1];
    if (n == 0)
        return FALSE_;
    long cased = 0;
    for (long i = 0; i < n; i++) {
        long c = W(s)[2 + i];
        long digit = py_digit_kind(c);
        long letter = py_letter(c);
        long lower = letter == 1;
        long upper = letter == 2;
        long title = letter == 4;
        if ((kind == M_isdigit && digit < 2) || (kind == M_isdecimal && digit < 3) ||
            (kind == M_isnumeric && digit == 0))
            return FALSE_;
        if (kind == M_isalpha && !letter)
            return FALSE_;
        if (kind == M_isalnum && !letter && !digit)
            return FALSE_;
        if (kind == M_isspace && !py_is_space(c))
            return FALSE_;
        if (kind == M_isupper && (lower || title))
            return FALSE_;
        if (kind == M_islower && (upper || title))
            return FALSE_;
        if (lower || upper)
            cased = 1;
    }
    if ((kind == M_isupper || kind == M_islower) && !cased)
        return FALSE_;
    return TRUE_;
}

/* s.isidentifier(): a letter or '_', then letters, '_' and decimal digits (the letters and digits the
 * runtime knows: see py_letter and py_digit_kind); a keyword is an identifier too. */
long py_isidentifier(long s) {
    long n = W(s)[1];
    if (n == 0)
        return FALSE_;
    for (long i = 0; i < n; i++) {
        long c = W(s)[2 + i];
        if (c != '_' && py_letter(c) == 0 && (i == 0 || py_digit_kind(c) != 3))
            return FALSE_;
    }
    return TRUE_;
}

long py_starts_ends(long s, long fix, long ends) {
    if (py_tag(fix) == T_TUPLE) {
        for (long i = 0; i < W(fix)[1]; i++) {
            long r = py_starts_ends(s, W(fix)[2 + i], ends);
            if (r == TRUE_ || py_exc)
                return r;
        }
        return FALSE_;
    }
    if (py_tag(fix) != T_STR)
        return py_type_error2(ends ? "endswith first arg must be str or a tuple of str, not " :
                              "startswith first arg must be str or a tuple of str, not ", fix, "");
    long n = W(s)[1];
    long m = W(fix)[1];
    if (m > n)
        return FALSE_;
    long off = ends ? n - m : 0;
    for (long i = 0; i < m; i++)
        if (W(s)[2 + off + i] != W(fix)[2 + i])
            return FALSE_;
    return TRUE_;
}

long py_list_reverse_items(long l) {
    long n = W(l)[1];
    for (long i = 0; i < n / 2; i++) {
        long t = W(W(l)[3])[i];
        W(W(l)[3])[i] = W(W(l)[3])[n - 1 - i];
        W(W(l)[3])[n - 1 - i] = t;
    }
    return NONE;
}

/* A start or end argument of find and its kind, as a slice's bound: None is the default. */
long py_str_bound(long v, long n, long dflt) {
    if (v == UNBOUND || v == NONE)
        return dflt;
    long i = INTV(py_num(v));
    if (i < 0)
        i = i + n < 0 ? 0 : i + n;
    return i > n ? n : i;
}

/* The last occurrence of sub in s[from:to] at or after from, or -1. */
long py_str_rfind(long s, long sub, long from, long to) {
    for (long i = to - W(sub)[1]; i >= from; i--)
        if (py_str_at(s, sub, i))
            return i;
    return -1;
}

/* s.center, s.ljust and s.rjust (mode 'c', 'l', 'r'): CPython puts center's odd space on the right
 * unless the width and the margin are both odd. */
long py_str_pad(long s, long width, long fill, long mode) {
    if (!ISINT(width) && py_tag(width) != T_BOOL)
        return py_type_error2("'", width, "' object cannot be interpreted as an integer");
    long c = ' ';
    if (fill != UNBOUND) {
        if (py_tag(fill) != T_STR || W(fill)[1] != 1)
            return py_raise(py_cls_TypeError, "The fill character must be exactly one character long");
        c = W(fill)[2];
    }
    long w = INTV(py_num(width));
    long n = W(s)[1];
    if (w <= n)
        return s;
    long marg = w - n;
    long left = mode == 'l' ? 0 : mode == 'r' ? marg : marg / 2 + (marg % 2 != 0 && w % 2 != 0 ? 1 : 0);
    long b = py_sb_new();
    for (long k = 0; k < left; k++)
        py_sb_char(b, c);
    py_sb_str(b, s);
    for (long k = 0; k < marg - left; k++)
        py_sb_char(b, c);
    return py_sb_finish(b);
}

long py_is_line_break(long c) {
    return c == '\n' || c == '\r' || c == 11 || c == 12 || c == 28 || c == 29 || c == 30 || c == 133 ||
           c == 8232 || c == 8233;
}

long py_splitlines(long s, long keepends) {
    long r = py_new_list(4);
    long n = W(s)[1];
    long i = 0;
    while (i < n) {
        long j = i;
        while (j < n && !py_is_line_break(W(s)[2 + j]))
            j++;
        long e = j;
        if (j < n) {
            e = j + 1;
            if (W(s)[2 + j] == '\r' && j + 1 < n && W(s)[3 + j] == '\n')
                e = j + 2;
        }
        py_list_append(r, py_substr(s, i, keepends ? e : j));
        i = e;
    }
    return r;
}

/* s.rsplit(sep, maxsplit): split from the right. */
long py_rsplit(long s, long sep, long maxsplit) {
    long limit = maxsplit == UNBOUND ? -1 : INTV(py_num(maxsplit));
    if (limit < 0)
        return py_split(s, sep, UNBOUND);
    long r = py_new_list(4);
    long n = W(s)[1];
    long j = n;
    if (sep == NONE || sep == UNBOUND) {
        while (1) {
            while (j > 0 && py_is_space(W(s)[1 + j]))
                j--;
            if (j <= 0)
                break;
            if (limit == 0) {
                py_list_append(r, py_substr(s, 0, j)); /* the rest keeps its leading white space */
                break;
            }
            long i = j;
            while (i > 0 && !py_is_space(W(s)[1 + i]))
                i--;
            py_list_append(r, py_substr(s, i, j));
            limit--;
            j = i;
        }
    } else {
        if (py_tag(sep) != T_STR)
            return py_type_error2("must be str or None, not ", sep, "");
        if (W(sep)[1] == 0)
            return py_raise(py_cls_ValueError, "empty separator");
        while (1) {
            long i = limit == 0 ? -1 : py_str_rfind(s, sep, 0, j);
            if (i < 0) {
                py_list_append(r, py_substr(s, 0, j));
                break;
            }
            py_list_append(r, py_substr(s, i + W(sep)[1], j));
            j = i;
            limit--;
        }
    }
    py_list_reverse_items(r);
    return r;
}

/* s.partition(sep) and s.rpartition(sep): a 3-tuple. */
long py_partition(long s, long sep, long from_right) {
    if (py_tag(sep) != T_STR)
        return py_type_error2("must be str, not ", sep, "");
    if (W(sep)[1] == 0)
        return py_raise(py_cls_ValueError, "empty separator");
    long n = W(s)[1];
    long i = from_right ? py_str_rfind(s, sep, 0, n) : py_str_find(s, sep, 0);
    long t = py_tuple_new(3);
    if (i < 0) {
        W(t)[2] = from_right ? py_str_new(0) : s;
        W(t)[3] = py_str_new(0);
        W(t)[4] = from_right ? s : py_str_new(0);
        return t;
    }
    W(t)[2] = py_substr(s, 0, i);
    W(t)[3] = sep;
    W(t)[4] = py_substr(s, i + W(sep)[1], n);
    return t;
}

long py_expandtabs(long s, long tabsize) {
    long size = tabsize == UNBOUND ? 8 : INTV(py_num(tabsize));
    long b = py_sb_new();
    long col = 0;
    for (long i = 0; i < W(s)[1]; i++) {
        long c = W(s)[2 + i];
        if (c == '\t') {
            if (size > 0) {
                long k = size - col % size;
                for (long j = 0; j < k; j++)
                    py_sb_char(b, ' ');
                col = col + k;
            }
        } else {
            py_sb_char(b, c);
            col = c == '\n' || c == '\r' ? 0 : col + 1;
        }
    }
    return py_sb_finish(b);
}

/* The ASCII letters' cases swapped; s.istitle(). */
long py_swapcase(long s) {
    long n = W(s)[1];
    long b = py_sb_new();
    for (long i = 0; i < n; i++) {
        long c = W(s)[2 + i];
        long kind = py_letter(c);
        if (c == 0x3A3)
            py_sb_char(b, py_lower_sigma(s, i));
        else if (kind == 1)
            py_sb_upper(b, c, 0);
        else if (kind == 2)
            py_sb_lower(b, c);
        else
            py_sb_char(b, c);
    }
    return py_sb_finish(b);
}

long py_istitle(long s) {
    long cased = 0;
    long prev = 0; /* the previous character is cased */
    for (long i = 0; i < W(s)[1]; i++) {
        long c = W(s)[2 + i];
        long upper = py_letter(c) >= 2; /* upper or title case */
        long lower = py_letter(c) == 1;
        if (upper && prev)
            return FALSE_;
        if (lower && !prev)
            return FALSE_;
        if (upper || lower)
            cased = 1;
        prev = upper || lower;
    }
    return py_bool(cased);
}

/* str.maketrans(dict), (from, to) or (from, to, deleted): the table str.translate reads, keyed by code
 * points, as CPython's. */
long py_str_maketrans(long argv, long argc) {
    if (!py_arg_count("maketrans", argc, 1, 3))
        return 0;
    long d = py_new_dict();
    long a0 = W(argv)[0];
    if (argc == 1) {
        if (py_tag(a0) != T_DICT)
            return py_raise(py_cls_TypeError, "if you give only one argument to maketrans it must be a dict");
        for (long i = 0; i < W(a0)[1]; i++) {
            long k = W(W(a0)[3])[i];
            if (py_tag(k) == T_STR) {
                if (W(k)[1] != 1)
                    return py_raise(py_cls_ValueError, "string keys in translate table must be of length 1");
                k = MKINT(W(k)[2]);
            } else if (py_tag(k) != T_INT) {
                return py_raise(py_cls_TypeError, "keys in translate table must be strings or integers");
            }
            py_dict_set(d, k, W(W(a0)[4])[i]);
        }
        return d;
    }
    for (long i = 0; i < argc; i++)
        if (py_tag(W(argv)[i]) != T_STR) {
            long b = py_sb_new();
            py_sb_c(b, "maketrans() argument ");
            py_sb_int(b, i + 1);
            py_sb_c(b, " must be str, not ");
            py_sb_str(b, py_type_name(W(argv)[i]));
            return py_raise_sb(py_cls_TypeError, b);
        }
    long to = W(argv)[1];
    if (W(a0)[1] != W(to)[1])
        return py_raise(py_cls_ValueError, "the first two maketrans arguments must have equal length");
    for (long i = 0; i < W(a0)[1]; i++)
        py_dict_set(d, MKINT(W(a0)[2 + i]), MKINT(W(to)[2 + i]));
    if (argc == 3) {
        long gone = W(argv)[2];
        for (long i = 0; i < W(gone)[1]; i++)
            py_dict_set(d, MKINT(W(gone)[2 + i]), NONE);
    }
    return d;
}

/* s.translate(table): each character's code point looked up in the table (a dict, or anything with
 * __getitem__): missing (a LookupError) keeps it, None deletes it, an int or a str replaces it. */
long py_str_translate(long s, long table) {
    long b = py_sb_new();
    for (long i = 0; i < W(s)[1]; i++) {
        long c = W(s)[2 + i];
        long v;
        if (py_tag(table) == T_DICT) {
            long j = py_dict_find(table, MKINT(c));
            v = j < 0 ? UNBOUND : W(W(table)[4])[j];
        } else {
            v = py_getitem(table, MKINT(c));
            if (py_exc && py_is_subclass(W(py_exc)[1], py_cls_LookupError)) {
                py_exc = 0;
                v = UNBOUND;
            }
            if (py_exc)
                return 0;
        }
        if (v == UNBOUND) {
            py_sb_char(b, c);
        } else if (py_tag(v) == T_INT) {
            long n = INTV(v);
            if (n < 0 || n >= 1114112)
                return py_raise(py_cls_ValueError, "character mapping must be in range(0x110000)");
            py_sb_char(b, n);
        } else if (py_tag(v) == T_STR) {
            py_sb_str(b, v);
        } else if (v != NONE) {
            return py_raise(py_cls_TypeError, "character mapping must return integer, None or str");
        }
    }
    return py_sb_finish(b);
}

long py_str_method(long s, long mid, long name, long argv, long argc, long kwn) {
    long a0 = argc > 0 ? W(argv)[0] : UNBOUND;
    long a1 = argc > 1 ? W(argv)[1] : UNBOUND;
    long a2 = argc > 2 ? W(argv)[2] : UNBOUND;
    if (mid == M_format)
        return py_str_format(s, argv, argc, kwn);
    if (kwn != 0 && (mid == M_split || mid == M_rsplit || mid == M_splitlines)) {
        /* split(sep=..., maxsplit=...), splitlines(keepends=...) */
        long seen = 0;
        if (mid == M_splitlines) {
            a0 = argc > 0 ? a0 : py_kwarg(argv, argc, kwn, "keepends", UNBOUND, &seen);
        } else {
            a0 = argc > 0 ? a0 : py_kwarg(argv, argc, kwn, "sep", UNBOUND, &seen);
            a1 = argc > 1 ? a1 : py_kwarg(argv, argc, kwn, "maxsplit", UNBOUND, &seen);
        }
        for (long k = 0; seen != W(kwn)[1] && k < W(kwn)[1]; k++) {
            long kw = W(kwn)[2 + k];
            if (mid == M_splitlines ? !py_str_eq_c(kw, "keepends")
                                    : !py_str_eq_c(kw, "sep") && !py_str_eq_c(kw, "maxsplit")) {
                long b = py_sb_new();
                py_sb_str_repr(b, kw);
                py_sb_c(b, " is an invalid keyword argument for ");
                py_sb_str(b, name);
                py_sb_c(b, "()");
                return py_raise_sb(py_cls_TypeError, b);
            }
        }
        if (seen != W(kwn)[1])
            return py_raise(py_cls_TypeError, "an argument given by position and by keyword");
        if (mid == M_splitlines)
            return py_splitlines(s, a0 != UNBOUND && py_truthy(a0));
        return mid == M_split ? py_split(s, a0, a1) : py_rsplit(s, a0, a1);
    }
    if (kwn != 0)
        return py_raise(py_cls_TypeError, "this str method takes no keyword arguments");
    if (mid == M_split) {
        if (!py_arg_count("split()", argc, 0, 2))
            return 0;
        return py_split(s, a0, a1);
    }
    if (mid == M_join) {
        if (!py_arg_count("str.join", argc, 1, 1))
            return 0;
        return py_join(s, a0);
    }
    if (mid == M_strip || mid == M_lstrip || mid == M_rstrip) {
        if (!py_arg_count("strip", argc, 0, 1))
            return 0;
        return py_strip(s, argc == 0 ? NONE : a0, mid != M_rstrip, mid != M_lstrip);
    }
    if (mid == M_upper)
        return py_case(s, 'U');
    if (mid == M_lower)
        return py_case(s, 'L');
    if (mid == M_title)
        return py_case(s, 'T');
    if (mid == M_capitalize)
        return py_case(s, 'C');
    if (mid == M_replace) {
        if (!py_arg_count("replace", argc, 2, 3))
            return 0;
        return py_replace(s, a0, a1, a2);
    }
    if (mid == M_startswith || mid == M_endswith) {
        if (!py_arg_count(mid == M_startswith ? "startswith()" : "endswith()", argc, 1, 3))
            return 0;
        if (argc > 1) {
            long n = W(s)[1];
            long from = py_str_bound(a1, n, 0);
            long to = py_str_bound(a2, n, n);
            if (py_exc)
                return 0;
            if (from > to) /* CPython: no match, even of an empty string */
                return py_tag(a0) == T_STR || py_tag(a0) == T_TUPLE ? FALSE_ : py_starts_ends(s, a0, 0);
            s = py_substr(s, from, to);
        }
        return py_starts_ends(s, a0, mid == M_endswith);
    }
    if (mid == M_find || mid == M_index || mid == M_count || mid == M_rfind || mid == M_rindex) {
        if (!py_arg_count(mid == M_find    ? "find()"
                          : mid == M_index ? "index()"
                          : mid == M_rfind ? "rfind()"
                          : mid == M_rindex ? "rindex()"
                                           : "count()",
                          argc, 1, 3))
            return 0;
        if (py_tag(a0) != T_STR)
            return py_type_error2("must be str, not ", a0, "");
        long n = W(s)[1];
        long from = py_str_bound(a1, n, 0);
        long to = py_str_bound(a2, n, n);
        if (py_exc)
            return 0;
        long m = W(a0)[1];
        if (mid == M_count) {
            long c = 0;
            long i = from;
            if (m == 0)
                return MKINT(from > to ? 0 : to - from + 1);
            while (1) {
                long j = py_str_find(s, a0, i);
                if (j < 0 || j + m > to)
                    break;
                c++;
                i = j + m;
            }
            return MKINT(c);
        }
        long j = -1;
        if (from <= to) {
            if (mid == M_rfind || mid == M_rindex) {
                j = py_str_rfind(s, a0, from, to);
            } else {
                j = py_str_find(s, a0, from);
                if (j + m > to)
                    j = -1;
            }
        }
        if (j < 0 && (mid == M_index || mid == M_rindex))
            return py_raise(py_cls_ValueError, "substring not found");
        return MKINT(j);
    }
    if (mid == M_center || mid == M_ljust || mid == M_rjust) {
        if (!py_arg_count(mid == M_center ? "center" : mid == M_ljust ? "ljust" : "rjust", argc, 1, 2))
            return 0;
        return py_str_pad(s, a0, a1, mid == M_center ? 'c' : mid == M_ljust ? 'l' : 'r');
    }
    if (mid == M_splitlines) {
        if (!py_arg_count("splitlines()", argc, 0, 1))
            return 0;
        return py_splitlines(s, argc > 0 && py_truthy(a0));
    }
    if (mid == M_rsplit) {
        if (!py_arg_count("rsplit()", argc, 0, 2))
            return 0;
        return py_rsplit(s, a0, a1);
    }
    if (mid == M_partition || mid == M_rpartition) {
        if (!py_arg_count(mid == M_partition ? "str.partition" : "str.rpartition", argc, 1, 1))
            return 0;
        return py_partition(s, a0, mid == M_rpartition);
    }
    if (mid == M_swapcase)
        return py_swapcase(s);
    if (mid == M_casefold)
        return py_casefold(s);
    if (mid == M_isnumeric || mid == M_isdecimal)
        return py_str_test(s, mid);
    if (mid == M_isascii) { /* True for "" too */
        for (long i = 0; i < W(s)[1]; i++)
            if (W(s)[2 + i] >= 128)
                return FALSE_;
        return TRUE_;
    }
    if (mid == M_istitle)
        return py_istitle(s);
    if (mid == M_isidentifier)
        return py_arg_count("isidentifier", argc, 0, 0) ? py_isidentifier(s) : 0;
    if (mid == M_removeprefix || mid == M_removesuffix) {
        if (!py_arg_count(mid == M_removeprefix ? "str.removeprefix" : "str.removesuffix", argc, 1, 1))
            return 0;
        long r = py_starts_ends(s, a0, mid == M_removesuffix);
        if (py_exc)
            return 0;
        if (r != TRUE_)
            return s;
        return mid == M_removeprefix ? py_substr(s, W(a0)[1], W(s)[1]) : py_substr(s, 0, W(s)[1] - W(a0)[1]);
    }
    if (mid == M_expandtabs) {
        if (!py_arg_count("expandtabs()", argc, 0, 1))
            return 0;
        return py_expandtabs(s, a0);
    }
    if (mid == M_translate) {
        if (!py_arg_count("str.translate", argc, 1, 1))
            return 0;
        return py_str_translate(s, a0);
    }
    if (mid == M_maketrans)
        return kwn != 0 ? py_raise(py_cls_TypeError, "maketrans() takes no keyword arguments")
                        : py_str_maketrans(argv, argc);
    if (mid == M_isdigit || mid == M_isalpha || mid == M_isalnum || mid == M_isspace || mid == M_isupper ||
        mid == M_islower)
        return py_str_test(s, mid);
    if (mid == M_zfill) {
        if (!py_arg_count("str.zfill", argc, 1, 1))
            return 0;
        long width = INTV(py_num(a0));
        long n = W(s)[1];
        if (width <= n)
            return s;
        long b = py_sb_new();
        long i = 0;
        if (n > 0 && (W(s)[2] == '-' || W(s)[2] == '+')) {
            py_sb_char(b, W(s)[2]);
            i = 1;
        }
        for (long k = 0; k < width - n; k++)
            py_sb_char(b, '0');
        for (; i < n; i++)
            py_sb_char(b, W(s)[2 + i]);
        return py_sb_finish(b);
    }
    return py_attr_error(s, name);
}

long py_list_method(long l, long mid, long name, long argv, long argc, long kwn) {
    long a0 = argc > 0 ? W(argv)[0] : UNBOUND;
    long a1 = argc > 1 ? W(argv)[1] : UNBOUND;
    long n = W(l)[1];
    if (mid == M_sort) {
        long key = NONE;
        long reverse = FALSE_;
        if (argc != 0)
            return py_raise(py_cls_TypeError, "sort() takes no positional arguments");
        if (kwn != 0) {
            for (long k = 0; k < W(kwn)[1]; k++) {
                if (py_str_eq_c(W(kwn)[2 + k], "key"))
                    key = W(argv)[k];
                else if (py_str_eq_c(W(kwn)[2 + k], "reverse"))
                    reverse = W(argv)[k];
                else
                    return py_raise(py_cls_TypeError, "sort() got an unexpected keyword argument");
            }
        }
        return py_sort(l, key, reverse);
    }
    if (kwn != 0)
        return py_raise(py_cls_TypeError, "this list method takes no keyword arguments");
    if (mid == M_append) {
        if (!py_arg_count("list.append", argc, 1, 1))
            return 0;
        return py_list_append(l, a0);
    }
    if (mid == M_pop) {
        if (!py_arg_count("pop", argc, 0, 1))
            return 0;
        if (n == 0)
            return py_raise(py_cls_IndexError, "pop from empty list");
        long i = n - 1;
        if (argc == 1) {
            if (!py_is_num(a0))
                return py_type_error2("'", a0, "' object cannot be interpreted as an integer");
            i = INTV(py_num(a0));
            if (i < 0)
                i = i + n;
            if (i < 0 || i >= n)
                return py_raise(py_cls_IndexError, "pop index out of range");
        }
        long v = W(W(l)[3])[i];
        for (long j = i; j + 1 < n; j++)
            W(W(l)[3])[j] = W(W(l)[3])[j + 1];
        W(l)[1] = n - 1;
        return v;
    }
    if (mid == M_insert) {
        if (!py_arg_count("insert", argc, 2, 2))
            return 0;
        if (!py_is_num(a0))
            return py_type_error2("'", a0, "' object cannot be interpreted as an integer");
        long i = INTV(py_num(a0));
        if (i < 0)
            i = i + n;
        if (i < 0)
            i = 0;
        if (i > n)
            i = n;
        py_list_append(l, NONE);
        for (long j = n; j > i; j--)
            W(W(l)[3])[j] = W(W(l)[3])[j - 1];
        W(W(l)[3])[i] = a1;
        return NONE;
    }
    if (mid == M_index || mid == M_remove || mid == M_count) {
        if (!py_arg_count(mid == M_index ? "index" : mid == M_remove ? "list.remove" : "list.count", argc, 1,
                          mid == M_index ? 3 : 1))
            return 0;
        long c = 0;
        long from = mid == M_index ? py_str_bound(a1, n, 0) : 0; /* index(x, start, end) */
        long to = mid == M_index ? py_str_bound(argc > 2 ? W(argv)[2] : UNBOUND, n, n) : n;
        if (py_exc)
            return 0;
        for (long i = from; i < to; i++) {
            long e = py_eq_raw(W(W(l)[3])[i], a0);
            if (py_exc)
                return 0;
            if (e && mid == M_index)
                return MKINT(i);
            if (e && mid == M_remove) {
                for (long j = i; j + 1 < n; j++)
                    W(W(l)[3])[j] = W(W(l)[3])[j + 1];
                W(l)[1] = n - 1;
                return NONE;
            }
            if (e)
                c++;
        }
        if (mid == M_count)
            return MKINT(c);
        if (mid == M_remove)
            return py_raise(py_cls_ValueError, "list.remove(x): x not in list");
        long b = py_sb_new();
        long r = py_repr(a0);
        if (py_exc)
            return 0;
        py_sb_str(b, r);
        py_sb_c(b, " is not in list");
        return py_raise_sb(py_cls_ValueError, b);
    }
    if (mid == M_reverse)
        return py_list_reverse_items(l);
    if (mid == M_extend) {
        if (!py_arg_count("list.extend", argc, 1, 1))
            return 0;
        long other = py_to_list(a0);
        if (py_exc)
            return 0;
        for (long i = 0; i < W(other)[1]; i++)
            py_list_append(l, W(W(other)[3])[i]);
        return NONE;
    }
    if (mid == M_copy)
        return py_to_list(l) == l ? 0 : py_concat(l, py_new_list(0));
    if (mid == M_clear) {
        W(l)[1] = 0;
        return NONE;
    }
    return py_attr_error(l, name);
}

long py_to_dict(long v);

/* dict.fromkeys(keys, value): a new dict. */
long py_dict_fromkeys(long keys, long value) {
    long l = py_to_list(keys);
    if (py_exc)
        return 0;
    long d = py_new_dict();
    for (long i = 0; i < W(l)[1]; i++) {
        if (!py_hashable(W(W(l)[3])[i]))
            return 0;
        py_dict_set(d, W(W(l)[3])[i], value == UNBOUND ? NONE : value);
    }
    return d;
}

long py_dict_method(long d, long mid, long name, long argv, long argc, long kwn) {
    long a0 = argc > 0 ? W(argv)[0] : UNBOUND;
    long a1 = argc > 1 ? W(argv)[1] : UNBOUND;
    if (kwn != 0 && mid == M_update) {
        /* d.update(other, key=value, ...): the other's items, then the keywords' */
        if (argc > 0 && py_dict_method(d, mid, name, argv, argc, 0) != NONE)
            return 0;
        for (long k = 0; k < W(kwn)[1]; k++)
            py_dict_set(d, W(kwn)[2 + k], W(argv)[argc + k]);
        return NONE;
    }
    if (kwn != 0)
        return py_raise(py_cls_TypeError, "this dict method takes no keyword arguments");
    long n = W(d)[1];
    if (mid == M_fromkeys) {
        if (!py_arg_count("fromkeys", argc, 1, 2))
            return 0;
        return py_dict_fromkeys(a0, a1);
    }
    if (mid == M_popitem) {
        if (!py_arg_count("popitem", argc, 0, 0))
            return 0;
        if (n == 0)
            return py_raise(py_cls_KeyError, "popitem(): dictionary is empty");
        long t = py_tuple_new(2);
        W(t)[2] = W(W(d)[3])[n - 1];
        W(t)[3] = W(W(d)[4])[n - 1];
        py_dict_remove_at(d, n - 1);
        return t;
    }
    if (mid == M_get || mid == M_setdefault) {
        if (!py_arg_count(mid == M_get ? "get" : "setdefault", argc, 1, 2))
            return 0;
        if (!py_hashable(a0))
            return 0;
        long dflt = argc > 1 ? a1 : NONE;
        long i = py_dict_find(d, a0);
        if (i >= 0)
            return W(W(d)[4])[i];
        if (mid == M_setdefault)
            py_dict_set(d, a0, dflt);
        return dflt;
    }
    if (mid == M_items || mid == M_keys || mid == M_values) {
        long view = py_alloc(3);
        W(view)[0] = T_VIEW;
        W(view)[1] = mid;
        W(view)[2] = d;
        return view;
    }
    if (mid == M_pop) {
        if (!py_arg_count("pop", argc, 1, 2))
            return 0;
        long i = py_dict_find(d, a0);
        if (i < 0) {
            if (argc > 1)
                return a1;
            return py_raise_value(py_cls_KeyError, a0);
        }
        long v = W(W(d)[4])[i];
        py_dict_remove_at(d, i);
        return v;
    }
    if (mid == M_update) {
        if (!py_arg_count("update", argc, 0, 1))
            return 0;
        if (argc == 0)
            return NONE;
        long other = py_tag(a0) == T_DICT ? a0 : py_to_dict(a0); /* a dict, or an iterable of pairs */
        if (py_exc)
            return 0;
        for (long i = 0; i < W(other)[1]; i++)
            py_dict_set(d, W(W(other)[3])[i], W(W(other)[4])[i]);
        return NONE;
    }
    if (mid == M_copy) {
        long c = py_new_dict();
        for (long i = 0; i < n; i++)
            py_dict_set(c, W(W(d)[3])[i], W(W(d)[4])[i]);
        return c;
    }
    if (mid == M_clear) {
        W(d)[1] = 0;
        return py_index_build(d);
    }
    return py_attr_error(d, name);
}

/* {**other} in a dict display: other's items set into d, in their order; CPython's TypeError for a value
   that is no dict (a class of the program's own with keys() and __getitem__ is not taken for one here). */
long py_dict_merge(long d, long other) {
    if (py_tag(other) != T_DICT)
        return py_type_error2("'", other, "' object is not a mapping");
    for (long i = 0; i < W(other)[1]; i++)
        py_dict_set(d, W(W(other)[3])[i], W(W(other)[4])[i]);
    return NONE;
}

long py_set_method_of(long s, long mid, long name, long argv, long argc, long kwn);

/* The set methods that change the set, which a frozenset has not. */
long py_set_changes(long mid) {
    return mid == M_add || mid == M_remove || mid == M_discard || mid == M_pop || mid == M_update || mid == M_clear ||
           mid == M_intersection_update || mid == M_difference_update || mid == M_symmetric_difference_update;
}

/* A set's methods; a frozenset has those that do not change it (copy is itself), and the sets they
 * make are frozen. */
long py_set_method(long s, long mid, long name, long argv, long argc, long kwn) {
    if (!W(s)[S_FROZEN])
        return py_set_method_of(s, mid, name, argv, argc, kwn);
    if (py_set_changes(mid))
        return py_attr_error(s, name);
    if (mid == M_copy && argc == 0 && kwn == 0)
        return s;
    long r = py_set_method_of(s, mid, name, argv, argc, kwn);
    if (r != 0 && py_tag(r) == T_SET)
        W(r)[S_FROZEN] = 1;
    return r;
}

long py_set_method_of(long s, long mid, long name, long argv, long argc, long kwn) {
    long a0 = argc > 0 ? W(argv)[0] : UNBOUND;
    if (kwn != 0)
        return py_raise(py_cls_TypeError, "this set method takes no keyword arguments");
    if (mid == M_add) {
        if (!py_arg_count("set.add", argc, 1, 1))
            return 0;
        return py_set_add(s, a0);
    }
    if (mid == M_remove || mid == M_discard) {
        if (!py_arg_count(mid == M_remove ? "set.remove" : "set.discard", argc, 1, 1))
            return 0;
        if (!py_hashable(a0))
            return 0;
        if (!py_set_discard(s, a0) && mid == M_remove)
            return py_raise_value(py_cls_KeyError, a0);
        return NONE;
    }
    if (mid == M_pop) {
        if (W(s)[1] == 0)
            return py_raise(py_cls_KeyError, "pop from an empty set");
        return py_set_pop(s);
    }
    if (mid == M_update) {
        for (long i = 0; i < argc; i++) {
            py_set_update(s, W(argv)[i]);
            if (py_exc)
                return 0;
        }
        return NONE;
    }
    if (mid == M_copy)
        return py_set_copy(s);
    if (mid == M_clear)
        return py_set_clear(s);
    if (mid == M_union) {
        long r = py_set_copy(py_set_order(s));
        for (long i = 0; i < argc; i++) {
            if (W(argv)[i] != s)
                py_set_update(r, W(argv)[i]);
            if (py_exc)
                return 0;
        }
        return r;
    }
    if (mid == M_intersection || mid == M_difference) {
        long r = py_set_copy(py_set_order(s));
        for (long i = 0; i < argc; i++) {
            long o = W(argv)[i];
            if (py_tag(o) != T_SET)
                o = py_to_set(o);
            if (py_exc)
                return 0;
            r = py_set_op(mid == M_intersection ? '&' : '-', r, o);
        }
        return r;
    }
    if (mid == M_symmetric_difference || mid == M_issubset || mid == M_issuperset || mid == M_isdisjoint ||
        mid == M_intersection_update || mid == M_difference_update || mid == M_symmetric_difference_update) {
        if (!py_arg_count(mid == M_symmetric_difference ? "set.symmetric_difference"
                          : mid == M_issubset           ? "set.issubset"
                          : mid == M_issuperset         ? "set.issuperset"
                          : mid == M_isdisjoint         ? "set.isdisjoint"
                                                        : "set update",
                          argc, 1, 1))
            return 0;
        long o = a0;
        if (py_tag(o) != T_SET)
            o = py_to_set(o);
        if (py_exc)
            return 0;
        if (mid == M_symmetric_difference)
            return py_set_op('^', s, o);
        if (mid == M_issubset)
            return py_bool(py_set_subset(s, o));
        if (mid == M_issuperset)
            return py_bool(py_set_subset(o, s));
        if (mid == M_isdisjoint) {
            for (long i = 0; i < W(s)[1]; i++)
                if (py_set_has(o, W(W(s)[3])[i]))
                    return FALSE_;
            return TRUE_;
        }
        py_iset(mid == M_intersection_update ? '&' : mid == M_difference_update ? '-' : '^', s, o);
        return NONE;
    }
    return py_attr_error(s, name);
}

/* The tag of the objects whose methods the built-in type id has (str.lower is such a method), or 0. */
long py_builtin_self_tag(long id) {
    if (id == B_str)
        return T_STR;
    if (id == B_list)
        return T_LIST;
    if (id == B_dict)
        return T_DICT;
    if (id == B_set)
        return T_SET;
    if (id == B_int)
        return T_INT;
    if (id == B_float)
        return T_FLOAT;
    return 0;
}

/* obj.name(args): argv[0] is free for self, the arguments start at argv[1]. */
/* Whether the method mid of a value of tag t takes no arguments (CPython's METH_NOARGS methods). */
long py_takes_no_arguments(long t, long mid) {
    if (t == T_STR)
        return mid == M_upper || mid == M_lower || mid == M_title || mid == M_capitalize || mid == M_swapcase ||
               mid == M_casefold || mid == M_isdigit || mid == M_isalpha || mid == M_isupper || mid == M_islower ||
               mid == M_isspace || mid == M_isalnum || mid == M_isnumeric || mid == M_isdecimal ||
               mid == M_istitle || mid == M_isascii || mid == M_isidentifier;
    if (t == T_LIST)
        return mid == M_reverse || mid == M_copy || mid == M_clear;
    if (t == T_DICT)
        return mid == M_items || mid == M_keys || mid == M_values || mid == M_copy || mid == M_clear ||
               mid == M_popitem;
    if (t == T_SET)
        return mid == M_pop || mid == M_copy || mid == M_clear;
    if ((t == T_INT || t == T_BOOL || t == T_FLOAT) && (mid == M_conjugate || mid == M_as_integer_ratio))
        return 1;
    if (t == T_INT || t == T_BOOL)
        return mid == M_bit_length || mid == M_bit_count;
    return t == T_FLOAT && mid == M_is_integer;
}

/* CPython's TypeError for such a method called with arguments, named by the type that defines it (int's
 * for a bool's): str.upper() takes no arguments (1 given). */
long py_no_arguments_error(long obj, long name, long argc, long kwn) {
    long b = py_sb_new();
    py_sb_str(b, py_tag(obj) == T_BOOL ? py_tag_name(T_INT) : py_type_name(obj));
    py_sb_char(b, '.');
    py_sb_str(b, name);
    if (kwn != 0) {
        py_sb_c(b, "() takes no keyword arguments");
    } else {
        py_sb_c(b, "() takes no arguments (");
        py_sb_int(b, argc);
        py_sb_c(b, " given)");
    }
    return py_raise_sb(py_cls_TypeError, b);
}

long py_call_method(long obj, long name, long mid, long argv, long argc, long kwn) {
    long t = py_tag(obj);
    long args = argv + 1;
    if (t == T_BUILTIN && W(obj)[1] == B_dict && mid == M_fromkeys) {
        if (kwn != 0 || !py_arg_count("fromkeys", argc, 1, 2))
            return kwn != 0 ? py_raise(py_cls_TypeError, "dict.fromkeys() takes no keyword arguments") : 0;
        return py_dict_fromkeys(W(args)[0], argc > 1 ? W(args)[1] : UNBOUND);
    }
    if (t == T_BUILTIN && W(obj)[1] == B_str && mid == M_maketrans && py_str_methods != 0) /* a static method */
        return ((py_code6)py_str_methods)(obj, mid, name, args, argc, kwn); /* which links it only with them */
    if (t == T_BUILTIN && py_builtin_self_tag(W(obj)[1]) != 0) {
        /* str.lower(s): the method of the type, called with its object first */
        long b = py_sb_new();
        py_sb_c(b, "unbound method ");
        py_sb_str(b, py_builtin_name(W(obj)[1]));
        py_sb_c(b, ".");
        py_sb_str(b, name);
        if (argc < 1) {
            py_sb_c(b, "() needs an argument");
            return py_raise_sb(py_cls_TypeError, b);
        }
        long self = W(args)[0];
        long own = py_builtin_self_tag(W(obj)[1]);
        if (py_tag(self) != own && !(own == T_INT && py_tag(self) == T_BOOL)) { /* a bool is an int */
            b = py_sb_new();
            py_sb_c(b, "descriptor '");
            py_sb_str(b, name);
            py_sb_c(b, "' for '");
            py_sb_str(b, py_builtin_name(W(obj)[1]));
            py_sb_c(b, "' objects doesn't apply to a '");
            py_sb_str(b, py_type_name(self));
            py_sb_c(b, "' object");
            return py_raise_sb(py_cls_TypeError, b);
        }
        return py_call_method(self, name, mid, args, argc - 1, kwn);
    }
    if (t == T_INST) {
        if (W(obj)[2] != 0) {
            long v = py_dict_get(W(obj)[2], name, UNBOUND);
            if (v != UNBOUND) {
                if (argv == py_call_argv)
                    py_call_moved(args, 0);
                return py_call(v, args, argc, kwn);
            }
        }
        long m = py_lookup(W(obj)[1], name);
        if (m == UNBOUND)
            return py_attr_error(obj, name);
        if (py_tag(m) == T_FUNC) {
            W(argv)[0] = obj;
            return py_call(m, argv, argc + 1, kwn);
        }
        m = py_descr_get(m, obj, W(obj)[1]);
        if (py_exc)
            return 0;
        if (argv == py_call_argv)
            py_call_moved(args, 0);
        return py_call(m, args, argc, kwn);
    }
    if (t == T_SUPER) {
        long self = W(obj)[2];
        long m = py_lookup(W(W(obj)[1])[2], name);
        if (m == UNBOUND) {
            if (name == py_s_init) {
                if (py_is_subclass(W(self)[1], py_cls_BaseException))
                    py_dict_set(py_attrs(self), py_s_args, py_tuple_from(args, argc));
                return NONE;
            }
            if ((name == py_s_str || name == py_s_repr) && argc == 0 && kwn == 0 && py_tag(self) == T_INST) {
                /* object's and BaseException's own: object.__str__ is the repr, the class's own __repr__ */
                if (name == py_s_str && !py_is_subclass(W(self)[1], py_cls_BaseException))
                    return py_repr(self);
                long b = py_sb_new();
                py_sb_instance(b, self, name == py_s_repr);
                return py_sb_finish(b);
            }
            return py_attr_error(obj, name);
        }
        if (py_tag(m) == T_FUNC) {
            W(argv)[0] = self;
            return py_call(m, argv, argc + 1, kwn);
        }
        m = py_descr_get(m, self, W(self)[1]);
        if (py_exc)
            return 0;
        return py_call(m, args, argc, kwn);
    }
    if ((argc != 0 || kwn != 0) && py_takes_no_arguments(t, mid))
        return py_no_arguments_error(obj, name, argc, kwn);
    if (mid == 0 && (t == T_STR || t == T_LIST || t == T_TUPLE || t == T_DICT || t == T_SET || t == T_RANGE)) {
        long f = py_getattr(obj, name); /* xs.__len__(): the container's special method, or the error */
        if (py_exc)
            return 0;
        return py_call(f, args, argc, kwn);
    }
    long methods = 0;
    if (t == T_STR)
        methods = py_str_methods;
    else if (t == T_LIST || ((t == T_TUPLE || t == T_RANGE) && (mid == M_index || mid == M_count)))
        methods = py_list_methods;
    else if (t == T_DICT)
        methods = py_dict_methods;
    else if (t == T_SET)
        methods = py_set_methods;
    if (methods != 0 && (t == T_TUPLE || t == T_RANGE)) { /* a tuple's or a range's as its list's */
        long r = ((py_code6)methods)(py_to_list(obj), mid, name, args, argc, kwn);
        if (py_exc && mid == M_index && W(py_exc)[1] == py_cls_ValueError) {
            py_exc = 0;
            if (t == T_TUPLE)
                return py_raise(py_cls_ValueError, "tuple.index(x): x not in tuple");
            long b = py_sb_new();
            py_sb_str(b, py_repr(W(args)[0]));
            py_sb_c(b, " is not in range");
            return py_raise_sb(py_cls_ValueError, b);
        }
        return r;
    }
    if (methods != 0)
        return ((py_code6)methods)(obj, mid, name, args, argc, kwn);
    if (t == T_STR || t == T_LIST || t == T_DICT || t == T_SET || t == T_TUPLE)
        return py_attr_error(obj, name);
    if (t == T_FLOAT && mid == M_is_integer) {
        if (kwn != 0 || !py_arg_count("is_integer", argc, 0, 0))
            return kwn != 0 ? py_raise(py_cls_TypeError, "float.is_integer() takes no keyword arguments") : 0;
        return py_floats('I', obj, 0); /* through the float code's pointer: linked only with floats */
    }
    if ((t == T_INT || t == T_BOOL) && (mid == M_bit_length || mid == M_bit_count)) {
        if (kwn != 0 || !py_arg_count(mid == M_bit_length ? "bit_length" : "bit_count", argc, 0, 0))
            return kwn != 0 ? py_raise(py_cls_TypeError, "int methods take no keyword arguments") : 0;
        return py_int_bits(obj, mid == M_bit_length);
    }
    if ((t == T_INT || t == T_BOOL || t == T_FLOAT) && mid == M_conjugate)
        return t == T_FLOAT ? obj : py_num(obj); /* a real number's conjugate is itself */
    if ((t == T_INT || t == T_BOOL || t == T_FLOAT) && mid == M_as_integer_ratio)
        return py_integer_ratio(obj);
    if (t == T_SLICE && py_str_eq_c(name, "indices")) {
        if (kwn != 0 || !py_arg_count("indices", argc, 1, 1))
            return kwn != 0 ? py_raise(py_cls_TypeError, "slice.indices() takes no keyword arguments") : 0;
        return py_slice_indices(obj, W(args)[0]);
    }
    if (t == T_GEN && mid == M_send && argc == 1)
        return py_gen_send(obj, W(args)[0]);
    if (t == T_GEN && mid == M_close && argc == 0)
        return py_gen_ops == 0 ? py_gen_finish(obj) : ((py_code4)py_gen_ops)('c', obj, 0, 0);
    if (t == T_GEN && mid == M_throw && argc == 1)
        return ((py_code4)py_gen_ops)('t', obj, W(args)[0], 0);
    long f = py_getattr(obj, name);
    if (py_exc)
        return 0;
    if (argv == py_call_argv)
        py_call_moved(args, 0);
    return py_call(f, args, argc, kwn);
}

/* assert failed: AssertionError with the message, if any. */
long py_assert_fail(long msg) {
    if (msg == UNBOUND) {
        long e = py_new_instance(py_cls_AssertionError);
        py_dict_set(py_attrs(e), py_s_args, py_tuple_new(0));
        py_exc = e;
        return 0;
    }
    return py_raise_value(py_cls_AssertionError, msg);
}

/* The message of an exception for `str(e)` in handlers and `print(e)`. */
long py_truth_value(long v) {
    long t = py_truthy(v);
    if (py_exc)
        return 0;
    return py_bool(t);
}

long py_str_empty(void) {
    return py_str_new(0);
}

long py_tuple_empty(void) {
    return py_tuple_new(0);
}

/* l.extend(v) for displays and calls with *v. */
long py_list_extend(long l, long v) {
    long other = py_to_list(v);
    if (py_exc)
        return 0;
    for (long i = 0; i < W(other)[1]; i++)
        py_list_append(l, W(W(other)[3])[i]);
    return NONE;
}

/* a op= b (op as py_binop's): an instance's in-place method (__iadd__) when its class has one, as
 * CPython; a list extended by +=, a set or a dict changed by its operators in place; else a op b. */
long py_ibinop(long op, long a, long b) {
    long t = py_tag(a);
    if (t == T_INST) {
        long name = py_sb_new();
        py_sb_c(name, "__i");
        py_sb_c(name, py_op_method(op, 0) + 2);
        long m = py_lookup(W(a)[1], py_sb_finish(name));
        if (m != UNBOUND) {
            long argv[2];
            argv[0] = a;
            argv[1] = b;
            long r = py_call(m, (long)argv, 2, 0);
            if (py_implemented(r) != UNBOUND || py_exc)
                return r; /* else NotImplemented: a + b */
        }
    }
    if (op == '+' && t == T_LIST) {
        py_list_extend(a, b);
        if (py_exc)
            return 0;
        return a;
    }
    if (op == '|' && t == T_DICT) {
        long other = py_tag(b) == T_DICT ? b : py_to_dict(b); /* a dict, or an iterable of pairs */
        if (py_exc)
            return 0;
        for (long i = 0; i < W(other)[1]; i++)
            py_dict_set(a, W(W(other)[3])[i], W(W(other)[4])[i]);
        return a;
    }
    if (op == '|' || op == '&' || op == '-' || op == '^')
        return py_iset(op, a, b);
    return py_binop_in(op, a, b, 1);
}

/* f(*args ...): the positional values then nkw keyword values collected in a list. */
long py_call_list(long f, long l, long nkw, long kwn) {
    return py_call(f, W(l)[3], W(l)[1] - nkw, kwn);
}

/* The name the errors of a call with ** give its callee: "__main__.f()" for a function or a method
 * (its qualified name), a built-in's name. */
void py_sb_callee(long b, long f) {
    if (py_tag(f) == T_BOUND)
        f = W(f)[1];
    if (py_tag(f) == T_FUNC) {
        py_sb_c(b, "__main__.");
        py_sb_str(b, W(f)[2]);
    } else if (py_tag(f) == T_BUILTIN) {
        py_sb_str(b, py_builtin_name(W(f)[1]));
    } else {
        py_sb_str(b, py_type_name(f));
    }
    py_sb_c(b, "()");
}

/* One keyword argument of a call with **: into the call's keywords, once. */
long py_kw_add(long f, long kw, long name, long value) {
    if (py_tag(name) != T_STR)
        return py_raise(py_cls_TypeError, "keywords must be strings");
    if (py_dict_find(kw, name) >= 0) {
        long b = py_sb_new();
        py_sb_callee(b, f);
        py_sb_c(b, " got multiple values for keyword argument '");
        py_sb_str(b, name);
        py_sb_c(b, "'");
        return py_raise_sb(py_cls_TypeError, b);
    }
    py_dict_set(kw, name, value);
    return NONE;
}

/* **mapping in a call: its items into the call's keywords. */
long py_kw_merge(long f, long kw, long mapping) {
    if (py_tag(mapping) != T_DICT) {
        long b = py_sb_new();
        py_sb_callee(b, f);
        py_sb_c(b, " argument after ** must be a mapping, not ");
        py_sb_str(b, py_type_name(mapping));
        return py_raise_sb(py_cls_TypeError, b);
    }
    for (long i = 0; i < W(mapping)[1]; i++) {
        py_kw_add(f, kw, W(W(mapping)[3])[i], W(W(mapping)[4])[i]);
        if (py_exc)
            return 0;
    }
    return NONE;
}

/* f(*positional, **keywords). */
long py_call_kwdict(long f, long l, long kw) {
    long n = W(l)[1];
    long nkw = W(kw)[1];
    long args = py_alloc(n + nkw + 2);
    long names = py_tuple_new(nkw);
    for (long i = 0; i < n; i++)
        W(args)[i] = W(W(l)[3])[i];
    for (long k = 0; k < nkw; k++) {
        W(names)[2 + k] = W(W(kw)[3])[k];
        W(args)[n + k] = W(W(kw)[4])[k];
    }
    return py_call(f, args, n, nkw == 0 ? 0 : names);
}

long py_to_dict(long v) {
    long t = py_tag(v);
    long d = py_new_dict();
    if (t == T_DICT) {
        for (long i = 0; i < W(v)[1]; i++)
            py_dict_set(d, W(W(v)[3])[i], W(W(v)[4])[i]);
        return d;
    }
    long l = py_to_list(v);
    if (py_exc)
        return 0;
    for (long i = 0; i < W(l)[1]; i++) {
        long pair = W(W(l)[3])[i];
        long pt = py_tag(pair);
        if (pt != T_TUPLE && pt != T_LIST) {
            pair = py_to_list(pair); /* any iterable of two: dict(["ab"]) is {'a': 'b'} */
            if (py_exc) {
                py_exc = 0;
                long b = py_sb_new();
                py_sb_c(b, "cannot convert dictionary update sequence element #");
                py_sb_int(b, i);
                py_sb_c(b, " to a sequence");
                return py_raise_sb(py_cls_TypeError, b);
            }
        }
        if (W(pair)[1] != 2) {
            long b = py_sb_new();
            py_sb_c(b, "dictionary update sequence element #");
            py_sb_int(b, i);
            py_sb_c(b, " has length ");
            py_sb_int(b, W(pair)[1]);
            py_sb_c(b, "; 2 is required");
            return py_raise_sb(py_cls_ValueError, b);
        }
        long items = py_items(pair);
        if (!py_hashable(W(items)[0]))
            return 0;
        py_dict_set(d, W(items)[0], W(items)[1]);
    }
    return d;
}

/* The StopIteration of an exhausted iterator: a generator that has just returned a value (its word 5,
 * where `return value` leaves it) raises StopIteration(value), as CPython's; then or else, none. */
long py_stop_iteration(long it) {
    long value = NONE;
    if (py_tag(it) == T_GEN) {
        value = W(it)[5];
        W(it)[5] = NONE;
    }
    py_exc = py_new_instance(py_cls_StopIteration);
    long args = py_tuple_new(value == NONE ? 0 : 1);
    if (value != NONE)
        W(args)[2] = value;
    py_dict_set(py_attrs(py_exc), py_s_args, args);
    return 0;
}

/* next(it[, default]) */
long py_next_builtin(long it, long dflt) {
    long t = py_tag(it);
    if (t != T_ITER && t != T_INST && t != T_GEN && t != T_LAZY)
        return py_type_error2("'", it, "' object is not an iterator");
    long x = py_next(it);
    if (py_exc)
        return 0;
    if (x == STOP) {
        if (dflt != UNBOUND)
            return dflt;
        return py_stop_iteration(it);
    }
    return x;
}

/* ---- the math module's integer functions and sys.stdin ---- */

long py_int_arg(long v, char *name) {
    if (py_is_num(v))
        return 1;
    py_type_error2("'", v, "' object cannot be interpreted as an integer");
    return 0;
}

long py_gcd_raw(long a, long b) {
    if (a < 0)
        a = -a;
    if (b < 0)
        b = -b;
    while (b != 0) {
        long t = a % b;
        a = b;
        b = t;
    }
    return a;
}

/* math.gcd(*ints) and math.lcm(*ints) */
long py_math_gcd(long argv, long argc, long lcm) {
    long r = lcm ? 1 : 0;
    for (long i = 0; i < argc; i++) {
        long v = W(argv)[i];
        if (!py_int_arg(v, "gcd"))
            return 0;
        long x = INTV(py_num(v));
        if (lcm) {
            if (x == 0 || r == 0) {
                r = 0;
            } else {
                long g = py_gcd_raw(r, x);
                r = r / g * x;
                if (r < 0)
                    r = -r;
            }
        } else {
            r = py_gcd_raw(r, x);
        }
    }
    return MKINT(r);
}

long py_math_factorial(long v) {
    if (!py_int_arg(v, "factorial"))
        return 0;
    long n = INTV(py_num(v));
    if (n < 0)
        return py_raise(py_cls_ValueError, "factorial() not defined for negative values");
    long r = 1;
    for (long i = 2; i <= n; i++)
        r = r * i;
    return MKINT(r);
}

/* math's float functions (kind: the MATH_FLOAT ids the lowering reads), with CPython's errors: a result
 * outside the domain is "math domain error", an overflow from finite operands "math range error". */
#define MF_sqrt 1
#define MF_floor 2
#define MF_ceil 3
#define MF_trunc 4
#define MF_fabs 5
#define MF_exp 6
#define MF_log 7
#define MF_log10 8
#define MF_pow 9
#define MF_isnan 10
#define MF_isinf 11
#define MF_isfinite 12
#define MF_copysign 13
#define MF_fmod 14
#define MF_sin 15
#define MF_cos 16
#define MF_tan 17
#define MF_asin 18
#define MF_acos 19
#define MF_atan 20
#define MF_atan2 21
#define MF_hypot 22
#define MF_log2 23
#define MF_sinh 24
#define MF_cosh 25
#define MF_tanh 26
#define MF_asinh 27
#define MF_acosh 28
#define MF_atanh 29
#define MF_expm1 30
#define MF_log1p 31
#define MF_degrees 32
#define MF_radians 33
#define MF_isclose 34 /* py_math_isclose */

long py_math_domain(void) {
    return py_raise(py_cls_ValueError, "math domain error");
}

long py_math_result(double r, double x, double y) {
    if (py_is_inf(r) && !py_is_inf(x) && !py_is_inf(y) && !py_is_nan(x) && !py_is_nan(y))
        return py_raise(py_cls_OverflowError, "math range error");
    if (py_is_nan(r) && !py_is_nan(x) && !py_is_nan(y))
        return py_math_domain();
    return py_float_new(r);
}

/* math.isclose(a, b, rel_tol=1e-09, abs_tol=0.0), as CPython's: tolerances UNBOUND for the defaults. */
long py_math_isclose(long a, long b, long rel, long abs_tol) {
    long vs[4];
    vs[0] = a;
    vs[1] = b;
    vs[2] = rel;
    vs[3] = abs_tol;
    for (long i = 0; i < 4; i++)
        if (vs[i] != UNBOUND && !py_is_float(vs[i]) && !py_is_num(vs[i]))
            return py_type_error2("must be real number, not ", vs[i], "");
    double x = py_to_double(a);
    double y = py_to_double(b);
    double rt = rel == UNBOUND ? 1e-09 : py_to_double(rel);
    double at = abs_tol == UNBOUND ? 0.0 : py_to_double(abs_tol);
    if (rt < 0.0 || at < 0.0)
        return py_raise(py_cls_ValueError, "tolerances must be non-negative");
    if (x == y)
        return TRUE_;
    if (py_is_inf(x) || py_is_inf(y))
        return FALSE_;
    double diff = fabs(y - x);
    return py_bool(diff <= fabs(rt * y) || diff <= fabs(rt * x) || diff <= at);
}

long py_math_float(long kind, long a, long b);
long py_math_comb(long nv, long kv, long perm);
long py_math_isqrt(long v);
long py_math_prod(long v);

/* The name of math's function with the builtin id (> MATH_IDS): the nth word of its list. */
long py_math_name(long id) {
    long words = id > MATH_INT_IDS ? py_const_str(MATH_INT_NAMES) : py_const_str(MATH_FLOAT_NAMES);
    long n = id > MATH_INT_IDS ? id - MATH_INT_IDS : id - MATH_IDS;
    long start = 0;
    for (long i = 1; i < n; i++)
        while (W(words)[2 + start++] != ' ')
            ;
    long end = start;
    while (end < W(words)[1] && W(words)[2 + end] != ' ')
        end++;
    return py_substr(words, start, end);
}

/* A call of math's function through its value (builtin id > MATH_IDS), with CPython's TypeError for a
 * wrong number of arguments. */
long py_call_math(long id, long argv, long argc, long kwn) {
    long name = py_math_name(id);
    if (kwn != 0) {
        long b = py_sb_new();
        py_sb_str(b, name);
        py_sb_c(b, "() takes no keyword arguments");
        return py_raise_sb(py_cls_TypeError, b);
    }
    long kind = id > MATH_INT_IDS ? 0 : id - MATH_IDS;
    long two = kind == MF_pow || kind == MF_copysign || kind == MF_fmod || kind == MF_atan2 || kind == MF_hypot ||
               py_str_eq_c(name, "comb") || py_str_eq_c(name, "perm");
    long low = two ? 2 : 1;
    long high = two || kind == MF_log ? 2 : 1;
    long varargs = py_str_eq_c(name, "gcd") || py_str_eq_c(name, "lcm");
    if (!varargs && (argc < low || argc > high)) {
        long b = py_sb_new();
        if (kind == MF_log) {
            py_sb_c(b, "math.log requires 1 to 2 arguments");
        } else if (low == 1 && high == 1) {
            py_sb_c(b, "math.");
            py_sb_str(b, name);
            py_sb_c(b, "() takes exactly one argument (");
            py_sb_int(b, argc);
            py_sb_c(b, " given)");
        } else {
            py_sb_str(b, name);
            py_sb_c(b, " expected 2 arguments, got ");
            py_sb_int(b, argc);
        }
        return py_raise_sb(py_cls_TypeError, b);
    }
    long a = W(argv)[0];
    if (kind != 0)
        return py_math_float(kind, a, argc > 1 ? W(argv)[1] : UNBOUND);
    if (varargs)
        return py_math_gcd(argv, argc, py_str_eq_c(name, "lcm"));
    if (two)
        return py_math_comb(a, W(argv)[1], py_str_eq_c(name, "perm"));
    if (py_str_eq_c(name, "factorial"))
        return py_math_factorial(a);
    if (py_str_eq_c(name, "isqrt"))
        return py_math_isqrt(a);
    return py_math_prod(a);
}

long py_math_float(long kind, long a, long b) {
    if (!py_is_float(a) && !py_is_num(a))
        return py_type_error2("must be real number, not ", a, "");
    if (b != UNBOUND && !py_is_float(b) && !py_is_num(b))
        return py_type_error2("must be real number, not ", b, "");
    if ((kind == MF_floor || kind == MF_ceil || kind == MF_trunc) && !py_is_float(a))
        return py_num(a);
    double x = py_to_double(a);
    double y = b == UNBOUND ? 0.0 : py_to_double(b);
    if (kind == MF_floor)
        return py_float_to_int(floor(x));
    if (kind == MF_ceil)
        return py_float_to_int(ceil(x));
    if (kind == MF_trunc)
        return py_float_to_int(x);
    if (kind == MF_isnan)
        return py_bool(py_is_nan(x));
    if (kind == MF_isinf)
        return py_bool(py_is_inf(x));
    if (kind == MF_isfinite)
        return py_bool(!py_is_nan(x) && !py_is_inf(x));
    if (kind == MF_fabs)
        return py_float_new(fabs(x));
    if (kind == MF_copysign)
        return py_float_new(copysign(x, y));
    if (kind == MF_sqrt) {
        if (x < 0.0)
            return py_math_domain();
        return py_float_new(sqrt(x));
    }
    if (kind == MF_exp)
        return py_math_result(exp(x), x, 0.0);
    if (kind == MF_log || kind == MF_log10) {
        if (x <= 0.0 || (b != UNBOUND && y <= 0.0))
            return py_math_domain();
        if (kind == MF_log10)
            return py_float_new(log10(x));
        if (b == UNBOUND)
            return py_float_new(log(x));
        double d = log(y);
        if (d == 0.0)
            return py_raise(py_cls_ZeroDivisionError, "float division by zero");
        return py_float_new(log(x) / d);
    }
    if (kind == MF_fmod) {
        if (y == 0.0 || py_is_inf(x))
            return py_is_nan(x) || py_is_nan(y) ? py_float_new(x + y) : py_math_domain();
        return py_float_new(fmod(x, y));
    }
    if (kind == MF_sin || kind == MF_cos || kind == MF_tan) {
        if (py_is_inf(x)) /* CPython: a domain error, not C's NaN */
            return py_math_domain();
        return py_float_new(kind == MF_sin ? sin(x) : kind == MF_cos ? cos(x) : tan(x));
    }
    if (kind == MF_asin || kind == MF_acos) {
        if (x > 1.0 || x < -1.0)
            return py_math_domain();
        return py_float_new(kind == MF_asin ? asin(x) : acos(x));
    }
    if (kind == MF_atan)
        return py_float_new(atan(x));
    if (kind == MF_atan2)
        return py_float_new(atan2(x, y));
    if (kind == MF_hypot)
        return py_math_result(hypot(x, y), x, y);
    if (kind == MF_log2) {
        if (x <= 0.0)
            return py_math_domain();
        return py_float_new(log2(x));
    }
    if (kind == MF_sinh || kind == MF_cosh)
        return py_math_result(kind == MF_sinh ? sinh(x) : cosh(x), x, 0.0);
    if (kind == MF_tanh)
        return py_float_new(tanh(x));
    if (kind == MF_asinh)
        return py_float_new(asinh(x));
    if (kind == MF_acosh) {
        if (x < 1.0)
            return py_math_domain();
        return py_float_new(acosh(x));
    }
    if (kind == MF_atanh) {
        if (x >= 1.0 || x <= -1.0)
            return py_math_domain();
        return py_float_new(atanh(x));
    }
    if (kind == MF_expm1)
        return py_math_result(expm1(x), x, 0.0);
    if (kind == MF_log1p) {
        if (x <= -1.0)
            return py_math_domain();
        return py_float_new(log1p(x));
    }
    if (kind == MF_degrees)
        return py_float_new(x * (180.0 / 3.141592653589793)); /* CPython's radToDeg * x */
    if (kind == MF_radians)
        return py_float_new(x * (3.141592653589793 / 180.0)); /* x * degToRad */
    /* MF_pow, as CPython's math.pow: C99's pow with its errors */
    if (x == 0.0 && y < 0.0 && !py_is_inf(y))
        return py_math_domain();
    if (x < 0.0 && !py_is_inf(x) && y != floor(y) && !py_is_inf(y) && !py_is_nan(y))
        return py_math_domain();
    return py_math_result(pow(x, y), x, y);
}

long py_math_isqrt(long v) {
    if (!py_int_arg(v, "isqrt"))
        return 0;
    long n = INTV(py_num(v));
    if (n < 0)
        return py_raise(py_cls_ValueError, "isqrt() argument must be nonnegative");
    if (n < 2)
        return MKINT(n);
    /* Newton's method from above: x goes down to floor(sqrt(n)) */
    long x = n;
    long y = (x + 1) / 2;
    while (y < x) {
        x = y;
        y = (x + n / x) / 2;
    }
    return MKINT(x);
}

/* math.comb(n, k) and math.perm(n, k) */
long py_math_comb(long nv, long kv, long perm) {
    if (!py_int_arg(nv, "comb") || !py_int_arg(kv, "comb"))
        return 0;
    long n = INTV(py_num(nv));
    long k = INTV(py_num(kv));
    if (n < 0)
        return py_raise(py_cls_ValueError, "n must be a non-negative integer");
    if (k < 0)
        return py_raise(py_cls_ValueError, "k must be a non-negative integer");
    if (k > n)
        return MKINT(0);
    long r = 1;
    if (perm) {
        for (long i = 0; i < k; i++)
            r = r * (n - i);
        return MKINT(r);
    }
    if (k > n - k)
        k = n - k;
    for (long i = 0; i < k; i++)
        r = r * (n - i) / (i + 1);
    return MKINT(r);
}

long py_math_prod(long v) {
    long it = py_iter(v);
    if (py_exc)
        return 0;
    long r = MKINT(1);
    while (1) {
        long x = py_next(it);
        if (py_exc)
            return 0;
        if (x == STOP)
            return r;
        r = py_binop('*', r, x);
        if (py_exc)
            return 0;
    }
    return r;
}

/* sys.stdin.readline(): the next line with its newline, "" at the end of the input. */
long py_readline(void) {
    long b = py_sb_new();
    long c = getchar();
    while (c >= 0) {
        py_sb_char(b, c);
        if (c == '\n')
            break;
        c = getchar();
    }
    return py_sb_finish(b);
}

/* sys.stdin.read(): the rest of the input. */
long py_read_all(void) {
    long b = py_sb_new();
    long c = getchar();
    while (c >= 0) {
        py_sb_char(b, c);
        c = getchar();
    }
    return py_sb_finish(b);
}

/* sys.stdin as an iterable (for line in sys.stdin, sys.stdin.readlines()): the rest of the input's lines. */
long py_stdin_lines(void) {
    long l = py_new_list(4);
    while (1) {
        long line = py_readline();
        if (W(line)[1] == 0)
            break;
        py_list_append(l, line);
    }
    return l;
}

/* ---- generators: [T_GEN, resume code, state, frame, function, sent value, closing, frame size] ----
 * The generator's locals live in its frame (frame words), so that its code can return at a yield and be
 * resumed there: state 0 before the first resumption, k after the k-th yield, -1 when finished. The sent
 * value is what `x = yield v` reads when the generator resumes: send()'s argument, None after next().
 * A generator whose closing can run code (a yield under a finally or a handler of GeneratorExit, or one
 * that owns such a generator) has a closing block [serial, owned, mark, code], else 0: its serial is its place in
 * the order they were made; owned is what its frame holds the only reference to (py_gen_adopt: the
 * iterator a generator expression was made from, a generator function's arguments), with the serial mark
 * that tells which of the generators in it were made for it. */

typedef long (*py_code1)(long);

long py_gen_serial; /* the serial of the last generator made whose closing can run code */
long py_gen_live;   /* how many of those have started and not finished */

long py_gen_run_closing(long g);

/* g's closing block [serial, owned, mark, code], made (with the next serial) if it has none: its code is
 * then run through py_gen_run_closing, so that resuming any other generator pays nothing for it. */
long py_gen_closing(long g) {
    if (W(g)[6] == 0) {
        long c = py_alloc(4);
        py_gen_serial = py_gen_serial + 1;
        W(c)[0] = py_gen_serial;
        W(c)[1] = 0;
        W(c)[2] = 0;
        W(c)[3] = W(g)[1];
        W(g)[1] = (long)py_gen_run_closing;
        W(g)[6] = c;
    }
    return W(g)[6];
}

/* g's serial: 0 when closing it runs no code. */
long py_gen_serial_of(long g) {
    return W(g)[6] == 0 ? 0 : W(W(g)[6])[0];
}

long py_gen_new(long resume, long fn, long size, long closes) {
    long g = py_alloc(8);
    long frame = py_alloc(size + 1);
    for (long i = 0; i < size; i++)
        W(frame)[i] = UNBOUND;
    W(g)[0] = T_GEN;
    W(g)[1] = resume;
    W(g)[2] = 0;
    W(g)[3] = frame;
    W(g)[4] = fn;
    W(g)[5] = NONE;
    W(g)[6] = 0;
    W(g)[7] = size;
    if (closes)
        py_gen_closing(g);
    return g;
}

long py_gen_resume(long g);

/* g.close() in a program where closing runs no code: g is finished. */
long py_gen_finish(long g) {
    W(g)[2] = -1;
    return NONE;
}

/* The next value of a generator, STOP when it has finished (its code returns STOP). */
long py_gen_next(long g) {
    W(g)[5] = NONE;
    return py_gen_resume(g);
}

/* g resumed with v the value of its yield (or an exception pending in py_exc raised there): what it
 * yields, StopIteration when it finishes. */
long py_gen_step(long g, long v) {
    W(g)[5] = v;
    long r = py_gen_resume(g);
    if (py_exc)
        return 0;
    if (r == STOP)
        return py_stop_iteration(g);
    return r;
}

/* g.send(v): resumes g with v as the value of its yield; StopIteration when g finishes. */
long py_gen_send(long g, long v) {
    if (W(g)[2] == 0 && v != NONE)
        return py_raise(py_cls_TypeError, "can't send non-None value to a just-started generator");
    return py_gen_step(g, v);
}

/* One step of `yield from it`: the subiterator's next item, or STOP when it is exhausted. What the
 * delegating generator was sent goes on to it: None as next(), any other value as its send() (an
 * iterator without one is CPython's AttributeError). */
long py_yield_from_step(long it, long sent) {
    py_stop_value = NONE;
    if (sent == NONE)
        return py_next(it);
    if (py_tag(it) == T_GEN) {
        W(it)[5] = sent;
        return py_gen_resume(it);
    }
    long send = py_getattr(it, py_const_str("send"));
    if (py_exc)
        return 0;
    long argv[1];
    argv[0] = sent;
    return py_caught_stop(py_call(send, (long)argv, 1, 0));
}

/* The value of `yield from it` once it is exhausted: a generator's return value, else the value of the
 * StopIteration that ended it (None for a built-in iterator's). */
long py_yield_from_value(long it) {
    if (py_tag(it) != T_GEN) {
        long value = py_stop_value;
        py_stop_value = NONE;
        return value;
    }
    long value = W(it)[5];
    W(it)[5] = NONE;
    return value;
}

/* ---- the match statement's tests (PEP 634) ---- */

/* A sequence pattern's subject: a list, a tuple or a range (not a str, as CPython's), its length as a
 * machine word; -1 for any other value. */
long py_match_len(long v) {
    long t = py_tag(v);
    if (t == T_LIST || t == T_TUPLE)
        return W(v)[1];
    if (t == T_RANGE)
        return py_range_len(v);
    return -1;
}

/* A sequence pattern's `*rest`: a list of the items from index `start` to `after` items before the end. */
long py_match_star(long v, long start, long after) {
    long n = py_match_len(v);
    long items = py_new_list(n - after - start + 1);
    for (long i = start; i < n - after; i++) {
        long item = py_getitem(v, MKINT(i));
        if (py_exc)
            return 0;
        py_list_append(items, item);
    }
    return items;
}

/* A mapping pattern's subject, 1 or 0: a dict. */
long py_match_mapping(long v) {
    return py_tag(v) == T_DICT;
}

/* A mapping pattern's value for a key: the dict's, or UNBOUND when it has none. */
long py_match_get(long d, long key) {
    if (py_tag(d) != T_DICT)
        return UNBOUND;
    if (!py_hashable(key))
        return 0;
    return py_dict_get(d, key, UNBOUND);
}

/* A mapping pattern's `**rest`: a new dict of the items whose keys the pattern did not name. */
long py_match_rest(long d, long keys) {
    long rest = py_new_dict();
    long n = W(d)[1];
    for (long i = 0; i < n; i++) {
        long key = W(W(d)[3])[i];
        long named = 0;
        for (long k = 0; k < W(keys)[1]; k++)
            if (py_key_eq(W(keys)[2 + k], key))
                named = 1;
        if (!named)
            py_dict_set(rest, key, W(W(d)[4])[i]);
    }
    return rest;
}

/* A class pattern's test, 1 or 0: CPython's TypeError when what it names is not a class. */
long py_match_class(long v, long cls) {
    long t = py_tag(cls);
    if (t != T_CLASS && t != T_BUILTIN)
        return py_raise(py_cls_TypeError, "called match pattern must be a class");
    long r = py_isinstance(v, cls);
    if (py_exc)
        return 0;
    return r == TRUE_;
}

/* The attribute a class pattern's positional sub-pattern i (of count) matches: the name in the class's
 * __match_args__; CPython's TypeError when it has fewer. */
long py_match_arg(long cls, long i, long count) {
    long args = py_tag(cls) == T_CLASS ? py_lookup(cls, py_const_str("__match_args__")) : UNBOUND;
    long n = args == UNBOUND ? 0 : W(args)[1];
    if (args != UNBOUND && py_tag(args) != T_TUPLE)
        return py_type_error2("", cls, ".__match_args__ must be a tuple");
    if (count > n) {
        long b = py_sb_new();
        py_sb_str(b, py_tag(cls) == T_CLASS ? W(cls)[1] : py_builtin_name(W(cls)[1]));
        py_sb_c(b, "() accepts ");
        py_sb_int(b, n);
        py_sb_c(b, n == 1 ? " positional sub-pattern (" : " positional sub-patterns (");
        py_sb_int(b, count);
        py_sb_c(b, " given)");
        return py_raise_sb(py_cls_TypeError, b);
    }
    return W(args)[2 + i];
}

/* A class pattern's attribute of the subject, or UNBOUND when it has none (the pattern fails). */
long py_match_attr(long v, long name) {
    long r = py_getattr(v, name);
    if (py_exc && py_is_subclass(W(py_exc)[1], py_cls_AttributeError)) {
        py_exc = 0;
        py_tb_n = 0;
        return UNBOUND;
    }
    return r;
}

void py_drop(long v, long mark);

/* g's frame goes: the iterators it owns (py_gen_adopt, a tuple of them for py_gen_adopt_args) are dropped. */
void py_drop_owned(long g) {
    long c = W(g)[6];
    long owned = c == 0 ? 0 : W(c)[1];
    if (owned == 0)
        return;
    W(c)[1] = 0;
    if (py_tag(owned) != T_TUPLE) {
        py_drop(owned, W(c)[2]);
        return;
    }
    for (long i = 0; i < W(owned)[1]; i++)
        py_drop(W(owned)[2 + i], W(c)[2]);
}

/* g.close(): GeneratorExit raised at the yield where g is suspended, so that its finally bodies and its
 * handlers of GeneratorExit run; a yield reached then is CPython's RuntimeError. A generator that has not
 * started, has finished, or whose closing runs no code is only marked finished. */
long py_gen_close(long g) {
    long state = W(g)[2];
    if (state <= 0 || W(g)[6] == 0) {
        W(g)[2] = -1;
        py_drop_owned(g);
        return NONE;
    }
    long cls = py_make_class(OD_GeneratorExit);
    py_exc = py_new_instance(cls);
    py_tb_n = 0;
    W(g)[5] = NONE;
    long r = py_gen_resume(g);
    if (py_exc) {
        long c = W(py_exc)[1];
        if (!py_is_subclass(c, cls) && !py_is_subclass(c, py_cls_StopIteration))
            return 0;
        py_exc = 0;
        py_tb_n = 0;
        return NONE;
    }
    if (r == STOP)
        return NONE;
    return py_raise(py_cls_RuntimeError, "generator ignored GeneratorExit");
}

/* g.throw(e): the exception (a class is instantiated) raised at the yield where g is suspended; what g
 * yields next is the value, and StopIteration when it finishes. A generator that has not started is
 * finished without running, and the exception raised here. */
long py_gen_throw(long g, long v) {
    long t = py_tag(v);
    if (!(t == T_CLASS && py_is_subclass(v, py_cls_BaseException)) &&
        !(t == T_INST && py_is_subclass(W(v)[1], py_cls_BaseException)))
        return py_type_error2("exceptions must be classes or instances deriving from BaseException, not ", v, "");
    long e = py_exception_of(v, "");
    if (py_exc)
        return 0;
    if (W(g)[2] <= 0) {
        py_gen_close(g);
        py_exc = e;
        return 0;
    }
    py_exc = e;
    py_tb_n = 0;
    return py_gen_step(g, NONE);
}

char *py_file_name; /* the program's file, for the tracebacks of exceptions ignored in closing */

/* The last reference to g went (a loop over it left, the call that consumed it returned, the program
 * ended): CPython closes it then, and frees it. An exception pending meanwhile is kept with its
 * traceback; one that the closing raises is shown on stderr after "Exception ignored in", and the run
 * goes on, as CPython's. */
void py_gen_release(long g) {
    if (W(g)[2] < 0)
        return;
    long e = py_exc;
    long n = py_tb_n;
    long tb = n > 0 ? py_tuple_from((long)py_tb, n) : 0;
    py_exc = 0;
    py_tb_n = 0;
    py_gen_close(g);
    if (py_exc) {
        long ignored = py_exc;
        py_exc = 0;
        W(ignored)[X_TB] = py_tuple_from((long)py_tb, py_tb_n);
        long b = py_sb_new();
        py_sb_c(b, "Exception ignored in: ");
        py_sb_str(b, py_repr(g));
        py_sb_char(b, '\n');
        py_sb_exception(b, py_file_name, ignored, 0);
        py_to_stderr = 1;
        py_write(py_sb_finish(b));
        py_to_stderr = 0;
    }
    if (W(g)[2] > 0) { /* it ignored GeneratorExit: CPython frees it all the same */
        W(g)[2] = -1;
        py_gen_live = py_gen_live - 1;
    }
    py_exc = e;
    py_tb_n = n;
    for (long i = 0; i < n; i++)
        py_tb[i] = W(tb)[2 + i];
}

/* v, the value of an expression nothing else refers to, is dropped: the generators made since `mark`
 * whose closing runs code (in it, or read by the map, filter, zip or enumerate it is) are closed. */
void py_drop(long v, long mark) {
    long t = py_tag(v);
    if (t == T_GEN) {
        if (py_gen_serial_of(v) > mark)
            py_gen_release(v);
        return;
    }
    if (t != T_LAZY)
        return;
    long kind = W(v)[1];
    if (kind == LZ_MAP || kind == LZ_ZIP) { /* its tuple of iterators: CPython frees a tuple's items last first */
        long its = W(v)[2];
        for (long k = W(its)[1] - 1; k >= 0; k--)
            py_drop(W(its)[2 + k], mark);
    } else if (kind == LZ_FILTER || kind == LZ_ENUMERATE) {
        py_drop(W(v)[2], mark);
    }
}

/* A generator expression g made from the iterator `it`, which the code since `mark` made: g owns it, and
 * closing g, or g's finishing, closes it, as CPython's frame of g holds its only reference. */
long py_gen_adopt(long g, long it, long mark) {
    if (py_gen_serial == mark)
        return g; /* nothing made since could need closing */
    long c = py_gen_closing(g);
    W(c)[1] = it;
    W(c)[2] = mark;
    return g;
}

/* A call given n arguments at argv, some of them values the code since `mark` made, that returned a
 * generator not yet started: a generator function's, whose frame holds the arguments' only references. */
long py_gen_adopt_args(long g, long argv, long n, long mark) {
    if (py_tag(g) != T_GEN || W(g)[2] != 0 || (W(g)[6] != 0 && W(W(g)[6])[1] != 0))
        return g;
    return py_gen_adopt(g, py_tuple_from(argv, n), mark);
}

long py_gen_resume(long g) {
    if (W(g)[2] < 0)
        return STOP;
    long r = ((py_code1)W(g)[1])(g);
    if (py_exc) {
        W(g)[2] = -1;
        return 0;
    }
    return r;
}

long py_gen_registry; /* the generators whose closing runs code that have been suspended: a list */

/* g suspended for the first time: kept in the registry, from which the finished ones are taken out when it
 * has grown to twice their number. */
void py_gen_register(long g) {
    if (py_gen_registry == 0)
        py_gen_registry = py_new_list(8);
    long items = W(py_gen_registry)[3];
    long n = W(py_gen_registry)[1];
    if (n >= 2 * py_gen_live + 16) {
        long kept = 0;
        for (long i = 0; i < n; i++)
            if (W(W(items)[i])[2] > 0) {
                W(items)[kept] = W(items)[i];
                kept = kept + 1;
            }
        for (long i = kept; i < n; i++)
            W(items)[i] = 0;
        W(py_gen_registry)[1] = kept;
    }
    py_list_append(py_gen_registry, g);
}

/* The resumption of a generator whose closing runs code (py_gen_closing puts it in the generator's place
 * of its code, which its closing block keeps): the code run, the generator counted among the live ones
 * from its first suspension to its end, when what it owns is dropped. */
long py_gen_run_closing(long g) {
    long state = W(g)[2];
    long r = ((py_code1)W(W(g)[6])[3])(g);
    if (py_exc)
        W(g)[2] = -1;
    if (W(g)[2] < 0) {
        if (state > 0)
            py_gen_live = py_gen_live - 1;
        ((py_code4)py_gen_ops)('o', g, 0, 0);
    } else if (state == 0) {
        py_gen_live = py_gen_live + 1;
        py_gen_register(g);
    }
    if (py_exc)
        return 0;
    return r;
}

/* The operations behind py_gen_ops: 'c' g.close(), 't' g.throw(v), 'o' the iterators g owns dropped. */
long py_gen_ops_code(long op, long g, long v, long unused) {
    if (op == 'c')
        return py_gen_close(g);
    if (op == 't')
        return py_gen_throw(g, v);
    py_drop_owned(g);
    return NONE;
}

/* An exception thrown into a delegating generator at its `yield from it` (pending in py_exc): a
 * GeneratorExit closes the subgenerator first and goes on; any other is thrown into a suspended
 * subgenerator, giving what it yields next, or STOP when it returns (its value where py_yield_from_value
 * reads it), or what it raises. At an iterator that is no generator the exception goes on. */
long py_yield_from_throw(long it) {
    long e = py_exc;
    long cls = py_on_demand[OD_GeneratorExit];
    if (py_tag(it) != T_GEN)
        return 0;
    if (cls != 0 && py_is_subclass(W(e)[1], cls)) {
        py_gen_release(it);
        return 0;
    }
    if (W(it)[2] <= 0)
        return 0;
    py_tb_n = 0;
    W(it)[5] = NONE;
    long r = py_gen_resume(it);
    if (py_exc)
        return 0;
    return r;
}

/* Whether v refers to the generator g, through the containers, instances, classes, functions, generators'
 * frames and lazy iterators it holds; *budget bounds the objects looked at: when it runs out, 0 with
 * *budget negative (not known). */
long py_refers(long v, long g, long *budget) {
    if (v == g)
        return 1;
    long t = py_tag(v);
    if (t == T_INT || t == T_NONE || t == T_BOOL || t == T_STR || t == T_FLOAT || t == T_RANGE)
        return 0;
    *budget = *budget - 1;
    if (*budget < 0)
        return 0;
    long n = 0;
    long words = 0;
    if (t == T_LIST || t == T_TUPLE) {
        words = py_items(v);
        n = W(v)[1];
    } else if (t == T_DICT || t == T_SET) {
        n = W(v)[2]; /* every place of its keys (and values), its holes too */
        for (long i = 0; i < n; i++)
            if (W(W(v)[3])[i] != 0 && py_refers(W(W(v)[3])[i], g, budget))
                return 1;
        if (t == T_SET)
            return 0;
        words = W(v)[4];
    } else if (t == T_INST) {
        return W(v)[2] != 0 && py_refers(W(v)[2], g, budget);
    } else if (t == T_CLASS) {
        return py_refers(W(v)[3], g, budget);
    } else if (t == T_FUNC) {
        if (py_refers(W(v)[4], g, budget)) /* its defaults, then its cells */
            return 1;
        words = v + 8;
        n = W(v)[7];
    } else if (t == T_CELL || t == T_ITER || t == T_BOUND || t == T_BMETH) {
        words = v + 1;
        n = 2;
    } else if (t == T_LAZY) {
        words = v + 2;
        n = 3;
    } else if (t == T_GEN) {
        if (W(v)[6] != 0 && W(W(v)[6])[1] != 0 && py_refers(W(W(v)[6])[1], g, budget))
            return 1;
        words = W(v)[3];
        n = W(v)[7];
    } else {
        return 0;
    }
    for (long i = 0; i < n; i++) {
        long w = W(words)[i];
        if (w != 0 && w != UNBOUND && py_refers(w, g, budget))
            return 1;
    }
    return 0;
}

/* At the program's end, the values of the module's n names at argv: each generator still suspended where
 * its closing runs code that one of them refers to is closed, in the order the generators were made. In
 * CPython such a generator's frame refers to the module's names, and they to it: the collection at
 * shutdown finds them all, and finalizes them in the order it tracks them, the order they were made. One
 * that none of them refers to was dropped before, at a moment not known here: it stays suspended, for
 * the report that follows. */
void py_gen_shutdown(long argv, long n) {
    if (py_gen_registry == 0)
        return;
    long last = 0;
    while (1) {
        long g = 0; /* the suspended generator made first after `last` */
        long items = W(py_gen_registry)[3];
        for (long i = 0; i < W(py_gen_registry)[1]; i++) {
            long c = W(items)[i];
            long serial = W(W(c)[6])[0];
            if (W(c)[2] > 0 && serial > last && (g == 0 || serial < W(W(g)[6])[0]))
                g = c;
        }
        if (g == 0)
            return;
        last = W(W(g)[6])[0];
        long reached = 0;
        long budget = 20000;
        for (long i = 0; i < n && !reached && budget >= 0; i++)
            reached = py_refers(W(argv)[i], g, &budget);
        if (reached)
            py_gen_release(g);
    }
}

/* After the shutdown: a generator that is still suspended where closing it runs code was dropped at a
 * moment the program does not fix (CPython closes it when its last reference goes): the run stops with
 * a report of it (1 is returned: the compiled code stops with TRAP 4), rather than print what CPython might
 * not. */
long py_gen_end(void) {
    if (py_gen_live <= 0)
        return 0;
    putchar(30);
    py_write(py_str_from("unsupported: a generator suspended inside a 'try' with a 'finally' (or a handler of "
                         "GeneratorExit) was left unfinished, and CPython would close it, running that code, "
                         "when its last reference goes, at a moment this program does not fix; close it "
                         "(gen.close()) or run it to its end"));
    return 1;
}
