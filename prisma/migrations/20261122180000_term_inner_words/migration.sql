-- Index for the lookup's "a word inside the term starts with …" hits (lib/termbase/lookup-terms.ts).
-- Each word after the first of a term's folded text becomes one lexeme tagged with the term's
-- locale ("de-DE|wort"), so a locale-filtered lookup is one prefix range scan of a GIN index over
-- exactly the matching words of that locale, instead of filtering tens of thousands of
-- all-locale trigram candidates by locale.
--
-- Prisma's schema language cannot describe an expression index: schema.prisma mentions it on the
-- Term model and tests/migrations.test.ts lists it as the one index Prisma does not create.
--
-- A lexeme holds at most 2047 bytes (array_to_tsvector does not check: a longer one corrupts the
-- value), so in a text of more than 2000 bytes every word is cut to 100 characters; the lookup
-- cuts the query word the same way (INNER_WORD_MAX_CHARS) and rechecks every hit with LIKE.
-- PL/pgSQL, not an inlinable SQL function, so the planner costs it as a function call per row
-- (a sequential scan evaluating it for every term stays far dearer than the index).
-- PARALLEL RESTRICTED keeps lookups off parallel plans: PostgreSQL otherwise planned a parallel
-- bitmap scan whose worker start-up alone took longer (10-20 ms) than the whole lookup.
CREATE FUNCTION "term_inner_words"(locale text, search_text text) RETURNS tsvector
  LANGUAGE plpgsql IMMUTABLE STRICT PARALLEL RESTRICTED
AS $$
DECLARE
  t text := search_text;
BEGIN
  IF strpos(t, ' ') = 0 THEN
    RETURN ''::tsvector;
  END IF;
  IF octet_length(t) > 2000 THEN
    t := regexp_replace(t, '([^ ]{100})[^ ]*', '\1', 'g');
  END IF;
  RETURN array_to_tsvector(string_to_array(locale || '|' || replace(substr(t, strpos(t, ' ') + 1), ' ', ' ' || locale || '|'), ' '));
END
$$;

-- fastupdate off: entries go straight into the index. With the default pending list, an embedded
-- database (no autovacuum) would scan up to 4 MB of unsorted pending entries on every lookup.
CREATE INDEX "Term_inner_words_idx" ON "Term" USING GIN ("term_inner_words"("locale", "searchText")) WITH (fastupdate = off);
