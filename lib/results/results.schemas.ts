// Inputs of the results operations (forms, actions, API). The result itself is `resultSchema`.
import { z } from "zod";
import { resultSchema } from "./result.schemas";

export const CSV_MAX_BYTES = 2_000_000;

export const mdeSchema = z.coerce.number().gt(0).max(10);

export const recordResultSchema = z.object({ variantId: z.string().min(1), result: resultSchema });
export type RecordResultInput = z.infer<typeof recordResultSchema>;

/** Many results for one variant (the API, the CSV import), each recorded with its source. */
export const recordResultsSchema = z.object({
  variantId: z.string().min(1),
  results: z.array(resultSchema),
  source: z.enum(["form", "csv", "api"]).optional(),
});
export type RecordResultsInput = z.input<typeof recordResultsSchema>;

export const importResultsCsvSchema = z.object({ variantId: z.string().min(1), csv: z.string().max(CSV_MAX_BYTES) });
export type ImportResultsCsvInput = z.infer<typeof importResultsCsvSchema>;
