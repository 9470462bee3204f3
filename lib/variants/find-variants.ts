// Variant lists scoped to the actor (API v1 list).
import type { z } from "zod";
import { getDb, type Db } from "@/lib/db";
import type { Prisma } from "@/lib/generated/prisma/client";
import type { Actor } from "@/lib/permissions/actor";
import { variantWhereForActor } from "@/lib/permissions/variants";
import { findVariantsSchema } from "./variant.schemas";

export async function findVariants(actor: Actor, input: z.input<typeof findVariantsSchema> = {}, tx?: Db) {
  const filter = findVariantsSchema.parse(input);
  const where: Prisma.VariantWhereInput = {
    AND: [
      variantWhereForActor(actor),
      filter.campaign ? { campaignId: filter.campaign } : {},
      filter.market ? { market: { code: filter.market.toUpperCase() } } : {},
      filter.state ? { state: filter.state } : {},
    ],
  };
  const db = tx ?? (await getDb());
  const rows = await db.variant.findMany({
    where,
    select: {
      id: true,
      campaignId: true,
      locale: true,
      state: true,
      version: true,
      dueDate: true,
      errorCount: true,
      warningCount: true,
      assigneeId: true,
      updatedAt: true,
      market: { select: { code: true } },
      campaign: { select: { name: true } },
    },
    orderBy: [{ updatedAt: "desc" }, { id: "asc" }],
    take: filter.limit,
  });
  return rows.map((r) => ({
    id: r.id,
    campaignId: r.campaignId,
    campaign: r.campaign.name,
    market: r.market.code,
    locale: r.locale,
    state: r.state,
    version: r.version,
    dueDate: r.dueDate,
    errorCount: r.errorCount,
    warningCount: r.warningCount,
    assigneeId: r.assigneeId,
    updatedAt: r.updatedAt,
  }));
}
