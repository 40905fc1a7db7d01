-- title: Flagged domains by registrar
-- description: Leave quarter empty for all time, or give e.g. 2024-Q3 (quarter of first sighting).
SELECT coalesce(r.registrar, 'unknown') AS registrar, count(*) AS domains
FROM domains d
JOIN scores s ON s.domain = d.domain AND s.flagged = 1
LEFT JOIN registrations r ON r.domain = d.domain
WHERE coalesce(:quarter, '') = ''
   OR strftime('%Y', d.first_seen) || '-Q' || ((CAST(strftime('%m', d.first_seen) AS INTEGER) + 2) / 3) = :quarter
GROUP BY 1
ORDER BY domains DESC, registrar
