import { describe, expect, it } from "vitest";
import { getDb } from "@/lib/db";
import type { Actor } from "@/lib/permissions/actor";
import { setupTestDatabase } from "@/lib/testing/test-database";
import { importTermbase } from "./import-termbase";
import { writeTbx } from "./tbx/write-tbx";
import type { ConceptInput } from "./tbx/termbase-exchange.types";

setupTestDatabase();

async function brandActor(): Promise<Actor> {
  const db = await getDb();
  const user = await db.user.upsert({
    where: { email: "import-brand@meridian.test" },
    create: { email: "import-brand@meridian.test", name: "Brand", role: "hq_brand", passwordHash: "x" },
    update: {},
  });
  await db.market.upsert({
    where: { code: "DE" },
    create: { code: "DE", name: "Germany", locales: ["de-DE"], currency: "EUR", timeZone: "Europe/Berlin" },
    update: {},
  });
  return { id: user.id, email: user.email, name: user.name, role: "hq_brand", marketIds: [], uiLocale: "en" };
}

const term = (locale: string, text: string, extra: Partial<ConceptInput["terms"][number]> = {}) => ({
  locale,
  text,
  status: "preferred" as const,
  doNotTranslate: false,
  caseSensitive: false,
  ...extra,
});

async function conceptByExternalId(externalId: string) {
  const db = await getDb();
  return db.concept.findUniqueOrThrow({
    where: { externalId },
    include: { terms: { orderBy: [{ locale: "asc" }, { text: "asc" }] } },
  });
}

async function auditsOf(entityId: string) {
  const db = await getDb();
  return db.auditEvent.findMany({ where: { entityType: "concept", entityId }, select: { action: true, actorId: true, actorEmail: true, before: true, after: true } });
}

describe("importTermbase", () => {
  it("creates concepts, then merges a second file: new terms, changed attributes, versions and one audit record per changed concept", async () => {
    const actor = await brandActor();
    const db = await getDb();
    const first = await importTermbase(actor, {
      format: "tbx",
      content: writeTbx([
        { externalId: "run", subject: "Sport", terms: [term("en-US", "Running shoe"), term("de-DE", "Laufschuh", { marketCode: "de", usageNote: "Im Laden" })] },
        { externalId: "pay", terms: [term("en-US", "Instant payment", { doNotTranslate: true })] },
        { terms: [term("fr-FR", "Virement"), term("fr-FR", "Virement")] },
      ]),
    });
    expect(first).toMatchObject({ concepts: 3, created: 3, updated: 0, skipped: 0, terms: { created: 4, updated: 0 } });
    const run = await conceptByExternalId("run");
    expect(run).toMatchObject({ subject: "Sport", version: 1, createdById: actor.id });
    expect(run.terms.map((t) => [t.locale, t.text, t.searchText, t.marketId !== null, t.usageNote])).toEqual([
      ["de-DE", "Laufschuh", "laufschuh", true, "Im Laden"],
      ["en-US", "Running shoe", "running shoe", false, null],
    ]);
    expect(await auditsOf(run.id)).toEqual([
      { action: "concept.import_create", actorId: actor.id, actorEmail: actor.email, before: null, after: { externalId: "run", terms: 2 } },
    ]);
    const virement = await db.term.findFirstOrThrow({ where: { text: "Virement" }, select: { conceptId: true } });
    expect(await db.term.count({ where: { conceptId: virement.conceptId } })).toBe(1);

    const second = await importTermbase(actor, {
      format: "tbx",
      content: writeTbx([
        // By externalId: a new subject, a changed term, a new term, an unchanged term.
        {
          externalId: "run",
          subject: "Running",
          terms: [term("en-US", "Running shoe", { status: "admitted", partOfSpeech: "noun" }), term("fr-FR", "Chaussure de course"), term("de-DE", "Laufschuh", { marketCode: "DE" })],
        },
        // Unchanged.
        { externalId: "pay", terms: [term("en-US", "Instant payment", { doNotTranslate: true })] },
        // By an identical term (locale compared case-insensitively): gains a term.
        { terms: [term("fr-fr", "Virement"), term("en-US", "Transfer")] },
        // New, then named again later in the same file: merged in memory, one create record.
        { externalId: "new", terms: [term("en-US", "Cashback")] },
        { externalId: "new", definition: "Money back", terms: [term("en-US", "Cashback", { status: "forbidden" }), term("de-DE", "Geld zurück")] },
      ]),
    });
    expect(second).toMatchObject({ concepts: 5, created: 1, updated: 2, skipped: 1, terms: { created: 4, updated: 2 } });

    const run2 = await conceptByExternalId("run");
    expect(run2).toMatchObject({ subject: "Running", version: 2 });
    expect(run2.terms.map((t) => [t.locale, t.text, t.status, t.partOfSpeech, t.usageNote])).toEqual([
      ["de-DE", "Laufschuh", "preferred", null, "Im Laden"],
      ["en-US", "Running shoe", "admitted", "noun", null],
      ["fr-FR", "Chaussure de course", "preferred", null, null],
    ]);
    const runAudits = await auditsOf(run2.id);
    expect(runAudits).toHaveLength(2);
    expect(runAudits.find((a) => a.action === "concept.import_update")).toEqual({
      action: "concept.import_update",
      actorId: actor.id,
      actorEmail: actor.email,
      before: { subject: "Sport" },
      after: {
        subject: "Running",
        addedTerms: [{ locale: "fr-FR", text: "Chaussure de course", status: "preferred", marketId: null }],
        changedTerms: [{ locale: "en-US", text: "Running shoe", before: { status: "preferred", partOfSpeech: null }, after: { status: "admitted", partOfSpeech: "noun" } }],
      },
    });

    const pay = await conceptByExternalId("pay");
    expect(pay.version).toBe(1);
    expect(await auditsOf(pay.id)).toHaveLength(1);

    const vir = await db.concept.findUniqueOrThrow({ where: { id: virement.conceptId }, include: { terms: { orderBy: { text: "asc" } } } });
    expect(vir.version).toBe(2);
    expect(vir.terms.map((t) => t.text)).toEqual(["Transfer", "Virement"]);

    const created = await conceptByExternalId("new");
    // The second entry's definition reaches the row created by the first (its audit record says so).
    expect(created).toMatchObject({ version: 1, definition: "Money back" });
    expect(created.terms.map((t) => [t.text, t.status])).toEqual([
      ["Geld zurück", "preferred"],
      ["Cashback", "forbidden"],
    ]);
    const createdAudits = await auditsOf(created.id);
    expect(createdAudits.map((a) => a.action).sort()).toEqual(["concept.import_create", "concept.import_update"]);
    expect(createdAudits.find((a) => a.action === "concept.import_update")).toMatchObject({
      before: { definition: null },
      after: { definition: "Money back", changedTerms: [{ text: "Cashback", before: { status: "preferred" }, after: { status: "forbidden" } }] },
    });

    const imports = await db.auditEvent.findMany({ where: { action: "termbase.import" }, orderBy: { createdAt: "asc" } });
    expect(imports).toHaveLength(2);
    expect(imports[1]!.meta).toMatchObject({ created: 1, updated: 2, skipped: 1, terms: { created: 4, updated: 2 }, fileName: null });
  });

  it("writes nothing when a term names an unknown market", async () => {
    const db = await getDb();
    const actor = { id: "nobody", email: "brand@x.test", name: "B", role: "hq_brand", marketIds: [], uiLocale: "en" } as Actor;
    const before = await db.term.count();
    for (const [marketCode, market] of [["ZZ", "ZZ"], ["en-ZZ", "ZZ"], ["TWN", "TWN"]]) {
      const error = await importTermbase(actor, { format: "tbx", content: writeTbx([{ terms: [term("en-US", "Zed", { marketCode })] }]) }).catch((e: unknown) => e);
      expect(error).toMatchObject({ code: "IMPORT_INVALID", details: [{ code: "MARKET_MISSING", market }] });
    }
    expect(await db.term.count()).toBe(before);
  });

  it("reads a locale in geographicalUsage as its region's market", async () => {
    const actor = await brandActor();
    await importTermbase(actor, { format: "tbx", content: writeTbx([{ externalId: "geo", terms: [term("de-DE", "Girokonto", { marketCode: "de-DE" })] }]) });
    const geo = await conceptByExternalId("geo");
    const db = await getDb();
    expect(geo.terms[0]!.marketId).toBe((await db.market.findUniqueOrThrow({ where: { code: "DE" } })).id);
  });

  it("answers one MARKET_MISSING per missing market of a full export; an admin may have them created, a brand manager may not", async () => {
    const brand = await brandActor();
    const db = await getDb();
    const admin = await db.user.create({ data: { email: "import-admin@meridian.test", name: "Admin", role: "admin", passwordHash: "x" } });
    const adminActor: Actor = { id: admin.id, email: admin.email, name: admin.name, role: "admin", marketIds: [], uiLocale: "en" };
    const file = writeTbx([
      { externalId: "mm1", terms: [term("nl-NL", "Hardloopschoen", { marketCode: "NL" }), term("nl-BE", "Loopschoen", { marketCode: "nl-BE" })] },
      { externalId: "mm2", terms: [term("nl-NL", "Betaling", { marketCode: "NL" }), term("de-DE", "Zahlung", { marketCode: "DE" })] },
    ]);
    const refused = await importTermbase(brand, { format: "tbx", content: file }).catch((e: unknown) => e);
    expect(refused).toMatchObject({ code: "IMPORT_INVALID" });
    const problems = (refused as { details: Array<{ code: string; market?: string; locales?: string[] }> }).details;
    expect(problems.map((p) => [p.code, p.market, p.locales])).toEqual([
      ["MARKET_MISSING", "NL", ["nl-NL"]],
      ["MARKET_MISSING", "BE", ["nl-BE"]],
    ]);

    await expect(importTermbase(brand, { format: "tbx", content: file, createMissingMarkets: true })).rejects.toMatchObject({ status: 403 });
    expect(await db.market.count({ where: { code: { in: ["NL", "BE"] } } })).toBe(0);

    const report = await importTermbase(adminActor, { format: "tbx", content: file, createMissingMarkets: true });
    expect(report).toMatchObject({ created: 2, marketsCreated: ["NL", "BE"] });
    const nl = await db.market.findUniqueOrThrow({ where: { code: "NL" } });
    expect(nl).toMatchObject({ locales: ["nl-NL"], currency: "XXX", timeZone: "UTC" });
    expect(await db.auditEvent.count({ where: { action: "market.create", entityId: nl.id } })).toBe(1);
    expect((await conceptByExternalId("mm1")).terms.find((t) => t.text === "Hardloopschoen")!.marketId).toBe(nl.id);
  });
});
