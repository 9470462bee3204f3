// The SMTP transport (nodemailer), one pooled transporter per process. Credentials never cross
// the wire in clear: smtps:// is implicit TLS, smtp:// must upgrade with STARTTLS (requireTLS) or
// the send fails before AUTH. SMTP_TLS=off is the explicit opt-out for a local relay on a trusted
// network (no STARTTLS attempted at all).
import nodemailer, { type Transporter } from "nodemailer";
import type SMTPPool from "nodemailer/lib/smtp-pool";

export interface MailMessage {
  from: string;
  to: string;
  subject: string;
  text: string;
  html?: string | null;
}

export interface TransportConfig {
  smtpUrl: string;
  tls?: "required" | "off";
  /** Extra TLS options, e.g. the CA of a test server's self-signed certificate. */
  tlsOptions?: SMTPPool.Options["tls"];
}

export function transportOptions(config: TransportConfig): SMTPPool.Options {
  const url = new URL(config.smtpUrl);
  if (url.protocol !== "smtp:" && url.protocol !== "smtps:") throw new Error(`Unsupported SMTP URL scheme ${url.protocol}`);
  const implicitTls = url.protocol === "smtps:";
  const tlsOff = config.tls === "off";
  return {
    pool: true,
    maxConnections: 2,
    host: url.hostname,
    port: Number(url.port || (implicitTls ? 465 : 587)),
    secure: implicitTls,
    requireTLS: !implicitTls && !tlsOff,
    ignoreTLS: !implicitTls && tlsOff,
    auth: url.username ? { user: decodeURIComponent(url.username), pass: decodeURIComponent(url.password) } : undefined,
    connectionTimeout: 15_000,
    greetingTimeout: 15_000,
    socketTimeout: 30_000,
    tls: config.tlsOptions,
  };
}

type Cached = { key: string; transporter: Transporter };
const store = globalThis as unknown as { __meridianMail?: Cached };

/** The process's transporter for this configuration (a changed configuration replaces it). */
export function getMailTransport(config: TransportConfig): Transporter {
  const key = JSON.stringify([config.smtpUrl, config.tls ?? "required", config.tlsOptions ?? null]);
  const cached = store.__meridianMail;
  if (cached?.key === key) return cached.transporter;
  cached?.transporter.close();
  const transporter = nodemailer.createTransport(transportOptions(config));
  // An 'error' event with no listener would end the server process; a send's own error reaches its caller.
  transporter.on("error", (error) => console.warn("[mail] SMTP transport error:", error.message));
  store.__meridianMail = { key, transporter };
  return transporter;
}

/** Closes the pooled connections (background loop stop, tests). */
export function closeMailTransport(): void {
  store.__meridianMail?.transporter.close();
  store.__meridianMail = undefined;
}

export async function sendMail(config: TransportConfig, message: MailMessage): Promise<void> {
  await getMailTransport(config).sendMail({
    from: message.from,
    to: message.to,
    subject: message.subject,
    text: message.text,
    ...(message.html ? { html: message.html } : {}),
  });
}
