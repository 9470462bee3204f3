// Set-based writes of a termbase import: a few statements per 5,000 rows, whatever the file's
// size. Rows travel as one JSON parameter per statement, read with json_to_recordset (one parse
// per row). Keys are one letter and null or false values are left out (a missing key reads as
// NULL): the parameter is copied through the driver (and was through Prisma's query compiler), so
// its size is a large share of the cost — full column names made it 2.5 times larger. Timestamps
// are one UTC instant per import, written the way Prisma writes them.
import { newId } from "@/lib/database/new-id";
import type { RawSql } from "@/lib/db";
import { Prisma } from "@/lib/generated/prisma/client";
import type { ExistingTerm } from "./find-import-matches";

const CHUNK = 5000;

/** A term row as the import writes it: the matched-term shape plus its folded search text. */
export type ImportTermRow = ExistingTerm & { searchText: string };

export type ImportConceptRow = { id: string; externalId: string | null; subject: string | null; definition: string | null; note: string | null; extra: unknown };

export type ImportAuditRow = { conceptId: string; before: Record<string, unknown>; after: Record<string, unknown> };

function chunks<T>(items: readonly T[]): T[][] {
  const out: T[][] = [];
  for (let i = 0; i < items.length; i += CHUNK) out.push(items.slice(i, i + CHUNK));
  return out;
}

/** The row without its null and false values (read back as NULL; booleans are COALESCEd). */
function compact(row: Record<string, unknown>): Record<string, unknown> {
  const out: Record<string, unknown> = {};
  for (const key in row) {
    const value = row[key];
    if (value !== null && value !== false && value !== undefined) out[key] = value;
  }
  return out;
}

export type ImportWriter = { actor: { id: string; email: string }; at: string };

/** New concepts and their "concept.import_create" audit events, in one statement per chunk. */
export async function insertImportedConcepts(tx: RawSql, w: ImportWriter, rows: ReadonlyArray<{ concept: ImportConceptRow; terms: number }>) {
  for (const part of chunks(rows)) {
    const json = JSON.stringify(
      part.map(({ concept: c, terms }) => compact({ i: c.id, a: newId(), n: terms, e: c.externalId, s: c.subject, d: c.definition, o: c.note, x: c.extra })),
    );
    await tx.$executeRaw(Prisma.sql`
      WITH r AS (
        SELECT * FROM json_to_recordset(${json}::json) AS r("i" text, "a" text, "n" int, "e" text, "s" text, "d" text, "o" text, "x" jsonb)
      ), concepts AS (
        INSERT INTO "Concept" ("id", "externalId", "subject", "definition", "note", "extra", "createdById", "createdAt", "updatedAt")
        SELECT r."i", r."e", r."s", r."d", r."o", r."x", ${w.actor.id}, ${w.at}::timestamp(3), ${w.at}::timestamp(3) FROM r
      )
      INSERT INTO "AuditEvent" ("id", "createdAt", "actorId", "actorEmail", "action", "entityType", "entityId", "after")
      SELECT r."a", ${w.at}::timestamp(3), ${w.actor.id}, ${w.actor.email}, 'concept.import_create', 'concept', r."i",
             jsonb_build_object('externalId', r."e", 'terms', r."n")
      FROM r`);
  }
}

export async function insertImportedTerms(tx: RawSql, w: ImportWriter, rows: readonly ImportTermRow[]) {
  for (const part of chunks(rows)) {
    const json = JSON.stringify(
      part.map((t) =>
        compact({ i: t.id, c: t.conceptId, l: t.locale, t: t.text, s: t.searchText, st: t.status, d: t.doNotTranslate, cs: t.caseSensitive, p: t.partOfSpeech, u: t.usageNote, b: t.backTranslation, m: t.marketId, x: t.extra }),
      ),
    );
    await tx.$executeRaw(Prisma.sql`
      INSERT INTO "Term" ("id", "conceptId", "locale", "text", "searchText", "status", "doNotTranslate", "caseSensitive",
                          "partOfSpeech", "usageNote", "backTranslation", "marketId", "extra", "createdAt", "updatedAt")
      SELECT r."i", r."c", r."l", r."t", r."s", r."st"::"TermStatus", COALESCE(r."d", false), COALESCE(r."cs", false),
             r."p", r."u", r."b", r."m", r."x", ${w.at}::timestamp(3), ${w.at}::timestamp(3)
      FROM json_to_recordset(${json}::json) AS r("i" text, "c" text, "l" text, "t" text, "s" text, "st" text, "d" boolean, "cs" boolean,
           "p" text, "u" text, "b" text, "m" text, "x" jsonb)`);
  }
}

/**
 * Matched concepts that changed: version + 1 and updatedAt for each, and the fields named in
 * `set` (subject, definition, note, extra) take the given values; other fields keep theirs.
 */
export async function updateImportedConcepts(tx: RawSql, w: ImportWriter, rows: ReadonlyArray<{ id: string; set: Record<string, unknown> }>) {
  for (const part of chunks(rows)) {
    const json = JSON.stringify(part.map((r) => [r.id, r.set]));
    await tx.$executeRaw(Prisma.sql`
      UPDATE "Concept" AS c SET
        "version" = c."version" + 1,
        "updatedAt" = ${w.at}::timestamp(3),
        "subject" = CASE WHEN r.d ? 'subject' THEN r.d->>'subject' ELSE c."subject" END,
        "definition" = CASE WHEN r.d ? 'definition' THEN r.d->>'definition' ELSE c."definition" END,
        "note" = CASE WHEN r.d ? 'note' THEN r.d->>'note' ELSE c."note" END,
        "extra" = CASE WHEN r.d ? 'extra' THEN r.d->'extra' ELSE c."extra" END
      FROM (SELECT x->>0 AS "id", x->1 AS d FROM jsonb_array_elements(${json}::jsonb) AS x) AS r
      WHERE c."id" = r."id"`);
  }
}

/** Existing terms whose attributes changed: only the named attributes are written. */
export async function updateImportedTerms(tx: RawSql, w: ImportWriter, rows: ReadonlyArray<{ id: string; set: Record<string, unknown> }>) {
  for (const part of chunks(rows)) {
    const json = JSON.stringify(part.map((r) => [r.id, r.set]));
    await tx.$executeRaw(Prisma.sql`
      UPDATE "Term" AS t SET
        "status" = CASE WHEN r.d ? 'status' THEN (r.d->>'status')::"TermStatus" ELSE t."status" END,
        "doNotTranslate" = CASE WHEN r.d ? 'doNotTranslate' THEN (r.d->>'doNotTranslate')::boolean ELSE t."doNotTranslate" END,
        "caseSensitive" = CASE WHEN r.d ? 'caseSensitive' THEN (r.d->>'caseSensitive')::boolean ELSE t."caseSensitive" END,
        "partOfSpeech" = CASE WHEN r.d ? 'partOfSpeech' THEN r.d->>'partOfSpeech' ELSE t."partOfSpeech" END,
        "usageNote" = CASE WHEN r.d ? 'usageNote' THEN r.d->>'usageNote' ELSE t."usageNote" END,
        "backTranslation" = CASE WHEN r.d ? 'backTranslation' THEN r.d->>'backTranslation' ELSE t."backTranslation" END,
        "extra" = CASE WHEN r.d ? 'extra' THEN r.d->'extra' ELSE t."extra" END,
        "updatedAt" = ${w.at}::timestamp(3)
      FROM (SELECT x->>0 AS "id", x->1 AS d FROM jsonb_array_elements(${json}::jsonb) AS x) AS r
      WHERE t."id" = r."id"`);
  }
}

/** One "concept.import_update" audit event per changed concept, with what changed. */
export async function insertImportUpdateAudits(tx: RawSql, w: ImportWriter, rows: readonly ImportAuditRow[]) {
  for (const part of chunks(rows)) {
    const json = JSON.stringify(part.map((r) => ({ i: newId(), c: r.conceptId, b: r.before, a: r.after })));
    await tx.$executeRaw(Prisma.sql`
      INSERT INTO "AuditEvent" ("id", "createdAt", "actorId", "actorEmail", "action", "entityType", "entityId", "before", "after")
      SELECT r."i", ${w.at}::timestamp(3), ${w.actor.id}, ${w.actor.email}, 'concept.import_update', 'concept', r."c", r."b", r."a"
      FROM json_to_recordset(${json}::json) AS r("i" text, "c" text, "b" jsonb, "a" jsonb)`);
  }
}
