package io.talentflow.org;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashSet;
import java.util.List;

/**
 * Scores a linker against labelled texts: a text is right when its first linked organisation is one
 * of its labelled ids; an unlinked text is wrong for accuracy only.
 */
public final class LinkEvaluation
{
    private LinkEvaluation() {}

    /**
     * Reads {@code string<TAB>ids} lines (ids space-separated; lines starting with "#" are comments).
     *
     * @throws IllegalArgumentException naming the file and line when a line has no ids
     */
    public static List<LabelledLink> read(Path tsv)
            throws IOException
    {
        List<String> lines = Files.readAllLines(tsv, StandardCharsets.UTF_8);
        List<LabelledLink> out = new ArrayList<>();
        for (int i = 0; i < lines.size(); i++) {
            String line = lines.get(i);
            if (line.isBlank() || line.startsWith("#")) {
                continue;
            }
            String[] f = line.split("\t", -1);
            if (f.length < 2 || f[1].isBlank()) {
                throw new IllegalArgumentException(tsv + " line " + (i + 1) + " has no ids column");
            }
            out.add(new LabelledLink(f[0], new LinkedHashSet<>(Arrays.asList(f[1].strip().split("\\s+")))));
        }
        return out;
    }

    /** Links every labelled text once, in order, timing the linking alone. */
    public static LinkReport evaluate(OrganisationLinker linker, List<LabelledLink> labelled)
    {
        int answered = 0;
        int right = 0;
        long nanos = 0;
        List<String> errors = new ArrayList<>();
        for (LabelledLink l : labelled) {
            long start = System.nanoTime();
            Link link = linker.link(l.text());
            nanos += System.nanoTime() - start;
            boolean ok = link.linked() && l.ids().contains(link.first().id());
            answered += link.linked() ? 1 : 0;
            right += ok ? 1 : 0;
            if (!ok) {
                errors.add(l.text() + " -> " + (link.linked() ? link.first().id() + " " + link.first().name() : "nothing")
                        + " (right: " + String.join(" ", l.ids()) + ")");
            }
        }
        return new LinkReport(labelled.size(), answered, right, nanos, errors);
    }
}
