package io.talentflow.cli;

import java.nio.file.Files;
import java.nio.file.Path;

/** Checks on files a command is asked to write, so that a bad path is a sentence naming the option. */
final class OutputFiles
{
    private OutputFiles() {}

    /** The file, when its folder exists; otherwise a usage error naming {@code option}. */
    static Path requireFolder(String option, Path file)
    {
        Path folder = file.toAbsolutePath().getParent();
        if (folder != null && !Files.isDirectory(folder)) {
            throw new UserException(option + " " + file + ": the folder " + folder + (Files.exists(folder) ? " is not a folder." : " does not exist."));
        }
        if (Files.isDirectory(file)) {
            throw new UserException(option + " " + file + " is a folder; give a file name.");
        }
        return file;
    }
}
