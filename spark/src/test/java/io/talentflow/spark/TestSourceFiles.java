package io.talentflow.spark;

import io.talentflow.source.Inputs;
import io.talentflow.source.SourceInput;
import org.apache.hadoop.conf.Configuration;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

class TestSourceFiles
{
    @Test
    void expand_folderTree_namesAndOrdersFilesAsCoreInputs(@TempDir Path directory)
            throws IOException
    {
        Path root = Files.createDirectories(directory.resolve("data"));
        for (String file : List.of("b/y.json", "b/manifest", "a/z.json", "a/.hidden.json", "a/x.json.gz", ".top/t.csv", "c.csv")) {
            Files.createDirectories(root.resolve(file).getParent());
            Files.writeString(root.resolve(file), "[]");
        }
        Path single = Files.writeString(directory.resolve("single.json"), "[]");
        List<String> sources = List.of(root + "/", single.toString(), directory.resolve("missing").toString());

        List<SourceFile> files = SourceFiles.expand(sources, new Configuration(), new Inputs());

        List<SourceInput> expected = new Inputs().expand(sources);
        assertThat(files).extracting(SourceFile::name).containsExactlyElementsOf(expected.stream().map(SourceInput::name).toList());
        assertThat(files).extracting(SourceFile::label).containsExactlyElementsOf(expected.stream().map(SourceInput::label).toList())
                .contains("a/x.json.gz", "single.json", "missing");
        assertThat(files).extracting(SourceFile::error).containsExactlyElementsOf(expected.stream().map(SourceInput::error).toList());
        assertThat(files).extracting(SourceFile::skipped).containsExactlyElementsOf(expected.stream().map(SourceInput::skipped).toList());
        assertThat(files).extracting(SourceFile::skipped).contains(SourceInput.HIDDEN_FILE, SourceInput.HIDDEN_FOLDER);
        assertThat(files).extracting(SourceFile::index).containsExactly(0, 1, 2, 3, 4, 5, 6, 7, 8);
    }

    @Test
    void expand_emptyFolder_isOneFailedInputNamingIt(@TempDir Path directory)
            throws IOException
    {
        Path empty = Files.createDirectories(directory.resolve("empty"));
        List<SourceFile> files = SourceFiles.expand(List.of(empty.toString()), new Configuration(), new Inputs());
        assertThat(files).singleElement().satisfies(file -> {
            assertThat(file.name()).isEqualTo(empty.toString());
            assertThat(file.error()).isEqualTo(new Inputs().expand(List.of(empty.toString())).get(0).error());
        });
    }
}
