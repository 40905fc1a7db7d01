-- title: Brands impersonated by flagged domains
-- description: Each domain counts once per brand, however many pages mention it.
SELECT b.brand, count(DISTINCT p.domain) AS domains
FROM page_brands b
JOIN pages p ON p.id = b.page_id
JOIN scores s ON s.domain = p.domain AND s.flagged = 1
GROUP BY b.brand
ORDER BY domains DESC, b.brand
