// The mail outbox worker and the SMTP client against a tiny local fake SMTP server.
import net from "node:net";
import type { AddressInfo } from "node:net";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { getDb } from "@/lib/db";
import { setupTestDatabase } from "@/lib/testing/test-database";
import { sendDueMail } from "./send-due-mail";
import { sendMail } from "./smtp/smtp-client";

setupTestDatabase();

interface Session {
  commands: string[];
  data: string;
}
const sessions: Session[] = [];
let rejectRcpt = false;
let authMechanisms = "PLAIN LOGIN";
let server: net.Server;
let port = 0;

beforeAll(async () => {
  server = net.createServer((socket) => {
    const session: Session = { commands: [], data: "" };
    sessions.push(session);
    let inData = false;
    let buffer = "";
    socket.write("220 fake.smtp ready\r\n");
    socket.on("data", (chunk) => {
      buffer += chunk.toString("utf8");
      for (;;) {
        if (inData) {
          const end = buffer.indexOf("\r\n.\r\n");
          if (end < 0) return;
          session.data = buffer.slice(0, end);
          buffer = buffer.slice(end + 5);
          inData = false;
          socket.write("250 queued\r\n");
          continue;
        }
        const nl = buffer.indexOf("\r\n");
        if (nl < 0) return;
        const line = buffer.slice(0, nl);
        buffer = buffer.slice(nl + 2);
        session.commands.push(line);
        const verb = line.split(" ")[0]!.toUpperCase();
        if (verb === "EHLO") socket.write(`250-fake.smtp\r\n250-AUTH ${authMechanisms}\r\n250 8BITMIME\r\n`);
        else if (verb === "AUTH" && line.startsWith("AUTH PLAIN")) socket.write("235 ok\r\n");
        else if (verb === "AUTH") socket.write("334 VXNlcm5hbWU6\r\n");
        else if (session.commands.at(-2)?.startsWith("AUTH LOGIN") && !line.startsWith("MAIL")) socket.write("334 UGFzc3dvcmQ6\r\n");
        else if (session.commands.at(-3)?.startsWith("AUTH LOGIN") && !line.startsWith("MAIL")) socket.write("235 ok\r\n");
        else if (verb === "MAIL") socket.write("250 ok\r\n");
        else if (verb === "RCPT") socket.write(rejectRcpt ? "550 no such user\r\n" : "250 ok\r\n");
        else if (verb === "DATA") {
          socket.write("354 go\r\n");
          inData = true;
        } else if (verb === "QUIT") socket.end("221 bye\r\n");
        else socket.write("500 unknown\r\n");
      }
    });
  });
  await new Promise<void>((resolve) => server.listen(0, "127.0.0.1", resolve));
  port = (server.address() as AddressInfo).port;
});
afterAll(() => new Promise<void>((resolve) => server.close(() => resolve())));

describe("SMTP client and mail outbox", () => {
  it("sends with AUTH PLAIN, UTF-8 subject and body", async () => {
    await sendMail(`smtp://mailer:p%40ss@127.0.0.1:${port}`, { from: "Meridian <no-reply@meridian.test>", to: "de.approver@meridian.test", subject: "Freigabe für Variante", text: "Bitte prüfen.\n.\nDanke" });
    const s = sessions.at(-1)!;
    expect(s.commands[0]).toMatch(/^EHLO /);
    expect(s.commands[1]).toBe(`AUTH PLAIN ${Buffer.from("\0mailer\0p@ss").toString("base64")}`);
    expect(s.commands).toContain("MAIL FROM:<no-reply@meridian.test>");
    expect(s.commands).toContain("RCPT TO:<de.approver@meridian.test>");
    expect(s.data).toContain(`Subject: =?UTF-8?B?${Buffer.from("Freigabe für Variante").toString("base64")}?=`);
    const body = s.data.split("\r\n\r\n")[1]!.replace(/\r\n/g, "");
    expect(Buffer.from(body, "base64").toString("utf8")).toBe("Bitte prüfen.\r\n.\r\nDanke");
  });

  it("uses AUTH LOGIN when PLAIN is not offered", async () => {
    authMechanisms = "LOGIN";
    await sendMail(`smtp://u:p@127.0.0.1:${port}`, { from: "a@b.test", to: "c@d.test", subject: "Hi", text: "x" });
    expect(sessions.at(-1)!.commands.slice(1, 4)).toEqual(["AUTH LOGIN", Buffer.from("u").toString("base64"), Buffer.from("p").toString("base64")]);
    authMechanisms = "PLAIN LOGIN";
  });

  it("the worker sends due messages once and retries refusals with backoff", async () => {
    const db = await getDb();
    const past = new Date(Date.now() - 1000);
    await db.outboxMessage.createMany({
      data: [
        { to: "one@meridian.test", subject: "One", body: "1", nextAttemptAt: past },
        { to: "two@meridian.test", subject: "Two", body: "2", nextAttemptAt: past },
      ],
    });
    const smtpUrl = `smtp://127.0.0.1:${port}`;
    const before = sessions.length;
    expect(await sendDueMail({ smtpUrl })).toMatchObject({ claimed: 2, sent: 2 });
    expect(sessions.length - before).toBe(2);
    expect(await sendDueMail({ smtpUrl })).toMatchObject({ claimed: 0 });
    expect(await db.outboxMessage.count({ where: { status: "sent", sentAt: { not: null } } })).toBe(2);

    rejectRcpt = true;
    const m = await db.outboxMessage.create({ data: { to: "gone@meridian.test", subject: "x", body: "y", nextAttemptAt: past } });
    const now = new Date();
    expect(await sendDueMail({ smtpUrl, now })).toMatchObject({ claimed: 1, failed: 1 });
    const row = await db.outboxMessage.findUniqueOrThrow({ where: { id: m.id } });
    expect(row).toMatchObject({ status: "pending", attempts: 1, lockedBy: null });
    expect(row.lastError).toContain("550");
    expect(row.nextAttemptAt.getTime() - now.getTime()).toBe(30_000);
    rejectRcpt = false;
    expect(await sendDueMail({ smtpUrl, now: new Date(now.getTime() + 30_000) })).toMatchObject({ sent: 1 });
  });

  it("does nothing without SMTP configured", async () => {
    expect(await sendDueMail({ smtpUrl: "" })).toEqual({ claimed: 0, sent: 0, failed: 0, dead: 0 });
  });
});
