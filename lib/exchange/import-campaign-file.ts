// Creates a campaign's source from a file: XLIFF 1.2/2.x (any valid document, e.g. a CMS
// export), a campaign definition in JSON (the POST /api/v1/campaigns body) or a key → text
// JSON map. Everything is converted and checked first; the campaign is created through
// createCampaignFromDefinition in one transaction, or the answer lists every problem.
import { ZodError } from "zod";
import { campaignDefinitionSchema } from "@/lib/campaigns/campaign.schemas";
import { createCampaignFromDefinition, type CreatedCampaign } from "@/lib/campaigns/create-campaign";
import type { z } from "zod";
import type { Db } from "@/lib/db";
import { env } from "@/lib/env";
import { AppError } from "@/lib/errors";
import type { Actor } from "@/lib/permissions/actor";
import { canImportCampaign } from "@/lib/permissions/exchange";
import { requireAllowed } from "@/lib/permissions/require";
import type { DraftTouchpoint } from "./campaign-file/draft-definition";
import { jsonMapToTouchpoints } from "./campaign-file/json-to-definition";
import { xliffToTouchpoints } from "./campaign-file/xliff-to-definition";
import { importCampaignFileSchema, type ImportProblem } from "./exchange.schemas";
import { parseXliff } from "./xliff/parse-xliff";

export interface CampaignFileOptions {
  /** Campaign name; default: the JSON name, the XLIFF file's original, or "Imported campaign". */
  name?: string;
  /** Market codes to target. */
  markets?: string[];
  channel?: "email" | "landing_page" | "social" | "banner" | "push" | "print" | "sms";
}

export interface ImportedCampaign extends CreatedCampaign {
  format: "xliff" | "json-definition" | "json-map";
  touchpoints: number;
  blocks: number;
}

function refused(problems: ImportProblem[]): AppError {
  return new AppError("CAMPAIGN_IMPORT_REFUSED", {
    status: 422,
    message: `The file was not imported: ${problems.length} problem(s)`,
    details: { problems },
  });
}

function looksLikeJson(bytes: Uint8Array): boolean {
  let i = 0;
  if (bytes[0] === 0xef && bytes[1] === 0xbb && bytes[2] === 0xbf) i = 3;
  while (i < bytes.length && (bytes[i] === 0x20 || bytes[i] === 0x0a || bytes[i] === 0x0d || bytes[i] === 0x09)) i++;
  return bytes[i] === 0x7b || bytes[i] === 0x5b; // "{" or "["
}

type Converted = { format: ImportedCampaign["format"]; definition: Record<string, unknown>; touchpoints?: DraftTouchpoint[] };

function convert(bytes: Uint8Array, options: CampaignFileOptions): Converted {
  const channel = options.channel ?? "landing_page";
  const fromDrafts = (format: Converted["format"], name: string, sourceLocale: string | undefined, touchpoints: DraftTouchpoint[]): Converted => ({
    format,
    touchpoints,
    definition: {
      name: options.name ?? name,
      markets: options.markets ?? [],
      ...(sourceLocale ? { sourceLocale } : {}),
      touchpoints: touchpoints.map((tp) => ({
        channel,
        name: tp.name.slice(0, 200),
        blocks: tp.blocks.map(({ origin: _origin, ...block }) => block),
      })),
    },
  });

  if (looksLikeJson(bytes)) {
    let value: unknown;
    let text: string;
    try {
      text = new TextDecoder("utf-8", { fatal: true }).decode(bytes).replace(/^\uFEFF/, "");
      value = JSON.parse(text);
    } catch (error) {
      throw refused([{ code: "JSON_INVALID", message: `The file is not valid UTF-8 JSON: ${(error as Error).message}` }]);
    }
    if (value === null || typeof value !== "object" || Array.isArray(value)) {
      throw refused([{ code: "JSON_NOT_OBJECT", message: "The file must hold one JSON object: key → text, or a campaign definition." }]);
    }
    // PostgreSQL cannot store a NUL character in text: a \u0000 escape (not an escaped backslash).
    if (/(?<!\\)(?:\\\\)*\\u0000/.test(text)) throw refused([{ code: "JSON_NUL_CHARACTER", message: "A text contains a NUL character." }]);
    const object = value as Record<string, unknown>;
    if (Array.isArray(object.touchpoints)) {
      return {
        format: "json-definition",
        definition: { ...object, ...(options.name ? { name: options.name } : {}), ...(options.markets ? { markets: options.markets } : {}) },
      };
    }
    const { touchpoints, problems } = jsonMapToTouchpoints(object, "Imported texts");
    if (problems.length) throw refused(problems);
    return fromDrafts("json-map", "Imported campaign", undefined, touchpoints);
  }

  const parsed = parseXliff(bytes, { maxBytes: env().MAX_IMPORT_MB * 1024 * 1024 });
  if (!parsed.ok) throw refused(parsed.problems.map((p) => ({ code: p.code, message: p.message, line: p.line, column: p.column })));
  const touchpoints = xliffToTouchpoints(parsed.doc);
  const original = parsed.doc.files[0]?.original;
  return fromDrafts("xliff", original ? original.slice(0, 200) : "Imported campaign", parsed.doc.srcLang, touchpoints);
}

/** Maps a definition path ("touchpoints.1.blocks.3.source") back to the unit or JSON key it came from. */
function origin(path: string, touchpoints: DraftTouchpoint[] | undefined): Partial<ImportProblem> {
  const match = /^touchpoints\.(\d+)\.blocks\.(\d+)/.exec(path);
  if (!match || !touchpoints) return { path };
  const block = touchpoints[Number(match[1])]?.blocks[Number(match[2])];
  return block ? { path, unitId: block.origin.unitId, line: block.origin.line || undefined, column: block.origin.column } : { path };
}

/**
 * Converts a file into a validated campaign definition without writing anything (pure): the
 * import's first half, also used to preview a file. Throws CAMPAIGN_IMPORT_REFUSED with problems.
 */
export function fileToCampaignDefinition(bytes: Uint8Array, options: CampaignFileOptions = {}) {
  const converted = convert(bytes, options);
  const parsed = campaignDefinitionSchema.safeParse(converted.definition);
  if (!parsed.success) {
    throw refused(parsed.error.issues.map((i) => ({ ...origin(i.path.join("."), converted.touchpoints), code: "VALIDATION_FAILED", message: i.message })));
  }
  const blocks = parsed.data.touchpoints.reduce((n, tp) => n + tp.blocks.length, 0);
  if (blocks === 0) throw refused([{ code: "IMPORT_EMPTY", message: "The file has no translation units or texts." }]);
  return { converted, definition: parsed.data, blocks };
}

const authorize = (actor: Actor): void => requireAllowed(canImportCampaign(actor));

/**
 * The file is converted before any transaction opens (the campaign is created in its own, or the
 * caller's), so this is the operation contract written out rather than defineOperation.
 */
async function importFile(actor: Actor, raw: z.input<typeof importCampaignFileSchema>, tx?: Db): Promise<ImportedCampaign> {
  authorize(actor);
  const input = importCampaignFileSchema.parse(raw);
  const bytes = typeof input.file === "string" ? Buffer.from(input.file, "utf8") : input.file;
  const limit = env().MAX_IMPORT_MB * 1024 * 1024;
  if (bytes.byteLength > limit) throw refused([{ code: "FILE_TOO_LARGE", message: `The file has ${bytes.byteLength} bytes; the limit is ${limit}.` }]);
  const { converted, definition: parsed, blocks } = fileToCampaignDefinition(bytes, input.options);
  try {
    const created = await createCampaignFromDefinition(actor, parsed, tx);
    return { ...created, format: converted.format, touchpoints: parsed.touchpoints.length, blocks };
  } catch (error) {
    if (error instanceof AppError && error.code === "CAMPAIGN_INVALID") {
      const problems = (error.details as { problems: Array<{ path: string; code: string; message: string }> }).problems;
      throw refused(problems.map((p) => ({ ...origin(p.path, converted.touchpoints), code: p.code, message: p.message })));
    }
    if (error instanceof ZodError) throw refused(error.issues.map((i) => ({ path: i.path.join("."), code: "VALIDATION_FAILED", message: i.message })));
    throw error;
  }
}

export const importCampaignFile = Object.assign(importFile, { operationName: "campaign.importFile", input: importCampaignFileSchema, authorize });
