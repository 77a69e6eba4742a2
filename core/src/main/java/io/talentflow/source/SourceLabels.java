package io.talentflow.source;

import java.nio.file.InvalidPathException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * The name of each input within its source: the path below the folder given ({@code
 * cvpr/cvpr2019.json.gz}), or the file name of a file or URL given itself. The ledger, the store and
 * every id use it, so the same files read from two folders, through a symbolic link or from a URL
 * give the same tables; the path as typed never counts. Names given twice in one build are told
 * apart by a numbered prefix, "(2)/cvpr2019.json.gz", which keeps the file name (its venue and year).
 */
public final class SourceLabels
{
    private SourceLabels() {}

    /** The label of {@code file}, found under the source {@code source} as given. */
    public static String of(String source, String file)
    {
        if (!file.equals(source) && !remote(source)) {
            try {
                Path folder = Path.of(source).normalize();
                Path path = Path.of(file).normalize();
                if (path.startsWith(folder) && !path.equals(folder)) {
                    return folder.relativize(path).toString().replace('\\', '/');
                }
            }
            catch (InvalidPathException e) {
                // not a local path: its last segment names it
            }
        }
        return fileName(file);
    }

    /** The last segment of a path or URL, without a URL's query. */
    public static String fileName(String path)
    {
        String p = remote(path) && path.indexOf('?') >= 0 ? path.substring(0, path.indexOf('?')) : path;
        while (p.length() > 1 && (p.endsWith("/") || p.endsWith("\\"))) {
            p = p.substring(0, p.length() - 1);
        }
        return p.substring(Math.max(p.lastIndexOf('/'), p.lastIndexOf('\\')) + 1);
    }

    /** The labels with every repeat prefixed by its number among the inputs of that label: "(2)/name". */
    public static List<String> unique(List<String> labels)
    {
        Map<String, Integer> seen = new HashMap<>();
        Set<String> used = new HashSet<>(labels);
        List<String> out = new ArrayList<>(labels.size());
        for (String label : labels) {
            int n = seen.merge(label, 1, Integer::sum);
            String unique = label;
            while (n > 1 && !used.add(unique = "(" + n + ")/" + label)) {
                n++;
            }
            out.add(unique);
        }
        return out;
    }

    private static boolean remote(String name)
    {
        return name.startsWith("http://") || name.startsWith("https://");
    }
}
