package io.talentflow.source;

import java.util.ArrayList;
import java.util.List;

/** A sink that keeps what one input gave, in order: for engines that work file by file. */
public final class AuthorshipBuffer
        implements AuthorshipSink
{
    private final List<Authorship> authorships = new ArrayList<>();
    private final List<Rejection> rejections = new ArrayList<>();

    @Override
    public void accept(Authorship authorship)
    {
        authorships.add(authorship);
    }

    @Override
    public void reject(Rejection rejection)
    {
        rejections.add(rejection);
    }

    public List<Authorship> authorships()
    {
        return authorships;
    }

    public List<Rejection> rejections()
    {
        return rejections;
    }
}
