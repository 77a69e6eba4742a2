package io.talentflow.pipeline;

import io.talentflow.career.VotingCareerBuilder;
import io.talentflow.geo.CountryResolver;
import io.talentflow.geo.PaperContext;
import io.talentflow.geo.PaperlistsPlacer;
import io.talentflow.identity.BlockingDisambiguator;
import io.talentflow.org.OrganisationLinker;
import io.talentflow.org.OrganisationRegistry;
import io.talentflow.source.Inputs;
import io.talentflow.source.WorkSelection;

import java.nio.file.Path;
import java.util.Optional;

/** The standard stages of a build, in one place so that each can be replaced. */
public final class Stages
{
    private Stages() {}

    /**
     * The local pipeline with the standard stages and the project's own organisation table. {@code
     * universityList} is the Hipo world universities list; without it placement uses the built-in
     * tables only.
     */
    public static LocalPipeline localPipeline(Optional<Path> universityList, int threads)
    {
        return localPipeline(placing(universityList, OrganisationRegistry.load(Optional.empty())), threads, WorkSelection.AI);
    }

    /** The local pipeline placing with {@code placing} and keeping the OpenAlex records of {@code selection}. */
    public static LocalPipeline localPipeline(FilePlacing placing, int threads, WorkSelection selection)
    {
        return new LocalPipeline(new Inputs(selection), placing, blockStage(), threads);
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

    /** Country placement from the text and the other fields, without organisations. */
    public static CountryResolver resolver(Optional<Path> universityList)
    {
        return CountryResolver.create(universityList.orElse(null));
    }

    /**
     * Placement and organisation linking over {@code registry}: the organisation a text names places it
     * where the text's own evidence is weaker (see {@link CountryResolver#withOrganisations}).
     */
    public static FilePlacing placing(Optional<Path> universityList, OrganisationRegistry registry)
    {
        OrganisationLinker linker = new OrganisationLinker(registry, resolver(universityList));
        CountryResolver resolver = placingResolver(linker);
        return new FilePlacing(new PaperlistsPlacer(resolver), new PaperContext(resolver), linker);
    }

    /** The resolver that asks {@code linker} where the organisation a text names is. */
    public static CountryResolver placingResolver(OrganisationLinker linker)
    {
        return linker.places().withOrganisations(linker::placement);
    }
}
