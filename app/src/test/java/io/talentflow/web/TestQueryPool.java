package io.talentflow.web;

import org.junit.jupiter.api.Test;

import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class TestQueryPool
{
    @Test
    void submit_beyondThreadsAndQueue_isUnavailableAtOnceAndTheRestAnswer()
            throws Exception
    {
        CountDownLatch release = new CountDownLatch(1);
        try (QueryPool pool = new QueryPool(1, 1)) {
            CompletableFuture<String> running = pool.submit(() -> await(release, "first"));
            CompletableFuture<String> waiting = pool.submit(() -> "second");
            assertThatThrownBy(() -> pool.submit(() -> "third")).isInstanceOf(ApiException.class)
                    .satisfies(e -> assertThat(((ApiException) e).status()).isEqualTo(503));
            release.countDown();
            assertThat(running.get(10, TimeUnit.SECONDS)).isEqualTo("first");
            assertThat(waiting.get(10, TimeUnit.SECONDS)).isEqualTo("second");
        }
    }

    private static String await(CountDownLatch latch, String answer)
    {
        try {
            latch.await();
            return answer;
        }
        catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }
}
