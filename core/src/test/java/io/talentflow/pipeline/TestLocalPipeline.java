package io.talentflow.pipeline;

import io.talentflow.org.OrganisationRegistry;
import io.talentflow.identity.NamedBlocks;
import io.talentflow.source.Inputs;
import io.talentflow.source.ProgressListener;
import io.talentflow.synth.SynthFormat;
import io.talentflow.synth.SynthSettings;
import io.talentflow.synth.SynthWorld;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.IOException;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;

import static org.assertj.core.api.Assertions.assertThat;

class TestLocalPipeline
{
    private static final FilePlacing PLACING = Stages.placing(Optional.empty(), OrganisationRegistry.load(Optional.empty()));

    @TempDir
    static Path world;
    private static BuildResult inMemory;

    @BeforeAll
    static void buildInMemory()
            throws IOException
    {
        SynthWorld.generate(new SynthSettings(3000, 5, SynthFormat.PAPERLISTS), world, ProgressListener.NONE);
        inMemory = pipeline(2, Long.MAX_VALUE).build(List.of(world.resolve("corpus").toString()), ProgressListener.NONE);
    }

    @Test
    void build_spillingEveryFile_sameResult()
    {
        BuildResult spilled = pipeline(2, 1).build(List.of(world.resolve("corpus").toString()), ProgressListener.NONE);

        assertSame(spilled);
    }

    @Test
    void build_oneThread_sameResult()
    {
        assertSame(pipeline(1, Long.MAX_VALUE).build(List.of(world.resolve("corpus").toString()), ProgressListener.NONE));
    }

    @Test
    void build_syntheticWorld_blocksFillEveryPartition()
    {
        long blocks = NamedBlocks.of(inMemory.authorships()).blockKeys().stream()
                .map(key -> Math.floorMod(key.hashCode(), LocalPipeline.PARTITIONS)).distinct().count();

        assertThat(blocks).isEqualTo(LocalPipeline.PARTITIONS);
        assertThat(inMemory.careers()).hasSizeGreaterThan(500);
    }

    private static void assertSame(BuildResult other)
    {
        assertThat(other.ledger()).isEqualTo(inMemory.ledger());
        assertThat(other.rejections()).isEqualTo(inMemory.rejections());
        assertThat(other.authorships()).isEqualTo(inMemory.authorships());
        assertThat(other.placements()).isEqualTo(inMemory.placements());
        assertThat(other.researcherIds()).isEqualTo(inMemory.researcherIds());
        assertThat(other.careers()).isEqualTo(inMemory.careers());
        assertThat(other.flows()).isEqualTo(inMemory.flows());
        assertThat(other.tables()).isEqualTo(inMemory.tables());
    }

    private static LocalPipeline pipeline(int threads, long budget)
    {
        return new LocalPipeline(new Inputs(), PLACING, Stages.blockStage(), threads, budget);
    }
}
