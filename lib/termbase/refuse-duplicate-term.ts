import type { Db } from "@/lib/db";
import { AppError } from "@/lib/errors";
import type { TermFields } from "./termbase.schemas";

/** One concept holds a rendering (locale, text, market) once. */
export async function refuseDuplicateTerm(tx: Db, conceptId: string, t: TermFields, exceptId?: string) {
  const twin = await tx.term.findFirst({
    where: { conceptId, locale: t.locale, text: t.text, marketId: t.marketId, ...(exceptId ? { id: { not: exceptId } } : {}) },
    select: { id: true },
  });
  if (twin) throw new AppError("TERM_DUPLICATE", { status: 409 });
}
