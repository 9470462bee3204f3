// A webhook's signing secret, made when the webhook is configured (lib/jobs/webhooks signs with it):
// `whsec_` + standard base64, the form Standard Webhooks libraries decode.
import { randomBytes } from "node:crypto";

export function generateWebhookSecret(): string {
  return `whsec_${randomBytes(24).toString("base64")}`;
}
