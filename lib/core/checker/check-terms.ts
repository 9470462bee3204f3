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
import { languageOf } from "./language-of";
import { approvedRendering, buildTermIndex, type IndexTerm, type TermIndex } from "./term-index";

export interface CheckTermsInput {
  /** prepareText(maskPlaceholders(text), locale) */
  prepared: PreparedText;
  locale: string;
  marketCode?: string | null;
  index: TermIndex;
  source?: { text: string; locale: string };
}

function rank(status: IndexTerm["status"]): number {
  return status === "forbidden" ? 3 : status === "deprecated" ? 2 : status === "admitted" ? 1 : 0;
}

// Plain loop: this runs once per match and showed up in profiles as reduce().
function worst(terms: readonly IndexTerm[]): IndexTerm {
  let w = terms[0];
  let r = rank(w.status);
  for (let i = 1; i < terms.length; i++) {
    const ri = rank(terms[i].status);
    if (ri > r) {
      w = terms[i];
      r = ri;
    }
  }
  return w;
}

function brief(t: IndexTerm | null) {
  return t ? { termId: t.termId, text: t.text, locale: t.locale, marketCode: t.marketCode ?? null } : null;
}

type Approved = (conceptId: string) => IndexTerm | null;

function targetFinding(m: TermMatch, input: CheckTermsInput, approvedFor: Approved): Finding {
  const t = worst(m.terms);
  const approved = approvedFor(t.conceptId);
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
  const make = (type: Finding["type"], code: string, severity: Finding["severity"], message: string): Finding => ({
    type,
    code,
    severity,
    start: m.start,
    end: m.end,
    message,
    data,
  });
  if (t.status === "forbidden") {
    return make(
      "forbidden_term",
      "TERM_FORBIDDEN",
      "error",
      alt ? `Replace "${m.matched}" with "${alt.text}" (forbidden term).` : `Remove or rephrase "${m.matched}" (forbidden term).`,
    );
  }
  if (t.status === "deprecated") {
    return make(
      "deprecated_term",
      "TERM_DEPRECATED",
      "warning",
      alt ? `Replace "${m.matched}" with "${alt.text}" (deprecated term).` : `Rephrase "${m.matched}" (deprecated term).`,
    );
  }
  if (alt && alt.marketCode && !t.marketCode) {
    return make("term", "TERM_MARKET_VARIANT", "warning", `Use "${alt.text}" for market ${alt.marketCode} instead of "${m.matched}".`);
  }
  return make("term", "TERM_FOUND", "info", alt ? `Termbase term; "${alt.text}" is preferred.` : `Termbase term "${t.text}".`);
}

function countVerbatim(text: string, needle: string): number {
  if (!needle) return 0;
  let n = 0;
  for (let at = text.indexOf(needle); at >= 0; at = text.indexOf(needle, at + needle.length)) n++;
  return n;
}

function dntFindings(srcMatches: TermMatch[], input: CheckTermsInput): Finding[] {
  const target = input.prepared.original;
  const bySource = new Map<string, { term: IndexTerm; forms: Set<string>; count: number; verbatim: number }>();
  for (const m of srcMatches) {
    const t = m.terms.find((x) => x.doNotTranslate);
    if (!t) continue;
    const e = bySource.get(t.termId) ?? { term: t, forms: new Set([t.text.trim()]), count: 0, verbatim: 0 };
    e.forms.add(m.matched);
    e.count++;
    bySource.set(t.termId, e);
  }
  const broken = [...bySource.values()].filter((e) => {
    e.verbatim = Math.max(...[...e.forms].map((f) => countVerbatim(target, f)));
    return e.verbatim < e.count;
  });
  if (broken.length === 0) return [];
  // Locate altered spellings ("meridian", "Méridian") with one probe index of
  // the broken DNT terms, folded and in the target locale: one pass over the text.
  const probe = buildTermIndex(broken.map((e) => ({ ...e.term, locale: input.locale, caseSensitive: false, marketCode: null })));
  const alteredById = new Map<string, TermMatch[]>();
  for (const m of findTermMatches(input.prepared, probe)) {
    for (const t of m.terms) {
      const list = alteredById.get(t.termId) ?? [];
      list.push(m);
      alteredById.set(t.termId, list);
    }
  }
  const out: Finding[] = [];
  for (const { term, forms, count, verbatim } of broken) {
    const altered = (alteredById.get(term.termId) ?? []).filter((m) => !forms.has(m.matched));
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
  const cache = new Map<string, IndexTerm | null>();
  const approvedFor: Approved = (conceptId) => {
    let a = cache.get(conceptId);
    if (a === undefined) cache.set(conceptId, (a = approvedRendering(input.index, conceptId, input.locale, input.marketCode)));
    return a;
  };
  const findings = matches.map((m) => targetFinding(m, input, approvedFor));
  if (input.source) {
    const srcPrepared = prepareText(maskPlaceholders(input.source.text), input.source.locale);
    const srcMatches = findTermMatches(srcPrepared, input.index, { marketCode: input.marketCode });
    findings.push(...dntFindings(srcMatches, input), ...missingTranslations(srcMatches, matches, input));
  }
  return { findings, matches };
}
