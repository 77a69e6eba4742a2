package io.talentflow.synth;

import static java.util.Objects.requireNonNull;

/**
 * One researcher of the synthetic world: fixed identity and career, and the collaborators of the
 * current job and the co-authors before it, which the generator replaces as the person changes institution.
 *
 * @param openReviewId "~Given_Family" + n, numbering namesakes as OpenReview does
 * @param rate the mean number of papers the person leads in a year
 * @param openAlexSplits bit s set: OpenAlex gives the person a new author id from segment s on
 * @param former the co-authors remembered when the current job started ({@link FormerCoauthors})
 */
record Person(int id, PersonName name, Plan plan, double rate, String field, String openReviewId, String orcid, int openAlexSplits, int[] collaborators,
        int[] former)
{
    Person
    {
        requireNonNull(name, "name is null");
        requireNonNull(plan, "plan is null");
        requireNonNull(field, "field is null");
        requireNonNull(openReviewId, "openReviewId is null");
        requireNonNull(orcid, "orcid is null");
        requireNonNull(collaborators, "collaborators is null");
        requireNonNull(former, "former is null");
    }

    /** The person at the start of a job: its collaborators, and the co-authors they had before it. */
    Person startingJob(int[] nextCollaborators, int[] formerCoauthors)
    {
        return new Person(id, name, plan, rate, field, openReviewId, orcid, openAlexSplits, nextCollaborators, formerCoauthors);
    }

    /** The OpenAlex author id of the person's work in that year. */
    long openAlexId(int year)
    {
        int split = 0;
        for (int s = 1; s <= plan.segmentAt(year); s++) {
            split += (openAlexSplits >>> s) & 1;
        }
        return 5_000_000_000L + id * 8L + split;
    }
}
