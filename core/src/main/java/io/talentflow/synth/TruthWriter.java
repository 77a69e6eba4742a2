package io.talentflow.synth;

import java.io.BufferedWriter;
import java.io.Closeable;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

/**
 * Writes the truth files (docs/SYNTH.md): people, timelines and moves at once, authorships as papers
 * are written, and the careers ({@link TruthCareers}) once every paper is.
 */
final class TruthWriter
        implements Closeable
{
    private final Path folder;
    private final BufferedWriter authorships;
    private final TruthCareers careers = new TruthCareers();

    TruthWriter(Path folder)
            throws IOException
    {
        this.folder = folder;
        Files.createDirectories(folder);
        this.authorships = Files.newBufferedWriter(folder.resolve("authorships.csv"), StandardCharsets.UTF_8);
        authorships.write("source_file,paper_id,author_position,truth_id\n");
    }

    static String truthId(Person person)
    {
        return "t" + person.id();
    }

    /** researchers.csv, timeline.csv and moves.csv; returns the number of moves. */
    long people(List<Person> people)
            throws IOException
    {
        long moves = 0;
        try (BufferedWriter researchers = open("researchers.csv", "truth_id,name,origin,current,class");
                BufferedWriter timeline = open("timeline.csv", "truth_id,year,country");
                BufferedWriter moveFile = open("moves.csv", "truth_id,year,from,to")) {
            for (Person p : people) {
                Plan plan = p.plan();
                researchers.write(String.join(",", truthId(p), p.name().canonical(), plan.origin(), plan.current(), plan.mobilityClass()) + "\n");
                for (int year = plan.first(); year <= plan.last(); year++) {
                    timeline.write(truthId(p) + "," + year + "," + plan.countryAt(year) + "\n");
                }
                for (Plan.TrueMove move : plan.moves()) {
                    moveFile.write(truthId(p) + "," + move.year() + "," + move.from() + "," + move.to() + "\n");
                    moves++;
                }
            }
        }
        return moves;
    }

    void authorship(CorpusWriter.Location location, int position, Person person, int year)
            throws IOException
    {
        authorships.write(location.sourceFile() + "," + location.paperId() + "," + position + "," + truthId(person) + "\n");
        careers.paper(person, year);
    }

    /** careers.tsv, once every paper is written. */
    void careers(List<Person> people, Institutions institutions)
            throws IOException
    {
        careers.write(folder.resolve("careers.tsv"), people, institutions);
    }

    private BufferedWriter open(String name, String header)
            throws IOException
    {
        BufferedWriter writer = Files.newBufferedWriter(folder.resolve(name), StandardCharsets.UTF_8);
        writer.write(header + "\n");
        return writer;
    }

    @Override
    public void close()
            throws IOException
    {
        authorships.close();
    }
}
