// Publishes a campaign in one transaction: one variant per target market and locale with one
// VariantBlock per block, source version 1 snapshots, the variants.created and campaign.published
// events (assignees are notified, webhooks fire) and the audit event. Refused with every problem listed.
import { recordAudit } from "@/lib/audit/record-audit";
import type { z } from "zod";
import { getDb, withTransaction, type Db } from "@/lib/db";
import { AppError } from "@/lib/errors";
import { emit } from "@/lib/events/emit";
import type { Actor } from "@/lib/permissions/actor";
import { canCreateCampaign } from "@/lib/permissions/campaigns";
import { requireAllowed } from "@/lib/permissions/require";
import { campaignIdSchema } from "./campaign.schemas";
import { createMarketVariants, type CreatedVariant } from "./create-market-variants";
import { loadCampaign } from "./load-campaign";
import { publishProblems } from "./publish-problems";
import { sourceChecker } from "./source-checker";

export interface PublishedCampaign {
  id: string;
  status: "published";
  publishedAt: Date;
  variants: CreatedVariant[];
}

const authorize = (actor: Actor): void => requireAllowed(canCreateCampaign(actor));

/**
 * The operation contract written out (not defineOperation): the termbase index is loaded between
 * the permission checks and the transaction, through the shared client that an open PGlite
 * transaction would block; a caller who may not publish this campaign never makes it load.
 */
async function publish(actor: Actor, input: z.input<typeof campaignIdSchema>, tx?: Db): Promise<PublishedCampaign> {
  authorize(actor);
  const { campaignId } = campaignIdSchema.parse(input);
  await loadCampaign(actor, campaignId, "publish", tx ?? (await getDb()));
  const check = await sourceChecker(tx);
  const run = async (db: Db): Promise<PublishedCampaign> => {
    const access = await loadCampaign(actor, campaignId, "publish", db);
    if (access.status === "published") throw new AppError("CAMPAIGN_ALREADY_PUBLISHED", { status: 409 });
    const campaign = await db.campaign.findUniqueOrThrow({
      where: { id: campaignId },
      select: {
        id: true,
        name: true,
        objective: true,
        kpi: true,
        sourceLocale: true,
        dueDate: true,
        prefillTargets: true,
        markets: {
          where: { removedAt: null, market: { archivedAt: null } },
          select: { market: { select: { id: true, code: true, locales: true, leadId: true } } },
        },
        touchpoints: {
          orderBy: { position: "asc" },
          select: {
            id: true,
            name: true,
            channel: true,
            blocks: {
              orderBy: { position: "asc" },
              select: { id: true, key: true, type: true, sourceText: true, assetId: true, maxLength: true, sourceVersion: true },
            },
          },
        },
      },
    });
    const markets = campaign.markets.map((m) => m.market);
    const problems = publishProblems({ ...campaign, marketCount: markets.length }, check);
    if (problems.length > 0) {
      throw new AppError("PUBLISH_REFUSED", { message: "The campaign cannot be published yet", details: { problems } });
    }
    const blocks = campaign.touchpoints.flatMap((t) => t.blocks);
    await db.blockSourceVersion.createMany({
      data: blocks.map((b) => ({ blockId: b.id, version: b.sourceVersion, sourceText: b.sourceText, assetId: b.assetId, createdById: actor.id })),
      skipDuplicates: true,
    });
    const variants = await createMarketVariants(db, campaign, markets);
    const publishedAt = new Date();
    await db.campaign.update({
      where: { id: campaignId },
      data: { status: "published", publishedAt, version: { increment: 1 } },
    });
    await emit(db, {
      type: "campaign.published",
      payload: {
        campaignId,
        name: campaign.name,
        publishedAt: publishedAt.toISOString(),
        variants: variants.map((v) => ({ id: v.id, market: v.market, locale: v.locale })),
      },
    });
    await recordAudit(
      {
        actor,
        action: "campaign.publish",
        entityType: "campaign",
        entityId: campaignId,
        before: { status: access.status },
        after: { status: "published", markets: markets.map((m) => m.code), variants: variants.length },
      },
      db,
    );
    return { id: campaignId, status: "published", publishedAt, variants };
  };
  return withTransaction(tx, run, { timeout: 30_000 });
}

export const publishCampaign = Object.assign(publish, { operationName: "campaign.publish", input: campaignIdSchema, authorize });
