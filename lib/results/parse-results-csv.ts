import Papa from "papaparse";
import { resultSchema, type Result } from "./result.schemas";

/**
 * Parse a CSV of campaign results, all-or-nothing: either every row is valid
 * ({ ok: true, rows }) or every problem found is reported ({ ok: false, problems }).
 *
 * Columns (header required, case-insensitive, any order, "," ";" or tab):
 *   market (optional when uploading for one variant), metric, kind (rate|mean),
 *   period_from, period_to (YYYY-MM-DD), exposed_users,
 *   exposed_conversions (rate) | exposed_mean, exposed_sd (mean),
 *   holdout_users, holdout_conversions | holdout_mean, holdout_sd (all holdout
 *   cells empty = no holdout; holdout columns may be left out entirely).
 * Every row is validated through `resultSchema` (result.schemas.ts).
 * Line numbers are 1-based physical lines of the file (the header is line 1).
 */

export type ResultsCsvCode =
  | "RESULTS_CSV_EMPTY"
  | "RESULTS_CSV_MALFORMED"
  | "RESULTS_CSV_MISSING_COLUMN"
  | "RESULTS_CSV_UNKNOWN_COLUMN"
  | "RESULTS_CSV_DUPLICATE_COLUMN"
  | "RESULTS_CSV_TOO_MANY_ROWS"
  | "RESULTS_CSV_WRONG_FIELD_COUNT"
  | "RESULTS_CSV_REQUIRED"
  | "RESULTS_CSV_INVALID_KIND"
  | "RESULTS_CSV_INVALID_NUMBER"
  | "RESULTS_CSV_INVALID_MARKET"
  | "RESULTS_CSV_UNEXPECTED_VALUE"
  | "RESULTS_CSV_HOLDOUT_INCOMPLETE"
  | "RESULTS_CSV_DUPLICATE_ROW"
  | "RESULTS_CSV_INVALID_VALUE"
  | "RESULTS_CSV_INVALID_DATE"
  /** Codes carried over from result.schemas.ts refinements. */
  | "RESULT_CONVERSIONS_EXCEED_USERS"
  | "RESULT_PERIOD_REVERSED";

export type ResultsCsvProblem = { line: number; column?: string; code: ResultsCsvCode; message: string };
export type ResultsCsvRow = { line: number; market: string | null; result: Result };
export type ResultsCsvOutcome = { ok: true; rows: ResultsCsvRow[] } | { ok: false; problems: ResultsCsvProblem[] };

export type ParseResultsCsvOptions = {
  /** true for campaign-wide uploads; false when uploading for a single variant. */
  requireMarket: boolean;
  maxRows?: number;
};

export const DEFAULT_MAX_RESULT_ROWS = 10_000;

const KNOWN_COLUMNS = [
  "market", "metric", "kind", "period_from", "period_to",
  "exposed_users", "exposed_conversions", "exposed_mean", "exposed_sd",
  "holdout_users", "holdout_conversions", "holdout_mean", "holdout_sd",
] as const;
type Column = (typeof KNOWN_COLUMNS)[number];
const ALWAYS_REQUIRED: Column[] = ["metric", "kind", "period_from", "period_to", "exposed_users"];
const MARKET_PATTERN = /^[A-Za-z0-9][A-Za-z0-9_-]{0,31}$/;
const WHOLE = /^\d+$/;
const DECIMAL = /^[+-]?(\d+(\.\d*)?|\.\d+)([eE][+-]?\d+)?$/;

const normalizeHeader = (h: string) => h.trim().toLowerCase().replace(/[\s-]+/g, "_");

type Cells = Partial<Record<Column, string>>;

function splitRecords(text: string): { records: { line: number; fields: string[] }[]; malformed: ResultsCsvProblem[] } {
  const records: { line: number; fields: string[] }[] = [];
  const malformed: ResultsCsvProblem[] = [];
  let previousCursor = 0;
  let line = 1;
  Papa.parse<string[]>(text, {
    delimitersToGuess: [",", ";", "\t"],
    skipEmptyLines: false,
    step: (step) => {
      const start = line;
      const cursor = step.meta.cursor;
      for (let i = previousCursor; i < cursor; i++) if (text.charCodeAt(i) === 10) line++;
      previousCursor = cursor;
      for (const error of step.errors) {
        if (error.type === "Delimiter") continue;
        malformed.push({ line: start, code: "RESULTS_CSV_MALFORMED", message: `${error.message} (${error.code}).` });
      }
      const fields = step.data;
      if (fields.every((f) => f.trim() === "")) return; // blank line
      records.push({ line: start, fields });
    },
  });
  return { records, malformed };
}

function columnForPath(path: PropertyKey[]): Column | undefined {
  const [head, tail] = path.map(String);
  if (head === "metric" || head === "kind") return head;
  if (head === "period") return tail === "to" ? "period_to" : "period_from";
  if ((head === "exposed" || head === "holdout") && tail) {
    const column = `${head}_${tail}`;
    return (KNOWN_COLUMNS as readonly string[]).includes(column) ? (column as Column) : undefined;
  }
  return undefined;
}

/** Build the JSON result from one row's cells; collect cell-level problems. */
function buildResult(cells: Cells, line: number, present: Set<Column>, problems: ResultsCsvProblem[]): unknown | null {
  const before = problems.length;
  const cell = (c: Column) => (cells[c] ?? "").trim();
  const add = (column: Column, code: ResultsCsvCode, message: string) => problems.push({ line, column, code, message });

  for (const column of ["metric", "kind", "period_from", "period_to", "exposed_users"] as const) {
    if (cell(column) === "") add(column, "RESULTS_CSV_REQUIRED", `${column} is required.`);
  }
  const kind = cell("kind").toLowerCase();
  if (kind !== "" && kind !== "rate" && kind !== "mean") add("kind", "RESULTS_CSV_INVALID_KIND", `kind must be "rate" or "mean", not "${cell("kind")}".`);
  if (kind !== "rate" && kind !== "mean") return null;

  const valueColumns = kind === "rate" ? (["conversions"] as const) : (["mean", "sd"] as const);
  const otherColumns = kind === "rate" ? (["mean", "sd"] as const) : (["conversions"] as const);
  const number = (column: Column, whole: boolean): number | undefined => {
    const raw = cell(column);
    if (raw === "") return undefined;
    if (whole ? !WHOLE.test(raw) : !DECIMAL.test(raw)) {
      const hint = /^\d{1,3}([,.' ]\d{3})+$/.test(raw) || /^\d+,\d+$/.test(raw) ? " Use digits only, with '.' as the decimal separator." : "";
      add(column, "RESULTS_CSV_INVALID_NUMBER", `${column} must be ${whole ? "a whole number ≥ 0" : "a number"}, not "${raw}".${hint}`);
      return undefined;
    }
    return Number(raw);
  };

  const group = (prefix: "exposed" | "holdout"): Record<string, number | undefined> | undefined => {
    for (const other of otherColumns) {
      const column = `${prefix}_${other}` as Column;
      if (cell(column) !== "") add(column, "RESULTS_CSV_UNEXPECTED_VALUE", `${column} must be empty for kind "${kind}".`);
    }
    const needed = ["users", ...valueColumns].map((suffix) => `${prefix}_${suffix}` as Column);
    const filled = needed.filter((c) => cell(c) !== "");
    if (prefix === "holdout" && filled.length === 0) return undefined; // no holdout
    for (const column of needed) {
      if (!present.has(column)) add(column, "RESULTS_CSV_MISSING_COLUMN", `Column ${column} is needed for kind "${kind}".`);
      else if (cell(column) === "" && column !== "exposed_users") {
        add(
          column,
          prefix === "holdout" ? "RESULTS_CSV_HOLDOUT_INCOMPLETE" : "RESULTS_CSV_REQUIRED",
          prefix === "holdout" ? `${column} is empty: fill all holdout cells or none.` : `${column} is required for kind "${kind}".`,
        );
      }
    }
    const values: Record<string, number | undefined> = { users: number(`${prefix}_users` as Column, true) };
    for (const suffix of valueColumns) values[suffix] = number(`${prefix}_${suffix}` as Column, suffix === "conversions");
    return values;
  };

  const exposed = group("exposed");
  const holdout = group("holdout");
  if (problems.length > before) return null;
  return {
    metric: cell("metric"),
    kind,
    period: { from: cell("period_from"), to: cell("period_to") },
    exposed,
    ...(holdout ? { holdout } : {}),
  };
}

export function parseResultsCsv(text: string, options: ParseResultsCsvOptions): ResultsCsvOutcome {
  const maxRows = options.maxRows ?? DEFAULT_MAX_RESULT_ROWS;
  // Strip the BOM ourselves: Papa's cursor positions are relative to the text it parsed.
  const { records, malformed } = splitRecords((text ?? "").replace(/^\uFEFF/, ""));
  if (records.length === 0) return { ok: false, problems: [{ line: 1, code: "RESULTS_CSV_EMPTY", message: "The file is empty." }] };
  if (malformed.length > 0) return { ok: false, problems: malformed };

  const [header, ...rows] = records;
  const problems: ResultsCsvProblem[] = [];
  const columns = header.fields.map(normalizeHeader);
  const present = new Set<Column>();
  columns.forEach((name) => {
    if (!(KNOWN_COLUMNS as readonly string[]).includes(name)) {
      problems.push({ line: header.line, column: name, code: "RESULTS_CSV_UNKNOWN_COLUMN", message: `Unknown column "${name}". Expected: ${KNOWN_COLUMNS.join(", ")}.` });
    } else if (present.has(name as Column)) {
      problems.push({ line: header.line, column: name, code: "RESULTS_CSV_DUPLICATE_COLUMN", message: `Column "${name}" appears twice.` });
    } else present.add(name as Column);
  });
  const required = options.requireMarket ? [...ALWAYS_REQUIRED, "market" as const] : ALWAYS_REQUIRED;
  for (const column of required) {
    if (!present.has(column)) problems.push({ line: header.line, column, code: "RESULTS_CSV_MISSING_COLUMN", message: `Column "${column}" is required.` });
  }
  if (problems.length > 0) return { ok: false, problems };
  if (rows.length === 0) return { ok: false, problems: [{ line: header.line, code: "RESULTS_CSV_EMPTY", message: "The file has a header but no result rows." }] };
  if (rows.length > maxRows) {
    return { ok: false, problems: [{ line: rows[maxRows].line, code: "RESULTS_CSV_TOO_MANY_ROWS", message: `At most ${maxRows} rows per upload.` }] };
  }

  const parsed: ResultsCsvRow[] = [];
  const seen = new Map<string, number>();
  for (const row of rows) {
    if (row.fields.length !== columns.length) {
      problems.push({ line: row.line, code: "RESULTS_CSV_WRONG_FIELD_COUNT", message: `Expected ${columns.length} fields, found ${row.fields.length}.` });
      continue;
    }
    const cells: Cells = {};
    columns.forEach((name, i) => (cells[name as Column] = row.fields[i]));
    const before = problems.length;

    const market = (cells.market ?? "").trim();
    if (market === "" && options.requireMarket) problems.push({ line: row.line, column: "market", code: "RESULTS_CSV_REQUIRED", message: "market is required." });
    else if (market !== "" && !MARKET_PATTERN.test(market)) {
      problems.push({ line: row.line, column: "market", code: "RESULTS_CSV_INVALID_MARKET", message: `"${market}" is not a market code.` });
    }

    const candidate = buildResult(cells, row.line, present, problems);
    if (candidate === null) continue;
    const validated = resultSchema.safeParse(candidate);
    if (!validated.success) {
      for (const issue of validated.error.issues) {
        const column = columnForPath(issue.path);
        const custom = issue.code === "custom" ? (issue.params?.code as ResultsCsvCode | undefined) : undefined;
        const code: ResultsCsvCode = custom ?? (column === "period_from" || column === "period_to" ? "RESULTS_CSV_INVALID_DATE" : "RESULTS_CSV_INVALID_VALUE");
        const message = code === "RESULTS_CSV_INVALID_DATE" ? `${column} must be a date like 2026-10-31.` : `${column ?? "row"}: ${issue.message}`;
        problems.push({ line: row.line, ...(column ? { column } : {}), code, message });
      }
      continue;
    }
    if (problems.length > before) continue;

    const result = validated.data;
    const key = JSON.stringify([market.toUpperCase(), result.metric.toLowerCase(), result.period.from, result.period.to]);
    const firstLine = seen.get(key);
    if (firstLine !== undefined) {
      problems.push({ line: row.line, code: "RESULTS_CSV_DUPLICATE_ROW", message: `Same market, metric and period as line ${firstLine}.` });
      continue;
    }
    seen.set(key, row.line);
    parsed.push({ line: row.line, market: market === "" ? null : market, result });
  }
  return problems.length > 0 ? { ok: false, problems } : { ok: true, rows: parsed };
}
