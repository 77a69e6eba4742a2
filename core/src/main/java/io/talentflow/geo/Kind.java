package io.talentflow.geo;

/** The kinds of evidence a phrase can be, strongest first; the confidence is the placement's. */
enum Kind
{
    COUNTRY(0.95, "text:country"),
    LAB(0.9, "lab"),
    REGION(0.88, "text:region"),
    CITY(0.85, "text:city"),
    INSTITUTION(0.85, "text:institution"),
    /** A word seen only in one country's university names ("Universitesi", "Uniwersytet"). */
    NAME_WORD(0.7, "text:institution"),
    MULTINATIONAL(0, "unknown:multinational"),
    IGNORED(0, "unknown:none");

    final double confidence;
    final String basis;

    Kind(double confidence, String basis)
    {
        this.confidence = confidence;
        this.basis = basis;
    }

    boolean places()
    {
        return confidence > 0;
    }
}
