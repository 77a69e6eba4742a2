package io.talentflow.org;

import io.talentflow.geo.CountryResolver;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Optional;

/**
 * Not a test: a main that measures linking in one thread after the JIT has warmed up. Each round
 * builds a fresh linker over the same registry (index building is not timed) and links every
 * distinct string once (cold: no cache hit), then again (warm: cache hits only); then, when a
 * corpus file is given, every string of it in corpus order with a fresh linker (repeats hit the
 * cache, as in a build). Prints the best and median rates; run it through {@code bench/link.sh}.
 *
 * <p>Usage: {@code LinkBenchmark STRINGS_FILE ROR_ZIP HIPO_JSON ROUNDS [CORPUS_FILE]}
 */
public final class LinkBenchmark
{
    private LinkBenchmark() {}

    public static void main(String[] args)
            throws IOException
    {
        List<String> distinct = new ArrayList<>(new LinkedHashSet<>(Files.readAllLines(Path.of(args[0]), StandardCharsets.UTF_8)));
        OrganisationRegistry registry = OrganisationRegistry.load(Optional.of(Path.of(args[1])));
        CountryResolver places = CountryResolver.create(Path.of(args[2]));
        int rounds = Integer.parseInt(args[3]);
        List<String> corpus = args.length > 4 ? Files.readAllLines(Path.of(args[4]), StandardCharsets.UTF_8) : List.of();
        double[] cold = new double[rounds];
        double[] warm = new double[rounds];
        double[] cached = new double[rounds];
        long check = 0;
        for (int r = 0; r < rounds; r++) {
            OrganisationLinker linker = new OrganisationLinker(registry, places);
            long t0 = System.nanoTime();
            check += pass(linker, distinct);
            long t1 = System.nanoTime();
            check += pass(linker, distinct);
            long t2 = System.nanoTime();
            cold[r] = distinct.size() / ((t1 - t0) / 1e9);
            warm[r] = distinct.size() / ((t2 - t1) / 1e9);
            if (!corpus.isEmpty()) {
                OrganisationLinker fresh = new OrganisationLinker(registry, places);
                long t3 = System.nanoTime();
                check += pass(fresh, corpus);
                cached[r] = corpus.size() / ((System.nanoTime() - t3) / 1e9);
            }
        }
        System.out.printf(Locale.ROOT, "in-process, %d distinct strings, %d rounds, %s (checksum %d)%n", distinct.size(), rounds,
                registry.summary(), check);
        report("cold", cold);
        report("warm", warm);
        if (!corpus.isEmpty()) {
            report("corpus", cached);
        }
    }

    private static long pass(OrganisationLinker linker, List<String> strings)
    {
        long n = 0;
        for (String s : strings) {
            n += linker.link(s).ids().hashCode();
        }
        return n;
    }

    private static void report(String name, double[] rates)
    {
        double[] sorted = rates.clone();
        Arrays.sort(sorted);
        System.out.printf(Locale.ROOT, "%-6s best %,10.0f  median %,10.0f strings/s per core%n", name, sorted[sorted.length - 1],
                sorted[sorted.length / 2]);
    }
}
