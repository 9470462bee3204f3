// Compile-time half of the response contract: what each domain function returns, once serialized
// to JSON, fits the response schema the document publishes (tsc checks this file), so a field
// added to a handler's answer without its schema fails the type check even where no API test
// calls the route. The runtime half is documentedRoute() in the API tests.
import { describe, expectTypeOf, it } from "vitest";
import type { z } from "zod";
import type { assetDto, versionDto } from "@/lib/assets/asset-dto";
import type { assetResponseSchema, assetVersionResponseSchema } from "@/lib/assets/asset.responses";
import type { campaignToJson } from "@/lib/campaigns/campaign-json";
import type { campaignListResponseSchema, campaignResponseSchema, createdCampaignSchema } from "@/lib/campaigns/campaign.responses";
import type { CreatedCampaign } from "@/lib/campaigns/create-campaign";
import type { findCampaigns } from "@/lib/campaigns/find-campaigns";
import type { ImportedCampaign } from "@/lib/exchange/import-campaign-file";
import type { importedCampaignResponseSchema } from "@/lib/exchange/exchange.responses";
import type { findLearnings } from "@/lib/learnings/find-learnings";
import type { learningFeedResponseSchema } from "@/lib/learnings/learning.responses";
import type { getCampaignResults } from "@/lib/results/get-campaign-results";
import type { apiResultSchema, campaignResultsResponseSchema } from "@/lib/results/result.responses";
import type { toApiResult } from "@/lib/results/to-api-result";
import type { ImportReport } from "@/lib/termbase/import-termbase";
import type { LookupHit } from "@/lib/termbase/lookup-terms";
import type { termbaseImportReportSchema, termLookupResponseSchema } from "@/lib/termbase/termbase.responses";
import type { findVariants } from "@/lib/variants/find-variants";
import type { toApiVariant } from "@/lib/variants/to-api-variant";
import type { transitionVariant } from "@/lib/variants/transition-variant";
import type { apiVariantSchema, transitionResultSchema, variantListSchema } from "@/lib/variants/variant.responses";

/** A value as JSON.stringify writes it: dates become strings. */
type Json<T> = T extends Date ? string : T extends readonly (infer U)[] ? Json<U>[] : T extends object ? { [K in keyof T]: Json<T[K]> } : T;
type Answer<F extends (...args: never[]) => unknown> = Json<Awaited<ReturnType<F>>>;
type Out<S extends z.ZodType> = z.output<S>;

type KeysOf<T> = T extends unknown ? keyof T : never;
type ValueOf<T, K extends PropertyKey> = T extends unknown ? (K extends keyof T ? T[K] : never) : never;
/** Paths of fields the answer has and the schema does not name (structural typing would let them pass). */
type ExtraKeys<A, O, At extends string = ""> = A extends readonly (infer U)[]
  ? NonNullable<O> extends readonly (infer V)[]
    ? ExtraKeys<U, V, `${At}[]`>
    : never
  : A extends object
    ? NonNullable<O> extends object
      ? { [K in keyof A & string]: K extends KeysOf<NonNullable<O>> ? ExtraKeys<A[K], ValueOf<NonNullable<O>, K>, `${At}.${K}`> : `${At}.${K}` }[keyof A & string]
      : never
    : never;

/** true when the answer fits the schema and has no field the schema leaves out; else what differs. */
type Fits<A, S extends z.ZodType> = [A] extends [Out<S>] ? ([ExtraKeys<A, Out<S>>] extends [never] ? true : { undocumented: ExtraKeys<A, Out<S>> }) : { mismatch: A };

describe("response schemas fit what the domain returns", () => {
  it("type-checks (tsc)", () => {
    expectTypeOf<Fits<Answer<typeof toApiVariant>, typeof apiVariantSchema>>().toEqualTypeOf<true>();
    expectTypeOf<Fits<{ items: Answer<typeof findVariants> }, typeof variantListSchema>>().toEqualTypeOf<true>();
    expectTypeOf<Fits<Answer<typeof transitionVariant>, typeof transitionResultSchema>>().toEqualTypeOf<true>();
    expectTypeOf<Fits<Answer<typeof campaignToJson>, typeof campaignResponseSchema>>().toEqualTypeOf<true>();
    expectTypeOf<Fits<Answer<typeof findCampaigns>, typeof campaignListResponseSchema>>().toEqualTypeOf<true>();
    expectTypeOf<Fits<Json<CreatedCampaign>, typeof createdCampaignSchema>>().toEqualTypeOf<true>();
    expectTypeOf<Fits<Json<ImportedCampaign>, typeof importedCampaignResponseSchema>>().toEqualTypeOf<true>();
    expectTypeOf<Fits<Answer<typeof assetDto>, typeof assetResponseSchema>>().toEqualTypeOf<true>();
    expectTypeOf<Fits<Answer<typeof versionDto>, typeof assetVersionResponseSchema>>().toEqualTypeOf<true>();
    expectTypeOf<Fits<{ items: Answer<typeof findLearnings> }, typeof learningFeedResponseSchema>>().toEqualTypeOf<true>();
    expectTypeOf<Fits<Answer<typeof toApiResult>, typeof apiResultSchema>>().toEqualTypeOf<true>();
    expectTypeOf<Fits<Answer<typeof getCampaignResults>, typeof campaignResultsResponseSchema>>().toEqualTypeOf<true>();
    expectTypeOf<Fits<Json<ImportReport>, typeof termbaseImportReportSchema>>().toEqualTypeOf<true>();
    expectTypeOf<Fits<{ items: Json<LookupHit>[] }, typeof termLookupResponseSchema>>().toEqualTypeOf<true>();
  });
});
