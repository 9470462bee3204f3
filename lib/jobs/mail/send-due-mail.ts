// The mail outbox worker: claims due OutboxMessage rows (FOR UPDATE SKIP LOCKED, see
// claim-due-rows), sends each through SMTP (nodemailer, pooled; see mail-transport) outside any
// transaction and records the result; failures (including a server that will not do TLS) retry
// with exponential backoff for a day, then the message is "dead".
import { randomUUID } from "node:crypto";
import { getDb, type Db } from "@/lib/db";
import { env } from "@/lib/env";
import { nextAttemptAt } from "@/lib/jobs/backoff";
import { claimDueRows } from "@/lib/jobs/claim-due-rows";
import { sendMail, type MailMessage, type TransportConfig } from "./mail-transport";

export interface SendMailOptions {
  workerId?: string;
  limit?: number;
  now?: Date;
  staleAfterMs?: number;
  smtpUrl?: string;
  /** "off" only for a trusted local relay; defaults to SMTP_TLS. */
  tls?: TransportConfig["tls"];
  tlsOptions?: TransportConfig["tlsOptions"];
  from?: string;
  db?: Db;
  /** Replaceable transport (tests); defaults to the SMTP client. */
  transport?: (message: MailMessage) => Promise<void>;
}

export async function sendDueMail(options: SendMailOptions = {}): Promise<{ claimed: number; sent: number; failed: number; dead: number }> {
  const smtpUrl = options.smtpUrl ?? env().SMTP_URL;
  const summary = { claimed: 0, sent: 0, failed: 0, dead: 0 };
  if (!smtpUrl && !options.transport) return summary;
  const config: TransportConfig = { smtpUrl: smtpUrl ?? "", tls: options.tls ?? env().SMTP_TLS, tlsOptions: options.tlsOptions };
  const transport = options.transport ?? ((m: MailMessage) => sendMail(config, m));
  const db = options.db ?? (await getDb());
  const workerId = options.workerId ?? `mail-${process.pid}-${randomUUID().slice(0, 8)}`;
  const now = options.now ?? new Date();
  const ids = await claimDueRows(db, "OutboxMessage", { workerId, limit: options.limit ?? 20, now, staleAfterMs: options.staleAfterMs ?? 5 * 60_000 });
  summary.claimed = ids.length;
  if (ids.length === 0) return summary;
  const messages = await db.outboxMessage.findMany({ where: { id: { in: ids } } });
  const from = options.from ?? env().MAIL_FROM;
  for (const m of messages) {
    let error: string | null = null;
    try {
      await transport({ from, to: m.to, subject: m.subject, text: m.body, html: m.html });
    } catch (e) {
      error = (e as Error).message.slice(0, 500);
    }
    const next = error ? nextAttemptAt(m.createdAt, m.attempts, now) : null;
    const status = !error ? "sent" : next ? "pending" : "dead";
    const recorded = await db.outboxMessage.updateMany({
      where: { id: m.id, lockedBy: workerId },
      data: { status, lockedBy: null, lockedAt: null, lastError: error, ...(status === "sent" ? { sentAt: new Date() } : {}), ...(next ? { nextAttemptAt: next } : {}) },
    });
    if (recorded.count === 0) continue;
    if (status === "sent") summary.sent++;
    else if (status === "dead") summary.dead++;
    else summary.failed++;
  }
  return summary;
}
