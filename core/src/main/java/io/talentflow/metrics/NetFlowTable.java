package io.talentflow.metrics;

import io.talentflow.career.CareerMeasures;
import io.talentflow.career.Move;

import java.util.Comparator;
import java.util.List;

/** Net flows per country, for each year and for the whole span of the data. */
final class NetFlowTable
{
    private static final Comparator<NetFlow> ORDER = Comparator.comparingInt(NetFlow::firstYear)
            .thenComparingInt(NetFlow::lastYear).thenComparing(NetFlow::country);

    private NetFlowTable()
    {
    }

    record In(int firstYear, int lastYear, String country) {}

    record Out(int firstYear, int lastYear, String country) {}

    static void add(CareerMeasures measures, Span span, List<Object> cells)
    {
        for (Move move : measures.career().moves()) {
            for (Span years : Span.yearAndWhole(move.year(), span)) {
                cells.add(new In(years.first(), years.last(), move.to()));
                cells.add(new Out(years.first(), years.last(), move.from()));
            }
        }
    }

    static List<NetFlow> rows(Counts<Object> counts)
    {
        return java.util.stream.Stream.concat(
                        counts.keys(In.class).map(in -> new Out(in.firstYear(), in.lastYear(), in.country())),
                        counts.keys(Out.class))
                .distinct()
                .map(out -> row(counts, new In(out.firstYear(), out.lastYear(), out.country()), out))
                .sorted(ORDER).toList();
    }

    private static NetFlow row(Counts<Object> counts, In in, Out out)
    {
        long inflow = counts.count(in);
        long outflow = counts.count(out);
        return new NetFlow(in.firstYear(), in.lastYear(), in.country(), inflow, outflow, counts.difference(in, out),
                inflow + outflow < TableRow.MIN_COUNT);
    }

    /** The first and last active year over all researchers of a segment. */
    record Span(int first, int last)
    {
        static Span of(List<CareerMeasures> members)
        {
            int first = members.stream().mapToInt(m -> m.career().firstYear()).min().orElse(0);
            int last = members.stream().mapToInt(m -> m.career().lastYear()).max().orElse(0);
            return new Span(first, last);
        }

        /** The move year's own span and the whole span; once only when the data spans that one year. */
        static List<Span> yearAndWhole(int year, Span whole)
        {
            Span own = new Span(year, year);
            return own.equals(whole) ? List.of(own) : List.of(own, whole);
        }
    }
}
