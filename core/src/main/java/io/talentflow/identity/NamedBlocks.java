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
        Map<String, NameForm> forms = new HashMap<>();
        Set<String> names = new HashSet<>();
        List<String> keys = new ArrayList<>(authorships.size());
        for (Authorship authorship : authorships) {
            // an unusable name maps to null, which computeIfAbsent does not keep: such names are rare
            NameForm form = forms.computeIfAbsent(authorship.name(), NamedBlocks::form);
            keys.add(form == null ? ownBlock(authorship) : form.coarse());
            if (form != null && form.full()) {
                names.add(NameCensus.entry(form));
            }
        }
        return new NamedBlocks(keys, new NameCensus(names));
    }

    /** The block of an authorship whose name is unusable: its own ("#" cannot start a coarse key). */
    private static String ownBlock(Authorship authorship)
    {
        return "#" + authorship.key();
    }

    private static NameForm form(String name)
    {
        List<String> tokens = NameKey.tokens(name);
        return tokens.isEmpty() ? null : NameForm.of(tokens);
    }
}
