package io.talentflow.source;

import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * Reads authorships from CSV, one row per author per paper, with the columns described in
 * docs/INPUT-CSV.md. Stateless and safe to share between threads.
 */
public final class CsvAuthorshipReader implements SourceReader
{
    /** The format name in the ledger. */
    public static final String FORMAT = "csv";

    private static final List<String> REQUIRED = List.of("paper_id", "year", "author_name");
    private static final Map<String, IdScheme> ID_COLUMNS = Map.of("orcid", IdScheme.ORCID,
            "openreview", IdScheme.OPENREVIEW, "ieee", IdScheme.IEEE, "dblp", IdScheme.DBLP,
            "acl", IdScheme.ACL, "openalex", IdScheme.OPENALEX);

    @Override
    public String format()
    {
        return FORMAT;
    }

    @Override
    public SourceSummary read(String sourceFile, InputStream in, AuthorshipSink sink)
    {
        Ledger ledger = new Ledger(sourceFile, sink);
        CsvRows rows = new CsvRows(new InputStreamReader(in, StandardCharsets.UTF_8));
        int index = 0;
        try {
            List<String> names = rows.next();
            if (names == null) {
                return ledger.summary(FORMAT, sourceFile + " has no header line.");
            }
            CsvHeader header = CsvHeader.of(names);
            for (String column : REQUIRED) {
                if (!header.has(column)) {
                    return ledger.summary(FORMAT, sourceFile + " lacks the required column " + column + ".");
                }
            }
            Rows state = new Rows(sourceFile, header, SourceName.of(sourceFile));
            for (List<String> row = rows.next(); row != null; row = rows.next()) {
                if (row.size() > 1 || !row.get(0).isBlank()) {
                    state.read(row, index++, rows.rowLine(), ledger);
                }
            }
            return ledger.summary(FORMAT, "");
        } catch (IOException | RuntimeException e) {
            return ledger.summary(FORMAT, sourceFile + " breaks at record " + index + ": "
                    + PaperlistsReader.reason(e) + ".");
        }
    }

    /** Per-file state: positions run on within consecutive rows of one paper when the column is empty. */
    private static final class Rows
    {
        private final String sourceFile;
        private final CsvHeader header;
        private final SourceName name;
        private String lastPaper = "";
        private int nextPosition;

        Rows(String sourceFile, CsvHeader header, SourceName name)
        {
            this.sourceFile = sourceFile;
            this.header = header;
            this.name = name;
        }

        void read(List<String> row, int index, int line, Ledger ledger)
        {
            String paperId = header.get(row, "paper_id");
            String yearText = header.get(row, "year");
            String author = TextCleaner.clean(header.get(row, "author_name"));
            String positionText = header.get(row, "author_position");
            int year = SourceName.parseYear(yearText);
            String problem = year == 0 ? "year \"" + yearText + "\" is not a year"
                    : author.isEmpty() ? "author_name is empty"
                    : paperId.isEmpty() ? "paper_id is empty"
                    : !positionText.isEmpty() && Fields.index(positionText) < 0 ? "author_position \"" + positionText + "\" is not a number"
                    : "";
            if (!problem.isEmpty()) {
                ledger.reject(index, problem + " (line " + line + ")");
                return;
            }
            nextPosition = paperId.equals(lastPaper) ? nextPosition : 0;
            lastPaper = paperId;
            int position = positionText.isEmpty() ? nextPosition : Fields.index(positionText);
            nextPosition = position + 1;
            String url = PaperLinks.first(List.of(header.get(row, "url")), ledger);
            ledger.ingest(List.of(authorship(row, index, paperId, year, position, author, url)));
        }

        private Authorship authorship(List<String> row, int index, String paperId, int year, int position, String author, String url)
        {
            String venue = header.get(row, "venue").toLowerCase(Locale.ROOT);
            Affiliation affiliation = new Affiliation(TextCleaner.clean(header.get(row, "affiliation")),
                    TextCleaner.clean(header.get(row, "institution")), TextCleaner.clean(header.get(row, "country")));
            return new Authorship(sourceFile, index, paperId, venue.isEmpty() ? name.venue() : venue, year,
                    TextCleaner.clean(header.get(row, "title")), header.get(row, "status"), header.get(row, "track"),
                    position, author, coauthors(row), affiliation.isEmpty() ? List.of() : List.of(affiliation),
                    Identifiers.emailDomain(header.get(row, "email_domain")),
                    TextCleaner.clean(header.get(row, "role")), ids(row), List.of(), url);
        }

        private List<String> coauthors(List<String> row)
        {
            List<String> out = new ArrayList<>();
            for (String entry : Fields.split(header.get(row, "coauthors"), ';')) {
                String name = TextCleaner.clean(entry);
                if (!name.isEmpty()) {
                    out.add(name);
                }
            }
            return out;
        }

        private Map<IdScheme, String> ids(List<String> row)
        {
            Map<IdScheme, String> ids = Identifiers.newMap();
            ID_COLUMNS.forEach((column, scheme) -> {
                String raw = header.get(row, column);
                String value = scheme == IdScheme.ORCID ? Identifiers.orcid(raw)
                        : scheme == IdScheme.DBLP ? Identifiers.dblp(raw)
                        : scheme == IdScheme.IEEE && raw.startsWith("/") ? raw.substring(1) : raw;
                if (!value.isEmpty()) {
                    ids.put(scheme, value);
                }
            });
            return ids;
        }
    }
}
