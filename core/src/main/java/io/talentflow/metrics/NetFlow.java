package io.talentflow.metrics;

import static java.util.Objects.requireNonNull;

/**
 * Arrivals minus departures of one country over a period (one year, or every year of the data).
 *
 * @param thin whether fewer than {@link TableRow#MIN_COUNT} moves touch the country in the period
 */
public record NetFlow(int firstYear, int lastYear, String country, long inflow, long outflow, Estimate net, boolean thin)
{
    public NetFlow
    {
        requireNonNull(country, "country is null");
        requireNonNull(net, "net is null");
    }
}
