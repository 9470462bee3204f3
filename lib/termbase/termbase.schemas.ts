// Termbase inputs, shared by the forms, the server actions and the API routes.
import { z } from "zod";
import { optionalText } from "@/lib/validation/optional-text";
import { text } from "@/lib/validation/storable-text";
import { normalizeLocale } from "./tbx/normalize-locale";

export const TERM_STATUSES = ["preferred", "admitted", "deprecated", "forbidden"] as const;
export const termStatusSchema = z.enum(TERM_STATUSES);
export type TermStatusValue = z.infer<typeof termStatusSchema>;

export const localeSchema = z
  .string()
  .trim()
  .min(1)
  .transform((v, ctx) => {
    const canonical = normalizeLocale(v);
    if (!canonical) {
      ctx.addIssue({ code: "custom", message: "LOCALE_INVALID" });
      return z.NEVER;
    }
    return canonical;
  });

export const termFieldsSchema = z.object({
  locale: localeSchema,
  text: z.string().trim().min(1).max(500),
  status: termStatusSchema.default("preferred"),
  doNotTranslate: z.boolean().default(false),
  caseSensitive: z.boolean().default(false),
  partOfSpeech: optionalText(40),
  usageNote: optionalText(2000),
  backTranslation: optionalText(500),
  /** Market-specific rendering; null = global. */
  marketId: z.string().min(1).optional().nullable().transform((v) => v ?? null),
});
export type TermFields = z.infer<typeof termFieldsSchema>;

export const conceptFieldsSchema = z.object({
  subject: optionalText(120),
  definition: optionalText(4000),
  note: optionalText(4000),
});

export const createConceptSchema = conceptFieldsSchema.extend({
  externalId: optionalText(200),
  terms: z.array(termFieldsSchema).min(1).max(200),
});
export type CreateConceptInput = z.input<typeof createConceptSchema>;

export const updateConceptSchema = conceptFieldsSchema.extend({
  id: z.string().min(1),
  version: z.number().int().positive(),
});
export type UpdateConceptInput = z.input<typeof updateConceptSchema>;

export const deleteConceptSchema = z.object({ id: z.string().min(1), version: z.number().int().positive() });

export const addTermSchema = termFieldsSchema.extend({
  conceptId: z.string().min(1),
  version: z.number().int().positive(),
});
export type AddTermInput = z.input<typeof addTermSchema>;

export const updateTermSchema = termFieldsSchema.extend({
  id: z.string().min(1),
  version: z.number().int().positive(),
});
export type UpdateTermInput = z.input<typeof updateTermSchema>;

export const deleteTermSchema = z.object({ id: z.string().min(1), version: z.number().int().positive() });

export const proposeTermSchema = z.object({
  conceptId: z.string().min(1).optional().nullable().transform((v) => v ?? null),
  locale: localeSchema,
  text: z.string().trim().min(1).max(500),
  status: termStatusSchema.default("preferred"),
  doNotTranslate: z.boolean().default(false),
  note: optionalText(2000),
});
export type ProposeTermInput = z.input<typeof proposeTermSchema>;

export const decideProposalSchema = z
  .object({
    id: z.string().min(1),
    decision: z.enum(["accept", "reject"]),
    reason: optionalText(2000),
    /** On accept: keep the rendering to the proposer's market instead of making it global. */
    marketSpecific: z.boolean().default(false),
  })
  .refine((v) => v.decision === "accept" || !!v.reason, { message: "REASON_REQUIRED", path: ["reason"] });
export type DecideProposalInput = z.input<typeof decideProposalSchema>;

export const lookupSchema = z.object({
  q: text({ min: 1, max: 200 }),
  locale: localeSchema.optional(),
  limit: z.coerce.number().int().min(1).max(100).default(20),
});
export type LookupInput = z.input<typeof lookupSchema>;

export const findConceptsSchema = z.object({
  q: text({ max: 200 }).optional(),
  locale: z.string().trim().max(35).optional(),
  status: termStatusSchema.optional(),
  subject: z.string().trim().max(120).optional(),
  /** A market id, or "global" for concepts with global terms only. */
  market: z.string().trim().max(60).optional(),
  page: z.coerce.number().int().min(1).max(10_000).default(1),
  pageSize: z.coerce.number().int().min(1).max(100).default(25),
});
export type FindConceptsInput = z.input<typeof findConceptsSchema>;

export const TERMBASE_FORMATS = ["tbx", "csv"] as const;
export const termbaseFormatSchema = z.enum(TERMBASE_FORMATS);
export type TermbaseFormat = z.infer<typeof termbaseFormatSchema>;
/** Exports also offer TBX v2 (martif, TBX-Basic v2) for tools that read only the older form; the "tbx" import reads both. */
export const termbaseExportFormatSchema = z.enum([...TERMBASE_FORMATS, "tbx-v2"]);
export type TermbaseExportFormat = z.infer<typeof termbaseExportFormatSchema>;

/** The import form: the file's bytes as base64 (a declared encoding or BOM survives the trip). */
export const importTermbaseSchema = z.object({
  format: termbaseFormatSchema,
  fileName: z.string().max(255).optional(),
  fileBase64: z.string().min(1).max(28_000_000),
  /** Admins: create the markets the file names that the workspace lacks (MARKET_MISSING). */
  createMissingMarkets: z.boolean().optional(),
});

/** The import operation's input: the file's bytes (or text) as read by the route or action. */
export const importTermbaseFileSchema = z.object({
  format: termbaseFormatSchema,
  content: z.union([z.instanceof(Uint8Array), z.string()]),
  fileName: z.string().max(255).optional(),
  /** Import a TBX-Basic/Min file anyway, dropping the fields its dialect does not allow (listed in the report). */
  dropInvalidDialectFields: z.boolean().optional(),
  /** Admins only: create the markets the file names that the workspace lacks, then import. */
  createMissingMarkets: z.boolean().optional(),
});
