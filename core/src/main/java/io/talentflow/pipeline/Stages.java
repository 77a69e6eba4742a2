package io.talentflow.pipeline;

import io.talentflow.career.VotingCareerBuilder;
import io.talentflow.geo.CountryResolver;
import io.talentflow.geo.PaperContext;
import io.talentflow.geo.PaperlistsPlacer;
import io.talentflow.identity.BlockingDisambiguator;
import io.talentflow.source.Inputs;
import io.talentflow.source.WorkSelection;

import java.nio.file.Path;
import java.util.Optional;

/** The standard stages of a build, in one place so that each can be replaced. */
public final class Stages
{
    private Stages() {}

    /**
     * The local pipeline with the standard stages. {@code universityList} is the Hipo world
     * universities list; without it placement uses the built-in tables only.
     */
    public static LocalPipeline localPipeline(Optional<Path> universityList, int threads)
    {
        return localPipeline(universityList, threads, WorkSelection.AI);
    }

    /** The local pipeline keeping the OpenAlex records of {@code selection}. */
    public static LocalPipeline localPipeline(Optional<Path> universityList, int threads, WorkSelection selection)
    {
        CountryResolver resolver = resolver(universityList);
        return new LocalPipeline(new Inputs(selection), new PaperlistsPlacer(resolver), new PaperContext(resolver), blockStage(), threads);
    }

    /**
     * The standard block stage: {@link BlockingDisambiguator} and {@link VotingCareerBuilder}. Careers
     * name multinationals with the built-in tables, so every engine gives the same careers whatever
     * universities list it places with.
     */
    public static BlockStage blockStage()
    {
        return new BlockStage(new BlockingDisambiguator(), new VotingCareerBuilder(CountryResolver.create(null)));
    }

    public static CountryResolver resolver(Optional<Path> universityList)
    {
        return CountryResolver.create(universityList.orElse(null));
    }
}
