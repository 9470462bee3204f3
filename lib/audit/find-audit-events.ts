// The audit log for admins: filtered by action prefix, actor, entity and time, newest first, by cursor.
import { z } from "zod";
import { calendarDate } from "@/lib/validation/calendar-date";
import { getDb } from "@/lib/db";
import type { Actor } from "@/lib/permissions/actor";
import { requireAllowed } from "@/lib/permissions/require";
import { canViewAuditLog } from "@/lib/permissions/workspace";

export const auditFilterSchema = z.object({
  action: z.string().trim().max(80).optional(),
  actor: z.string().trim().max(120).optional(),
  entityType: z.string().trim().max(40).optional(),
  entityId: z.string().trim().max(40).optional(),
  from: calendarDate.optional(),
  to: calendarDate.optional(),
  cursor: z.string().optional(),
  take: z.coerce.number().int().min(1).max(200).default(50),
});
export type AuditFilter = z.infer<typeof auditFilterSchema>;

export async function findAuditEvents(actor: Actor, input: z.input<typeof auditFilterSchema>) {
  requireAllowed(canViewAuditLog(actor));
  const f = auditFilterSchema.parse(input);
  const db = await getDb();
  const rows = await db.auditEvent.findMany({
    where: {
      action: f.action ? { startsWith: f.action } : undefined,
      actorEmail: f.actor ? { contains: f.actor, mode: "insensitive" } : undefined,
      entityType: f.entityType || undefined,
      entityId: f.entityId || undefined,
      createdAt: f.from || f.to ? { gte: f.from, lte: f.to } : undefined,
    },
    orderBy: [{ createdAt: "desc" }, { id: "desc" }],
    take: f.take + 1,
    ...(f.cursor ? { cursor: { id: f.cursor }, skip: 1 } : {}),
  });
  const hasMore = rows.length > f.take;
  const items = rows.slice(0, f.take);
  return { items, nextCursor: hasMore ? items[items.length - 1]!.id : null };
}
