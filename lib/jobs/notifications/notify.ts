// In-app notifications, plus an e-mail in the outbox when SMTP is configured. Call inside the
// transaction of the event, so a notification exists exactly when the event does; the outbox
// worker sends mail later, so a mail outage loses nothing.
import type { Db } from "@/lib/db";
import { env } from "@/lib/env";
import type { Prisma } from "@/lib/generated/prisma/client";

export type NotificationKind = "assigned" | "unassigned" | "mentioned" | "state_changed" | "due_soon" | "outdated" | "comment";

export interface NotificationInput {
  userId: string;
  kind: NotificationKind;
  /** Values for the translated message: e.g. { campaign, market, state, actor }. */
  data: Record<string, string | number | null>;
  link?: string;
  /** Plain-text e-mail, English; only written when SMTP is configured. */
  email?: { subject: string; body: string };
}

export async function notify(tx: Db, inputs: NotificationInput[]): Promise<void> {
  if (inputs.length === 0) return;
  await tx.notification.createMany({
    data: inputs.map((n) => ({
      userId: n.userId,
      kind: n.kind,
      data: n.data as Prisma.InputJsonValue,
      link: n.link ?? null,
    })),
  });
  if (!env().SMTP_URL) return;
  const withMail = inputs.filter((n) => n.email);
  if (withMail.length === 0) return;
  const users = await tx.user.findMany({
    where: { id: { in: withMail.map((n) => n.userId) }, disabledAt: null },
    select: { id: true, email: true },
  });
  const emailOf = new Map(users.map((u) => [u.id, u.email]));
  await tx.outboxMessage.createMany({
    data: withMail
      .filter((n) => emailOf.has(n.userId))
      .map((n) => ({ to: emailOf.get(n.userId)!, subject: n.email!.subject, body: n.email!.body })),
  });
}
