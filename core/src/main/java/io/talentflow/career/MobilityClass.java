package io.talentflow.career;

import java.util.Locale;

/** How a researcher's career crossed borders. */
public enum MobilityClass
{
    /** Never left the origin country (or only unknown years elsewhere), over at least two placed years. */
    STAYER,
    /** Moved away from the origin country and did not come back. */
    MIGRANT,
    /** Left the origin country and later came back. */
    RETURNEE,
    /** Concurrent affiliations in several countries rather than a move. */
    TRAVELLER,
    /** One placed year only: too little to say whether the researcher stayed or moved. */
    INSUFFICIENT,
    /** No confident country in any year. */
    UNPLACED;

    public String label()
    {
        return name().toLowerCase(Locale.ROOT);
    }
}
