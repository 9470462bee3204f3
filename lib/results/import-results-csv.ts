// CSV upload of many results for one variant, all-or-nothing: the whole file is parsed and
// validated first (line-level problems returned as IMPORT_INVALID details), then written in one
// transaction. A `market` column is optional; when filled it must be the variant's market.
import { AppError } from "@/lib/errors";
import { defineOperation } from "@/lib/operations/define-operation";
import { canWrite } from "@/lib/permissions/actor";
import { loadResultVariant } from "./load-result-variant";
import { parseResultsCsv, type ResultsCsvProblem } from "./parse-results-csv";
import { recordResults } from "./record-results";
import { importResultsCsvSchema } from "./results.schemas";

export type ImportProblem = Omit<ResultsCsvProblem, "code"> & { code: ResultsCsvProblem["code"] | "RESULTS_CSV_MARKET_MISMATCH" };

export const importResultsCsv = defineOperation({
  name: "result.import_csv",
  input: importResultsCsvSchema,
  // Role level only: an invisible variant answers 404 before the recording rule answers 403.
  authorize: canWrite,
  run: async ({ actor, input: { variantId, csv }, tx }) => {
    // Permission first: an invisible variant answers 404 whatever the file holds.
    const variant = await loadResultVariant(actor, variantId, "record", tx);
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
    return recordResults(actor, { variantId, results: parsed.rows.map((r) => r.result), source: "csv" }, tx);
  },
});
