package io.talentflow.metrics;

/** Years {@code first} to {@code last}, both included. */
public record Period(int first, int last)
{
    public Period
    {
        if (first > last) {
            throw new IllegalArgumentException("period starts after it ends: " + first + "-" + last);
        }
    }

    public boolean contains(int year)
    {
        return year >= first && year <= last;
    }

    @Override
    public String toString()
    {
        return first + "-" + last;
    }
}
