package io.talentflow.pipeline;

import io.talentflow.career.PlacedAuthorship;
import io.talentflow.geo.Placement;
import io.talentflow.source.Affiliation;
import io.talentflow.source.Authorship;
import io.talentflow.source.IdScheme;
import io.talentflow.source.OtherAuthors;

import java.io.DataInput;
import java.io.DataOutput;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Map;

/**
 * Writes partition entries to one spill file and reads them back, field by field. The authorships
 * of a paper share their author list ({@link OtherAuthors}): a long list is written once per file and
 * referred to by number after, so that a paper of N authors spills N names, not N squared, and reads
 * back as one list again. One codec per file and direction.
 */
final class SpillCodec
{
    private static final IdScheme[] SCHEMES = IdScheme.values();
    /** Author lists at least this long are written once per file. */
    private static final int SHARED_FROM = 16;
    private static final byte OWN_LIST = 0;
    private static final byte SHARED_LIST = 1;

    /** Writing: the number of each shared list written so far. */
    private final Map<List<String>, Integer> written = new IdentityHashMap<>();
    /** Reading: the shared lists read so far, by number. */
    private final List<List<String>> read = new ArrayList<>();

    void write(DataOutput out, Partitions.Entry entry)
            throws IOException
    {
        out.writeInt(entry.ordinal());
        out.writeInt(entry.local());
        writeString(out, entry.blockKey());
        Authorship a = entry.placed().authorship();
        for (String value : List.of(a.sourceFile(), a.paperId(), a.venue(), a.title(), a.status(), a.track(), a.name(), a.emailDomain(), a.role(),
                a.url())) {
            writeString(out, value);
        }
        out.writeInt(a.recordIndex());
        out.writeInt(a.year());
        out.writeInt(a.position());
        writeCoauthors(out, a.coauthors());
        writeList(out, a.affiliations(), SpillCodec::writeAffiliation);
        writeList(out, List.copyOf(a.ids().entrySet()), SpillCodec::writeId);
        writeList(out, entry.placed().placements(), SpillCodec::writePlacement);
        writeList(out, a.paperAffiliations(), SpillCodec::writeAffiliation);
        writeList(out, entry.placed().organisations(), SpillCodec::writeString);
    }

    Partitions.Entry read(DataInput in)
            throws IOException
    {
        int ordinal = in.readInt();
        int local = in.readInt();
        String blockKey = readString(in);
        String[] text = new String[10];
        for (int i = 0; i < text.length; i++) {
            text[i] = readString(in);
        }
        int recordIndex = in.readInt();
        int year = in.readInt();
        int position = in.readInt();
        List<String> coauthors = readCoauthors(in);
        List<Affiliation> affiliations = readList(in, SpillCodec::readAffiliation);
        Map<IdScheme, String> ids = new EnumMap<>(IdScheme.class);
        readList(in, SpillCodec::readId).forEach(id -> ids.put(id.getKey(), id.getValue()));
        List<Placement> placements = readList(in, SpillCodec::readPlacement);
        Authorship authorship = new Authorship(text[0], recordIndex, text[1], text[2], year, text[3], text[4], text[5], position, text[6],
                coauthors, affiliations, text[7], text[8], ids, readList(in, SpillCodec::readAffiliation), text[9]);
        return new Partitions.Entry(ordinal, local, blockKey, new PlacedAuthorship(authorship, placements, readList(in, SpillCodec::readString)));
    }

    private void writeCoauthors(DataOutput out, List<String> coauthors)
            throws IOException
    {
        if (!(coauthors instanceof OtherAuthors others) || others.authors().size() < SHARED_FROM) {
            out.writeByte(OWN_LIST);
            writeList(out, coauthors, SpillCodec::writeString);
            return;
        }
        out.writeByte(SHARED_LIST);
        Integer number = written.get(others.authors());
        out.writeInt(number == null ? -1 : number);
        if (number == null) {
            written.put(others.authors(), written.size());
            writeList(out, others.authors(), SpillCodec::writeString);
        }
        out.writeInt(others.self());
    }

    private List<String> readCoauthors(DataInput in)
            throws IOException
    {
        if (in.readByte() == OWN_LIST) {
            return readList(in, SpillCodec::readString);
        }
        int number = in.readInt();
        if (number < 0) {
            read.add(List.copyOf(readList(in, SpillCodec::readString)));
            number = read.size() - 1;
        }
        return OtherAuthors.of(read.get(number), in.readInt());
    }

    private static void writeAffiliation(DataOutput out, Affiliation affiliation)
            throws IOException
    {
        writeString(out, affiliation.text());
        writeString(out, affiliation.institution());
        writeString(out, affiliation.sourceCountry());
    }

    private static Affiliation readAffiliation(DataInput in)
            throws IOException
    {
        return new Affiliation(readString(in), readString(in), readString(in));
    }

    private static void writeId(DataOutput out, Map.Entry<IdScheme, String> id)
            throws IOException
    {
        out.writeByte(id.getKey().ordinal());
        writeString(out, id.getValue());
    }

    private static Map.Entry<IdScheme, String> readId(DataInput in)
            throws IOException
    {
        return Map.entry(SCHEMES[in.readByte()], readString(in));
    }

    private static void writePlacement(DataOutput out, Placement placement)
            throws IOException
    {
        writeString(out, placement.country());
        out.writeDouble(placement.confidence());
        writeString(out, placement.basis());
    }

    private static Placement readPlacement(DataInput in)
            throws IOException
    {
        return new Placement(readString(in), in.readDouble(), readString(in));
    }

    // not writeUTF: it cannot hold strings of more than 65,535 bytes, and inputs may have them
    private static void writeString(DataOutput out, String value)
            throws IOException
    {
        byte[] bytes = value.getBytes(StandardCharsets.UTF_8);
        out.writeInt(bytes.length);
        out.write(bytes);
    }

    private static String readString(DataInput in)
            throws IOException
    {
        byte[] bytes = new byte[in.readInt()];
        in.readFully(bytes);
        return new String(bytes, StandardCharsets.UTF_8);
    }

    private static <T> void writeList(DataOutput out, List<T> values, Writer<T> writer)
            throws IOException
    {
        out.writeInt(values.size());
        for (T value : values) {
            writer.write(out, value);
        }
    }

    private static <T> List<T> readList(DataInput in, Reader<T> reader)
            throws IOException
    {
        int size = in.readInt();
        List<T> values = new ArrayList<>(size);
        for (int i = 0; i < size; i++) {
            values.add(reader.read(in));
        }
        return values;
    }

    @FunctionalInterface
    private interface Writer<T>
    {
        void write(DataOutput out, T value) throws IOException;
    }

    @FunctionalInterface
    private interface Reader<T>
    {
        T read(DataInput in) throws IOException;
    }
}
