package io.talentflow.source;

import org.junit.jupiter.api.Test;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.ObjectInputStream;
import java.io.ObjectOutputStream;
import java.nio.charset.StandardCharsets;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class TestOtherAuthors
{
    @Test
    void of_positionInTheMiddle_listsTheOthersInOrder()
    {
        OtherAuthors others = OtherAuthors.of(List.of("A", "B", "C", "D"), 1);
        assertThat(others).containsExactly("A", "C", "D").isEqualTo(List.of("A", "C", "D"));
        assertThatThrownBy(() -> others.get(3)).isInstanceOf(IndexOutOfBoundsException.class);
        assertThatThrownBy(() -> OtherAuthors.of(List.of("A"), 1)).isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void read_paperOfManyAuthors_everyAuthorshipSharesOnePaperList()
    {
        String authors = String.join(";", java.util.stream.IntStream.range(0, 3_000).mapToObj(i -> "Author Number" + i).toList());
        String json = "[{\"id\": \"big\", \"author\": \"" + authors + "\"}]";
        ListSink sink = new ListSink();
        new PaperlistsReader().read("icml2020.json", new ByteArrayInputStream(json.getBytes(StandardCharsets.UTF_8)), sink);

        assertThat(sink.authorships).hasSize(3_000);
        List<String> paper = ((OtherAuthors) sink.authorships.get(0).coauthors()).authors();
        assertThat(sink.authorships).allSatisfy(a -> assertThat(((OtherAuthors) a.coauthors()).authors()).isSameAs(paper));
        assertThat(sink.authorships.get(2_999).coauthors()).hasSize(2_999).doesNotContain("Author Number2999");
    }

    @Test
    void serialize_authorshipsOfOnePaper_keepTheirCoauthors()
            throws IOException, ClassNotFoundException
    {
        List<String> paper = List.of("Ann Lee", "Bo Li", "Wei Wang");
        Authorship a = new Authorship("f.json", 0, "p", "conf", 2020, "", "", "", 1, "Bo Li", OtherAuthors.of(paper, 1), List.of(), "", "",
                java.util.Map.of());
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        try (ObjectOutputStream out = new ObjectOutputStream(bytes)) {
            out.writeObject(a);
        }
        try (ObjectInputStream in = new ObjectInputStream(new ByteArrayInputStream(bytes.toByteArray()))) {
            assertThat(in.readObject()).isEqualTo(a);
        }
    }
}
