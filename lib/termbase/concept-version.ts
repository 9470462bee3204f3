// Optimistic concurrency for a concept and its terms: every change names the version it was
// based on; a concept that moved meanwhile answers VERSION_CONFLICT with both versions.
import type { Db } from "@/lib/db";
import { AppError, notFound } from "@/lib/errors";

export async function bumpConceptVersion(tx: Db, id: string, version: number): Promise<number> {
  const updated = await tx.concept.updateMany({ where: { id, version }, data: { version: { increment: 1 } } });
  if (updated.count === 1) return version + 1;
  const current = await tx.concept.findUnique({ where: { id }, select: { version: true } });
  if (!current) throw notFound();
  throw new AppError("VERSION_CONFLICT", { details: { expected: version, actual: current.version } });
}
