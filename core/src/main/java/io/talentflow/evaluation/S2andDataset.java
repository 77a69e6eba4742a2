package io.talentflow.evaluation;

import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonParser;
import io.talentflow.source.Authorship;
import io.talentflow.source.JsonValues;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import static java.util.Objects.requireNonNull;

/**
 * An S2AND benchmark folder ({@code signatures.json}, {@code clusters.json}) as authorships with
 * their true clusters. Signatures become authorships with the name, affiliations and e-mail domain
 * only (no titles, years or co-authors in this benchmark), so the normal disambiguator is scored.
 *
 * @param signatureIds the signature ids, aligned with the authorships
 * @param authorships one authorship per usable signature
 * @param truth the true cluster id of each signature
 * @param rejections one sentence per signature that could not be used
 */
public record S2andDataset(List<String> signatureIds, List<Authorship> authorships, List<String> truth, List<String> rejections)
{
    public S2andDataset
    {
        signatureIds = List.copyOf(requireNonNull(signatureIds, "signatureIds is null"));
        authorships = List.copyOf(requireNonNull(authorships, "authorships is null"));
        truth = List.copyOf(requireNonNull(truth, "truth is null"));
        rejections = List.copyOf(requireNonNull(rejections, "rejections is null"));
    }

    /**
     * Reads the folder.
     *
     * @throws IllegalArgumentException when a file is missing or is not a JSON object of the expected shape
     */
    public static S2andDataset read(Path folder)
    {
        Map<String, Object> signatures = object(folder.resolve("signatures.json"));
        Map<String, String> clusterOf = clusterOf(folder.resolve("clusters.json"));
        List<String> ids = new ArrayList<>();
        List<Authorship> authorships = new ArrayList<>();
        List<String> truth = new ArrayList<>();
        List<String> rejections = new ArrayList<>();
        for (Map.Entry<String, Object> entry : signatures.entrySet()) {
            String problem = S2andSignatures.problem(entry.getKey(), entry.getValue(), clusterOf);
            if (!problem.isEmpty()) {
                rejections.add(problem);
                continue;
            }
            ids.add(entry.getKey());
            authorships.add(S2andSignatures.authorship(entry.getKey(), authorships.size(), entry.getValue()));
            truth.add(clusterOf.get(entry.getKey()));
        }
        return new S2andDataset(ids, authorships, truth, rejections);
    }

    private static Map<String, String> clusterOf(Path file)
    {
        Map<String, String> clusterOf = new HashMap<>();
        object(file).forEach((clusterId, cluster) -> {
            Object members = cluster instanceof Map<?, ?> map ? map.get("signature_ids") : null;
            if (members instanceof List<?> list) {
                list.forEach(member -> clusterOf.putIfAbsent(JsonValues.text(member), clusterId));
            }
        });
        return clusterOf;
    }

    @SuppressWarnings("unchecked")
    private static Map<String, Object> object(Path file)
    {
        if (!Files.isRegularFile(file)) {
            throw new IllegalArgumentException(file + " does not exist (an S2AND folder holds signatures.json and clusters.json).");
        }
        try (JsonParser parser = new JsonFactory().createParser(file.toFile())) {
            parser.nextToken();
            if (!(JsonValues.read(parser) instanceof Map<?, ?> map)) {
                throw new IllegalArgumentException(file + " is not a JSON object keyed by id.");
            }
            return (Map<String, Object>) map;
        }
        catch (IOException e) {
            throw new IllegalArgumentException(file + " is not valid JSON: " + e.getMessage(), e);
        }
    }
}
