// Admins register a webhook: URL and events; the signing secret is generated here and returned
// once (it stays revealable to admins on the webhooks page).
import { recordAudit } from "@/lib/audit/record-audit";
import { getDb, type Db } from "@/lib/db";
import type { Actor } from "@/lib/permissions/actor";
import { canManageWebhooks } from "@/lib/permissions/exchange";
import { requireAllowed } from "@/lib/permissions/require";
import { createWebhookSchema } from "../exchange.schemas";
import { checkWebhookTarget } from "./check-webhook-target";
import { generateWebhookSecret } from "./generate-webhook-secret";

export async function createWebhook(actor: Actor, input: unknown, tx?: Db) {
  requireAllowed(canManageWebhooks(actor));
  const data = createWebhookSchema.parse(input);
  checkWebhookTarget(data.url);
  const run = async (db: Db) => {
    const hook = await db.webhook.create({
      data: { url: data.url, events: [...new Set(data.events)], active: data.active, secret: generateWebhookSecret(), createdById: actor.id },
      select: { id: true, url: true, events: true, active: true, secret: true },
    });
    await recordAudit({ actor, action: "webhook.create", entityType: "webhook", entityId: hook.id, after: { url: hook.url, events: hook.events } }, db);
    return hook;
  };
  return tx ? run(tx) : (await getDb()).$transaction(run);
}
