package io.talentflow.synth;

import java.io.BufferedReader;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Consumer;

/** The truth files of a synthetic world (DIR/truth), read for scoring. */
public final class SynthTruth
{
    /** A true move: the first year in the new country. */
    public record Move(String truthId, int year, String from, String to)
    {
    }

    final Map<String, String> authorships = new HashMap<>();
    final Map<String, String> names = new HashMap<>();
    final Map<String, String> classes = new HashMap<>();
    final Map<String, String> countries = new HashMap<>();
    final Map<String, List<Move>> moves = new HashMap<>();

    private SynthTruth()
    {
    }

    /**
     * Reads {@code truthFolder}.
     *
     * @throws IllegalArgumentException naming the file when one is missing or malformed
     */
    public static SynthTruth read(Path truthFolder)
            throws IOException
    {
        SynthTruth truth = new SynthTruth();
        rows(truthFolder.resolve("researchers.csv"), 5, r -> {
            truth.names.put(r[0], r[1]);
            truth.classes.put(r[0], r[4]);
        });
        rows(truthFolder.resolve("timeline.csv"), 3, r -> truth.countries.put(r[0] + "/" + r[1], r[2]));
        rows(truthFolder.resolve("moves.csv"), 4,
                r -> truth.moves.computeIfAbsent(r[0], k -> new ArrayList<>()).add(new Move(r[0], Integer.parseInt(r[1]), r[2], r[3])));
        rows(truthFolder.resolve("authorships.csv"), 4, r -> truth.authorships.put(key(r[0], r[1], Integer.parseInt(r[2])), r[3]));
        return truth;
    }

    static String key(String sourceFile, String paperId, int position)
    {
        return sourceFile + "\t" + paperId + "\t" + position;
    }

    private static void rows(Path file, int columns, Consumer<String[]> row)
            throws IOException
    {
        try (BufferedReader reader = Files.newBufferedReader(file, StandardCharsets.UTF_8)) {
            reader.readLine();
            int line = 1;
            for (String text = reader.readLine(); text != null; text = reader.readLine()) {
                line++;
                String[] cells = text.split(",", -1);
                if (cells.length != columns) {
                    throw new IllegalArgumentException(file + " line " + line + " has " + cells.length + " columns, not " + columns + ".");
                }
                row.accept(cells);
            }
        }
        catch (NoSuchFileException e) {
            throw new IllegalArgumentException(file + " does not exist; give the folder written by talentflow synth.");
        }
    }
}
