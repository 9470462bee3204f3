// Issue 16, "Term lookup must see what was just imported": no cache in the lookup path may hide a
// write, on this instance or another. Another instance is a process whose caches this one cannot
// clear: here, writes made straight through the database (as that process's would arrive), with
// this process's caches primed beforehand; with TEST_DATABASE_URL, a second PostgreSQL client too.
import { describe, expect, it } from "vitest";
import { loadActor } from "@/lib/auth/load-actor";
import { getDb } from "@/lib/db";
import { openPostgres } from "@/lib/database/open-database";
import { setupTestDatabase } from "@/lib/testing/test-database";
import { importTermbase } from "./import-termbase";
import { loadTermIndex } from "./load-term-index";
import { lookupTerms } from "./lookup-terms";

const database = setupTestDatabase({ seeded: true });

async function brand() {
  const db = await getDb();
  const user = await db.user.findUniqueOrThrow({ where: { email: "brand@meridian.test" } });
  return (await loadActor(user.id))!;
}

const tbx = (locale: string, text: string, id: string) =>
  `<?xml version="1.0"?><tbx xmlns="urn:iso:std:iso:30042:ed-2" type="TBX-Core" style="dca" xml:lang="en"><tbxHeader><fileDesc><sourceDesc><p>t</p></sourceDesc></fileDesc></tbxHeader><text><body>` +
  `<conceptEntry id="${id}"><langSec xml:lang="en"><termSec><term>${id} source</term></termSec></langSec><langSec xml:lang="${locale}"><termSec><term>${text}</term></termSec></langSec></conceptEntry></body></text></tbx>`;

const indexHas = async (text: string) => [...(await loadTermIndex()).concepts.values()].some((terms) => terms.some((t) => t.text === text));

describe("term lookup freshness", () => {
  it("one instance: a TBX import with a new locale (es) is found by the very next lookup", async () => {
    const actor = await brand();
    // Prime whatever the lookup caches: the locales it knows before the import have no es.
    expect(await lookupTerms(actor, { q: "zanahoria" })).toEqual([]);
    await importTermbase(actor, { format: "tbx", content: tbx("es", "zanahoria morada", "fresh-es") });
    expect((await lookupTerms(actor, { q: "zanahoria" })).map((h) => [h.term, h.locale])).toEqual([["zanahoria morada", "es"]]);
    expect((await lookupTerms(actor, { q: "zanahoria", locale: "es" })).map((h) => h.term)).toEqual(["zanahoria morada"]);
  });

  it("second instance: a term written by another process (its audit event older than this cache) is in this process's term index at once", async () => {
    const actor = await brand();
    expect(await lookupTerms(actor, { q: "kukurydza" })).toEqual([]);
    expect(await indexHas("kukurydza żółta")).toBe(false); // primes this process's index cache
    const db = await getDb();
    // As another instance's long import would commit: rows and an audit event stamped when its
    // transaction began, before this process built its cache. Nothing in this process is told.
    await db.$transaction(async (tx) => {
      const concept = await tx.concept.create({ data: { subject: "other instance" } });
      await tx.$executeRaw`INSERT INTO "Term" ("id", "conceptId", "locale", "text", "searchText", "status", "updatedAt")
        VALUES ('other-instance-term', ${concept.id}, 'pl', 'kukurydza żółta', 'kukurydza zolta', 'preferred', now())`;
      await tx.$executeRaw`INSERT INTO "AuditEvent" ("id", "action", "entityType", "createdAt")
        VALUES ('other-instance-audit', 'termbase.import', 'termbase', now() - interval '1 hour')`;
    });
    expect(await indexHas("kukurydza żółta")).toBe(true);
    expect((await lookupTerms(actor, { q: "kukurydza" })).map((h) => h.locale)).toEqual(["pl"]);
  });

  it.runIf(!!process.env.TEST_DATABASE_URL)("second instance on PostgreSQL: an import committed through another client after this one cached is seen", async () => {
    const actor = await brand();
    const url = (database.current() as { url?: string }).url;
    expect(url).toBeDefined();
    expect(await indexHas("mrkev oranžová")).toBe(false);
    const other = await openPostgres(url!);
    try {
      const concept = await other.prisma.concept.create({ data: { subject: "other client" } });
      await other.prisma.term.create({ data: { conceptId: concept.id, locale: "cs", text: "mrkev oranžová", searchText: "mrkev oranzova", status: "preferred" } });
      expect(await indexHas("mrkev oranžová")).toBe(true);
      expect((await lookupTerms(actor, { q: "mrkev" })).map((h) => h.locale)).toEqual(["cs"]);
    } finally {
      await other.close();
    }
  });
});
