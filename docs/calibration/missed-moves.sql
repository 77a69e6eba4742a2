-- Why true moves are missed: each true move of a person with a paper that no predicted move of the
-- researcher holding most of the person's papers matches (same countries, predicted year at most
-- one year before the true one or later), put in the first class that explains it. Run as
-- observable-moves.sql (the `labelled` view of measure.sh, WORLD replaced).
WITH truth AS (SELECT truth_id, year::INT AS year, "from", "to" FROM read_csv('WORLD/truth/moves.csv', all_varchar = true)),
main AS (SELECT person, mode(researcher_id) AS researcher_id FROM labelled GROUP BY ALL),
predicted AS (SELECT main.person, m.year, m.from_country, m.to_country FROM moves m JOIN main USING (researcher_id)),
missed AS (SELECT t.* FROM truth t WHERE t.truth_id IN (SELECT person FROM labelled) AND NOT EXISTS (
           SELECT 1 FROM predicted p WHERE p.person = t.truth_id AND p.from_country = t."from" AND p.to_country = t."to" AND p.year >= t.year - 1)),
sides AS (SELECT m.truth_id, m.year,
                 count(*) FILTER (WHERE l.year < m.year) AS before, count(*) FILTER (WHERE l.year >= m.year) AS after,
                 count(*) FILTER (WHERE l.year < m.year AND l.country = m."from") AS placed_before,
                 count(*) FILTER (WHERE l.year >= m.year AND l.country = m."to") AS placed_after,
                 count(DISTINCT l.year) FILTER (WHERE l.year < m.year AND l.country = m."from") AS years_before,
                 mode(l.researcher_id) FILTER (WHERE l.year < m.year) AS researcher_before,
                 mode(l.researcher_id) FILTER (WHERE l.year >= m.year) AS researcher_after
          FROM missed m JOIN labelled l ON l.person = m.truth_id GROUP BY ALL)
SELECT CASE WHEN before = 0 OR after = 0 THEN '1 no paper on one side'
            WHEN placed_before = 0 OR placed_after = 0 THEN '2 no paper placed in the old or the new country'
            WHEN researcher_before <> researcher_after THEN '3 split: papers before and after held by different researchers'
            WHEN placed_after = 1 THEN '4 one paper in the new country'
            WHEN years_before = 1 THEN '5 one year in the old country, at the start of the career'
            ELSE '6 other' END AS reason, count(*) AS moves
FROM sides GROUP BY ALL ORDER BY 1
