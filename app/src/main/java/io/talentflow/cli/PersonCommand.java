package io.talentflow.cli;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.talentflow.career.Career;
import io.talentflow.career.Move;
import io.talentflow.career.YearCountry;
import io.talentflow.output.PersonView;
import io.talentflow.store.Researchers;
import io.talentflow.store.Store;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

import java.io.PrintWriter;
import java.sql.Connection;
import java.sql.SQLException;
import java.util.List;
import java.util.concurrent.Callable;

@Command(name = "person", description = "Show the researchers with a name: timeline, moves, class and evidence.")
final class PersonCommand
        implements Callable<Integer>
{
    private static final ObjectMapper MAPPER = new ObjectMapper();

    @Spec
    CommandSpec spec;

    @Mixin
    StoreOption storeOption;

    @Parameters(paramLabel = "NAME", description = "The researcher's name (case and accents are ignored).")
    String name;

    @Option(names = "--json", description = "Print JSON (the shape in DESIGN.md).")
    boolean json;

    @Override
    public Integer call()
            throws SQLException
    {
        if (name.strip().codePointCount(0, name.strip().length()) < 2) {
            throw new UserException("NAME '" + name + "' is too short: give at least two characters of the researcher's name.");
        }
        List<Career> careers;
        try (Connection connection = Store.openReadOnly(storeOption.store)) {
            careers = Researchers.byName(connection, name.strip());
        }
        PrintWriter out = spec.commandLine().getOut();
        if (json) {
            out.println(toJson(name, careers));
        }
        else {
            printText(out, careers);
        }
        out.flush();
        return ExitCodes.DONE;
    }

    static ObjectNode toJson(String query, List<Career> careers)
    {
        ObjectNode root = MAPPER.createObjectNode().put("query", query);
        careers.forEach(career -> root.withArray("researchers").add(MAPPER.valueToTree(new PersonView(career))));
        if (careers.isEmpty()) {
            root.putArray("researchers");
        }
        return root;
    }

    private void printText(PrintWriter out, List<Career> careers)
    {
        if (careers.isEmpty()) {
            out.println("No researcher named '" + name + "' in " + storeOption.store + ".");
        }
        for (Career career : careers) {
            out.printf("%s  %s  (%d authorships, %d-%d)%n", career.researcherId(), career.name(),
                    career.authorships(), career.firstYear(), career.lastYear());
            if (!career.aliases().isEmpty()) {
                out.println("  also written: " + String.join("; ", career.aliases()));
            }
            out.printf("  origin %s, current %s, %s%s%n", orUnknown(career.origin()), orUnknown(career.current()), career.mobilityClass().label(),
                    career.lastSeen().known() ? "; last seen in " + career.lastSeen().country() + " in " + career.lastSeen().year() : "");
            for (YearCountry year : career.timeline()) {
                out.printf("  %d  %-2s  %.2f  %-10s %s%n", year.year(), orUnknown(year.country()), year.confidence(), year.basis(),
                        String.join("; ", year.institutions()));
            }
            for (Move move : career.moves()) {
                String years = move.earliest() == move.latest() ? "" : "between " + move.earliest() + " and " + move.latest() + "; ";
                out.printf("  move %d: %s -> %s (%sconfidence %.2f; evidence %s)%n", move.year(), move.from(), move.to(), years,
                        move.confidence(), String.join(" ", move.evidence()));
            }
            out.println();
        }
    }

    private static String orUnknown(String country)
    {
        return country.isEmpty() ? "??" : country;
    }
}
