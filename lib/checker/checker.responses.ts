// What POST /api/v1/check answers (lib/checker/run-check.ts); findings have the same shape in
// every answer that carries them (lib/core/checker/finding.types.ts).
import { z } from "zod";

export const findingSchema = z.object({
  code: z.string().describe("Stable machine code, e.g. TERM_FORBIDDEN"),
  type: z.string(),
  severity: z.enum(["error", "warning", "info"]),
  start: z.number().int().describe("UTF-16 offset into the checked text"),
  end: z.number().int(),
  message: z.string(),
  data: z.record(z.string(), z.unknown()),
});

export const checkResponseSchema = z.object({ findings: z.array(findingSchema) });
