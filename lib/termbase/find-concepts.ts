// The termbase list: concepts with at least one visible term matching the filters, paginated.
import { getDb } from "@/lib/db";
import type { Prisma } from "@/lib/generated/prisma/client";
import type { Actor } from "@/lib/permissions/actor";
import { termWhereForActor } from "@/lib/permissions/termbase";
import { toSearchText } from "./search-text";
import { termSelect } from "./term-snapshot";
import { findConceptsSchema, type FindConceptsInput } from "./termbase.schemas";

export async function findConcepts(actor: Actor, input: FindConceptsInput = {}) {
  const f = findConceptsSchema.parse(input);
  const db = await getDb();
  const termFilter: Prisma.TermWhereInput = { AND: [termWhereForActor(actor)] };
  const and = termFilter.AND as Prisma.TermWhereInput[];
  if (f.locale) and.push({ locale: { equals: f.locale, mode: "insensitive" } });
  if (f.status) and.push({ status: f.status });
  if (f.market === "global") and.push({ marketId: null });
  else if (f.market) and.push({ marketId: f.market });
  if (f.q) and.push({ searchText: { contains: toSearchText(f.q) } });
  const where: Prisma.ConceptWhereInput = { terms: { some: termFilter } };
  if (f.subject) where.subject = f.subject;
  const [total, concepts] = await Promise.all([
    db.concept.count({ where }),
    db.concept.findMany({
      where,
      orderBy: [{ updatedAt: "desc" }, { id: "asc" }],
      skip: (f.page - 1) * f.pageSize,
      take: f.pageSize,
      include: { terms: { where: termWhereForActor(actor), select: termSelect, orderBy: [{ locale: "asc" }, { text: "asc" }] } },
    }),
  ]);
  return { total, page: f.page, pageSize: f.pageSize, pages: Math.max(1, Math.ceil(total / f.pageSize)), concepts };
}

/** Distinct subjects and locales for the list filters. */
export async function findTermbaseFacets(actor: Actor) {
  const db = await getDb();
  const [subjects, locales] = await Promise.all([
    db.concept.findMany({ where: { subject: { not: null }, terms: { some: termWhereForActor(actor) } }, distinct: ["subject"], select: { subject: true }, orderBy: { subject: "asc" }, take: 200 }),
    db.term.findMany({ where: termWhereForActor(actor), distinct: ["locale"], select: { locale: true }, orderBy: { locale: "asc" }, take: 200 }),
  ]);
  return { subjects: subjects.map((s) => s.subject!).filter(Boolean), locales: locales.map((l) => l.locale) };
}
