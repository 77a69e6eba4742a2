package io.talentflow.geo;

import java.util.Locale;

/** The rates of a run that answers some labelled texts and leaves others unanswered. */
public interface AnswerRates
{
    /** Labelled texts. */
    int total();

    /** Texts given an answer. */
    int answered();

    /** Texts given a right answer. */
    int right();

    /** Right answers over all texts. */
    default double accuracy()
    {
        return total() == 0 ? 0 : (double) right() / total();
    }

    /** Right answers over answered texts. */
    default double precision()
    {
        return answered() == 0 ? 0 : (double) right() / answered();
    }

    /** Answered texts over all texts. */
    default double coverage()
    {
        return total() == 0 ? 0 : (double) answered() / total();
    }

    /** "accuracy A, precision when answered P, coverage C", four decimals each. */
    default String rates()
    {
        return String.format(Locale.ROOT, "accuracy %.4f, precision when answered %.4f, coverage %.4f", accuracy(), precision(), coverage());
    }
}
