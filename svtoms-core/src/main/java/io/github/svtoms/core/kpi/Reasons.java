package io.github.svtoms.core.kpi;

import java.util.AbstractList;
import java.util.List;
import java.util.RandomAccess;
import java.util.function.Supplier;

/**
 * A selected KPI's reasons, written on first read: a selection that is only counted, compared by its measures or
 * levels, or discarded never pays for the text. Behaves as the immutable list the reasons would otherwise be
 * ({@code List.copyOf} of them): the same elements, {@link List#equals}/{@link List#hashCode}, every mutator
 * throws {@link UnsupportedOperationException}. Never empty: the last reason (why it was kept under the cap) is
 * always there. Thread-safe: the list is written once, under a lock, and published through a volatile field;
 * the text it is built from is immutable.
 */
final class Reasons extends AbstractList<String> implements RandomAccess {
    private Supplier<List<String>> source;
    private volatile List<String> list;

    /** @param source writes the reasons, at least one; called at most once */
    Reasons(Supplier<List<String>> source) {
        this.source = source;
    }

    private List<String> list() {
        List<String> l = list;
        if (l == null) {
            synchronized (this) {
                l = list;
                if (l == null) {
                    l = List.copyOf(source.get());
                    list = l;
                    source = null;
                }
            }
        }
        return l;
    }

    @Override
    public String get(int index) {
        return list().get(index);
    }

    @Override
    public int size() {
        return list().size();
    }

    /** @return false: a KPI always has the reason it was kept, without writing the others */
    @Override
    public boolean isEmpty() {
        return false;
    }
}
