// java.util.function's functional interfaces (each one abstract method: the target of a lambda).

interface Function<T, R> {
    R apply(T t);

    default <V> Function<T, V> andThen(Function<R, V> after) {
        Function<T, R> self = this;
        return x -> after.apply(self.apply(x));
    }

    default <V> Function<V, R> compose(Function<V, T> before) {
        Function<T, R> self = this;
        return x -> self.apply(before.apply(x));
    }

    static <T> Function<T, T> identity() {
        return x -> x;
    }
}

interface BiFunction<T, U, R> {
    R apply(T t, U u);

    default <V> BiFunction<T, U, V> andThen(Function<R, V> after) {
        BiFunction<T, U, R> self = this;
        return (t, u) -> after.apply(self.apply(t, u));
    }
}

interface UnaryOperator<T> extends Function<T, T> {
}

interface BinaryOperator<T> extends BiFunction<T, T, T> {
    static <T> BinaryOperator<T> minBy(Comparator<T> comparator) {
        Objects.requireNonNull(comparator);
        return (a, b) -> comparator.compare(a, b) <= 0 ? a : b;
    }

    static <T> BinaryOperator<T> maxBy(Comparator<T> comparator) {
        Objects.requireNonNull(comparator);
        return (a, b) -> comparator.compare(a, b) >= 0 ? a : b;
    }
}

interface Consumer<T> {
    void accept(T t);

    default Consumer<T> andThen(Consumer<T> after) {
        Consumer<T> self = this;
        return x -> {
            self.accept(x);
            after.accept(x);
        };
    }
}

interface BiConsumer<T, U> {
    void accept(T t, U u);

    default BiConsumer<T, U> andThen(BiConsumer<T, U> after) {
        BiConsumer<T, U> self = this;
        return (t, u) -> {
            self.accept(t, u);
            after.accept(t, u);
        };
    }
}

interface Predicate<T> {
    boolean test(T t);

    default Predicate<T> negate() {
        Predicate<T> self = this;
        return x -> !self.test(x);
    }

    default Predicate<T> and(Predicate<T> other) {
        Predicate<T> self = this;
        return x -> self.test(x) && other.test(x);
    }

    default Predicate<T> or(Predicate<T> other) {
        Predicate<T> self = this;
        return x -> self.test(x) || other.test(x);
    }
}

interface BiPredicate<T, U> {
    boolean test(T t, U u);

    default BiPredicate<T, U> negate() {
        BiPredicate<T, U> self = this;
        return (t, u) -> !self.test(t, u);
    }

    default BiPredicate<T, U> and(BiPredicate<T, U> other) {
        BiPredicate<T, U> self = this;
        return (t, u) -> self.test(t, u) && other.test(t, u);
    }

    default BiPredicate<T, U> or(BiPredicate<T, U> other) {
        BiPredicate<T, U> self = this;
        return (t, u) -> self.test(t, u) || other.test(t, u);
    }
}

interface Supplier<T> {
    T get();
}

interface ToIntFunction<T> {
    int applyAsInt(T t);
}

interface ToLongFunction<T> {
    long applyAsLong(T value);
}

interface IntFunction<R> {
    R apply(int value);
}

interface IntPredicate {
    boolean test(int value);

    default IntPredicate negate() {
        IntPredicate self = this;
        return x -> !self.test(x);
    }

    default IntPredicate and(IntPredicate other) {
        IntPredicate self = this;
        return x -> self.test(x) && other.test(x);
    }

    default IntPredicate or(IntPredicate other) {
        IntPredicate self = this;
        return x -> self.test(x) || other.test(x);
    }
}

interface IntUnaryOperator {
    int applyAsInt(int operand);

    default IntUnaryOperator andThen(IntUnaryOperator after) {
        IntUnaryOperator self = this;
        return x -> after.applyAsInt(self.applyAsInt(x));
    }

    default IntUnaryOperator compose(IntUnaryOperator before) {
        IntUnaryOperator self = this;
        return x -> self.applyAsInt(before.applyAsInt(x));
    }

    static IntUnaryOperator identity() {
        return x -> x;
    }
}

interface IntBinaryOperator {
    int applyAsInt(int left, int right);
}

interface IntConsumer {
    void accept(int value);

    default IntConsumer andThen(IntConsumer after) {
        IntConsumer self = this;
        return x -> {
            self.accept(x);
            after.accept(x);
        };
    }
}

interface ToDoubleFunction<T> {
    double applyAsDouble(T value);
}

interface DoubleFunction<R> {
    R apply(double value);
}

interface DoublePredicate {
    boolean test(double value);
}

interface DoubleUnaryOperator {
    double applyAsDouble(double operand);

    default DoubleUnaryOperator andThen(DoubleUnaryOperator after) {
        DoubleUnaryOperator self = this;
        return x -> after.applyAsDouble(self.applyAsDouble(x));
    }

    default DoubleUnaryOperator compose(DoubleUnaryOperator before) {
        DoubleUnaryOperator self = this;
        return x -> self.applyAsDouble(before.applyAsDouble(x));
    }

    static DoubleUnaryOperator identity() {
        return x -> x;
    }
}

interface DoubleBinaryOperator {
    double applyAsDouble(double left, double right);
}

interface DoubleConsumer {
    void accept(double value);
}

interface IntToDoubleFunction {
    double applyAsDouble(int value);
}

interface LongPredicate {
    boolean test(long value);
}

interface LongUnaryOperator {
    long applyAsLong(long operand);
}

interface LongBinaryOperator {
    long applyAsLong(long left, long right);
}

interface LongFunction<R> {
    R apply(long value);
}

interface LongConsumer {
    void accept(long value);
}

interface IntToLongFunction {
    long applyAsLong(int value);
}
