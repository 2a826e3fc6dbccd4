// java.util.stream (the Optional and OptionalInt its operations give are in util.java). A stream is a pipeline that
// pushes each element of its source through every stage in turn before the next element, as java's
// lazy streams run: a print in a filter and one in a map interleave per element. A terminal operation
// starts it; a short-circuiting one (limit, findFirst, anyMatch...) stops the source early; sorted()
// takes every element before it passes the first on.

interface Sink<T> {
    // Take one element; false when nothing more is wanted.
    boolean push(T t);
}

interface IntSink {
    boolean push(int v);
}

interface DoubleSink {
    boolean push(double v);
}

interface LongSink {
    boolean push(long v);
}

abstract class Stream<T> {
    // Push every element into sink, in order; false when the sink stopped it.
    abstract boolean run(Sink<T> sink);

    static <T> Stream<T> ofIterable(Iterable<T> source) {
        return new Stream<T>() {
            boolean run(Sink<T> sink) {
                for (T x : source) {
                    if (!sink.push(x)) {
                        return false;
                    }
                }
                return true;
            }
        };
    }

    static <T> Stream<T> ofArray(Object[] items) {
        return new Stream<T>() {
            boolean run(Sink<T> sink) {
                for (Object x : items) {
                    if (!sink.push((T) x)) {
                        return false;
                    }
                }
                return true;
            }
        };
    }

    public static <T> Stream<T> empty() {
        return ofArray(new Object[0]);
    }

    // Declared before of(T a): for an array argument both apply, and javac's most specific is this one.
    public static <T> Stream<T> of(T... values) {
        return ofArray(values);
    }

    public static <T> Stream<T> of(T a) {
        return ofArray(new Object[] {a});
    }

    public static <T> Stream<T> of(T a, T b) {
        return ofArray(new Object[] {a, b});
    }

    public static <T> Stream<T> of(T a, T b, T c) {
        return ofArray(new Object[] {a, b, c});
    }

    public static <T> Stream<T> of(T a, T b, T c, T d) {
        return ofArray(new Object[] {a, b, c, d});
    }

    public static <T> Stream<T> of(T a, T b, T c, T d, T e) {
        return ofArray(new Object[] {a, b, c, d, e});
    }

    public static <T> Stream<T> of(T a, T b, T c, T d, T e, T f) {
        return ofArray(new Object[] {a, b, c, d, e, f});
    }

    public static <T> Stream<T> iterate(T seed, UnaryOperator<T> next) {
        return new Stream<T>() {
            boolean run(Sink<T> sink) {
                T x = seed;
                while (sink.push(x)) {
                    x = next.apply(x);
                }
                return false;
            }
        };
    }

    // Java 9's bounded iterate: seed, then next's results while hasNext holds.
    public static <T> Stream<T> iterate(T seed, Predicate<T> hasNext, UnaryOperator<T> next) {
        return new Stream<T>() {
            boolean run(Sink<T> sink) {
                for (T x = seed; hasNext.test(x); x = next.apply(x)) {
                    if (!sink.push(x)) {
                        return false;
                    }
                }
                return true;
            }
        };
    }

    public static <T> Stream<T> generate(Supplier<T> next) {
        return new Stream<T>() {
            boolean run(Sink<T> sink) {
                while (sink.push(next.get())) {
                }
                return false;
            }
        };
    }

    // a's elements, then b's (b is not started when the sink stopped in a)
    public static <T> Stream<T> concat(Stream<T> a, Stream<T> b) {
        return new Stream<T>() {
            boolean run(Sink<T> sink) {
                return a.run(sink) && b.run(sink);
            }
        };
    }

    public Stream<T> filter(Predicate<T> keep) {
        Stream<T> up = this;
        return new Stream<T>() {
            boolean run(Sink<T> sink) {
                return up.run(x -> !keep.test(x) || sink.push(x));
            }
        };
    }

    public <R> Stream<R> map(Function<T, R> f) {
        Stream<T> up = this;
        return new Stream<R>() {
            boolean run(Sink<R> sink) {
                return up.run(x -> sink.push(f.apply(x)));
            }
        };
    }

    public <R> Stream<R> flatMap(Function<T, Stream<R>> f) {
        Stream<T> up = this;
        return new Stream<R>() {
            boolean run(Sink<R> sink) {
                return up.run(x -> f.apply(x).run(sink));
            }
        };
    }

    public IntStream flatMapToInt(Function<T, IntStream> f) {
        Stream<T> up = this;
        return new IntStream() {
            boolean run(IntSink sink) {
                return up.run(x -> f.apply(x).run(sink));
            }
        };
    }

    public IntStream mapToInt(ToIntFunction<T> f) {
        Stream<T> up = this;
        return new IntStream() {
            boolean run(IntSink sink) {
                return up.run(x -> sink.push(f.applyAsInt(x)));
            }
        };
    }

    public LongStream mapToLong(ToLongFunction<T> f) {
        Stream<T> up = this;
        return new LongStream() {
            boolean run(LongSink sink) {
                return up.run(x -> sink.push(f.applyAsLong(x)));
            }
        };
    }

    public DoubleStream mapToDouble(ToDoubleFunction<T> f) {
        Stream<T> up = this;
        return new DoubleStream() {
            boolean run(DoubleSink sink) {
                return up.run(x -> sink.push(f.applyAsDouble(x)));
            }
        };
    }

    public Stream<T> peek(Consumer<T> action) {
        Stream<T> up = this;
        return new Stream<T>() {
            boolean run(Sink<T> sink) {
                return up.run(x -> {
                    action.accept(x);
                    return sink.push(x);
                });
            }
        };
    }

    public Stream<T> limit(long n) {
        if (n < 0) {
            throw new IllegalArgumentException(Long.toString(n));
        }
        Stream<T> up = this;
        return new Stream<T>() {
            boolean run(Sink<T> sink) {
                if (n == 0) {
                    return false;
                }
                long[] seen = new long[1];
                return up.run(x -> {
                    seen[0]++;
                    return sink.push(x) && seen[0] < n;
                });
            }
        };
    }

    public Stream<T> skip(long n) {
        Stream<T> up = this;
        return new Stream<T>() {
            boolean run(Sink<T> sink) {
                long[] seen = new long[1];
                return up.run(x -> {
                    seen[0]++;
                    return seen[0] <= n || sink.push(x);
                });
            }
        };
    }

    public Stream<T> distinct() {
        Stream<T> up = this;
        return new Stream<T>() {
            boolean run(Sink<T> sink) {
                HashSet<T> seen = new HashSet<T>();
                return up.run(x -> !seen.add(x) || sink.push(x));
            }
        };
    }

    public Stream<T> sorted() {
        return sorted((a, b) -> ((Comparable<T>) a).compareTo(b));
    }

    public Stream<T> sorted(Comparator<T> order) {
        Stream<T> up = this;
        return new Stream<T>() {
            boolean run(Sink<T> sink) {
                ArrayList<T> all = new ArrayList<T>();
                up.run(x -> all.add(x));
                all.sort(order);
                for (T x : all) {
                    if (!sink.push(x)) {
                        return false;
                    }
                }
                return true;
            }
        };
    }

    public void forEach(Consumer<T> action) {
        run(x -> {
            action.accept(x);
            return true;
        });
    }

    public void forEachOrdered(Consumer<T> action) {
        forEach(action);
    }

    public <A, R> R collect(Collector<T, A, R> collector) {
        A into = collector.supply();
        run(x -> {
            collector.add(into, x);
            return true;
        });
        return collector.finish(into);
    }

    public Object[] toArray() {
        return toList().toArray();
    }

    // The elements in the array that make gives for their number (arrays of references are all alike
    // here, so the one made is filled whatever its element type).
    public <A> A[] toArray(IntFunction<A[]> make) {
        List<T> all = toList();
        Object[] out = make.apply(all.size());
        for (int i = 0; i < out.length; i++) {
            out[i] = all.get(i);
        }
        return (A[]) out;
    }

    // java 17's is unmodifiable (Collections.unmodifiableList of a copy): add, set, remove and an
    // iterator's remove throw UnsupportedOperationException; nulls are kept.
    public List<T> toList() {
        ArrayList<T> out = new ArrayList<T>();
        run(x -> out.add(x));
        return Collections.unmodifiableList(out);
    }

    public long count() {
        long[] n = new long[1];
        run(x -> {
            n[0]++;
            return true;
        });
        return n[0];
    }

    public T reduce(T identity, BinaryOperator<T> op) {
        ArrayList<T> acc = new ArrayList<T>();
        acc.add(identity);
        run(x -> {
            acc.set(0, op.apply(acc.get(0), x));
            return true;
        });
        return acc.get(0);
    }

    public Optional<T> reduce(BinaryOperator<T> op) {
        ArrayList<T> acc = new ArrayList<T>();
        run(x -> {
            if (acc.isEmpty()) {
                acc.add(x);
            } else {
                acc.set(0, op.apply(acc.get(0), x));
            }
            return true;
        });
        if (acc.isEmpty()) {
            return Optional.empty();
        }
        return Optional.of(acc.get(0));
    }

    public Optional<T> max(Comparator<T> order) {
        return reduce((a, b) -> order.compare(a, b) >= 0 ? a : b);
    }

    public Optional<T> min(Comparator<T> order) {
        return reduce((a, b) -> order.compare(a, b) <= 0 ? a : b);
    }

    public Optional<T> findFirst() {
        ArrayList<T> found = new ArrayList<T>();
        run(x -> {
            found.add(x);
            return false;
        });
        if (found.isEmpty()) {
            return Optional.empty();
        }
        return Optional.of(found.get(0));
    }

    public Optional<T> findAny() {
        return findFirst();
    }

    public boolean anyMatch(Predicate<T> p) {
        return !run(x -> !p.test(x));
    }

    public boolean allMatch(Predicate<T> p) {
        return run(x -> p.test(x));
    }

    public boolean noneMatch(Predicate<T> p) {
        return run(x -> !p.test(x));
    }
}

abstract class IntStream {
    abstract boolean run(IntSink sink);

    public static IntStream range(int from, int to) {
        return new IntStream() {
            boolean run(IntSink sink) {
                for (int i = from; i < to; i++) {
                    if (!sink.push(i)) {
                        return false;
                    }
                }
                return true;
            }
        };
    }

    public static IntStream rangeClosed(int from, int to) {
        return new IntStream() {
            boolean run(IntSink sink) {
                for (int i = from; i <= to; i++) {
                    if (!sink.push(i)) {
                        return false;
                    }
                    if (i == to) {
                        break;
                    }
                }
                return true;
            }
        };
    }

    static IntStream ofArray(int[] items) {
        return new IntStream() {
            boolean run(IntSink sink) {
                for (int x : items) {
                    if (!sink.push(x)) {
                        return false;
                    }
                }
                return true;
            }
        };
    }

    public static IntStream empty() {
        return ofArray(new int[0]);
    }

    public static IntStream concat(IntStream a, IntStream b) {
        return new IntStream() {
            boolean run(IntSink sink) {
                return a.run(sink) && b.run(sink);
            }
        };
    }

    public static IntStream of(int a) {
        return ofArray(new int[] {a});
    }

    public static IntStream of(int a, int b) {
        return ofArray(new int[] {a, b});
    }

    public static IntStream of(int a, int b, int c) {
        return ofArray(new int[] {a, b, c});
    }

    public static IntStream of(int a, int b, int c, int d) {
        return ofArray(new int[] {a, b, c, d});
    }

    public static IntStream of(int a, int b, int c, int d, int e) {
        return ofArray(new int[] {a, b, c, d, e});
    }

    public static IntStream of(int a, int b, int c, int d, int e, int f) {
        return ofArray(new int[] {a, b, c, d, e, f});
    }

    public static IntStream of(int... values) {
        return Arrays.stream(values);
    }

    public static IntStream iterate(int seed, IntUnaryOperator next) {
        return new IntStream() {
            boolean run(IntSink sink) {
                int x = seed;
                while (sink.push(x)) {
                    x = next.applyAsInt(x);
                }
                return false;
            }
        };
    }

    public static IntStream iterate(int seed, IntPredicate hasNext, IntUnaryOperator next) {
        return new IntStream() {
            boolean run(IntSink sink) {
                for (int x = seed; hasNext.test(x); x = next.applyAsInt(x)) {
                    if (!sink.push(x)) {
                        return false;
                    }
                }
                return true;
            }
        };
    }

    public IntStream filter(IntPredicate keep) {
        IntStream up = this;
        return new IntStream() {
            boolean run(IntSink sink) {
                return up.run(x -> !keep.test(x) || sink.push(x));
            }
        };
    }

    public IntStream map(IntUnaryOperator f) {
        IntStream up = this;
        return new IntStream() {
            boolean run(IntSink sink) {
                return up.run(x -> sink.push(f.applyAsInt(x)));
            }
        };
    }

    public <R> Stream<R> mapToObj(IntFunction<R> f) {
        IntStream up = this;
        return new Stream<R>() {
            boolean run(Sink<R> sink) {
                return up.run(x -> sink.push(f.apply(x)));
            }
        };
    }

    public Stream<Integer> boxed() {
        IntStream up = this;
        return new Stream<Integer>() {
            boolean run(Sink<Integer> sink) {
                return up.run(x -> sink.push(x));
            }
        };
    }

    public IntStream peek(IntConsumer action) {
        IntStream up = this;
        return new IntStream() {
            boolean run(IntSink sink) {
                return up.run(x -> {
                    action.accept(x);
                    return sink.push(x);
                });
            }
        };
    }

    public IntStream limit(long n) {
        if (n < 0) {
            throw new IllegalArgumentException(Long.toString(n));
        }
        IntStream up = this;
        return new IntStream() {
            boolean run(IntSink sink) {
                if (n == 0) {
                    return false;
                }
                long[] seen = new long[1];
                return up.run(x -> {
                    seen[0]++;
                    return sink.push(x) && seen[0] < n;
                });
            }
        };
    }

    public IntStream skip(long n) {
        IntStream up = this;
        return new IntStream() {
            boolean run(IntSink sink) {
                long[] seen = new long[1];
                return up.run(x -> {
                    seen[0]++;
                    return seen[0] <= n || sink.push(x);
                });
            }
        };
    }

    public IntStream sorted() {
        IntStream up = this;
        return new IntStream() {
            boolean run(IntSink sink) {
                int[] all = up.toArray();
                Arrays.sort(all);
                for (int x : all) {
                    if (!sink.push(x)) {
                        return false;
                    }
                }
                return true;
            }
        };
    }

    public IntStream distinct() {
        IntStream up = this;
        return new IntStream() {
            boolean run(IntSink sink) {
                HashSet<Integer> seen = new HashSet<Integer>();
                return up.run(x -> !seen.add(x) || sink.push(x));
            }
        };
    }

    public void forEach(IntConsumer action) {
        run(x -> {
            action.accept(x);
            return true;
        });
    }

    public int sum() {
        int[] total = new int[1];
        run(x -> {
            total[0] += x;
            return true;
        });
        return total[0];
    }

    public IntSummaryStatistics summaryStatistics() {
        IntSummaryStatistics stats = new IntSummaryStatistics();
        run(x -> {
            stats.accept(x);
            return true;
        });
        return stats;
    }

    public long count() {
        long[] n = new long[1];
        run(x -> {
            n[0]++;
            return true;
        });
        return n[0];
    }

    public int reduce(int identity, IntBinaryOperator op) {
        int[] acc = {identity};
        run(x -> {
            acc[0] = op.applyAsInt(acc[0], x);
            return true;
        });
        return acc[0];
    }

    public OptionalInt reduce(IntBinaryOperator op) {
        int[] acc = new int[2];
        run(x -> {
            acc[1] = acc[0] == 0 ? x : op.applyAsInt(acc[1], x);
            acc[0] = 1;
            return true;
        });
        return acc[0] == 0 ? OptionalInt.empty() : OptionalInt.of(acc[1]);
    }

    public OptionalInt max() {
        return reduce((a, b) -> Math.max(a, b));
    }

    public OptionalInt min() {
        return reduce((a, b) -> Math.min(a, b));
    }

    public OptionalInt findFirst() {
        int[] found = new int[2];
        run(x -> {
            found[0] = 1;
            found[1] = x;
            return false;
        });
        return found[0] == 0 ? OptionalInt.empty() : OptionalInt.of(found[1]);
    }

    public boolean anyMatch(IntPredicate p) {
        return !run(x -> !p.test(x));
    }

    public boolean allMatch(IntPredicate p) {
        return run(x -> p.test(x));
    }

    public boolean noneMatch(IntPredicate p) {
        return run(x -> !p.test(x));
    }

    public int[] toArray() {
        ArrayList<Integer> all = new ArrayList<Integer>();
        run(x -> all.add(x));
        int[] out = new int[all.size()];
        for (int i = 0; i < out.length; i++) {
            out[i] = all.get(i);
        }
        return out;
    }

    // The mean of the elements as java computes it: their sum in a long, divided once.
    public OptionalDouble average() {
        long[] avg = new long[2];
        run(x -> {
            avg[0]++;
            avg[1] += x;
            return true;
        });
        return avg[0] > 0 ? OptionalDouble.of((double) avg[1] / avg[0]) : OptionalDouble.empty();
    }

    public LongStream asLongStream() {
        IntStream up = this;
        return new LongStream() {
            boolean run(LongSink sink) {
                return up.run(x -> sink.push(x));
            }
        };
    }

    public LongStream mapToLong(IntToLongFunction f) {
        IntStream up = this;
        return new LongStream() {
            boolean run(LongSink sink) {
                return up.run(x -> sink.push(f.applyAsLong(x)));
            }
        };
    }

    public DoubleStream asDoubleStream() {
        IntStream up = this;
        return new DoubleStream() {
            boolean run(DoubleSink sink) {
                return up.run(x -> sink.push(x));
            }
        };
    }

    public DoubleStream mapToDouble(IntToDoubleFunction f) {
        IntStream up = this;
        return new DoubleStream() {
            boolean run(DoubleSink sink) {
                return up.run(x -> sink.push(f.applyAsDouble(x)));
            }
        };
    }
}

abstract class DoubleStream {
    abstract boolean run(DoubleSink sink);

    static DoubleStream ofArray(double[] items) {
        return new DoubleStream() {
            boolean run(DoubleSink sink) {
                for (double x : items) {
                    if (!sink.push(x)) {
                        return false;
                    }
                }
                return true;
            }
        };
    }

    public static DoubleStream empty() {
        return ofArray(new double[0]);
    }

    public static DoubleStream of(double a) {
        return ofArray(new double[] {a});
    }

    public static DoubleStream of(double a, double b) {
        return ofArray(new double[] {a, b});
    }

    public static DoubleStream of(double a, double b, double c) {
        return ofArray(new double[] {a, b, c});
    }

    public static DoubleStream of(double a, double b, double c, double d) {
        return ofArray(new double[] {a, b, c, d});
    }

    public static DoubleStream of(double a, double b, double c, double d, double e) {
        return ofArray(new double[] {a, b, c, d, e});
    }

    public static DoubleStream of(double a, double b, double c, double d, double e, double f) {
        return ofArray(new double[] {a, b, c, d, e, f});
    }

    public static DoubleStream of(double... values) {
        return ofArray(values);
    }

    public DoubleStream limit(long n) {
        if (n < 0) {
            throw new IllegalArgumentException(Long.toString(n));
        }
        DoubleStream up = this;
        return new DoubleStream() {
            boolean run(DoubleSink sink) {
                if (n == 0) {
                    return false;
                }
                long[] seen = new long[1];
                return up.run(x -> {
                    seen[0]++;
                    return sink.push(x) && seen[0] < n;
                });
            }
        };
    }

    public DoubleStream skip(long n) {
        DoubleStream up = this;
        return new DoubleStream() {
            boolean run(DoubleSink sink) {
                long[] seen = new long[1];
                return up.run(x -> {
                    seen[0]++;
                    return seen[0] <= n || sink.push(x);
                });
            }
        };
    }

    public DoubleStream filter(DoublePredicate keep) {
        DoubleStream up = this;
        return new DoubleStream() {
            boolean run(DoubleSink sink) {
                return up.run(x -> !keep.test(x) || sink.push(x));
            }
        };
    }

    public DoubleStream map(DoubleUnaryOperator f) {
        DoubleStream up = this;
        return new DoubleStream() {
            boolean run(DoubleSink sink) {
                return up.run(x -> sink.push(f.applyAsDouble(x)));
            }
        };
    }

    public <R> Stream<R> mapToObj(DoubleFunction<R> f) {
        DoubleStream up = this;
        return new Stream<R>() {
            boolean run(Sink<R> sink) {
                return up.run(x -> sink.push(f.apply(x)));
            }
        };
    }

    public Stream<Double> boxed() {
        DoubleStream up = this;
        return new Stream<Double>() {
            boolean run(Sink<Double> sink) {
                return up.run(x -> sink.push(x));
            }
        };
    }

    public DoubleStream peek(DoubleConsumer action) {
        DoubleStream up = this;
        return new DoubleStream() {
            boolean run(DoubleSink sink) {
                return up.run(x -> {
                    action.accept(x);
                    return sink.push(x);
                });
            }
        };
    }

    public DoubleStream sorted() {
        DoubleStream up = this;
        return new DoubleStream() {
            boolean run(DoubleSink sink) {
                double[] all = up.toArray();
                Arrays.sort(all);
                for (double x : all) {
                    if (!sink.push(x)) {
                        return false;
                    }
                }
                return true;
            }
        };
    }

    public void forEach(DoubleConsumer action) {
        run(x -> {
            action.accept(x);
            return true;
        });
    }

    // Collectors.sumWithCompensation: Kahan's summation, the running sum in s[0] and the low-order bits
    // it lost (negated) in s[1]; s[last] the simple sum.
    static void addCompensated(double[] s, double x) {
        double tmp = x - s[1];
        double sum = s[0];
        double velvel = sum + tmp;
        s[1] = (velvel - sum) - tmp;
        s[0] = velvel;
    }

    // Collectors.computeFinalSum: the compensated sum (the compensation is held negated, so java 17
    // subtracts it), or the simple sum when that is infinite and the compensated one NaN.
    static double finalSum(double[] s) {
        double tmp = s[0] - s[1];
        double simple = s[s.length - 1];
        if (Double.isNaN(tmp) && Double.isInfinite(simple)) {
            return simple;
        }
        return tmp;
    }

    public double sum() {
        double[] s = new double[3];
        run(x -> {
            addCompensated(s, x);
            s[2] += x;
            return true;
        });
        return finalSum(s);
    }

    public DoubleSummaryStatistics summaryStatistics() {
        DoubleSummaryStatistics stats = new DoubleSummaryStatistics();
        run(x -> {
            stats.accept(x);
            return true;
        });
        return stats;
    }

    public OptionalDouble average() {
        double[] s = new double[4];
        run(x -> {
            s[2]++;
            addCompensated(s, x);
            s[3] += x;
            return true;
        });
        return s[2] > 0 ? OptionalDouble.of(finalSum(s) / s[2]) : OptionalDouble.empty();
    }

    public long count() {
        long[] n = new long[1];
        run(x -> {
            n[0]++;
            return true;
        });
        return n[0];
    }

    public double reduce(double identity, DoubleBinaryOperator op) {
        double[] acc = {identity};
        run(x -> {
            acc[0] = op.applyAsDouble(acc[0], x);
            return true;
        });
        return acc[0];
    }

    public OptionalDouble reduce(DoubleBinaryOperator op) {
        boolean[] seen = new boolean[1];
        double[] acc = new double[1];
        run(x -> {
            acc[0] = seen[0] ? op.applyAsDouble(acc[0], x) : x;
            seen[0] = true;
            return true;
        });
        return seen[0] ? OptionalDouble.of(acc[0]) : OptionalDouble.empty();
    }

    public OptionalDouble max() {
        return reduce((a, b) -> Math.max(a, b));
    }

    public OptionalDouble min() {
        return reduce((a, b) -> Math.min(a, b));
    }

    public boolean anyMatch(DoublePredicate p) {
        return !run(x -> !p.test(x));
    }

    public boolean allMatch(DoublePredicate p) {
        return run(x -> p.test(x));
    }

    public double[] toArray() {
        ArrayList<Double> all = new ArrayList<Double>();
        run(x -> all.add(x));
        double[] out = new double[all.size()];
        for (int i = 0; i < out.length; i++) {
            out[i] = all.get(i);
        }
        return out;
    }
}

// LongStream (from LongStream.range and of, Arrays.stream of a long[], mapToLong and asLongStream): its
// sum wraps as a long does, as java's reduce(0, Long::sum).
abstract class LongStream {
    abstract boolean run(LongSink sink);

    public static LongStream range(long from, long to) {
        return new LongStream() {
            boolean run(LongSink sink) {
                for (long i = from; i < to; i++) {
                    if (!sink.push(i)) {
                        return false;
                    }
                }
                return true;
            }
        };
    }

    public static LongStream rangeClosed(long from, long to) {
        return new LongStream() {
            boolean run(LongSink sink) {
                for (long i = from; i <= to; i++) {
                    if (!sink.push(i)) {
                        return false;
                    }
                    if (i == to) {
                        break;
                    }
                }
                return true;
            }
        };
    }

    static LongStream ofArray(long[] items) {
        return new LongStream() {
            boolean run(LongSink sink) {
                for (long x : items) {
                    if (!sink.push(x)) {
                        return false;
                    }
                }
                return true;
            }
        };
    }

    public static LongStream empty() {
        return ofArray(new long[0]);
    }

    public static LongStream of(long... values) {
        return ofArray(values);
    }

    public static LongStream iterate(long seed, LongUnaryOperator next) {
        return new LongStream() {
            boolean run(LongSink sink) {
                long x = seed;
                while (sink.push(x)) {
                    x = next.applyAsLong(x);
                }
                return false;
            }
        };
    }

    public static LongStream iterate(long seed, LongPredicate hasNext, LongUnaryOperator next) {
        return new LongStream() {
            boolean run(LongSink sink) {
                for (long x = seed; hasNext.test(x); x = next.applyAsLong(x)) {
                    if (!sink.push(x)) {
                        return false;
                    }
                }
                return true;
            }
        };
    }

    public LongStream limit(long n) {
        if (n < 0) {
            throw new IllegalArgumentException(Long.toString(n));
        }
        LongStream up = this;
        return new LongStream() {
            boolean run(LongSink sink) {
                if (n == 0) {
                    return false;
                }
                long[] seen = new long[1];
                return up.run(x -> {
                    seen[0]++;
                    return sink.push(x) && seen[0] < n;
                });
            }
        };
    }

    public LongStream skip(long n) {
        LongStream up = this;
        return new LongStream() {
            boolean run(LongSink sink) {
                long[] seen = new long[1];
                return up.run(x -> {
                    seen[0]++;
                    return seen[0] <= n || sink.push(x);
                });
            }
        };
    }

    public LongStream filter(LongPredicate keep) {
        LongStream up = this;
        return new LongStream() {
            boolean run(LongSink sink) {
                return up.run(x -> !keep.test(x) || sink.push(x));
            }
        };
    }

    public LongStream map(LongUnaryOperator f) {
        LongStream up = this;
        return new LongStream() {
            boolean run(LongSink sink) {
                return up.run(x -> sink.push(f.applyAsLong(x)));
            }
        };
    }

    public <R> Stream<R> mapToObj(LongFunction<R> f) {
        LongStream up = this;
        return new Stream<R>() {
            boolean run(Sink<R> sink) {
                return up.run(x -> sink.push(f.apply(x)));
            }
        };
    }

    public Stream<Long> boxed() {
        LongStream up = this;
        return new Stream<Long>() {
            boolean run(Sink<Long> sink) {
                return up.run(x -> sink.push(x));
            }
        };
    }

    public DoubleStream asDoubleStream() {
        LongStream up = this;
        return new DoubleStream() {
            boolean run(DoubleSink sink) {
                return up.run(x -> sink.push(x));
            }
        };
    }

    public LongStream peek(LongConsumer action) {
        LongStream up = this;
        return new LongStream() {
            boolean run(LongSink sink) {
                return up.run(x -> {
                    action.accept(x);
                    return sink.push(x);
                });
            }
        };
    }

    public LongStream sorted() {
        LongStream up = this;
        return new LongStream() {
            boolean run(LongSink sink) {
                long[] all = up.toArray();
                Arrays.sort(all);
                for (long x : all) {
                    if (!sink.push(x)) {
                        return false;
                    }
                }
                return true;
            }
        };
    }

    public void forEach(LongConsumer action) {
        run(x -> {
            action.accept(x);
            return true;
        });
    }

    public long sum() {
        return reduce(0, (a, b) -> a + b);
    }

    public OptionalDouble average() {
        long[] avg = new long[2];
        run(x -> {
            avg[0]++;
            avg[1] += x;
            return true;
        });
        return avg[0] > 0 ? OptionalDouble.of((double) avg[1] / avg[0]) : OptionalDouble.empty();
    }

    public long count() {
        long[] n = new long[1];
        run(x -> {
            n[0]++;
            return true;
        });
        return n[0];
    }

    public long reduce(long identity, LongBinaryOperator op) {
        long[] acc = {identity};
        run(x -> {
            acc[0] = op.applyAsLong(acc[0], x);
            return true;
        });
        return acc[0];
    }

    public OptionalLong reduce(LongBinaryOperator op) {
        boolean[] seen = new boolean[1];
        long[] acc = new long[1];
        run(x -> {
            acc[0] = seen[0] ? op.applyAsLong(acc[0], x) : x;
            seen[0] = true;
            return true;
        });
        return seen[0] ? OptionalLong.of(acc[0]) : OptionalLong.empty();
    }

    public OptionalLong max() {
        return reduce((a, b) -> Math.max(a, b));
    }

    public OptionalLong min() {
        return reduce((a, b) -> Math.min(a, b));
    }

    public OptionalLong findFirst() {
        boolean[] seen = new boolean[1];
        long[] first = new long[1];
        run(x -> {
            first[0] = x;
            seen[0] = true;
            return false;
        });
        return seen[0] ? OptionalLong.of(first[0]) : OptionalLong.empty();
    }

    public boolean anyMatch(LongPredicate p) {
        return !run(x -> !p.test(x));
    }

    public boolean allMatch(LongPredicate p) {
        return run(x -> p.test(x));
    }

    public boolean noneMatch(LongPredicate p) {
        return run(x -> !p.test(x));
    }

    public long[] toArray() {
        ArrayList<Long> all = new ArrayList<Long>();
        run(x -> all.add(x));
        long[] out = new long[all.size()];
        for (int i = 0; i < out.length; i++) {
            out[i] = all.get(i);
        }
        return out;
    }
}

// A collector: a container made for one collect, each element added to it, and the result made of it.
abstract class Collector<T, A, R> {
    abstract A supply();

    abstract void add(A into, T x);

    abstract R finish(A into);
}

class Collectors {
    // The collectors whose container is their result.
    abstract static class Into<T, R> extends Collector<T, R, R> {
        R finish(R into) {
            return into;
        }
    }

    public static <T> Collector<T, List<T>, List<T>> toList() {
        return new Collectors.Into<T, List<T>>() {
            List<T> supply() {
                return new ArrayList<T>();
            }

            void add(List<T> into, T x) {
                into.add(x);
            }
        };
    }

    public static <T> Collector<T, Set<T>, Set<T>> toSet() {
        return new Collectors.Into<T, Set<T>>() {
            Set<T> supply() {
                return new HashSet<T>();
            }

            void add(Set<T> into, T x) {
                into.add(x);
            }
        };
    }

    public static <T> Collector<T, StringBuilder, String> joining() {
        return joining("", "", "");
    }

    public static <T> Collector<T, StringBuilder, String> joining(String sep) {
        return joining(sep, "", "");
    }

    public static <T> Collector<T, StringBuilder, String> joining(String sep, String prefix, String suffix) {
        return new Collector<T, StringBuilder, String>() {
            boolean first = true;

            StringBuilder supply() {
                first = true;
                return new StringBuilder();
            }

            void add(StringBuilder into, T x) {
                if (!first) {
                    into.append(sep);
                }
                first = false;
                into.append(x);
            }

            String finish(StringBuilder into) {
                return prefix + into.toString() + suffix;
            }
        };
    }

    public static <T> Collector<T, long[], Long> counting() {
        return new Collector<T, long[], Long>() {
            long[] supply() {
                return new long[1];
            }

            void add(long[] into, T x) {
                into[0]++;
            }

            Long finish(long[] into) {
                return into[0];
            }
        };
    }

    public static <T> Collector<T, int[], Integer> summingInt(ToIntFunction<T> f) {
        return new Collector<T, int[], Integer>() {
            int[] supply() {
                return new int[1];
            }

            void add(int[] into, T x) {
                into[0] += f.applyAsInt(x);
            }

            Integer finish(int[] into) {
                return into[0];
            }
        };
    }

    public static <T, K> Collector<T, Map<K, List<T>>, Map<K, List<T>>> groupingBy(Function<T, K> key) {
        return new Collectors.Into<T, Map<K, List<T>>>() {
            Map<K, List<T>> supply() {
                return new HashMap<K, List<T>>();
            }

            void add(Map<K, List<T>> into, T x) {
                into.computeIfAbsent(key.apply(x), k -> new ArrayList<T>()).add(x);
            }
        };
    }

    public static <T, K, A, D> Collector<T, Map<K, A>, Map<K, D>> groupingBy(
            Function<T, K> key, Collector<T, A, D> downstream) {
        return new Collector<T, Map<K, A>, Map<K, D>>() {
            Map<K, A> supply() {
                return new HashMap<K, A>();
            }

            void add(Map<K, A> into, T x) {
                K k = key.apply(x);
                if (!into.containsKey(k)) {
                    into.put(k, downstream.supply());
                }
                downstream.add(into.get(k), x);
            }

            Map<K, D> finish(Map<K, A> into) {
                Map<K, D> out = new HashMap<K, D>();
                into.forEach((k, v) -> out.put(k, downstream.finish(v)));
                return out;
            }
        };
    }

    // The map the factory makes holds each group's container, then (as java's replaceAll) its result.
    public static <T, K, D, A, M extends Map<K, D>> Collector<T, Map<K, A>, M> groupingBy(
            Function<T, K> key, Supplier<M> factory, Collector<T, A, D> downstream) {
        return new Collector<T, Map<K, A>, M>() {
            Map<K, A> supply() {
                return (Map<K, A>) factory.get();
            }

            void add(Map<K, A> into, T x) {
                K k = Objects.requireNonNull(key.apply(x), "element cannot be mapped to a null key");
                if (!into.containsKey(k)) {
                    into.put(k, downstream.supply());
                }
                downstream.add(into.get(k), x);
            }

            M finish(Map<K, A> into) {
                Map<K, Object> out = (Map<K, Object>) into;
                for (K k : into.keySet()) {
                    out.put(k, downstream.finish(into.get(k)));
                }
                return (M) out;
            }
        };
    }

    // java's Partition prints false's group, then true's: a TreeMap of Boolean orders them so.
    public static <T> Collector<T, Map<Boolean, List<T>>, Map<Boolean, List<T>>> partitioningBy(
            Predicate<T> test) {
        return partitioningBy(test, Collectors.<T>toList());
    }

    public static <T, A, D> Collector<T, Map<Boolean, A>, Map<Boolean, D>> partitioningBy(
            Predicate<T> test, Collector<T, A, D> downstream) {
        return new Collector<T, Map<Boolean, A>, Map<Boolean, D>>() {
            Map<Boolean, A> supply() {
                Map<Boolean, A> into = new TreeMap<Boolean, A>();
                into.put(false, downstream.supply());
                into.put(true, downstream.supply());
                return into;
            }

            void add(Map<Boolean, A> into, T x) {
                downstream.add(into.get(test.test(x)), x);
            }

            Map<Boolean, D> finish(Map<Boolean, A> into) {
                Map<Boolean, D> out = new TreeMap<Boolean, D>();
                out.put(false, downstream.finish(into.get(false)));
                out.put(true, downstream.finish(into.get(true)));
                return out;
            }
        };
    }

    public static <T, U, A, R> Collector<T, A, R> mapping(Function<T, U> f, Collector<U, A, R> downstream) {
        return new Collector<T, A, R>() {
            A supply() {
                return downstream.supply();
            }

            void add(A into, T x) {
                downstream.add(into, f.apply(x));
            }

            R finish(A into) {
                return downstream.finish(into);
            }
        };
    }

    public static <T, A, R, RR> Collector<T, A, RR> collectingAndThen(Collector<T, A, R> downstream,
            Function<R, RR> then) {
        return new Collector<T, A, RR>() {
            A supply() {
                return downstream.supply();
            }

            void add(A into, T x) {
                downstream.add(into, x);
            }

            RR finish(A into) {
                return then.apply(downstream.finish(into));
            }
        };
    }

    public static <T, C extends Collection<T>> Collector<T, C, C> toCollection(Supplier<C> factory) {
        return new Collectors.Into<T, C>() {
            C supply() {
                return factory.get();
            }

            void add(C into, T x) {
                into.add(x);
            }
        };
    }

    public static <T> Collector<T, long[], Long> summingLong(ToLongFunction<T> f) {
        return new Collector<T, long[], Long>() {
            long[] supply() {
                return new long[1];
            }

            void add(long[] into, T x) {
                into[0] += f.applyAsLong(x);
            }

            Long finish(long[] into) {
                return into[0];
            }
        };
    }

    // java's compensated sum (DoubleStream's): the sum, the compensation and the simple sum.
    public static <T> Collector<T, double[], Double> summingDouble(ToDoubleFunction<T> f) {
        return new Collector<T, double[], Double>() {
            double[] supply() {
                return new double[3];
            }

            void add(double[] into, T x) {
                double v = f.applyAsDouble(x);
                DoubleStream.addCompensated(into, v);
                into[2] += v;
            }

            Double finish(double[] into) {
                return DoubleStream.finalSum(into);
            }
        };
    }

    public static <T> Collector<T, IntSummaryStatistics, IntSummaryStatistics> summarizingInt(ToIntFunction<T> f) {
        return summarizing(IntSummaryStatistics::new, (into, x) -> into.accept(f.applyAsInt(x)));
    }

    public static <T> Collector<T, DoubleSummaryStatistics, DoubleSummaryStatistics> summarizingDouble(
            ToDoubleFunction<T> f) {
        return summarizing(DoubleSummaryStatistics::new, (into, x) -> into.accept(f.applyAsDouble(x)));
    }

    private static <T, S> Collector<T, S, S> summarizing(Supplier<S> make, BiConsumer<S, T> step) {
        return new Collector<T, S, S>() {
            S supply() {
                return make.get();
            }

            void add(S into, T x) {
                step.accept(into, x);
            }

            S finish(S into) {
                return into;
            }
        };
    }

    // java sums an int's values in a long too.
    public static <T> Collector<T, long[], Double> averagingInt(ToIntFunction<T> f) {
        return averagingLong(x -> f.applyAsInt(x));
    }

    public static <T> Collector<T, long[], Double> averagingLong(ToLongFunction<T> f) {
        return new Collector<T, long[], Double>() {
            long[] supply() {
                return new long[2];
            }

            void add(long[] into, T x) {
                into[0] += f.applyAsLong(x);
                into[1]++;
            }

            Double finish(long[] into) {
                return into[1] == 0 ? 0.0 : (double) into[0] / into[1];
            }
        };
    }

    // The sum and compensation, the count, and the simple sum, as java's averagingDouble keeps them.
    public static <T> Collector<T, double[], Double> averagingDouble(ToDoubleFunction<T> f) {
        return new Collector<T, double[], Double>() {
            double[] supply() {
                return new double[4];
            }

            void add(double[] into, T x) {
                double v = f.applyAsDouble(x);
                DoubleStream.addCompensated(into, v);
                into[2]++;
                into[3] += v;
            }

            Double finish(double[] into) {
                return into[2] == 0 ? 0.0 : DoubleStream.finalSum(into) / into[2];
            }
        };
    }

    public static <T> Collector<T, List<T>, Optional<T>> maxBy(Comparator<T> order) {
        return reducing(BinaryOperator.maxBy(order));
    }

    public static <T> Collector<T, List<T>, Optional<T>> minBy(Comparator<T> order) {
        return reducing(BinaryOperator.minBy(order));
    }

    public static <T> Collector<T, List<T>, Optional<T>> reducing(BinaryOperator<T> op) {
        return new Collector<T, List<T>, Optional<T>>() {
            List<T> supply() {
                return new ArrayList<T>();
            }

            void add(List<T> into, T x) {
                if (into.isEmpty()) {
                    into.add(x);
                } else {
                    into.set(0, op.apply(into.get(0), x));
                }
            }

            Optional<T> finish(List<T> into) {
                if (into.isEmpty()) {
                    return Optional.empty();
                }
                return Optional.of(into.get(0));
            }
        };
    }

    // With an identity, the result is the identity when there is no element (no Optional).
    public static <T> Collector<T, List<T>, T> reducing(T identity, BinaryOperator<T> op) {
        return reducing(identity, Function.<T>identity(), op);
    }

    public static <T, U> Collector<T, List<U>, U> reducing(U identity, Function<T, U> mapper, BinaryOperator<U> op) {
        return new Collector<T, List<U>, U>() {
            List<U> supply() {
                List<U> into = new ArrayList<U>();
                into.add(identity);
                return into;
            }

            void add(List<U> into, T x) {
                into.set(0, op.apply(into.get(0), mapper.apply(x)));
            }

            U finish(List<U> into) {
                return into.get(0);
            }
        };
    }

    public static <T, K, U> Collector<T, Map<K, U>, Map<K, U>> toMap(Function<T, K> key, Function<T, U> value,
            BinaryOperator<U> merge) {
        return toMap(key, value, merge, HashMap::new);
    }

    public static <T, K, U, M extends Map<K, U>> Collector<T, M, M> toMap(Function<T, K> key,
            Function<T, U> value, BinaryOperator<U> merge, Supplier<M> factory) {
        return new Collectors.Into<T, M>() {
            M supply() {
                return factory.get();
            }

            void add(M into, T x) {
                into.merge(key.apply(x), value.apply(x), merge);
            }
        };
    }

    public static <T, K, U> Collector<T, Map<K, U>, Map<K, U>> toMap(Function<T, K> key, Function<T, U> value) {
        return new Collectors.Into<T, Map<K, U>>() {
            Map<K, U> supply() {
                return new HashMap<K, U>();
            }

            void add(Map<K, U> into, T x) {
                K k = key.apply(x);
                U v = value.apply(x);
                if (into.containsKey(k)) {
                    throw new IllegalStateException(
                            "Duplicate key " + k + " (attempted merging values " + into.get(k) + " and " + v + ")");
                }
                into.put(k, v);
            }
        };
    }
}

// DoubleStream's summaryStatistics(): the count, the sum as java 17 sums (Kahan's, DoubleStream.sum's),
// the least and greatest (infinities before the first element, Math.min and max after) and their mean.
class DoubleSummaryStatistics implements DoubleConsumer {
    private long count;
    private final double[] sums = new double[3];
    private double min = Double.POSITIVE_INFINITY;
    private double max = Double.NEGATIVE_INFINITY;

    public DoubleSummaryStatistics() {
    }

    public void accept(double value) {
        count++;
        DoubleStream.addCompensated(sums, value);
        sums[2] += value;
        min = Math.min(min, value);
        max = Math.max(max, value);
    }

    public long getCount() {
        return count;
    }

    public double getSum() {
        return DoubleStream.finalSum(sums);
    }

    public double getMin() {
        return min;
    }

    public double getMax() {
        return max;
    }

    public double getAverage() {
        return count > 0 ? getSum() / count : 0.0;
    }

    public String toString() {
        return String.format(
                "DoubleSummaryStatistics{count=%d, sum=%f, min=%f, average=%f, max=%f}",
                count, getSum(), min, getAverage(), max);
    }
}
