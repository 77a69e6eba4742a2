WITH dual AS (SELECT l.person, l.year FROM labelled l JOIN placements p USING (authorship_id)
              WHERE p.country <> '' GROUP BY l.person, l.year, l.authorship_id HAVING count(DISTINCT p.country) > 1),
years AS (SELECT person, count(DISTINCT year) AS n FROM dual GROUP BY ALL),
people AS (SELECT person, count(DISTINCT year) AS active FROM labelled GROUP BY ALL)
SELECT round(count(*) FILTER (WHERE n >= 1) / (SELECT count(*) FROM people WHERE active >= 2), 4) AS dual_one_year_or_more,
       round(count(*) FILTER (WHERE n >= 2) / (SELECT count(*) FROM people WHERE active >= 2), 4) AS dual_two_years_or_more
FROM years
