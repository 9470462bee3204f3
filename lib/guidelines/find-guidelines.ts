// Guideline sections and rules the actor may read: global ones plus their markets' (HQ: all).
// Rules come with their version history and the names of who changed them.
import { getDb } from "@/lib/db";
import type { Actor } from "@/lib/permissions/actor";
import { guidelineWhereForActor } from "@/lib/permissions/guidelines";

export interface GuidelineFilter {
  /** "global" = only global items; a market id = global + that market's items. */
  market?: string | null;
}

function marketFilter(market: string | null | undefined) {
  if (!market) return {};
  if (market === "global") return { marketId: null };
  return { OR: [{ marketId: null }, { marketId: market }] };
}

export async function findGuidelineSections(actor: Actor, filter: GuidelineFilter = {}) {
  const db = await getDb();
  return db.guidelineSection.findMany({
    where: { AND: [guidelineWhereForActor(actor), marketFilter(filter.market)] },
    orderBy: [{ position: "asc" }, { createdAt: "asc" }],
  });
}

export async function findGuidelineRules(actor: Actor, filter: GuidelineFilter = {}) {
  const db = await getDb();
  const rules = await db.guidelineRule.findMany({
    where: { AND: [guidelineWhereForActor(actor), marketFilter(filter.market)] },
    orderBy: [{ proposed: "desc" }, { kind: "asc" }, { createdAt: "asc" }],
    include: { versions: { orderBy: { version: "desc" } } },
  });
  const userIds = [
    ...new Set(rules.flatMap((r) => r.versions.map((v) => v.changedById)).filter((id): id is string => !!id)),
  ];
  const users = userIds.length
    ? await db.user.findMany({ where: { id: { in: userIds } }, select: { id: true, name: true } })
    : [];
  const names = new Map(users.map((u) => [u.id, u.name]));
  return rules.map((rule) => ({
    ...rule,
    versions: rule.versions.map((v) => ({ ...v, changedByName: v.changedById ? (names.get(v.changedById) ?? null) : null })),
  }));
}
export type GuidelineRuleWithHistory = Awaited<ReturnType<typeof findGuidelineRules>>[number];
