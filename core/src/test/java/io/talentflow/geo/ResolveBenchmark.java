package io.talentflow.geo;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;

/**
 * Not a test: a main that measures resolution in one thread, after the JIT has warmed up. Each
 * round builds a fresh resolver and resolves every string in corpus order (with caching: repeats
 * hit the cache, as in a build), then builds another and resolves every distinct string once (cold:
 * no cache hit), then again (warm: cache hits only). Prints the best and median rates over the
 * rounds; run it through {@code bench/resolve.sh}.
 *
 * <p>Usage: {@code ResolveBenchmark STRINGS_FILE [HIPO_JSON] [ROUNDS]}
 */
public final class ResolveBenchmark
{
    private ResolveBenchmark()
    {
    }

    public static void main(String[] args) throws IOException
    {
        List<String> corpus = Files.readAllLines(Path.of(args[0]), StandardCharsets.UTF_8);
        List<String> distinct = new ArrayList<>(new LinkedHashSet<>(corpus));
        Path hipo = args.length > 1 ? Path.of(args[1]) : null;
        int rounds = args.length > 2 ? Integer.parseInt(args[2]) : 7;
        double[] cached = new double[rounds];
        double[] cold = new double[rounds];
        double[] warm = new double[rounds];
        long check = 0;
        for (int r = 0; r < rounds; r++) {
            CountryResolver fresh = CountryResolver.create(hipo);
            long start = System.nanoTime();
            check += pass(fresh, corpus);
            cached[r] = corpus.size() / ((System.nanoTime() - start) / 1e9);
            CountryResolver resolver = CountryResolver.create(hipo);
            long t0 = System.nanoTime();
            check += pass(resolver, distinct);
            long t1 = System.nanoTime();
            check += pass(resolver, distinct);
            long t2 = System.nanoTime();
            cold[r] = distinct.size() / ((t1 - t0) / 1e9);
            warm[r] = distinct.size() / ((t2 - t1) / 1e9);
        }
        System.out.printf(Locale.ROOT, "in-process, %d strings (%d distinct), %d rounds (checksum %d)%n", corpus.size(), distinct.size(),
                rounds, check);
        report("corpus", cached);
        report("cold", cold);
        report("warm", warm);
    }

    private static long pass(CountryResolver resolver, List<String> strings)
    {
        long n = 0;
        for (String s : strings) {
            n += resolver.resolve(s).country().hashCode();
        }
        return n;
    }

    private static void report(String name, double[] rates)
    {
        double[] sorted = rates.clone();
        Arrays.sort(sorted);
        System.out.printf(Locale.ROOT, "%-6s best %,10.0f  median %,10.0f strings/s per core%n", name,
                sorted[sorted.length - 1], sorted[sorted.length / 2]);
    }
}
