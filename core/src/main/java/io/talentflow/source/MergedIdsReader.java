package io.talentflow.source;

import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.util.List;

/**
 * Reads an OpenAlex {@code merged_ids} CSV ({@code merge_date,id,merge_into_id}) into the id merges
 * of a build. Each row is a record of the ledger that gives no authorship.
 */
final class MergedIdsReader implements SourceReader
{
    static final String FORMAT = "openalex-merged-ids";
    static final String HEADER_COLUMN = "merge_into_id";

    private final OpenAlexIds ids;

    MergedIdsReader(OpenAlexIds ids)
    {
        this.ids = ids;
    }

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
            CsvHeader header = CsvHeader.of(names == null ? List.of() : names);
            if (!header.has("id") || !header.has(HEADER_COLUMN)) {
                return ledger.summary(FORMAT, sourceFile + " lacks the columns id and merge_into_id.");
            }
            for (List<String> row = rows.next(); row != null; row = rows.next(), index++) {
                readRow(header, row, index, rows.rowLine(), ledger);
            }
            return ledger.summary(FORMAT, "");
        } catch (IOException | RuntimeException e) {
            return ledger.summary(FORMAT, sourceFile + " breaks at record " + index + ": " + PaperlistsReader.reason(e) + ".");
        }
    }

    private void readRow(CsvHeader header, List<String> row, int index, int line, Ledger ledger)
    {
        String id = OpenAlexIds.shortId(header.get(row, "id"));
        String into = OpenAlexIds.shortId(header.get(row, HEADER_COLUMN));
        if (id.isEmpty() || into.isEmpty()) {
            ledger.reject(index, "id \"" + header.get(row, "id") + "\" or merge_into_id \""
                    + header.get(row, HEADER_COLUMN) + "\" is not an OpenAlex id (line " + line + ")");
            return;
        }
        ids.merge(id, into);
        ledger.ingest(List.of());
    }
}
