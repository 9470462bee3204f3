// Optimistic concurrency for a concept and its terms: every change names the version it was
// based on; a concept that moved meanwhile answers VERSION_CONFLICT with both versions.
import type { Db } from "@/lib/db";
import { notFound, versionConflict } from "@/lib/errors";

export async function bumpConceptVersion(tx: Db, id: string, version: number): Promise<number> {
  // A conditional UPDATE, not read-then-write: two saves of the same version cannot both pass.
  const updated = await tx.concept.updateMany({ where: { id, version }, data: { version: { increment: 1 } } });
  if (updated.count === 1) return version + 1;
  const current = await tx.concept.findUnique({ where: { id }, select: { version: true } });
  if (!current) throw notFound();
  throw versionConflict({ yours: version, current: current.version });
}
