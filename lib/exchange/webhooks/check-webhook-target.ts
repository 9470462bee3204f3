// Webhook URLs must not point inside the network (cloud metadata, loopback, private ranges), or
// deliveries and their logs become a way to reach and scan internal services. Checked when a
// webhook is saved (the URL's host as written, in any IP spelling) and again at delivery after
// DNS resolution (lib/jobs/webhooks/send-webhook.ts). WEBHOOK_ALLOW_PRIVATE=true turns it off for
// on-premises receivers.
import { classifyHost } from "@/lib/core/net/ip-address";
import { env } from "@/lib/env";
import { AppError } from "@/lib/errors";

export function checkWebhookTarget(url: string, allowPrivate = env().WEBHOOK_ALLOW_PRIVATE): void {
  if (allowPrivate) return;
  const kind = classifyHost(new URL(url).hostname);
  if (kind === "private-ip" || kind === "local-name") {
    throw new AppError("WEBHOOK_TARGET_NOT_ALLOWED", {
      status: 422,
      message: "Webhooks may only target public addresses (set WEBHOOK_ALLOW_PRIVATE=true for on-premises receivers)",
    });
  }
}
