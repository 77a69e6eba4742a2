WITH named AS (SELECT DISTINCT person, author_name FROM labelled),
shared AS (SELECT author_name, count(*) > 1 AS shared FROM named GROUP BY author_name),
cell AS (SELECT author_name, person, count(*) AS n FROM labelled GROUP BY ALL),
cluster AS (SELECT author_name, sum(n) AS n FROM cell GROUP BY ALL),
class AS (SELECT person, sum(n) AS n FROM cell GROUP BY ALL)
SELECT (SELECT count(DISTINCT person) FROM labelled) AS people,
       (SELECT round(count(DISTINCT person) FILTER (WHERE shared) / count(DISTINCT person), 3) FROM named JOIN shared USING (author_name)) AS name_shared,
       (SELECT round(avg(n), 2) FROM (SELECT person, count(*) AS n FROM named GROUP BY ALL)) AS names_per_person,
       round(sum(cell.n * cell.n / cluster.n) / sum(cell.n), 3) AS exact_name_p,
       round(sum(cell.n * cell.n / class.n) / sum(cell.n), 3) AS exact_name_r
FROM cell JOIN cluster USING (author_name) JOIN class USING (person)
