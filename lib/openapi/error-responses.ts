// Error responses of the OpenAPI document: one response per HTTP status an endpoint answers, each
// listing its codes, so a client (and the API tests) know which `error.code` comes with which
// status and which `details` shape comes with which code.
import type { TransitionCode } from "@/lib/core/workflow/variant-state-machine";
import { AppError } from "@/lib/errors";

type Json = Record<string, unknown>;

/** Refusal codes of the variant state machine (NOT_PERMITTED, a 403, is in the table below). */
export const TRANSITION_REFUSALS = [
  "TRANSITION_NOT_ALLOWED",
  "VARIANT_HAS_ERRORS",
  "CHECKLIST_INCOMPLETE",
  "SAME_USER_SUBMIT_APPROVE",
  "FOUR_EYES_REQUIRED",
  "COMMENT_REQUIRED",
] as const satisfies readonly Exclude<TransitionCode, "NOT_PERMITTED">[];

/**
 * Codes whose status is given where they are thrown (`new AppError(code, { status })`) rather than
 * in lib/errors.ts. A test fails when the registry names a code that is in neither.
 */
export const THROWN_WITH_STATUS: Record<string, number> = {
  ALTERNATE_NEEDS_MARKET: 422,
  ASSIGNEE_NOT_ALLOWED: 422,
  MT_NOT_CONFIGURED: 422,
  VARIANT_ARCHIVED: 409,
  ALTERNATE_OF_ALTERNATE: 422,
  AMBIGUOUS_BLOCK_KEY: 422,
  ASSET_KIND_MISMATCH: 422,
  ASSET_NOT_ALLOWED: 422,
  BLOCK_HAS_TRANSLATIONS: 409,
  BLOCK_IS_IMAGE: 422,
  BLOCK_KEY_TAKEN: 409,
  BLOCK_LOCKED: 422,
  BLOCK_NOT_IMAGE: 422,
  BLOCK_NOT_IN_TOUCHPOINT: 422,
  BLOCK_NOT_OPTIONAL: 422,
  CAMPAIGN_ALREADY_PUBLISHED: 409,
  CAMPAIGN_IMPORT_REFUSED: 422,
  CAMPAIGN_INVALID: 422,
  COMMENT_NOT_FOUND: 422,
  CONCEPT_EXTERNAL_ID_TAKEN: 409,
  CONCEPT_NEEDS_TERM: 422,
  DATABASE_UNREACHABLE: 503,
  DUPLICATE_BLOCK: 422,
  LEARNING_BRIEF_NOT_DRAFT: 409,
  LEARNING_LINK_MISMATCH: 422,
  LEARNING_VARIANT_OTHER_MARKET: 422,
  MARKET_CODE_TAKEN: 409,
  MARKET_NOT_FOUND: 422,
  MARKET_UNKNOWN: 422,
  NOT_PERMITTED: 403,
  OMIT_REASON_REQUIRED: 422,
  PASSWORD_CONFIRMATION_FAILED: 403,
  PROPOSAL_ALREADY_DECIDED: 409,
  RULE_NOT_PROPOSED: 409,
  RULE_PATTERN_INVALID: 422,
  SOURCE_LOCALE_LOCKED: 409,
  STORAGE_FAILED: 502,
  TERM_DUPLICATE: 409,
  TERM_MARKET_UNKNOWN: 422,
  UNKNOWN_BLOCK: 422,
  UPLOAD_EMPTY: 422,
  UPLOAD_FILE_MISSING: 422,
  UPLOAD_IMAGE_UNREADABLE: 422,
  UPLOAD_TYPE_MISMATCH: 415,
  UPLOAD_TYPE_UNSUPPORTED: 415,
  USER_EMAIL_TAKEN: 409,
  VARIANT_NOT_EDITABLE: 409,
  XLIFF_IMPORT_REFUSED: 422,
  // The workflow refusals (lib/core/workflow/variant-state-machine.ts TransitionCode), all 422.
  ...Object.fromEntries(TRANSITION_REFUSALS.map((code) => [code, 422])),
};

export function errorStatus(code: string): number {
  return THROWN_WITH_STATUS[code] ?? new AppError(code).status;
}

/** Whether the status of `code` is known (an unknown code would silently be documented as 400). */
export function hasKnownStatus(code: string): boolean {
  return code in THROWN_WITH_STATUS || code === "BAD_REQUEST" || new AppError(code).status !== 400;
}

/** `details` by code; codes not named here may carry any details. */
const DETAILS: Record<string, Json> = {
  VERSION_CONFLICT: { $ref: "#/components/schemas/VersionConflictDetails" },
  PRECONDITION_FAILED: { type: "object", properties: { yours: { type: ["integer", "null"] }, current: { type: "integer" } } },
  XLIFF_IMPORT_REFUSED: { $ref: "#/components/schemas/ImportProblems" },
  CAMPAIGN_IMPORT_REFUSED: { $ref: "#/components/schemas/ImportProblems" },
  VALIDATION_FAILED: {
    type: "array",
    description: "One entry per invalid field: its dotted path, the zod issue code and a message",
    items: {
      type: "object",
      required: ["path", "code", "message"],
      additionalProperties: false,
      properties: { path: { type: "string" }, code: { type: "string" }, message: { type: "string" } },
    },
  },
};

/** Codes that always carry their details (versionConflict(), readJson, the import refusals). */
const DETAILS_ALWAYS = new Set(["VERSION_CONFLICT", "XLIFF_IMPORT_REFUSED", "CAMPAIGN_IMPORT_REFUSED", "VALIDATION_FAILED"]);

function errorBody(codes: string[]): Json {
  const variant = (code: string): Json => ({
    type: "object",
    required: ["error"],
    properties: {
      error: {
        type: "object",
        required: ["code", "message"],
        additionalProperties: false,
        properties: { code: { const: code }, message: { type: "string" }, details: DETAILS[code] ?? {} },
        ...(DETAILS_ALWAYS.has(code) ? { required: ["code", "message", "details"] } : {}),
      },
    },
  });
  return codes.length === 1 ? variant(codes[0]!) : { oneOf: codes.map(variant) };
}

/** Headers lib/http/api-route.ts errorResponse() adds. */
const ERROR_HEADERS: Record<number, Json> = {
  401: { "WWW-Authenticate": { description: 'Bearer realm="meridian"', required: true, schema: { type: "string" } } },
  429: { "Retry-After": { description: "Seconds to wait before trying again", schema: { type: "integer" } } },
};

export function errorResponses(codes: string[]): Json {
  const byStatus = new Map<number, string[]>();
  for (const code of codes) {
    const status = errorStatus(code);
    byStatus.set(status, [...(byStatus.get(status) ?? []), code]);
  }
  const responses: Json = {};
  for (const [status, list] of [...byStatus].sort(([a], [b]) => a - b)) {
    responses[String(status)] = {
      description: list.join(", "),
      ...(ERROR_HEADERS[status] ? { headers: ERROR_HEADERS[status] } : {}),
      content: { "application/json": { schema: errorBody(list) } },
    };
  }
  return responses;
}

export const ERROR_COMPONENTS: Json = {
  Error: {
    type: "object",
    required: ["error"],
    properties: {
      error: {
        type: "object",
        required: ["code", "message"],
        additionalProperties: false,
        properties: {
          code: { type: "string", description: "Stable machine code, e.g. NOT_FOUND" },
          message: { type: "string", description: "English, for logs; clients translate by code" },
          details: { description: "Per code; see the code's response" },
        },
      },
    },
    examples: [{ error: { code: "NOT_FOUND", message: "Not found" } }],
  },
  // The one shape versionConflict() in lib/errors.ts writes.
  VersionConflictDetails: {
    type: "object",
    required: ["yours", "current"],
    properties: {
      yours: { type: ["integer", "null"], description: "The version the change was based on (null when the caller named none)" },
      current: { type: "integer", description: "The version stored now" },
    },
    additionalProperties: true,
    examples: [{ yours: 3, current: 4 }],
  },
};
