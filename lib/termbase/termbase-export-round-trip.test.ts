import fs from "node:fs";
import path from "node:path";
import { describe, expect, it } from "vitest";
import { getDb } from "@/lib/db";
import type { Actor } from "@/lib/permissions/actor";
import { setupTestDatabase } from "@/lib/testing/test-database";
import { parseTermsCsv } from "./csv/parse-terms-csv";
import { exportTermbase } from "./export-termbase";
import { importTermbase } from "./import-termbase";
import { parseTbx } from "./tbx/parse-tbx";
import { canonicalExtra } from "./tbx/tbx-extra";
import type { ConceptInput } from "./tbx/termbase-exchange.types";
import { writeTbx } from "./tbx/write-tbx";
import { generateTermbase } from "./testing/generate-termbase";

setupTestDatabase();

async function brandActor(): Promise<Actor> {
  const db = await getDb();
  const user = await db.user.upsert({
    where: { email: "round-trip@meridian.test" },
    create: { email: "round-trip@meridian.test", name: "Brand", role: "hq_brand", passwordHash: "x" },
    update: {},
  });
  for (const [code, locale] of [["DE", "de-DE"], ["FR", "fr-FR"]]) {
    await db.market.upsert({ where: { code }, create: { code, name: code, locales: [locale], currency: "EUR", timeZone: "Europe/Berlin" }, update: {} });
  }
  return { id: user.id, email: user.email, name: user.name, role: "hq_brand", marketIds: [], uiLocale: "en" };
}

/** Concepts by externalId, terms by locale and text, kept elements canonical: what a workspace holds, whatever the order. */
function holdings(concepts: ConceptInput[]) {
  return concepts
    .map(({ extra, terms, ...rest }) => ({
      ...rest,
      extra: canonicalExtra(extra),
      terms: terms.map(({ extra: e, ...t }) => ({ ...t, extra: canonicalExtra(e) })).sort((a, b) => `${a.locale} ${a.text}`.localeCompare(`${b.locale} ${b.text}`)),
    }))
    .sort((a, b) => (a.externalId ?? "").localeCompare(b.externalId ?? ""));
}

const read = (format: "tbx" | "csv", body: string) => (format === "tbx" ? parseTbx(body) : parseTermsCsv(body)).concepts;

describe.each(["tbx", "csv"] as const)("termbase export → import (%s)", (format) => {
  it("into the same workspace changes nothing; into an empty one reproduces every concept, term and field", async () => {
    const actor = await brandActor();
    const db = await getDb();
    await db.concept.deleteMany({});
    const generated = generateTermbase(format === "tbx" ? 101 : 202, 60, { marketCodes: ["DE", "FR"] });
    const first = await importTermbase(actor, { format: "tbx", content: writeTbx(generated) });
    expect(first).toMatchObject({ created: 60, updated: 0 });

    const exported = (await exportTermbase(actor, format)).body;
    expect(holdings(read(format, exported))).toEqual(holdings(generated));

    const again = await importTermbase(actor, { format, content: exported });
    expect(again).toMatchObject({ concepts: 60, created: 0, updated: 0, skipped: 60, terms: { created: 0, updated: 0 } });

    await db.concept.deleteMany({});
    const fresh = await importTermbase(actor, { format, content: exported });
    expect(fresh).toMatchObject({ created: 60, updated: 0 });
    expect(holdings(read(format, (await exportTermbase(actor, format)).body))).toEqual(holdings(generated));
  });
});

describe("termbase export as TBX v2", () => {
  it("writes martif (TBX-Basic v2) that our importer reads back to the same termbase", async () => {
    const actor = await brandActor();
    const db = await getDb();
    await db.concept.deleteMany({});
    const generated = generateTermbase(303, 30, { marketCodes: ["DE"] });
    await importTermbase(actor, { format: "tbx", content: writeTbx(generated) });
    const file = await exportTermbase(actor, "tbx-v2");
    expect(file.body).toMatch(/<martif type="TBX-Basic" xml:lang="[a-z]+">/);
    expect(file.body).toContain("<martifHeader>");
    expect(file.body).toContain("<termEntry ");
    expect(file.body).toContain("<langSet ");
    expect(file.body).toContain("<tig>");
    expect(file.body).not.toContain("conceptEntry");
    expect(await importTermbase(actor, { format: "tbx", content: file.body })).toMatchObject({ created: 0, updated: 0, skipped: 30 });
    expect(holdings(parseTbx(file.body).concepts)).toEqual(holdings(generated));
  });
});

describe("third-party TBX files export → import", () => {
  it.each(["tbx-basic-astronomy-dca.tbx", "tbx-basic-astronomy-dct.tbx", "tbx-min-good.tbx"])("%s: every element read comes back, and re-importing the export changes nothing", async (name) => {
    const actor = await brandActor();
    const db = await getDb();
    await db.concept.deleteMany({});
    const original = fs.readFileSync(path.resolve(process.cwd(), "../shared/fixtures/tbx", name));
    await importTermbase(actor, { format: "tbx", content: original });
    const exported = (await exportTermbase(actor, "tbx")).body;
    expect(holdings(parseTbx(exported).concepts)).toEqual(holdings(parseTbx(original).concepts));
    expect(await importTermbase(actor, { format: "tbx", content: exported })).toMatchObject({ created: 0, updated: 0, terms: { created: 0, updated: 0 } });
  });
});
