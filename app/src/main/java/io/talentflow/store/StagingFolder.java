package io.talentflow.store;

import java.io.Closeable;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.FileTime;
import java.time.Duration;
import java.time.Instant;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;

/**
 * The folder of one build beside its store: staged tables, spilled partitions and the new store
 * until it is renamed into place. SIGINT and SIGTERM remove it (a shutdown hook). Its name carries
 * the owner's process id and start time, so that a later build removes the folders of builds that
 * no longer run (killed with -9, or a machine that lost power), and never those of a build still
 * running; files of older versions of talentflow are removed by the same rule.
 */
final class StagingFolder
        implements Closeable
{
    static final String PREFIX = ".talentflow-staging-";
    private static final Pattern OWNED = Pattern.compile(Pattern.quote(PREFIX) + "(\\d+)-(\\d+)-\\d+");
    /** Folders of older versions carry no owner: they are taken as abandoned once untouched this long. */
    private static final Duration UNOWNED_AGE = Duration.ofHours(1);

    private final Path folder;
    private final Thread hook;
    private volatile boolean finished;

    private StagingFolder(Path folder, Path store)
    {
        this.folder = folder;
        this.hook = new Thread(() -> interrupted(store), "talentflow-staging-cleanup");
        Runtime.getRuntime().addShutdownHook(hook);
    }

    /** Removes what abandoned builds left beside {@code store}, then makes this build's folder. */
    static StagingFolder create(Path store)
    {
        Path parent = store.toAbsolutePath().getParent();
        try {
            removeAbandoned(parent, store.getFileName().toString());
            ProcessHandle self = ProcessHandle.current();
            return new StagingFolder(Files.createTempDirectory(parent, PREFIX + self.pid() + "-" + started(self).orElse(0L) + "-"), store);
        }
        catch (IOException e) {
            throw new UncheckedIOException("Could not write the store " + store + ": " + e.getMessage(), e);
        }
    }

    Path folder()
    {
        return folder;
    }

    /** Where the new store is built before it is renamed into place. */
    Path database()
    {
        return folder.resolve("store.duckdb");
    }

    /** Renames the new store into place: after this, an interruption leaves the new store. */
    void moveIntoPlace(Path store)
            throws IOException
    {
        Store.moveIntoPlace(database(), store);
        finished = true;
    }

    @Override
    public void close()
    {
        try {
            Runtime.getRuntime().removeShutdownHook(hook);
        }
        catch (IllegalStateException shuttingDown) {
            // the hook is running or about to: it removes the folder
            return;
        }
        deleteTree(folder);
    }

    /** The build's threads run on while the hook does: a file they make meanwhile is removed in the next round. */
    private void interrupted(Path store)
    {
        for (int round = 0; round < 20 && Files.exists(folder); round++) {
            deleteTree(folder);
            if (Files.exists(folder)) {
                pause();
            }
        }
        if (!finished) {
            System.err.println("talentflow: stopped; " + store + " was left as it was.");
        }
    }

    private static void pause()
    {
        try {
            Thread.sleep(50);
        }
        catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }

    /** Staging folders whose owner no longer runs, and temporary stores of older versions whose process is gone. */
    static void removeAbandoned(Path parent, String storeName)
            throws IOException
    {
        Pattern oldTemporary = Pattern.compile(Pattern.quote(storeName) + "\\.tmp-(\\d+)(\\.wal)?");
        List<Path> abandoned;
        try (Stream<Path> siblings = Files.list(parent)) {
            abandoned = siblings.filter(path -> abandonedFolder(path) || oldTemporary(path, oldTemporary)).toList();
        }
        abandoned.forEach(StagingFolder::deleteTree);
    }

    private static boolean abandonedFolder(Path path)
    {
        String name = path.getFileName().toString();
        if (!name.startsWith(PREFIX) || !Files.isDirectory(path)) {
            return false;
        }
        Matcher owner = OWNED.matcher(name);
        return owner.matches() ? !running(Long.parseLong(owner.group(1)), Long.parseLong(owner.group(2))) : untouchedFor(path, UNOWNED_AGE);
    }

    private static boolean oldTemporary(Path path, Pattern pattern)
    {
        Matcher matcher = pattern.matcher(path.getFileName().toString());
        return matcher.matches() && ProcessHandle.of(Long.parseLong(matcher.group(1))).filter(ProcessHandle::isAlive).isEmpty();
    }

    /** A process id is reused after its process ends: the start time tells the owner from a newcomer. */
    private static boolean running(long pid, long startedMillis)
    {
        Optional<ProcessHandle> alive = ProcessHandle.of(pid).filter(ProcessHandle::isAlive);
        // a start time of 0: the owner could not read its own, so its process id alone decides
        return startedMillis == 0 ? alive.isPresent() : alive.flatMap(StagingFolder::started).map(started -> started == startedMillis).orElse(false);
    }

    private static Optional<Long> started(ProcessHandle process)
    {
        return process.info().startInstant().map(Instant::toEpochMilli);
    }

    private static boolean untouchedFor(Path path, Duration age)
    {
        try {
            return Files.getLastModifiedTime(path).compareTo(FileTime.from(Instant.now().minus(age))) < 0;
        }
        catch (IOException e) {
            return false;
        }
    }

    private static void deleteTree(Path path)
    {
        try (Stream<Path> files = Files.walk(path)) {
            for (Path file : files.sorted(Comparator.reverseOrder()).toList()) {
                Files.deleteIfExists(file);
            }
        }
        catch (IOException | UncheckedIOException ignored) {
            // what cannot be removed now is removed by a later build
        }
    }
}
