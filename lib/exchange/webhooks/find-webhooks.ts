// The admin webhooks page: every webhook with its recent deliveries and their attempts.
import { getDb } from "@/lib/db";
import { notFound } from "@/lib/errors";
import type { Actor } from "@/lib/permissions/actor";
import { canManageWebhooks, canViewWebhooks } from "@/lib/permissions/exchange";
import { requireAllowed } from "@/lib/permissions/require";
import { webhookIdSchema } from "../exchange.schemas";

export async function findWebhooks(actor: Actor, options: { deliveries?: number } = {}) {
  requireAllowed(canViewWebhooks(actor));
  const db = await getDb();
  return db.webhook.findMany({
    orderBy: { createdAt: "asc" },
    select: {
      id: true,
      url: true,
      events: true,
      active: true,
      createdAt: true,
      deliveries: {
        orderBy: { createdAt: "desc" },
        take: options.deliveries ?? 20,
        select: {
          id: true,
          event: true,
          status: true,
          attempts: true,
          nextAttemptAt: true,
          deliveredAt: true,
          createdAt: true,
          attemptLog: { orderBy: { attemptedAt: "desc" }, take: 5, select: { id: true, attemptedAt: true, statusCode: true, durationMs: true, error: true, response: true } },
        },
      },
    },
  });
}

export type WebhookListItem = Awaited<ReturnType<typeof findWebhooks>>[number];

/** The signing secret, for admins who lost it. */
export async function revealWebhookSecret(actor: Actor, input: unknown): Promise<{ secret: string }> {
  requireAllowed(canManageWebhooks(actor));
  const { id } = webhookIdSchema.parse(input);
  const hook = await (await getDb()).webhook.findUnique({ where: { id }, select: { secret: true } });
  if (!hook) throw notFound();
  return hook;
}
