// Appends one audit event. Call it inside the same transaction as the change it records.
import type { Db } from "@/lib/db";
import { getDb } from "@/lib/db";
import type { Prisma } from "@/lib/generated/prisma/client";

export interface AuditInput {
  actor?: { id: string; email?: string } | null;
  action: string;
  entityType: string;
  entityId?: string | null;
  marketId?: string | null;
  before?: unknown;
  after?: unknown;
  meta?: unknown;
}

function json(value: unknown): Prisma.InputJsonValue | undefined {
  if (value === undefined || value === null) return undefined;
  return JSON.parse(JSON.stringify(value)) as Prisma.InputJsonValue;
}

export async function recordAudit(input: AuditInput, tx?: Db): Promise<void> {
  const db = tx ?? (await getDb());
  await db.auditEvent.create({
    data: {
      actorId: input.actor?.id ?? null,
      actorEmail: input.actor?.email ?? null,
      action: input.action,
      entityType: input.entityType,
      entityId: input.entityId ?? null,
      marketId: input.marketId ?? null,
      before: json(input.before),
      after: json(input.after),
      meta: json(input.meta),
    },
  });
}
