package io.talentflow.cli;

import io.talentflow.output.OrganisationView;
import io.talentflow.store.OrganisationReport;
import io.talentflow.store.OrganisationReports;
import io.talentflow.store.Store;
import io.talentflow.store.StoredOrganisations;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

import java.io.PrintWriter;
import java.sql.Connection;
import java.sql.SQLException;
import java.util.concurrent.Callable;

@Command(name = "org", description = "An organisation: its headcount by year, arrivals by where people came from (home-trained, returnees,"
        + " from abroad; country and organisation left), departures by destination, the median career age of arrivals, and the"
        + " researchers behind each number. NAME is an id, a name, label, alias or acronym, or a name as an affiliation writes it.")
final class OrgCommand
        implements Callable<Integer>
{
    @Spec
    CommandSpec spec;

    @Mixin
    StoreOption storeOption;

    @Parameters(paramLabel = "NAME", description = "The organisation (\"Tsinghua University\", \"清华大学\", \"THU\", \"https://ror.org/03cve4549\").")
    String name;

    @Option(names = "--since", paramLabel = "YEAR", description = "First year counted (default: the first in the store).")
    Integer since;

    @Option(names = "--until", paramLabel = "YEAR", description = "Last year counted (default: the last in the store).")
    Integer until;

    @Option(names = "--json", description = "Print JSON (the shape in docs/API.md, /api/orgs).")
    boolean json;

    @Override
    public Integer call()
            throws SQLException
    {
        if (since != null && until != null && since > until) {
            throw new UserException("--since " + since + " is after --until " + until + ".");
        }
        PrintWriter out = spec.commandLine().getOut();
        try (Connection connection = Store.openReadOnly(storeOption.store)) {
            StoredOrganisations stored = StoredOrganisations.read(connection);
            StoredOrganisations.Match match = stored.find(name);
            if (!match.candidates().isEmpty()) {
                printCandidates(out, match);
                return ExitCodes.USAGE;
            }
            var organisation = match.organisation().orElseThrow(() -> new UserException("No organisation in " + storeOption.store
                    + " is named '" + name + "'; give an id, a name, label, alias or acronym."));
            OrganisationReport report = OrganisationReports.report(connection, stored, organisation, since == null ? Integer.MIN_VALUE : since,
                    until == null ? Integer.MAX_VALUE : until);
            if (json) {
                out.println(OrganisationView.report(name, report));
            }
            else {
                OrgText.print(out, report);
            }
        }
        out.flush();
        return ExitCodes.DONE;
    }

    private void printCandidates(PrintWriter out, StoredOrganisations.Match match)
    {
        if (json) {
            out.println(OrganisationView.candidates(name, match.candidates()));
        }
        else {
            out.printf("'%s' names %d organisations; give one of these ids:%n", name, match.candidates().size());
            match.candidates().forEach(c -> out.printf("  %-32s %s (%s, %s), %,d researchers%n", c.organisation().id(), c.organisation().name(),
                    OrgText.orUnknown(c.organisation().country()), c.organisation().type(), c.researchers()));
        }
        out.flush();
    }
}
