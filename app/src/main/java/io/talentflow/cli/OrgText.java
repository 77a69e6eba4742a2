package io.talentflow.cli;

import io.talentflow.org.Organisation;
import io.talentflow.store.OrganisationReport;

import java.io.PrintWriter;
import java.util.List;
import java.util.Locale;

/** The plain-text report of the {@code org} command. */
final class OrgText
{
    /** Lists longer than this are cut in the text (every row is in --json). */
    private static final int TOP = 10;
    /** The countries whose moves are also given by year. */
    private static final int BY_YEAR = 3;

    private OrgText() {}

    static void print(PrintWriter out, OrganisationReport report)
    {
        Organisation o = report.organisation();
        out.printf("%s  %s (%s, %s)%n", o.id(), o.name(), orUnknown(o.country()), o.type());
        report.parents().forEach(p -> out.printf("  part of %s (%s)%n", p.name(), p.id()));
        out.println("Headcount (researchers whose main organisation it was): " + String.join(", ",
                report.headcount().stream().map(y -> y.year() + " " + y.researchers()).toList()));
        side(out, "Arrivals", report.arrivals(), true);
        if (!Double.isNaN(report.medianCareerAge())) {
            out.printf(Locale.ROOT, "  median career age at arrival: %.1f years%n", report.medianCareerAge());
        }
        side(out, "Departures", report.departures(), false);
        out.println("People (year, direction, from -> to, kind, career age):");
        report.people().forEach(p -> out.printf("  %d %-9s %s (%s) -> %s (%s)  %s  %s, age %d%n", p.year(), p.direction(), p.from().name(),
                orUnknown(p.fromCountry()), p.to().name(), orUnknown(p.toCountry()), p.name(), kind(p.kind()), p.careerAge()));
    }

    private static void side(PrintWriter out, String title, OrganisationReport.Side side, boolean arrivals)
    {
        out.printf("%s: %s (95%% intervals over researchers)%n", title, count(side.total()));
        if (side.total().count() == 0) {
            return;
        }
        out.println("  by year: " + join(side.byYear()));
        if (arrivals) {
            out.println("  by origin: " + join(side.byKind()));
        }
        out.println("  by country " + (arrivals ? "left" : "joined") + ": " + join(top(side.byCountry())));
        side.byCountry().stream().limit(BY_YEAR).map(OrganisationReport.Count::key).forEach(country -> out.printf("    %s %s by year: %s%n",
                arrivals ? "from" : "to", country, join(side.byCountryYear().get(country))));
        out.println("  by organisation " + (arrivals ? "left" : "joined") + ": " + join(top(side.byOrganisation())));
    }

    private static List<OrganisationReport.Count> top(List<OrganisationReport.Count> counts)
    {
        return counts.subList(0, Math.min(TOP, counts.size()));
    }

    private static String join(List<OrganisationReport.Count> counts)
    {
        return String.join("; ", counts.stream().map(c -> c.label() + " " + count(c)).toList());
    }

    private static String count(OrganisationReport.Count c)
    {
        return String.format(Locale.ROOT, "%d [%d-%d]", c.count(), c.low(), c.high());
    }

    private static String kind(String kind)
    {
        return kind.isEmpty() ? "origin unknown" : kind;
    }

    static String orUnknown(String country)
    {
        return country.isEmpty() ? "??" : country;
    }
}
