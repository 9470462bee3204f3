// What the results routes answer (lib/results/to-api-result.ts, get-campaign-results.ts). The
// OpenAPI document is generated from these, and the API tests validate real answers against it.
import { z } from "zod";
import { meanResultSchema, rateResultSchema } from "./result.schemas";

const interval = z.object({ lower: z.number(), upper: z.number() });

const liftSchema = z.object({
  kind: z.enum(["rate", "mean"]),
  hasHoldout: z.boolean(),
  exposedValue: z.number(),
  holdoutValue: z.number().nullable(),
  absolute: z.object({ estimate: z.number(), standardError: z.number().nullable(), ci: interval.nullable() }).nullable(),
  relative: z.object({ estimate: z.number(), ci: interval.nullable() }).nullable(),
  pValue: z.number().nullable(),
  conclusive: z.boolean(),
  explanation: z.string().describe("Plain-words code, e.g. LIFT_POSITIVE_SIGNIFICANT"),
  power: z
    .object({
      minimumDetectableEffect: z.number(),
      usersPerGroup: z.number(),
      additional: z.object({ exposed: z.number(), holdout: z.number(), total: z.number(), enough: z.boolean() }),
    })
    .nullable(),
});

const stored = { id: z.string(), variantId: z.string(), createdAt: z.iso.datetime({ offset: true }), lift: liftSchema };

/** One stored result: the JSON contract shape plus the lift. */
export const apiResultSchema = z
  .discriminatedUnion("kind", [rateResultSchema.extend(stored), meanResultSchema.extend(stored)])
  .meta({ title: "Result" });

/** GET /api/v1/variants/{id}/results. */
export const variantResultsResponseSchema = z.object({
  variant: z.object({ id: z.string(), locale: z.string(), market: z.string(), campaign: z.object({ id: z.string(), name: z.string() }) }),
  results: z.array(apiResultSchema),
});

/** POST /api/v1/variants/{id}/results. */
export const recordedResultsResponseSchema = z.object({ variantId: z.string(), results: z.array(apiResultSchema) });

/** GET /api/v1/campaigns/{id}/results. */
export const campaignResultsResponseSchema = z.object({
  campaign: z.object({ id: z.string(), name: z.string() }),
  metrics: z.array(
    z.object({
      metric: z.string(),
      kind: z.enum(["rate", "mean"]),
      markets: z.array(z.object({ marketCode: z.string(), marketName: z.string(), variantId: z.string(), locale: z.string(), result: apiResultSchema })),
      pooled: z
        .object({
          estimate: z.number(),
          standardError: z.number(),
          ci: interval,
          pValue: z.number(),
          marketsPooled: z.number().int(),
          iSquared: z.number(),
          qPValue: z.number().nullable(),
          heterogeneous: z.boolean(),
          randomEffects: z.object({ estimate: z.number(), ci: interval, tau2: z.number() }),
        })
        .nullable()
        .describe("Inverse-variance pool of the markets with a holdout; null when none qualifies"),
    }),
  ),
});
