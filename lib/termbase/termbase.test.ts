import { describe, expect, it } from "vitest";
import { loadActor } from "@/lib/auth/load-actor";
import { getDb } from "@/lib/db";
import { setupTestDatabase } from "@/lib/testing/test-database";
import { seedDemo } from "@/prisma/seed";
import { createConcept } from "./create-concept";
import { decideProposal } from "./decide-proposal";
import { exportTermbase } from "./export-termbase";
import { getConcept, getConceptHistory } from "./get-concept";
import { findConcepts } from "./find-concepts";
import { importTermbase } from "./import-termbase";
import { loadTermIndex } from "./load-term-index";
import { lookupConcepts, lookupTerms } from "./lookup-terms";
import { proposeTerm } from "./propose-term";
import { updateTerm } from "./update-term";
import { updateConcept } from "./update-concept";

setupTestDatabase();

async function actorFor(email: string) {
  const db = await getDb();
  const user = await db.user.findUniqueOrThrow({ where: { email } });
  return (await loadActor(user.id))!;
}

describe("termbase", () => {
  it("seeds demo concepts and a pending proposal", async () => {
    const db = await getDb();
    await seedDemo(db);
    expect(await db.concept.count()).toBeGreaterThanOrEqual(15);
    expect(await db.termProposal.count({ where: { state: "pending" } })).toBe(1);
  });

  it("looks up prefixes and words inside terms, accent- and case-insensitively, across locales", async () => {
    const brand = await actorFor("brand@meridian.test");
    const hits = await lookupTerms(brand, { q: "ASSUME" });
    expect(hits.map((h) => h.term)).toContain("Assume Nothing");
    const inner = await lookupTerms(brand, { q: "nothing" });
    expect(inner.some((h) => h.term === "Assume Nothing")).toBe(true);
    const accent = await lookupTerms(brand, { q: "echtzeituberweisung" });
    expect(accent[0]?.term).toBe("Echtzeitüberweisung");
    const ja = await lookupTerms(brand, { q: "キャッシュ" });
    expect(ja[0]?.locale).toBe("ja-JP");
    const onlyDe = await lookupTerms(brand, { q: "meridian pay", locale: "de-de" });
    expect(onlyDe.every((h) => h.locale === "de-DE")).toBe(true);
    expect(onlyDe).toHaveLength(1);
    expect(await lookupTerms(brand, { q: "%" })).toEqual([]);
    expect(await lookupTerms(brand, { q: "_" })).toEqual([]);
    const grouped = await lookupConcepts(brand, { q: "assume" });
    expect(grouped[0]?.terms.length).toBeGreaterThan(5);
    expect(grouped[0]?.terms.some((t) => t.term === "Nichts tun" && t.status === "forbidden")).toBe(true);
  });

  it("hides other markets' specific renderings from regional users", async () => {
    const fr = await actorFor("fr.marketer@meridian.test");
    const hits = await lookupTerms(fr, { q: "nichts als" });
    expect(hits).toEqual([]);
    const [concept] = await lookupConcepts(fr, { q: "assume nothing" });
    expect(concept?.terms.some((t) => t.marketCode === "DE")).toBe(false);
    expect(concept?.terms.some((t) => t.marketCode === "FR")).toBe(true);
  });

  it("creates and edits concepts with history and version checks", async () => {
    const brand = await actorFor("brand@meridian.test");
    const created = await createConcept(brand, {
      subject: "Test",
      definition: "A test concept",
      terms: [{ locale: "en-us", text: "Quantum Leap", status: "preferred" }],
    });
    expect(created.terms[0]?.locale).toBe("en-US");
    const updated = await updateConcept(brand, { id: created.id, version: 1, subject: "Tests", definition: "Changed" });
    expect(updated.version).toBe(2);
    await expect(updateConcept(brand, { id: created.id, version: 1, subject: "x" })).rejects.toMatchObject({ code: "VERSION_CONFLICT" });
    await updateTerm(brand, { id: created.terms[0]!.id, version: 2, locale: "en-US", text: "Quantum Leap", status: "deprecated" });
    const history = await getConceptHistory(brand, created.id);
    expect(history.map((e) => e.action)).toEqual(["term.update", "concept.update", "concept.create"]);
    expect(history[0]?.before).toMatchObject({ status: "preferred" });
    expect(history[0]?.after).toMatchObject({ status: "deprecated" });
    const list = await findConcepts(brand, { status: "deprecated", q: "quantum" });
    expect(list.concepts.map((c) => c.id)).toEqual([created.id]);
  });

  it("lets a regional marketer propose for own locales and HQ accept or reject", async () => {
    const de = await actorFor("de.marketer@meridian.test");
    const brand = await actorFor("brand@meridian.test");
    const concept = (await lookupTerms(brand, { q: "performance fabric" }))[0]!;
    const proposal = await proposeTerm(de, { conceptId: concept.conceptId, locale: "de-DE", text: "Performance-Gewebe", status: "admitted" });
    const accepted = await decideProposal(brand, { id: proposal.id, decision: "accept", reason: "Fine" });
    expect(accepted.state).toBe("accepted");
    expect(accepted.termId).toBeTruthy();
    const full = await getConcept(brand, concept.conceptId);
    expect(full.terms.some((t) => t.text === "Performance-Gewebe" && t.marketId === null)).toBe(true);
    await expect(decideProposal(brand, { id: proposal.id, decision: "reject", reason: "late" })).rejects.toMatchObject({ code: "PROPOSAL_ALREADY_DECIDED" });
    const another = await proposeTerm(de, { locale: "de-DE", text: "Laufshirt" });
    const rejected = await decideProposal(brand, { id: another.id, decision: "reject", reason: "Not a brand term" });
    expect(rejected).toMatchObject({ state: "rejected", reason: "Not a brand term", decidedById: brand.id });
  });

  it("exports TBX and CSV and re-imports them without changes (status, forbidden, DNT survive)", async () => {
    const brand = await actorFor("brand@meridian.test");
    const db = await getDb();
    const before = await db.term.count();
    for (const format of ["tbx", "csv"] as const) {
      const file = await exportTermbase(brand, format);
      if (format === "tbx") {
        expect(file.body).toContain("meridian:forbidden");
        expect(file.body).toContain("meridian:do-not-translate");
      }
      const report = await importTermbase(brand, { format, content: file.body });
      expect(report.created).toBe(0);
      expect(report.updated).toBe(0);
      expect(report.skipped).toBe(report.concepts);
    }
    expect(await db.term.count()).toBe(before);
  });

  it("imports all-or-nothing and reports created, updated and skipped", async () => {
    const brand = await actorFor("brand@meridian.test");
    const db = await getDb();
    const before = await db.term.count();
    const bad = "locale,term,status\nen-US,Good term,preferred\nxx-!!,Bad,preferred\nen-US,Other,sometimes\n";
    const error = await importTermbase(brand, { format: "csv", content: bad }).catch((e: unknown) => e);
    expect(error).toMatchObject({ code: "IMPORT_INVALID", status: 422 });
    const details = (error as { details: Array<{ line?: number; code: string }> }).details;
    expect(details.map((d) => [d.code, d.line])).toEqual([
      ["CSV_INVALID_LOCALE", 3],
      ["CSV_INVALID_STATUS", 4],
    ]);
    expect(await db.term.count()).toBe(before);

    const csv = [
      "concept_id,locale,term,status,do_not_translate,market",
      "new-1,en-US,Trail Blazer,preferred,true,",
      "new-1,de-DE,Trail Blazer,preferred,true,DE",
      "shop-x,en-US,Shop now,preferred,false,",
      "shop-x,fr-FR,Achetez maintenant,admitted,false,",
      "term-account,en-US,account,preferred,false,",
    ].join("\n");
    const report = await importTermbase(brand, { format: "csv", content: csv });
    expect(report).toMatchObject({ concepts: 3, created: 1, updated: 1, skipped: 1, terms: { created: 3, updated: 0 } });
    const hits = await lookupTerms(brand, { q: "achetez" });
    const shop = await lookupTerms(brand, { q: "shop now" });
    expect(hits[0]?.conceptId).toBe(shop[0]?.conceptId);
    const unknownMarket = await importTermbase(brand, { format: "csv", content: "locale,term,market\nen-US,X,ZZ\n" }).catch((e: unknown) => e);
    expect(unknownMarket).toMatchObject({ code: "IMPORT_INVALID" });
  });

  it("loads the checker's term index and rebuilds it when the termbase changes", async () => {
    const brand = await actorFor("brand@meridian.test");
    const first = await loadTermIndex();
    expect(await loadTermIndex()).toBe(first);
    const db = await getDb();
    expect(first.size).toBe(await db.term.count());
    const de = [...first.concepts.values()].flat().find((t) => t.text === "Nichts als gegeben annehmen");
    expect(de?.marketCode).toBe("DE");
    await createConcept(brand, { terms: [{ locale: "en-US", text: "Index Me" }] });
    const second = await loadTermIndex();
    expect(second).not.toBe(first);
    expect(second.size).toBe(first.size + 1);
  });
});
