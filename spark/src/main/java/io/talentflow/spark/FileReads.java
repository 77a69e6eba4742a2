package io.talentflow.spark;

import io.talentflow.career.PlacedAuthorship;
import io.talentflow.identity.NamedBlocks;
import io.talentflow.source.AuthorshipBuffer;
import io.talentflow.source.AuthorshipSink;
import io.talentflow.source.Inputs;
import io.talentflow.source.SourceSummary;
import org.apache.hadoop.conf.Configuration;
import org.apache.hadoop.fs.Path;

import java.io.IOException;
import java.util.List;

/** The read task: one file through the core readers and placement, on an executor. */
final class FileReads
{
    private FileReads() {}

    static FileRead read(SourceFile file, Configuration configuration, String universities, ReadSetup setup)
    {
        AuthorshipBuffer buffer = new AuthorshipBuffer();
        SourceSummary summary = !file.skipped().isEmpty() ? SourceSummary.skipped(file.label(), file.skipped())
                : file.error().isEmpty() ? open(file, configuration, setup.inputs(), buffer) : Inputs.failure(file.label(), file.error());
        List<PlacedAuthorship> placed = buffer.authorships().isEmpty() ? List.of() : Placing.forList(universities).place(buffer.authorships());
        return new FileRead(file.index(), summary, buffer.rejections(), placed, NamedBlocks.of(buffer.authorships()));
    }

    private static SourceSummary open(SourceFile file, Configuration configuration, Inputs inputs, AuthorshipSink sink)
    {
        try {
            Path path = new Path(file.path());
            return inputs.readStream(file.label(), path.getFileSystem(configuration).open(path), sink);
        }
        catch (IOException e) {
            return Inputs.failure(file.label(), file.label() + " could not be read: " + e.getMessage() + ".");
        }
    }
}
