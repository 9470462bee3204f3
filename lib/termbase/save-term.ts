// Adding, changing and removing one term of a concept. Each names the concept version it was
// based on and is recorded in the concept's history with before/after.
import { recordAudit } from "@/lib/audit/record-audit";
import { getDb, type Db } from "@/lib/db";
import { AppError, notFound } from "@/lib/errors";
import type { Actor } from "@/lib/permissions/actor";
import { requireAllowed } from "@/lib/permissions/require";
import { canEditTermbase } from "@/lib/permissions/termbase";
import { checkTermMarkets } from "./check-term-market";
import { bumpConceptVersion } from "./concept-version";
import { toSearchText } from "./search-text";
import { termSelect, termSnapshot } from "./term-snapshot";
import { addTermSchema, deleteTermSchema, updateTermSchema, type TermFields } from "./termbase.schemas";

async function refuseDuplicate(tx: Db, conceptId: string, t: TermFields, exceptId?: string) {
  const twin = await tx.term.findFirst({
    where: { conceptId, locale: t.locale, text: t.text, marketId: t.marketId, ...(exceptId ? { id: { not: exceptId } } : {}) },
    select: { id: true },
  });
  if (twin) throw new AppError("TERM_DUPLICATE", { status: 409 });
}

export async function addTerm(actor: Actor, input: unknown) {
  requireAllowed(canEditTermbase(actor));
  const { conceptId, version, ...fields } = addTermSchema.parse(input);
  const db = await getDb();
  return db.$transaction(async (tx: Db) => {
    await bumpConceptVersion(tx, conceptId, version);
    await checkTermMarkets(tx, [fields.marketId]);
    await refuseDuplicate(tx, conceptId, fields);
    const term = await tx.term.create({
      data: { ...fields, conceptId, searchText: toSearchText(fields.text) },
      select: termSelect,
    });
    await recordAudit(
      { actor, action: "term.create", entityType: "concept", entityId: conceptId, marketId: term.marketId, after: termSnapshot(term) },
      tx,
    );
    return term;
  });
}

export async function updateTerm(actor: Actor, input: unknown) {
  requireAllowed(canEditTermbase(actor));
  const { id, version, ...fields } = updateTermSchema.parse(input);
  const db = await getDb();
  return db.$transaction(async (tx: Db) => {
    const before = await tx.term.findUnique({ where: { id }, select: termSelect });
    if (!before) throw notFound();
    await bumpConceptVersion(tx, before.conceptId, version);
    await checkTermMarkets(tx, [fields.marketId]);
    await refuseDuplicate(tx, before.conceptId, fields, id);
    const after = await tx.term.update({
      where: { id },
      data: { ...fields, searchText: toSearchText(fields.text) },
      select: termSelect,
    });
    await recordAudit(
      {
        actor,
        action: "term.update",
        entityType: "concept",
        entityId: before.conceptId,
        marketId: after.marketId ?? before.marketId,
        before: termSnapshot(before),
        after: termSnapshot(after),
      },
      tx,
    );
    return after;
  });
}

export async function deleteTerm(actor: Actor, input: unknown) {
  requireAllowed(canEditTermbase(actor));
  const { id, version } = deleteTermSchema.parse(input);
  const db = await getDb();
  await db.$transaction(async (tx: Db) => {
    const before = await tx.term.findUnique({ where: { id }, select: termSelect });
    if (!before) throw notFound();
    await bumpConceptVersion(tx, before.conceptId, version);
    const remaining = await tx.term.count({ where: { conceptId: before.conceptId } });
    if (remaining <= 1) throw new AppError("CONCEPT_NEEDS_TERM", { status: 422 });
    await tx.term.delete({ where: { id } });
    await recordAudit(
      { actor, action: "term.delete", entityType: "concept", entityId: before.conceptId, marketId: before.marketId, before: termSnapshot(before) },
      tx,
    );
  });
}
