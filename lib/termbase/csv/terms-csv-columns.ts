/**
 * Meridian's termbase CSV layout: UTF-8, comma-separated, a header row is required,
 * one row per term. Rows sharing a `concept_id` form one concept (its subject and
 * definition are read from the first row that has them); a row with an empty
 * `concept_id` is a concept of its own. `status` is preferred | admitted | deprecated |
 * forbidden (empty = admitted); booleans accept true/false, yes/no, 1/0 (empty = false).
 * Only `locale` and `term` are required columns; column order is free.
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
] as const;

export type TermsCsvColumn = (typeof TERMS_CSV_COLUMNS)[number];

export const REQUIRED_TERMS_CSV_COLUMNS: TermsCsvColumn[] = ["locale", "term"];
