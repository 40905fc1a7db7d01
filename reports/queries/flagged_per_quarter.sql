-- title: Flagged domains and phone numbers per quarter
-- description: Quarter of first sighting; numbers are distinct valid numbers shown on those domains.
WITH flagged AS (
  SELECT d.domain,
         strftime('%Y', d.first_seen) || '-Q' || ((CAST(strftime('%m', d.first_seen) AS INTEGER) + 2) / 3) AS quarter
  FROM domains d
  JOIN scores s ON s.domain = d.domain AND s.flagged = 1
)
SELECT f.quarter,
       count(DISTINCT f.domain) AS domains,
       count(DISTINCT CASE WHEN ph.valid = 1 THEN ph.e164 END) AS numbers
FROM flagged f
LEFT JOIN pages p ON p.domain = f.domain
LEFT JOIN page_phones ph ON ph.page_id = p.id
GROUP BY f.quarter
ORDER BY f.quarter
