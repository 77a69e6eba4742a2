package io.talentflow.web;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

class TestResponseCache
{
    @Test
    void get_beyondCapacity_leastRecentlyUsedGone()
    {
        ResponseCache cache = new ResponseCache(2);
        cache.put("/a", new byte[] {1});
        cache.put("/b", new byte[] {2});
        cache.get("/a");
        cache.put("/c", new byte[] {3});

        assertThat(cache.get("/a")).isPresent();
        assertThat(cache.get("/b")).isEmpty();
        assertThat(cache.get("/c")).isPresent();
    }

    @Test
    void put_noCapacity_keepsNothing()
    {
        ResponseCache cache = new ResponseCache(0);
        cache.put("/a", new byte[] {1});

        assertThat(cache.get("/a")).isEmpty();
    }
}
