// Records a domain event in the caller's transaction (the outbox): the event exists exactly when
// the change does, and lib/jobs/ dispatches it to subscribers (notifications, webhooks, …) after
// commit. Operations call this instead of sending anything themselves.
import type { Db } from "@/lib/db";
import type { Prisma } from "@/lib/generated/prisma/client";
import type { DomainEventInput } from "./event-types";

export async function emit(tx: Db, event: DomainEventInput, occurredAt = new Date()): Promise<void> {
  await tx.domainEvent.create({
    data: { type: event.type, payload: event.payload as unknown as Prisma.InputJsonValue, occurredAt, availableAt: occurredAt },
  });
}
