package io.talentflow.source;

import java.io.Serializable;
import java.util.List;
import java.util.Map;

import static java.util.Objects.requireNonNull;

/**
 * One author on one paper: the unit every stage works on.
 *
 * @param sourceFile the file (or URL) the record came from, as named in the ledger
 * @param recordIndex zero-based index of the paper record inside that file
 * @param paperId the source's paper id, or {@code "#" + recordIndex} when it has none
 * @param venue lower-case venue key ("icra", "nips", ...)
 * @param year publication year
 * @param title paper title ("" when absent)
 * @param status presentation status as given (Oral, Spotlight, Poster, ...; "" when absent)
 * @param track track as given ("" when absent)
 * @param position zero-based author position on the paper
 * @param name author name, whitespace and entities normalised
 * @param coauthors the other authors' names on the same paper, in order
 * @param affiliations zero or more non-empty affiliations (several when the source joins them with '+');
 *     empty ones are dropped here so that placements (one per affiliation) line up with them
 * @param emailDomain e-mail domain ("" when absent)
 * @param role career position when the source gives it (PhD student, Professor, ...; "" otherwise)
 * @param ids identifiers by scheme: {@link IdScheme} names mapped to the id
 * @param paperAffiliations the paper's set of affiliations when the source gives them for the paper and
 *     not author by author (CVPR and ICCV 2020-2024): shared by every authorship of the paper, which then
 *     has no {@code affiliations} of its own; empty otherwise
 * @param url the paper's page as an absolute http(s) URL when the source gives one ("" otherwise); one
 *     string shared by the paper's authorships, as its title is
 */
public record Authorship(
        String sourceFile,
        int recordIndex,
        String paperId,
        String venue,
        int year,
        String title,
        String status,
        String track,
        int position,
        String name,
        List<String> coauthors,
        List<Affiliation> affiliations,
        String emailDomain,
        String role,
        Map<IdScheme, String> ids,
        List<Affiliation> paperAffiliations,
        String url)
        implements Serializable
{
    public Authorship
    {
        requireNonNull(sourceFile, "sourceFile is null");
        requireNonNull(paperId, "paperId is null");
        requireNonNull(venue, "venue is null");
        requireNonNull(title, "title is null");
        requireNonNull(status, "status is null");
        requireNonNull(track, "track is null");
        requireNonNull(name, "name is null");
        // a paper's authorships share their co-authors as views of one list: a copy each would cost N squared names
        coauthors = requireNonNull(coauthors, "coauthors is null") instanceof OtherAuthors ? coauthors : List.copyOf(coauthors);
        affiliations = requireNonNull(affiliations, "affiliations is null").stream().filter(a -> !a.isEmpty()).toList();
        requireNonNull(emailDomain, "emailDomain is null");
        requireNonNull(role, "role is null");
        ids = Map.copyOf(requireNonNull(ids, "ids is null"));
        paperAffiliations = List.copyOf(requireNonNull(paperAffiliations, "paperAffiliations is null"));
        requireNonNull(url, "url is null");
    }

    /** Words of a status (lower case) that mark a submission as not accepted; see {@link #accepted()}. */
    public static final List<String> NOT_ACCEPTED = List.of("reject", "withdraw");

    /** An authorship without a link to its paper. */
    public Authorship(String sourceFile, int recordIndex, String paperId, String venue, int year, String title, String status,
            String track, int position, String name, List<String> coauthors, List<Affiliation> affiliations, String emailDomain,
            String role, Map<IdScheme, String> ids, List<Affiliation> paperAffiliations)
    {
        this(sourceFile, recordIndex, paperId, venue, year, title, status, track, position, name, coauthors, affiliations,
                emailDomain, role, ids, paperAffiliations, "");
    }

    /** An authorship whose affiliations, if any, are its own, without a link to its paper. */
    public Authorship(String sourceFile, int recordIndex, String paperId, String venue, int year, String title, String status,
            String track, int position, String name, List<String> coauthors, List<Affiliation> affiliations, String emailDomain,
            String role, Map<IdScheme, String> ids)
    {
        this(sourceFile, recordIndex, paperId, venue, year, title, status, track, position, name, coauthors, affiliations,
                emailDomain, role, ids, List.of(), "");
    }

    /**
     * Whether the paper was accepted: every status but a rejected or withdrawn submission ("Reject",
     * "Desk Reject", "Withdraw"). Only authors of accepted papers are counted in flows and tables;
     * the others are evidence of where people were.
     */
    public boolean accepted()
    {
        String s = status.toLowerCase(java.util.Locale.ROOT);
        return NOT_ACCEPTED.stream().noneMatch(s::contains);
    }

    /** A key unique within one build: file, record and author position. */
    public String key()
    {
        return sourceFile + "#" + recordIndex + "#" + position;
    }

    /** The key used in evidence lists: venue, year and paper id ("cvpr2017/abc"). */
    public String paperKey()
    {
        return venue + year + "/" + paperId;
    }
}
