// java.util.function's functional interfaces (each one abstract method: the target of a lambda).

interface Function<T, R> {
    R apply(T t);
}

interface BiFunction<T, U, R> {
    R apply(T t, U u);
}

interface UnaryOperator<T> extends Function<T, T> {
}

interface BinaryOperator<T> extends BiFunction<T, T, T> {
}

interface Consumer<T> {
    void accept(T t);
}

interface BiConsumer<T, U> {
    void accept(T t, U u);
}

interface Predicate<T> {
    boolean test(T t);
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
