package io.talentflow.source;

import java.io.Serializable;
import java.util.AbstractList;
import java.util.List;
import java.util.RandomAccess;

import static java.util.Objects.requireNonNull;

/**
 * The co-authors of one author of a paper: the paper's author list without the author's own place,
 * as a view. Every authorship of a paper shares the one list, so a paper of N authors holds N names,
 * not N squared, and the identity stage finds the paper's keys once for all of its authors.
 * Immutable.
 */
public final class OtherAuthors
        extends AbstractList<String>
        implements RandomAccess, Serializable
{
    private static final long serialVersionUID = 1L;

    private final List<String> authors;
    private final int self;

    private OtherAuthors(List<String> authors, int self)
    {
        this.authors = requireNonNull(authors, "authors is null");
        if (self < 0 || self >= authors.size()) {
            throw new IllegalArgumentException("position " + self + " is not in a list of " + authors.size() + " authors");
        }
        this.self = self;
    }

    /**
     * The co-authors of the author at {@code self} in {@code authors}, an immutable list that the
     * caller shares between the paper's authorships.
     */
    public static OtherAuthors of(List<String> authors, int self)
    {
        return new OtherAuthors(authors, self);
    }

    /** Every author of the paper, in order, the author included. */
    public List<String> authors()
    {
        return authors;
    }

    /** The author's own place in {@link #authors}. */
    public int self()
    {
        return self;
    }

    @Override
    public String get(int index)
    {
        if (index < 0 || index >= size()) {
            throw new IndexOutOfBoundsException(index);
        }
        return authors.get(index < self ? index : index + 1);
    }

    @Override
    public int size()
    {
        return authors.size() - 1;
    }
}
