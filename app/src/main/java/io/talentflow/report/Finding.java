package io.talentflow.report;

import static java.util.Objects.requireNonNull;

/**
 * One finding of the report: a sentence with its takeaway, the table it reads (its CSV is beside
 * the report), and the number of people it rests on. A finding resting on fewer than
 * {@value #MIN_PEOPLE} people is never a headline.
 *
 * @param text the sentence
 * @param table the store table behind it
 * @param people researchers (or moves) the numbers rest on; -1 for counts of the whole store
 */
public record Finding(String text, String table, long people)
{
    public static final int MIN_PEOPLE = 20;

    public Finding
    {
        requireNonNull(text, "text is null");
        requireNonNull(table, "table is null");
    }

    public boolean headline()
    {
        return people < 0 || people >= MIN_PEOPLE;
    }
}
