// The API v1 shape of one variant. Block `key` is the block's key, or "touchpointId:key" when two
// touchpoints of the campaign use the same key (PUT accepts either form).
import type { VariantEditorData } from "./get-variant-editor";

export function toApiVariant(v: VariantEditorData) {
  return {
    id: v.id,
    campaignId: v.campaign.id,
    campaign: v.campaign.name,
    market: v.market.code,
    locale: v.locale,
    state: v.state,
    version: v.version,
    dueDate: v.dueDate,
    assignee: v.assignee ? { id: v.assignee.id, name: v.assignee.name } : null,
    errorCount: v.errorCount,
    warningCount: v.warningCount,
    overrideReason: v.overrideReason,
    checklist: v.checklist,
    checklistComplete: v.checklistComplete,
    allowedTransitions: v.transitions.map((t) => ({ to: t.to, resultState: t.resultState, blockedBy: t.blockedBy })),
    blocks: v.blocks.map((b) => ({
      key: b.key,
      blockId: b.blockId,
      touchpoint: { id: b.touchpoint.id, name: b.touchpoint.name, channel: b.touchpoint.channel },
      type: b.type,
      policy: b.policy,
      source: b.source,
      sourceVersion: b.sourceVersion,
      target: b.target,
      backTranslation: b.backTranslation,
      omitted: b.omitted,
      omitReason: b.omitReason,
      assetId: b.assetId,
      maxLength: b.maxLength,
      outdated: b.outdated,
      origin: b.origin,
      confirmed: b.confirmed,
      findings: b.findings.map((f) => ({ code: f.code, type: f.type, severity: f.severity, start: f.start, end: f.end, message: f.message, data: f.data })),
    })),
  };
}
