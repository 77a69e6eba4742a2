package io.talentflow.web;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

class TestResponseCache
{
    @Test
    void put_beyondItsBytes_leastRecentlyUsedGone()
    {
        ResponseCache cache = new ResponseCache(3 * (1_000 + 2 * 2 + 128));
        cache.put("/a", new byte[1_000]);
        cache.put("/b", new byte[1_000]);
        cache.put("/c", new byte[1_000]);
        cache.get("/a");
        cache.put("/d", new byte[1_000]);

        assertThat(cache.get("/a")).isPresent();
        assertThat(cache.get("/b")).isEmpty();
        assertThat(cache.get("/c")).isPresent();
        assertThat(cache.get("/d")).isPresent();
        assertThat(cache.bytes()).isEqualTo(3 * (1_000 + 2 * 2 + 128));
    }

    @Test
    void put_manySmallAnswers_neverHoldsMoreThanItsBound()
    {
        ResponseCache cache = new ResponseCache(100_000);
        for (int i = 0; i < 20_000; i++) {
            cache.put("/api/people/r-000000000000?page=" + "0".repeat(i % 50) + "1&variant=" + i, new byte[500]);
            assertThat(cache.bytes()).isLessThanOrEqualTo(100_000);
        }
        cache.put("/same", new byte[10]);
        cache.put("/same", new byte[20]);
        assertThat(cache.get("/same")).hasValueSatisfying(answer -> assertThat(answer).hasSize(20));
    }

    @Test
    void put_noCapacityOrAnswerOverTheEntryLimit_keepsNothing()
    {
        ResponseCache none = new ResponseCache(0);
        none.put("/a", new byte[] {1});
        ResponseCache large = new ResponseCache(1L << 30);
        large.put("/big", new byte[300 * 1024]);

        assertThat(none.get("/a")).isEmpty();
        assertThat(large.get("/big")).isEmpty();
        assertThat(large.bytes()).isZero();
    }
}
