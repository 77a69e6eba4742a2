package io.talentflow.source;

import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonToken;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Set;

import static io.talentflow.source.JsonValues.number;
import static io.talentflow.source.JsonValues.object;
import static io.talentflow.source.JsonValues.objects;
import static io.talentflow.source.JsonValues.text;

/**
 * The {@code manifest} of one entity folder of an OpenAlex snapshot: the record count of each part
 * file, by the local path the part has beside the manifest.
 *
 * @param path the manifest file
 * @param counts expected record counts by normalised absolute part path, in manifest order
 */
record SnapshotManifest(Path path, Map<String, Long> counts)
{
    static final String FILE_NAME = "manifest";


    /** Reads the manifest at {@code manifest} from {@code in} and closes it; a file that is not one throws with the reason. */
    static SnapshotManifest read(Path manifest, InputStream in) throws IOException
    {
        try (in; JsonParser parser = JsonValues.JSON.createParser(in)) {
            if (parser.nextToken() != JsonToken.START_OBJECT) {
                throw new IOException("it is not a JSON object");
            }
            Map<String, Object> root = JsonValues.readObject(parser, Set.of("entries"));
            Map<String, Long> counts = new LinkedHashMap<>();
            for (Map<String, Object> entry : objects(root, "entries")) {
                long count = (long) number(object(entry, "meta"), "record_count", -1);
                String part = relative(text(entry, "url"), manifest.getParent().getFileName().toString());
                if (count >= 0 && !part.isEmpty()) {
                    counts.put(key(manifest.getParent().resolve(part)), count);
                }
            }
            return new SnapshotManifest(manifest, counts);
        }
    }

    /** The path of a part below its entity folder: ".../works/updated_date=…/part_000.gz" gives "updated_date=…/part_000.gz". */
    private static String relative(String url, String entity)
    {
        int at = url.indexOf("/" + entity + "/");
        return at < 0 ? "" : url.substring(at + entity.length() + 2);
    }

    /** How part paths are compared, whatever their spelling. */
    static String key(Path path)
    {
        return path.toAbsolutePath().normalize().toString();
    }

    /** True when {@code file} lies in this manifest's entity folder. */
    boolean covers(String file)
    {
        return key(Path.of(file)).startsWith(key(path.getParent()) + java.io.File.separator);
    }
}
