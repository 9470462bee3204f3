// The mail outbox worker and the nodemailer transport against real SMTP servers (smtp-server on
// 127.0.0.1, self-signed certificate): STARTTLS required, implicit TLS, a server without
// STARTTLS (no credentials in clear), and notifications rendered in the recipient's language.
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { getDb } from "@/lib/db";
import { emit } from "@/lib/events/emit";
import { drainEvents } from "@/lib/jobs/testing/drain-events";
import { notify } from "@/lib/jobs/notifications/notify";
import { freePort, makeSelfSignedCertificate, startSmtpTestServer, type SmtpTestServer } from "@/lib/testing/smtp-test-server";
import { setupTestDatabase } from "@/lib/testing/test-database";
import { closeMailTransport, sendMail } from "./mail-transport";
import { sendDueMail } from "./send-due-mail";

// env() is read once per process: the configured server's port must be fixed before anything reads it.
const startTlsPort = await freePort();
process.env.SMTP_URL = `smtp://mailer:p%40ss@127.0.0.1:${startTlsPort}`;
process.env.NEXTAUTH_URL = "https://meridian.example";

setupTestDatabase();

const certificate = makeSelfSignedCertificate();
const tlsOptions = { ca: certificate.cert };
let startTls: SmtpTestServer;
let plainOnly: SmtpTestServer;
let hiddenStartTls: SmtpTestServer;
let implicitTls: SmtpTestServer;

beforeAll(async () => {
  startTls = await startSmtpTestServer({ certificate, port: startTlsPort });
  plainOnly = await startSmtpTestServer({ certificate, startTls: "none" });
  hiddenStartTls = await startSmtpTestServer({ certificate, startTls: "hidden" });
  implicitTls = await startSmtpTestServer({ certificate, implicitTls: true });
});
afterAll(async () => {
  closeMailTransport();
  await Promise.all([startTls.close(), plainOnly.close(), hiddenStartTls.close(), implicitTls.close()]);
});

async function createUser(email: string, uiLocale: string, name = "Test User") {
  const db = await getDb();
  return db.user.create({ data: { email, name, passwordHash: "x", role: "regional_marketer", uiLocale } });
}

describe("mail over SMTP (nodemailer)", () => {
  it("delivers a notification with STARTTLS, text and HTML, in the recipient's language", async () => {
    const db = await getDb();
    const user = await createUser("de.marketer@meridian.test", "de", "Dora <Deutsch>");
    await notify(db, [{ userId: user.id, kind: "state_changed", data: { variantId: "v1", campaign: "Sommer <b>Sale</b>", market: "DE", state: "changes_requested", actor: "Ann & Bob", comment: "Bitte <i>kürzer</i>" }, link: "/variants/v1", email: {} }]);
    const row = await db.outboxMessage.findFirstOrThrow({ where: { to: user.email } });
    expect(row.subject).toBe("Sommer <b>Sale</b> (DE): Änderungen angefordert");

    expect(await sendDueMail({ tlsOptions })).toMatchObject({ claimed: 1, sent: 1 });
    const mail = startTls.messages.at(-1)!;
    expect(mail.to).toEqual([user.email]);
    expect(mail.secure).toBe(true);
    expect(startTls.auths.at(-1)).toEqual({ username: "mailer", password: "p@ss", secure: true });
    expect(mail.parsed.subject).toBe("Sommer <b>Sale</b> (DE): Änderungen angefordert");
    expect(mail.parsed.text).toContain("Ann & Bob hat „Sommer <b>Sale</b>“ (DE) auf „Änderungen angefordert“ gesetzt.");
    expect(mail.parsed.text).toContain("> Bitte <i>kürzer</i>");
    expect(mail.parsed.text).toContain("https://meridian.example/variants/v1");
    const html = String(mail.parsed.html);
    expect(html).toContain('lang="de" dir="ltr"');
    expect(html).toContain("Hallo Dora &lt;Deutsch&gt;,");
    expect(html).toContain("Ann &amp; Bob hat „Sommer &lt;b&gt;Sale&lt;/b&gt;“");
    expect(html).toContain("Bitte &lt;i&gt;kürzer&lt;/i&gt;");
    expect(html).not.toMatch(/<b>|<i>/);
  });

  it("refuses to send through a server that offers no STARTTLS, and never sends the password", async () => {
    const db = await getDb();
    const smtpUrl = `smtp://mailer:secret@127.0.0.1:${plainOnly.port}`;
    const m = await db.outboxMessage.create({ data: { to: "x@meridian.test", subject: "Hi", body: "Body", nextAttemptAt: new Date(Date.now() - 1000) } });
    const now = new Date();
    expect(await sendDueMail({ smtpUrl, tlsOptions, now })).toMatchObject({ claimed: 1, sent: 0, failed: 1 });
    const row = await db.outboxMessage.findUniqueOrThrow({ where: { id: m.id } });
    expect(row).toMatchObject({ status: "pending", attempts: 1, lockedBy: null, sentAt: null });
    expect(row.lastError).toMatch(/STARTTLS|TLS/i);
    expect(plainOnly.auths).toEqual([]);
    expect(plainOnly.messages).toEqual([]);
    await db.outboxMessage.delete({ where: { id: m.id } }); // not to be sent by a later test's worker run

    // The explicit opt-out for a trusted local relay does send (and shows the server would have
    // accepted the password in clear: the assertion above is not vacuous).
    await sendMail({ smtpUrl, tls: "off" }, { from: "a@meridian.test", to: "y@meridian.test", subject: "Relay", text: "ok" });
    expect(plainOnly.auths).toEqual([{ username: "mailer", password: "secret", secure: false }]);
    expect(plainOnly.messages.at(-1)?.parsed.subject).toBe("Relay");
  });

  it("upgrades even when the server hides STARTTLS from EHLO (requireTLS asks anyway)", async () => {
    await sendMail({ smtpUrl: `smtp://mailer:pw@127.0.0.1:${hiddenStartTls.port}`, tlsOptions }, { from: "a@meridian.test", to: "b@meridian.test", subject: "Hidden", text: "x" });
    expect(hiddenStartTls.auths).toEqual([{ username: "mailer", password: "pw", secure: true }]);
    expect(hiddenStartTls.messages.at(-1)).toMatchObject({ secure: true });
  });

  it("sends over implicit TLS (smtps://)", async () => {
    await sendMail(
      { smtpUrl: `smtps://mailer:pw@127.0.0.1:${implicitTls.port}`, tlsOptions },
      { from: "Meridian <no-reply@meridian.test>", to: "fr@meridian.test", subject: "Échéance", text: "texte", html: "<p>texte</p>" },
    );
    const mail = implicitTls.messages.at(-1)!;
    expect(mail.secure).toBe(true);
    expect(implicitTls.auths.at(-1)).toMatchObject({ username: "mailer", secure: true });
    expect(mail.parsed.subject).toBe("Échéance");
    expect(mail.parsed.text?.trim()).toBe("texte");
    expect(String(mail.parsed.html)).toContain("<p>texte</p>");
  });

  it("does not trust a certificate it cannot verify", async () => {
    await expect(sendMail({ smtpUrl: `smtps://127.0.0.1:${implicitTls.port}` }, { from: "a@meridian.test", to: "b@meridian.test", subject: "x", text: "x" })).rejects.toThrow(/certificate/i);
  });

  it("end to end: an event becomes a notification, an outbox row and a delivered mail (Arabic, right to left)", async () => {
    const db = await getDb();
    const user = await createUser("ar.marketer@meridian.test", "ar", "سارة");
    await emit(db, { type: "variants.created", payload: { campaignId: "c1", campaignName: "Ramadan", variants: [{ id: "v9", market: "AE", locale: "ar-AE", assigneeId: user.id }] } });
    await drainEvents();
    expect(await db.notification.count({ where: { userId: user.id, kind: "assigned" } })).toBe(1);
    const before = startTls.messages.length;
    expect(await sendDueMail({ tlsOptions })).toMatchObject({ sent: 1 });
    expect(startTls.messages.length - before).toBe(1);
    const mail = startTls.messages.at(-1)!;
    expect(mail.to).toEqual([user.email]);
    expect(mail.parsed.subject).toBe("نسخة جديدة: Ramadan (AE)");
    expect(String(mail.parsed.html)).toContain('lang="ar" dir="rtl"');
    expect(mail.parsed.text).toContain("https://meridian.example/variants/v9");
    const row = await db.outboxMessage.findFirstOrThrow({ where: { to: user.email } });
    expect(row).toMatchObject({ status: "sent", subject: "نسخة جديدة: Ramadan (AE)" });
    expect(row.html).toContain('dir="rtl"');
  });

  it("retries a refused recipient with backoff, then sends", async () => {
    const db = await getDb();
    startTls.rejected.add("gone@meridian.test");
    const m = await db.outboxMessage.create({ data: { to: "gone@meridian.test", subject: "x", body: "y", nextAttemptAt: new Date(Date.now() - 1000) } });
    const now = new Date();
    expect(await sendDueMail({ tlsOptions, now })).toMatchObject({ claimed: 1, failed: 1 });
    const row = await db.outboxMessage.findUniqueOrThrow({ where: { id: m.id } });
    expect(row).toMatchObject({ status: "pending", attempts: 1, lockedBy: null });
    expect(row.lastError).toContain("550");
    expect(row.nextAttemptAt.getTime() - now.getTime()).toBe(30_000);
    startTls.rejected.clear();
    expect(await sendDueMail({ tlsOptions, now: new Date(now.getTime() + 30_000) })).toMatchObject({ sent: 1 });
    expect(await sendDueMail({ tlsOptions, now: new Date(now.getTime() + 60_000) })).toMatchObject({ claimed: 0 });
  });

  it("does nothing without SMTP configured", async () => {
    expect(await sendDueMail({ smtpUrl: "" })).toEqual({ claimed: 0, sent: 0, failed: 0, dead: 0 });
  });
});
