// The markets a termbase file names (geographicalUsage, the CSV market column) that the workspace
// lacks: one MARKET_MISSING problem per market, not one per term, and, for an admin who chose so,
// the markets created (with placeholders to complete: currency XXX, time zone UTC) before the import.
import type { Actor } from "@/lib/permissions/actor";
import { createMarket } from "@/lib/markets/create-market";
import type { ConceptInput, Problem } from "./tbx/termbase-exchange.types";

const LOCALE_LIKE = /^[a-z]{2,3}[-_]([a-z]{2})$/i;

/** A market reference as the market code it means: "DE", or the region of a locale ("de-DE" → "DE"). */
export function marketCodeOf(reference: string): string {
  return (LOCALE_LIKE.exec(reference)?.[1] ?? reference).toUpperCase();
}

export type MissingMarket = { code: string; locales: string[]; terms: number; creatable: boolean };

export function findMissingMarkets(concepts: readonly ConceptInput[], existingCodes: ReadonlySet<string>): MissingMarket[] {
  const missing = new Map<string, MissingMarket>();
  for (const concept of concepts) {
    for (const term of concept.terms) {
      if (!term.marketCode) continue;
      const code = marketCodeOf(term.marketCode);
      if (existingCodes.has(code) || existingCodes.has(term.marketCode.toUpperCase())) continue;
      const entry = missing.get(code) ?? { code, locales: [], terms: 0, creatable: /^[A-Z0-9-]{2,10}$/.test(code) };
      entry.terms++;
      if (!entry.locales.includes(term.locale)) entry.locales.push(term.locale);
      missing.set(code, entry);
    }
  }
  return [...missing.values()];
}

export function missingMarketProblem(m: MissingMarket): Problem {
  const how = m.creatable ? "Create the market (an admin can import with “create missing markets”), or remove the terms' market." : "It is not a valid market code; correct or remove the terms' market (geographicalUsage).";
  return {
    code: "MARKET_MISSING",
    market: m.code,
    locales: m.locales,
    message: `Market "${m.code}" (${m.terms} term(s) in ${m.locales.join(", ")}) is not a market here. ${how}`,
    path: `market ${m.code}`,
  };
}

/** Creates the missing markets through the market operation (audited; admins only). */
export async function createMissingMarkets(actor: Actor, missing: readonly MissingMarket[]): Promise<string[]> {
  for (const m of missing) {
    await createMarket(actor, { code: m.code, name: m.code, locales: m.locales, currency: "XXX", timeZone: "UTC" });
  }
  return missing.map((m) => m.code);
}
