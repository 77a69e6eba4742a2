package io.talentflow.org;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

/**
 * The project's own organisation table ({@code organisations.tsv}): what ROR lacks or gets wrong for
 * this field. Each line is {@code id, ror, name, country, type, parent, names, acronyms, domains, city}
 * (lists separated by "|"); {@code ror} names the ROR record of the same organisation when ROR has
 * one, and an empty country marks the parent of a multinational.
 */
final class OwnTable
{
    static final String RESOURCE = "organisations.tsv";
    private static final int COLUMNS = 10;

    /** One line: the entry under its {@code tf:} id, and the ROR id of the same organisation ("" when none). */
    record Row(RegistryEntry entry, String ror)
    {
    }

    private OwnTable() {}

    static List<Row> read()
    {
        List<Row> rows = new ArrayList<>();
        try (InputStream in = OwnTable.class.getResourceAsStream(RESOURCE)) {
            if (in == null) {
                throw new IllegalStateException("missing resource " + RESOURCE);
            }
            BufferedReader r = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8));
            int number = 0;
            for (String line = r.readLine(); line != null; line = r.readLine()) {
                number++;
                if (!line.isBlank() && !line.startsWith("#")) {
                    rows.add(row(line, number));
                }
            }
        }
        catch (IOException e) {
            throw new UncheckedIOException("cannot read resource " + RESOURCE, e);
        }
        return rows;
    }

    private static Row row(String line, int number)
    {
        String[] f = line.split("\t", -1);
        if (f.length != COLUMNS || !f[0].startsWith("tf:") || f[2].isBlank()) {
            throw new IllegalStateException(RESOURCE + " line " + number + " needs " + COLUMNS + " columns, a tf: id and a name");
        }
        List<OrgName> names = new ArrayList<>(List.of(new OrgName(f[2], OrgName.Kind.DISPLAY)));
        list(f[6]).forEach(n -> names.add(new OrgName(n, OrgName.Kind.ALIAS)));
        list(f[7]).forEach(n -> names.add(new OrgName(n, OrgName.Kind.ACRONYM)));
        List<String> countries = f[3].isEmpty() ? List.of() : List.of(f[3]);
        String ror = f[1].isEmpty() ? "" : "https://ror.org/" + f[1];
        List<String> cities = f[9].isBlank() ? List.of() : List.of(f[9].strip());
        RegistryEntry entry = new RegistryEntry(f[0], names, f[4], list(f[8]), countries, cities, list(f[5]), true);
        return new Row(entry, ror);
    }

    private static List<String> list(String field)
    {
        return field.isBlank() ? List.of() : Arrays.stream(field.split("\\|")).map(String::strip).filter(s -> !s.isEmpty()).toList();
    }
}
