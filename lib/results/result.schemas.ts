import { z } from "zod";

/**
 * One campaign result for one variant (market), as entered in the form, sent
 * as JSON, or produced by one CSV row:
 *
 *   {"metric":"first purchase","kind":"rate","period":{"from":"2026-10-01","to":"2026-10-31"},
 *    "exposed":{"users":10000,"conversions":620},"holdout":{"users":10000,"conversions":550}}
 *
 * kind "mean": each group has { users, mean, sd }. The holdout is optional
 * (no holdout → lift cannot be measured). Cross-field rules carry a stable
 * code in `params.code` so callers (CSV parser, API) can report codes.
 */

export const RESULT_CONVERSIONS_EXCEED_USERS = "RESULT_CONVERSIONS_EXCEED_USERS";
export const RESULT_PERIOD_REVERSED = "RESULT_PERIOD_REVERSED";

export const METRIC_MAX_LENGTH = 120;

const count = z.number().int().min(0).max(Number.MAX_SAFE_INTEGER);
const users = count.min(1);

export const rateGroupSchema = z
  .object({ users, conversions: count })
  .strict()
  .refine((group) => group.conversions <= group.users, {
    message: "Conversions cannot exceed users.",
    path: ["conversions"],
    params: { code: RESULT_CONVERSIONS_EXCEED_USERS },
  });

export const meanGroupSchema = z
  .object({
    users,
    mean: z.number(), // zod v4 numbers are finite
    sd: z.number().min(0),
  })
  .strict();

export const resultPeriodSchema = z
  .object({ from: z.iso.date(), to: z.iso.date() })
  .strict()
  .refine((period) => period.from <= period.to, {
    message: "The period must not end before it starts.",
    path: ["to"],
    params: { code: RESULT_PERIOD_REVERSED },
  });

const metric = z.string().trim().min(1).max(METRIC_MAX_LENGTH);

export const rateResultSchema = z
  .object({
    metric,
    kind: z.literal("rate"),
    period: resultPeriodSchema,
    exposed: rateGroupSchema,
    holdout: rateGroupSchema.optional(),
  })
  .strict();

export const meanResultSchema = z
  .object({
    metric,
    kind: z.literal("mean"),
    period: resultPeriodSchema,
    exposed: meanGroupSchema,
    holdout: meanGroupSchema.optional(),
  })
  .strict();

export const resultSchema = z.discriminatedUnion("kind", [rateResultSchema, meanResultSchema]);

export type RateResult = z.infer<typeof rateResultSchema>;
export type MeanResult = z.infer<typeof meanResultSchema>;
export type Result = z.infer<typeof resultSchema>;
