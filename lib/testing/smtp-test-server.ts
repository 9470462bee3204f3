// Tests: a real SMTP server (smtp-server) on 127.0.0.1 with a self-signed certificate made by
// openssl for this run. It accepts AUTH even without TLS (allowInsecureAuth), so a client that
// would send credentials in clear is caught by `auths` rather than stopped by the server.
import { execFileSync } from "node:child_process";
import { mkdtempSync, readFileSync, rmSync } from "node:fs";
import type { AddressInfo } from "node:net";
import os from "node:os";
import path from "node:path";
import { simpleParser, type ParsedMail } from "mailparser";
import { SMTPServer } from "smtp-server";

export interface TestCertificate {
  key: string;
  cert: string;
}

export function makeSelfSignedCertificate(): TestCertificate {
  const dir = mkdtempSync(path.join(os.tmpdir(), "smtp-cert-"));
  try {
    const key = path.join(dir, "key.pem");
    const cert = path.join(dir, "cert.pem");
    execFileSync("openssl", ["req", "-x509", "-newkey", "rsa:2048", "-nodes", "-keyout", key, "-out", cert, "-days", "1", "-subj", "/CN=localhost", "-addext", "subjectAltName=IP:127.0.0.1,DNS:localhost"], { stdio: "ignore" });
    return { key: readFileSync(key, "utf8"), cert: readFileSync(cert, "utf8") };
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
}

export interface ReceivedMail {
  from: string;
  to: string[];
  secure: boolean;
  parsed: ParsedMail;
}

export interface SmtpTestServer {
  port: number;
  messages: ReceivedMail[];
  /** Every AUTH the server saw, and whether the connection was encrypted at that moment. */
  auths: Array<{ username: string; password: string; secure: boolean }>;
  /** Recipients answered with 550. */
  rejected: Set<string>;
  close(): Promise<void>;
}

/**
 * `startTls`: "offered" (default), "hidden" (not in EHLO but the command still works, as some
 * misconfigured relays do) or "none" (the server cannot do TLS at all).
 */
export async function startSmtpTestServer(options: { certificate: TestCertificate; implicitTls?: boolean; startTls?: "offered" | "hidden" | "none"; port?: number }): Promise<SmtpTestServer> {
  const messages: ReceivedMail[] = [];
  const auths: SmtpTestServer["auths"] = [];
  const rejected = new Set<string>();
  const server = new SMTPServer({
    secure: options.implicitTls ?? false,
    hideSTARTTLS: options.startTls === "hidden",
    disabledCommands: options.startTls === "none" ? ["STARTTLS"] : [],
    key: options.certificate.key,
    cert: options.certificate.cert,
    allowInsecureAuth: true,
    authMethods: ["PLAIN", "LOGIN"],
    logger: false,
    onAuth(auth, session, callback) {
      auths.push({ username: auth.username ?? "", password: auth.password ?? "", secure: session.secure });
      callback(null, { user: auth.username });
    },
    onRcptTo(address, _session, callback) {
      if (rejected.has(address.address)) return callback(Object.assign(new Error("no such user"), { responseCode: 550 }));
      callback();
    },
    onData(stream, session, callback) {
      simpleParser(stream)
        .then((parsed) => {
          messages.push({
            from: session.envelope.mailFrom ? session.envelope.mailFrom.address : "",
            to: session.envelope.rcptTo.map((r) => r.address),
            secure: session.secure,
            parsed,
          });
          callback();
        })
        .catch((error: Error) => callback(error));
    },
  });
  await new Promise<void>((resolve, reject) => {
    server.once("error", reject);
    server.listen(options.port ?? 0, "127.0.0.1", () => resolve());
  });
  const port = (server.server.address() as AddressInfo).port;
  return { port, messages, auths, rejected, close: () => new Promise<void>((resolve) => server.close(() => resolve())) };
}

/** A free loopback port, for a server whose URL must be known before it starts (env is read once). */
export async function freePort(): Promise<number> {
  const net = await import("node:net");
  return new Promise((resolve, reject) => {
    const probe = net.createServer();
    probe.once("error", reject);
    probe.listen(0, "127.0.0.1", () => {
      const { port } = probe.address() as AddressInfo;
      probe.close(() => resolve(port));
    });
  });
}
