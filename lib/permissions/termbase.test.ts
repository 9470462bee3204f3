// Every termbase denial, per role and own/other market, through the domain functions and the
// API v1 routes, against a real database.
import { describe, expect, it } from "vitest";
import * as v1TermbaseExportRoute from "@/app/api/v1/termbase/export/route";
import * as v1TermbaseImportRoute from "@/app/api/v1/termbase/import/route";
import * as v1TermsRoute from "@/app/api/v1/terms/route";
import { loadActor } from "@/lib/auth/load-actor";
import { getDb } from "@/lib/db";
import { setupTestDatabase } from "@/lib/testing/test-database";
import { createConcept } from "@/lib/termbase/create-concept";
import { decideProposal } from "@/lib/termbase/decide-proposal";
import { findProposals } from "@/lib/termbase/find-proposals";
import { getConcept, getConceptHistory } from "@/lib/termbase/get-concept";
import { importTermbase } from "@/lib/termbase/import-termbase";
import { proposeTerm } from "@/lib/termbase/propose-term";
import { addTerm } from "@/lib/termbase/add-term";
import { deleteTerm } from "@/lib/termbase/delete-term";
import { updateTerm } from "@/lib/termbase/update-term";
import { deleteConcept } from "@/lib/termbase/delete-concept";
import { updateConcept } from "@/lib/termbase/update-concept";
import { createApiToken } from "@/lib/tokens/create-api-token";
import { seedDemo } from "@/prisma/seed";
import { documentedRoute } from "@/lib/openapi/testing/expect-documented";

// Every answer these tests get is checked against the OpenAPI document.
const { GET: exportRoute } = documentedRoute("/api/v1/termbase/export", v1TermbaseExportRoute);
const { POST: importRoute } = documentedRoute("/api/v1/termbase/import", v1TermbaseImportRoute);
const { GET: termsRoute } = documentedRoute("/api/v1/terms", v1TermsRoute);

setupTestDatabase();

async function actorFor(email: string) {
  const db = await getDb();
  const user = await db.user.findUniqueOrThrow({ where: { email } });
  return (await loadActor(user.id))!;
}

async function tokenFor(email: string, readOnly = false) {
  const created = await createApiToken(await actorFor(email), { name: "t", readOnly, expiresInDays: 1 });
  return created.token;
}

const ctx = { params: Promise.resolve({}) };
function req(path: string, init: RequestInit & { token?: string } = {}) {
  const headers = new Headers(init.headers);
  if (init.token) headers.set("authorization", `Bearer ${init.token}`);
  return new Request(`http://localhost${path}`, { ...init, headers });
}

const NON_EDITORS = ["campaigns@meridian.test", "de.marketer@meridian.test", "de.approver@meridian.test", "translator@meridian.test", "viewer@meridian.test"];

describe("termbase permissions", () => {
  let deOnlyConceptId = "";
  let globalConcept = { id: "", version: 1, termId: "" };

  it("seeds and prepares a DE-only concept", async () => {
    const db = await getDb();
    await seedDemo(db);
    const brand = await actorFor("brand@meridian.test");
    const de = await db.market.findUniqueOrThrow({ where: { code: "DE" } });
    deOnlyConceptId = (await createConcept(brand, { terms: [{ locale: "de-DE", text: "Nur Deutschland", marketId: de.id }] })).id;
    const g = await createConcept(brand, { terms: [{ locale: "en-US", text: "Global thing" }, { locale: "de-DE", text: "Globales Ding" }] });
    globalConcept = { id: g.id, version: g.version, termId: g.terms[0]!.id };
  });

  it("only HQ brand managers and admins edit; everyone else gets FORBIDDEN", async () => {
    for (const email of NON_EDITORS) {
      const actor = await actorFor(email);
      const { id, version, termId } = globalConcept;
      await expect(createConcept(actor, { terms: [{ locale: "en-US", text: "x" }] })).rejects.toMatchObject({ code: "FORBIDDEN" });
      await expect(updateConcept(actor, { id, version, subject: "x" })).rejects.toMatchObject({ code: "FORBIDDEN" });
      await expect(deleteConcept(actor, { id, version })).rejects.toMatchObject({ code: "FORBIDDEN" });
      await expect(addTerm(actor, { conceptId: id, version, locale: "fr-FR", text: "x" })).rejects.toMatchObject({ code: "FORBIDDEN" });
      await expect(updateTerm(actor, { id: termId, version, locale: "en-US", text: "x" })).rejects.toMatchObject({ code: "FORBIDDEN" });
      await expect(deleteTerm(actor, { id: termId, version })).rejects.toMatchObject({ code: "FORBIDDEN" });
      await expect(importTermbase(actor, { format: "csv", content: "locale,term\nen-US,x\n" })).rejects.toMatchObject({ code: "FORBIDDEN" });
      await expect(decideProposal(actor, { id: "any", decision: "accept" })).rejects.toMatchObject({ code: "FORBIDDEN" });
    }
    const admin = await actorFor("admin@meridian.test");
    const made = await createConcept(admin, { terms: [{ locale: "en-US", text: "Admin term" }] });
    expect(made.id).toBeTruthy();
    const readOnly = { ...(await actorFor("brand@meridian.test")), readOnly: true };
    await expect(createConcept(readOnly, { terms: [{ locale: "en-US", text: "x" }] })).rejects.toMatchObject({ code: "FORBIDDEN" });
  });

  it("another market's concept is NOT_FOUND; the own market's is visible", async () => {
    const fr = await actorFor("fr.marketer@meridian.test");
    const de = await actorFor("de.marketer@meridian.test");
    await expect(getConcept(fr, deOnlyConceptId)).rejects.toMatchObject({ code: "NOT_FOUND" });
    await expect(getConceptHistory(fr, deOnlyConceptId)).rejects.toMatchObject({ code: "NOT_FOUND" });
    await expect(proposeTerm(fr, { conceptId: deOnlyConceptId, locale: "fr-FR", text: "x" })).rejects.toMatchObject({ code: "NOT_FOUND" });
    expect((await getConcept(de, deOnlyConceptId)).terms).toHaveLength(1);
  });

  it("proposals: regional marketers and approvers for their own locales only", async () => {
    const de = await actorFor("de.marketer@meridian.test");
    const deApprover = await actorFor("de.approver@meridian.test");
    await expect(proposeTerm(de, { locale: "fr-FR", text: "Autre" })).rejects.toMatchObject({ code: "FORBIDDEN" });
    for (const email of ["brand@meridian.test", "campaigns@meridian.test", "translator@meridian.test", "viewer@meridian.test"]) {
      await expect(proposeTerm(await actorFor(email), { locale: "de-DE", text: "x" })).rejects.toMatchObject({ code: "FORBIDDEN" });
    }
    const p = await proposeTerm(deApprover, { conceptId: globalConcept.id, locale: "de-DE", text: "Weltweites Ding" });
    expect(p.state).toBe("pending");
    const fr = await actorFor("fr.marketer@meridian.test");
    expect((await findProposals(fr)).some((x) => x.id === p.id)).toBe(false);
    expect((await findProposals(de)).some((x) => x.id === p.id)).toBe(true);
  });

  it("API v1: tokens required, read-only refused, media types and sizes checked, scoped results", async () => {
    const fr = await tokenFor("fr.marketer@meridian.test");
    const brand = await tokenFor("brand@meridian.test");
    const brandRo = await tokenFor("brand@meridian.test", true);
    const deMarketer = await tokenFor("de.marketer@meridian.test");

    expect((await termsRoute(req("/api/v1/terms?q=nur"), ctx)).status).toBe(401);
    const frHits = await (await termsRoute(req("/api/v1/terms?q=nur", { token: fr }), ctx)).json();
    expect(frHits.items).toEqual([]);
    const brandRes = await termsRoute(req("/api/v1/terms?q=nur&limit=5", { token: brand }), ctx);
    expect(brandRes.headers.get("cache-control")).toBe("private, no-store, no-transform");
    const brandHits = await brandRes.json();
    expect(brandHits.items[0]).toMatchObject({ term: "Nur Deutschland", locale: "de-DE", status: "preferred", doNotTranslate: false, marketCode: "DE" });
    expect((await termsRoute(req("/api/v1/terms?q=", { token: brand }), ctx)).status).toBe(422);

    const csv = "locale,term,status\nen-US,Imported via API,preferred\n";
    const post = (token: string, body: string, type = "text/csv", headers: Record<string, string> = {}) =>
      importRoute(req("/api/v1/termbase/import", { method: "POST", token, body, headers: { "content-type": type, ...headers } }), ctx);
    expect((await post(deMarketer, csv)).status).toBe(403);
    const ro = await post(brandRo, csv);
    expect(ro.status).toBe(403);
    expect((await ro.json()).error.code).toBe("READ_ONLY_TOKEN");
    expect((await post(brand, csv, "text/plain")).status).toBe(415);
    expect((await post(brand, csv, "text/csv", { "content-length": String(1024 * 1024 * 1024) })).status).toBe(413);
    const bad = await post(brand, "locale,term,status\nen-US,A,weird\n");
    expect(bad.status).toBe(422);
    const badBody = await bad.json();
    expect(badBody.error.code).toBe("IMPORT_INVALID");
    expect(badBody.error.details[0]).toMatchObject({ code: "CSV_INVALID_STATUS", line: 2 });
    const ok = await post(brand, csv);
    expect(ok.status).toBe(200);
    expect(await ok.json()).toMatchObject({ created: 1, updated: 0, skipped: 0 });
    const tbx = await post(brand, "<tbx><text><body></body></text></tbx>", "application/x-tbx+xml");
    expect(tbx.status).toBe(422);

    const frExport = await (await exportRoute(req("/api/v1/termbase/export?format=csv", { token: fr }), ctx)).text();
    expect(frExport).toContain("Ne rien présumer");
    expect(frExport).not.toContain("Nichts als gegeben annehmen");
    expect(frExport).not.toContain("Nur Deutschland");
    const brandExport = await exportRoute(req("/api/v1/termbase/export?format=tbx", { token: brand }), ctx);
    expect(brandExport.headers.get("content-type")).toContain("application/x-tbx+xml");
    expect(await brandExport.text()).toContain("Nur Deutschland");
    expect((await exportRoute(req("/api/v1/termbase/export?format=pdf", { token: brand }), ctx)).status).toBe(422);
  });
});
