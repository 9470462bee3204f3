// CSV upload of many results for one variant, all-or-nothing: the whole file is parsed and
// validated first (line-level problems returned as IMPORT_INVALID details), then written in one
// transaction. A `market` column is optional; when filled it must be the variant's market.
import { getDb } from "@/lib/db";
import { AppError } from "@/lib/errors";
import type { Actor } from "@/lib/permissions/actor";
import { loadResultVariant } from "./load-result-variant";
import { parseResultsCsv, type ResultsCsvProblem } from "./parse-results-csv";
import { recordResults } from "./record-results";
import { importResultsCsvSchema } from "./results.schemas";

export type ImportProblem = Omit<ResultsCsvProblem, "code"> & { code: ResultsCsvProblem["code"] | "RESULTS_CSV_MARKET_MISMATCH" };

export async function importResultsCsv(actor: Actor, input: unknown) {
  const { variantId, csv } = importResultsCsvSchema.parse(input);
  const db = await getDb();
  // Permission first: an invisible variant answers 404 whatever the file holds.
  const variant = await loadResultVariant(db, actor, variantId, "record");
  const parsed = parseResultsCsv(csv, { requireMarket: false });
  const problems: ImportProblem[] = parsed.ok ? [] : parsed.problems;
  if (parsed.ok) {
    for (const row of parsed.rows) {
      if (row.market && row.market.toUpperCase() !== variant.market.code.toUpperCase()) {
        problems.push({ line: row.line, column: "market", code: "RESULTS_CSV_MARKET_MISMATCH", message: `This upload is for ${variant.market.code}, not ${row.market}.` });
      }
    }
  }
  if (!parsed.ok || problems.length > 0) {
    throw new AppError("IMPORT_INVALID", { message: "The file has problems; nothing was imported", details: { problems } });
  }
  return recordResults(actor, { variantId, results: parsed.rows.map((r) => r.result), source: "csv" });
}
