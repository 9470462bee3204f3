// Exports one variant as an XLIFF 1.2 or 2.0 file for a translation vendor (see build-variant-xliff).
import { getDb, type Db } from "@/lib/db";
import type { Actor } from "@/lib/permissions/actor";
import { canExportVariantXliff } from "@/lib/permissions/exchange";
import { requireVisible } from "@/lib/permissions/require";
import { loadVariant } from "@/lib/variants/load-variant";
import { buildVariantXliff, type ExportXliffVersion } from "./xliff/build-variant-xliff";
import { writeXliff } from "./xliff/write-xliff";

export interface ExportedFile {
  fileName: string;
  contentType: string;
  body: string;
}

export function xliffFileName(campaignName: string, marketCode: string, locale: string, version: ExportXliffVersion): string {
  const slug = campaignName
    .normalize("NFKD")
    .replace(/[^\w.-]+/g, "-")
    .replace(/^-+|-+$/g, "")
    .slice(0, 60) || "campaign";
  return `${slug}-${marketCode}-${locale}${version === "1.2" ? ".xlf" : ".xliff"}`;
}

export async function exportVariantXliff(
  actor: Actor,
  input: { variantId: string; version: ExportXliffVersion },
  tx?: Db,
): Promise<ExportedFile> {
  const db = tx ?? (await getDb());
  const variant = await loadVariant(actor, input.variantId, "view", db);
  requireVisible(canExportVariantXliff(actor, variant));
  const doc = buildVariantXliff(variant, input.version);
  return {
    fileName: xliffFileName(variant.campaign.name, variant.market.code, variant.locale, input.version),
    contentType: "application/xliff+xml; charset=utf-8",
    body: writeXliff(doc, input.version),
  };
}
