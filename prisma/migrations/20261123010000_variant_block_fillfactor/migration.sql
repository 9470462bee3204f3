-- Variant blocks are the most updated rows: every editor autosave, API save and XLIFF import
-- rewrites them, and a block's text usually grows from "" to the translation. Half of each new
-- page stays free, so the new row version fits on its page: PostgreSQL then skips the three index
-- entries a moved row needs (a heap-only update). A 10,000-block XLIFF import's UPDATE measured
-- 480-760 ms on PGlite with it and 710-990 ms without (bench/xliff.ts, alternated runs). Only
-- pages written from now on are affected; Prisma's schema cannot express storage parameters.
ALTER TABLE "VariantBlock" SET (fillfactor = 50);
