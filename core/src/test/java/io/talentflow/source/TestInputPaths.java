package io.talentflow.source;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;

class TestInputPaths
{
    @TempDir
    Path temp;

    private final InputPaths paths = new InputPaths(List.of());

    @Test
    void expand_folder_recursesInSortedOrderAndListsHiddenFilesAsSkipped() throws IOException
    {
        Files.createDirectories(temp.resolve("b/c"));
        Files.writeString(temp.resolve("b/c/z.csv"), "x");
        Files.writeString(temp.resolve("b/a.json"), "x");
        Files.writeString(temp.resolve("a.json"), "x");
        Files.writeString(temp.resolve("b/.hidden.part"), "x");
        Files.createDirectories(temp.resolve(".git/objects"));
        Files.writeString(temp.resolve(".git/objects/pack"), "x");

        assertThat(paths.expand(temp.toString())).extracting(SourceInput::name, SourceInput::skipped).containsExactly(
                tuple(temp.resolve(".git").toString(), SourceInput.HIDDEN_FOLDER),
                tuple(temp.resolve("a.json").toString(), ""),
                tuple(temp.resolve("b/.hidden.part").toString(), SourceInput.HIDDEN_FILE),
                tuple(temp.resolve("b/a.json").toString(), ""),
                tuple(temp.resolve("b/c/z.csv").toString(), ""));
    }


    @Test
    void expand_emptyPath_isAnErrorNotTheCurrentFolder()
    {
        assertThat(paths.expand("")).singleElement().extracting(SourceInput::error).isEqualTo("An empty path names no input.");
    }


    @Test
    void expand_buildOutputsInTheFolder_areSkippedAndItsStagingUnlisted() throws IOException
    {
        Files.write(temp.resolve("icml2020.json"), Fixtures.bytes("icml2020.json"));
        Path store = Files.writeString(temp.resolve("s.duckdb"), "previous store");
        Files.writeString(temp.resolve("s.duckdb.tmp-12345"), "killed build");
        Files.writeString(temp.resolve("s.duckdb.wal"), "log");
        Path staging = Files.createDirectories(temp.resolve("staging-of-this-build"));
        Files.writeString(staging.resolve("authorships.csv"), "author_name\nAnn Lee\n");

        List<SourceInput> expanded = new InputPaths(List.of(store, staging)).expand(temp.toString());

        assertThat(expanded).extracting(SourceInput::name, SourceInput::skipped).containsExactly(
                tuple(temp.resolve("icml2020.json").toString(), ""),
                tuple(store.toString(), SourceInput.OWN_OUTPUT),
                tuple(temp.resolve("s.duckdb.tmp-12345").toString(), SourceInput.OWN_OUTPUT),
                tuple(temp.resolve("s.duckdb.wal").toString(), SourceInput.OWN_OUTPUT));
        // the build's own staging folder gets no line at all: its name changes with every build
    }

    @Test
    void expand_unreadableFile_isAFailedLine() throws IOException
    {
        Path file = Files.writeString(temp.resolve("locked2020.json"), "[]");
        Files.writeString(temp.resolve("open2020.json"), "[]");
        file.toFile().setReadable(false, false);
        org.junit.jupiter.api.Assumptions.assumeFalse(Files.isReadable(file), "this user reads every file (root): nothing to test");

        assertThat(paths.expand(temp.toString())).extracting(SourceInput::name, SourceInput::error).containsExactly(
                tuple(file.toString(), file + " is not readable."), tuple(temp.resolve("open2020.json").toString(), ""));
    }
}
