// API v1: a variant's results with lift (GET) and recording results by JSON or CSV (POST, 201).
import { z } from "zod";
import { apiRoute } from "@/lib/http/api-route";
import { readBytes, readJson, requireMediaType } from "@/lib/http/read-body";
import { getVariantResults } from "@/lib/results/get-variant-results";
import { importResultsCsv } from "@/lib/results/import-results-csv";
import { loadResultVariant } from "@/lib/results/load-result-variant";
import { resultSchema } from "@/lib/results/result.schemas";
import { recordResults } from "@/lib/results/record-results";
import { CSV_MAX_BYTES, mdeSchema } from "@/lib/results/results.schemas";

const bodySchema = z.union([resultSchema, z.array(resultSchema).min(1).max(1000), z.object({ results: z.array(resultSchema).min(1).max(1000) }).strict()]);

function mdeOf(req: Request): number | undefined {
  const raw = new URL(req.url).searchParams.get("mde");
  const parsed = raw ? mdeSchema.safeParse(raw) : null;
  return parsed?.success ? parsed.data : undefined;
}

export const GET = apiRoute<{ id: string }>(async ({ req, actor, params }) => {
  const data = await getVariantResults(actor, params.id, { minimumDetectableEffect: mdeOf(req) });
  return {
    variant: { id: data.variant.id, locale: data.variant.locale, market: data.variant.market.code, campaign: data.variant.campaign },
    results: data.results,
  };
});

export const POST = apiRoute<{ id: string }>(
  async ({ req, actor, params }) => {
    // Who may record here is decided before the body is read (an invisible variant: 404).
    recordResults.authorize(actor);
    await loadResultVariant(actor, params.id, "record");
    const type = requireMediaType(req, ["application/json", "text/csv"]);
    if (type === "text/csv") {
      const csv = (await readBytes(req, CSV_MAX_BYTES)).toString("utf8");
      return { variantId: params.id, results: await importResultsCsv(actor, { variantId: params.id, csv }) };
    }
    const body = await readJson(req, bodySchema);
    const results = Array.isArray(body) ? body : "results" in body ? body.results : [body];
    return { variantId: params.id, results: await recordResults(actor, { variantId: params.id, results, source: "api" }) };
  },
  { status: 201 },
);
