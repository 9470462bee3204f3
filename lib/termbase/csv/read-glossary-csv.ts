// Glossaries as translation tools export them: one row per concept, one column per language
// ("en", "de_DE", or Crowdin's "Term [de]"), with optional columns for the concept and per
// language. Lokalise, Phrase Strings, Crowdin and Google's glossary CSV have this shape.
import { normalizeLocale } from "@/lib/termbase/tbx/normalize-locale";
import type { ConceptInput, Problem, TermInput } from "@/lib/termbase/tbx/termbase-exchange.types";
import { csvHeaderKey, readCsvBoolean, undoFormulaGuard } from "./terms-csv-columns";

type Field = "term" | "usageNote" | "partOfSpeech";

/** A header shaped like a language tag ("en", "de_DE", "zh-Hant-TW"). */
const BARE_TAG = /^[a-z]{2,3}(?:[-_][a-z0-9]{2,8})*$/i;
const languageNames = new Intl.DisplayNames(["en"], { type: "language", fallback: "none" });

/** The tag, canonical, when its language is one the runtime knows ("url" or "pos" is not). */
function knownLanguage(tag: string | undefined): string | undefined {
  const locale = tag && BARE_TAG.test(tag) ? normalizeLocale(tag) : undefined;
  return locale && languageNames.of(locale.split("-")[0]!) ? locale : undefined;
}
/** Crowdin: "Term [de]", "Description [de]", "Part of Speech [de]". */
const BRACKETED = /^(term|description|part of speech)\s*\[([^\]]+)\]$/i;
/** Lokalise: "de_DE_description". */
const SUFFIXED = /^(.+)_description$/i;

const CONCEPT_COLUMNS: Record<string, "definition" | "subject" | "translatable" | "forbidden" | "caseSensitive" | "partOfSpeech" | "term"> = {
  description: "definition",
  definition: "definition",
  subject: "subject",
  domain: "subject",
  translatable: "translatable",
  forbidden: "forbidden",
  casesensitive: "caseSensitive",
  case_sensitive: "caseSensitive",
  pos: "partOfSpeech",
  part_of_speech: "partOfSpeech",
  term: "term",
};

type Layout = {
  languages: Array<{ locale: string; column: number; field: Field }>;
  concept: Array<{ column: number; name: (typeof CONCEPT_COLUMNS)[string]; header: string }>;
};

function layoutOf(header: readonly string[]): Layout {
  const layout: Layout = { languages: [], concept: [] };
  header.forEach((raw, column) => {
    const name = raw.trim();
    const key = csvHeaderKey(name);
    const bracketed = BRACKETED.exec(name);
    const bracketedLocale = bracketed ? knownLanguage(bracketed[2]) : undefined;
    const suffixedLocale = knownLanguage(SUFFIXED.exec(name)?.[1]);
    const locale = knownLanguage(name);
    if (bracketedLocale) {
      const field = bracketed![1]!.toLowerCase();
      layout.languages.push({ locale: bracketedLocale, column, field: field === "term" ? "term" : field === "description" ? "usageNote" : "partOfSpeech" });
    } else if (suffixedLocale) {
      layout.languages.push({ locale: suffixedLocale, column, field: "usageNote" });
    } else if (CONCEPT_COLUMNS[key]) {
      layout.concept.push({ column, name: CONCEPT_COLUMNS[key], header: name });
    } else if (locale) {
      layout.languages.push({ locale, column, field: "term" });
    }
  });
  return layout;
}

/**
 * The concepts of a glossary CSV, or undefined when the header names no language column.
 * A `term` column says no language: it must repeat one of the language cells, else the row is
 * reported (rename the column after its language).
 */
export function readGlossaryCsv(
  header: { line: number; cells: readonly string[] },
  rows: ReadonlyArray<{ line: number; cells: string[] }>,
): { concepts: ConceptInput[]; problems: Problem[] } | undefined {
  const layout = layoutOf(header.cells);
  if (!layout.languages.some((l) => l.field === "term")) return undefined;
  const concepts: ConceptInput[] = [];
  const problems: Problem[] = [];
  const seen = new Map<string, string>();
  for (const { locale, column, field } of layout.languages) {
    const key = `${field}:${locale}`;
    const name = header.cells[column]!.trim();
    if (seen.has(key)) {
      problems.push({ code: "CSV_DUPLICATE_COLUMN", message: `The columns "${seen.get(key)}" and "${name}" both hold ${locale} ${field === "term" ? "terms" : "notes"}.`, line: header.line, path: name });
    } else seen.set(key, name);
  }
  if (problems.length > 0) return { concepts, problems };
  for (const { line, cells } of rows) {
    const cell = (column: number) => undoFormulaGuard((cells[column] ?? "").trim());
    const concept: ConceptInput = { terms: [] };
    const shared: Partial<TermInput> = {};
    let untagged = "";
    for (const { column, name, header: columnName } of layout.concept) {
      const value = cell(column);
      if (!value) continue;
      if (name === "definition" || name === "subject") concept[name] ??= value;
      else if (name === "partOfSpeech") shared.partOfSpeech = value;
      else if (name === "term") untagged = value;
      else {
        const flag = readCsvBoolean(value);
        if (flag === undefined) problems.push({ code: "CSV_INVALID_BOOLEAN", message: `"${value}" is not true/false.`, line, path: columnName });
        else if (name === "translatable") shared.doNotTranslate = !flag;
        else if (name === "forbidden") shared.status = flag ? "forbidden" : undefined;
        else shared.caseSensitive = flag;
      }
    }
    // Terms first, then their per-language notes and parts of speech (over the shared one).
    const byLocale = new Map<string, TermInput>();
    for (const { locale, column, field } of layout.languages) {
      const text = cell(column);
      if (field !== "term" || !text) continue;
      const term: TermInput = { locale, text, status: shared.status ?? "preferred", doNotTranslate: shared.doNotTranslate ?? false, caseSensitive: shared.caseSensitive ?? false };
      if (shared.partOfSpeech) term.partOfSpeech = shared.partOfSpeech;
      byLocale.set(locale, term);
    }
    for (const { locale, column, field } of layout.languages) {
      const term = byLocale.get(locale);
      const value = cell(column);
      if (field !== "term" && term && value) term[field] = value;
    }
    if (untagged && ![...byLocale.values()].some((t) => t.text === untagged)) {
      problems.push({
        code: "CSV_TERM_WITHOUT_LANGUAGE",
        message: `"${untagged}" is in the column "term", which names no language: name the column after its language (e.g. "en").`,
        line,
        path: "term",
      });
      continue;
    }
    if (byLocale.size === 0) continue;
    concept.terms = [...byLocale.values()];
    concepts.push(concept);
  }
  return { concepts, problems };
}
