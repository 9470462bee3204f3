// In-app notifications, plus an e-mail in the outbox when SMTP is configured. Call inside the
// transaction of the event, so a notification exists exactly when the event does; the outbox
// worker sends mail later, so a mail outage loses nothing. The mail is rendered here, in the
// recipient's interface language, and stored whole: the outbox row is what was sent (auditable,
// and a later rename or language change does not rewrite a message already queued).
import type { Db } from "@/lib/db";
import { env } from "@/lib/env";
import type { Prisma } from "@/lib/generated/prisma/client";
import type { NotificationKind } from "./notification-kinds";
import { renderMail } from "./render-mail";


export interface NotificationInput {
  userId: string;
  kind: NotificationKind;
  /** Values for the translated message: e.g. { campaign, market, state, actor }. */
  data: Record<string, string | number | null>;
  link?: string;
  /** Also send an e-mail (only when SMTP is configured); `note` is quoted in full, e.g. a comment. */
  email?: { note?: string | null };
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
    select: { id: true, email: true, name: true, uiLocale: true },
  });
  const userOf = new Map(users.map((u) => [u.id, u]));
  const baseUrl = env().NEXTAUTH_URL;
  await tx.outboxMessage.createMany({
    data: withMail
      .filter((n) => userOf.has(n.userId))
      .map((n) => {
        const user = userOf.get(n.userId)!;
        const mail = renderMail({ kind: n.kind, data: n.data, link: n.link, note: n.email!.note, recipientName: user.name }, user.uiLocale, baseUrl);
        return { to: user.email, subject: mail.subject, body: mail.text, html: mail.html };
      }),
  });
}
