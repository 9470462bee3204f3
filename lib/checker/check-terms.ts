/**
 * Termbase findings for one text: terms found (info), forbidden (error),
 * deprecated (warning), market variants; and, when the source is known,
 * altered do-not-translate terms and source terms whose approved translation
 * is missing.
 */
import type { Finding } from "./finding.types";
import { prepareText, type PreparedText } from "./prepare-text";
import { findTermMatches, type TermMatch } from "./find-terms";
import { maskPlaceholders } from "./mask-placeholders";
import { approvedRendering, buildTermIndex, languageOf, type IndexTerm, type TermIndex } from "./term-index";

export interface CheckTermsInput {
  /** prepareText(maskPlaceholders(text), locale) */
  prepared: PreparedText;
  locale: string;
  marketCode?: string | null;
  index: TermIndex;
  source?: { text: string; locale: string };
}

const SEVERITY_RANK = { forbidden: 3, deprecated: 2, admitted: 1, preferred: 0 } as const;

function worst(terms: readonly IndexTerm[]): IndexTerm {
  return terms.reduce((a, b) => (SEVERITY_RANK[b.status] > SEVERITY_RANK[a.status] ? b : a));
}

function brief(t: IndexTerm | null) {
  return t ? { termId: t.termId, text: t.text, locale: t.locale, marketCode: t.marketCode ?? null } : null;
}

function targetFinding(m: TermMatch, input: CheckTermsInput): Finding {
  const t = worst(m.terms);
  const approved = approvedRendering(input.index, t.conceptId, input.locale, input.marketCode);
  const alt = approved && approved.termId !== t.termId ? approved : null;
  const data = {
    termId: t.termId,
    conceptId: t.conceptId,
    status: t.status,
    term: t.text,
    matched: m.matched,
    doNotTranslate: t.doNotTranslate,
    marketCode: t.marketCode ?? null,
    approved: brief(approved),
  };
  const base = { start: m.start, end: m.end, data };
  if (t.status === "forbidden") {
    return {
      ...base,
      type: "forbidden_term",
      code: "TERM_FORBIDDEN",
      severity: "error",
      message: alt ? `Replace "${m.matched}" with "${alt.text}" (forbidden term).` : `Remove or rephrase "${m.matched}" (forbidden term).`,
    };
  }
  if (t.status === "deprecated") {
    return {
      ...base,
      type: "deprecated_term",
      code: "TERM_DEPRECATED",
      severity: "warning",
      message: alt ? `Replace "${m.matched}" with "${alt.text}" (deprecated term).` : `Rephrase "${m.matched}" (deprecated term).`,
    };
  }
  if (alt && alt.marketCode && !t.marketCode) {
    return {
      ...base,
      type: "term",
      code: "TERM_MARKET_VARIANT",
      severity: "warning",
      message: `Use "${alt.text}" for market ${alt.marketCode} instead of "${m.matched}".`,
    };
  }
  return {
    ...base,
    type: "term",
    code: "TERM_FOUND",
    severity: "info",
    message: alt ? `Termbase term; "${alt.text}" is preferred.` : `Termbase term "${t.text}".`,
  };
}

function countVerbatim(text: string, needle: string): number {
  if (!needle) return 0;
  let n = 0;
  for (let at = text.indexOf(needle); at >= 0; at = text.indexOf(needle, at + needle.length)) n++;
  return n;
}

function dntFindings(srcMatches: TermMatch[], input: CheckTermsInput): Finding[] {
  const target = input.prepared.original;
  const bySource = new Map<string, { term: IndexTerm; forms: Set<string>; count: number }>();
  for (const m of srcMatches) {
    const t = m.terms.find((x) => x.doNotTranslate);
    if (!t) continue;
    const e = bySource.get(t.termId) ?? { term: t, forms: new Set([t.text.trim()]), count: 0 };
    e.forms.add(m.matched);
    e.count++;
    bySource.set(t.termId, e);
  }
  const out: Finding[] = [];
  for (const { term, forms, count } of bySource.values()) {
    const verbatim = Math.max(...[...forms].map((f) => countVerbatim(target, f)));
    if (verbatim >= count) continue;
    // Locate altered spellings ("meridian", "Méridian") via a one-term index in the target locale.
    const probe = buildTermIndex([{ ...term, locale: input.locale, caseSensitive: false, marketCode: null }]);
    const altered = findTermMatches(input.prepared, probe).filter((m) => !forms.has(m.matched));
    const data = { termId: term.termId, conceptId: term.conceptId, term: term.text, sourceCount: count, targetCount: verbatim };
    if (altered.length === 0) {
      out.push({ type: "dnt_altered", code: "DNT_MISSING", severity: "error", start: 0, end: 0, message: `Keep "${term.text}" untranslated; it is missing from the text.`, data });
    }
    for (const m of altered) {
      out.push({ type: "dnt_altered", code: "DNT_ALTERED", severity: "error", start: m.start, end: m.end, message: `Write "${term.text}" exactly as in the source (do not translate).`, data: { ...data, matched: m.matched } });
    }
  }
  return out;
}

function missingTranslations(srcMatches: TermMatch[], tgtMatches: TermMatch[], input: CheckTermsInput): Finding[] {
  const source = input.source!;
  if (languageOf(source.locale) === languageOf(input.locale)) return [];
  const present = new Set<string>();
  for (const m of tgtMatches) for (const t of m.terms) if (t.status === "preferred" || t.status === "admitted") present.add(t.conceptId);
  const out: Finding[] = [];
  const done = new Set<string>();
  for (const m of srcMatches) {
    const t = m.terms.find((x) => !x.doNotTranslate && (x.status === "preferred" || x.status === "admitted"));
    if (!t || done.has(t.conceptId) || present.has(t.conceptId)) continue;
    done.add(t.conceptId);
    const approved = approvedRendering(input.index, t.conceptId, input.locale, input.marketCode);
    if (!approved) continue;
    out.push({
      type: "term_missing",
      code: "TERM_TRANSLATION_MISSING",
      severity: "warning",
      start: 0,
      end: 0,
      message: `Translate "${m.matched}" as "${approved.text}" (termbase).`,
      data: { conceptId: t.conceptId, sourceTermId: t.termId, source: m.matched, approved: brief(approved) },
    });
  }
  return out;
}

export function checkTerms(input: CheckTermsInput): { findings: Finding[]; matches: TermMatch[] } {
  const matches = findTermMatches(input.prepared, input.index, { marketCode: input.marketCode });
  const findings = matches.map((m) => targetFinding(m, input));
  if (input.source) {
    const srcPrepared = prepareText(maskPlaceholders(input.source.text), input.source.locale);
    const srcMatches = findTermMatches(srcPrepared, input.index, { marketCode: input.marketCode });
    findings.push(...dntFindings(srcMatches, input), ...missingTranslations(srcMatches, matches, input));
  }
  return { findings, matches };
}
