-- title: Time to takedown by registrar
-- description: Days from the order to offline and from detection to offline (averages), per registrar. Needs the review queue.
SELECT coalesce(r.registrar, 'unknown') AS registrar,
       count(*) AS taken_down,
       round(avg(julianday(date(q.offline_at)) - julianday(date(q.ordered_at))), 1) AS avg_days_order_to_offline,
       round(avg(julianday(date(q.offline_at)) - julianday(date(d.first_seen))), 1) AS avg_days_detection_to_offline
FROM domain_status q
JOIN domains d ON d.domain = q.domain
LEFT JOIN registrations r ON r.domain = q.domain
WHERE q.offline_at IS NOT NULL
GROUP BY 1
ORDER BY taken_down DESC, registrar
