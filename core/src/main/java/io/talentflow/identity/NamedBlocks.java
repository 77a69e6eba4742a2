package io.talentflow.identity;

import io.talentflow.source.Authorship;

import java.io.Serializable;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

import static java.util.Objects.requireNonNull;

/**
 * The block of each authorship of some input and the input's {@link NameCensus}, parsing each
 * distinct name once. A block is a coarse name key (first initial and family name), or a block of
 * its own for an unusable name; researchers never span blocks, so blocks can be clustered anywhere,
 * in any order, with {@link BlockingDisambiguator#assignBlock}.
 *
 * @param blockKeys aligned with the authorships
 */
public record NamedBlocks(List<String> blockKeys, NameCensus census)
        implements Serializable
{
    public NamedBlocks
    {
        blockKeys = List.copyOf(requireNonNull(blockKeys, "blockKeys is null"));
        requireNonNull(census, "census is null");
    }

    public static NamedBlocks of(List<Authorship> authorships)
    {
        // each distinct name is parsed, and its block and census entry made, once: names repeat within a file
        Map<String, String> blocks = new HashMap<>();
        Set<String> names = new HashSet<>();
        List<String> keys = new ArrayList<>(authorships.size());
        for (Authorship authorship : authorships) {
            // an unusable name maps to null, which computeIfAbsent does not keep: such names are rare
            String block = blocks.computeIfAbsent(authorship.name(), name -> block(name, names));
            keys.add(block == null ? ownBlock(authorship) : block);
        }
        return new NamedBlocks(keys, new NameCensus(names));
    }

    /** The block of a name, adding it to {@code names} when written out; null when the name is unusable. */
    private static String block(String name, Set<String> names)
    {
        List<String> tokens = NameKey.tokens(name);
        if (tokens.isEmpty()) {
            return null;
        }
        NameForm form = NameForm.of(tokens);
        if (form.full()) {
            names.add(NameCensus.entry(form));
        }
        return form.coarse();
    }

    /** The block of an authorship whose name is unusable: its own ("#" cannot start a coarse key). */
    private static String ownBlock(Authorship authorship)
    {
        return "#" + authorship.key();
    }
}
