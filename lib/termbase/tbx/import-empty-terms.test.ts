// Issue 16, "real exports with gaps": a CAT-tool export with empty <term/> elements imports the
// rest, and the import's report lists what was skipped; a structurally broken file imports nothing.
import { describe, expect, it } from "vitest";
import { getDb } from "@/lib/db";
import type { Actor } from "@/lib/permissions/actor";
import { setupTestDatabase } from "@/lib/testing/test-database";
import { importTermbase } from "../import-termbase";

setupTestDatabase();

async function brandActor(): Promise<Actor> {
  const db = await getDb();
  const user = await db.user.create({ data: { email: "empty-terms@meridian.test", name: "Brand", role: "hq_brand", passwordHash: "x" } });
  return { id: user.id, email: user.email, name: user.name, role: "hq_brand", marketIds: [], uiLocale: "en" };
}

const tbx = (body: string) =>
  `<?xml version="1.0"?>\n<tbx xmlns="urn:iso:std:iso:30042:ed-2" type="TBX-Core" style="dca" xml:lang="en"><tbxHeader><fileDesc><sourceDesc><p>t</p></sourceDesc></fileDesc></tbxHeader><text><body>\n${body}\n</body></text></tbx>`;

describe("termbase import of TBX with gaps", () => {
  it("skips empty <term/> elements with a warning in the report and imports the rest", async () => {
    const actor = await brandActor();
    const report = await importTermbase(actor, {
      format: "tbx",
      content: tbx(`<conceptEntry id="gap-1"><langSec xml:lang="en"><termSec><term>Checkout</term></termSec></langSec><langSec xml:lang="de"><termSec><term/></termSec></langSec></conceptEntry>`),
    });
    expect(report.created).toBe(1);
    expect(report.warnings?.map((w) => [w.code, w.line])).toEqual([["TBX_EMPTY_TERM", 3]]);
    const db = await getDb();
    expect((await db.term.findMany({ where: { concept: { externalId: "gap-1" } } })).map((t) => t.text)).toEqual(["Checkout"]);
  });

  it("refuses a structurally broken file whole, naming the misplaced term's line", async () => {
    const actor = await brandActor().catch(async () => {
      const db = await getDb();
      const user = await db.user.findUniqueOrThrow({ where: { email: "empty-terms@meridian.test" } });
      return { id: user.id, email: user.email, name: user.name, role: "hq_brand" as const, marketIds: [], uiLocale: "en" as const };
    });
    const broken = tbx(`<conceptEntry id="broken-1"><langSec xml:lang="en"><termSec><term>Kept</term></termSec>\n<term>Misplaced</term></langSec></conceptEntry>`);
    await expect(importTermbase(actor, { format: "tbx", content: broken })).rejects.toMatchObject({
      code: "IMPORT_INVALID",
      details: [expect.objectContaining({ code: "TBX_STRUCTURE", rule: "tbx:term.placement", line: 4 })],
    });
    const db = await getDb();
    expect(await db.concept.count({ where: { externalId: "broken-1" } })).toBe(0);
  });
});
