export const WEBHOOK_EVENTS = [
  "campaign.published",
  "variant.submitted",
  "variant.approved",
  "variant.published",
  "variant.outdated",
] as const;
export type WebhookEvent = (typeof WEBHOOK_EVENTS)[number];
