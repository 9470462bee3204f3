// Admins change a webhook's URL, events or active flag, or delete it (its deliveries go with it).
import { recordAudit } from "@/lib/audit/record-audit";
import { getDb, type Db } from "@/lib/db";
import { notFound } from "@/lib/errors";
import type { Actor } from "@/lib/permissions/actor";
import { canManageWebhooks } from "@/lib/permissions/exchange";
import { requireAllowed } from "@/lib/permissions/require";
import { updateWebhookSchema, webhookIdSchema } from "../exchange.schemas";
import { checkWebhookTarget } from "./check-webhook-target";

export async function updateWebhook(actor: Actor, input: unknown) {
  requireAllowed(canManageWebhooks(actor));
  const { id, ...data } = updateWebhookSchema.parse(input);
  if (data.url) checkWebhookTarget(data.url);
  const db = await getDb();
  return db.$transaction(async (tx: Db) => {
    const before = await tx.webhook.findUnique({ where: { id }, select: { url: true, events: true, active: true } });
    if (!before) throw notFound();
    const after = await tx.webhook.update({ where: { id }, data, select: { id: true, url: true, events: true, active: true } });
    await recordAudit({ actor, action: "webhook.update", entityType: "webhook", entityId: id, before, after }, tx);
    return after;
  });
}

export async function deleteWebhook(actor: Actor, input: unknown) {
  requireAllowed(canManageWebhooks(actor));
  const { id } = webhookIdSchema.parse(input);
  const db = await getDb();
  return db.$transaction(async (tx: Db) => {
    const before = await tx.webhook.findUnique({ where: { id }, select: { url: true, events: true } });
    if (!before) throw notFound();
    await tx.webhook.delete({ where: { id } });
    await recordAudit({ actor, action: "webhook.delete", entityType: "webhook", entityId: id, before }, tx);
    return { id };
  });
}
