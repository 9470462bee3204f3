/**
 * Meridian's termbase CSV layout: UTF-8, comma-separated, a header row is required,
 * one row per term. Rows sharing a `concept_id` form one concept (its subject and
 * definition, note and concept_extra are read from the first row that has them); a row with an empty
 * `concept_id` is a concept of its own. `status` is preferred | admitted | deprecated |
 * forbidden (empty = admitted); booleans accept true/false, yes/no, 1/0 and Excel's words in
 * other languages (WAHR, FAUX…; empty = false). Only `locale` and `term` are required columns;
 * column order is free, and header case, spaces and hyphens do not matter ("Concept ID").
 * Without a `locale` column, a glossary with one column per language is read instead
 * (read-glossary-csv.ts).
 * Cells starting with = + - @ are written with a leading apostrophe so spreadsheets do
 * not run them as formulas; the reader removes it again.
 */
export const TERMS_CSV_COLUMNS = [
  "concept_id",
  "subject",
  "definition",
  "locale",
  "term",
  "status",
  "do_not_translate",
  "case_sensitive",
  "part_of_speech",
  "usage_note",
  "back_translation",
  "market",
  // Added later, so older files keep their meaning: the concept's note, and the TBX elements
  // Meridian keeps without a column (tbx-extra.ts) as JSON, for the concept and for the term.
  "note",
  "concept_extra",
  "extra",
] as const;

export type TermsCsvColumn = (typeof TERMS_CSV_COLUMNS)[number];

export const REQUIRED_TERMS_CSV_COLUMNS: TermsCsvColumn[] = ["locale", "term"];

/** A header cell as a column key: "Concept ID", "do-not-translate" and concept_id name one column. */
export function csvHeaderKey(cell: string): string {
  return cell.trim().toLowerCase().replace(/[\s-]+/g, "_");
}

// Excel writes booleans in the language of its interface when it saves a CSV (WAHR, FAUX…).
const TRUE_WORDS = new Set(["true", "yes", "y", "1", "wahr", "ja", "vrai", "oui", "verdadero", "vero", "verdadeiro", "waar"]);
const FALSE_WORDS = new Set(["false", "no", "n", "0", "falsch", "nein", "faux", "non", "falso", "onwaar"]);

/** A boolean cell: empty is false; undefined when the cell is not a boolean. */
export function readCsvBoolean(cell: string): boolean | undefined {
  const v = cell.trim().toLowerCase();
  if (v === "" || FALSE_WORDS.has(v)) return false;
  if (TRUE_WORDS.has(v)) return true;
  return undefined;
}

/** A cell as written before the formula guard: "'=cheap" → "=cheap". */
export function undoFormulaGuard(cell: string): string {
  return /^'[=+\-@\t\r]/.test(cell) ? cell.slice(1) : cell;
}
