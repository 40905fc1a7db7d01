-- title: Phone numbers shown on more than one domain
-- description: The strongest pivot: the same number on many sites points to one operation.
SELECT ph.e164, ph.country, ph.kind, count(DISTINCT p.domain) AS domains,
       group_concat(DISTINCT p.domain) AS domain_list,
       min(p.fetched_at) AS first_seen, max(p.fetched_at) AS last_seen
FROM page_phones ph
JOIN pages p ON p.id = ph.page_id
WHERE ph.valid = 1
GROUP BY ph.e164
HAVING count(DISTINCT p.domain) > 1
ORDER BY domains DESC, ph.e164
