package io.talentflow.source;

/** Progress of a long task, so that the CLI can draw a bar without core depending on a bar library. */
public interface ProgressListener
{
    /** A listener that shows nothing. */
    ProgressListener NONE = new ProgressListener()
    {
        @Override
        public void start(String task, long total)
        {
        }

        @Override
        public void step(long n)
        {
        }

        @Override
        public void done()
        {
        }
    };

    void start(String task, long total);

    /** Starts a task counted in bytes; listeners that show units say so. */
    default void startBytes(String task, long totalBytes)
    {
        start(task, totalBytes);
    }

    void step(long n);

    void done();

    /** A short note on where the task is ("12/292 files"), for listeners that show one. */
    default void detail(String text)
    {
    }
}
