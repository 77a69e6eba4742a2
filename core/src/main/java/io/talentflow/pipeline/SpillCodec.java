package io.talentflow.pipeline;

import io.talentflow.career.PlacedAuthorship;
import io.talentflow.geo.Placement;
import io.talentflow.source.Affiliation;
import io.talentflow.source.Authorship;
import io.talentflow.source.IdScheme;

import java.io.DataInput;
import java.io.DataOutput;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;

/** Writes partition entries to spill files and reads them back, field by field. */
final class SpillCodec
{
    private static final IdScheme[] SCHEMES = IdScheme.values();

    private SpillCodec() {}

    static void write(DataOutput out, Partitions.Entry entry)
            throws IOException
    {
        out.writeInt(entry.ordinal());
        out.writeInt(entry.local());
        writeString(out, entry.blockKey());
        Authorship a = entry.placed().authorship();
        for (String value : List.of(a.sourceFile(), a.paperId(), a.venue(), a.title(), a.status(), a.track(), a.name(), a.emailDomain(), a.role())) {
            writeString(out, value);
        }
        out.writeInt(a.recordIndex());
        out.writeInt(a.year());
        out.writeInt(a.position());
        writeList(out, a.coauthors(), SpillCodec::writeString);
        writeList(out, a.affiliations(), SpillCodec::writeAffiliation);
        writeList(out, List.copyOf(a.ids().entrySet()), SpillCodec::writeId);
        writeList(out, entry.placed().placements(), SpillCodec::writePlacement);
        writeList(out, entry.placed().organisations(), SpillCodec::writeString);
    }

    static Partitions.Entry read(DataInput in)
            throws IOException
    {
        int ordinal = in.readInt();
        int local = in.readInt();
        String blockKey = readString(in);
        String[] text = new String[9];
        for (int i = 0; i < text.length; i++) {
            text[i] = readString(in);
        }
        int recordIndex = in.readInt();
        int year = in.readInt();
        int position = in.readInt();
        List<String> coauthors = readList(in, SpillCodec::readString);
        List<Affiliation> affiliations = readList(in, SpillCodec::readAffiliation);
        Map<IdScheme, String> ids = new EnumMap<>(IdScheme.class);
        readList(in, SpillCodec::readId).forEach(id -> ids.put(id.getKey(), id.getValue()));
        Authorship authorship = new Authorship(text[0], recordIndex, text[1], text[2], year, text[3], text[4], text[5], position, text[6],
                coauthors, affiliations, text[7], text[8], ids);
        List<Placement> placements = readList(in, SpillCodec::readPlacement);
        return new Partitions.Entry(ordinal, local, blockKey, new PlacedAuthorship(authorship, placements, readList(in, SpillCodec::readString)));
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
