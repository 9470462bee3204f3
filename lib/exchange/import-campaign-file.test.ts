// Campaign source from files: every valid XLIFF fixture with units imports; JSON definitions and
// key → text maps import; bad files are refused with problems and nothing written.
import fs from "node:fs";
import path from "node:path";
import { beforeAll, describe, expect, it } from "vitest";
import { touchpointProblems } from "@/lib/campaigns/campaign-definition";
import { validateMessage } from "@/lib/core/text/icu-placeholders";
import { getDb } from "@/lib/db";
import type { Actor } from "@/lib/permissions/actor";
import { setupTestDatabase } from "@/lib/testing/test-database";
import { inlinesToIcuSource } from "./campaign-file/to-icu-source";
import { fileToCampaignDefinition, importCampaignFile } from "./import-campaign-file";
import { createExchangeActor } from "./testing/factory";
import { icuToInline } from "./xliff/icu-to-inline";
import { parseXliff } from "./xliff/parse-xliff";

setupTestDatabase({ seeded: true });

const DIR = path.resolve(process.cwd(), "../shared/fixtures/xliff");
const FILES = fs.readdirSync(DIR, { recursive: true }).map(String).filter((f) => /\.(xliff|xlf)$/.test(f));

let hq: Actor;
beforeAll(async () => {
  hq = await createExchangeActor(await getDb(), "hq_campaign");
});

describe("campaign import from files", () => {
  it("converts every valid XLIFF fixture with units into a valid definition (one block per unit); imports a sample", async () => {
    const db = await getDb();
    let converted = 0;
    const sample: Array<{ name: string; bytes: Buffer; units: number }> = [];
    for (const name of FILES) {
      const bytes = fs.readFileSync(path.join(DIR, name));
      const parsed = parseXliff(bytes);
      if (!parsed.ok) continue;
      const units = parsed.doc.files.reduce((n, f) => n + f.units.length, 0);
      if (units === 0) continue;
      const result = (() => {
        try {
          return fileToCampaignDefinition(bytes);
        } catch (e) {
          throw new Error(`${name}: ${JSON.stringify((e as { details?: unknown }).details ?? e)}`);
        }
      })();
      expect(result.blocks, name).toBe(units);
      expect(touchpointProblems(result.definition.touchpoints), name).toEqual([]);
      converted++;
      if (converted % 12 === 1) sample.push({ name, bytes, units });
    }
    expect(converted).toBeGreaterThan(40);
    // The write step is the same for every definition: a sample goes all the way to the database.
    for (const { name, bytes, units } of sample) {
      const result = await importCampaignFile(hq, { file: bytes });
      const blocks = await db.block.findMany({ where: { touchpoint: { campaignId: result.id } }, select: { sourceText: true } });
      expect(blocks, name).toHaveLength(units);
      for (const b of blocks) expect(validateMessage(b.sourceText).ok, `${name}: ${b.sourceText}`).toBe(true);
    }
  });

  it("maps groups to touchpoints, resname to keys, notes, limits and translate=no", async () => {
    const xliff = `<?xml version="1.0"?>
<xliff xmlns="urn:oasis:names:tc:xliff:document:2.0" xmlns:slr="urn:oasis:names:tc:xliff:sizerestriction:2.0" version="2.0" srcLang="en-US">
  <file id="f1" original="spring-cms">
    <group id="hero">
      <unit id="u1" name="hero.title" slr:sizeRestriction="30"><notes><note>Above the fold</note></notes>
        <segment><source>Hello <ph id="1" equiv="{firstName}" disp="{firstName}"/>, {curly} 'quoted' &lt;b&gt;</source></segment></unit>
      <unit id="u2" translate="no"><segment><source>ACME®</source></segment></unit>
    </group>
    <unit id="u3" name="hero.title"><segment><source>Footer</source></segment></unit>
  </file>
</xliff>`;
    const result = await importCampaignFile(hq, { file: xliff, options: { name: "CMS spring", markets: ["DE"], channel: "email" } });
    expect(result).toMatchObject({ format: "xliff", touchpoints: 2, blocks: 3, status: "draft" });
    const db = await getDb();
    const campaign = await db.campaign.findUniqueOrThrow({
      where: { id: result.id },
      include: { markets: { include: { market: true } }, touchpoints: { orderBy: { position: "asc" }, include: { blocks: { orderBy: { position: "asc" } } } } },
    });
    expect(campaign.name).toBe("CMS spring");
    expect(campaign.sourceLocale).toBe("en-US");
    expect(campaign.markets.map((m) => m.market.code)).toEqual(["DE"]);
    expect(campaign.touchpoints.map((t) => t.name)).toEqual(["spring-cms / hero", "spring-cms"]);
    const [title, brand] = campaign.touchpoints[0]!.blocks;
    expect(title).toMatchObject({ key: "hero.title", maxLength: 30, notes: "Above the fold", policy: "translate" });
    // The unclosed <b> makes the raw text invalid ICU, so text is escaped; the placeholder stays.
    expect(title!.sourceText).toBe("Hello {firstName}, '{'curly'}' ''quoted'' '<'b'>'");
    expect(validateMessage(title!.sourceText).ok).toBe(true);
    expect(brand).toMatchObject({ key: "u2", policy: "locked", sourceText: "ACME®" });
  });

  it("keeps placeholders of valid ICU and escapes text that is not", () => {
    expect(inlinesToIcuSource(icuToInline("Hi {name}, you have {n, plural, one {# item} other {# items}}"))).toBe(
      "Hi {name}, you have {n, plural, one {# item} other {# items}}",
    );
    expect(inlinesToIcuSource(["Hi {{name}} it's <b>"])).toBe("Hi '{{'name'}}' it''s '<'b'>'");
  });

  it("imports a JSON definition and a nested key → text map", async () => {
    const def = { name: "From JSON", markets: ["FR"], touchpoints: [{ channel: "email", name: "Mail", blocks: [{ key: "subject", type: "headline", source: "Hi {name}" }] }] };
    const a = await importCampaignFile(hq, { file: JSON.stringify(def) });
    expect(a).toMatchObject({ format: "json-definition", blocks: 1 });
    const map = { title: "Welcome", footer: { legal: "Terms apply", links: { privacy: "Privacy" } }, count: 3 };
    const b = await importCampaignFile(hq, { file: JSON.stringify(map), options: { name: "Map" } });
    expect(b).toMatchObject({ format: "json-map", touchpoints: 2, blocks: 4 });
    const db = await getDb();
    const keys = await db.block.findMany({ where: { touchpoint: { campaignId: b.id } }, select: { key: true }, orderBy: { key: "asc" } });
    expect(keys.map((k) => k.key)).toEqual(["count", "legal", "links.privacy", "title"]);
  });

  it("reads message objects (Chrome messages.json, FormatJS) with their descriptions as notes, and skips ARB metadata", async () => {
    const db = await getDb();
    const blocksOf = async (file: unknown) => {
      const { id } = await importCampaignFile(hq, { file: JSON.stringify(file), options: { name: "Messages" } });
      const rows = await db.block.findMany({ where: { touchpoint: { campaignId: id } }, select: { key: true, sourceText: true, notes: true }, orderBy: { key: "asc" } });
      return rows.map((b) => [b.key, b.sourceText, b.notes]);
    };
    const chrome = { greeting: { message: "Hello $USER$", description: "Shown on the welcome page", placeholders: { user: { content: "$1" } } }, bye: { message: "Bye" } };
    expect(await blocksOf(chrome)).toEqual([
      ["bye", "Bye", ""],
      ["greeting", "Hello $USER$", "Shown on the welcome page"],
    ]);
    const formatjsAndArb = { "@@locale": "en", title: "Welcome", "@title": { description: "Page title" }, cta: { defaultMessage: "Buy {count, plural, one {# item} other {# items}}", description: "Checkout button" } };
    expect(await blocksOf(formatjsAndArb)).toEqual([
      ["cta", "Buy {count, plural, one {# item} other {# items}}", "Checkout button"],
      ["title", "Welcome", ""],
    ]);
    // Outside a messages.json, "message" and "description" are both copy (a notification's texts).
    expect(await blocksOf({ notifications: { saved: { message: "Saved", description: "Your changes have been saved." } } })).toEqual([
      ["saved.description", "Your changes have been saved.", ""],
      ["saved.message", "Saved", ""],
    ]);
  });

  it("refuses bad files with problems and writes nothing; only HQ campaign managers import", async () => {
    const db = await getDb();
    const before = await db.campaign.count();
    await expect(importCampaignFile(hq, { file: "<xliff" })).rejects.toMatchObject({ code: "CAMPAIGN_IMPORT_REFUSED" });
    await expect(importCampaignFile(hq, { file: "{ not json" })).rejects.toMatchObject({ code: "CAMPAIGN_IMPORT_REFUSED" });
    await expect(importCampaignFile(hq, { file: JSON.stringify({ list: [1, 2] }) })).rejects.toMatchObject({
      details: { problems: [{ code: "JSON_UNSUPPORTED_VALUE", path: "list" }] },
    });
    await expect(importCampaignFile(hq, { file: "{}" })).rejects.toMatchObject({ details: { problems: [{ code: "IMPORT_EMPTY" }] } });
    const problem = (file: string | Uint8Array) => importCampaignFile(hq, { file }).catch((e: { details: { problems: Array<{ code: string }> } }) => e.details.problems[0]!.code);
    expect(await problem(`[{"key":"a","value":"b"}]`)).toBe("JSON_NOT_OBJECT");
    expect(await problem(JSON.stringify({ a: "nul\u0000here" }))).toBe("JSON_NUL_CHARACTER");
    expect(await problem(`${'{"a":'.repeat(5000)}"x"${"}".repeat(5000)}`)).toBe("JSON_TOO_DEEP");
    expect(await problem(Buffer.from([...Buffer.from('{"a":"Cr'), 0xe8, ...Buffer.from('me"}')]))).toBe("JSON_INVALID");
    await expect(importCampaignFile(hq, { file: JSON.stringify({ a: "x" }), options: { markets: ["XX"] } })).rejects.toMatchObject({
      details: { problems: [{ code: "MARKET_UNKNOWN" }] },
    });
    const entity = `<?xml version="1.0"?><!DOCTYPE x [<!ENTITY e SYSTEM "file:///etc/passwd">]><xliff version="1.2"><file original="a" source-language="en"><body><trans-unit id="1"><source>&e;</source></trans-unit></body></file></xliff>`;
    await expect(importCampaignFile(hq, { file: entity })).rejects.toMatchObject({ code: "CAMPAIGN_IMPORT_REFUSED" });
    expect(await db.campaign.count()).toBe(before);
    for (const role of ["admin", "hq_brand", "regional_marketer", "viewer"] as const) {
      const actor = await createExchangeActor(db, role, role === "regional_marketer" ? ["DE"] : []);
      await expect(importCampaignFile(actor, { file: "{}" })).rejects.toMatchObject({ code: "FORBIDDEN" });
    }
  });
});
