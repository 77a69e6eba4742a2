WITH py AS (SELECT person, year, count(*) AS n FROM labelled GROUP BY ALL),
pp AS (SELECT person, count(*) AS active_years, sum(n) AS n FROM py GROUP BY ALL),
papers AS (SELECT source_file, paper_id, count(*) AS authors FROM authorships GROUP BY ALL)
SELECT (SELECT round(avg(n), 2) FROM py) AS papers_per_person_year,
       (SELECT round(avg(n), 2) FROM pp) AS papers_per_person,
       (SELECT round(avg(active_years), 2) FROM pp) AS active_years,
       (SELECT round(avg((active_years = 1)::INT), 3) FROM pp) AS one_year_share,
       (SELECT round(avg(authors), 2) FROM papers) AS authors_per_paper
