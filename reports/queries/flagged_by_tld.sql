-- title: Flagged domains by top-level domain
-- description: The public suffix of each registered domain (all after its first label).
SELECT substr(d.domain, instr(d.domain, '.') + 1) AS tld, count(*) AS domains
FROM domains d
JOIN scores s ON s.domain = d.domain AND s.flagged = 1
GROUP BY 1
ORDER BY domains DESC, tld
