WITH moves AS (SELECT * FROM read_csv('WORLD/truth/moves.csv', all_varchar = true)),
seen AS (SELECT m.truth_id, m.year, count(DISTINCT l.year) FILTER (WHERE l.year >= m.year::INT) AS after,
                count(DISTINCT l.year) FILTER (WHERE l.year < m.year::INT) AS before
         FROM moves m JOIN labelled l ON l.person = m.truth_id GROUP BY ALL)
SELECT CASE WHEN before = 0 OR after = 0 THEN 'no paper on one side' WHEN after = 1 THEN 'one year after'
            ELSE 'two years or more after' END AS evidence, count(*) AS moves
FROM seen GROUP BY ALL ORDER BY 1
