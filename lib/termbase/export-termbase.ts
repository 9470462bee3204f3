// The whole termbase the actor may see, as TBX-Basic or CSV: global terms plus the
// market-specific terms of markets the actor sees. Concept ids travel as externalId so a
// re-import of the file matches the same concepts.
import { getDb } from "@/lib/db";
import type { Actor } from "@/lib/permissions/actor";
import { termWhereForActor } from "@/lib/permissions/termbase";
import { writeTermsCsv } from "./csv/write-terms-csv";
import type { ConceptInput } from "./tbx/termbase-exchange.types";
import { writeTbx } from "./tbx/write-tbx";
import type { TbxExtra } from "./tbx/tbx-extra";
import type { TermbaseExportFormat } from "./termbase.schemas";

export async function exportTermbaseConcepts(actor: Actor): Promise<ConceptInput[]> {
  const db = await getDb();
  const [concepts, markets] = await Promise.all([
    db.concept.findMany({
      where: { terms: { some: termWhereForActor(actor) } },
      orderBy: [{ createdAt: "asc" }, { id: "asc" }],
      include: { terms: { where: termWhereForActor(actor), orderBy: [{ locale: "asc" }, { createdAt: "asc" }] } },
    }),
    db.market.findMany({ select: { id: true, code: true } }),
  ]);
  const codeOf = new Map(markets.map((m) => [m.id, m.code]));
  const opt = (v: string | null) => v ?? undefined;
  // Json columns written only by the import, always as a TbxExtra array.
  const extraOf = (v: unknown) => (Array.isArray(v) && v.length ? (v as TbxExtra) : undefined);
  return concepts.map((c) => ({
    externalId: c.externalId ?? c.id,
    subject: opt(c.subject),
    definition: opt(c.definition),
    note: opt(c.note),
    extra: extraOf(c.extra),
    terms: c.terms.map((t) => ({
      locale: t.locale,
      text: t.text,
      status: t.status,
      doNotTranslate: t.doNotTranslate,
      caseSensitive: t.caseSensitive,
      partOfSpeech: opt(t.partOfSpeech),
      usageNote: opt(t.usageNote),
      backTranslation: opt(t.backTranslation),
      marketCode: t.marketId ? codeOf.get(t.marketId) : undefined,
      extra: extraOf(t.extra),
    })),
  }));
}

export async function exportTermbase(actor: Actor, format: TermbaseExportFormat) {
  const concepts = await exportTermbaseConcepts(actor);
  const date = new Date().toISOString().slice(0, 10);
  if (format === "csv") {
    return { body: writeTermsCsv(concepts), contentType: "text/csv; charset=utf-8", fileName: `meridian-termbase-${date}.csv` };
  }
  const version = format === "tbx-v2" ? "v2" : "2019";
  const fileName = format === "tbx-v2" ? `meridian-termbase-${date}-tbx-v2.tbx` : `meridian-termbase-${date}.tbx`;
  return { body: writeTbx(concepts, { version }), contentType: "application/x-tbx+xml; charset=utf-8", fileName };
}
