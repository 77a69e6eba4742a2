package io.talentflow.geo;

import java.util.Arrays;
import java.util.Locale;
import java.util.Set;
import java.util.stream.Collectors;
import java.util.stream.Stream;

/** The country codes placement can give: ISO 3166-1 alpha-2, and XK (Kosovo), which the placement tables use too. */
public final class CountryCodes
{
    private static final Set<String> KNOWN = Stream.concat(Arrays.stream(Locale.getISOCountries()), Stream.of("XK"))
            .collect(Collectors.toUnmodifiableSet());

    private CountryCodes() {}

    /** True for an upper-case code placement can give. */
    public static boolean known(String code)
    {
        return KNOWN.contains(code);
    }
}
