package io.talentflow.web;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import org.junit.jupiter.api.Test;

import java.io.IOException;
import java.util.ArrayList;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

class TestWorldMap
{
    private static final JsonNode WORLD = read();

    @Test
    void outline_noRingEdge_crossesTheAntimeridian()
    {
        // a flat map draws an edge from 180 to -180 as a line across the whole world
        List<String> crossing = new ArrayList<>();
        for (JsonNode country : WORLD.get("features")) {
            for (JsonNode polygon : country.get("geometry").get("coordinates")) {
                for (JsonNode ring : polygon) {
                    for (int i = 1; i < ring.size(); i++) {
                        if (Math.abs(ring.get(i).get(0).asDouble() - ring.get(i - 1).get(0).asDouble()) > 180) {
                            crossing.add(country.get("properties").get("name").asText() + " " + ring.get(i - 1) + " -> " + ring.get(i));
                        }
                    }
                }
            }
        }
        assertThat(crossing).isEmpty();
    }

    @Test
    void outline_russiaAndFiji_keepTheirPartsOnBothSidesOfTheAntimeridian()
    {
        assertThat(longitudes("RU")).anyMatch(x -> x < -170).anyMatch(x -> x > 170).allMatch(x -> x >= -180 && x <= 180);
        assertThat(longitudes("FJ")).anyMatch(x -> x > 177).allMatch(x -> x >= -180 && x <= 180);
    }

    private static List<Double> longitudes(String code)
    {
        List<Double> longitudes = new ArrayList<>();
        for (JsonNode country : WORLD.get("features")) {
            if (country.get("properties").get("name").asText().equals(code)) {
                country.get("geometry").get("coordinates").forEach(polygon -> polygon.forEach(ring -> ring.forEach(point -> longitudes.add(point.get(0).asDouble()))));
            }
        }
        assertThat(longitudes).as(code).isNotEmpty();
        return longitudes;
    }

    private static JsonNode read()
    {
        try {
            return new ObjectMapper().readTree(Resources.text("/io/talentflow/web/static/world.json"));
        }
        catch (IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
    }
}
