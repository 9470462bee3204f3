// A minimal SMTP client over node:net / node:tls for the mail outbox: EHLO, STARTTLS when the
// server offers it (smtp://), implicit TLS (smtps://), AUTH PLAIN or LOGIN when the URL has
// credentials, MAIL FROM, RCPT TO, DATA. One message per connection; plain-text UTF-8 bodies.
import { randomUUID } from "node:crypto";
import net from "node:net";
import os from "node:os";
import tls from "node:tls";

export interface MailMessage {
  from: string;
  to: string;
  subject: string;
  text: string;
}

export class SmtpError extends Error {
  constructor(
    message: string,
    readonly replyCode?: number,
  ) {
    super(message);
    this.name = "SmtpError";
  }
}

interface Reply {
  code: number;
  lines: string[];
}

class Connection {
  private buffer = "";
  private waiting: Array<(r: Reply | Error) => void> = [];
  private replies: Array<Reply | Error> = [];
  private pending: string[] = [];

  constructor(public socket: net.Socket) {
    this.attach(socket);
  }

  attach(socket: net.Socket): void {
    this.socket = socket;
    socket.setEncoding("utf8");
    socket.on("data", (chunk: string) => this.onData(chunk));
    socket.on("error", (e) => this.push(e));
    socket.on("close", () => this.push(new SmtpError("The SMTP server closed the connection")));
  }

  private onData(chunk: string): void {
    this.buffer += chunk;
    let index;
    while ((index = this.buffer.indexOf("\n")) >= 0) {
      const line = this.buffer.slice(0, index).replace(/\r$/, "");
      this.buffer = this.buffer.slice(index + 1);
      this.pending.push(line);
      if (/^\d{3} /.test(line) || /^\d{3}$/.test(line)) {
        this.push({ code: Number(line.slice(0, 3)), lines: this.pending.map((l) => l.slice(4)) });
        this.pending = [];
      }
    }
  }

  private push(item: Reply | Error): void {
    const waiter = this.waiting.shift();
    if (waiter) waiter(item);
    else this.replies.push(item);
  }

  read(): Promise<Reply> {
    const ready = this.replies.shift();
    const settle = (item: Reply | Error) => (item instanceof Error ? Promise.reject(item) : Promise.resolve(item));
    if (ready) return settle(ready);
    return new Promise((resolve, reject) => this.waiting.push((item) => (item instanceof Error ? reject(item) : resolve(item))));
  }

  async command(line: string, expect: number[], redacted?: string): Promise<Reply> {
    this.socket.write(`${line}\r\n`);
    const reply = await this.read();
    if (!expect.includes(reply.code)) {
      throw new SmtpError(`${redacted ?? line.split(" ")[0]} → ${reply.code} ${reply.lines.join(" ")}`, reply.code);
    }
    return reply;
  }
}

function encodeHeader(value: string): string {
  const clean = value.replace(/[\r\n]+/g, " ");
  return /^[\x20-\x7e]*$/.test(clean) ? clean : `=?UTF-8?B?${Buffer.from(clean, "utf8").toString("base64")}?=`;
}

function address(value: string): string {
  const match = /<([^>]+)>/.exec(value);
  return (match ? match[1]! : value).trim();
}

/** The message as sent after DATA: headers, base64 UTF-8 body, dot-stuffed, CRLF line ends. */
export function formatMessage(message: MailMessage, now = new Date()): string {
  const domain = address(message.from).split("@")[1] ?? "localhost";
  const body = Buffer.from(message.text.replace(/\r?\n/g, "\r\n"), "utf8").toString("base64").replace(/.{76}/g, "$&\r\n");
  const lines = [
    `From: ${encodeHeader(message.from)}`,
    `To: ${encodeHeader(message.to)}`,
    `Subject: ${encodeHeader(message.subject)}`,
    `Date: ${now.toUTCString()}`,
    `Message-ID: <${randomUUID()}@${domain}>`,
    "MIME-Version: 1.0",
    "Content-Type: text/plain; charset=utf-8",
    "Content-Transfer-Encoding: base64",
    "",
    body,
  ];
  return lines.join("\r\n").replace(/^\./gm, "..");
}

function open(url: URL, timeoutMs: number): Promise<net.Socket> {
  const implicitTls = url.protocol === "smtps:";
  const port = Number(url.port || (implicitTls ? 465 : 25));
  return new Promise((resolve, reject) => {
    const socket = implicitTls
      ? tls.connect({ host: url.hostname, port, servername: url.hostname }, () => resolve(socket))
      : net.connect({ host: url.hostname, port }, () => resolve(socket));
    socket.setTimeout(timeoutMs, () => socket.destroy(new SmtpError(`SMTP timed out after ${timeoutMs} ms`)));
    socket.once("error", reject);
  });
}

/** Sends one message through the server named by `smtpUrl` (smtp://user:pass@host:587, smtps://…:465). */
export async function sendMail(smtpUrl: string, message: MailMessage, options: { timeoutMs?: number } = {}): Promise<void> {
  const url = new URL(smtpUrl);
  if (url.protocol !== "smtp:" && url.protocol !== "smtps:") throw new SmtpError(`Unsupported SMTP URL scheme ${url.protocol}`);
  const timeoutMs = options.timeoutMs ?? 15_000;
  const conn = new Connection(await open(url, timeoutMs));
  try {
    const greeting = await conn.read();
    if (greeting.code !== 220) throw new SmtpError(`Greeting → ${greeting.code} ${greeting.lines.join(" ")}`, greeting.code);
    const helo = os.hostname().replace(/[^A-Za-z0-9.-]/g, "") || "localhost";
    let ehlo = await conn.command(`EHLO ${helo}`, [250]);
    const offersTls = ehlo.lines.some((l) => /^STARTTLS\b/i.test(l));
    if (url.protocol === "smtp:" && offersTls && url.searchParams.get("tls") !== "off") {
      await conn.command("STARTTLS", [220]);
      const secure = tls.connect({ socket: conn.socket, servername: url.hostname });
      await new Promise<void>((resolve, reject) => secure.once("secureConnect", resolve).once("error", reject));
      conn.socket.removeAllListeners("data");
      conn.attach(secure);
      ehlo = await conn.command(`EHLO ${helo}`, [250]);
    }
    if (url.username) {
      const user = decodeURIComponent(url.username);
      const pass = decodeURIComponent(url.password);
      const auth = ehlo.lines.find((l) => /^AUTH\b/i.test(l))?.toUpperCase() ?? "";
      if (auth.includes("PLAIN") || !auth.includes("LOGIN")) {
        await conn.command(`AUTH PLAIN ${Buffer.from(`\0${user}\0${pass}`).toString("base64")}`, [235], "AUTH PLAIN");
      } else {
        await conn.command("AUTH LOGIN", [334]);
        await conn.command(Buffer.from(user).toString("base64"), [334], "AUTH LOGIN user");
        await conn.command(Buffer.from(pass).toString("base64"), [235], "AUTH LOGIN password");
      }
    }
    await conn.command(`MAIL FROM:<${address(message.from)}>`, [250]);
    await conn.command(`RCPT TO:<${address(message.to)}>`, [250, 251]);
    await conn.command("DATA", [354]);
    await conn.command(`${formatMessage(message)}\r\n.`, [250], "message");
    await conn.command("QUIT", [221]).catch(() => undefined);
  } finally {
    conn.socket.destroy();
  }
}
