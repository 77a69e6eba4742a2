package io.talentflow.evaluation;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import static java.util.Objects.requireNonNull;

/**
 * The cases of a career truth file and the lines that could not be read. Lines are tab-separated
 * {@code name, window (FIRST-LAST), moves (FROM>TO@EARLIEST-LATEST;... or -), home (CC,CC or -),
 * trap}; lines starting with '#' and a header line starting with "name" are skipped. A bad line is
 * reported with its number and left out; the others are still read.
 *
 * @param errors one sentence per line that was left out, naming the file and line
 */
public record CareerTruth(List<CareerCase> cases, List<String> errors)
{
    private static final Set<String> COUNTRIES = Set.of(Locale.getISOCountries());
    private static final Pattern YEARS = Pattern.compile("(\\d{4})-(\\d{4})");
    private static final Pattern MOVE = Pattern.compile("([A-Za-z]{2})>([A-Za-z]{2})@(\\d{4})-(\\d{4})");

    public CareerTruth
    {
        cases = List.copyOf(requireNonNull(cases, "cases is null"));
        errors = List.copyOf(requireNonNull(errors, "errors is null"));
    }

    /** Reads a truth file; only a file that cannot be read at all throws. */
    public static CareerTruth read(Path file)
            throws IOException
    {
        List<String> lines = Files.readAllLines(file, StandardCharsets.UTF_8);
        List<CareerCase> cases = new ArrayList<>();
        List<String> errors = new ArrayList<>();
        for (int i = 0; i < lines.size(); i++) {
            String line = lines.get(i);
            if (line.isBlank() || line.startsWith("#") || line.startsWith("name\t")) {
                continue;
            }
            try {
                cases.add(parse(line));
            }
            catch (IllegalArgumentException e) {
                errors.add(file + " line " + (i + 1) + ": " + e.getMessage());
            }
        }
        return new CareerTruth(cases, errors);
    }

    private static CareerCase parse(String line)
    {
        String[] fields = line.split("\t", -1);
        if (fields.length < 4) {
            throw new IllegalArgumentException("has " + fields.length + " tab-separated fields where name, window, moves and home are needed");
        }
        String name = fields[0].strip();
        if (name.isEmpty()) {
            throw new IllegalArgumentException("the name is empty");
        }
        int[] window = years(fields[1].strip(), "window");
        return new CareerCase(name, window[0], window[1], moves(fields[2].strip()), home(fields[3].strip()),
                fields.length > 4 ? fields[4].strip() : "");
    }

    private static int[] years(String text, String what)
    {
        Matcher m = YEARS.matcher(text);
        if (!m.matches()) {
            throw new IllegalArgumentException("the " + what + " '" + text + "' is not FIRST-LAST (two four-digit years)");
        }
        return range(Integer.parseInt(m.group(1)), Integer.parseInt(m.group(2)), what + " " + text);
    }

    private static int[] range(int first, int last, String what)
    {
        if (first > last) {
            throw new IllegalArgumentException("the " + what + " starts after it ends");
        }
        return new int[] {first, last};
    }

    private static List<ExpectedMove> moves(String text)
    {
        List<ExpectedMove> moves = new ArrayList<>();
        if (text.equals("-")) {
            return moves;
        }
        for (String part : text.split(";")) {
            Matcher m = MOVE.matcher(part.strip());
            if (!m.matches()) {
                throw new IllegalArgumentException("the move '" + part.strip() + "' is not FROM>TO@EARLIEST-LATEST");
            }
            int[] years = range(Integer.parseInt(m.group(3)), Integer.parseInt(m.group(4)), "move " + part.strip());
            moves.add(new ExpectedMove(country(m.group(1)), country(m.group(2)), years[0], years[1]));
        }
        return moves;
    }

    private static Set<String> home(String text)
    {
        Set<String> home = new TreeSet<>();
        if (!text.equals("-")) {
            for (String code : text.split(",")) {
                home.add(country(code.strip()));
            }
        }
        return home;
    }

    private static String country(String code)
    {
        String upper = code.toUpperCase(Locale.ROOT);
        if (!COUNTRIES.contains(upper)) {
            throw new IllegalArgumentException("'" + code + "' is not an ISO 3166-1 alpha-2 country code");
        }
        return upper;
    }
}
