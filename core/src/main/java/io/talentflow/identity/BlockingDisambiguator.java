package io.talentflow.identity;

import io.talentflow.source.Authorship;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Function;

/**
 * Groups authorships into researchers: blocks by {@link NameKey#block}, then clusters each block by
 * identifiers (different ids of a distinct scheme never join, even through a chain), merges small
 * blocks wholesale, and links the rest by shared co-authors, institutions and e-mail domains.
 * Researcher ids are "r-" plus 12 hex characters of the SHA-256 of the block key and the smallest
 * authorship key of the cluster, so they do not depend on input order.
 */
public final class BlockingDisambiguator implements Disambiguator
{
    /** Blocks with at most this many authorships may be one researcher wholesale. */
    public static final int SMALL_BLOCK = 8;
    /** ... and only when their years span at most this many years. */
    public static final int SMALL_BLOCK_YEARS = 10;
    /** Institution and e-mail domain link authorships at most this many years apart. */
    public static final int YEAR_WINDOW = 4;

    private final BlockClusterer clusterer;

    /** The default rules ({@link #SMALL_BLOCK}, {@link #SMALL_BLOCK_YEARS}, {@link #YEAR_WINDOW}). */
    public BlockingDisambiguator()
    {
        this(SMALL_BLOCK, SMALL_BLOCK_YEARS, YEAR_WINDOW);
    }

    public BlockingDisambiguator(int smallBlock, int smallBlockYears, int yearWindow)
    {
        this.clusterer = new BlockClusterer(smallBlock, smallBlockYears, yearWindow);
    }

    @Override
    public List<String> assign(List<Authorship> authorships)
    {
        String[] keys = authorships.stream().map(Authorship::key).toArray(String[]::new);
        // names recur (every co-author list repeats them): key each distinct name once
        Map<String, String> nameKeyCache = new HashMap<>();
        Function<String, String> nameKeys = name -> nameKeyCache.computeIfAbsent(name, NameKey::fine);
        Map<String, List<Integer>> blocks = new HashMap<>();
        for (int i = 0; i < authorships.size(); i++) {
            blocks.computeIfAbsent(blockKey(authorships.get(i).name(), keys[i], nameKeys), k -> new ArrayList<>()).add(i);
        }
        String[] ids = new String[authorships.size()];
        blocks.forEach((blockKey, indices) -> assignBlock(blockKey, indices, authorships, keys, ids, nameKeys));
        return List.of(ids);
    }

    private static String blockKey(String name, String authorshipKey, Function<String, String> nameKeys)
    {
        return nameKeys.apply(name).isEmpty() ? NameKey.block(name, authorshipKey) : nameKeys.apply(name);
    }

    private void assignBlock(String blockKey, List<Integer> indices, List<Authorship> authorships, String[] keys,
            String[] ids, Function<String, String> nameKeys)
    {
        // sorting by key makes clusters and ids independent of the input order
        indices.sort(Comparator.comparing((Integer i) -> keys[i]).thenComparing(i -> i));
        List<Authorship> members = indices.stream().map(authorships::get).toList();
        int[] labels = clusterer.cluster(blockKey, members, nameKeys);
        for (int m = 0; m < labels.length; m++) {
            ids[indices.get(m)] = researcherId(blockKey, keys[indices.get(labels[m])]);
        }
    }

    private static String researcherId(String blockKey, String smallestKey)
    {
        return "r-" + Hashes.hex12(blockKey + "\n" + smallestKey);
    }
}
