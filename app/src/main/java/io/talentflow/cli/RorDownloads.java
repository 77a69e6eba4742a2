package io.talentflow.cli;

import io.talentflow.org.RorDownloader;
import io.talentflow.source.Deadlines;

import java.nio.file.Path;
import java.util.List;

/** Where {@code run} keeps ROR data dumps: {@code <cache>/ror/}. */
final class RorDownloads
{
    private RorDownloads() {}

    static Path folder(Path cacheRoot)
    {
        return cacheRoot.resolve("ror");
    }

    /** The dumps in the cache, newest release first. */
    static List<Path> cached(Path cacheRoot)
    {
        return new RorDownloader(RorDownloader.ZENODO, folder(cacheRoot), Deadlines.standard()).cached();
    }
}
