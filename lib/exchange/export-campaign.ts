// Campaign exports for outside systems: approved and published variants as JSON (blocks keyed
// by touchpoint and block key, per market and locale) or CSV (one row per market × block), and
// every visible variant as a zip of XLIFF files for a translation vendor.
import { strToU8, zipSync } from "fflate";
import Papa from "papaparse";
import { getDb, type Db } from "@/lib/db";
import { notFound } from "@/lib/errors";
import type { Prisma } from "@/lib/generated/prisma/client";
import type { Actor } from "@/lib/permissions/actor";
import { accessFacts, campaignAccessSelect } from "@/lib/permissions/campaigns";
import { canExportCampaign } from "@/lib/permissions/exchange";
import { requireVisible } from "@/lib/permissions/require";
import { variantWhereForActor } from "@/lib/permissions/variants";
import { loadVariant } from "@/lib/variants/load-variant";
import { xliffFileName, type ExportedFile } from "./export-variant-xliff";
import { buildVariantXliff, type ExportXliffVersion } from "./xliff/build-variant-xliff";
import { writeXliff } from "./xliff/write-xliff";

export type CampaignExportFormat = "json" | "csv" | "xliff-zip";

export interface CampaignExportInput {
  campaignId: string;
  format: CampaignExportFormat;
  version?: ExportXliffVersion;
  /** Market codes; default every market the actor sees. */
  markets?: string[];
}

const DONE_STATES = ["approved", "published"] as const;

async function loadExportedCampaign(actor: Actor, campaignId: string, db: Db) {
  const campaign = await db.campaign.findUnique({
    where: { id: campaignId },
    select: { id: true, name: true, sourceLocale: true, ...campaignAccessSelect },
  });
  if (!campaign) throw notFound();
  requireVisible(canExportCampaign(actor, accessFacts(campaign)));
  return campaign;
}

function variantWhere(actor: Actor, campaignId: string, markets: string[] | undefined, doneOnly: boolean): Prisma.VariantWhereInput {
  return {
    AND: [
      variantWhereForActor(actor),
      { campaignId, state: doneOnly ? { in: [...DONE_STATES] } : { not: "archived" } },
      markets?.length ? { market: { code: { in: markets.map((m) => m.toUpperCase()) } } } : {},
    ],
  };
}

async function loadDoneVariants(db: Db, actor: Actor, input: CampaignExportInput) {
  return db.variant.findMany({
    where: variantWhere(actor, input.campaignId, input.markets, true),
    orderBy: [{ market: { code: "asc" } }, { locale: "asc" }],
    select: {
      id: true,
      locale: true,
      state: true,
      version: true,
      approvedAt: true,
      publishedAt: true,
      market: { select: { code: true, name: true } },
      blocks: {
        select: {
          targetText: true,
          omitted: true,
          assetId: true,
          block: {
            select: {
              key: true,
              type: true,
              policy: true,
              position: true,
              sourceText: true,
              assetId: true,
              touchpoint: { select: { id: true, name: true, channel: true, position: true } },
            },
          },
        },
      },
    },
  });
}

type DoneVariant = Awaited<ReturnType<typeof loadDoneVariants>>[number];

function orderedBlocks(variant: DoneVariant) {
  return [...variant.blocks].sort(
    (a, b) =>
      a.block.touchpoint.position - b.block.touchpoint.position ||
      a.block.touchpoint.id.localeCompare(b.block.touchpoint.id) ||
      a.block.position - b.block.position,
  );
}

/** The text a market publishes for a block: locked blocks keep the source; omitted ones are null. */
function publishedText(vb: DoneVariant["blocks"][number]): string | null {
  if (vb.omitted) return null;
  if (vb.block.type === "image") return vb.assetId ?? vb.block.assetId;
  return vb.block.policy === "locked" ? vb.block.sourceText : vb.targetText;
}

export function campaignJson(campaign: { id: string; name: string; sourceLocale: string }, variants: DoneVariant[]) {
  return {
    campaign: { id: campaign.id, name: campaign.name, sourceLocale: campaign.sourceLocale },
    exportedAt: new Date().toISOString(),
    variants: variants.map((v) => {
      const touchpoints: Record<string, { channel: string; blocks: Record<string, string | null> }> = {};
      // Touchpoint names key the JSON; a repeated name gets " (2)", " (3)"… so no block is lost.
      const nameOf = new Map<string, string>();
      for (const vb of orderedBlocks(v)) {
        const tpRow = vb.block.touchpoint;
        let name = nameOf.get(tpRow.id);
        if (!name) {
          name = tpRow.name;
          for (let n = 2; touchpoints[name]; n++) name = `${tpRow.name} (${n})`;
          nameOf.set(tpRow.id, name);
        }
        const tp = (touchpoints[name] ??= { channel: tpRow.channel, blocks: {} });
        tp.blocks[vb.block.key] = publishedText(vb);
      }
      return {
        id: v.id,
        market: v.market.code,
        locale: v.locale,
        state: v.state,
        version: v.version,
        approvedAt: v.approvedAt?.toISOString() ?? null,
        publishedAt: v.publishedAt?.toISOString() ?? null,
        touchpoints,
      };
    }),
  };
}

/** Spreadsheet apps run cells starting with = + - @ as formulas; a leading apostrophe keeps them text. */
function safeCell(value: string): string {
  return /^[=+\-@\t\r]/.test(value) ? `'${value}` : value;
}

export function campaignCsv(variants: DoneVariant[]): string {
  const rows = variants.flatMap((v) =>
    orderedBlocks(v).map((vb) => ({
      market: v.market.code,
      locale: v.locale,
      state: v.state,
      touchpoint: safeCell(vb.block.touchpoint.name),
      channel: vb.block.touchpoint.channel,
      key: vb.block.key,
      type: vb.block.type,
      policy: vb.block.policy,
      omitted: vb.omitted ? "yes" : "no",
      source: safeCell(vb.block.sourceText),
      text: safeCell(publishedText(vb) ?? ""),
    })),
  );
  const columns = ["market", "locale", "state", "touchpoint", "channel", "key", "type", "policy", "omitted", "source", "text"];
  // A byte-order mark so spreadsheet apps read UTF-8 (Japanese, Arabic) correctly.
  return "\uFEFF" + Papa.unparse({ fields: columns, data: rows.map((r) => columns.map((c) => r[c as keyof typeof r])) }, { newline: "\r\n" });
}

function slug(name: string): string {
  return name.normalize("NFKD").replace(/[^\w.-]+/g, "-").replace(/^-+|-+$/g, "").slice(0, 60) || "campaign";
}

export async function exportCampaign(actor: Actor, input: CampaignExportInput, tx?: Db): Promise<ExportedFile & { bytes?: Uint8Array }> {
  const db = tx ?? (await getDb());
  const campaign = await loadExportedCampaign(actor, input.campaignId, db);
  const base = slug(campaign.name);
  if (input.format === "xliff-zip") {
    const version = input.version ?? "2.0";
    const ids = await db.variant.findMany({
      where: variantWhere(actor, campaign.id, input.markets, false),
      select: { id: true },
      orderBy: [{ market: { code: "asc" } }, { locale: "asc" }],
    });
    const files: Record<string, Uint8Array> = {};
    for (const { id } of ids) {
      const variant = await loadVariant(actor, id, "view", db);
      const name = xliffFileName(campaign.name, variant.market.code, variant.locale, version);
      files[name] = strToU8(writeXliff(buildVariantXliff(variant, version), version));
    }
    const bytes = zipSync(files, { level: 6 });
    return { fileName: `${base}-xliff-${version}.zip`, contentType: "application/zip", body: "", bytes };
  }
  const variants = await loadDoneVariants(db, actor, input);
  if (input.format === "csv") {
    return { fileName: `${base}.csv`, contentType: "text/csv; charset=utf-8", body: campaignCsv(variants) };
  }
  return { fileName: `${base}.json`, contentType: "application/json; charset=utf-8", body: JSON.stringify(campaignJson(campaign, variants), null, 2) };
}
