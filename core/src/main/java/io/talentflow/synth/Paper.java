package io.talentflow.synth;

import java.util.List;

import static java.util.Objects.requireNonNull;

/** One generated paper, written out and dropped: papers are never kept. */
record Paper(String venue, int year, String title, String status, List<Author> authors)
{
    Paper
    {
        requireNonNull(venue, "venue is null");
        requireNonNull(title, "title is null");
        requireNonNull(status, "status is null");
        authors = List.copyOf(requireNonNull(authors, "authors is null"));
    }

    /**
     * One author as the paper prints them.
     *
     * @param affiliations none when the paper omits the affiliation
     * @param domain the e-mail domain, "" when absent
     */
    record Author(Person person, String name, List<Written> affiliations, String domain)
    {
        Author
        {
            requireNonNull(person, "person is null");
            requireNonNull(name, "name is null");
            affiliations = List.copyOf(requireNonNull(affiliations, "affiliations is null"));
            requireNonNull(domain, "domain is null");
        }
    }

    /** An institution as printed: {@code bare} when the text names a company alone. */
    record Written(Institution institution, String text, boolean bare)
    {
        Written
        {
            requireNonNull(institution, "institution is null");
            requireNonNull(text, "text is null");
        }
    }
}
