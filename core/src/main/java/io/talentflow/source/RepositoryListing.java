package io.talentflow.source;

import com.fasterxml.jackson.core.JsonParser;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Pattern;

import static java.util.Objects.requireNonNull;

/**
 * The venue files of the paperlists repository, from a listing in the shape of GitHub's git trees
 * API ({@code tree[]} of {@code {path, type, sha, size}}). Other files of the repository are left
 * aside; an entry whose path leads outside the repository, or whose sha is not a blob hash, is left
 * out with a sentence in {@link #problems()}.
 */
public final class RepositoryListing
{
    /** GitHub's listing of the public repository. */
    public static final String GITHUB = "https://api.github.com/repos/papercopilot/paperlists/git/trees/main?recursive=1";
    /** What the listing shipped in the jar is: {@code tools/listing/trim_tree.py} over that listing. */
    public static final String SHIPPED = "the listing shipped with talentflow (paperlists commit 33f9884e, 2026-02-23)";

    private static final Pattern VENUE_FILE = Pattern.compile("([a-z0-9]+)/\\1\\d{4}\\.json");
    private static final Pattern SHA = Pattern.compile("[0-9a-f]{40}");
    private static final String RESOURCE = "paperlists-tree.json";

    private final String origin;
    private final List<ListedFile> files;
    private final List<String> problems;

    private RepositoryListing(String origin, List<ListedFile> files, List<String> problems)
    {
        this.origin = requireNonNull(origin, "origin is null");
        this.files = List.copyOf(files);
        this.problems = List.copyOf(problems);
    }

    /**
     * Reads a git-trees listing. A listing that is not one (not JSON, no {@code tree} array) fails
     * as a whole with an {@link IOException} whose message completes "the listing ...".
     */
    public static RepositoryListing parse(InputStream in, String origin) throws IOException
    {
        Object json;
        try (JsonParser parser = JsonValues.JSON.createParser(in)) {
            parser.nextToken();
            json = JsonValues.read(parser);
            if (parser.nextToken() != null) {
                throw new IOException("there is more data after its JSON value");
            }
        } catch (com.fasterxml.jackson.core.JsonProcessingException e) {
            throw new IOException("it is not JSON (" + PaperlistsReader.reason(e) + ")", e);
        }
        if (!(json instanceof Map<?, ?> map) || !(map.get("tree") instanceof List<?> tree)) {
            throw new IOException("it is not a git-trees listing: it has no \"tree\" array");
        }
        List<ListedFile> files = new ArrayList<>();
        List<String> problems = new ArrayList<>();
        if (Boolean.TRUE.equals(map.get("truncated"))) {
            problems.add(origin + " is truncated: GitHub lists at most 100,000 entries, so some files may be missing.");
        }
        tree.forEach(entry -> entry(entry, origin, files, problems));
        files.sort(java.util.Comparator.comparing(ListedFile::path));
        return new RepositoryListing(origin, files, problems);
    }

    private static void entry(Object entry, String origin, List<ListedFile> files, List<String> problems)
    {
        if (!(entry instanceof Map<?, ?> e) || !"blob".equals(e.get("type")) || !(e.get("path") instanceof String path)) {
            return;
        }
        if (outside(path)) {
            problems.add(origin + " lists \"" + path + "\", a path outside the repository; it is left out.");
        } else if (VENUE_FILE.matcher(path).matches()) {
            String sha = e.get("sha") instanceof String s ? s : "";
            if (SHA.matcher(sha).matches()) {
                files.add(new ListedFile(path, sha, e.get("size") instanceof Number n ? n.longValue() : -1));
            } else {
                problems.add(origin + " gives " + path + " no blob hash (\"" + sha + "\"); it is left out.");
            }
        }
    }

    private static boolean outside(String path)
    {
        return path.startsWith("/") || path.contains("\\") || path.contains(":") || path.isEmpty()
                || List.of(path.split("/", -1)).stream().anyMatch(part -> part.equals("..") || part.equals(".") || part.isEmpty());
    }

    /** The listing shipped in the jar: every venue file of the repository at commit 33f9884e. */
    public static RepositoryListing shipped()
    {
        try (InputStream in = RepositoryListing.class.getResourceAsStream(RESOURCE)) {
            return parse(requireNonNull(in, "resource " + RESOURCE + " is missing"), SHIPPED);
        } catch (IOException e) {
            throw new UncheckedIOException("the shipped listing cannot be read", e);
        }
    }

    /** Where the listing came from (a URL, a file, or {@link #SHIPPED}). */
    public String origin()
    {
        return origin;
    }

    /** The venue files, in path order. */
    public List<ListedFile> files()
    {
        return files;
    }

    /** One sentence per entry left out, and for a truncated listing. */
    public List<String> problems()
    {
        return problems;
    }

    /** The venues, in order. */
    public Set<String> venues()
    {
        Set<String> venues = new TreeSet<>();
        files.forEach(file -> venues.add(file.venue()));
        return venues;
    }

    /** The files of {@code venues} (all when empty) from {@code since} on. */
    public RepositoryListing select(Set<String> venues, int since)
    {
        return new RepositoryListing(origin, files.stream()
                .filter(file -> (venues.isEmpty() || venues.contains(file.venue())) && file.year() >= since).toList(), problems);
    }
}
