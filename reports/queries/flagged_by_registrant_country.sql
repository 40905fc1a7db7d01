-- title: Flagged domains by registrant country
-- description: Privacy-shielded, not published by registry and unknown are categories of their own (never the proxy's country). Leave quarter empty for all time, or give e.g. 2024-Q3.
WITH flagged AS (
  SELECT d.domain,
         strftime('%Y', d.first_seen) || '-Q' || ((CAST(strftime('%m', d.first_seen) AS INTEGER) + 2) / 3) AS quarter,
         CASE
           WHEN r.privacy_state = 'shielded' THEN 'privacy-shielded'
           WHEN r.privacy_state = 'not_published' THEN 'not published by registry'
           WHEN coalesce(r.registrant_country, '') = '' THEN 'unknown'
           ELSE upper(r.registrant_country)
         END AS registrant_country
  FROM domains d
  JOIN scores s ON s.domain = d.domain AND s.flagged = 1
  LEFT JOIN registrations r ON r.domain = d.domain
)
SELECT registrant_country, count(*) AS domains
FROM flagged
WHERE coalesce(:quarter, '') = '' OR quarter = :quarter
GROUP BY registrant_country
ORDER BY domains DESC, registrant_country
