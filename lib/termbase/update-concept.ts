import { recordAudit } from "@/lib/audit/record-audit";
import { getDb, type Db } from "@/lib/db";
import { notFound } from "@/lib/errors";
import type { Actor } from "@/lib/permissions/actor";
import { requireAllowed } from "@/lib/permissions/require";
import { canEditTermbase } from "@/lib/permissions/termbase";
import { bumpConceptVersion } from "./concept-version";
import { conceptSnapshot } from "./term-snapshot";
import { deleteConceptSchema, updateConceptSchema } from "./termbase.schemas";

export async function updateConcept(actor: Actor, input: unknown) {
  requireAllowed(canEditTermbase(actor));
  const data = updateConceptSchema.parse(input);
  const db = await getDb();
  return db.$transaction(async (tx: Db) => {
    const before = await tx.concept.findUnique({ where: { id: data.id } });
    if (!before) throw notFound();
    await bumpConceptVersion(tx, data.id, data.version);
    const after = await tx.concept.update({
      where: { id: data.id },
      data: { subject: data.subject, definition: data.definition, note: data.note },
    });
    await recordAudit(
      { actor, action: "concept.update", entityType: "concept", entityId: data.id, before: conceptSnapshot(before), after: conceptSnapshot(after) },
      tx,
    );
    return after;
  });
}

export async function deleteConcept(actor: Actor, input: unknown) {
  requireAllowed(canEditTermbase(actor));
  const data = deleteConceptSchema.parse(input);
  const db = await getDb();
  await db.$transaction(async (tx: Db) => {
    const before = await tx.concept.findUnique({ where: { id: data.id }, include: { terms: true } });
    if (!before) throw notFound();
    await bumpConceptVersion(tx, data.id, data.version);
    await tx.concept.delete({ where: { id: data.id } });
    await recordAudit(
      {
        actor,
        action: "concept.delete",
        entityType: "concept",
        entityId: data.id,
        before: { ...conceptSnapshot(before), terms: before.terms.map((t) => ({ locale: t.locale, text: t.text, status: t.status })) },
      },
      tx,
    );
  });
}
