package io.talentflow.source;

import java.util.ArrayList;
import java.util.List;

/** Collects what a reader produced; synchronized so that parallel tests may share one. */
final class ListSink implements AuthorshipSink
{
    final List<Authorship> authorships = new ArrayList<>();
    final List<Rejection> rejections = new ArrayList<>();

    @Override
    public synchronized void accept(Authorship authorship)
    {
        authorships.add(authorship);
    }

    @Override
    public synchronized void reject(Rejection rejection)
    {
        rejections.add(rejection);
    }

    List<String> names()
    {
        return authorships.stream().map(Authorship::name).toList();
    }

    Authorship named(String name)
    {
        return authorships.stream().filter(a -> a.name().equals(name)).findFirst().orElseThrow();
    }
}
