package io.talentflow.geo;

import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonToken;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.Test;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.TreeSet;
import java.util.stream.Stream;
import java.util.zip.GZIPInputStream;

import static org.assertj.core.api.Assertions.assertThat;

/** Real data: paperlists folds Hong Kong into China; the resolver must not. */
class TestPaperlistsHongKong
{
    private static final List<String> HONG_KONG_NAMES = List.of("chinese university of hong kong",
            "hong kong university of science and technology", "city university of hong kong",
            "university of hong kong", "hong kong polytechnic university", "hong kong baptist university");
    /** Mainland campuses and institutes of Hong Kong universities are rightly in China. */
    private static final List<String> MAINLAND_CAMPUSES = List.of("shenzhen", "shen zhen", "guangzhou", "dongguan",
            "zhuhai", "united international college", "foshan", "suzhou", "zhejiang");

    @Test
    void resolve_paperlistsTextNamingHongKongUniversity_neverChina() throws IOException
    {
        var root = Resolvers.sharedData("paperlists");
        Assumptions.assumeTrue(root.isPresent(), "shared data absent: paperlists not found");

        Set<String> texts = hongKongTexts(root.get());
        List<String> inChina = texts.stream()
                .filter(t -> Resolvers.BUILT_IN.resolve(t).country().equals("CN")).toList();

        assertThat(texts).hasSizeGreaterThan(100);
        assertThat(inChina).isEmpty();
    }

    private static Set<String> hongKongTexts(Path root) throws IOException
    {
        Set<String> found = new TreeSet<>();
        List<Path> files;
        try (Stream<Path> s = Files.walk(root)) {
            files = s.filter(p -> p.toString().endsWith(".json.gz")).sorted().toList();
        }
        for (Path f : files) {
            for (String aff : affFields(f)) {
                for (String one : aff.split(";")) {
                    String lower = one.toLowerCase(Locale.ROOT);
                    if (HONG_KONG_NAMES.stream().anyMatch(lower::contains)
                            && MAINLAND_CAMPUSES.stream().noneMatch(lower::contains)) {
                        found.add(one.strip());
                    }
                }
            }
        }
        return found;
    }

    private static List<String> affFields(Path file) throws IOException
    {
        List<String> out = new ArrayList<>();
        try (InputStream in = new GZIPInputStream(Files.newInputStream(file));
                JsonParser p = new JsonFactory().createParser(in)) {
            for (JsonToken t = p.nextToken(); t != null; t = p.nextToken()) {
                if (t == JsonToken.FIELD_NAME && p.currentName().equals("aff")
                        && p.nextToken() == JsonToken.VALUE_STRING) {
                    out.add(p.getText());
                }
            }
        }
        return out;
    }
}
