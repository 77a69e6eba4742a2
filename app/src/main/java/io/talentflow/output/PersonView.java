package io.talentflow.output;

import com.fasterxml.jackson.annotation.JsonProperty;
import io.talentflow.career.Career;
import io.talentflow.career.Move;
import io.talentflow.career.YearCountry;

import java.util.List;

/** The JSON shape of one researcher in {@code person --json} and the web API (DESIGN.md). */
public record PersonView(
        String id,
        String name,
        List<String> aliases,
        int authorships,
        @JsonProperty("first_year") int firstYear,
        @JsonProperty("last_year") int lastYear,
        String origin,
        String current,
        @JsonProperty("mobility_class") String mobilityClass,
        @JsonProperty("last_seen") LastSeenView lastSeen,
        List<YearView> timeline,
        List<MoveView> moves)
{
    public PersonView(Career career)
    {
        this(career.researcherId(), career.name(), career.aliases(), career.authorships(), career.firstYear(),
                career.lastYear(), career.origin(), career.current(), career.mobilityClass().label(),
                career.lastSeen().known() ? new LastSeenView(career.lastSeen().year(), career.lastSeen().country()) : null,
                career.timeline().stream().map(YearView::new).toList(),
                career.moves().stream().map(MoveView::new).toList());
    }

    /** The last placed year and its country; null in JSON when no year is placed. */
    public record LastSeenView(int year, String country)
    {
    }

    public record YearView(int year, String country, double confidence, String basis, List<String> institutions)
    {
        YearView(YearCountry year)
        {
            this(year.year(), year.country(), round(year.confidence()), year.basis(), year.institutions());
        }
    }

    /** A move: {@code earliest} to {@code latest} are the years the papers leave open. */
    public record MoveView(int year, int earliest, int latest, String from, String to, double confidence, List<String> evidence)
    {
        MoveView(Move move)
        {
            this(move.year(), move.earliest(), move.latest(), move.from(), move.to(), round(move.confidence()), move.evidence());
        }
    }

    private static double round(double value)
    {
        return Math.round(value * 1000) / 1000.0;
    }
}
