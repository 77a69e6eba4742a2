package io.talentflow.source;

import java.net.URI;
import java.nio.file.Files;
import java.nio.file.Path;

import static java.util.Objects.requireNonNull;

/** Fetches Hipo's world universities list into a cache folder when it is not there yet. */
public final class UniversityListDownloader
{
    /** The public list. */
    public static final URI DEFAULT_URL = URI.create(
            "https://raw.githubusercontent.com/Hipo/university-domains-list/master/world_universities_and_domains.json");

    private final URI url;
    private final Path target;
    private final Downloader downloader;

    /** A downloader of {@code url} into {@code folder}. */
    public UniversityListDownloader(URI url, Path folder, Downloader downloader)
    {
        this.url = requireNonNull(url, "url is null");
        String path = url.getPath();
        String fileName = path == null ? "" : path.substring(path.lastIndexOf('/') + 1);
        if (fileName.isEmpty()) {
            throw new IllegalArgumentException("the URL names no file: " + url);
        }
        this.target = requireNonNull(folder, "folder is null").resolve(fileName);
        this.downloader = requireNonNull(downloader, "downloader is null");
    }

    /** Where the list is (or will be) cached. */
    public Path target()
    {
        return target;
    }

    /** Fetches the list unless it is cached; returns "" or a sentence naming the URL, never throws. */
    public String download()
    {
        if (Files.isRegularFile(target)) {
            return "";
        }
        String problem = downloader.fetch(url, target, -1, FileCheck.NONE, n -> {});
        return problem.isEmpty() ? "" : url + " could not be downloaded: " + problem + ".";
    }
}
