// The whole termbase the actor may see, as TBX-Basic or CSV: global terms plus the
// market-specific terms of markets the actor sees. Concept ids travel as externalId so a
// re-import of the file matches the same concepts.
import { getDb } from "@/lib/db";
import type { Actor } from "@/lib/permissions/actor";
import { termWhereForActor } from "@/lib/permissions/termbase";
import { writeTermsCsv } from "./csv/write-terms-csv";
import type { ConceptInput } from "./tbx/termbase-exchange.types";
import { writeTbx } from "./tbx/write-tbx";
import type { TermbaseFormat } from "./termbase.schemas";

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
  return concepts.map((c) => ({
    externalId: c.externalId ?? c.id,
    subject: opt(c.subject),
    definition: opt(c.definition),
    note: opt(c.note),
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
    })),
  }));
}

export async function exportTermbase(actor: Actor, format: TermbaseFormat) {
  const concepts = await exportTermbaseConcepts(actor);
  const date = new Date().toISOString().slice(0, 10);
  if (format === "csv") {
    return { body: writeTermsCsv(concepts), contentType: "text/csv; charset=utf-8", fileName: `meridian-termbase-${date}.csv` };
  }
  return { body: writeTbx(concepts), contentType: "application/x-tbx+xml; charset=utf-8", fileName: `meridian-termbase-${date}.tbx` };
}
