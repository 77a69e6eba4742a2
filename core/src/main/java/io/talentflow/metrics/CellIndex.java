package io.talentflow.metrics;

import java.util.HashMap;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;
import java.util.stream.Stream;

/**
 * Cell numbers by key, kept apart by key type. Cell keys are records, and records of different
 * types with the same components ({@code Placed(2015, "US")}, {@code Stayed(2015, "US")}) have equal
 * hash codes: in one map they would share buckets, and every lookup would compare across types.
 *
 * @param <K> the cell key
 */
final class CellIndex<K>
{
    private final Map<Class<?>, Map<K, Integer>> byType = new HashMap<>();
    private int size;

    CellIndex()
    {
    }

    private CellIndex(CellIndex<K> other)
    {
        other.byType.forEach((type, ofType) -> byType.put(type, new HashMap<>(ofType)));
        size = other.size;
    }

    /** A copy that later additions to this index do not change. */
    CellIndex<K> copy()
    {
        return new CellIndex<>(this);
    }

    /** The number of {@code key}, numbered next when new. */
    int add(K key)
    {
        return byType.computeIfAbsent(key.getClass(), type -> new HashMap<>()).computeIfAbsent(key, k -> size++);
    }

    /** The number of {@code key}, or -1 when it has none. */
    int find(K key)
    {
        Map<K, Integer> ofType = byType.get(key.getClass());
        Integer cell = ofType == null ? null : ofType.get(key);
        return cell == null ? -1 : cell;
    }

    int size()
    {
        return size;
    }

    Set<K> keys()
    {
        return byType.values().stream().flatMap(ofType -> ofType.keySet().stream()).collect(Collectors.toUnmodifiableSet());
    }

    <T> Stream<T> keys(Class<T> type)
    {
        return byType.getOrDefault(type, Map.of()).keySet().stream().map(type::cast);
    }
}
