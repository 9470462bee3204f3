// Exchange with the outside world: XLIFF export/import of variants, campaign import and exports,
// webhooks. Deny by default; each rule leans on the owning domain's rule so the API, the UI and
// files never grant more than the editor does.
import { canWrite, type Actor } from "./actor";
import { canCreateCampaign, canViewCampaign, type CampaignAccessFacts } from "./campaigns";
import { canEditVariant, canEverEditVariants, canViewVariant, type VariantAccessFacts } from "./variants";

/** Downloading a variant as XLIFF is reading it. */
export function canExportVariantXliff(actor: Actor, variant: VariantAccessFacts): boolean {
  return canViewVariant(actor, variant);
}

/** Importing a vendor's XLIFF is a normal edit of the variant. */
export function canImportVariantXliff(actor: Actor, variant: VariantAccessFacts): boolean {
  return canEditVariant(actor, variant);
}

/** Role level, before the variant is read: whoever may edit some variant. */
export function canEverImportVariantXliff(actor: Actor): boolean {
  return canEverEditVariants(actor);
}

/** Campaign exports (JSON, CSV, XLIFF zip): whoever sees the campaign; variants are filtered per actor. */
export function canExportCampaign(actor: Actor, campaign: CampaignAccessFacts): boolean {
  return canViewCampaign(actor, campaign);
}

/** Creating a campaign's source from a file is creating a campaign. */
export function canImportCampaign(actor: Actor): boolean {
  return canCreateCampaign(actor);
}

/** Webhooks carry every market's events to outside systems: admins only. */
export function canViewWebhooks(actor: Actor): boolean {
  return actor.role === "admin";
}

export function canManageWebhooks(actor: Actor): boolean {
  return actor.role === "admin" && canWrite(actor);
}
