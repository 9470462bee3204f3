import { describe, expect, it } from "vitest";
import { parseResultsCsv, type ResultsCsvOutcome } from "./parse-results-csv";

const HEADER =
  "market,metric,kind,period_from,period_to,exposed_users,exposed_conversions,exposed_mean,exposed_sd,holdout_users,holdout_conversions,holdout_mean,holdout_sd";

function problemsOf(outcome: ResultsCsvOutcome) {
  if (outcome.ok) throw new Error("expected problems");
  return outcome.problems.map(({ line, column, code }) => ({ line, column, code }));
}
function rowsOf(outcome: ResultsCsvOutcome) {
  if (!outcome.ok) throw new Error(JSON.stringify(outcome.problems));
  return outcome.rows;
}

describe("parseResultsCsv", () => {
  it("parses rate and mean rows, with and without holdout", () => {
    const csv = [
      HEADER,
      "DE,first purchase,rate,2026-10-01,2026-10-31,10000,620,,,10000,550,,",
      "FR,revenue per user,mean,2026-10-01,2026-10-31,900,,12.5,4.2,100,,11.9,3.9",
      "JP,first purchase,rate,2026-10-01,2026-10-31,5000,300,,,,,,",
    ].join("\n");
    const rows = rowsOf(parseResultsCsv(csv, { requireMarket: true }));
    expect(rows).toEqual([
      {
        line: 2,
        market: "DE",
        result: {
          metric: "first purchase",
          kind: "rate",
          period: { from: "2026-10-01", to: "2026-10-31" },
          exposed: { users: 10000, conversions: 620 },
          holdout: { users: 10000, conversions: 550 },
        },
      },
      {
        line: 3,
        market: "FR",
        result: {
          metric: "revenue per user",
          kind: "mean",
          period: { from: "2026-10-01", to: "2026-10-31" },
          exposed: { users: 900, mean: 12.5, sd: 4.2 },
          holdout: { users: 100, mean: 11.9, sd: 3.9 },
        },
      },
      {
        line: 4,
        market: "JP",
        result: { metric: "first purchase", kind: "rate", period: { from: "2026-10-01", to: "2026-10-31" }, exposed: { users: 5000, conversions: 300 } },
      },
    ]);
  });

  it("single-variant upload: market column optional, header case/spacing/BOM tolerant, semicolons, CRLF", () => {
    const csv = "\uFEFFMetric;Kind;Period From;period_to;Exposed Users;exposed_conversions\r\nsignups;RATE;2026-01-01;2026-01-31;200;20\r\n\r\n";
    const rows = rowsOf(parseResultsCsv(csv, { requireMarket: false }));
    expect(rows).toHaveLength(1);
    expect(rows[0]).toMatchObject({ line: 2, market: null, result: { kind: "rate", exposed: { users: 200, conversions: 20 } } });
  });

  it("reports EVERY bad row, with line and column, and returns no rows (all-or-nothing)", () => {
    const csv = [
      HEADER,
      "DE,first purchase,rate,2026-10-01,2026-10-31,10000,620,,,10000,550,,", // ok
      "FR,first purchase,rate,2026-10-01,2026-10-31,100,120,,,100,5,,", // conversions > users
      "IT,first purchase,rate,2026-10-31,2026-10-01,100,10,,,,,,", // reversed period
      "ES,first purchase,rate,2026-13-01,2026-10-31,1 000,10,,,,,,", // bad date + bad number
      "PL,first purchase,median,2026-10-01,2026-10-31,100,10,,,,,,", // bad kind
      "NL,aov,mean,2026-10-01,2026-10-31,100,,12.5,,100,,11,2", // missing exposed_sd
      "SE,aov,mean,2026-10-01,2026-10-31,100,,12.5,1,100,,,", // holdout incomplete
      ",first purchase,rate,2026-10-01,2026-10-31,100,10,,,,,,", // market missing
      "DK,first purchase,rate,2026-10-01,2026-10-31,100,10,5,,,,,", // mean given for rate
      "AT,first purchase,rate,2026-10-01,2026-10-31,100", // short row
    ].join("\n");
    const outcome = parseResultsCsv(csv, { requireMarket: true });
    expect(problemsOf(outcome)).toEqual([
      { line: 3, column: "exposed_conversions", code: "RESULT_CONVERSIONS_EXCEED_USERS" },
      { line: 4, column: "period_to", code: "RESULT_PERIOD_REVERSED" },
      { line: 5, column: "exposed_users", code: "RESULTS_CSV_INVALID_NUMBER" },
      { line: 6, column: "kind", code: "RESULTS_CSV_INVALID_KIND" },
      { line: 7, column: "exposed_sd", code: "RESULTS_CSV_REQUIRED" },
      { line: 8, column: "holdout_mean", code: "RESULTS_CSV_HOLDOUT_INCOMPLETE" },
      { line: 8, column: "holdout_sd", code: "RESULTS_CSV_HOLDOUT_INCOMPLETE" },
      { line: 9, column: "market", code: "RESULTS_CSV_REQUIRED" },
      { line: 10, column: "exposed_mean", code: "RESULTS_CSV_UNEXPECTED_VALUE" },
      { line: 11, column: undefined, code: "RESULTS_CSV_WRONG_FIELD_COUNT" },
    ]);
  });

  it("validates dates through the schema once the numbers are fine", () => {
    const csv = [HEADER, "ES,first purchase,rate,2026-02-30,2026-10-31,100,10,,,,,,"].join("\n");
    expect(problemsOf(parseResultsCsv(csv, { requireMarket: true }))).toEqual([{ line: 2, column: "period_from", code: "RESULTS_CSV_INVALID_DATE" }]);
  });

  it("hints at decimal commas and thousands separators", () => {
    const csv = [HEADER, 'DE,aov,mean,2026-10-01,2026-10-31,"10,000",,"12,5",1,,,,'].join("\n");
    const outcome = parseResultsCsv(csv, { requireMarket: true });
    expect(problemsOf(outcome).map((p) => p.column)).toEqual(["exposed_users", "exposed_mean"]);
    if (!outcome.ok) expect(outcome.problems[1].message).toContain("'.' as the decimal separator");
  });

  it("line numbers follow physical lines across quoted multi-line cells and blank lines", () => {
    const csv = [HEADER, '"DE","first\npurchase",rate,2026-10-01,2026-10-31,100,10,,,,,,', "", "FR,x,rate,2026-10-01,2026-10-31,100,101,,,,,,"].join("\n");
    expect(problemsOf(parseResultsCsv(csv, { requireMarket: true }))).toEqual([{ line: 5, column: "exposed_conversions", code: "RESULT_CONVERSIONS_EXCEED_USERS" }]);
  });

  it("header problems: missing, unknown and duplicate columns", () => {
    expect(problemsOf(parseResultsCsv("metric,kind,period_from,period_to,exposed_users,exposed_conversion\nx", { requireMarket: true }))).toEqual([
      { line: 1, column: "exposed_conversion", code: "RESULTS_CSV_UNKNOWN_COLUMN" },
      { line: 1, column: "market", code: "RESULTS_CSV_MISSING_COLUMN" },
    ]);
    expect(problemsOf(parseResultsCsv("metric,metric,kind,period_from,period_to,exposed_users\n", { requireMarket: false }))).toEqual([
      { line: 1, column: "metric", code: "RESULTS_CSV_DUPLICATE_COLUMN" },
    ]);
  });

  it("rate rows need the conversions column when the header lacks it", () => {
    const csv = "metric,kind,period_from,period_to,exposed_users,exposed_mean,exposed_sd\nsignups,rate,2026-01-01,2026-01-31,200,,";
    expect(problemsOf(parseResultsCsv(csv, { requireMarket: false }))).toEqual([{ line: 2, column: "exposed_conversions", code: "RESULTS_CSV_MISSING_COLUMN" }]);
  });

  it("duplicate market + metric + period rows are refused", () => {
    const csv = [HEADER, "DE,Signups,rate,2026-10-01,2026-10-31,100,10,,,,,,", "de,signups,rate,2026-10-01,2026-10-31,100,12,,,,,,"].join("\n");
    expect(problemsOf(parseResultsCsv(csv, { requireMarket: true }))).toEqual([{ line: 3, column: undefined, code: "RESULTS_CSV_DUPLICATE_ROW" }]);
  });

  it("empty input, header only, too many rows, malformed quotes", () => {
    expect(problemsOf(parseResultsCsv("", { requireMarket: false }))).toEqual([{ line: 1, column: undefined, code: "RESULTS_CSV_EMPTY" }]);
    expect(problemsOf(parseResultsCsv(HEADER + "\n", { requireMarket: true }))[0].code).toBe("RESULTS_CSV_EMPTY");
    const many = [HEADER, ...["DE", "FR", "IT"].map((m) => `${m},x,rate,2026-10-01,2026-10-31,100,10,,,,,,`)].join("\n");
    expect(problemsOf(parseResultsCsv(many, { requireMarket: true, maxRows: 2 }))).toEqual([{ line: 4, column: undefined, code: "RESULTS_CSV_TOO_MANY_ROWS" }]);
    expect(problemsOf(parseResultsCsv(HEADER + '\nDE,"unterminated,rate', { requireMarket: true }))[0].code).toBe("RESULTS_CSV_MALFORMED");
  });
});
