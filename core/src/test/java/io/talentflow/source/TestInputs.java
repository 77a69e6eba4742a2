package io.talentflow.source;

import org.junit.jupiter.api.Test;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

class TestInputs
{
    @Test
    void readInput_realPaperlistsCorpus_everyRecordAccountedFor()
    {
        String data = System.getProperty("talentflow.shared.data", "");
        Path folder = Path.of(data, "paperlists");
        assumeTrue(!data.isEmpty() && Files.isDirectory(folder), "shared paperlists data not found at " + folder);
        Inputs inputs = new Inputs();
        List<SourceInput> files = inputs.expand(List.of(folder.toString()));
        CountingSink sink = new CountingSink();
        long start = System.nanoTime();
        List<SourceSummary> ledger = files.parallelStream().map(f -> inputs.readInput(f, sink)).toList();
        long millis = (System.nanoTime() - start) / 1_000_000;
        long read = ledger.stream().mapToLong(SourceSummary::recordsRead).sum();
        System.out.printf("paperlists: %d files, %d records, %d authorships, %d rejections in %d ms; reasons %s%n",
                files.size(), read, sink.authorships, sink.reasons.values().stream().mapToInt(Integer::intValue).sum(),
                millis, sink.reasons);
        assertThat(read).isEqualTo(95_652);
        assertThat(ledger).allSatisfy(s -> {
            assertThat(s.error()).isEmpty();
            assertThat(s.recordsRead()).isEqualTo(s.recordsIngested() + s.recordsRejected());
        });
    }

    private static final class CountingSink implements AuthorshipSink
    {
        long authorships;
        final Map<String, Integer> reasons = new TreeMap<>();

        @Override
        public synchronized void accept(Authorship authorship)
        {
            authorships++;
        }

        @Override
        public synchronized void reject(Rejection rejection)
        {
            reasons.merge(rejection.reason(), 1, Integer::sum);
        }
    }
}
