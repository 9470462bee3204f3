// The response check the API tests rely on fails when an answer differs from the document: an
// undocumented field, a wrong type, a status or media type the operation does not list, an error
// code documented under another status.
import { describe, expect, it } from "vitest";
import { expectDocumented, expectDocumentedWebhook } from "./testing/expect-documented";

const me = { id: "u1", email: "a@b.c", name: "A", role: "viewer", uiLocale: "en", markets: [{ code: "DE", name: "Germany", locales: ["de-DE"] }], readOnly: false };
const error = (code: string, details?: unknown) => ({ error: { code, message: "m", ...(details === undefined ? {} : { details }) } });

describe("expectDocumented", () => {
  it("accepts an answer the document describes", async () => {
    await expectDocumented("GET", "/api/v1/me", Response.json(me));
    await expectDocumented("GET", "/api/v1/me", Response.json(error("UNAUTHENTICATED"), { status: 401, headers: { "www-authenticate": 'Bearer realm="meridian"' } }));
    await expectDocumented("PATCH", "/api/v1/campaigns/{id}", Response.json(error("VERSION_CONFLICT", { yours: 2, current: 3, blocks: [] }), { status: 409 }));
  });

  it("refuses an undocumented field, a wrong type and a missing field", async () => {
    await expect(expectDocumented("GET", "/api/v1/me", Response.json({ ...me, secret: "x" }))).rejects.toThrow(/must NOT have additional properties/);
    await expect(expectDocumented("GET", "/api/v1/me", Response.json({ ...me, readOnly: "no" }))).rejects.toThrow(/readOnly must be boolean/);
    const { email: _email, ...withoutEmail } = me;
    await expect(expectDocumented("GET", "/api/v1/me", Response.json(withoutEmail))).rejects.toThrow(/must have required property 'email'/);
  });

  it("refuses an unlisted status, media type, error code, conflict details or a missing promised header", async () => {
    await expect(expectDocumented("GET", "/api/v1/me", Response.json(me, { status: 201 }))).rejects.toThrow(/answered 201/);
    await expect(expectDocumented("GET", "/api/v1/me", new Response("x", { headers: { "content-type": "text/plain" } }))).rejects.toThrow(/text\/plain/);
    await expect(expectDocumented("GET", "/api/v1/me", Response.json(error("NOT_FOUND"), { status: 401, headers: { "www-authenticate": 'Bearer realm="meridian"' } }))).rejects.toThrow(/body its document does not describe/);
    await expect(
      expectDocumented("PATCH", "/api/v1/campaigns/{id}", Response.json(error("VERSION_CONFLICT", { version: 3 }), { status: 409 })),
    ).rejects.toThrow(/required property 'yours'/);
    await expect(expectDocumented("GET", "/api/v1/nothing", Response.json({}))).rejects.toThrow(/not in the OpenAPI document/);
    const created = { id: "c1", version: 1, status: "draft", warnings: [] };
    await expectDocumented("POST", "/api/v1/campaigns", Response.json(created, { status: 201, headers: { location: "/api/v1/campaigns/c1" } }));
    await expect(expectDocumented("POST", "/api/v1/campaigns", Response.json(created, { status: 201 }))).rejects.toThrow(/without the header\(s\) Location/);
  });

  it("documents unexpected failures too (500 INTERNAL), in the one error shape", async () => {
    await expectDocumented("GET", "/api/v1/me", Response.json(error("INTERNAL"), { status: 500 }));
    await expect(expectDocumented("GET", "/api/v1/me", Response.json({ message: "boom" }, { status: 500 }))).rejects.toThrow(/required property 'error'/);
  });

  it("checks webhook bodies against the webhooks section", () => {
    const body = { id: "d1", event: "variant.approved", occurredAt: "2026-12-01T10:00:00.000Z", data: { variantId: "v", campaignId: "c", market: "DE", locale: "de-DE", state: "approved", version: 4 } };
    expectDocumentedWebhook("variant.approved", body);
    expect(() => expectDocumentedWebhook("variant.approved", { ...body, data: { ...body.data, state: "published" } })).toThrow(/allowedValue/);
    expect(() => expectDocumentedWebhook("variant.renamed", body)).toThrow(/not in the OpenAPI document/);
  });
});
