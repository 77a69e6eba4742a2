package io.talentflow.org;

import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.JsonToken;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.zip.ZipEntry;
import java.util.zip.ZipException;
import java.util.zip.ZipFile;

/**
 * Reads a ROR data dump: a zip holding the registry as one JSON array of schema-2 records. Releases
 * may also hold a CSV and a schema-1 array; the schema-2 array is the one read. A record without an
 * id or names is skipped and counted; a file cut short keeps the records before the cut.
 */
final class RorDumpReader
{
    private static final JsonFactory JSON = new JsonFactory();
    private static final int EXAMPLES = 3;

    private RorDumpReader() {}

    /**
     * Reads the dump at {@code zip}.
     *
     * @throws IllegalArgumentException with one sentence naming the file when it is not a zip or holds
     *     no JSON array of schema-2 records
     * @throws UncheckedIOException when the file cannot be read at all
     */
    static RorDump read(Path zip)
    {
        if (!Files.isRegularFile(zip)) {
            throw new IllegalArgumentException("The ROR dump " + zip + " does not exist.");
        }
        try (ZipFile file = new ZipFile(zip.toFile())) {
            return read(zip, file, schema2Array(zip, file));
        }
        catch (ZipException e) {
            throw new IllegalArgumentException("The ROR dump " + zip + " is not a zip file (or is cut short): " + e.getMessage() + ".");
        }
        catch (IOException e) {
            throw new UncheckedIOException("cannot read the ROR dump " + zip + ": " + e.getMessage(), e);
        }
    }

    /**
     * Checks that the file is a zip holding a JSON array of schema-2 records, without reading them.
     *
     * @throws IllegalArgumentException with one sentence naming the file otherwise
     */
    static void check(Path zip)
    {
        try (ZipFile file = new ZipFile(zip.toFile())) {
            schema2Array(zip, file);
        }
        catch (ZipException e) {
            throw new IllegalArgumentException("The ROR dump " + zip + " is not a zip file (or is cut short): " + e.getMessage() + ".");
        }
        catch (IOException e) {
            throw new IllegalArgumentException("The ROR dump " + zip + " cannot be read: " + e.getMessage() + ".");
        }
    }

    /** The JSON entry holding schema-2 records: the one named so, else the first JSON array whose records have "names". */
    private static ZipEntry schema2Array(Path zip, ZipFile file)
            throws IOException
    {
        List<ZipEntry> json = file.stream().map(ZipEntry.class::cast).filter(e -> !e.isDirectory() && e.getName().toLowerCase(java.util.Locale.ROOT).endsWith(".json"))
                .sorted(Comparator.comparing((ZipEntry e) -> !e.getName().contains("schema_v2")).thenComparing(ZipEntry::getName))
                .toList();
        boolean schema1 = false;
        for (ZipEntry entry : json) {
            String schema = schemaOf(file, entry);
            if (schema.equals("2")) {
                return entry;
            }
            schema1 |= schema.equals("1");
        }
        throw new IllegalArgumentException(schema1
                ? "The ROR dump " + zip + " holds only schema-1 records; talentflow reads the schema-2 JSON array of ROR releases from v1.45 on."
                : "The ROR dump " + zip + " holds no JSON array of ROR records.");
    }

    /** "2" when the entry is an array whose first record has "names", "1" when it has "name", "" otherwise. */
    private static String schemaOf(ZipFile file, ZipEntry entry)
    {
        try (InputStream in = file.getInputStream(entry); JsonParser p = JSON.createParser(in)) {
            if (p.nextToken() != JsonToken.START_ARRAY || p.nextToken() != JsonToken.START_OBJECT) {
                return "";
            }
            while (p.nextToken() == JsonToken.FIELD_NAME) {
                String field = p.currentName();
                if (field.equals("names") || field.equals("name")) {
                    return field.equals("names") ? "2" : "1";
                }
                p.nextToken();
                p.skipChildren();
            }
            return "";
        }
        catch (IOException e) {
            return "";
        }
    }

    private static RorDump read(Path zip, ZipFile file, ZipEntry entry)
            throws IOException
    {
        String name = zip.getFileName() + ":" + entry.getName();
        Tally tally = new Tally(name);
        List<RegistryEntry> entries = new ArrayList<>(1 << 16);
        try (InputStream in = file.getInputStream(entry); JsonParser p = JSON.createParser(in)) {
            p.nextToken();
            for (JsonToken t = p.nextToken(); t != null && t != JsonToken.END_ARRAY; t = p.nextToken()) {
                readOne(p, t, tally, entries);
            }
        }
        catch (JsonProcessingException e) {
            tally.problem(name + " is cut short or malformed after record " + String.format("%,d", tally.records)
                    + " (" + e.getOriginalMessage() + "); the records before it are loaded.");
        }
        return new RorDump(name, entries, tally.withdrawn, tally.skipped, tally.problems());
    }

    private static void readOne(JsonParser p, JsonToken t, Tally tally, List<RegistryEntry> entries)
            throws IOException
    {
        tally.records++;
        if (t != JsonToken.START_OBJECT) {
            p.skipChildren();
            tally.skip("record " + tally.records + " is not a JSON object");
            return;
        }
        RorRecord record = RorRecord.parse(p);
        if (record.id().isEmpty() || record.names().isEmpty()) {
            tally.skip("record " + tally.records + (record.id().isEmpty() ? " has no id" : " (" + record.id() + ") has no names"));
        }
        else if (record.withdrawn()) {
            tally.withdrawn++;
        }
        else {
            entries.add(record.entry());
        }
    }

    /** Counts of one read, with the first examples of each problem. */
    private static final class Tally
    {
        private final String file;
        private final List<String> skippedExamples = new ArrayList<>();
        private final List<String> other = new ArrayList<>();
        int records;
        int skipped;
        int withdrawn;

        Tally(String file)
        {
            this.file = file;
        }

        void skip(String example)
        {
            skipped++;
            if (skippedExamples.size() < EXAMPLES) {
                skippedExamples.add(example);
            }
        }

        void problem(String sentence)
        {
            other.add(sentence);
        }

        List<String> problems()
        {
            List<String> out = new ArrayList<>();
            if (skipped > 0) {
                out.add(String.format("%s: %,d records skipped, without an id or names (%s).", file, skipped, String.join("; ", skippedExamples)));
            }
            out.addAll(other);
            return out;
        }
    }
}
