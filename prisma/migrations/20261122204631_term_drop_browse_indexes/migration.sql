-- The trigram index over Term.searchText and the b-tree over Term.status served only the termbase
-- list's text and status filters. That list counts the matching concepts, a scan over the terms
-- it makes with or without these indexes: with 100,000 terms on PGlite its text search measured
-- 235-347 ms with the trigram index and 213-282 ms without (only a search with no hits was
-- faster with it). Every term write paid for both, the trigram index alone some 20 entries per
-- term: dropping them cuts a 60,000-term import's insert time by about a quarter.
-- DropIndex
DROP INDEX "Term_searchText_trgm_idx";

-- DropIndex
DROP INDEX "Term_status_idx";
