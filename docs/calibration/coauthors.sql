WITH py AS (SELECT person, year, list(DISTINCT institution) FILTER (WHERE institution <> '') AS insts FROM labelled GROUP BY ALL),
seq AS (SELECT person, year, insts, lag(insts) OVER (PARTITION BY person ORDER BY year) AS before FROM py),
change AS (SELECT person, min(year) AS year FROM seq
           WHERE len(insts) > 0 AND len(before) > 0 AND NOT list_has_any(insts, before) GROUP BY ALL),
pre AS (SELECT DISTINCT me.person, co.person AS co FROM labelled me JOIN change c ON me.person = c.person AND me.year < c.year
        JOIN labelled co ON co.source_file = me.source_file AND co.paper_id = me.paper_id AND co.person <> me.person),
post AS (SELECT me.person, me.source_file, me.paper_id, bool_or(pre.co IS NOT NULL) AS kept
         FROM labelled me JOIN change c ON me.person = c.person AND me.year = c.year
         JOIN labelled co ON co.source_file = me.source_file AND co.paper_id = me.paper_id AND co.person <> me.person
         LEFT JOIN pre ON pre.person = me.person AND pre.co = co.person GROUP BY ALL)
SELECT (SELECT count(*) FROM change) AS changes, count(*) AS post_change_papers, round(avg(kept::INT), 3) AS sharing_a_coauthor FROM post
