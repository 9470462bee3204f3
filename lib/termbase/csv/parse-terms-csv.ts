import Papa from "papaparse";
import { normalizeLocale } from "@/lib/termbase/tbx/normalize-locale";
import type { ConceptInput, ParseTermbaseResult, Problem, TermInput, TermStatus } from "@/lib/termbase/tbx/termbase-exchange.types";
import { isTbxExtra, type TbxExtra } from "@/lib/termbase/tbx/tbx-extra";
import { readGlossaryCsv } from "./read-glossary-csv";
import { csvHeaderKey, readCsvBoolean, REQUIRED_TERMS_CSV_COLUMNS, TERMS_CSV_COLUMNS, undoFormulaGuard, type TermsCsvColumn } from "./terms-csv-columns";

const STATUSES = new Set<TermStatus>(["preferred", "admitted", "deprecated", "forbidden"]);
const DEFAULT_MAX_BYTES = 20 * 1024 * 1024;

/**
 * Parses the termbase CSV layout (see terms-csv-columns.ts). Problems carry the line
 * number in the file (counting quoted multi-line cells correctly) and the column name
 * in `path`; bad rows are skipped, good rows still import.
 */
export function parseTermsCsv(input: Uint8Array | string, opts: { maxBytes?: number } = {}): ParseTermbaseResult {
  const maxBytes = opts.maxBytes ?? DEFAULT_MAX_BYTES;
  const size = typeof input === "string" ? Buffer.byteLength(input) : input.byteLength;
  if (size > maxBytes) return fail({ code: "CSV_TOO_LARGE", message: `The file has ${size} bytes; the limit is ${maxBytes}.` });
  const text = decode(input);
  // Excel's plain "CSV" is Windows-1252 (or Shift_JIS…); read as UTF-8 its accents would be lost.
  // Bytes are checked by the decoder; a string (a caller's own reading) by its replacement marks.
  if (text === undefined || (typeof input === "string" && text.includes("\uFFFD"))) {
    return fail({ code: "CSV_NOT_UTF8", message: "The file is not UTF-8 text. In Excel, save it as \"CSV UTF-8\"." });
  }
  const lineOf = lineCounter(text);
  const nul = text.indexOf("\u0000");
  if (nul >= 0) return fail({ code: "CSV_NUL_CHARACTER", message: "The file contains a NUL character.", line: lineOf(nul) });

  const problems: Problem[] = [];
  const rows: { line: number; cells: string[] }[] = [];
  let offset = 0;
  // The separator (comma, semicolon, tab) is guessed from the first rows without blank ones, as
  // papaparse does only when it skips them; the rows are then read with blank ones kept, so
  // that every row's offset (and line) is known.
  const delimiter = Papa.parse<string[]>(text, { preview: 10, skipEmptyLines: "greedy" }).meta.delimiter;
  Papa.parse<string[]>(text, {
    delimiter,
    step: (result) => {
      // A row starts where the previous one ended (papaparse's cursor is past its line break).
      const line = lineOf(offset);
      offset = result.meta.cursor;
      // An unclosed quote runs to the end of the file; a quote followed by more text ends a cell
      // early: either would move text between rows without a word. One problem per row.
      const quotes = result.errors.find((error) => error.type === "Quotes");
      if (quotes) problems.push({ code: "CSV_MALFORMED_QUOTES", message: `${quotes.message}.`, line });
      if (result.data.some((cell) => cell.trim() !== "")) rows.push({ line, cells: result.data });
    },
  });
  if (problems.length > 0) return { ok: false, concepts: [], problems };
  if (rows.length === 0) return fail({ code: "CSV_EMPTY", message: "The file has no header row.", line: 1 });

  const header = rows[0].cells.map(csvHeaderKey);
  const missing = REQUIRED_TERMS_CSV_COLUMNS.filter((c) => !header.includes(c));
  if (missing.includes("locale")) {
    // A glossary with one column per language (Lokalise, Phrase, Crowdin, Google…)?
    const glossary = readGlossaryCsv(rows[0], rows.slice(1));
    if (glossary) return { ok: glossary.problems.length === 0, ...glossary };
  }
  if (missing.length) {
    return fail({ code: "CSV_MISSING_COLUMN", message: `Required column(s) missing from the header: ${missing.join(", ")}.`, line: rows[0].line, path: missing[0] });
  }
  const index = new Map<TermsCsvColumn, number>();
  for (const col of TERMS_CSV_COLUMNS) if (header.includes(col)) index.set(col, header.indexOf(col));

  const concepts: ConceptInput[] = [];
  const byId = new Map<string, ConceptInput>();
  for (const { line, cells } of rows.slice(1)) {
    const get = (col: TermsCsvColumn) => undoFormulaGuard((cells[index.get(col) ?? -1] ?? "").trim());
    const report = (code: string, col: TermsCsvColumn, message: string) => problems.push({ code, message, line, path: col });
    const term = readTerm(get, report);
    if (!term) continue;
    const conceptExtra = readExtra(get, "concept_extra", report);
    const conceptId = get("concept_id");
    let concept = conceptId ? byId.get(conceptId) : undefined;
    if (!concept) {
      concept = { terms: [] };
      if (conceptId) {
        concept.externalId = conceptId;
        byId.set(conceptId, concept);
      }
      concepts.push(concept);
    }
    if (get("subject")) concept.subject ??= get("subject");
    if (get("definition")) concept.definition ??= get("definition");
    if (get("note")) concept.note ??= get("note");
    if (conceptExtra) concept.extra ??= conceptExtra;
    concept.terms.push(term);
  }
  return { ok: problems.length === 0, concepts, problems };
}

function readTerm(get: (c: TermsCsvColumn) => string, report: (code: string, col: TermsCsvColumn, msg: string) => void): TermInput | undefined {
  const text = get("term");
  const rawLocale = get("locale");
  const locale = normalizeLocale(rawLocale);
  const statusRaw = get("status").toLowerCase() || "admitted";
  let ok = true;
  if (!text) {
    report("CSV_MISSING_TERM", "term", "The term is empty.");
    ok = false;
  }
  if (!locale) {
    report("CSV_INVALID_LOCALE", "locale", `"${rawLocale}" is not a valid language tag.`);
    ok = false;
  }
  if (!STATUSES.has(statusRaw as TermStatus)) {
    report("CSV_INVALID_STATUS", "status", `"${statusRaw}" is not one of preferred, admitted, deprecated, forbidden.`);
    ok = false;
  }
  const bool = (col: TermsCsvColumn): boolean => {
    const value = readCsvBoolean(get(col));
    if (value !== undefined) return value;
    report("CSV_INVALID_BOOLEAN", col, `"${get(col)}" is not true/false.`);
    ok = false;
    return false;
  };
  const doNotTranslate = bool("do_not_translate");
  const caseSensitive = bool("case_sensitive");
  const extra = readExtra(get, "extra", report);
  if (extra === null) ok = false;
  if (!ok || !locale) return undefined;
  const term: TermInput = { locale, text, status: statusRaw as TermStatus, doNotTranslate, caseSensitive };
  if (get("part_of_speech")) term.partOfSpeech = get("part_of_speech");
  if (get("usage_note")) term.usageNote = get("usage_note");
  if (get("back_translation")) term.backTranslation = get("back_translation");
  if (get("market")) term.marketCode = get("market");
  if (extra) term.extra = extra;
  return term;
}

/** A JSON cell of kept TBX elements: undefined when empty, null (reported) when not such JSON. */
function readExtra(get: (c: TermsCsvColumn) => string, col: "extra" | "concept_extra", report: (code: string, col: TermsCsvColumn, msg: string) => void): TbxExtra | undefined | null {
  const cell = get(col);
  if (!cell) return undefined;
  try {
    const value: unknown = JSON.parse(cell);
    if (isTbxExtra(value)) return value.length ? value : undefined;
  } catch {
    // reported below
  }
  report("CSV_INVALID_EXTRA", col, `The ${col} cell is not a JSON list of TBX elements as Meridian writes them.`);
  return null;
}

/** UTF-8 (BOM optional, as Excel writes it) or UTF-16 with a BOM; undefined when not UTF-8. */
function decode(input: Uint8Array | string): string | undefined {
  if (typeof input === "string") return input.replace(/^\uFEFF/, "");
  if (input[0] === 0xff && input[1] === 0xfe) return new TextDecoder("utf-16le").decode(input.subarray(2));
  if (input[0] === 0xfe && input[1] === 0xff) return new TextDecoder("utf-16be").decode(input.subarray(2));
  try {
    return new TextDecoder("utf-8", { fatal: true }).decode(input).replace(/^\uFEFF/, "");
  } catch {
    return undefined;
  }
}

/**
 * Line numbers of offsets asked for in increasing order, counting from where the last answer
 * left off (rescanning from the start made a 20,000-row file take minutes). Line breaks are
 * \n, \r\n or a lone \r.
 */
function lineCounter(text: string): (offset: number) => number {
  let at = 0;
  let line = 1;
  return (offset) => {
    for (; at < offset && at < text.length; at++) {
      const c = text.charCodeAt(at);
      if (c === 10 || (c === 13 && text.charCodeAt(at + 1) !== 10)) line++;
    }
    return line;
  };
}

function fail(problem: Problem): ParseTermbaseResult {
  return { ok: false, concepts: [], problems: [problem] };
}
