// java.util's collections, written in the subset (generic classes, erased) and compiled with every program
// that names one of them. HashMap follows java.util.HashMap's table exactly (the hash spread
// h ^ (h >>> 16), a power-of-two table from 16 that doubles past 3/4 full, new entries at a bucket's tail,
// a resize splitting each bucket in order), so iteration order is Java's; its bins are never turned into
// trees (Java does so past 8 collisions in one bucket, which keeps the same order in practice).

class NoSuchElementException extends RuntimeException {
    NoSuchElementException() {
    }

    NoSuchElementException(String message) {
        super(message);
    }
}

class ConcurrentModificationException extends RuntimeException {
}

class EmptyStackException extends RuntimeException {
}

interface Iterator<T> {
    boolean hasNext();

    T next();

    default void remove() {
        throw new UnsupportedOperationException("remove");
    }

    // java.util.Iterator's default: each element not yet visited, in turn.
    default void forEachRemaining(Consumer<T> action) {
        while (hasNext()) {
            action.accept(next());
        }
    }
}

// A list's iterator that moves both ways and changes the list where it stands (java's cursor between
// elements and its last returned index: set and remove act on the element next() or previous() gave).
interface ListIterator<E> extends Iterator<E> {
    boolean hasPrevious();

    E previous();

    int nextIndex();

    int previousIndex();

    void set(E e);

    void add(E e);
}

interface Comparator<T> {
    int compare(T a, T b);

    default Comparator<T> reversed() {
        Comparator<T> self = this;
        return (a, b) -> self.compare(b, a);
    }

    default Comparator<T> thenComparing(Comparator<T> other) {
        Comparator<T> self = this;
        return (a, b) -> {
            int r = self.compare(a, b);
            return r != 0 ? r : other.compare(a, b);
        };
    }

    default Comparator<T> thenComparingInt(ToIntFunction<T> key) {
        return thenComparing(new Collections.ByInt<T>(key));
    }

    default <U extends Comparable<U>> Comparator<T> thenComparing(Function<T, U> key) {
        return thenComparing(new Collections.ByKey<T, U>(key));
    }

    default <U> Comparator<T> thenComparing(Function<T, U> key, Comparator<U> order) {
        return thenComparing(comparing(key, order));
    }

    default Comparator<T> thenComparingLong(ToLongFunction<T> key) {
        return thenComparing(comparingLong(key));
    }

    default Comparator<T> thenComparingDouble(ToDoubleFunction<T> key) {
        return thenComparing(comparingDouble(key));
    }

    static <T extends Comparable<T>> Comparator<T> naturalOrder() {
        return new Collections.Natural<T>();
    }

    static <T extends Comparable<T>> Comparator<T> reverseOrder() {
        return new Collections.Reversed<T>();
    }

    static <T> Comparator<T> comparingInt(ToIntFunction<T> key) {
        return new Collections.ByInt<T>(key);
    }

    // null before every other value, the others by order (all equal when it is null), as java's.
    static <T> Comparator<T> nullsFirst(Comparator<T> order) {
        return (a, b) -> a == null ? (b == null ? 0 : -1) : b == null ? 1 : order == null ? 0 : order.compare(a, b);
    }

    static <T> Comparator<T> nullsLast(Comparator<T> order) {
        return (a, b) -> a == null ? (b == null ? 0 : 1) : b == null ? -1 : order == null ? 0 : order.compare(a, b);
    }

    static <T> Comparator<T> comparingLong(ToLongFunction<T> key) {
        return (a, b) -> Long.compare(key.applyAsLong(a), key.applyAsLong(b));
    }

    // Double.compare: NaN after every number and -0.0 before 0.0, as java's comparingDouble orders them.
    static <T> Comparator<T> comparingDouble(ToDoubleFunction<T> key) {
        return (a, b) -> Double.compare(key.applyAsDouble(a), key.applyAsDouble(b));
    }

    static <T, U extends Comparable<U>> Comparator<T> comparing(Function<T, U> key) {
        return new Collections.ByKey<T, U>(key);
    }

    static <T, U> Comparator<T> comparing(Function<T, U> key, Comparator<U> order) {
        return (a, b) -> order.compare(key.apply(a), key.apply(b));
    }
}

interface Collection<E> extends Iterable<E> {
    int size();

    boolean isEmpty();

    boolean contains(Object o);

    boolean add(E e);

    boolean remove(Object o);

    void clear();

    boolean addAll(Collection<? extends E> c);

    default boolean containsAll(Collection<?> c) {
        for (Object o : c) {
            if (!contains(o)) {
                return false;
            }
        }
        return true;
    }

    default boolean removeAll(Collection<?> c) {
        Objects.requireNonNull(c);
        return removeIf(e -> c.contains(e));
    }

    default boolean retainAll(Collection<?> c) {
        Objects.requireNonNull(c);
        return removeIf(e -> !c.contains(e));
    }

    boolean removeIf(Predicate<E> filter);

    default Object[] toArray() {
        Object[] out = new Object[size()];
        int i = 0;
        for (E e : this) {
            out[i++] = e;
        }
        return out;
    }

    // The elements in the array given when it is long enough (null after the last, as java's), else in
    // a new one (arrays of references here are all alike, so it is an Object[]).
    default <T> T[] toArray(T[] a) {
        int n = size();
        Object[] out = a.length >= n ? (Object[]) a : a.clone(n);
        int i = 0;
        for (E e : this) {
            out[i++] = e;
        }
        if (out.length > n) {
            out[n] = null;
        }
        return (T[]) out;
    }

    default Stream<E> stream() {
        return Stream.ofIterable(this);
    }
}

interface List<E> extends Collection<E> {
    E get(int index);

    E set(int index, E e);

    List<E> subList(int from, int to);

    void add(int index, E e);

    E remove(int index);

    int indexOf(Object o);

    int lastIndexOf(Object o);

    void sort(Comparator<E> c);

    ListIterator<E> listIterator();

    ListIterator<E> listIterator(int index);

    // java's takes a UnaryOperator<E>, which is a Function<E, E>.
    default void replaceAll(Function<E, E> operator) {
        Objects.requireNonNull(operator);
        for (int i = 0; i < size(); i++) {
            set(i, operator.apply(get(i)));
        }
    }

    default boolean addAll(int index, Collection<? extends E> c) {
        if (index < 0 || index > size()) {
            throw new IndexOutOfBoundsException("Index: " + index + ", Size: " + size());
        }
        int i = index;
        for (E e : c) {
            add(i++, e);
        }
        return !c.isEmpty();
    }

    static <T> List<T> of() {
        return Collections.<T>fixedList(new Object[0]);
    }

    static <T> List<T> of(T a) {
        Object[] xs = {a};
        return Collections.<T>fixedList(xs);
    }

    static <T> List<T> of(T a, T b) {
        Object[] xs = {a, b};
        return Collections.<T>fixedList(xs);
    }

    static <T> List<T> of(T a, T b, T c) {
        Object[] xs = {a, b, c};
        return Collections.<T>fixedList(xs);
    }

    static <T> List<T> of(T a, T b, T c, T d) {
        Object[] xs = {a, b, c, d};
        return Collections.<T>fixedList(xs);
    }

    static <T> List<T> of(T a, T b, T c, T d, T e) {
        Object[] xs = {a, b, c, d, e};
        return Collections.<T>fixedList(xs);
    }

    static <T> List<T> of(T a, T b, T c, T d, T e, T f) {
        Object[] xs = {a, b, c, d, e, f};
        return Collections.<T>fixedList(xs);
    }

    static <T> List<T> of(T... items) {
        Object[] xs = new Object[items.length];
        for (int i = 0; i < xs.length; i++) {
            xs[i] = items[i];
        }
        return Collections.<T>fixedList(xs);
    }

    // java 10's unmodifiable copy (a null element throws NullPointerException).
    static <T> List<T> copyOf(Collection<? extends T> c) {
        return Collections.<T>fixedList(c.toArray());
    }
}

interface Queue<E> extends Collection<E> {
    boolean offer(E e);

    E poll();

    E peek();

    E element();

    E remove();
}

interface Deque<E> extends Queue<E> {
    void addFirst(E e);

    // The elements from last to first (remove() takes the last one given out of the deque).
    Iterator<E> descendingIterator();

    void addLast(E e);

    boolean offerFirst(E e);

    boolean offerLast(E e);

    E pollFirst();

    E pollLast();

    E peekFirst();

    E peekLast();

    E removeFirst();

    E removeLast();

    E getFirst();

    E getLast();

    void push(E e);

    E pop();
}

interface Set<E> extends Collection<E> {
    static <E> Set<E> of(E... items) {
        return Collections.<E>fixedSet(items);
    }

    // java 10's unmodifiable copy: duplicates kept once, as java's (Set.of of a HashSet's elements).
    static <E> Set<E> copyOf(Collection<? extends E> c) {
        return Collections.<E>fixedSet(new HashSet<E>(c).toArray());
    }
}

interface Map<K, V> {
    int size();

    boolean isEmpty();

    V get(Object key);

    V put(K key, V value);

    V remove(Object key);

    boolean containsKey(Object key);

    boolean containsValue(Object value);

    V getOrDefault(Object key, V dflt);

    V putIfAbsent(K key, V value);

    void clear();

    Set<K> keySet();

    Collection<V> values();

    Set<Map.Entry<K, V>> entrySet();

    void forEach(BiConsumer<K, V> action);

    V merge(K key, V value, BiFunction<V, V, V> remapping);

    V computeIfAbsent(K key, Function<K, V> mapping);

    // Each entry's value replaced in place (the order of an access-ordered map is kept, as java's).
    default void replaceAll(BiFunction<K, V, V> function) {
        for (Map.Entry<K, V> e : entrySet()) {
            e.setValue(function.apply(e.getKey(), e.getValue()));
        }
    }

    // The new value, put when not null; null removes the key (java.util.Map's defaults).
    default V computeIfPresent(K key, BiFunction<K, V, V> remapping) {
        V old = get(key);
        if (old == null) {
            return null;
        }
        V value = remapping.apply(key, old);
        if (value == null) {
            remove(key);
        } else {
            put(key, value);
        }
        return value;
    }

    default V compute(K key, BiFunction<K, V, V> remapping) {
        V old = get(key);
        V value = remapping.apply(key, old);
        if (value == null) {
            if (old != null || containsKey(key)) {
                remove(key);
            }
            return null;
        }
        put(key, value);
        return value;
    }

    // Map.of: unmodifiable, in a HashMap's order (java's changes from run to run).
    // java's holder of a pair (null keys and values throw NullPointerException).
    static <K, V> Map.Entry<K, V> entry(K k, V v) {
        return new HashMap.Node<K, V>(0, Objects.requireNonNull(k), Objects.requireNonNull(v));
    }

    static <K, V> Map<K, V> of() {
        Object[] kv = new Object[0];
        return Collections.<K, V>fixedMap(kv);
    }

    // java 10's unmodifiable copy (a null key or value throws NullPointerException).
    static <K, V> Map<K, V> copyOf(Map<? extends K, ? extends V> m) {
        Object[] kv = new Object[2 * m.size()];
        int i = 0;
        for (Map.Entry<? extends K, ? extends V> e : m.entrySet()) {
            kv[i++] = e.getKey();
            kv[i++] = e.getValue();
        }
        return Collections.<K, V>fixedMap(kv);
    }

    static <K, V> Map<K, V> of(K k1, V v1) {
        Object[] kv = {k1, v1};
        return Collections.<K, V>fixedMap(kv);
    }

    static <K, V> Map<K, V> of(K k1, V v1, K k2, V v2) {
        Object[] kv = {k1, v1, k2, v2};
        return Collections.<K, V>fixedMap(kv);
    }

    static <K, V> Map<K, V> of(K k1, V v1, K k2, V v2, K k3, V v3) {
        Object[] kv = {k1, v1, k2, v2, k3, v3};
        return Collections.<K, V>fixedMap(kv);
    }

    static <K, V> Map<K, V> of(K k1, V v1, K k2, V v2, K k3, V v3, K k4, V v4) {
        Object[] kv = {k1, v1, k2, v2, k3, v3, k4, v4};
        return Collections.<K, V>fixedMap(kv);
    }

    static <K, V> Map<K, V> of(K k1, V v1, K k2, V v2, K k3, V v3, K k4, V v4, K k5, V v5) {
        Object[] kv = {k1, v1, k2, v2, k3, v3, k4, v4, k5, v5};
        return Collections.<K, V>fixedMap(kv);
    }

    static <K, V> Map<K, V> of(K k1, V v1, K k2, V v2, K k3, V v3, K k4, V v4, K k5, V v5, K k6, V v6) {
        Object[] kv = {k1, v1, k2, v2, k3, v3, k4, v4, k5, v5, k6, v6};
        return Collections.<K, V>fixedMap(kv);
    }

    static <K, V> Map<K, V> of(K k1, V v1, K k2, V v2, K k3, V v3, K k4, V v4, K k5, V v5, K k6, V v6, K k7, V v7) {
        Object[] kv = {k1, v1, k2, v2, k3, v3, k4, v4, k5, v5, k6, v6, k7, v7};
        return Collections.<K, V>fixedMap(kv);
    }

    static <K, V> Map<K, V> of(K k1, V v1, K k2, V v2, K k3, V v3, K k4, V v4, K k5, V v5, K k6, V v6, K k7, V v7, K k8, V v8) {
        Object[] kv = {k1, v1, k2, v2, k3, v3, k4, v4, k5, v5, k6, v6, k7, v7, k8, v8};
        return Collections.<K, V>fixedMap(kv);
    }

    static <K, V> Map<K, V> of(K k1, V v1, K k2, V v2, K k3, V v3, K k4, V v4, K k5, V v5, K k6, V v6, K k7, V v7, K k8, V v8, K k9, V v9) {
        Object[] kv = {k1, v1, k2, v2, k3, v3, k4, v4, k5, v5, k6, v6, k7, v7, k8, v8, k9, v9};
        return Collections.<K, V>fixedMap(kv);
    }

    static <K, V> Map<K, V> of(K k1, V v1, K k2, V v2, K k3, V v3, K k4, V v4, K k5, V v5, K k6, V v6, K k7, V v7, K k8, V v8, K k9, V v9, K k10, V v10) {
        Object[] kv = {k1, v1, k2, v2, k3, v3, k4, v4, k5, v5, k6, v6, k7, v7, k8, v8, k9, v9, k10, v10};
        return Collections.<K, V>fixedMap(kv);
    }
    default void putAll(Map<? extends K, ? extends V> m) {
        for (Map.Entry<? extends K, ? extends V> e : m.entrySet()) {
            put(e.getKey(), e.getValue());
        }
    }

    interface Entry<K, V> {
        K getKey();

        V getValue();

        V setValue(V value);

        static <K extends Comparable<K>, V> Comparator<Map.Entry<K, V>> comparingByKey() {
            return (a, b) -> a.getKey().compareTo(b.getKey());
        }

        static <K, V extends Comparable<V>> Comparator<Map.Entry<K, V>> comparingByValue() {
            return (a, b) -> a.getValue().compareTo(b.getValue());
        }

        static <K, V> Comparator<Map.Entry<K, V>> comparingByKey(Comparator<K> order) {
            return (a, b) -> order.compare(a.getKey(), b.getKey());
        }

        static <K, V> Comparator<Map.Entry<K, V>> comparingByValue(Comparator<V> order) {
            return (a, b) -> order.compare(a.getValue(), b.getValue());
        }
    }
}

abstract class AbstractCollection<E> implements Collection<E> {
    public boolean isEmpty() {
        return size() == 0;
    }

    public boolean contains(Object o) {
        Iterator<E> it = iterator();
        while (it.hasNext()) {
            if (Collections.same(o, it.next())) {
                return true;
            }
        }
        return false;
    }

    public boolean add(E e) {
        throw new UnsupportedOperationException();
    }

    // java's: the first element equal to o goes, through the iterator (whose remove() may refuse)
    public boolean remove(Object o) {
        Iterator<E> it = iterator();
        while (it.hasNext()) {
            if (Collections.same(o, it.next())) {
                it.remove();
                return true;
            }
        }
        return false;
    }

    public void clear() {
        throw new UnsupportedOperationException();
    }

    public boolean addAll(Collection<? extends E> c) {
        boolean changed = false;
        Iterator<? extends E> it = c.iterator();
        while (it.hasNext()) {
            if (add(it.next())) {
                changed = true;
            }
        }
        return changed;
    }

    // removeIf by the iterator's remove(), as java.util.Collection's default: for the views of a map,
    // which clear() and add() cannot change.
    boolean removeEach(Predicate<E> filter) {
        boolean removed = false;
        Iterator<E> it = iterator();
        while (it.hasNext()) {
            if (filter.test(it.next())) {
                it.remove();
                removed = true;
            }
        }
        return removed;
    }

    public boolean removeIf(Predicate<E> filter) {
        ArrayList<E> keep = new ArrayList<E>();
        boolean removed = false;
        Iterator<E> it = iterator();
        while (it.hasNext()) {
            E e = it.next();
            if (filter.test(e)) {
                removed = true;
            } else {
                keep.add(e);
            }
        }
        if (removed) {
            clear();
            addAll(keep);
        }
        return removed;
    }

    public String toString() {
        Iterator<E> it = iterator();
        if (!it.hasNext()) {
            return "[]";
        }
        StringBuilder sb = new StringBuilder();
        sb.append('[');
        while (true) {
            Object e = it.next();
            if (e == this) {
                sb.append("(this Collection)");
            } else {
                sb.append(e);
            }
            if (!it.hasNext()) {
                return sb.append(']').toString();
            }
            sb.append(", ");
        }
    }
}

abstract class AbstractList<E> extends AbstractCollection<E> implements List<E> {
    // The structural changes made (ArrayList's adds and removes), which an iterator checks as java's
    // does: a list changed but through the iterator throws ConcurrentModificationException at next().
    protected int modCount;

    public boolean add(E e) {
        add(size(), e);
        return true;
    }

    // A view of part of the list: what is done to it is done to the list (subList(a, b).clear()).
    public List<E> subList(int from, int to) {
        if (from < 0) {
            throw new IndexOutOfBoundsException("fromIndex = " + from);
        }
        if (to > size()) {
            throw new IndexOutOfBoundsException("toIndex = " + to);
        }
        if (from > to) {
            throw new IllegalArgumentException("fromIndex(" + from + ") > toIndex(" + to + ")");
        }
        return new AbstractList.Sub<E>(this, from, to - from);
    }

    static class Sub<E> extends AbstractList<E> {
        private final AbstractList<E> base;
        private final int from;
        private int size;

        Sub(AbstractList<E> base, int from, int size) {
            this.base = base;
            this.from = from;
            this.size = size;
        }

        private void check(int i, int n) {
            if (i < 0 || i >= n) {
                throw new IndexOutOfBoundsException("Index " + i + " out of bounds for length " + size);
            }
        }

        public int size() {
            return size;
        }

        public E get(int i) {
            check(i, size);
            return base.get(from + i);
        }

        public E set(int i, E e) {
            check(i, size);
            return base.set(from + i, e);
        }

        public void add(int i, E e) {
            check(i, size + 1);
            base.add(from + i, e);
            size++;
            modCount++;
        }

        public E remove(int i) {
            check(i, size);
            size--;
            modCount++;
            return base.remove(from + i);
        }
    }

    public E set(int index, E e) {
        throw new UnsupportedOperationException();
    }

    public void add(int index, E e) {
        throw new UnsupportedOperationException();
    }

    public E remove(int index) {
        throw new UnsupportedOperationException();
    }

    public boolean remove(Object o) {
        int i = indexOf(o);
        if (i < 0) {
            return false;
        }
        remove(i);
        return true;
    }

    public void clear() {
        while (size() > 0) {
            remove(size() - 1);
        }
    }

    public int indexOf(Object o) {
        for (int i = 0; i < size(); i++) {
            if (Collections.same(o, get(i))) {
                return i;
            }
        }
        return -1;
    }

    public int lastIndexOf(Object o) {
        for (int i = size() - 1; i >= 0; i--) {
            if (Collections.same(o, get(i))) {
                return i;
            }
        }
        return -1;
    }

    public boolean contains(Object o) {
        return indexOf(o) >= 0;
    }

    public Iterator<E> iterator() {
        return new AbstractList.Itr<E>(this);
    }

    public ListIterator<E> listIterator() {
        return new AbstractList.ListItr<E>(this, 0);
    }

    public ListIterator<E> listIterator(int index) {
        if (index < 0 || index > size()) {
            throw new IndexOutOfBoundsException("Index: " + index + ", Size: " + size());
        }
        return new AbstractList.ListItr<E>(this, index);
    }

    static class ListItr<E> implements ListIterator<E> {
        private final List<E> list;
        private int cursor;
        private int last = -1;

        ListItr(List<E> list, int cursor) {
            this.list = list;
            this.cursor = cursor;
        }

        public boolean hasNext() {
            return cursor < list.size();
        }

        public boolean hasPrevious() {
            return cursor > 0;
        }

        public int nextIndex() {
            return cursor;
        }

        public int previousIndex() {
            return cursor - 1;
        }

        public E next() {
            if (cursor >= list.size()) {
                throw new NoSuchElementException();
            }
            last = cursor;
            cursor++;
            return list.get(last);
        }

        public E previous() {
            if (cursor <= 0) {
                throw new NoSuchElementException();
            }
            cursor--;
            last = cursor;
            return list.get(last);
        }

        public void remove() {
            if (last < 0) {
                throw new IllegalStateException();
            }
            list.remove(last);
            cursor = last;
            last = -1;
        }

        public void set(E e) {
            if (last < 0) {
                throw new IllegalStateException();
            }
            list.set(last, e);
        }

        public void add(E e) {
            list.add(cursor, e);
            cursor++;
            last = -1;
        }
    }

    public void sort(Comparator<E> c) {
        Object[] a = new Object[size()];
        for (int i = 0; i < a.length; i++) {
            a[i] = get(i);
        }
        Collections.mergeSort(a, c);
        for (int i = 0; i < a.length; i++) {
            set(i, (E) a[i]);
        }
    }

    public boolean equals(Object o) {
        if (o == this) {
            return true;
        }
        if (!(o instanceof List)) {
            return false;
        }
        List<Object> other = (List<Object>) o;
        if (other.size() != size()) {
            return false;
        }
        Iterator<E> a = iterator();
        Iterator<Object> b = other.iterator();
        while (a.hasNext()) {
            if (!Collections.same(a.next(), b.next())) {
                return false;
            }
        }
        return true;
    }

    public int hashCode() {
        int h = 1;
        Iterator<E> it = iterator();
        while (it.hasNext()) {
            Object e = it.next();
            h = 31 * h + (e == null ? 0 : e.hashCode());
        }
        return h;
    }

    static class Itr<E> implements Iterator<E> {
        private final AbstractList<E> list;
        private int next;
        private boolean removable;
        private int expected;

        Itr(AbstractList<E> list) {
            this.list = list;
            expected = list.modCount;
        }

        // cursor != size, as java's: a removal that leaves the cursor past the end goes on to next()
        public boolean hasNext() {
            return next != list.size();
        }

        public E next() {
            if (list.modCount != expected) {
                throw new ConcurrentModificationException();
            }
            if (next >= list.size()) {
                throw new NoSuchElementException();
            }
            next++;
            removable = true;
            return list.get(next - 1);
        }

        public void remove() {
            if (!removable) {
                throw new IllegalStateException();
            }
            if (list.modCount != expected) {
                throw new ConcurrentModificationException();
            }
            removable = false;
            list.remove(--next);
            expected = list.modCount;
        }
    }
}

class ArrayList<E> extends AbstractList<E> {
    private Object[] data;
    private int size;

    public ArrayList() {
        data = new Object[10];
    }

    public ArrayList(int capacity) {
        if (capacity < 0) {
            throw new IllegalArgumentException("Illegal Capacity: " + capacity);
        }
        data = new Object[capacity < 10 ? 10 : capacity];
    }

    public ArrayList(Collection<? extends E> c) {
        data = new Object[c.size() < 10 ? 10 : c.size()];
        addAll(c);
    }

    public int size() {
        return size;
    }

    private void check(int index) {
        if (index < 0 || index >= size) {
            throw new IndexOutOfBoundsException("Index " + index + " out of bounds for length " + size);
        }
    }

    public E get(int index) {
        check(index);
        return (E) data[index];
    }

    public E set(int index, E e) {
        check(index);
        E old = (E) data[index];
        data[index] = e;
        return old;
    }

    public boolean add(E e) {
        modCount++;
        if (size == data.length) {
            grow();
        }
        data[size] = e;
        size++;
        return true;
    }

    private void grow() {
        Object[] bigger = new Object[data.length + (data.length >> 1) + 1];
        for (int i = 0; i < size; i++) {
            bigger[i] = data[i];
        }
        data = bigger;
    }

    public void add(int index, E e) {
        if (index < 0 || index > size) {
            throw new IndexOutOfBoundsException("Index: " + index + ", Size: " + size);
        }
        modCount++;
        if (size == data.length) {
            grow();
        }
        for (int i = size; i > index; i--) {
            data[i] = data[i - 1];
        }
        data[index] = e;
        size++;
    }

    public E remove(int index) {
        check(index);
        modCount++;
        E old = (E) data[index];
        for (int i = index; i < size - 1; i++) {
            data[i] = data[i + 1];
        }
        size--;
        data[size] = null;
        return old;
    }

    public void clear() {
        modCount++;
        for (int i = 0; i < size; i++) {
            data[i] = null;
        }
        size = 0;
    }
}

class Stack<E> extends ArrayList<E> {
    public E push(E e) {
        add(e);
        return e;
    }

    public E pop() {
        if (size() == 0) {
            throw new EmptyStackException();
        }
        return remove(size() - 1);
    }

    public E peek() {
        if (size() == 0) {
            throw new EmptyStackException();
        }
        return get(size() - 1);
    }

    public boolean empty() {
        return size() == 0;
    }

    // The 1-based distance from the top of the nearest o (by equals), -1 when there is none.
    public int search(Object o) {
        int i = lastIndexOf(o);
        return i >= 0 ? size() - i : -1;
    }
}

class LinkedList<E> extends AbstractList<E> implements Deque<E> {
    private LinkedList.Node<E> first;
    private LinkedList.Node<E> last;
    private int size;

    public LinkedList() {
    }

    public LinkedList(Collection<? extends E> c) {
        addAll(c);
    }

    static class Node<E> {
        E item;
        LinkedList.Node<E> prev;
        LinkedList.Node<E> next;

        Node(E item) {
            this.item = item;
        }
    }

    public int size() {
        return size;
    }

    private LinkedList.Node<E> node(int index) {
        if (index < 0 || index >= size) {
            throw new IndexOutOfBoundsException("Index: " + index + ", Size: " + size);
        }
        LinkedList.Node<E> n = first;
        for (int i = 0; i < index; i++) {
            n = n.next;
        }
        return n;
    }

    public E get(int index) {
        return node(index).item;
    }

    public E set(int index, E e) {
        LinkedList.Node<E> n = node(index);
        E old = n.item;
        n.item = e;
        return old;
    }

    public void add(int index, E e) {
        if (index == size) {
            addLast(e);
            return;
        }
        LinkedList.Node<E> at = node(index);
        LinkedList.Node<E> n = new LinkedList.Node<E>(e);
        n.next = at;
        n.prev = at.prev;
        if (at.prev == null) {
            first = n;
        } else {
            at.prev.next = n;
        }
        at.prev = n;
        size++;
        modCount++;
    }

    public boolean add(E e) {
        addLast(e);
        return true;
    }

    private E unlink(LinkedList.Node<E> n) {
        if (n.prev == null) {
            first = n.next;
        } else {
            n.prev.next = n.next;
        }
        if (n.next == null) {
            last = n.prev;
        } else {
            n.next.prev = n.prev;
        }
        size--;
        modCount++;
        return n.item;
    }

    public E remove(int index) {
        return unlink(node(index));
    }

    public void clear() {
        first = null;
        last = null;
        size = 0;
        modCount++;
    }

    public Iterator<E> iterator() {
        return new LinkedList.Itr<E>(this);
    }

    public Iterator<E> descendingIterator() {
        return new LinkedList.DescItr<E>(this);
    }

    // java's DescendingIterator: a ListItr from the end, walked by previous(); Itr's count of the
    // elements given out, its remove() and its checks serve it as they are.
    static class DescItr<E> extends LinkedList.Itr<E> {
        DescItr(LinkedList<E> list) {
            super(list);
            next = list.last;
        }

        LinkedList.Node<E> after(LinkedList.Node<E> n) {
            return n.prev;
        }
    }

    // java's ListItr: hasNext() compares the index with the size, next() first checks that the list
    // was changed through nothing but the iterator (ConcurrentModificationException).
    static class Itr<E> implements Iterator<E> {
        final LinkedList<E> list;
        LinkedList.Node<E> next;
        LinkedList.Node<E> lastReturned;
        int nextIndex;
        int expected;

        Itr(LinkedList<E> list) {
            this.list = list;
            next = list.first;
            expected = list.modCount;
        }

        public boolean hasNext() {
            return nextIndex < list.size;
        }

        public E next() {
            if (list.modCount != expected) {
                throw new ConcurrentModificationException();
            }
            if (!hasNext()) {
                throw new NoSuchElementException();
            }
            lastReturned = next;
            next = after(next);
            nextIndex++;
            return lastReturned.item;
        }

        // The node after n in the walk (DescItr's goes back).
        LinkedList.Node<E> after(LinkedList.Node<E> n) {
            return n.next;
        }

        public void remove() {
            if (list.modCount != expected) {
                throw new ConcurrentModificationException();
            }
            if (lastReturned == null) {
                throw new IllegalStateException();
            }
            list.unlink(lastReturned);
            nextIndex--;
            lastReturned = null;
            expected = list.modCount;
        }
    }

    public void addFirst(E e) {
        LinkedList.Node<E> n = new LinkedList.Node<E>(e);
        n.next = first;
        if (first == null) {
            last = n;
        } else {
            first.prev = n;
        }
        first = n;
        size++;
        modCount++;
    }

    public void addLast(E e) {
        LinkedList.Node<E> n = new LinkedList.Node<E>(e);
        n.prev = last;
        if (last == null) {
            first = n;
        } else {
            last.next = n;
        }
        last = n;
        size++;
        modCount++;
    }

    public boolean offer(E e) {
        addLast(e);
        return true;
    }

    public boolean offerFirst(E e) {
        addFirst(e);
        return true;
    }

    public boolean offerLast(E e) {
        addLast(e);
        return true;
    }

    public E poll() {
        return first == null ? null : unlink(first);
    }

    public E pollFirst() {
        return first == null ? null : unlink(first);
    }

    public E pollLast() {
        return last == null ? null : unlink(last);
    }

    public E peek() {
        return first == null ? null : first.item;
    }

    public E peekFirst() {
        return first == null ? null : first.item;
    }

    public E peekLast() {
        return last == null ? null : last.item;
    }

    public E getFirst() {
        if (first == null) {
            throw new NoSuchElementException();
        }
        return first.item;
    }

    public E getLast() {
        if (last == null) {
            throw new NoSuchElementException();
        }
        return last.item;
    }

    public E element() {
        return getFirst();
    }

    public E remove() {
        return removeFirst();
    }

    public E removeFirst() {
        if (first == null) {
            throw new NoSuchElementException();
        }
        return unlink(first);
    }

    public E removeLast() {
        if (last == null) {
            throw new NoSuchElementException();
        }
        return unlink(last);
    }

    public void push(E e) {
        addFirst(e);
    }

    public E pop() {
        return removeFirst();
    }
}

// java's binary heap: the same sift up and down, so it iterates (and prints) in java's array order.
class PriorityQueue<E> extends AbstractCollection<E> implements Queue<E> {
    private Object[] queue;
    private int size;
    private final Comparator<E> comparator;

    public PriorityQueue() {
        this(11, null);
    }

    public PriorityQueue(int initialCapacity) {
        this(initialCapacity, null);
    }

    public PriorityQueue(Comparator<E> comparator) {
        this(11, comparator);
    }

    public PriorityQueue(int initialCapacity, Comparator<E> comparator) {
        if (initialCapacity < 1) {
            throw new IllegalArgumentException();
        }
        queue = new Object[initialCapacity];
        this.comparator = comparator;
    }

    public PriorityQueue(Collection<? extends E> c) {
        comparator = null;
        queue = new Object[c.size() < 1 ? 1 : c.size()];
        for (E e : c) {
            if (e == null) {
                throw new NullPointerException();
            }
            queue[size++] = e;
        }
        for (int i = (size >>> 1) - 1; i >= 0; i--) {
            siftDown(i, queue[i]);
        }
    }

    private int compare(Object a, Object b) {
        if (comparator != null) {
            return comparator.compare((E) a, (E) b);
        }
        return ((Comparable<Object>) a).compareTo(b);
    }

    private void siftUp(int k, Object x) {
        while (k > 0) {
            int parent = (k - 1) >>> 1;
            Object e = queue[parent];
            if (compare(x, e) >= 0) {
                break;
            }
            queue[k] = e;
            k = parent;
        }
        queue[k] = x;
    }

    private void siftDown(int k, Object x) {
        int half = size >>> 1;
        while (k < half) {
            int child = (k << 1) + 1;
            Object c = queue[child];
            int right = child + 1;
            if (right < size && compare(c, queue[right]) > 0) {
                child = right;
                c = queue[child];
            }
            if (compare(x, c) <= 0) {
                break;
            }
            queue[k] = c;
            k = child;
        }
        queue[k] = x;
    }

    public int size() {
        return size;
    }

    public boolean add(E e) {
        return offer(e);
    }

    public boolean offer(E e) {
        if (e == null) {
            throw new NullPointerException();
        }
        if (size >= queue.length) {
            int old = queue.length;
            Object[] bigger = new Object[old < 64 ? old + old + 2 : old + (old >> 1)];
            for (int i = 0; i < size; i++) {
                bigger[i] = queue[i];
            }
            queue = bigger;
        }
        siftUp(size, e);
        size++;
        return true;
    }

    public E peek() {
        return (E) queue[0];
    }

    public E element() {
        if (size == 0) {
            throw new NoSuchElementException();
        }
        return (E) queue[0];
    }

    public E poll() {
        if (size == 0) {
            return null;
        }
        Object result = queue[0];
        int n = --size;
        Object x = queue[n];
        queue[n] = null;
        if (n > 0) {
            siftDown(0, x);
        }
        return (E) result;
    }

    public E remove() {
        if (size == 0) {
            throw new NoSuchElementException();
        }
        return poll();
    }

    public boolean remove(Object o) {
        for (int i = 0; i < size; i++) {
            if (o != null && o.equals(queue[i])) {
                int s = --size;
                if (s == i) {
                    queue[i] = null;
                } else {
                    Object moved = queue[s];
                    queue[s] = null;
                    siftDown(i, moved);
                    if (queue[i] == moved) {
                        siftUp(i, moved);
                    }
                }
                return true;
            }
        }
        return false;
    }

    public void clear() {
        for (int i = 0; i < size; i++) {
            queue[i] = null;
        }
        size = 0;
    }

    public Iterator<E> iterator() {
        ArrayList<E> items = new ArrayList<E>();
        for (int i = 0; i < size; i++) {
            items.add((E) queue[i]);
        }
        return items.iterator();
    }
}

class ArrayDeque<E> extends AbstractCollection<E> implements Deque<E> {
    private Object[] data;
    private int head;
    private int size;

    public ArrayDeque() {
        data = new Object[16];
    }

    public ArrayDeque(int capacity) {
        data = new Object[capacity < 1 ? 1 : capacity];
    }

    public ArrayDeque(Collection<? extends E> c) {
        data = new Object[c.size() < 16 ? 16 : c.size()];
        addAll(c);
    }

    public int size() {
        return size;
    }

    private void grow() {
        Object[] bigger = new Object[data.length * 2];
        for (int i = 0; i < size; i++) {
            bigger[i] = data[(head + i) % data.length];
        }
        data = bigger;
        head = 0;
    }

    private E at(int i) {
        return (E) data[(head + i) % data.length];
    }

    public void addFirst(E e) {
        if (e == null) {
            throw new NullPointerException();
        }
        if (size == data.length) {
            grow();
        }
        head = (head - 1 + data.length) % data.length;
        data[head] = e;
        size++;
    }

    public void addLast(E e) {
        if (e == null) {
            throw new NullPointerException();
        }
        if (size == data.length) {
            grow();
        }
        data[(head + size) % data.length] = e;
        size++;
    }

    public boolean add(E e) {
        addLast(e);
        return true;
    }

    public boolean offer(E e) {
        addLast(e);
        return true;
    }

    public boolean offerFirst(E e) {
        addFirst(e);
        return true;
    }

    public boolean offerLast(E e) {
        addLast(e);
        return true;
    }

    public E pollFirst() {
        if (size == 0) {
            return null;
        }
        E e = at(0);
        data[head] = null;
        head = (head + 1) % data.length;
        size--;
        return e;
    }

    public E pollLast() {
        if (size == 0) {
            return null;
        }
        E e = at(size - 1);
        data[(head + size - 1) % data.length] = null;
        size--;
        return e;
    }

    public E poll() {
        return pollFirst();
    }

    public E peekFirst() {
        return size == 0 ? null : at(0);
    }

    public E peekLast() {
        return size == 0 ? null : at(size - 1);
    }

    public E peek() {
        return peekFirst();
    }

    public E getFirst() {
        if (size == 0) {
            throw new NoSuchElementException();
        }
        return at(0);
    }

    public E getLast() {
        if (size == 0) {
            throw new NoSuchElementException();
        }
        return at(size - 1);
    }

    public E element() {
        return getFirst();
    }

    public E removeFirst() {
        if (size == 0) {
            throw new NoSuchElementException();
        }
        return pollFirst();
    }

    public E removeLast() {
        if (size == 0) {
            throw new NoSuchElementException();
        }
        return pollLast();
    }

    public E remove() {
        return removeFirst();
    }

    public void push(E e) {
        addFirst(e);
    }

    public E pop() {
        return removeFirst();
    }

    public void clear() {
        while (size > 0) {
            pollFirst();
        }
    }

    // The element at i taken out, those after it moving up one place.
    private void delete(int i) {
        for (int k = i; k < size - 1; k++) {
            data[(head + k) % data.length] = data[(head + k + 1) % data.length];
        }
        data[(head + size - 1) % data.length] = null;
        size--;
    }

    public boolean removeFirstOccurrence(Object o) {
        for (int i = 0; i < size; i++) {
            if (Objects.equals(o, at(i))) {
                delete(i);
                return true;
            }
        }
        return false;
    }

    public boolean removeLastOccurrence(Object o) {
        for (int i = size - 1; i >= 0; i--) {
            if (Objects.equals(o, at(i))) {
                delete(i);
                return true;
            }
        }
        return false;
    }

    public boolean remove(Object o) {
        return removeFirstOccurrence(o);
    }

    // The iterators walk the deque itself: remove() takes out the element next() gave.
    public Iterator<E> iterator() {
        ArrayDeque<E> dq = this;
        return new Iterator<E>() {
            int cursor = 0;
            int lastRet = -1;

            public boolean hasNext() {
                return cursor < dq.size;
            }

            public E next() {
                if (cursor >= dq.size) {
                    throw new NoSuchElementException();
                }
                lastRet = cursor;
                return dq.at(cursor++);
            }

            public void remove() {
                if (lastRet < 0) {
                    throw new IllegalStateException();
                }
                dq.delete(lastRet);
                cursor = lastRet;
                lastRet = -1;
            }
        };
    }

    public Iterator<E> descendingIterator() {
        ArrayDeque<E> dq = this;
        return new Iterator<E>() {
            int cursor = dq.size - 1;
            int lastRet = -1;

            public boolean hasNext() {
                return cursor >= 0;
            }

            public E next() {
                if (cursor < 0) {
                    throw new NoSuchElementException();
                }
                lastRet = cursor;
                return dq.at(cursor--);
            }

            public void remove() {
                if (lastRet < 0) {
                    throw new IllegalStateException();
                }
                dq.delete(lastRet);
                lastRet = -1;
            }
        };
    }
}

abstract class AbstractSet<E> extends AbstractCollection<E> implements Set<E> {
    public boolean equals(Object o) {
        if (o == this) {
            return true;
        }
        if (!(o instanceof Set)) {
            return false;
        }
        Set<Object> other = (Set<Object>) o;
        if (other.size() != size()) {
            return false;
        }
        Iterator<Object> it = other.iterator();
        while (it.hasNext()) {
            if (!contains(it.next())) {
                return false;
            }
        }
        return true;
    }

    public int hashCode() {
        int h = 0;
        Iterator<E> it = iterator();
        while (it.hasNext()) {
            Object e = it.next();
            h += e == null ? 0 : e.hashCode();
        }
        return h;
    }
}

abstract class AbstractMap<K, V> implements Map<K, V> {
    // A pair whose value may be set (the usual pair before records).
    static class SimpleEntry<K, V> extends HashMap.Node<K, V> {
        public SimpleEntry(K key, V value) {
            super(0, key, value);
        }

        public SimpleEntry(Map.Entry<? extends K, ? extends V> e) {
            super(0, e.getKey(), e.getValue());
        }
    }

    public boolean isEmpty() {
        return size() == 0;
    }

    public V getOrDefault(Object key, V dflt) {
        return containsKey(key) ? get(key) : dflt;
    }

    public V putIfAbsent(K key, V value) {
        V old = get(key);
        if (old == null) {
            put(key, value);
        }
        return old;
    }

    public void forEach(BiConsumer<K, V> action) {
        Iterator<Map.Entry<K, V>> it = entrySet().iterator();
        while (it.hasNext()) {
            Map.Entry<K, V> e = it.next();
            action.accept(e.getKey(), e.getValue());
        }
    }

    public V merge(K key, V value, BiFunction<V, V, V> remapping) {
        V old = get(key);
        V next = old == null ? value : remapping.apply(old, value);
        if (next == null) {
            remove(key);
        } else {
            put(key, next);
        }
        return next;
    }

    public V computeIfAbsent(K key, Function<K, V> mapping) {
        V old = get(key);
        if (old != null) {
            return old;
        }
        V made = mapping.apply(key);
        if (made != null) {
            put(key, made);
        }
        return made;
    }

    public boolean containsValue(Object value) {
        Iterator<V> it = values().iterator();
        while (it.hasNext()) {
            if (Collections.same(value, it.next())) {
                return true;
            }
        }
        return false;
    }

    public String toString() {
        Iterator<Map.Entry<K, V>> it = entrySet().iterator();
        if (!it.hasNext()) {
            return "{}";
        }
        StringBuilder sb = new StringBuilder();
        sb.append('{');
        while (true) {
            Map.Entry<K, V> e = it.next();
            Object k = e.getKey();
            Object v = e.getValue();
            sb.append(k == this ? "(this Map)" : k);
            sb.append('=');
            sb.append(v == this ? "(this Map)" : v);
            if (!it.hasNext()) {
                return sb.append('}').toString();
            }
            sb.append(", ");
        }
    }

    public boolean equals(Object o) {
        if (o == this) {
            return true;
        }
        if (!(o instanceof Map)) {
            return false;
        }
        Map<Object, Object> other = (Map<Object, Object>) o;
        if (other.size() != size()) {
            return false;
        }
        Iterator<Map.Entry<K, V>> it = entrySet().iterator();
        while (it.hasNext()) {
            Map.Entry<K, V> e = it.next();
            if (!other.containsKey(e.getKey()) || !Collections.same(e.getValue(), other.get(e.getKey()))) {
                return false;
            }
        }
        return true;
    }

    public int hashCode() {
        int h = 0;
        Iterator<Map.Entry<K, V>> it = entrySet().iterator();
        while (it.hasNext()) {
            h += it.next().hashCode();
        }
        return h;
    }
}

class HashMap<K, V> extends AbstractMap<K, V> {
    private HashMap.Node<K, V>[] table;
    private int size;
    private int threshold;
    // The structural changes made (a key added or removed, clear), which an iterator checks as java's
    // does: a map changed but through the iterator throws ConcurrentModificationException at next().
    int modCount;

    public HashMap() {
    }

    public HashMap(int initialCapacity) {
        if (initialCapacity < 0) {
            throw new IllegalArgumentException("Illegal initial capacity: " + initialCapacity);
        }
        int n = 1;
        while (n < initialCapacity) {
            n *= 2;
        }
        threshold = n;
    }

    // Sized for m as java sizes it (its iteration order depends on the table's size).
    public HashMap(Map<? extends K, ? extends V> m) {
        this(m.size() == 0 ? 16 : m.size() * 4 / 3 + 1);
        putAll(m);
    }

    static class Node<K, V> implements Map.Entry<K, V> {
        final int hash;
        final K key;
        V value;
        HashMap.Node<K, V> next;

        Node(int hash, K key, V value) {
            this.hash = hash;
            this.key = key;
            this.value = value;
        }

        public K getKey() {
            return key;
        }

        public V getValue() {
            return value;
        }

        public V setValue(V v) {
            V old = value;
            value = v;
            return old;
        }

        public String toString() {
            return key + "=" + value;
        }

        public int hashCode() {
            return Collections.hash(key) ^ Collections.hash(value);
        }

        public boolean equals(Object o) {
            if (!(o instanceof Map.Entry)) {
                return false;
            }
            Map.Entry<Object, Object> e = (Map.Entry<Object, Object>) o;
            return Collections.same(key, e.getKey()) && Collections.same(value, e.getValue());
        }
    }

    static int hash(Object key) {
        if (key == null) {
            return 0;
        }
        int h = key.hashCode();
        return h ^ (h >>> 16);
    }

    public int size() {
        return size;
    }

    HashMap.Node<K, V> find(Object key) {
        if (table == null) {
            return null;
        }
        int h = hash(key);
        HashMap.Node<K, V> e = table[(table.length - 1) & h];
        while (e != null) {
            if (e.hash == h && (e.key == key || (key != null && key.equals(e.key)))) {
                return e;
            }
            e = e.next;
        }
        return null;
    }

    public V get(Object key) {
        HashMap.Node<K, V> e = find(key);
        return e == null ? null : e.value;
    }

    public boolean containsKey(Object key) {
        return find(key) != null;
    }

    public V getOrDefault(Object key, V dflt) {
        HashMap.Node<K, V> e = find(key);
        return e == null ? dflt : e.value;
    }

    public V put(K key, V value) {
        if (table == null) {
            resize();
        }
        int h = hash(key);
        int i = (table.length - 1) & h;
        HashMap.Node<K, V> e = table[i];
        if (e == null) {
            table[i] = newNode(h, key, value);
        } else {
            while (true) {
                if (e.hash == h && (e.key == key || (key != null && key.equals(e.key)))) {
                    V old = e.value;
                    e.value = value;
                    return old;
                }
                if (e.next == null) {
                    e.next = newNode(h, key, value);
                    break;
                }
                e = e.next;
            }
        }
        size++;
        modCount++;
        if (size > threshold) {
            resize();
        }
        return null;
    }

    HashMap.Node<K, V> newNode(int hash, K key, V value) {
        return new HashMap.Node<K, V>(hash, key, value);
    }

    // merge and computeIfAbsent as java's HashMap has them: a table past its threshold grows before the
    // key is looked for, and a new key's node goes at the head of its bucket (put's goes at the tail),
    // so a map filled by merge iterates in java's order.
    public V merge(K key, V value, BiFunction<V, V, V> remapping) {
        if (table == null || size > threshold) {
            resize();
        }
        int h = hash(key);
        int i = (table.length - 1) & h;
        for (HashMap.Node<K, V> e = table[i]; e != null; e = e.next) {
            if (e.hash == h && (e.key == key || (key != null && key.equals(e.key)))) {
                V next = e.value == null ? value : remapping.apply(e.value, value);
                if (next == null) {
                    remove(key);
                } else {
                    e.value = next;
                }
                return next;
            }
        }
        HashMap.Node<K, V> made = newNode(h, key, value);
        made.next = table[i];
        table[i] = made;
        size++;
        modCount++;
        return value;
    }

    public V computeIfAbsent(K key, Function<K, V> mapping) {
        if (table == null || size > threshold) {
            resize();
        }
        int h = hash(key);
        int i = (table.length - 1) & h;
        HashMap.Node<K, V> found = null;
        for (HashMap.Node<K, V> e = table[i]; e != null; e = e.next) {
            if (e.hash == h && (e.key == key || (key != null && key.equals(e.key)))) {
                found = e;
                break;
            }
        }
        if (found != null && found.value != null) {
            return found.value;
        }
        V v = mapping.apply(key);
        if (v == null) {
            return null;
        }
        if (found != null) {
            found.value = v;
            return v;
        }
        HashMap.Node<K, V> made = newNode(h, key, v);
        made.next = table[i];
        table[i] = made;
        size++;
        modCount++;
        return v;
    }

    private void resize() {
        HashMap.Node<K, V>[] old = table;
        int oldCap = old == null ? 0 : old.length;
        int newCap;
        if (oldCap > 0) {
            newCap = oldCap * 2;
        } else if (threshold > 0) {
            newCap = threshold;
        } else {
            newCap = 16;
        }
        threshold = newCap * 3 / 4;
        HashMap.Node<K, V>[] tab = (HashMap.Node<K, V>[]) new HashMap.Node[newCap];
        table = tab;
        for (int j = 0; j < oldCap; j++) {
            HashMap.Node<K, V> e = old[j];
            if (e == null) {
                continue;
            }
            // Each bucket splits, in order, between j and j + oldCap.
            HashMap.Node<K, V> loHead = null;
            HashMap.Node<K, V> loTail = null;
            HashMap.Node<K, V> hiHead = null;
            HashMap.Node<K, V> hiTail = null;
            while (e != null) {
                HashMap.Node<K, V> next = e.next;
                e.next = null;
                if ((e.hash & oldCap) == 0) {
                    if (loTail == null) {
                        loHead = e;
                    } else {
                        loTail.next = e;
                    }
                    loTail = e;
                } else {
                    if (hiTail == null) {
                        hiHead = e;
                    } else {
                        hiTail.next = e;
                    }
                    hiTail = e;
                }
                e = next;
            }
            tab[j] = loHead;
            tab[j + oldCap] = hiHead;
        }
    }

    public V remove(Object key) {
        if (table == null) {
            return null;
        }
        int h = hash(key);
        int i = (table.length - 1) & h;
        HashMap.Node<K, V> e = table[i];
        HashMap.Node<K, V> prev = null;
        while (e != null) {
            if (e.hash == h && (e.key == key || (key != null && key.equals(e.key)))) {
                if (prev == null) {
                    table[i] = e.next;
                } else {
                    prev.next = e.next;
                }
                size--;
                modCount++;
                return e.value;
            }
            prev = e;
            e = e.next;
        }
        return null;
    }

    public void clear() {
        modCount++;
        if (table != null) {
            for (int i = 0; i < table.length; i++) {
                table[i] = null;
            }
        }
        size = 0;
    }

    HashMap.Node<K, V> firstFrom(int bucket) {
        if (table == null) {
            return null;
        }
        for (int i = bucket; i < table.length; i++) {
            if (table[i] != null) {
                return table[i];
            }
        }
        return null;
    }

    HashMap.Node<K, V> after(HashMap.Node<K, V> e) {
        if (e.next != null) {
            return e.next;
        }
        return firstFrom(((table.length - 1) & e.hash) + 1);
    }

    public Set<K> keySet() {
        return new HashMap.View<K, V, K>(this, 0);
    }

    public Collection<V> values() {
        return new HashMap.View<K, V, V>(this, 1);
    }

    public Set<Map.Entry<K, V>> entrySet() {
        return new HashMap.View<K, V, Map.Entry<K, V>>(this, 2);
    }

    // keySet(), values() and entrySet(): views of the map, iterated in its table's order.
    static class View<K, V, T> extends AbstractSet<T> {
        private final HashMap<K, V> map;
        private final int kind;

        View(HashMap<K, V> map, int kind) {
            this.map = map;
            this.kind = kind;
        }

        public int size() {
            return map.size();
        }

        public boolean contains(Object o) {
            if (kind == 0) {
                return map.containsKey(o);
            }
            return super.contains(o);
        }

        // keySet()'s removes the key; values()'s and entrySet()'s the first entry equal to o, through the
        // iterator (AbstractCollection's); false when there is none.
        public boolean remove(Object o) {
            if (kind != 0) {
                return super.remove(o);
            }
            if (!map.containsKey(o)) {
                return false;
            }
            map.remove(o);
            return true;
        }

        public Iterator<T> iterator() {
            return new HashMap.Walk<K, V, T>(map, kind);
        }

        public boolean removeIf(Predicate<T> filter) {
            return removeEach(filter);
        }
    }

    static class Walk<K, V, T> implements Iterator<T> {
        private final HashMap<K, V> map;
        private final int kind;
        private HashMap.Node<K, V> next;
        private HashMap.Node<K, V> last;
        private int expected;

        Walk(HashMap<K, V> map, int kind) {
            this.map = map;
            this.kind = kind;
            next = map.firstFrom(0);
            expected = map.modCount;
        }

        public boolean hasNext() {
            return next != null;
        }

        public void remove() {
            if (last == null) {
                throw new IllegalStateException();
            }
            if (map.modCount != expected) {
                throw new ConcurrentModificationException();
            }
            map.remove(last.key);
            last = null;
            expected = map.modCount;
        }

        public T next() {
            if (map.modCount != expected) {
                throw new ConcurrentModificationException();
            }
            HashMap.Node<K, V> e = next;
            if (e == null) {
                throw new NoSuchElementException();
            }
            last = e;
            next = map.after(e);
            Object out = kind == 0 ? e.key : (kind == 1 ? e.value : e);
            return (T) out;
        }
    }
}

// A HashMap that iterates in the order its keys were first put: each entry is linked to the next.
// With accessOrder (new LinkedHashMap<>(16, 0.75f, true)) an entry read or put again moves to the end, and
// removeEldestEntry, asked after each new key, may remove the first entry: java's LRU cache.
class LinkedHashMap<K, V> extends HashMap<K, V> {
    private LinkedHashMap.Linked<K, V> head;
    private LinkedHashMap.Linked<K, V> tail;
    private boolean accessOrder;

    public LinkedHashMap() {
    }

    public LinkedHashMap(int initialCapacity) {
        super(initialCapacity);
    }

    public LinkedHashMap(int initialCapacity, float loadFactor) {
        this(initialCapacity, loadFactor, false);
    }

    // The load factor is checked as java's; the table's size does not change the order here.
    public LinkedHashMap(int initialCapacity, float loadFactor, boolean accessOrder) {
        super(initialCapacity);
        if (loadFactor <= 0 || loadFactor != loadFactor) {
            throw new IllegalArgumentException("Illegal load factor: " + loadFactor);
        }
        this.accessOrder = accessOrder;
    }

    public LinkedHashMap(Map<? extends K, ? extends V> m) {
        super(m);
    }

    protected boolean removeEldestEntry(Map.Entry<K, V> eldest) {
        return false;
    }

    public V get(Object key) {
        HashMap.Node<K, V> e = find(key);
        if (e == null) {
            return null;
        }
        accessed(e);
        return e.value;
    }

    public V getOrDefault(Object key, V dflt) {
        HashMap.Node<K, V> e = find(key);
        if (e == null) {
            return dflt;
        }
        accessed(e);
        return e.value;
    }

    public V put(K key, V value) {
        int before = touch(key);
        V old = super.put(key, value);
        added(before);
        return old;
    }

    public V merge(K key, V value, BiFunction<V, V, V> remapping) {
        int before = touch(key);
        V next = super.merge(key, value, remapping);
        added(before);
        return next;
    }

    public V computeIfAbsent(K key, Function<K, V> mapping) {
        int before = touch(key);
        V v = super.computeIfAbsent(key, mapping);
        added(before);
        return v;
    }

    // An access of key's entry, if it has one; the size before the change that follows.
    private int touch(K key) {
        if (accessOrder) {
            HashMap.Node<K, V> e = find(key);
            if (e != null) {
                accessed(e);
            }
        }
        return size();
    }

    // After a new key, the eldest entry goes when removeEldestEntry says so.
    private void added(int before) {
        if (size() > before && head != null && removeEldestEntry(head)) {
            remove(head.key);
        }
    }

    // In access order, the entry moves to the end (a structural change to an iterator, as in java).
    private void accessed(HashMap.Node<K, V> node) {
        LinkedHashMap.Linked<K, V> e = (LinkedHashMap.Linked<K, V>) node;
        if (!accessOrder || e == tail) {
            return;
        }
        if (e.before == null) {
            head = e.after;
        } else {
            e.before.after = e.after;
        }
        e.after.before = e.before;
        e.before = tail;
        e.after = null;
        tail.after = e;
        tail = e;
        modCount++;
    }

    static class Linked<K, V> extends HashMap.Node<K, V> {
        LinkedHashMap.Linked<K, V> before;
        LinkedHashMap.Linked<K, V> after;

        Linked(int hash, K key, V value) {
            super(hash, key, value);
        }
    }

    HashMap.Node<K, V> newNode(int hash, K key, V value) {
        LinkedHashMap.Linked<K, V> e = new LinkedHashMap.Linked<K, V>(hash, key, value);
        if (tail == null) {
            head = e;
        } else {
            tail.after = e;
            e.before = tail;
        }
        tail = e;
        return e;
    }

    public V remove(Object key) {
        LinkedHashMap.Linked<K, V> e = (LinkedHashMap.Linked<K, V>) find(key);
        if (e == null) {
            return null;
        }
        if (e.before == null) {
            head = e.after;
        } else {
            e.before.after = e.after;
        }
        if (e.after == null) {
            tail = e.before;
        } else {
            e.after.before = e.before;
        }
        return super.remove(key);
    }

    public void clear() {
        super.clear();
        head = null;
        tail = null;
    }

    HashMap.Node<K, V> firstFrom(int bucket) {
        return bucket == 0 ? head : null;
    }

    HashMap.Node<K, V> after(HashMap.Node<K, V> e) {
        return ((LinkedHashMap.Linked<K, V>) e).after;
    }
}

class HashSet<E> extends AbstractSet<E> {
    private final HashMap<E, Object> map;

    public HashSet() {
        map = new HashMap<E, Object>();
    }

    HashSet(HashMap<E, Object> map) {
        this.map = map;
    }

    public HashSet(int initialCapacity) {
        map = new HashMap<E, Object>(initialCapacity);
    }

    public HashSet(Collection<? extends E> c) {
        int n = c.size() * 4 / 3 + 1;
        map = new HashMap<E, Object>(n < 16 ? 16 : n);
        addAll(c);
    }

    public int size() {
        return map.size();
    }

    public boolean contains(Object o) {
        return map.containsKey(o);
    }

    public boolean add(E e) {
        return map.put(e, "") == null;
    }

    public boolean remove(Object o) {
        return map.remove(o) != null;
    }

    public void clear() {
        map.clear();
    }

    public Iterator<E> iterator() {
        return map.keySet().iterator();
    }
}

// A HashSet that iterates in the order its elements were first added.
class LinkedHashSet<E> extends HashSet<E> {
    public LinkedHashSet() {
        super(new LinkedHashMap<E, Object>());
    }

    public LinkedHashSet(Collection<? extends E> c) {
        super(new LinkedHashMap<E, Object>());
        addAll(c);
    }
}

// The sorted map's and set's views (headMap, subSet, descendingMap...) are copies here, taken when they are
// asked for (java's are views of the map).
interface SortedMap<K, V> extends Map<K, V> {
    K firstKey();

    K lastKey();

    SortedMap<K, V> headMap(K to);

    SortedMap<K, V> tailMap(K from);

    SortedMap<K, V> subMap(K from, K to);
}

interface NavigableMap<K, V> extends SortedMap<K, V> {
    K floorKey(K key);

    K ceilingKey(K key);

    K lowerKey(K key);

    K higherKey(K key);

    Map.Entry<K, V> floorEntry(K key);

    Map.Entry<K, V> ceilingEntry(K key);

    Map.Entry<K, V> lowerEntry(K key);

    Map.Entry<K, V> higherEntry(K key);

    Map.Entry<K, V> firstEntry();

    Map.Entry<K, V> lastEntry();

    Map.Entry<K, V> pollFirstEntry();

    Map.Entry<K, V> pollLastEntry();

    NavigableMap<K, V> headMap(K to, boolean inclusive);

    NavigableMap<K, V> tailMap(K from, boolean inclusive);

    NavigableMap<K, V> subMap(K from, boolean fromInclusive, K to, boolean toInclusive);

    NavigableMap<K, V> descendingMap();

    NavigableSet<K> navigableKeySet();

    NavigableSet<K> descendingKeySet();
}

interface SortedSet<E> extends Set<E> {
    E first();

    E last();

    SortedSet<E> headSet(E to);

    SortedSet<E> tailSet(E from);

    SortedSet<E> subSet(E from, E to);
}

interface NavigableSet<E> extends SortedSet<E> {
    E floor(E e);

    E ceiling(E e);

    E lower(E e);

    E higher(E e);

    E pollFirst();

    E pollLast();

    NavigableSet<E> headSet(E to, boolean inclusive);

    NavigableSet<E> tailSet(E from, boolean inclusive);

    NavigableSet<E> subSet(E from, boolean fromInclusive, E to, boolean toInclusive);

    NavigableSet<E> descendingSet();

    Iterator<E> descendingIterator();
}

class TreeMap<K, V> extends AbstractMap<K, V> implements NavigableMap<K, V> {
    // The entries in key order; a search is a binary search (an insertion moves the later entries).
    private final ArrayList<HashMap.Node<K, V>> entries = new ArrayList<HashMap.Node<K, V>>();
    private final Comparator<K> comparator;

    public TreeMap() {
        comparator = null;
    }

    public TreeMap(Comparator<K> comparator) {
        this.comparator = comparator;
    }

    public TreeMap(Map<? extends K, ? extends V> m) {
        comparator = null;
        putAll(m);
    }

    private int compare(Object a, Object b) {
        if (comparator != null) {
            return comparator.compare((K) a, (K) b);
        }
        if (a == null || b == null) {
            throw new NullPointerException();
        }
        return ((Comparable<Object>) a).compareTo(b);
    }

    // The index of key, or -(where it would go) - 1 (a null key without a comparator throws, as java's
    // Objects.requireNonNull in getEntry).
    private int search(Object key) {
        if (key == null && comparator == null) {
            throw new NullPointerException();
        }
        int lo = 0;
        int hi = entries.size() - 1;
        while (lo <= hi) {
            int mid = (lo + hi) >>> 1;
            int c = compare(entries.get(mid).key, key);
            if (c < 0) {
                lo = mid + 1;
            } else if (c > 0) {
                hi = mid - 1;
            } else {
                return mid;
            }
        }
        return -(lo + 1);
    }

    public int size() {
        return entries.size();
    }

    public V get(Object key) {
        int i = search(key);
        return i >= 0 ? entries.get(i).value : null;
    }

    public boolean containsKey(Object key) {
        return search(key) >= 0;
    }

    public V put(K key, V value) {
        if (entries.isEmpty() && key == null && comparator == null) {
            // java's compare(key, key) of the first key, whose message names its parameter
            throw new NullPointerException("Cannot invoke \"java.lang.Comparable.compareTo(Object)\" because \"k1\" is null");
        }
        if (entries.isEmpty()) {
            compare(key, key); // java's check of the first key: one not Comparable throws
        }
        int i = search(key);
        if (i >= 0) {
            return entries.get(i).setValue(value);
        }
        entries.add(-i - 1, new HashMap.Node<K, V>(0, key, value));
        return null;
    }

    public V remove(Object key) {
        int i = search(key);
        return i >= 0 ? entries.remove(i).value : null;
    }

    public void clear() {
        entries.clear();
    }

    private K keyAt(int i) {
        return i >= 0 && i < entries.size() ? entries.get(i).key : null;
    }

    public K firstKey() {
        if (entries.size() == 0) {
            throw new NoSuchElementException();
        }
        return entries.get(0).key;
    }

    public K lastKey() {
        if (entries.size() == 0) {
            throw new NoSuchElementException();
        }
        return entries.get(entries.size() - 1).key;
    }

    public K floorKey(K key) {
        int i = search(key);
        return i >= 0 ? keyAt(i) : keyAt(-i - 2);
    }

    public K ceilingKey(K key) {
        int i = search(key);
        return i >= 0 ? keyAt(i) : keyAt(-i - 1);
    }

    public K lowerKey(K key) {
        int i = search(key);
        return i >= 0 ? keyAt(i - 1) : keyAt(-i - 2);
    }

    public K higherKey(K key) {
        int i = search(key);
        return i >= 0 ? keyAt(i + 1) : keyAt(-i - 1);
    }

    // java's entries from these are snapshots (AbstractMap.SimpleImmutableEntry).
    private Map.Entry<K, V> entryAt(int i) {
        if (i < 0 || i >= entries.size()) {
            return null;
        }
        HashMap.Node<K, V> e = entries.get(i);
        return new HashMap.Node<K, V>(0, e.key, e.value);
    }

    public Map.Entry<K, V> floorEntry(K key) {
        int i = search(key);
        return entryAt(i >= 0 ? i : -i - 2);
    }

    public Map.Entry<K, V> ceilingEntry(K key) {
        int i = search(key);
        return entryAt(i >= 0 ? i : -i - 1);
    }

    public Map.Entry<K, V> lowerEntry(K key) {
        int i = search(key);
        return entryAt(i >= 0 ? i - 1 : -i - 2);
    }

    public Map.Entry<K, V> higherEntry(K key) {
        int i = search(key);
        return entryAt(i >= 0 ? i + 1 : -i - 1);
    }

    public Map.Entry<K, V> firstEntry() {
        return entryAt(0);
    }

    public Map.Entry<K, V> lastEntry() {
        return entryAt(entries.size() - 1);
    }

    public Map.Entry<K, V> pollFirstEntry() {
        Map.Entry<K, V> e = entryAt(0);
        if (e != null) {
            entries.remove(0);
        }
        return e;
    }

    public Map.Entry<K, V> pollLastEntry() {
        Map.Entry<K, V> e = entryAt(entries.size() - 1);
        if (e != null) {
            entries.remove(entries.size() - 1);
        }
        return e;
    }

    // The entries from index a up to b (not b), in a new map ordered as this one.
    private TreeMap<K, V> range(int a, int b) {
        TreeMap<K, V> out = new TreeMap<K, V>(comparator);
        for (int i = a; i < b; i++) {
            out.entries.add(new HashMap.Node<K, V>(0, entries.get(i).key, entries.get(i).value));
        }
        return out;
    }

    // Where key starts (inclusive) or ends (not inclusive) a range.
    private int bound(K key, boolean after) {
        int i = search(key);
        return i >= 0 ? (after ? i + 1 : i) : -i - 1;
    }

    public SortedMap<K, V> headMap(K to) {
        return headMap(to, false);
    }

    public NavigableMap<K, V> headMap(K to, boolean inclusive) {
        return range(0, bound(to, inclusive));
    }

    public SortedMap<K, V> tailMap(K from) {
        return tailMap(from, true);
    }

    public NavigableMap<K, V> tailMap(K from, boolean inclusive) {
        return range(bound(from, !inclusive), entries.size());
    }

    public SortedMap<K, V> subMap(K from, K to) {
        return subMap(from, true, to, false);
    }

    public NavigableMap<K, V> subMap(K from, boolean fromInclusive, K to, boolean toInclusive) {
        if (compare(from, to) > 0) {
            throw new IllegalArgumentException("fromKey > toKey");
        }
        int a = bound(from, !fromInclusive);
        int b = bound(to, toInclusive);
        return range(a, Math.max(a, b));
    }

    public NavigableMap<K, V> descendingMap() {
        TreeMap<K, V> out = new TreeMap<K, V>((a, b) -> compare(b, a));
        for (int i = entries.size() - 1; i >= 0; i--) {
            out.entries.add(new HashMap.Node<K, V>(0, entries.get(i).key, entries.get(i).value));
        }
        return out;
    }

    public NavigableSet<K> navigableKeySet() {
        TreeSet<K> out = new TreeSet<K>(comparator);
        out.addAll(keySet());
        return out;
    }

    public NavigableSet<K> descendingKeySet() {
        return descendingMap().navigableKeySet();
    }

    public Set<K> keySet() {
        Collections.Snapshot<K> out = new Collections.Snapshot<K>();
        out.owner = (Map<Object, Object>) this;
        out.counted = entries;
        for (int i = 0; i < entries.size(); i++) {
            out.items.add(entries.get(i).key);
            out.keys.add(entries.get(i).key);
        }
        return out;
    }

    public Collection<V> values() {
        Collections.Snapshot<V> out = new Collections.Snapshot<V>();
        out.owner = (Map<Object, Object>) this;
        out.counted = entries;
        for (int i = 0; i < entries.size(); i++) {
            out.items.add(entries.get(i).value);
            out.keys.add(entries.get(i).key);
        }
        return out;
    }

    public Set<Map.Entry<K, V>> entrySet() {
        Collections.Snapshot<Map.Entry<K, V>> out = new Collections.Snapshot<Map.Entry<K, V>>();
        out.owner = (Map<Object, Object>) this;
        out.counted = entries;
        for (int i = 0; i < entries.size(); i++) {
            out.items.add(entries.get(i));
            out.keys.add(entries.get(i).key);
        }
        return out;
    }
}

class TreeSet<E> extends AbstractSet<E> implements NavigableSet<E> {
    private final TreeMap<E, Object> map;

    private TreeSet(TreeMap<E, Object> map) {
        this.map = map;
    }

    public TreeSet() {
        map = new TreeMap<E, Object>();
    }

    public TreeSet(Comparator<E> comparator) {
        map = new TreeMap<E, Object>(comparator);
    }

    public TreeSet(Collection<? extends E> c) {
        map = new TreeMap<E, Object>();
        addAll(c);
    }

    public int size() {
        return map.size();
    }

    public boolean contains(Object o) {
        return map.containsKey(o);
    }

    public boolean add(E e) {
        return map.put(e, "") == null;
    }

    public boolean remove(Object o) {
        return map.remove(o) != null;
    }

    public void clear() {
        map.clear();
    }

    public E first() {
        return map.firstKey();
    }

    public E last() {
        return map.lastKey();
    }

    public E floor(E e) {
        return map.floorKey(e);
    }

    public E ceiling(E e) {
        return map.ceilingKey(e);
    }

    public E lower(E e) {
        return map.lowerKey(e);
    }

    public E higher(E e) {
        return map.higherKey(e);
    }

    public E pollFirst() {
        Map.Entry<E, Object> e = map.pollFirstEntry();
        return e == null ? null : e.getKey();
    }

    public E pollLast() {
        Map.Entry<E, Object> e = map.pollLastEntry();
        return e == null ? null : e.getKey();
    }

    public SortedSet<E> headSet(E to) {
        return headSet(to, false);
    }

    public NavigableSet<E> headSet(E to, boolean inclusive) {
        return new TreeSet<E>((TreeMap<E, Object>) map.headMap(to, inclusive));
    }

    public SortedSet<E> tailSet(E from) {
        return tailSet(from, true);
    }

    public NavigableSet<E> tailSet(E from, boolean inclusive) {
        return new TreeSet<E>((TreeMap<E, Object>) map.tailMap(from, inclusive));
    }

    public SortedSet<E> subSet(E from, E to) {
        return subSet(from, true, to, false);
    }

    public NavigableSet<E> subSet(E from, boolean fromInclusive, E to, boolean toInclusive) {
        return new TreeSet<E>((TreeMap<E, Object>) map.subMap(from, fromInclusive, to, toInclusive));
    }

    public NavigableSet<E> descendingSet() {
        return new TreeSet<E>((TreeMap<E, Object>) map.descendingMap());
    }

    public Iterator<E> descendingIterator() {
        return descendingSet().iterator();
    }

    public Iterator<E> iterator() {
        return map.keySet().iterator();
    }
}

// EnumMap and EnumSet: a sorted map and set of an enum's constants, in their order (the constants
// compare by ordinal); an EnumSet keeps its enum's class for complementOf.
class EnumMap<K, V> extends TreeMap<K, V> {
    public EnumMap(Class<K> type) {
    }

    public EnumMap(Map<K, ? extends V> m) {
        putAll(m);
    }
}

class EnumSet<E> extends TreeSet<E> {
    private final Class<E> type;

    private EnumSet(Class<E> type) {
        this.type = type;
    }

    public static <E> EnumSet<E> noneOf(Class<E> type) {
        return new EnumSet<E>(type);
    }

    public static <E> EnumSet<E> allOf(Class<E> type) {
        EnumSet<E> s = new EnumSet<E>(type);
        for (E e : type.getEnumConstants()) {
            s.add(e);
        }
        return s;
    }

    public static <E> EnumSet<E> of(E first, E... rest) {
        Class<E> type = ((Enum) (Object) first).getDeclaringClass();
        EnumSet<E> s = new EnumSet<E>(type);
        s.add(first);
        for (E e : rest) {
            s.add(e);
        }
        return s;
    }

    public static <E> EnumSet<E> range(E from, E to) {
        int a = ((Enum) (Object) from).ordinal();
        int b = ((Enum) (Object) to).ordinal();
        if (a > b) {
            throw new IllegalArgumentException(from + " > " + to);
        }
        Class<E> type = ((Enum) (Object) from).getDeclaringClass();
        EnumSet<E> s = new EnumSet<E>(type);
        E[] all = type.getEnumConstants();
        for (int i = a; i <= b; i++) {
            s.add(all[i]);
        }
        return s;
    }

    public static <E> EnumSet<E> complementOf(EnumSet<E> other) {
        EnumSet<E> s = new EnumSet<E>(other.type);
        for (E e : other.type.getEnumConstants()) {
            if (!other.contains(e)) {
                s.add(e);
            }
        }
        return s;
    }

    public static <E> EnumSet<E> copyOf(Collection<E> c) {
        if (c instanceof EnumSet) {
            EnumSet<E> s = new EnumSet<E>(((EnumSet<E>) c).type);
            s.addAll(c);
            return s;
        }
        if (c.isEmpty()) {
            throw new IllegalArgumentException("Collection is empty");
        }
        Class<E> type = ((Enum) (Object) c.iterator().next()).getDeclaringClass();
        EnumSet<E> s = new EnumSet<E>(type);
        s.addAll(c);
        return s;
    }
}

class Collections {
    // A set of a sorted map's keys (or its values or entries) as they were when it was asked for.
    static class Snapshot<E> extends AbstractSet<E> {
        final ArrayList<E> items = new ArrayList<E>();
        // The map they came from and each item's key there: an iterator's remove() removes it there.
        Map<Object, Object> owner;
        final ArrayList<Object> keys = new ArrayList<Object>();
        // A TreeMap's entries, whose structural changes (modCount) the iterator checks as java's
        // TreeMap iterator does, or null.
        AbstractList<?> counted;

        private int changes() {
            return counted == null ? 0 : counted.modCount;
        }

        public int size() {
            return items.size();
        }

        public boolean removeIf(Predicate<E> filter) {
            return removeEach(filter);
        }

        public Iterator<E> iterator() {
            Collections.Snapshot<E> self = this;
            return new Iterator<E>() {
                private int next;
                private boolean removable;
                private int expected = self.changes();

                public boolean hasNext() {
                    return next < items.size();
                }

                public E next() {
                    if (next >= items.size()) {
                        throw new NoSuchElementException();
                    }
                    if (self.changes() != expected) {
                        throw new ConcurrentModificationException();
                    }
                    removable = true;
                    return items.get(next++);
                }

                public void remove() {
                    if (!removable) {
                        throw new IllegalStateException();
                    }
                    if (self.changes() != expected) {
                        throw new ConcurrentModificationException();
                    }
                    removable = false;
                    next--;
                    if (self.owner != null) {
                        self.owner.remove(keys.get(next));
                    }
                    items.remove(next);
                    keys.remove(next);
                    expected = self.changes();
                }
            };
        }
    }

    // Set.of's and Map.of's: every change throws UnsupportedOperationException (with no message), a null
    // NullPointerException and a repeated element IllegalArgumentException, as java's; they iterate in a
    // HashSet's and HashMap's order, where java's order changes from run to run.
    static class FixedSet<E> extends HashSet<E> {
        FixedSet(Object[] items) {
            for (int i = 0; i < items.length; i++) {
                if (items[i] == null) {
                    throw new NullPointerException();
                }
                if (!super.add((E) items[i])) {
                    throw new IllegalArgumentException("duplicate element: " + items[i]);
                }
            }
        }

        public boolean add(E e) {
            throw new UnsupportedOperationException();
        }

        public boolean remove(Object o) {
            throw new UnsupportedOperationException();
        }

        public void clear() {
            throw new UnsupportedOperationException();
        }

        public boolean removeIf(Predicate<E> filter) {
            throw new UnsupportedOperationException();
        }
    }

    static class FixedMap<K, V> extends HashMap<K, V> {
        FixedMap(Object[] kv) {
            for (int i = 0; i < kv.length; i += 2) {
                if (kv[i] == null || kv[i + 1] == null) {
                    throw new NullPointerException();
                }
                if (super.put((K) kv[i], (V) kv[i + 1]) != null) {
                    throw new IllegalArgumentException("duplicate key: " + kv[i]);
                }
            }
        }

        public V put(K key, V value) {
            throw new UnsupportedOperationException();
        }

        public V remove(Object key) {
            throw new UnsupportedOperationException();
        }

        public void clear() {
            throw new UnsupportedOperationException();
        }

        public V putIfAbsent(K key, V value) {
            throw new UnsupportedOperationException();
        }

        public V merge(K key, V value, BiFunction<V, V, V> remapping) {
            throw new UnsupportedOperationException();
        }

        public V computeIfAbsent(K key, Function<K, V> mapping) {
            throw new UnsupportedOperationException();
        }

        public V computeIfPresent(K key, BiFunction<K, V, V> remapping) {
            throw new UnsupportedOperationException();
        }

        public V compute(K key, BiFunction<K, V, V> remapping) {
            throw new UnsupportedOperationException();
        }

        public void replaceAll(BiFunction<K, V, V> function) {
            throw new UnsupportedOperationException();
        }
    }

    // Collections.unmodifiableMap: a view of the map that reads through and refuses every change but those
    // made through its keySet(), values() and entrySet(), which are the map's own (java's refuse them).
    static class UnmodifiableMap<K, V> extends AbstractMap<K, V> {
        private final Map<K, V> map;

        UnmodifiableMap(Map<K, V> map) {
            this.map = Objects.requireNonNull(map);
        }

        public int size() {
            return map.size();
        }

        public V get(Object key) {
            return map.get(key);
        }

        public boolean containsKey(Object key) {
            return map.containsKey(key);
        }

        public V getOrDefault(Object key, V dflt) {
            return map.getOrDefault(key, dflt);
        }

        public Set<K> keySet() {
            return map.keySet();
        }

        public Collection<V> values() {
            return map.values();
        }

        public Set<Map.Entry<K, V>> entrySet() {
            return map.entrySet();
        }

        public V put(K key, V value) {
            throw new UnsupportedOperationException();
        }

        public V remove(Object key) {
            throw new UnsupportedOperationException();
        }

        public void clear() {
            throw new UnsupportedOperationException();
        }

        public V putIfAbsent(K key, V value) {
            throw new UnsupportedOperationException();
        }

        public V merge(K key, V value, BiFunction<V, V, V> remapping) {
            throw new UnsupportedOperationException();
        }

        public V computeIfAbsent(K key, Function<K, V> mapping) {
            throw new UnsupportedOperationException();
        }

        public V computeIfPresent(K key, BiFunction<K, V, V> remapping) {
            throw new UnsupportedOperationException();
        }

        public V compute(K key, BiFunction<K, V, V> remapping) {
            throw new UnsupportedOperationException();
        }

        public void replaceAll(BiFunction<K, V, V> function) {
            throw new UnsupportedOperationException();
        }
    }

    // List.of's, Set.of's and Map.of's (and copyOf's) of java's classes by their size, as getClass()
    // names them: ImmutableCollections$List12 of one or two elements, $ListN of none or more; $Set12 and
    // $SetN; $Map1 of one pair, $MapN of none or more.
    static <T> List<T> fixedList(Object[] xs) {
        return xs.length == 1 || xs.length == 2 ? new Collections.List12<T>(xs) : new Collections.ListN<T>(xs);
    }

    static <E> Set<E> fixedSet(Object[] items) {
        return items.length == 1 || items.length == 2 ? new Collections.Set12<E>(items) : new Collections.SetN<E>(items);
    }

    static <K, V> Map<K, V> fixedMap(Object[] kv) {
        return kv.length == 2 ? new Collections.Map1<K, V>(kv) : new Collections.MapN<K, V>(kv);
    }

    static class List12<E> extends Collections.Fixed<E> {
        List12(Object[] items) { super(items); }
    }

    static class ListN<E> extends Collections.Fixed<E> {
        ListN(Object[] items) { super(items); }
    }

    static class Set12<E> extends Collections.FixedSet<E> {
        Set12(Object[] items) { super(items); }
    }

    static class SetN<E> extends Collections.FixedSet<E> {
        SetN(Object[] items) { super(items); }
    }

    static class Map1<K, V> extends Collections.FixedMap<K, V> {
        Map1(Object[] kv) { super(kv); }
    }

    static class MapN<K, V> extends Collections.FixedMap<K, V> {
        MapN(Object[] kv) { super(kv); }
    }

    // List.of's lists (List12 and ListN) and nCopies's: fixed, and unmodifiable.
    static class Fixed<E> extends AbstractList<E> {
        private final Object[] items;

        Fixed(Object[] items) {
            for (int i = 0; i < items.length; i++) {
                if (items[i] == null) {
                    throw new NullPointerException();
                }
            }
            this.items = items;
        }

        public int size() {
            return items.length;
        }

        // java's List12 (one or two elements) and ListN (none, or three and more) say it differently.
        public E get(int index) {
            if ((index < 0 || index >= items.length) && (items.length == 1 || items.length == 2)) {
                throw new IndexOutOfBoundsException("Index: " + index + " Size: " + items.length);
            }
            if (index < 0 || index >= items.length) {
                throw new ArrayIndexOutOfBoundsException("Index " + index + " out of bounds for length " + items.length);
            }
            return (E) items[index];
        }
    }

    static boolean same(Object a, Object b) {
        return a == null ? b == null : a.equals(b);
    }

    static int hash(Object a) {
        return a == null ? 0 : a.hashCode();
    }

    static int order(Object a, Object b, Comparator<Object> c) {
        if (c != null) {
            return c.compare(a, b);
        }
        return ((Comparable<Object>) a).compareTo(b);
    }

    // A stable merge sort (java sorts objects stably too: equal elements keep their order).
    static <T> void mergeSort(Object[] a, Comparator<T> c) {
        Object[] tmp = new Object[a.length];
        mergeSort(a, tmp, 0, a.length, (Comparator<Object>) c);
    }

    static <T> void mergeSort(Object[] a, int from, int to, Comparator<T> c) {
        Object[] tmp = new Object[a.length];
        mergeSort(a, tmp, from, to, (Comparator<Object>) c);
    }

    private static void mergeSort(Object[] a, Object[] tmp, int lo, int hi, Comparator<Object> c) {
        if (hi - lo < 2) {
            return;
        }
        int mid = (lo + hi) >>> 1;
        mergeSort(a, tmp, lo, mid, c);
        mergeSort(a, tmp, mid, hi, c);
        if (order(a[mid - 1], a[mid], c) <= 0) {
            return;
        }
        int i = lo;
        int j = mid;
        for (int k = lo; k < hi; k++) {
            if (j >= hi || (i < mid && order(a[i], a[j], c) <= 0)) {
                tmp[k] = a[i];
                i++;
            } else {
                tmp[k] = a[j];
                j++;
            }
        }
        for (int k = lo; k < hi; k++) {
            a[k] = tmp[k];
        }
    }

    public static <T extends Comparable<T>> void sort(List<T> list) {
        list.sort(null);
    }

    public static <T> void sort(List<T> list, Comparator<T> c) {
        list.sort(c);
    }

    // A view of a list that cannot be changed through it: AbstractList's add, set and remove throw.
    static class Unmodifiable<E> extends AbstractList<E> {
        private final List<E> list;

        Unmodifiable(List<E> list) {
            this.list = list;
        }

        public int size() {
            return list.size();
        }

        public E get(int index) {
            return list.get(index);
        }
    }

    public static <T> List<T> unmodifiableList(List<T> list) {
        return new Collections.Unmodifiable<T>(list);
    }

    public static <K, V> Map<K, V> unmodifiableMap(Map<K, V> map) {
        return new Collections.UnmodifiableMap<K, V>(map);
    }

    public static <T> List<T> emptyList() {
        return List.of();
    }

    @SafeVarargs
    public static <T> boolean addAll(Collection<? super T> c, T... elements) {
        boolean changed = false;
        for (T e : elements) {
            if (c.add(e)) {
                changed = true;
            }
        }
        return changed;
    }

    public static <T> List<T> nCopies(int n, T o) {
        if (n < 0) {
            throw new IllegalArgumentException("List length = " + n);
        }
        Object[] xs = new Object[n];
        for (int i = 0; i < n; i++) {
            xs[i] = o;
        }
        return new Collections.Fixed<T>(xs);
    }

    public static <T> void reverse(List<T> list) {
        for (int i = 0, j = list.size() - 1; i < j; i++, j--) {
            T t = list.get(i);
            list.set(i, list.get(j));
            list.set(j, t);
        }
    }

    public static <T extends Comparable<T>> Comparator<T> reverseOrder() {
        return new Collections.Reversed<T>();
    }

    static class Reversed<T extends Comparable<T>> implements Comparator<T> {
        public int compare(T a, T b) {
            return b.compareTo(a);
        }
    }

    static class Natural<T extends Comparable<T>> implements Comparator<T> {
        public int compare(T a, T b) {
            return a.compareTo(b);
        }
    }

    static class ByInt<T> implements Comparator<T> {
        private final ToIntFunction<T> key;

        ByInt(ToIntFunction<T> key) {
            this.key = key;
        }

        public int compare(T a, T b) {
            return Integer.compare(key.applyAsInt(a), key.applyAsInt(b));
        }
    }

    static class ByKey<T, U extends Comparable<U>> implements Comparator<T> {
        private final Function<T, U> key;

        ByKey(Function<T, U> key) {
            this.key = key;
        }

        public int compare(T a, T b) {
            return key.apply(a).compareTo(key.apply(b));
        }
    }

    // java's shuffle with the given generator (so the same seed gives java's order).
    public static void shuffle(List<?> list, Random rnd) {
        List<Object> xs = (List<Object>) list;
        for (int i = xs.size(); i > 1; i--) {
            swap(xs, i - 1, rnd.nextInt(i));
        }
    }

    public static <T> void swap(List<T> list, int i, int j) {
        T t = list.get(i);
        list.set(i, list.get(j));
        list.set(j, t);
    }

    // Each element moved distance places on, those at the end coming round to the front.
    public static void rotate(List<?> list, int distance) {
        List<Object> xs = (List<Object>) list;
        int n = xs.size();
        if (n == 0) {
            return;
        }
        Object[] copy = xs.toArray();
        int d = Math.floorMod(distance, n);
        for (int i = 0; i < n; i++) {
            xs.set((i + d) % n, copy[i]);
        }
    }

    public static <T> void fill(List<? super T> list, T obj) {
        List<Object> xs = (List<Object>) list;
        for (int i = 0; i < xs.size(); i++) {
            xs.set(i, obj);
        }
    }

    public static boolean disjoint(Collection<?> c1, Collection<?> c2) {
        for (Object o : c1) {
            if (c2.contains(o)) {
                return false;
            }
        }
        return true;
    }

    public static <T> List<T> singletonList(T o) {
        ArrayList<T> one = new ArrayList<T>();
        one.add(o);
        return unmodifiableList(one);
    }

    public static <K, V> Map<K, V> emptyMap() {
        return Map.of();
    }

    public static <T extends Comparable<T>> T max(Collection<? extends T> c) {
        Iterator<? extends T> it = c.iterator();
        T best = it.next();
        while (it.hasNext()) {
            T x = it.next();
            if (x.compareTo(best) > 0) {
                best = x;
            }
        }
        return best;
    }

    public static <T> T max(Collection<? extends T> c, Comparator<T> order) {
        Iterator<? extends T> it = c.iterator();
        T best = it.next();
        while (it.hasNext()) {
            T x = it.next();
            if (order.compare(x, best) > 0) {
                best = x;
            }
        }
        return best;
    }

    public static <T> T min(Collection<? extends T> c, Comparator<T> order) {
        Iterator<? extends T> it = c.iterator();
        T best = it.next();
        while (it.hasNext()) {
            T x = it.next();
            if (order.compare(x, best) < 0) {
                best = x;
            }
        }
        return best;
    }

    public static <T extends Comparable<T>> T min(Collection<? extends T> c) {
        Iterator<? extends T> it = c.iterator();
        T best = it.next();
        while (it.hasNext()) {
            T x = it.next();
            if (x.compareTo(best) < 0) {
                best = x;
            }
        }
        return best;
    }

    public static <T extends Comparable<T>> int binarySearch(List<T> list, T key) {
        int low = 0;
        int high = list.size() - 1;
        while (low <= high) {
            int mid = (low + high) >>> 1;
            int cmp = list.get(mid).compareTo(key);
            if (cmp < 0) {
                low = mid + 1;
            } else if (cmp > 0) {
                high = mid - 1;
            } else {
                return mid;
            }
        }
        return -(low + 1);
    }

    public static int frequency(Collection<?> c, Object o) {
        int n = 0;
        Iterator<?> it = c.iterator();
        while (it.hasNext()) {
            if (same(o, it.next())) {
                n++;
            }
        }
        return n;
    }
}

final class Objects {
    public static boolean equals(Object a, Object b) {
        return a == b || (a != null && a.equals(b));
    }

    public static int hashCode(Object o) {
        return o == null ? 0 : o.hashCode();
    }

    // hash(a, b, ...) is Arrays.hashCode of its arguments: 31 * h + each one's hash, from 1.
    public static int hash(Object a) {
        return 31 + hashCode(a);
    }

    public static int hash(Object a, Object b) {
        return 31 * hash(a) + hashCode(b);
    }

    public static int hash(Object a, Object b, Object c) {
        return 31 * hash(a, b) + hashCode(c);
    }

    public static int hash(Object a, Object b, Object c, Object d) {
        return 31 * hash(a, b, c) + hashCode(d);
    }

    public static int hash(Object a, Object b, Object c, Object d, Object e) {
        return 31 * hash(a, b, c, d) + hashCode(e);
    }

    // Any other number of values: Arrays.hashCode of them, as java's hash(Object...) is.
    public static int hash(Object... values) {
        int h = 1;
        for (Object v : values) {
            h = 31 * h + hashCode(v);
        }
        return h;
    }

    public static String toString(Object o) {
        return String.valueOf(o);
    }

    public static String toString(Object o, String nullDefault) {
        return o != null ? o.toString() : nullDefault;
    }

    public static <T> int compare(T a, T b, Comparator<T> c) {
        return a == b ? 0 : c.compare(a, b);
    }

    public static boolean isNull(Object o) {
        return o == null;
    }

    public static boolean nonNull(Object o) {
        return o != null;
    }

    public static <T> T requireNonNull(T o) {
        if (o == null) {
            throw new NullPointerException();
        }
        return o;
    }

    public static <T> T requireNonNull(T o, String message) {
        if (o == null) {
            throw new NullPointerException(message);
        }
        return o;
    }

    public static <T> T requireNonNullElse(T o, T other) {
        return o != null ? o : requireNonNull(other, "defaultObj");
    }
}

class Arrays {
    // System.arraycopy, for each kind of array: as if through a copy when the two overlap, with java's
    // exceptions.
    private static void copyCheck(int srcLength, int srcPos, int destLength, int destPos, int length, String kind) {
        if (srcPos < 0) {
            throw new ArrayIndexOutOfBoundsException(
                "arraycopy: source index " + srcPos + " out of bounds for " + kind + "[" + srcLength + "]");
        }
        if (destPos < 0) {
            throw new ArrayIndexOutOfBoundsException(
                "arraycopy: destination index " + destPos + " out of bounds for " + kind + "[" + destLength + "]");
        }
        if (length < 0) {
            throw new ArrayIndexOutOfBoundsException("arraycopy: length " + length + " is negative");
        }
        if (srcPos + length > srcLength) {
            throw new ArrayIndexOutOfBoundsException("arraycopy: last source index " + (srcPos + length)
                + " out of bounds for " + kind + "[" + srcLength + "]");
        }
        if (destPos + length > destLength) {
            throw new ArrayIndexOutOfBoundsException("arraycopy: last destination index " + (destPos + length)
                + " out of bounds for " + kind + "[" + destLength + "]");
        }
    }

    static void arraycopy(int[] src, int srcPos, int[] dest, int destPos, int length) {
        copyCheck(src.length, srcPos, dest.length, destPos, length, "int");
        if (src == dest && srcPos < destPos) {
            for (int i = length - 1; i >= 0; i--) {
                dest[destPos + i] = src[srcPos + i];
            }
        } else {
            for (int i = 0; i < length; i++) {
                dest[destPos + i] = src[srcPos + i];
            }
        }
    }

    static void arraycopy(long[] src, int srcPos, long[] dest, int destPos, int length) {
        copyCheck(src.length, srcPos, dest.length, destPos, length, "long");
        if (src == dest && srcPos < destPos) {
            for (int i = length - 1; i >= 0; i--) {
                dest[destPos + i] = src[srcPos + i];
            }
        } else {
            for (int i = 0; i < length; i++) {
                dest[destPos + i] = src[srcPos + i];
            }
        }
    }

    static void arraycopy(double[] src, int srcPos, double[] dest, int destPos, int length) {
        copyCheck(src.length, srcPos, dest.length, destPos, length, "double");
        if (src == dest && srcPos < destPos) {
            for (int i = length - 1; i >= 0; i--) {
                dest[destPos + i] = src[srcPos + i];
            }
        } else {
            for (int i = 0; i < length; i++) {
                dest[destPos + i] = src[srcPos + i];
            }
        }
    }

    static void arraycopy(char[] src, int srcPos, char[] dest, int destPos, int length) {
        copyCheck(src.length, srcPos, dest.length, destPos, length, "char");
        if (src == dest && srcPos < destPos) {
            for (int i = length - 1; i >= 0; i--) {
                dest[destPos + i] = src[srcPos + i];
            }
        } else {
            for (int i = 0; i < length; i++) {
                dest[destPos + i] = src[srcPos + i];
            }
        }
    }

    static void arraycopy(boolean[] src, int srcPos, boolean[] dest, int destPos, int length) {
        copyCheck(src.length, srcPos, dest.length, destPos, length, "boolean");
        if (src == dest && srcPos < destPos) {
            for (int i = length - 1; i >= 0; i--) {
                dest[destPos + i] = src[srcPos + i];
            }
        } else {
            for (int i = 0; i < length; i++) {
                dest[destPos + i] = src[srcPos + i];
            }
        }
    }

    static void arraycopy(Object[] src, int srcPos, Object[] dest, int destPos, int length) {
        copyCheck(src.length, srcPos, dest.length, destPos, length, "object array");
        if (src == dest && srcPos < destPos) {
            for (int i = length - 1; i >= 0; i--) {
                dest[destPos + i] = src[srcPos + i];
            }
        } else {
            for (int i = 0; i < length; i++) {
                dest[destPos + i] = src[srcPos + i];
            }
        }
    }

    public static IntStream stream(int[] a) {
        return IntStream.ofArray(a);
    }

    public static DoubleStream stream(double[] a) {
        return DoubleStream.ofArray(a);
    }

    public static LongStream stream(long[] a) {
        return LongStream.ofArray(a);
    }

    public static <T> Stream<T> stream(T[] a) {
        return Stream.ofArray(a);
    }

    // The elements from index from up to to (not to), checked as java's Spliterators.checkFromToBounds.
    public static IntStream stream(int[] a, int from, int to) {
        streamRange(a.length, from, to);
        return IntStream.ofArray(copyOfRange(a, from, to));
    }

    public static DoubleStream stream(double[] a, int from, int to) {
        streamRange(a.length, from, to);
        return DoubleStream.ofArray(copyOfRange(a, from, to));
    }

    public static <T> Stream<T> stream(T[] a, int from, int to) {
        streamRange(a.length, from, to);
        return Stream.ofArray(copyOfRange(a, from, to));
    }

    static void streamRange(int length, int from, int to) {
        if (from > to) {
            throw new ArrayIndexOutOfBoundsException("origin(" + from + ") > fence(" + to + ")");
        }
        if (from < 0) {
            throw new ArrayIndexOutOfBoundsException("Array index out of range: " + from);
        }
        if (to > length) {
            throw new ArrayIndexOutOfBoundsException("Array index out of range: " + to);
        }
    }

    public static void sort(int[] a) {
        int[] tmp = new int[a.length];
        sortInts(a, tmp, 0, a.length);
    }

    // The elements from index from up to to (not to), with java's checks of the range.
    public static void sort(int[] a, int from, int to) {
        rangeCheck(a.length, from, to);
        int[] tmp = new int[a.length];
        sortInts(a, tmp, from, to);
    }

    public static int hashCode(int[] a) {
        if (a == null) {
            return 0;
        }
        int h = 1;
        for (int x : a) {
            h = 31 * h + x;
        }
        return h;
    }

    public static int hashCode(Object[] a) {
        if (a == null) {
            return 0;
        }
        int h = 1;
        for (Object x : a) {
            h = 31 * h + Objects.hashCode(x);
        }
        return h;
    }

    // The other arrays' hashes: 31 * h + each element's, its box's hashCode as java's.
    public static int hashCode(long[] a) {
        if (a == null) {
            return 0;
        }
        int h = 1;
        for (long x : a) {
            h = 31 * h + Long.hashCode(x);
        }
        return h;
    }

    public static int hashCode(double[] a) {
        if (a == null) {
            return 0;
        }
        int h = 1;
        for (double x : a) {
            h = 31 * h + Double.hashCode(x);
        }
        return h;
    }

    public static int hashCode(char[] a) {
        if (a == null) {
            return 0;
        }
        int h = 1;
        for (char x : a) {
            h = 31 * h + x;
        }
        return h;
    }

    public static int hashCode(boolean[] a) {
        if (a == null) {
            return 0;
        }
        int h = 1;
        for (boolean x : a) {
            h = 31 * h + Boolean.hashCode(x);
        }
        return h;
    }

    // deepHashCode of a two-dimensional array (java's takes any depth: Object[] checked at run time).
    public static int deepHashCode(int[][] a) {
        if (a == null) {
            return 0;
        }
        int h = 1;
        for (int[] row : a) {
            h = 31 * h + hashCode(row);
        }
        return h;
    }

    public static int deepHashCode(long[][] a) {
        if (a == null) {
            return 0;
        }
        int h = 1;
        for (long[] row : a) {
            h = 31 * h + hashCode(row);
        }
        return h;
    }

    public static int deepHashCode(double[][] a) {
        if (a == null) {
            return 0;
        }
        int h = 1;
        for (double[] row : a) {
            h = 31 * h + hashCode(row);
        }
        return h;
    }

    public static int deepHashCode(char[][] a) {
        if (a == null) {
            return 0;
        }
        int h = 1;
        for (char[] row : a) {
            h = 31 * h + hashCode(row);
        }
        return h;
    }

    public static int deepHashCode(boolean[][] a) {
        if (a == null) {
            return 0;
        }
        int h = 1;
        for (boolean[] row : a) {
            h = 31 * h + hashCode(row);
        }
        return h;
    }

    public static int deepHashCode(Object[][] a) {
        if (a == null) {
            return 0;
        }
        int h = 1;
        for (Object[] row : a) {
            h = 31 * h + hashCode(row);
        }
        return h;
    }

    private static void sortInts(int[] a, int[] tmp, int lo, int hi) {
        if (hi - lo < 2) {
            return;
        }
        int mid = (lo + hi) >>> 1;
        sortInts(a, tmp, lo, mid);
        sortInts(a, tmp, mid, hi);
        if (a[mid - 1] <= a[mid]) {
            return;
        }
        int i = lo;
        int j = mid;
        for (int k = lo; k < hi; k++) {
            if (j >= hi || (i < mid && a[i] <= a[j])) {
                tmp[k] = a[i];
                i++;
            } else {
                tmp[k] = a[j];
                j++;
            }
        }
        for (int k = lo; k < hi; k++) {
            a[k] = tmp[k];
        }
    }

    public static void sort(long[] a) {
        for (int i = 1; i < a.length; i++) {
            long x = a[i];
            int j = i - 1;
            while (j >= 0 && a[j] > x) {
                a[j + 1] = a[j];
                j--;
            }
            a[j + 1] = x;
        }
    }

    public static void sort(double[] a) {
        // Double.compare's order, as java sorts doubles: -0.0 before 0.0, NaN last
        for (int i = 1; i < a.length; i++) {
            double x = a[i];
            int j = i - 1;
            while (j >= 0 && Double.compare(a[j], x) > 0) {
                a[j + 1] = a[j];
                j--;
            }
            a[j + 1] = x;
        }
    }

    public static void sort(char[] a) {
        if (a.length == 0) {
            return;
        }
        int lo = a[0];
        int hi = a[0];
        for (int i = 1; i < a.length; i++) {
            lo = Math.min(lo, a[i]);
            hi = Math.max(hi, a[i]);
        }
        int[] counts = new int[hi - lo + 1]; // a counting sort over the characters' range only
        for (int i = 0; i < a.length; i++) {
            counts[a[i] - lo]++;
        }
        int k = 0;
        for (int c = lo; c <= hi; c++) {
            for (int n = counts[c - lo]; n > 0; n--) {
                a[k] = (char) c;
                k++;
            }
        }
    }

    public static <T extends Comparable<T>> void sort(T[] a) {
        Collections.mergeSort(a, null);
    }

    public static <T> void sort(T[] a, Comparator<T> c) {
        Collections.mergeSort(a, c);
    }

    // The elements from index from up to to (not to), with java's checks of the range.
    public static <T extends Comparable<T>> void sort(T[] a, int from, int to) {
        rangeCheck(a.length, from, to);
        Collections.mergeSort(a, from, to, null);
    }

    public static <T> void sort(T[] a, int from, int to, Comparator<T> c) {
        rangeCheck(a.length, from, to);
        Collections.mergeSort(a, from, to, c);
    }

    // deepToString of a two-dimensional array (java's takes any depth: Object[] checked at run time).
    public static String deepToString(int[][] a) {
        if (a == null) {
            return "null";
        }
        StringBuilder sb = new StringBuilder("[");
        for (int i = 0; i < a.length; i++) {
            if (i > 0) {
                sb.append(", ");
            }
            sb.append(toString(a[i]));
        }
        return sb.append(']').toString();
    }

    public static String deepToString(long[][] a) {
        if (a == null) {
            return "null";
        }
        StringBuilder sb = new StringBuilder("[");
        for (int i = 0; i < a.length; i++) {
            if (i > 0) {
                sb.append(", ");
            }
            sb.append(toString(a[i]));
        }
        return sb.append(']').toString();
    }

    public static String deepToString(double[][] a) {
        if (a == null) {
            return "null";
        }
        StringBuilder sb = new StringBuilder("[");
        for (int i = 0; i < a.length; i++) {
            if (i > 0) {
                sb.append(", ");
            }
            sb.append(toString(a[i]));
        }
        return sb.append(']').toString();
    }

    public static String deepToString(char[][] a) {
        if (a == null) {
            return "null";
        }
        StringBuilder sb = new StringBuilder("[");
        for (int i = 0; i < a.length; i++) {
            if (i > 0) {
                sb.append(", ");
            }
            sb.append(toString(a[i]));
        }
        return sb.append(']').toString();
    }

    public static String deepToString(boolean[][] a) {
        if (a == null) {
            return "null";
        }
        StringBuilder sb = new StringBuilder("[");
        for (int i = 0; i < a.length; i++) {
            if (i > 0) {
                sb.append(", ");
            }
            sb.append(toString(a[i]));
        }
        return sb.append(']').toString();
    }

    public static String deepToString(Object[][] a) {
        if (a == null) {
            return "null";
        }
        StringBuilder sb = new StringBuilder("[");
        for (int i = 0; i < a.length; i++) {
            if (i > 0) {
                sb.append(", ");
            }
            sb.append(toString(a[i]));
        }
        return sb.append(']').toString();
    }

    public static String toString(int[] a) {
        if (a == null) {
            return "null";
        }
        StringBuilder sb = new StringBuilder("[");
        for (int i = 0; i < a.length; i++) {
            if (i > 0) {
                sb.append(", ");
            }
            sb.append(a[i]);
        }
        return sb.append(']').toString();
    }

    public static String toString(long[] a) {
        if (a == null) {
            return "null";
        }
        StringBuilder sb = new StringBuilder("[");
        for (int i = 0; i < a.length; i++) {
            if (i > 0) {
                sb.append(", ");
            }
            sb.append(a[i]);
        }
        return sb.append(']').toString();
    }

    public static String toString(double[] a) {
        if (a == null) {
            return "null";
        }
        StringBuilder sb = new StringBuilder("[");
        for (int i = 0; i < a.length; i++) {
            if (i > 0) {
                sb.append(", ");
            }
            sb.append(a[i]);
        }
        return sb.append(']').toString();
    }

    public static String toString(char[] a) {
        if (a == null) {
            return "null";
        }
        StringBuilder sb = new StringBuilder("[");
        for (int i = 0; i < a.length; i++) {
            if (i > 0) {
                sb.append(", ");
            }
            sb.append(a[i]);
        }
        return sb.append(']').toString();
    }

    public static String toString(boolean[] a) {
        if (a == null) {
            return "null";
        }
        StringBuilder sb = new StringBuilder("[");
        for (int i = 0; i < a.length; i++) {
            if (i > 0) {
                sb.append(", ");
            }
            sb.append(a[i]);
        }
        return sb.append(']').toString();
    }

    public static String toString(Object[] a) {
        if (a == null) {
            return "null";
        }
        StringBuilder sb = new StringBuilder("[");
        for (int i = 0; i < a.length; i++) {
            if (i > 0) {
                sb.append(", ");
            }
            sb.append(a[i]);
        }
        return sb.append(']').toString();
    }

    // java's check of a range of an array (Arrays.rangeCheck).
    private static void rangeCheck(int length, int from, int to) {
        if (from > to) {
            throw new IllegalArgumentException("fromIndex(" + from + ") > toIndex(" + to + ")");
        }
        if (from < 0) {
            throw new ArrayIndexOutOfBoundsException("Array index out of range: " + from);
        }
        if (to > length) {
            throw new ArrayIndexOutOfBoundsException("Array index out of range: " + to);
        }
    }

    public static void fill(int[] a, int from, int to, int v) {
        rangeCheck(a.length, from, to);
        for (int i = from; i < to; i++) {
            a[i] = v;
        }
    }

    public static void fill(long[] a, int from, int to, long v) {
        rangeCheck(a.length, from, to);
        for (int i = from; i < to; i++) {
            a[i] = v;
        }
    }

    public static void fill(double[] a, int from, int to, double v) {
        rangeCheck(a.length, from, to);
        for (int i = from; i < to; i++) {
            a[i] = v;
        }
    }

    public static void fill(char[] a, int from, int to, char v) {
        rangeCheck(a.length, from, to);
        for (int i = from; i < to; i++) {
            a[i] = v;
        }
    }

    public static void fill(boolean[] a, int from, int to, boolean v) {
        rangeCheck(a.length, from, to);
        for (int i = from; i < to; i++) {
            a[i] = v;
        }
    }

    public static void fill(Object[] a, int from, int to, Object v) {
        rangeCheck(a.length, from, to);
        for (int i = from; i < to; i++) {
            a[i] = v;
        }
    }

    public static void fill(int[] a, int v) {
        fill(a, 0, a.length, v);
    }

    public static void fill(double[] a, double v) {
        fill(a, 0, a.length, v);
    }

    public static void fill(long[] a, long v) {
        fill(a, 0, a.length, v);
    }

    public static void fill(char[] a, char v) {
        fill(a, 0, a.length, v);
    }

    public static void fill(boolean[] a, boolean v) {
        fill(a, 0, a.length, v);
    }

    public static void fill(Object[] a, Object v) {
        fill(a, 0, a.length, v);
    }

    // Elements equal as Double.equals has them (NaN equals NaN, 0.0 is not -0.0), as java's.
    public static boolean equals(double[] a, double[] b) {
        if (a == b) {
            return true;
        }
        if (a == null || b == null || a.length != b.length) {
            return false;
        }
        for (int i = 0; i < a.length; i++) {
            if (Double.doubleToLongBits(a[i]) != Double.doubleToLongBits(b[i])) {
                return false;
            }
        }
        return true;
    }

    public static boolean equals(long[] a, long[] b) {
        if (a == b) {
            return true;
        }
        if (a == null || b == null || a.length != b.length) {
            return false;
        }
        for (int i = 0; i < a.length; i++) {
            if (a[i] != b[i]) {
                return false;
            }
        }
        return true;
    }

    public static boolean equals(char[] a, char[] b) {
        if (a == b) {
            return true;
        }
        if (a == null || b == null || a.length != b.length) {
            return false;
        }
        for (int i = 0; i < a.length; i++) {
            if (a[i] != b[i]) {
                return false;
            }
        }
        return true;
    }

    public static boolean equals(boolean[] a, boolean[] b) {
        if (a == b) {
            return true;
        }
        if (a == null || b == null || a.length != b.length) {
            return false;
        }
        for (int i = 0; i < a.length; i++) {
            if (a[i] != b[i]) {
                return false;
            }
        }
        return true;
    }

    public static boolean equals(Object[] a, Object[] b) {
        if (a == b) {
            return true;
        }
        if (a == null || b == null || a.length != b.length) {
            return false;
        }
        for (int i = 0; i < a.length; i++) {
            if (!Collections.same(a[i], b[i])) {
                return false;
            }
        }
        return true;
    }

    // deepEquals of a two-dimensional array (java's takes any depth: Object[] checked at run time).
    public static boolean deepEquals(int[][] a, int[][] b) {
        if (a == b) {
            return true;
        }
        if (a == null || b == null || a.length != b.length) {
            return false;
        }
        for (int i = 0; i < a.length; i++) {
            if (!equals(a[i], b[i])) {
                return false;
            }
        }
        return true;
    }

    public static boolean deepEquals(long[][] a, long[][] b) {
        if (a == b) {
            return true;
        }
        if (a == null || b == null || a.length != b.length) {
            return false;
        }
        for (int i = 0; i < a.length; i++) {
            if (!equals(a[i], b[i])) {
                return false;
            }
        }
        return true;
    }

    public static boolean deepEquals(double[][] a, double[][] b) {
        if (a == b) {
            return true;
        }
        if (a == null || b == null || a.length != b.length) {
            return false;
        }
        for (int i = 0; i < a.length; i++) {
            if (!equals(a[i], b[i])) {
                return false;
            }
        }
        return true;
    }

    public static boolean deepEquals(char[][] a, char[][] b) {
        if (a == b) {
            return true;
        }
        if (a == null || b == null || a.length != b.length) {
            return false;
        }
        for (int i = 0; i < a.length; i++) {
            if (!equals(a[i], b[i])) {
                return false;
            }
        }
        return true;
    }

    public static boolean deepEquals(boolean[][] a, boolean[][] b) {
        if (a == b) {
            return true;
        }
        if (a == null || b == null || a.length != b.length) {
            return false;
        }
        for (int i = 0; i < a.length; i++) {
            if (!equals(a[i], b[i])) {
                return false;
            }
        }
        return true;
    }

    public static boolean deepEquals(Object[][] a, Object[][] b) {
        if (a == b) {
            return true;
        }
        if (a == null || b == null || a.length != b.length) {
            return false;
        }
        for (int i = 0; i < a.length; i++) {
            if (!equals(a[i], b[i])) {
                return false;
            }
        }
        return true;
    }

    public static int binarySearch(int[] a, int key) {
        int low = 0;
        int high = a.length - 1;
        while (low <= high) {
            int mid = (low + high) >>> 1;
            if (a[mid] < key) {
                low = mid + 1;
            } else if (a[mid] > key) {
                high = mid - 1;
            } else {
                return mid;
            }
        }
        return -(low + 1);
    }

    public static boolean equals(int[] a, int[] b) {
        if (a == b) {
            return true;
        }
        if (a == null || b == null || a.length != b.length) {
            return false;
        }
        for (int i = 0; i < a.length; i++) {
            if (a[i] != b[i]) {
                return false;
            }
        }
        return true;
    }

    public static int[] copyOf(int[] a, int n) {
        int[] out = new int[n];
        for (int i = 0; i < n && i < a.length; i++) {
            out[i] = a[i];
        }
        return out;
    }

    public static double[] copyOf(double[] a, int n) {
        double[] out = new double[n];
        for (int i = 0; i < n && i < a.length; i++) {
            out[i] = a[i];
        }
        return out;
    }

    public static long[] copyOf(long[] a, int n) {
        long[] out = new long[n];
        for (int i = 0; i < n && i < a.length; i++) {
            out[i] = a[i];
        }
        return out;
    }

    public static char[] copyOf(char[] a, int n) {
        char[] out = new char[n];
        for (int i = 0; i < n && i < a.length; i++) {
            out[i] = a[i];
        }
        return out;
    }

    public static boolean[] copyOf(boolean[] a, int n) {
        boolean[] out = new boolean[n];
        for (int i = 0; i < n && i < a.length; i++) {
            out[i] = a[i];
        }
        return out;
    }

    @SuppressWarnings("unchecked")
    // (clone(n), the library's own: an array of a's class, n long, holding a's first elements.)
    public static <T> T[] copyOf(T[] a, int n) {
        return a.clone(n);
    }

    // copyOfRange's checks, with java's messages (System.arraycopy's for a start outside the array).
    private static int rangeLength(int from, int to, int length, String kind) {
        if (from > to) {
            throw new IllegalArgumentException(from + " > " + to);
        }
        if (from < 0) {
            throw new ArrayIndexOutOfBoundsException(
                "arraycopy: source index " + from + " out of bounds for " + kind + "[" + length + "]");
        }
        if (from > length) {
            throw new ArrayIndexOutOfBoundsException("arraycopy: length " + (length - from) + " is negative");
        }
        return to - from;
    }

    public static int[] copyOfRange(int[] a, int from, int to) {
        int[] out = new int[rangeLength(from, to, a.length, "int")];
        for (int i = from; i < to && i < a.length; i++) {
            out[i - from] = a[i];
        }
        return out;
    }

    public static long[] copyOfRange(long[] a, int from, int to) {
        long[] out = new long[rangeLength(from, to, a.length, "long")];
        for (int i = from; i < to && i < a.length; i++) {
            out[i - from] = a[i];
        }
        return out;
    }

    public static double[] copyOfRange(double[] a, int from, int to) {
        double[] out = new double[rangeLength(from, to, a.length, "double")];
        for (int i = from; i < to && i < a.length; i++) {
            out[i - from] = a[i];
        }
        return out;
    }

    public static char[] copyOfRange(char[] a, int from, int to) {
        char[] out = new char[rangeLength(from, to, a.length, "char")];
        for (int i = from; i < to && i < a.length; i++) {
            out[i - from] = a[i];
        }
        return out;
    }

    @SuppressWarnings("unchecked")
    public static <T> T[] copyOfRange(T[] a, int from, int to) {
        T[] out = a.clone(rangeLength(from, to, a.length, "object array"));
        for (int i = from; i < to; i++) {
            out[i - from] = i < a.length ? a[i] : null;
        }
        return out;
    }

    // A fixed-size list over the array itself, as java's: set writes through to it, add and remove
    // throw UnsupportedOperationException, get past the end the array's own exception.
    public static <T> List<T> asList(T... a) {
        return new Arrays.View<T>(a);
    }

    static class View<E> extends AbstractList<E> {
        private final Object[] items;

        View(Object[] items) {
            this.items = Objects.requireNonNull(items);
        }

        public int size() {
            return items.length;
        }

        public E get(int index) {
            return (E) items[index];
        }

        public E set(int index, E e) {
            E old = (E) items[index];
            items[index] = e;
            return old;
        }
    }
}

// The tokens of a text between delimiter characters (by default blanks: space, tab, newline, carriage
// return, form feed), as java's StringTokenizer gives them.
class StringTokenizer {
    private final String text;
    private final String delims;
    private int pos;

    public StringTokenizer(String text) {
        this(text, " \t\n\r\f");
    }

    public StringTokenizer(String text, String delims) {
        this.text = text;
        this.delims = delims;
    }

    private int skip(int i) {
        while (i < text.length() && delims.indexOf(text.charAt(i)) >= 0) {
            i++;
        }
        return i;
    }

    public boolean hasMoreTokens() {
        return skip(pos) < text.length();
    }

    public boolean hasMoreElements() {
        return hasMoreTokens();
    }

    public String nextToken() {
        int start = skip(pos);
        if (start >= text.length()) {
            throw new NoSuchElementException();
        }
        int end = start;
        while (end < text.length() && delims.indexOf(text.charAt(end)) < 0) {
            end++;
        }
        pos = end;
        return text.substring(start, end);
    }

    public Object nextElement() {
        return nextToken();
    }

    public int countTokens() {
        int n = 0;
        int i = skip(pos);
        while (i < text.length()) {
            n++;
            while (i < text.length() && delims.indexOf(text.charAt(i)) < 0) {
                i++;
            }
            i = skip(i);
        }
        return n;
    }
}

// Joins strings with a delimiter between them, within a prefix and a suffix (or the empty value, set by
// setEmptyValue, when nothing was added).
final class StringJoiner {
    private final String delimiter;
    private final String prefix;
    private final String suffix;
    private final StringBuilder joined = new StringBuilder();
    private boolean any;
    private String emptyValue;

    StringJoiner(String delimiter) {
        this(delimiter, "", "");
    }

    StringJoiner(String delimiter, String prefix, String suffix) {
        this.delimiter = delimiter;
        this.prefix = prefix;
        this.suffix = suffix;
    }

    public StringJoiner add(String s) {
        if (any) {
            joined.append(delimiter);
        }
        joined.append(s);
        any = true;
        return this;
    }

    public StringJoiner setEmptyValue(String emptyValue) {
        this.emptyValue = emptyValue;
        return this;
    }

    public String toString() {
        if (!any && emptyValue != null) {
            return emptyValue;
        }
        return prefix + joined.toString() + suffix;
    }

    public int length() {
        return toString().length();
    }
}

class IllegalFormatException extends IllegalArgumentException {
    IllegalFormatException(String message) {
        super(message);
    }
}

// printf's and String.format's for an argument its conversion does not take (`d != java.lang.Double`).
class IllegalFormatConversionException extends IllegalFormatException {
    IllegalFormatConversionException(String message) {
        super(message);
    }
}

class InputMismatchException extends NoSuchElementException {
    InputMismatchException() {
    }

    InputMismatchException(String message) {
        super(message);
    }
}

// java.util.Random with a seed: java's linear congruential generator (48 bits), so a program prints the
// numbers java prints. An unseeded Random (seeded by the clock in java) is not offered.
class Random {
    private long seed;

    public Random(long seed) {
        this.seed = (seed ^ 0x5DEECE66DL) & ((1L << 48) - 1);
    }

    private int next(int bits) {
        seed = (seed * 0x5DEECE66DL + 0xBL) & ((1L << 48) - 1);
        return (int) (seed >>> (48 - bits));
    }

    public int nextInt() {
        return next(32);
    }

    public int nextInt(int bound) {
        if (bound <= 0) {
            throw new IllegalArgumentException("bound must be positive");
        }
        int r = next(31);
        int m = bound - 1;
        if ((bound & m) == 0) {
            return (int) ((bound * (long) r) >> 31);
        }
        int u = r;
        r = u % bound;
        while (u - r + m < 0) {
            u = next(31);
            r = u % bound;
        }
        return r;
    }

    public long nextLong() {
        return ((long) next(32) << 32) + next(32);
    }

    public boolean nextBoolean() {
        return next(1) != 0;
    }

    public double nextDouble() {
        return (((long) next(26) << 27) + next(27)) * 0x1.0p-53;
    }

    public float nextFloat() {
        return next(24) / ((float) (1 << 24));
    }

    // java 17's RandomSupport.boundedNextInt: one nextInt(), and more only to reject a biased one.
    public int nextInt(int origin, int bound) {
        if (origin >= bound) {
            throw new IllegalArgumentException("bound must be greater than origin");
        }
        int r = nextInt();
        int n = bound - origin;
        int m = n - 1;
        if ((n & m) == 0) {
            return (r & m) + origin;
        }
        if (n > 0) {
            int u = r >>> 1;
            r = u % n;
            while (u + m - r < 0) {
                u = nextInt() >>> 1;
                r = u % n;
            }
            return r + origin;
        }
        while (r < origin || r >= bound) {
            r = nextInt();
        }
        return r;
    }

    private double nextNextGaussian;
    private boolean haveNextNextGaussian;

    // java's polar method, two numbers a time (StrictMath's sqrt and log, fdlibm's).
    public double nextGaussian() {
        if (haveNextNextGaussian) {
            haveNextNextGaussian = false;
            return nextNextGaussian;
        }
        double v1;
        double v2;
        double s;
        do {
            v1 = 2 * nextDouble() - 1;
            v2 = 2 * nextDouble() - 1;
            s = v1 * v1 + v2 * v2;
        } while (s >= 1 || s == 0);
        double multiplier = StrictMath.sqrt(-2 * StrictMath.log(s) / s);
        nextNextGaussian = v2 * multiplier;
        haveNextNextGaussian = true;
        return v1 * multiplier;
    }
}

// Tokens are separated by whitespace; nextLine() reads the rest of the current line. What has been read
// of the input is kept, so that hasNext() and hasNextInt() can look at the next token without taking it.
class Scanner implements AutoCloseable {
    private static StringBuilder seen = new StringBuilder();
    private static int pos;
    private static boolean ended;

    public Scanner(InputStream in) {
    }

    // A scanner of the string's text (all of the input it has).
    public Scanner(String source) {
        seen = new StringBuilder(source);
        pos = 0;
        ended = true;
    }

    // The character i places ahead in the input, or -1 past its end.
    private static int at(int i) {
        while (!ended && seen.length() <= i) {
            int c = System.in.read();
            if (c == -1) {
                ended = true;
            } else {
                seen.append((char) c);
            }
        }
        return i < seen.length() ? seen.charAt(i) : -1;
    }

    private static int tokenStart() {
        int i = pos;
        while (at(i) != -1 && Character.isWhitespace((char) at(i))) {
            i++;
        }
        return i;
    }

    private static int tokenEnd(int i) {
        while (at(i) != -1 && !Character.isWhitespace((char) at(i))) {
            i++;
        }
        return i;
    }

    private static String peekToken() {
        int i = tokenStart();
        if (at(i) == -1) {
            return null;
        }
        int end = tokenEnd(i);
        return seen.toString().substring(i, end);
    }

    public boolean hasNext() {
        return peekToken() != null;
    }

    public String next() {
        int i = tokenStart();
        if (at(i) == -1) {
            throw new NoSuchElementException();
        }
        int end = tokenEnd(i);
        pos = end;
        return seen.toString().substring(i, end);
    }

    private static boolean integral(String t) {
        int start = t.length() > 1 && (t.charAt(0) == '-' || t.charAt(0) == '+') ? 1 : 0;
        if (start == t.length()) {
            return false;
        }
        for (int i = start; i < t.length(); i++) {
            if (!Character.isDigit(t.charAt(i))) {
                return false;
            }
        }
        return true;
    }

    public boolean hasNextBoolean() {
        String t = peekToken();
        return t != null && (t.toLowerCase().equals("true") || t.toLowerCase().equals("false"));
    }

    public boolean nextBoolean() {
        if (peekToken() == null) {
            throw new NoSuchElementException();
        }
        if (!hasNextBoolean()) {
            throw new InputMismatchException();
        }
        return next().toLowerCase().equals("true");
    }

    public boolean hasNextInt() {
        String t = peekToken();
        if (t == null || !integral(t)) {
            return false;
        }
        try {
            Integer.parseInt(t);
            return true;
        } catch (NumberFormatException e) {
            return false;
        }
    }

    public int nextInt() {
        String t = peekToken();
        if (t == null) {
            throw new NoSuchElementException();
        }
        if (!hasNextInt()) {
            throw new InputMismatchException();
        }
        return Integer.parseInt(next());
    }

    public long nextLong() {
        String t = peekToken();
        if (t == null) {
            throw new NoSuchElementException();
        }
        if (!integral(t)) {
            throw new InputMismatchException();
        }
        try {
            Long.parseLong(t);
        } catch (NumberFormatException e) {
            throw new InputMismatchException();
        }
        return Long.parseLong(next());
    }

    // A decimal number as nextDouble takes it: a sign, digits with a point, an exponent; NaN, Infinity.
    private static boolean decimal(String t) {
        int i = t.length() > 1 && (t.charAt(0) == '-' || t.charAt(0) == '+') ? 1 : 0;
        String rest = t.substring(i);
        if (rest.equals("NaN") || rest.equals("Infinity")) {
            return true;
        }
        int digits = 0;
        while (i < t.length() && Character.isDigit(t.charAt(i))) {
            i++;
            digits++;
        }
        if (i < t.length() && t.charAt(i) == '.') {
            i++;
            while (i < t.length() && Character.isDigit(t.charAt(i))) {
                i++;
                digits++;
            }
        }
        if (digits == 0) {
            return false;
        }
        if (i < t.length() && (t.charAt(i) == 'e' || t.charAt(i) == 'E')) {
            i++;
            if (i < t.length() && (t.charAt(i) == '-' || t.charAt(i) == '+')) {
                i++;
            }
            int exponent = 0;
            while (i < t.length() && Character.isDigit(t.charAt(i))) {
                i++;
                exponent++;
            }
            if (exponent == 0) {
                return false;
            }
        }
        return i == t.length();
    }

    public boolean hasNextDouble() {
        String t = peekToken();
        return t != null && decimal(t);
    }

    public double nextDouble() {
        String t = peekToken();
        if (t == null) {
            throw new NoSuchElementException();
        }
        if (!decimal(t)) {
            throw new InputMismatchException();
        }
        return Double.parseDouble(next());
    }

    public boolean hasNextLine() {
        return at(pos) != -1;
    }

    public String nextLine() {
        if (at(pos) == -1) {
            throw new NoSuchElementException("No line found");
        }
        int i = pos;
        while (at(i) != -1 && at(i) != '\n') {
            i++;
        }
        String line = seen.toString().substring(pos, i);
        pos = at(i) == '\n' ? i + 1 : i;
        if (line.endsWith("\r")) {
            return line.substring(0, line.length() - 1);
        }
        return line;
    }

    public void close() {
    }
}

// What a stream's max, min, findFirst and reduce give: a value or none.
class Optional<T> {
    private static final Optional<Object> EMPTY = new Optional<Object>(null);
    private final T value;

    private Optional(T value) {
        this.value = value;
    }

    public static <T> Optional<T> of(T value) {
        if (value == null) {
            throw new NullPointerException();
        }
        return new Optional<T>(value);
    }

    public static <T> Optional<T> ofNullable(T value) {
        return new Optional<T>(value);
    }

    public static <T> Optional<T> empty() {
        return new Optional<T>(null);
    }

    public boolean isPresent() {
        return value != null;
    }

    public boolean isEmpty() {
        return value == null;
    }

    public T get() {
        if (value == null) {
            throw new NoSuchElementException("No value present");
        }
        return value;
    }

    public T orElseThrow() {
        return get();
    }

    // (X is bounded by RuntimeException here: a supplier of a checked exception is outside the subset)
    public <X extends RuntimeException> T orElseThrow(Supplier<X> exceptionSupplier) {
        if (value != null) {
            return value;
        }
        throw exceptionSupplier.get();
    }

    public T orElse(T other) {
        return value != null ? value : other;
    }

    public void ifPresent(Consumer<T> action) {
        if (value != null) {
            action.accept(value);
        }
    }

    public <U> Optional<U> map(Function<T, U> f) {
        return value == null ? new Optional<U>(null) : new Optional<U>(f.apply(value));
    }

    public Optional<T> filter(Predicate<T> test) {
        return value == null || test.test(value) ? this : new Optional<T>(null);
    }

    public T orElseGet(Supplier<T> other) {
        return value != null ? value : other.get();
    }

    public void ifPresentOrElse(Consumer<T> action, Runnable otherwise) {
        if (value != null) {
            action.accept(value);
        } else {
            otherwise.run();
        }
    }

    public boolean equals(Object o) {
        if (!(o instanceof Optional)) {
            return false;
        }
        Optional<T> other = (Optional<T>) o;
        return value == null ? other.value == null : value.equals(other.value);
    }

    public int hashCode() {
        return value == null ? 0 : value.hashCode();
    }

    public String toString() {
        return value == null ? "Optional.empty" : "Optional[" + value + "]";
    }
}

class OptionalInt {
    private final boolean present;
    private final int value;

    private OptionalInt(boolean present, int value) {
        this.present = present;
        this.value = value;
    }

    public static OptionalInt of(int value) {
        return new OptionalInt(true, value);
    }

    public static OptionalInt empty() {
        return new OptionalInt(false, 0);
    }

    public boolean isPresent() {
        return present;
    }

    public boolean isEmpty() {
        return !present;
    }

    public int getAsInt() {
        if (!present) {
            throw new NoSuchElementException("No value present");
        }
        return value;
    }

    public int orElseThrow() {
        return getAsInt();
    }

    public int orElse(int other) {
        return present ? value : other;
    }

    public void ifPresent(IntConsumer action) {
        if (present) {
            action.accept(value);
        }
    }

    public String toString() {
        return present ? "OptionalInt[" + value + "]" : "OptionalInt.empty";
    }
}

class OptionalLong {
    private final boolean present;
    private final long value;

    private OptionalLong(boolean present, long value) {
        this.present = present;
        this.value = value;
    }

    public static OptionalLong of(long value) {
        return new OptionalLong(true, value);
    }

    public static OptionalLong empty() {
        return new OptionalLong(false, 0);
    }

    public boolean isPresent() {
        return present;
    }

    public boolean isEmpty() {
        return !present;
    }

    public long getAsLong() {
        if (!present) {
            throw new NoSuchElementException("No value present");
        }
        return value;
    }

    public long orElseThrow() {
        return getAsLong();
    }

    public long orElse(long other) {
        return present ? value : other;
    }

    public void ifPresent(LongConsumer action) {
        if (present) {
            action.accept(value);
        }
    }

    public String toString() {
        return present ? "OptionalLong[" + value + "]" : "OptionalLong.empty";
    }
}

class OptionalDouble {
    private final boolean present;
    private final double value;

    private OptionalDouble(boolean present, double value) {
        this.present = present;
        this.value = value;
    }

    public static OptionalDouble of(double value) {
        return new OptionalDouble(true, value);
    }

    public static OptionalDouble empty() {
        return new OptionalDouble(false, 0);
    }

    public boolean isPresent() {
        return present;
    }

    public boolean isEmpty() {
        return !present;
    }

    public double getAsDouble() {
        if (!present) {
            throw new NoSuchElementException("No value present");
        }
        return value;
    }

    public double orElseThrow() {
        return getAsDouble();
    }

    public double orElse(double other) {
        return present ? value : other;
    }

    public void ifPresent(DoubleConsumer action) {
        if (present) {
            action.accept(value);
        }
    }

    public String toString() {
        return present ? "OptionalDouble[" + value + "]" : "OptionalDouble.empty";
    }
}

// IntStream's summaryStatistics(): the count, the sum in a long, the least and greatest (Integer's
// MAX_VALUE and MIN_VALUE before the first element, as java's) and their mean.
class IntSummaryStatistics implements IntConsumer {
    private long count;
    private long sum;
    private int min = Integer.MAX_VALUE;
    private int max = Integer.MIN_VALUE;

    public IntSummaryStatistics() {
    }

    public void accept(int value) {
        count++;
        sum += value;
        min = Math.min(min, value);
        max = Math.max(max, value);
    }

    public void combine(IntSummaryStatistics other) {
        count += other.count;
        sum += other.sum;
        min = Math.min(min, other.min);
        max = Math.max(max, other.max);
    }

    public long getCount() {
        return count;
    }

    public long getSum() {
        return sum;
    }

    public int getMin() {
        return min;
    }

    public int getMax() {
        return max;
    }

    public double getAverage() {
        return count > 0 ? (double) sum / count : 0.0;
    }

    public String toString() {
        return String.format(
                "IntSummaryStatistics{count=%d, sum=%d, min=%d, average=%f, max=%d}",
                count, sum, min, getAverage(), max);
    }
}
