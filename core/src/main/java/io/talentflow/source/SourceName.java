package io.talentflow.source;

import java.util.Locale;

/**
 * What a file name says about its contents: {@code icra2023.json.gz} is venue "icra", year 2023.
 * For a URL the last path segment counts.
 *
 * @param venue lower-case venue key ("" when the name has none)
 * @param year the year, or 0 when the name has none
 */
record SourceName(String venue, int year)
{
    SourceName
    {
        java.util.Objects.requireNonNull(venue, "venue is null");
    }

    static SourceName of(String sourceFile)
    {
        String name = SourceLabels.fileName(sourceFile);
        for (String ext : new String[] {".gz", ".json", ".jsonl", ".csv", ".txt"}) {
            if (name.toLowerCase(Locale.ROOT).endsWith(ext)) {
                name = name.substring(0, name.length() - ext.length());
            }
        }
        int digits = name.length();
        while (digits > 0 && Character.isDigit(name.charAt(digits - 1))) {
            digits--;
        }
        int year = name.length() - digits == 4 ? Integer.parseInt(name.substring(digits)) : 0;
        String venue = (year == 0 ? name : name.substring(0, digits)).toLowerCase(Locale.ROOT);
        return new SourceName(venue, year);
    }

    /** A year from a record field: four digits in a plausible range, else 0. */
    static int parseYear(String value)
    {
        String v = value.trim();
        if (v.length() != 4 || !Fields.isDigits(v)) {
            return 0;
        }
        int year = Integer.parseInt(v);
        return year >= 1900 && year <= 2100 ? year : 0;
    }
}
