package io.talentflow.bench;

import io.talentflow.evaluation.SourceAuthorships;
import io.talentflow.identity.BlockingDisambiguator;
import io.talentflow.identity.NameKey;
import io.talentflow.source.Authorship;

import java.lang.management.ManagementFactory;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Consumer;

/**
 * Times the identify stage alone: reads a corpus once, then runs {@code BlockingDisambiguator.assign}
 * and a baseline (grouping the authorships by exact name in a HashMap) a few times each, and prints
 * the median wall and process CPU time of each and their ratio, then times the largest block alone.
 * Run by bench/identity.sh.
 */
public final class IdentityBench
{
    private IdentityBench()
    {
    }

    public static void main(String[] args)
    {
        List<Authorship> authorships = SourceAuthorships.read(List.of(args[0]), 2).authorships();
        int runs = args.length > 1 ? Integer.parseInt(args[1]) : 5;
        System.out.printf("%,d authorships; %d cores; %d runs each%n", authorships.size(), Runtime.getRuntime().availableProcessors(), runs);
        double[] baseline = time("exact-name HashMap", runs, () -> byExactName(authorships));
        double[] identify = time("identify (assign)", runs, () -> new BlockingDisambiguator().assign(authorships));
        System.out.printf("ratio identify/baseline: wall %.1f, cpu %.1f%n", identify[0] / baseline[0], identify[1] / baseline[1]);
        List<Authorship> largest = largestBlock(authorships);
        System.out.printf("largest block: %s, %,d authorships%n", NameKey.coarse(largest.get(0).name()), largest.size());
        time("identify (largest)", runs, () -> new BlockingDisambiguator().assign(largest));
    }

    /** The authorships of the largest block (first initial and family name). */
    private static List<Authorship> largestBlock(List<Authorship> authorships)
    {
        Map<String, List<Authorship>> blocks = new HashMap<>();
        authorships.forEach(a -> blocks.computeIfAbsent(NameKey.coarse(a.name()), k -> new ArrayList<>()).add(a));
        blocks.remove("");
        return blocks.values().stream().max(Comparator.comparingInt(List::size)).orElseThrow();
    }

    private static Map<String, List<Integer>> byExactName(List<Authorship> authorships)
    {
        Map<String, List<Integer>> groups = new HashMap<>();
        for (int i = 0; i < authorships.size(); i++) {
            groups.computeIfAbsent(authorships.get(i).name(), k -> new ArrayList<>()).add(i);
        }
        return groups;
    }

    /** Median wall and process CPU seconds of {@code runs} runs after one warm-up run (its wall time is printed too). */
    private static double[] time(String label, int runs, Runnable task)
    {
        long coldStart = System.nanoTime();
        task.run();
        double cold = (System.nanoTime() - coldStart) / 1e9;
        double[] wall = new double[runs];
        double[] cpu = new double[runs];
        for (int r = 0; r < runs; r++) {
            long cpuStart = processCpuNanos();
            long start = System.nanoTime();
            task.run();
            wall[r] = (System.nanoTime() - start) / 1e9;
            cpu[r] = (processCpuNanos() - cpuStart) / 1e9;
        }
        double[] medians = {median(wall), median(cpu)};
        System.out.printf("%-20s median wall %6.3f s, cpu %6.3f s (first, cold run: wall %.3f s)%n", label, medians[0], medians[1], cold);
        return medians;
    }

    private static long processCpuNanos()
    {
        return ((com.sun.management.OperatingSystemMXBean) ManagementFactory.getOperatingSystemMXBean()).getProcessCpuTime();
    }

    private static double median(double[] values)
    {
        double[] sorted = values.clone();
        Arrays.sort(sorted);
        return sorted[sorted.length / 2];
    }
}
