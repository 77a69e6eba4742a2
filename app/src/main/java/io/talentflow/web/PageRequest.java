package io.talentflow.web;

/**
 * One page of a list: 1-based page number and page size, at most {@link #MAX_SIZE} rows.
 */
record PageRequest(int number, int size)
{
    static final int MAX_SIZE = 500;
    static final int DEFAULT_SIZE = 50;
    static final int MAX_NUMBER = 100_000;

    PageRequest
    {
        if (number < 1 || number > MAX_NUMBER || size < 1 || size > MAX_SIZE) {
            throw new IllegalArgumentException("page out of range: " + number + "/" + size);
        }
    }

    long offset()
    {
        return (long) (number - 1) * size;
    }
}
