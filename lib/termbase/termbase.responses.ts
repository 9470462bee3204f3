// What the /api/v1/terms and termbase import routes answer. The OpenAPI document is generated from
// these, and the API tests validate real answers against it.
import { z } from "zod";
import { TERMBASE_FORMATS, termStatusSchema } from "./termbase.schemas";

/** GET /api/v1/terms (lib/termbase/lookup-terms.ts). */
export const termLookupResponseSchema = z.object({
  items: z.array(
    z.object({
      termId: z.string(),
      conceptId: z.string(),
      term: z.string(),
      locale: z.string(),
      status: termStatusSchema,
      doNotTranslate: z.boolean(),
      caseSensitive: z.boolean(),
      marketId: z.string().nullable(),
      marketCode: z.string().nullable(),
    }),
  ),
});

/** POST /api/v1/termbase/import (lib/termbase/import-termbase.ts). */
export const termbaseImportReportSchema = z.object({
  format: z.enum(TERMBASE_FORMATS),
  concepts: z.number().int(),
  created: z.number().int(),
  updated: z.number().int(),
  skipped: z.number().int(),
  terms: z.object({ created: z.number().int(), updated: z.number().int() }),
  warnings: z
    .array(z.object({ code: z.string(), message: z.string(), line: z.number().int().optional(), column: z.number().int().optional(), path: z.string().optional(), rule: z.string().optional(), market: z.string().optional(), locales: z.array(z.string()).optional() }))
    .optional()
    .describe("What was read with a caveat or skipped (e.g. an empty term), at most 200"),
  marketsCreated: z.array(z.string()).optional().describe("Codes of the markets created for this import (createMissingMarkets=true, admins)"),
}).meta({ examples: [{ format: "tbx", concepts: 120, created: 12, updated: 3, skipped: 105, terms: { created: 30, updated: 4 } }] });
