package io.talentflow.pipeline;

import io.talentflow.career.PlacedAuthorship;
import io.talentflow.geo.Placement;
import io.talentflow.source.Affiliation;
import io.talentflow.source.Authorship;
import io.talentflow.source.IdScheme;
import io.talentflow.source.OtherAuthors;
import org.junit.jupiter.api.Test;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.DataInputStream;
import java.io.DataOutputStream;
import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.stream.IntStream;

import static org.assertj.core.api.Assertions.assertThat;

class TestSpillCodec
{
    @Test
    void readBack_authorshipsOfAPaperOfManyAuthors_equalAndSharingOneList()
            throws IOException
    {
        List<String> paper = IntStream.range(0, 1_000).mapToObj(i -> "Author Number" + i).toList();
        List<Partitions.Entry> entries = new ArrayList<>();
        for (int position : List.of(3, 500, 999)) {
            entries.add(entry(position, paper.get(position), OtherAuthors.of(paper, position)));
        }
        entries.add(entry(0, "Ann Lee", List.of("Bo Li", "Wei Wang")));
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        SpillCodec writer = new SpillCodec();
        try (DataOutputStream out = new DataOutputStream(bytes)) {
            for (Partitions.Entry entry : entries) {
                writer.write(out, entry);
            }
        }
        List<Partitions.Entry> read = new ArrayList<>();
        SpillCodec reader = new SpillCodec();
        try (DataInputStream in = new DataInputStream(new ByteArrayInputStream(bytes.toByteArray()))) {
            for (int i = 0; i < entries.size(); i++) {
                read.add(reader.read(in));
            }
        }

        assertThat(read).isEqualTo(entries);
        List<String> shared = ((OtherAuthors) read.get(0).placed().authorship().coauthors()).authors();
        assertThat(((OtherAuthors) read.get(2).placed().authorship().coauthors()).authors()).isSameAs(shared);
        // the paper's names once, not once per authorship
        assertThat(bytes.size()).isLessThan(2 * 1_000 * "Author Number999".length());
    }

    private static Partitions.Entry entry(int position, String name, List<String> coauthors)
    {
        Authorship authorship = new Authorship("big.json", 0, "p", "conf", 2020, "A title", "Poster", "main", position, name, coauthors,
                List.of(new Affiliation("CERN, Geneva", "CERN", "Switzerland")), "cern.ch", "", Map.of(IdScheme.ORCID, "0000-0001"),
                List.of(), "https://indico.cern.ch/event/1/contributions/" + name.length());
        return new Partitions.Entry(0, position, "block", new PlacedAuthorship(authorship, List.of(new Placement("CH", 0.95, "text:country"))));
    }
}
