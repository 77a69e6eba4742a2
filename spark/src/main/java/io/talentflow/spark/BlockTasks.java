package io.talentflow.spark;

import io.talentflow.career.CareerMeasures;
import io.talentflow.identity.NameCensus;
import io.talentflow.identity.SourceIdentities;
import io.talentflow.pipeline.AuthorshipOutcome;
import io.talentflow.pipeline.BlockOutput;
import io.talentflow.pipeline.BlockStage;
import io.talentflow.pipeline.Researcher;
import io.talentflow.pipeline.Stages;
import io.talentflow.store.RowSink;
import io.talentflow.store.StoreRows;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.types.StructType;
import scala.Tuple2;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.Iterator;
import java.util.List;
import java.util.Map;
import java.util.function.BiConsumer;
import java.util.stream.StreamSupport;

/**
 * The block task: every name block of one partition through the core {@link BlockStage}, exactly as
 * the local engine runs it (members in authorship id order), and the rows of the authorship and
 * researcher tables through the store's own row functions.
 */
final class BlockTasks
{
    private static final BlockStage STAGE = Stages.blockStage();

    private BlockTasks() {}

    /** Table names of the rows a block task writes. */
    static List<String> tables()
    {
        List<String> tables = new ArrayList<>(StoreRows.perAuthorship().keySet());
        tables.addAll(StoreRows.perResearcher().keySet());
        return tables.stream().sorted().toList();
    }

    static Iterator<BlockRows> run(Iterator<Tuple2<String, Iterable<Member>>> blocks, NameCensus census, SourceIdentities sources)
    {
        Tables tables = new Tables();
        List<Researcher> researchers = new ArrayList<>();
        while (blocks.hasNext()) {
            List<Member> members = StreamSupport.stream(blocks.next()._2().spliterator(), false)
                    .sorted(Comparator.comparingLong(Member::id)).toList();
            BlockOutput output = STAGE.run(members.stream().map(Member::placed).toList(), census, sources);
            tables.add(members, output);
            output.researchers().forEach(researcher -> researchers.add(researcher.slim()));
        }
        return List.of(new BlockRows(tables.rows(), researchers)).iterator();
    }

    /** The rows of one partition, table by table. */
    private static final class Tables
    {
        private final Map<String, BiConsumer<RowSink, AuthorshipOutcome>> perAuthorship = StoreRows.perAuthorship();
        private final Map<String, BiConsumer<RowSink, CareerMeasures>> perResearcher = StoreRows.perResearcher();
        private final Map<String, SparkRows> sinks = new HashMap<>();

        Tables()
        {
            Map<String, StructType> schemas = SparkSchemas.tables();
            tables().forEach(table -> sinks.put(table, new SparkRows(schemas.get(table))));
        }

        void add(List<Member> members, BlockOutput output)
        {
            for (int m = 0; m < members.size(); m++) {
                AuthorshipOutcome outcome = new AuthorshipOutcome(members.get(m).id(), members.get(m).placed(), output.researcherIds().get(m));
                perAuthorship.forEach((table, writer) -> writer.accept(sinks.get(table), outcome));
            }
            output.researchers().forEach(researcher -> perResearcher.forEach((table, writer) -> writer.accept(sinks.get(table), researcher.measures())));
        }

        Map<String, List<Row>> rows()
        {
            Map<String, List<Row>> rows = new HashMap<>();
            sinks.forEach((table, sink) -> rows.put(table, sink.rows()));
            return rows;
        }
    }
}
