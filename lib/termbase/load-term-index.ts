// The checker's termbase index, built from every term (with market codes) and cached in this
// process. Each call runs one cheap freshness query against the database (term count, latest
// term change, latest market change), so a change made through any app instance is seen by
// every other instance at its next check; the cache is only an optimisation, safe to lose.
import { buildTermIndex, type IndexTerm, type TermIndex } from "@/lib/checker/term-index";
import { getDb, type Db } from "@/lib/db";

type Cached = { key: string; index: TermIndex };
type Global = { __meridianTermIndex?: { cached?: Cached; building?: Promise<Cached> } };
const store = ((globalThis as unknown as Global).__meridianTermIndex ??= {});

async function freshnessKey(db: Db): Promise<string> {
  const [row] = await db.$queryRaw<Array<{ n: number; t: Date | null; m: Date | null }>>`
    SELECT (SELECT count(*)::int FROM "Term") AS n,
           (SELECT max("updatedAt") FROM "Term") AS t,
           (SELECT max("updatedAt") FROM "Market") AS m`;
  return `${row?.n ?? 0}|${row?.t ? new Date(row.t).toISOString() : ""}|${row?.m ? new Date(row.m).toISOString() : ""}`;
}

async function build(db: Db, key: string): Promise<Cached> {
  const [terms, markets] = await Promise.all([
    db.term.findMany({
      select: { id: true, conceptId: true, locale: true, text: true, status: true, doNotTranslate: true, caseSensitive: true, marketId: true },
    }),
    db.market.findMany({ select: { id: true, code: true } }),
  ]);
  const codeOf = new Map(markets.map((m) => [m.id, m.code]));
  const input: IndexTerm[] = terms.map((t) => ({
    termId: t.id,
    conceptId: t.conceptId,
    locale: t.locale,
    text: t.text,
    status: t.status,
    doNotTranslate: t.doNotTranslate,
    caseSensitive: t.caseSensitive,
    marketCode: t.marketId ? (codeOf.get(t.marketId) ?? null) : null,
  }));
  return { key, index: buildTermIndex(input) };
}

/** The current term index (rebuilt when the termbase changed since the cached build). */
export async function loadTermIndex(): Promise<TermIndex> {
  const db = await getDb();
  const key = await freshnessKey(db);
  if (store.cached?.key === key) return store.cached.index;
  // Concurrent callers share one rebuild.
  const building = store.building?.then((b) => (b.key === key ? b : build(db, key))) ?? build(db, key);
  store.building = building;
  try {
    const result = await building;
    store.cached = result;
    return result.index;
  } finally {
    if (store.building === building) store.building = undefined;
  }
}

/** Drops the cached index (tests; a new database). */
export function resetTermIndexCache(): void {
  store.cached = undefined;
  store.building = undefined;
}
