package io.talentflow.web;

import io.talentflow.store.FlowQuery;

import java.sql.Connection;
import java.util.List;
import java.util.Optional;
import java.util.function.Function;
import java.util.regex.Pattern;

import static java.util.Objects.requireNonNull;

/**
 * The JSON API: each route names its query parameters (anything else is a 400), validates them
 * before it takes a connection, and says whether it answers from memory or with queries: query
 * answers are computed on a small pool of their own, so that they cannot hold up the others. A new
 * endpoint over a new table is one more {@link Route} here, its SQL in {@link DashboardQueries}, and
 * its entry in openapi.json.
 */
final class ApiRoutes
{
    private static final Pattern RESEARCHER_ID = Pattern.compile("r-[0-9a-f]{12}");
    private static final List<String> PAGE = List.of("page", "size");
    private static final List<String> FILTER = List.of("since", "until", "tier", "field", "page", "size");

    /** Every route; person search, person pages, flows and corridors answer from {@code served} without a connection. */
    static List<Route> routes(ServedData served)
    {
        OrganisationPages organisations = new OrganisationPages();
        return List.of(
                new Route("/api/summary", List.of(), Cost.QUERIES, params -> query(DashboardQueries::summary)),
                new Route("/api/countries", PAGE, Cost.QUERIES, params -> countries(params.page())),
                new Route("/api/countries/{country}", List.of(), Cost.QUERIES, params -> country(params.pathCountry("country"))),
                new Route("/api/flows", plus(FILTER, "from", "to"), Cost.MEMORY, params -> flows(served.corridors(), params)),
                new Route("/api/corridors", plus(FILTER, "from", "to"), Cost.QUERIES, ApiRoutes::corridors),
                new Route("/api/corridors/{from}/{to}", FILTER, Cost.MEMORY, params -> corridor(served.corridors(), params)),
                new Route("/api/pipeline", List.of("origin", "class", "top", "page", "size"), Cost.QUERIES, ApiRoutes::pipeline),
                new Route("/api/institutions", List.of("country", "since", "until", "order", "page", "size"), Cost.QUERIES, ApiRoutes::institutions),
                new Route("/api/people", plus(PAGE, "q"), Cost.MEMORY, params -> search(served.people(), params)),
                new Route("/api/people/{id}", PAGE, Cost.MEMORY, params -> person(served.researchers(), params)),
                new Route("/api/orgs", plus(PAGE, "q", "since", "until"), Cost.QUERIES, params -> organisations(organisations, params)),
                new Route("/api/coverage", PAGE, Cost.QUERIES, params -> coverage(params.page())),
                new Route("/api/net-flows", plus(PAGE, "tier", "field"), Cost.QUERIES, ApiRoutes::netFlows));
    }

    /** How an endpoint answers: from the data held in memory (microseconds), or with queries on the store (milliseconds to seconds). */
    enum Cost
    {
        MEMORY, QUERIES
    }

    /** One GET endpoint: its path, the query parameters it takes, how it answers, and what it answers. */
    record Route(String path, List<String> parameters, Cost cost, Endpoint endpoint)
    {
        Route
        {
            requireNonNull(path, "path is null");
            parameters = List.copyOf(requireNonNull(parameters, "parameters is null"));
            requireNonNull(cost, "cost is null");
            requireNonNull(endpoint, "endpoint is null");
        }
    }

    /** Validates a request and returns the work that answers it. */
    @FunctionalInterface
    interface Endpoint
    {
        Work prepare(Params params);
    }

    /** The answer to a validated request; most take a connection from the pool for their queries. */
    @FunctionalInterface
    interface Work
    {
        Object answer(ConnectionPool pool);
    }

    private ApiRoutes() {}

    private static Work query(Function<Connection, Object> queries)
    {
        return pool -> pool.withConnection(queries);
    }

    private static List<String> plus(List<String> names, String... more)
    {
        return java.util.stream.Stream.concat(java.util.stream.Stream.of(more), names.stream()).toList();
    }

    private static Work countries(PageRequest page)
    {
        return query(connection -> DashboardQueries.countries(connection, page));
    }

    private static Work country(String country)
    {
        return query(connection -> {
            if (!DashboardQueries.countryKnown(connection, country)) {
                throw ApiException.notFound("No researcher is placed in " + country + " in this store.");
            }
            return DashboardQueries.country(connection, country);
        });
    }

    private static Work flows(Corridors corridors, Params params)
    {
        FlowQuery query = params.flowQuery(params.country("from"), params.country("to"));
        PageRequest page = params.page();
        return pool -> corridors.flows(query, page);
    }

    private static Work corridors(Params params)
    {
        Filter filter = params.filter();
        String from = params.country("from").orElse("");
        String to = params.country("to").orElse("");
        PageRequest page = params.page();
        return query(connection -> DashboardQueries.corridors(connection, filter, from, to, page));
    }

    private static Work corridor(Corridors corridors, Params params)
    {
        String from = params.pathCountry("from");
        String to = params.pathCountry("to");
        FlowQuery forward = params.flowQuery(Optional.of(from), Optional.of(to));
        FlowQuery reverse = params.flowQuery(Optional.of(to), Optional.of(from));
        Filter filter = params.filter();
        PageRequest page = params.page();
        return pool -> corridors.corridor(from, to, filter, forward, reverse, page);
    }

    private static Work pipeline(Params params)
    {
        String origin = params.country("origin").orElse("");
        String mobilityClass = params.choice("class", DashboardQueries.CLASSES);
        int top = params.number("top", 8, 1, 30);
        PageRequest page = params.page();
        return query(connection -> DashboardQueries.pipeline(connection, origin, mobilityClass, top, page));
    }

    private static Work institutions(Params params)
    {
        String country = params.country("country").orElse("");
        Filter years = params.filter();
        String order = params.choice("order", DashboardQueries.INSTITUTION_ORDER);
        PageRequest page = params.page();
        return query(connection -> DashboardQueries.institutions(connection, country, years, order, page));
    }

    private static Work search(PeopleIndex people, Params params)
    {
        String query = params.text("q").filter(q -> q.length() >= 2)
                .orElseThrow(() -> ApiException.badRequest("q is required: a name or part of one, at least 2 characters."));
        PageRequest page = params.page();
        return pool -> people.search(query, page);
    }

    private static Work person(ResearcherDetails researchers, Params params)
    {
        String id = params.path("id");
        if (!RESEARCHER_ID.matcher(id).matches()) {
            throw ApiException.badRequest("'" + (id.length() > 40 ? id.substring(0, 40) + "..." : id) + "' is not a researcher id (r- and 12 hexadecimal digits).");
        }
        PageRequest page = params.page();
        return pool -> researchers.person(id, page).orElseThrow(() -> ApiException.notFound("No researcher with id " + id + " in this store."));
    }

    private static Work organisations(OrganisationPages organisations, Params params)
    {
        Filter years = params.filter();
        PageRequest page = params.page();
        return params.text("q").<Work>map(q -> query(connection -> organisations.report(connection, q, years)))
                .orElseGet(() -> query(connection -> organisations.list(connection, page)));
    }

    private static Work coverage(PageRequest page)
    {
        return query(connection -> DashboardQueries.coverage(connection, page));
    }

    private static Work netFlows(Params params)
    {
        Filter segment = params.filter();
        PageRequest page = params.page();
        return query(connection -> DashboardQueries.netFlows(connection, segment, page));
    }
}
