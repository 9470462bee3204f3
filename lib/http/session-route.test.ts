// sessionRoute against a real database: no session is 401 in the API's error shape, a permission
// denial answers its code and is written to the audit log, anything unexpected is a 500 INTERNAL.
import { describe, expect, it, vi } from "vitest";
import { getDb } from "@/lib/db";
import { exportVariantXliff } from "@/lib/exchange/export-variant-xliff";
import type { Actor } from "@/lib/permissions/actor";
import { seedAndLoadActors } from "@/lib/testing/demo-actors";
import { setupTestDatabase } from "@/lib/testing/test-database";
import { downloadResponse, exportedFileDownload } from "./download-response";
import { sessionRoute } from "./session-route";

setupTestDatabase();

const params = (id: string) => ({ params: Promise.resolve({ id }) });
const xliffRoute = (actor: Actor | null) =>
  sessionRoute<{ id: string }>(
    async ({ actor, params }) => downloadResponse(exportedFileDownload(await exportVariantXliff(actor, { variantId: params.id, version: "2.0" }))),
    { authenticate: async () => actor },
  );

describe("sessionRoute", () => {
  it("answers 401 UNAUTHENTICATED without a session", async () => {
    const res = await xliffRoute(null)(new Request("http://t/api/variants/x/xliff"), params("x"));
    expect(res.status).toBe(401);
    expect((await res.json()).error.code).toBe("UNAUTHENTICATED");
  });

  it("serves the file to an allowed actor and audits a denial for a hidden one", async () => {
    const actors = await seedAndLoadActors();
    const db = await getDb();
    const frVariant = await db.variant.findFirstOrThrow({ where: { market: { code: "FR" } } });

    const ok = await xliffRoute(actors["admin@meridian.test"])(new Request("http://t/api/variants/v/xliff"), params(frVariant.id));
    expect(ok.status).toBe(200);
    expect(ok.headers.get("Content-Disposition")).toMatch(/^attachment; filename=".+\.xliff"; filename\*=UTF-8''/);
    expect(ok.headers.get("X-Content-Type-Options")).toBe("nosniff");

    const de = actors["de.marketer@meridian.test"];
    const hidden = await xliffRoute(de)(new Request(`http://t/api/variants/${frVariant.id}/xliff`), params(frVariant.id));
    expect(hidden.status).toBe(404);
    expect(await hidden.json()).toEqual({ error: { code: "NOT_FOUND", message: "Not found" } });
    const audit = await db.auditEvent.findFirst({ where: { action: "permission.denied", actorId: de.id } });
    expect(audit).toMatchObject({ entityType: "session-route", meta: { method: "GET", path: `/api/variants/${frVariant.id}/xliff`, code: "NOT_FOUND" } });
  });

  it("turns an unexpected failure into 500 INTERNAL without leaking it", async () => {
    const spy = vi.spyOn(console, "error").mockImplementation(() => undefined);
    const route = sessionRoute(async () => {
      throw new Error("secret detail");
    }, { authenticate: async () => ({ id: "u" }) as Actor });
    const res = await route(new Request("http://t/x"), { params: Promise.resolve({}) });
    expect(res.status).toBe(500);
    expect(JSON.stringify(await res.json())).not.toContain("secret detail");
    spy.mockRestore();
  });
});
