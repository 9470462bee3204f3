// The checker's termbase index, built from every term (with market codes) and cached in this
// process. Each call runs one cheap freshness query against the database, so a change made
// through any app instance is seen by every other instance at its next check; the cache is
// only an optimisation, safe to lose.
//
// Freshness: a trigger raises "TermbaseVersion".version in every transaction that writes terms,
// concepts or markets (migration 20261208005551_termbase_version), committed with the write itself.
// (The newest termbase audit event served before; a timestamp taken when a transaction starts
// is not in commit order, so a long import committing after a later edit left the cache stale.)
// As a safety net the index is also rebuilt after MAX_AGE_MS.
import { buildTermIndex, type IndexTerm, type TermIndex } from "@/lib/core/checker/term-index";
import { getDb, type Db } from "@/lib/db";

type Cached = { key: string; index: TermIndex; builtAt: number };
type Global = { __meridianTermIndex?: { cached?: Cached; building?: Promise<Cached> } };
const store = ((globalThis as unknown as Global).__meridianTermIndex ??= {});

const MAX_AGE_MS = 10 * 60_000;

async function freshnessKey(db: Db): Promise<string> {
  const [row] = await db.$queryRaw<Array<{ version: bigint | number | string | null }>>`SELECT (SELECT "version" FROM "TermbaseVersion" WHERE "id" = 1) AS version`;
  return String(row?.version ?? "");
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
  return { key, index: buildTermIndex(input), builtAt: Date.now() };
}

/** The current term index (rebuilt when the termbase changed since the cached build). */
export async function loadTermIndex(): Promise<TermIndex> {
  const db = await getDb();
  const key = await freshnessKey(db);
  if (store.cached?.key === key && Date.now() - store.cached.builtAt < MAX_AGE_MS) return store.cached.index;
  // Concurrent callers share one rebuild.
  const building = store.building ? store.building.then((b) => (b.key === key ? b : build(db, key))) : build(db, key);
  store.building = building;
  try {
    const result = await building;
    store.cached = result;
    return result.index;
  } finally {
    if (store.building === building) store.building = undefined;
  }
}

/**
 * The same index read through a caller's open transaction (the shared client would wait for it
 * on PGlite): the cached build when the freshness key seen by `tx` matches it, else a build
 * through `tx` that is not cached (it may include the transaction's own uncommitted changes).
 */
export async function loadTermIndexIn(tx: Db): Promise<TermIndex> {
  const key = await freshnessKey(tx);
  if (store.cached?.key === key && Date.now() - store.cached.builtAt < MAX_AGE_MS) return store.cached.index;
  return (await build(tx, key)).index;
}

/** Drops the cached index (tests; a new database). */
export function resetTermIndexCache(): void {
  store.cached = undefined;
  store.building = undefined;
}
