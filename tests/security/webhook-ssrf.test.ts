// Webhooks cannot be pointed inside the network: internal targets are refused when a webhook is
// saved (every IP spelling) and again at delivery, after DNS resolution, connecting only to the
// address that was checked (no DNS rebinding). WEBHOOK_ALLOW_PRIVATE is not set here.
import { createServer, type Server } from "node:http";
import type { AddressInfo } from "node:net";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { getDb } from "@/lib/db";
import { checkWebhookTarget } from "@/lib/exchange/webhooks/check-webhook-target";
import { createWebhook } from "@/lib/exchange/webhooks/create-webhook";
import { updateWebhook } from "@/lib/exchange/webhooks/update-webhook";
import { createExchangeActor } from "@/lib/exchange/testing/factory";
import { deliverDueWebhooks } from "@/lib/jobs/webhooks/deliver-due-webhooks";
import { makeCheckedLookup, sendWebhookRequest, TARGET_REFUSED } from "@/lib/jobs/webhooks/send-webhook";
import { setupTestDatabase } from "@/lib/testing/test-database";

setupTestDatabase();

const hits: Array<{ host: string | undefined }> = [];
let server: Server;
let port = 0;

beforeAll(async () => {
  delete process.env.WEBHOOK_ALLOW_PRIVATE;
  server = createServer((req, res) => {
    hits.push({ host: req.headers.host });
    req.resume();
    res.end("ok");
  });
  await new Promise<void>((resolve) => server.listen(0, "127.0.0.1", resolve));
  port = (server.address() as AddressInfo).port;
});
afterAll(() => new Promise<void>((resolve) => server.close(() => resolve())));

const INTERNAL = [
  "http://127.0.0.1/hook",
  "http://127.1/",
  "http://2130706433/",
  "http://0177.0.0.1/",
  "http://0x7f.0.0.1/",
  "http://0.0.0.0:8080/",
  "http://169.254.169.254/latest/meta-data/",
  "http://10.0.0.8/",
  "http://172.20.1.1/",
  "http://192.168.0.10/",
  "http://[::1]/",
  "http://[::ffff:127.0.0.1]/",
  "http://[::ffff:a9fe:a9fe]/",
  "http://[fd00:ec2::254]/",
  "http://localhost:3000/",
  "http://api.localhost/",
];

describe("webhook targets at configuration", () => {
  it.each(INTERNAL)("refuses %s", (url) => {
    expect(() => checkWebhookTarget(url, false)).toThrow(expect.objectContaining({ code: "WEBHOOK_TARGET_NOT_ALLOWED", status: 422 }));
    expect(() => checkWebhookTarget(url, true)).not.toThrow();
  });

  it("create and update refuse internal targets; public ones are saved", async () => {
    const admin = await createExchangeActor(await getDb(), "admin");
    await expect(createWebhook(admin, { url: "http://169.254.169.254/", events: ["variant.approved"] })).rejects.toMatchObject({ code: "WEBHOOK_TARGET_NOT_ALLOWED" });
    await expect(createWebhook(admin, { url: "http://2130706433:8080/", events: ["variant.approved"] })).rejects.toMatchObject({ code: "WEBHOOK_TARGET_NOT_ALLOWED" });
    const hook = await createWebhook(admin, { url: "https://hooks.example.com/in", events: ["variant.approved"] });
    await expect(updateWebhook(admin, { id: hook.id, url: "http://[::1]:9000/" })).rejects.toMatchObject({ code: "WEBHOOK_TARGET_NOT_ALLOWED" });
    const db = await getDb();
    expect((await db.webhook.findUniqueOrThrow({ where: { id: hook.id } })).url).toBe("https://hooks.example.com/in");
  });
});

describe("webhook targets at delivery", () => {
  const send = (url: string, lookup?: ReturnType<typeof makeCheckedLookup>) => sendWebhookRequest(url, { "Content-Type": "application/json" }, "{}", { timeoutMs: 2000, allowPrivate: false, lookup });

  it("a stored internal URL (saved before the check, or by hand) is not contacted", async () => {
    const db = await getDb();
    const hook = await db.webhook.create({ data: { url: `http://127.0.0.1:${port}/`, secret: "whsec_c2VjcmV0", events: ["variant.approved"] } });
    await db.webhookDelivery.create({ data: { webhookId: hook.id, event: "variant.approved", payload: { event: "variant.approved", data: {} } } });
    const before = hits.length;
    const summary = await deliverDueWebhooks({ allowPrivate: false });
    expect(summary).toMatchObject({ claimed: 1, delivered: 0 });
    expect(hits.length).toBe(before);
    const attempt = await db.webhookAttempt.findFirstOrThrow({ where: { delivery: { webhookId: hook.id } } });
    // The log names no address or port: it cannot be used to scan the network.
    expect(attempt).toMatchObject({ statusCode: null, error: TARGET_REFUSED, response: null });
  });

  it("a name that resolves to an internal address is refused after resolution", async () => {
    const before = hits.length;
    const toLoopback = makeCheckedLookup((_h, _o, cb) => cb(null, [{ address: "127.0.0.1", family: 4 }]));
    expect(await send(`http://hooks.attacker.test:${port}/`, toLoopback)).toMatchObject({ ok: false, error: TARGET_REFUSED });
    const mixed = makeCheckedLookup((_h, _o, cb) => cb(null, [{ address: "93.184.216.34", family: 4 }, { address: "10.0.0.1", family: 4 }]));
    expect(await send(`http://mixed.attacker.test:${port}/`, mixed)).toMatchObject({ ok: false, error: TARGET_REFUSED });
    expect(hits.length).toBe(before);
  });

  it("connects to the address that was checked: one resolution per request, no second lookup to rebind", async () => {
    let resolutions = 0;
    // A rebinding resolver: a different answer every time. Only the checked first answer is used.
    const rebinding = makeCheckedLookup(
      (_h, _o, cb) => cb(null, [{ address: resolutions++ === 0 ? "127.0.0.1" : "10.9.9.9", family: 4 }]),
      (address) => address === "127.0.0.1", // stands in for "public" so the local receiver can answer
    );
    const result = await send(`http://receiver.test:${port}/in`, rebinding);
    expect(result).toMatchObject({ ok: true, statusCode: 200 });
    expect(resolutions).toBe(1);
    expect(hits.at(-1)).toEqual({ host: `receiver.test:${port}` });
  });

  it("IP literals are refused before any connection, in any spelling", async () => {
    const before = hits.length;
    for (const host of ["127.0.0.1", "2130706433", "[::ffff:127.0.0.1]", "0x7f.1"]) {
      expect(await send(`http://${host}:${port}/`)).toMatchObject({ ok: false, error: TARGET_REFUSED });
    }
    expect(hits.length).toBe(before);
  });
});
