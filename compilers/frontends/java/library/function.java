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
}

interface IntUnaryOperator {
    int applyAsInt(int operand);
}

interface IntBinaryOperator {
    int applyAsInt(int left, int right);
}

interface IntConsumer {
    void accept(int value);
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
