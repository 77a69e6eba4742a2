package io.talentflow.cli;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.talentflow.career.Career;
import io.talentflow.evaluation.CareerCase;
import io.talentflow.evaluation.CareerEvaluation;
import io.talentflow.evaluation.CareerTruth;
import io.talentflow.evaluation.CareerVerdict;
import io.talentflow.store.Researchers;
import io.talentflow.store.Store;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

import java.io.IOException;
import java.io.PrintWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.SQLException;
import java.util.Arrays;
import java.util.List;
import java.util.concurrent.Callable;

@Command(name = "careers", description = "Score the careers of a store against a truth file in the format of careers/dev.tsv: "
        + "one PASS or FAIL line per case with the reason, then 'careers: P/N passed'. Bad lines of the file are reported and left out (exit 1).")
final class EvalCareersCommand
        implements Callable<Integer>
{
    private static final ObjectMapper JSON = new ObjectMapper();

    @Spec
    CommandSpec spec;

    @Mixin
    StoreOption storeOption;

    @Option(names = "--truth", paramLabel = "FILE", required = true, description = "The truth file (name, window, moves, home, trap; tab-separated).")
    Path truth;

    @Option(names = "--json", description = "Print the verdicts as JSON.")
    boolean json;

    @Override
    public Integer call()
            throws SQLException
    {
        CareerTruth cases = read(truth);
        cases.errors().forEach(error -> System.err.println("talentflow: " + error + "; the line is left out."));
        List<CareerVerdict> verdicts;
        try (Connection connection = Store.openReadOnly(storeOption.store)) {
            verdicts = cases.cases().stream().map(c -> CareerEvaluation.judge(c, candidates(connection, c))).toList();
        }
        PrintWriter out = spec.commandLine().getOut();
        if (json) {
            out.println(toJson(verdicts, cases.errors()).toPrettyString());
        }
        else {
            verdicts.forEach(v -> out.println(line(v)));
            out.printf("careers: %d/%d passed%n", passed(verdicts), verdicts.size());
        }
        out.flush();
        return cases.errors().isEmpty() ? ExitCodes.DONE : ExitCodes.DONE_WITH_REJECTIONS;
    }

    private static CareerTruth read(Path file)
    {
        if (!Files.isRegularFile(file)) {
            throw new UserException("No such truth file: " + file + ".");
        }
        try {
            return CareerTruth.read(file);
        }
        catch (IOException e) {
            throw new UserException("Cannot read the truth file " + file + ": " + e.getMessage() + ".");
        }
    }

    /** The researchers sharing the words of the case's name; names in other scripts are looked up whole. */
    private static List<Career> candidates(Connection connection, CareerCase truth)
    {
        List<String> words = Arrays.stream(CareerEvaluation.fold(truth.name()).split(" ")).filter(w -> w.matches("[a-z0-9]+")).toList();
        return words.isEmpty() ? Researchers.byName(connection, truth.name()) : Researchers.withWords(connection, words);
    }

    private static String line(CareerVerdict verdict)
    {
        String id = verdict.researcherId().isEmpty() ? "" : " (" + verdict.researcherId() + ")";
        return verdict.passed() ? "PASS  " + verdict.name() + id : "FAIL  " + verdict.name() + id + ": " + String.join("; ", verdict.reasons());
    }

    private static long passed(List<CareerVerdict> verdicts)
    {
        return verdicts.stream().filter(CareerVerdict::passed).count();
    }

    private static ObjectNode toJson(List<CareerVerdict> verdicts, List<String> errors)
    {
        ObjectNode root = JSON.createObjectNode().put("passed", passed(verdicts)).put("cases", verdicts.size());
        ArrayNode verdictNodes = root.putArray("verdicts");
        verdicts.forEach(v -> {
            ObjectNode node = verdictNodes.addObject().put("name", v.name()).put("passed", v.passed()).put("researcher_id", v.researcherId());
            v.found().forEach(node.putArray("found")::add);
            v.reasons().forEach(node.putArray("reasons")::add);
        });
        errors.forEach(root.putArray("errors")::add);
        return root;
    }
}
