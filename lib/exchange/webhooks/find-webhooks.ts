// The admin webhooks page: every webhook with its recent deliveries and their attempts.
import { getDb } from "@/lib/db";
import type { Actor } from "@/lib/permissions/actor";
import { canViewWebhooks } from "@/lib/permissions/exchange";
import { requireAllowed } from "@/lib/permissions/require";

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

