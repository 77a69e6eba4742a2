package io.talentflow.cli;

import io.talentflow.source.ProgressListener;
import me.tongfei.progressbar.ConsoleProgressBarConsumer;
import me.tongfei.progressbar.ProgressBar;
import me.tongfei.progressbar.ProgressBarBuilder;
import me.tongfei.progressbar.ProgressBarStyle;

import java.io.PrintStream;
import java.util.function.UnaryOperator;

/**
 * Progress bars with counts on stderr, one per task; nothing is drawn when stderr is not a
 * terminal (CI logs, pipes), where a plain line per finished task is printed instead.
 */
final class ConsoleProgress
        implements ProgressListener
{
    private final PrintStream err;
    private final boolean interactive;
    private ProgressBar bar;
    private String task;
    private long started;

    ConsoleProgress(PrintStream err, boolean interactive)
    {
        this.err = err;
        this.interactive = interactive;
    }

    static ConsoleProgress forStderr()
    {
        return new ConsoleProgress(System.err, System.console() != null);
    }

    @Override
    public synchronized void start(String task, long total)
    {
        start(task, total, builder -> builder);
    }

    @Override
    public synchronized void startBytes(String task, long totalBytes)
    {
        start(task, totalBytes, builder -> builder.setUnit(" MB", 1_000_000));
    }

    private void start(String task, long total, UnaryOperator<ProgressBarBuilder> unit)
    {
        this.task = task;
        this.started = System.nanoTime();
        if (interactive) {
            bar = unit.apply(new ProgressBarBuilder()).setTaskName(task).setInitialMax(Math.max(total, 1))
                    .setStyle(ProgressBarStyle.ASCII).setConsumer(new ConsoleProgressBarConsumer(err))
                    .showSpeed().build();
        }
    }

    @Override
    public synchronized void step(long n)
    {
        if (bar != null) {
            bar.stepBy(n);
        }
    }

    @Override
    public synchronized void detail(String text)
    {
        if (bar != null) {
            bar.setExtraMessage(text);
        }
    }

    @Override
    public synchronized void done()
    {
        if (bar != null) {
            bar.close();
            bar = null;
        }
        else {
            err.printf("%-9s done in %.1f s%n", task, (System.nanoTime() - started) / 1e9);
        }
    }
}
