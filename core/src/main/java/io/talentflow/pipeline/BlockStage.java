package io.talentflow.pipeline;

import io.talentflow.career.Career;
import io.talentflow.career.CareerBuilder;
import io.talentflow.career.CareerMeasures;
import io.talentflow.career.PlacedAuthorship;
import io.talentflow.identity.BlockingDisambiguator;
import io.talentflow.identity.NameCensus;
import io.talentflow.identity.SourceIdentities;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

import static java.util.Objects.requireNonNull;

/**
 * The work of one name block, from placed authorships to researchers: disambiguation, careers and
 * career measures. Blocks are independent given the census of the whole input, so every engine
 * (local partitions, Spark tasks) runs exactly this and gets the same researchers. Thread-safe.
 */
public final class BlockStage
{
    private final BlockingDisambiguator disambiguator;
    private final CareerBuilder careerBuilder;

    public BlockStage(BlockingDisambiguator disambiguator, CareerBuilder careerBuilder)
    {
        this.disambiguator = requireNonNull(disambiguator, "disambiguator is null");
        this.careerBuilder = requireNonNull(careerBuilder, "careerBuilder is null");
    }

    /**
     * Runs one whole block. {@code block} must hold every authorship of one block key in input order
     * (the order of the store's authorship ids): careers read their authorships in that order.
     * {@code sources} identifies the inputs, for researcher ids.
     */
    public BlockOutput run(List<PlacedAuthorship> block, NameCensus census, SourceIdentities sources)
    {
        List<String> ids = disambiguator.assignBlock(block.stream().map(PlacedAuthorship::authorship).toList(),
                block.stream().map(PlacedAuthorship::organisations).toList(), census, sources);
        Map<String, List<PlacedAuthorship>> byResearcher = new TreeMap<>();
        for (int i = 0; i < block.size(); i++) {
            byResearcher.computeIfAbsent(ids.get(i), id -> new ArrayList<>()).add(block.get(i));
        }
        List<Researcher> researchers = new ArrayList<>(byResearcher.size());
        byResearcher.forEach((id, authorships) -> researchers.add(researcher(id, authorships)));
        return new BlockOutput(ids, researchers);
    }

    private Researcher researcher(String id, List<PlacedAuthorship> authorships)
    {
        Career career = careerBuilder.build(id, authorships);
        return new Researcher(CareerMeasures.of(career, authorships), Membership.of(authorships));
    }
}
