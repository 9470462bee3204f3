// The one list of API v1 endpoints: the OpenAPI document (/api/v1/openapi.json), the reference
// page (/api-docs) and packages/client are generated from it, with the same zod schemas the routes
// validate with. A new route is one entry here: its query/body schemas, `response.schema` (what the
// handler returns, as JSON, in lib/<domain>/<domain>.responses.ts) and the error codes it answers
// (status from lib/errors.ts, or THROWN_WITH_STATUS in error-responses.ts). Tests fail when a route
// file's method is missing here, a JSON answer has no schema, or a code has no known status; API
// tests that wrap the route in documentedRoute() fail when an answer differs from this entry.
// Then `npm run build:client`.
import { z } from "zod";
import { TRANSITION_REFUSALS } from "./error-responses";
import { assetFilterSchema, assetMetaSchema } from "@/lib/assets/asset.schemas";
import { signInSchema } from "@/lib/auth/auth.schemas";
import { campaignDefinitionSchema, campaignListSchema, updateCampaignSchema } from "@/lib/campaigns/campaign.schemas";
import { checkRequestSchema } from "@/lib/guidelines/guideline.schemas";
import { createLearningSchema } from "@/lib/learnings/learning.schemas";
import { marketSchema } from "@/lib/markets/market.schemas";
import { resultSchema } from "@/lib/results/result.schemas";
import { lookupSchema } from "@/lib/termbase/termbase.schemas";
import { assetListResponseSchema, assetResponseSchema, assetVersionResponseSchema, assetWithAlternatesSchema } from "@/lib/assets/asset.responses";
import { issuedTokenResponseSchema, meResponseSchema } from "@/lib/auth/auth.responses";
import { campaignListResponseSchema, campaignResponseSchema, createdCampaignSchema, publishedCampaignSchema } from "@/lib/campaigns/campaign.responses";
import { checkResponseSchema } from "@/lib/checker/checker.responses";
import { campaignExportJsonSchema, importedCampaignResponseSchema } from "@/lib/exchange/exchange.responses";
import { createdLearningResponseSchema, learningFeedResponseSchema } from "@/lib/learnings/learning.responses";
import { campaignResultsResponseSchema, recordedResultsResponseSchema, variantResultsResponseSchema } from "@/lib/results/result.responses";
import { termbaseImportReportSchema, termLookupResponseSchema } from "@/lib/termbase/termbase.responses";
import { apiVariantSchema, myWorkResponseSchema, transitionResultSchema, variantListSchema } from "@/lib/variants/variant.responses";
import { assigneeBodySchema } from "@/lib/variants/assignment.schemas";
import { pretranslateBodySchema } from "@/lib/translation/pretranslate.schemas";
import { findVariantsSchema, putVariantBodySchema, transitionBodySchema } from "@/lib/variants/variant.schemas";
import {
  campaignExportQuerySchema,
  campaignImportQuerySchema,
  exportXliffQuerySchema,
  importProblemSchema,
  xliffImportReportSchema,
} from "@/lib/exchange/exchange.schemas";

export type HttpMethod = "GET" | "POST" | "PUT" | "PATCH" | "DELETE";

export interface ApiEndpoint {
  method: HttpMethod;
  /** OpenAPI path, e.g. /api/v1/variants/{id}/xliff. */
  path: string;
  tag: string;
  summary: string;
  description?: string;
  /** "bearer": a personal access token; writes refuse read-only tokens. */
  auth: "bearer" | "none";
  query?: z.ZodObject;
  body?: { contentTypes: string[]; schema?: z.ZodType; description?: string };
  /**
   * The success answer. `schema` (what the handler returns, as JSON) is required for JSON answers
   * (a test checks it) and is what the API tests validate real answers against; files name their
   * `contentType` instead. `location`: a 201 that names the created resource in a Location header.
   */
  response: { status: number; description: string; contentType?: string | string[]; schema?: z.ZodType; location?: boolean; headers?: Record<string, string> };
  /**
   * Error codes the endpoint answers besides those every endpoint of its kind answers (added by
   * build-openapi.ts: 401/403 token codes, 422 text checks, body-reading codes for JSON bodies).
   */
  errors: string[];
  /** The endpoint may answer 302 to a short-lived URL instead (files kept in S3: a signed URL). */
  redirect?: { description: string };
  /** A POST that changes nothing (apiRoute's `allowReadOnly`): read-only tokens are accepted. */
  allowReadOnly?: boolean;
}

/** POST /api/v1/markets: the market as stored. */
const marketResponseSchema = z.object({
  id: z.string(),
  code: z.string(),
  name: z.string(),
  region: z.string(),
  locales: z.array(z.string()),
  currency: z.string(),
  timeZone: z.string(),
  fallbackLocale: z.string().nullable(),
  leadId: z.string().nullable(),
  archivedAt: z.iso.datetime({ offset: true }).nullable(),
  createdAt: z.iso.datetime({ offset: true }),
  updatedAt: z.iso.datetime({ offset: true }),
});

const jobSchema = z.object({
  id: z.string(),
  kind: z.string(),
  status: z.enum(["queued", "running", "done", "failed"]),
  progress: z.object({ done: z.number().int(), total: z.number().int() }),
  result: z.unknown().optional(),
});

const XLIFF_TYPES = ["application/xliff+xml", "application/x-xliff+xml", "application/xml", "text/xml"];
const problems = z.object({ problems: z.array(importProblemSchema) });
const healthSchema = z.object({ status: z.literal("ok") });
const mde = z.object({ mde: z.string().optional().describe("Minimum detectable effect for the power estimate") });

export const API_ENDPOINTS: ApiEndpoint[] = [
  { method: "GET", path: "/api/health", tag: "System", summary: "Health check", description: "Database reachability and version; no token.", auth: "none", response: { status: 200, description: "The service is up", schema: healthSchema }, errors: ["DATABASE_UNREACHABLE"] },
  { method: "GET", path: "/api/v1/openapi.json", tag: "System", summary: "This OpenAPI 3.1 document", auth: "none", response: { status: 200, description: "OpenAPI document", schema: z.looseObject({ openapi: z.literal("3.1.0") }) }, errors: [] },
  { method: "POST", path: "/api/v1/auth/token", tag: "Auth", summary: "Exchange e-mail and password for a personal access token", description: "Same rate limits as the sign-in page.", auth: "none", body: { contentTypes: ["application/json"], schema: signInSchema }, response: { status: 201, description: "A new token (shown once)", schema: issuedTokenResponseSchema }, errors: ["INVALID_CREDENTIALS", "RATE_LIMITED", "VALIDATION_FAILED"] },
  { method: "GET", path: "/api/v1/me", tag: "Auth", summary: "The token holder: user, role, markets", auth: "bearer", response: { status: 200, description: "The current user", schema: meResponseSchema }, errors: [] },
  { method: "GET", path: "/api/v1/me/work", tag: "Variants", summary: "The token holder's work: assigned, to review, overdue or due soon, mentions", description: "`{\"assigned\":[…],\"toReview\":[…],\"overdue\":[…],\"mentions\":[…]}`. Each item names the variant `id`, `campaign` {id, name}, `market` {code, name}, `locale`, `state`, `dueAt` and `overdue`; mentions add `comment` {id, excerpt, author, createdAt}. `assigned`: the caller's variants in draft, changes requested or outdated. `toReview`: in review in an approver's markets, brand review for HQ brand. `overdue`: open variants the caller answers for (assigned, to review, markets they lead, campaigns they own) due within 48 hours or past due. `toAssign` (an addition): open variants without an assignee the caller may assign. At most 50 per list.", auth: "bearer", response: { status: 200, description: "The four lists (and toAssign)", schema: myWorkResponseSchema }, errors: [] },

  { method: "GET", path: "/api/v1/terms", tag: "Termbase", summary: "Look up terms by text and locale", auth: "bearer", query: lookupSchema, response: { status: 200, description: "Matching terms with status and usage notes", schema: termLookupResponseSchema }, errors: ["VALIDATION_FAILED"] },
  { method: "POST", path: "/api/v1/termbase/import", tag: "Termbase", summary: "Import a TBX or CSV termbase file (all-or-nothing)", description: "IMPORT_INVALID lists every problem; a market the file names that the workspace lacks is one `MARKET_MISSING` problem with its `market` code and `locales`. Admins may pass `createMissingMarkets=true` to have those markets created (currency XXX and time zone UTC, to complete) before the import.", auth: "bearer", query: z.object({ createMissingMarkets: z.enum(["true", "false"]).optional() }), body: { contentTypes: ["application/x-tbx+xml", "application/xml", "text/csv"], description: "The TBX or CSV file as the body (CSV in UTF-8: Meridian's one row per term, or a glossary with one column per language)" }, response: { status: 200, description: "Import report", schema: termbaseImportReportSchema }, errors: ["FORBIDDEN", "IMPORT_INVALID", "UNSUPPORTED_MEDIA_TYPE", "PAYLOAD_TOO_LARGE"] },
  { method: "GET", path: "/api/v1/termbase/export", tag: "Termbase", summary: "Export the visible termbase as TBX (2019; tbx-v2: martif, TBX-Basic v2) or CSV", auth: "bearer", query: z.object({ format: z.enum(["tbx", "tbx-v2", "csv"]).default("tbx") }), response: { status: 200, description: "The file", contentType: ["application/x-tbx+xml", "text/csv"] }, errors: ["VALIDATION_FAILED"] },
  { method: "POST", path: "/api/v1/check", tag: "Guidelines", summary: "Check a text against the termbase and guideline rules", auth: "bearer", body: { contentTypes: ["application/json"], schema: checkRequestSchema }, response: { status: 200, description: "The findings", schema: checkResponseSchema }, errors: ["NOT_FOUND", "VALIDATION_FAILED"], allowReadOnly: true },

  { method: "GET", path: "/api/v1/assets", tag: "Assets", summary: "List the asset library", auth: "bearer", query: assetFilterSchema, response: { status: 200, description: "The page of assets and the total", schema: assetListResponseSchema }, errors: [] },
  { method: "POST", path: "/api/v1/assets", tag: "Assets", summary: "Upload a new asset (multipart: file + metadata fields)", auth: "bearer", body: { contentTypes: ["multipart/form-data"], schema: assetMetaSchema, description: "Form fields plus `file`" }, response: { status: 201, description: "The asset", schema: assetResponseSchema, location: true }, errors: ["FORBIDDEN", "UPLOAD_TYPE_UNSUPPORTED", "UPLOAD_TYPE_MISMATCH", "PAYLOAD_TOO_LARGE"] },
  { method: "GET", path: "/api/v1/assets/{id}", tag: "Assets", summary: "One asset with its versions", auth: "bearer", response: { status: 200, description: "The asset", schema: assetWithAlternatesSchema }, errors: ["NOT_FOUND"] },
  { method: "POST", path: "/api/v1/assets/{id}/versions", tag: "Assets", summary: "Upload a new version of an asset (multipart: file)", auth: "bearer", body: { contentTypes: ["multipart/form-data"], description: "`file`" }, response: { status: 201, description: "The new version", schema: assetVersionResponseSchema }, errors: ["NOT_FOUND", "FORBIDDEN"] },
  { method: "GET", path: "/api/v1/assets/{id}/download", tag: "Assets", summary: "Download an asset file", auth: "bearer", query: z.object({ version: z.number().int().positive().optional() }), response: { status: 200, description: "The file, with the media type it was uploaded as", contentType: "*/*" }, redirect: { description: "With S3 storage: a redirect to a signed download URL, valid for five minutes (the permission check has passed)" }, errors: ["NOT_FOUND"] },

  { method: "GET", path: "/api/v1/campaigns", tag: "Campaigns", summary: "Campaigns the caller may see (filterable, paginated)", auth: "bearer", query: campaignListSchema, response: { status: 200, description: "One page of campaigns", schema: campaignListResponseSchema }, errors: ["VALIDATION_FAILED"] },
  { method: "POST", path: "/api/v1/campaigns", tag: "Campaigns", summary: "Create a campaign from a definition (HQ campaign managers)", auth: "bearer", body: { contentTypes: ["application/json"], schema: campaignDefinitionSchema }, response: { status: 201, description: "The created campaign", schema: createdCampaignSchema, location: true }, errors: ["FORBIDDEN", "CAMPAIGN_INVALID", "VALIDATION_FAILED"] },
  { method: "POST", path: "/api/v1/campaigns/import", tag: "Exchange", summary: "Create a campaign's source from a file", description: "XLIFF 1.2/2.x (file/group → touchpoint, unit → block, notes, size limits, translate=no → locked), a JSON campaign definition (the POST /api/v1/campaigns body) or a key → text JSON map (nested objects → touchpoints). All-or-nothing.", auth: "bearer", query: campaignImportQuerySchema, body: { contentTypes: ["application/json", ...XLIFF_TYPES], description: "The file as the body" }, response: { status: 201, description: "The created campaign", schema: importedCampaignResponseSchema, location: true }, errors: ["FORBIDDEN", "CAMPAIGN_IMPORT_REFUSED", "UNSUPPORTED_MEDIA_TYPE", "PAYLOAD_TOO_LARGE"] },
  { method: "GET", path: "/api/v1/campaigns/{id}", tag: "Campaigns", summary: "One campaign with touchpoints, blocks and visible variants", auth: "bearer", response: { status: 200, description: "The campaign", schema: campaignResponseSchema }, errors: ["NOT_FOUND"] },
  { method: "PATCH", path: "/api/v1/campaigns/{id}", tag: "Campaigns", summary: "Edit the brief (version-checked)", auth: "bearer", body: { contentTypes: ["application/json"], schema: updateCampaignSchema.omit({ id: true }) }, response: { status: 200, description: "The campaign", schema: campaignResponseSchema }, errors: ["NOT_FOUND", "FORBIDDEN", "VERSION_CONFLICT", "VALIDATION_FAILED"] },
  { method: "POST", path: "/api/v1/campaigns/{id}/publish", tag: "Campaigns", summary: "Publish to markets (creates or updates variants)", auth: "bearer", response: { status: 200, description: "The published campaign and its new variants", schema: publishedCampaignSchema }, errors: ["NOT_FOUND", "FORBIDDEN", "PUBLISH_REFUSED", "VERSION_CONFLICT"] },
  { method: "GET", path: "/api/v1/campaigns/{id}/export", tag: "Exchange", summary: "Export a campaign: JSON, CSV or a zip of XLIFF files", description: "JSON and CSV hold the approved and published variants the caller sees (JSON: blocks keyed by touchpoint and block key per market and locale; CSV: one row per market × block). xliff-zip holds one XLIFF file per visible variant.", auth: "bearer", query: campaignExportQuerySchema, response: { status: 200, description: "The file: JSON (schema below), CSV or a zip of XLIFF files", contentType: ["application/json", "text/csv", "application/zip"], schema: campaignExportJsonSchema }, errors: ["NOT_FOUND", "VALIDATION_FAILED"] },
  { method: "GET", path: "/api/v1/campaigns/{id}/results", tag: "Results", summary: "Results across markets: lift, intervals, pooled estimate", auth: "bearer", query: mde, response: { status: 200, description: "Per-market and pooled results", schema: campaignResultsResponseSchema }, errors: ["NOT_FOUND"] },

  { method: "GET", path: "/api/v1/variants", tag: "Variants", summary: "Variants the caller may see", auth: "bearer", query: findVariantsSchema, response: { status: 200, description: "The variants", schema: variantListSchema }, errors: ["VALIDATION_FAILED"] },
  { method: "GET", path: "/api/v1/variants/{id}", tag: "Variants", summary: "One variant: blocks, source, target, findings", auth: "bearer", response: { status: 200, description: "The variant", schema: apiVariantSchema, headers: { ETag: "The version, e.g. \"3\": send it back as If-Match" } }, errors: ["NOT_FOUND"] },
  { method: "PUT", path: "/api/v1/variants/{id}", tag: "Variants", summary: "Save blocks against a version", description: "The version the edits are based on comes as `version` in the body or as an `If-Match: \"<version>\"` header (the ETag of GET). A stale body version answers 409 VERSION_CONFLICT, a stale If-Match 412 PRECONDITION_FAILED, both with the current version in `error.details`; neither answers 428.", auth: "bearer", body: { contentTypes: ["application/json"], schema: putVariantBodySchema }, response: { status: 200, description: "The variant", schema: apiVariantSchema, headers: { ETag: "The new version" } }, errors: ["NOT_FOUND", "FORBIDDEN", "VERSION_CONFLICT", "CONFLICT", "PRECONDITION_FAILED", "PRECONDITION_REQUIRED", "VARIANT_NOT_EDITABLE", "BLOCK_LOCKED", "UNKNOWN_BLOCK", "AMBIGUOUS_BLOCK_KEY", "DUPLICATE_BLOCK", "BLOCK_IS_IMAGE", "BLOCK_NOT_IMAGE", "BLOCK_NOT_OPTIONAL", "OMIT_REASON_REQUIRED", "ASSET_NOT_ALLOWED"] },
  { method: "POST", path: "/api/v1/variants/{id}/transitions", tag: "Variants", summary: "Request a workflow transition", auth: "bearer", body: { contentTypes: ["application/json"], schema: transitionBodySchema }, response: { status: 200, description: "The variant after the transition", schema: transitionResultSchema }, errors: ["NOT_FOUND", "FORBIDDEN", "NOT_PERMITTED", ...TRANSITION_REFUSALS, "CONFLICT"] },
  { method: "PUT", path: "/api/v1/variants/{id}/assignee", tag: "Variants", summary: "Assign or unassign a variant", description: "Body: `{\"email\": \"…\"}` or `{\"userId\": \"…\"}`, each with an optional `dueDate` (ISO date or date-time; null clears it), or JSON `null` to unassign. Market leads assign in the market they lead, HQ campaign managers and admins everywhere. The person must be a regional marketer or translator with a membership in the variant's market (else 422 ASSIGNEE_NOT_ALLOWED). Both the new and the previous assignee are notified. Answers with the variant as GET /api/v1/variants/{id}.", auth: "bearer", body: { contentTypes: ["application/json"], schema: assigneeBodySchema }, response: { status: 200, description: "The variant", schema: apiVariantSchema }, errors: ["NOT_FOUND", "FORBIDDEN", "ASSIGNEE_NOT_ALLOWED", "VARIANT_ARCHIVED", "VALIDATION_FAILED"] },
  { method: "POST", path: "/api/v1/variants/{id}/pretranslate", tag: "Variants", summary: "Pre-translate the empty translate blocks in the background", description: "For each translate block with an empty target, in order: TM exact (approved, same source, same locale) → TM fuzzy at or above `threshold` → machine translation through `provider` (default: the first configured; APERTIUM_URL configures Apertium). Adapt and locked blocks are never machine-filled. Placeholders, plural/select structure, do-not-translate terms and approved term renderings are protected; a translation that loses one is discarded for that block (listed in the job result). All drafts are written at the end as one save; a provider failure writes nothing and names the reason in the job result. Pre-filled blocks carry `origin` and `confirmed: false`; the variant cannot be submitted (422 MACHINE_TEXT_UNCONFIRMED) until a person edits them or saves them with `confirm: true`. The body is optional. Follow the job with GET /api/v1/jobs/{id}.", auth: "bearer", body: { contentTypes: ["application/json"], schema: pretranslateBodySchema }, response: { status: 202, description: "{ jobId }", schema: z.object({ jobId: z.string() }) }, errors: ["NOT_FOUND", "FORBIDDEN", "VARIANT_NOT_EDITABLE", "MT_NOT_CONFIGURED", "VALIDATION_FAILED"] },
  { method: "GET", path: "/api/v1/jobs/{id}", tag: "Jobs", summary: "A background job you started: status, progress, result", description: "Only the job's requester and admins see it (404 otherwise). `status` is queued, running, done or failed (a cancelled job is failed with result { cancelled: true }); `progress` counts the job's units (blocks for pre-translation). A pre-translation result: { candidates, written, tm, mt, skipped: [{ key, reason }], sent: { provider, segments, blocks, langpair } | null, failure?: { code, message } }.", auth: "bearer", response: { status: 200, description: "{ id, kind, status, progress: { done, total }, result? }", schema: jobSchema }, errors: ["NOT_FOUND"] },
  { method: "DELETE", path: "/api/v1/jobs/{id}", tag: "Jobs", summary: "Cancel a queued or running job you started", description: "A running pre-translation stops at its next batch and writes nothing. Answers the job as GET does.", auth: "bearer", response: { status: 200, description: "The job", schema: jobSchema }, errors: ["NOT_FOUND"] },
  { method: "GET", path: "/api/v1/variants/{id}/xliff", tag: "Exchange", summary: "Export a variant as XLIFF 1.2 or 2.0", description: "One unit per text block: unit id `<blockId>.v<sourceVersion>`, file original = variant id, notes, size limit, locked blocks translate=\"no\", placeholders as inline codes, state from the block and variant.", auth: "bearer", query: exportXliffQuerySchema, response: { status: 200, description: "The XLIFF file", contentType: "application/xliff+xml" }, errors: ["NOT_FOUND", "VALIDATION_FAILED"] },
  { method: "PUT", path: "/api/v1/variants/{id}/xliff", tag: "Exchange", summary: "Import a vendor's XLIFF back into the variant", description: "All-or-nothing: a wrong target language, unknown unit ids, outdated source versions, edited locked blocks and missing or extra placeholders are listed by unit id in error.details.problems and nothing is written. A clean file is saved as one normal edit. Files exported by Meridian carry the variant version and each unit's content version (notes `meridian:variant-version=`, `meridian:content-version=`): when units were edited in the workspace since the export, the whole file is refused with 409 VERSION_CONFLICT (`details`: yours = the exported version, current, problems with code UNIT_CHANGED_SINCE_EXPORT per unit).", auth: "bearer", body: { contentTypes: XLIFF_TYPES, description: "The XLIFF file as the body" }, response: { status: 200, description: "Import report", schema: xliffImportReportSchema }, errors: ["NOT_FOUND", "FORBIDDEN", "XLIFF_IMPORT_REFUSED", "VERSION_CONFLICT", "VARIANT_NOT_EDITABLE", "UNSUPPORTED_MEDIA_TYPE", "PAYLOAD_TOO_LARGE"] },
  { method: "GET", path: "/api/v1/variants/{id}/results", tag: "Results", summary: "A variant's results with lift", auth: "bearer", query: mde, response: { status: 200, description: "Results", schema: variantResultsResponseSchema }, errors: ["NOT_FOUND"] },
  { method: "POST", path: "/api/v1/variants/{id}/results", tag: "Results", summary: "Record results (JSON or CSV)", auth: "bearer", body: { contentTypes: ["application/json", "text/csv"], schema: z.union([resultSchema, z.array(resultSchema)]) }, response: { status: 201, description: "The recorded results", schema: recordedResultsResponseSchema }, errors: ["NOT_FOUND", "FORBIDDEN", "VALIDATION_FAILED", "IMPORT_INVALID"] },
  { method: "GET", path: "/api/v1/learnings", tag: "Results", summary: "The learnings feed", auth: "bearer", query: z.object({ market: z.string().optional(), tag: z.string().optional(), campaign: z.string().optional(), channel: z.string().optional(), sort: z.string().optional(), limit: z.number().int().optional() }), response: { status: 200, description: "The feed", schema: learningFeedResponseSchema }, errors: ["FORBIDDEN"] },
  { method: "POST", path: "/api/v1/learnings", tag: "Results", summary: "Write a learning", auth: "bearer", body: { contentTypes: ["application/json"], schema: createLearningSchema }, response: { status: 201, description: "The learning", schema: createdLearningResponseSchema }, errors: ["FORBIDDEN", "VALIDATION_FAILED"] },
  { method: "POST", path: "/api/v1/markets", tag: "Markets", summary: "Create a market (admins)", description: "Body as the market form: `code` (2–10 of A–Z, 0–9, -; upper-cased), `name`, `locales` (BCP 47, at least one), `currency` (ISO 4217), `timeZone` (IANA), optional `region`, `fallbackLocale`, `leadId`.", auth: "bearer", body: { contentTypes: ["application/json"], schema: marketSchema }, response: { status: 201, description: "The market", schema: marketResponseSchema }, errors: ["FORBIDDEN", "VALIDATION_FAILED", "MARKET_CODE_TAKEN"] },
];

export const IMPORT_PROBLEMS_SCHEMA = problems;
