import { describe, expect, it } from "vitest";
import { loadActor } from "@/lib/auth/load-actor";
import { getDb } from "@/lib/db";
import { marketId } from "@/lib/testing/demo-actors";
import { setupTestDatabase } from "@/lib/testing/test-database";
import { createConcept } from "./create-concept";
import { innerWordsQuery, lookupTerms } from "./lookup-terms";
import { toSearchText } from "./search-text";

setupTestDatabase({ seeded: true });

async function actorFor(email: string) {
  const db = await getDb();
  const user = await db.user.findUniqueOrThrow({ where: { email } });
  return (await loadActor(user.id))!;
}

const termsOf = (hits: { term: string }[]) => hits.map((h) => h.term);

describe("lookupTerms: words inside terms", () => {
  it("finds words inside multi-word terms with and without a locale filter", async () => {
    const brand = await actorFor("brand@meridian.test");
    await createConcept(brand, {
      subject: "Lookup",
      terms: [
        { locale: "de-DE", text: "Konto sofort eröffnen", status: "preferred" },
        { locale: "de-DE", text: "Sofortkredit", status: "admitted" },
        { locale: "fr-FR", text: "Ouvrir un compte sofort", status: "preferred" },
        { locale: "fr-FR", text: "Télécharger l'appli", status: "preferred" },
        { locale: "en-US", text: "Path a\\b now", status: "preferred" },
      ],
    });
    // Prefix hits first, then words inside terms; a locale filter keeps to that locale.
    expect(termsOf(await lookupTerms(brand, { q: "sofort", locale: "de-de" }))).toEqual(["Sofortkredit", "Konto sofort eröffnen"]);
    expect(termsOf(await lookupTerms(brand, { q: "SOFORT", locale: "fr-FR" }))).toEqual(["Ouvrir un compte sofort"]);
    expect(termsOf(await lookupTerms(brand, { q: "sof" }))).toEqual(
      expect.arrayContaining(["Sofortkredit", "Konto sofort eröffnen", "Ouvrir un compte sofort"]),
    );
    expect(await lookupTerms(brand, { q: "compte", locale: "de-DE" })).toEqual([]);
    expect(await lookupTerms(brand, { q: "compte", locale: "pt-BR" })).toEqual([]);
    // Only word starts count, accents and case folded; several words must follow each other.
    expect(await lookupTerms(brand, { q: "ffnen", locale: "de-DE" })).toEqual([]);
    expect(termsOf(await lookupTerms(brand, { q: "sofort EROFF", locale: "de-DE" }))).toEqual(["Konto sofort eröffnen"]);
    expect(await lookupTerms(brand, { q: "sofort konto", locale: "de-DE" })).toEqual([]);
    expect(await lookupTerms(brand, { q: "sof eroffnen", locale: "de-DE" })).toEqual([]);
    // Quotes, backslashes and LIKE wildcards are matched literally.
    expect(termsOf(await lookupTerms(brand, { q: "l'app", locale: "fr-FR" }))).toEqual(["Télécharger l'appli"]);
    expect(termsOf(await lookupTerms(brand, { q: "a\\b" }))).toEqual(["Path a\\b now"]);
    expect(await lookupTerms(brand, { q: "a%b" })).toEqual([]);
    expect(await lookupTerms(brand, { q: "'" })).toEqual([]);
  });

  it("keeps other markets' specific terms out of inside-word hits", async () => {
    const brand = await actorFor("brand@meridian.test");
    const fr = await actorFor("fr.marketer@meridian.test");
    await createConcept(brand, {
      subject: "Lookup",
      terms: [
        { locale: "de-DE", text: "Nur Zebrastreifen", status: "preferred", marketId: await marketId("DE") },
        { locale: "fr-FR", text: "Passage zebrastreifen", status: "preferred", marketId: await marketId("FR") },
      ],
    });
    const frHits = await lookupTerms(fr, { q: "zebra" });
    expect(frHits.map((h) => [h.term, h.marketCode])).toEqual([["Passage zebrastreifen", "FR"]]);
    expect(termsOf(await lookupTerms(brand, { q: "zebra" })).sort()).toEqual(["Nur Zebrastreifen", "Passage zebrastreifen"]);
  });

  it("finds long words in very long texts, whose indexed words are cut to 100 characters", async () => {
    const brand = await actorFor("brand@meridian.test");
    const db = await getDb();
    const concept = await db.concept.create({ data: { subject: "Lookup" } });
    // Longer than the forms allow (an imported file could hold it): over 2,000 bytes.
    const text = `Lang ${"ü".repeat(1500)} ${"x".repeat(600)} Nadelöhr`;
    await db.term.create({ data: { conceptId: concept.id, locale: "de-DE", text, searchText: toSearchText(text) } });
    const hit = (q: string) => lookupTerms(brand, { q, locale: "de-DE" }).then((h) => h.some((t) => t.term === text));
    expect(await hit("u".repeat(150))).toBe(true);
    expect(await hit(`${"x".repeat(100)}y`)).toBe(false);
    expect(await hit("nadelohr")).toBe(true);
    expect(await hit(`${"x".repeat(100)} nadel`)).toBe(false);
  });
});

describe("innerWordsQuery", () => {
  it("asks for a word prefix per locale, a whole first word for several words, quoting literally", () => {
    expect(innerWordsQuery(["de-DE", "fr-FR"], "sof")).toBe("'de-DE|sof':* | 'fr-FR|sof':*");
    expect(innerWordsQuery(["de-DE"], "sofort erof")).toBe("'de-DE|sofort'");
    expect(innerWordsQuery(["fr-FR"], "l'a\\b")).toBe("'fr-FR|l''a\\\\b':*");
    expect(innerWordsQuery(["de-DE"], `${"a".repeat(120)} b`)).toBe(`'de-DE|${"a".repeat(100)}':*`);
  });
});
