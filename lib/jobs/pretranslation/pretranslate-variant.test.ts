// Pre-translation end to end with the real Apertium service (started here when APERTIUM_URL is
// not set and apertium-apy is installed; skipped with a message otherwise).
import { afterAll, afterEach, beforeAll, describe, expect, it, vi } from "vitest";
import { DELETE as cancelJobRoute, GET as getJobRoute } from "@/app/api/v1/jobs/[id]/route";
import { POST as pretranslateRoute } from "@/app/api/v1/variants/[id]/pretranslate/route";
import { GET as getVariantRoute } from "@/app/api/v1/variants/[id]/route";
import { foldText } from "@/lib/core/checker/normalize-text";
import { getDb } from "@/lib/db";
import { toSearchText } from "@/lib/termbase/search-text";
import { seedAndLoadActors } from "@/lib/testing/demo-actors";
import { setupTestDatabase } from "@/lib/testing/test-database";
import { createApertiumProvider } from "@/lib/translation/apertium-provider";
import { confirmMachineBlocks } from "@/lib/translation/confirm-machine-blocks";
import { APERTIUM_MISSING, startApertiumForTests } from "@/lib/translation/testing/apertium-service";
import type { TranslationProvider } from "@/lib/translation/translation-provider";
import { createApiToken } from "@/lib/tokens/create-api-token";
import { saveVariantBlocks } from "@/lib/variants/save-variant-blocks";
import { createVariantFixture, type FactoryBlock } from "@/lib/variants/testing/variant-factory";
import { transitionVariant } from "@/lib/variants/transition-variant";
import { cancelJob } from "../cancel-job";
import { runDueJobs } from "../run-due-jobs";
import { pretranslateVariantJob } from "./pretranslate-variant-job";
import { PRETRANSLATE_JOB, requestPretranslation } from "./request-pretranslation";

setupTestDatabase({ seeded: true });
const service = await startApertiumForTests();
if (!service) console.warn(APERTIUM_MISSING);
afterAll(() => service?.stop());
afterEach(() => vi.unstubAllEnvs());

let actors: Awaited<ReturnType<typeof seedAndLoadActors>>;
beforeAll(async () => {
  actors = await seedAndLoadActors();
  const db = await getDb();
  const tm = [
    ["Open my account", "Abrir mi cuenta"],
    ["Open your account now", "Abre tu cuenta ahora"],
  ];
  await db.tmEntry.createMany({ data: tm.map(([sourceText, targetText]) => ({ locale: "es-ES", sourceText: sourceText!, sourceSearch: foldText(sourceText!), targetText: targetText! })) });
});

const BLOCKS: FactoryBlock[] = [
  { key: "cta", policy: "translate", source: "Open my account" },
  { key: "fuzzy", policy: "translate", source: "Open your account today" },
  { key: "body", policy: "translate", source: "Hello {firstName}, pay with Meridian Pay at the real exchange rate." },
  { key: "count", policy: "translate", source: "You have {count, plural, one {# new message} other {# new messages}}" },
  { key: "tone", policy: "adapt", source: "Switching banks takes ten minutes." },
  { key: "tagline", policy: "locked", source: "Assume Nothing" },
  { key: "done", policy: "translate", source: "Start switching", targets: { ES: "Empieza a cambiar" } },
];

async function spainVariant() {
  const { variants } = await createVariantFixture(await getDb(), { markets: [{ code: "ES", locale: "es-ES" }], touchpoints: [{ name: "Launch e-mail", blocks: BLOCKS }] });
  return variants[0]!;
}

async function blocksOf(variantId: string) {
  const rows = await (await getDb()).variantBlock.findMany({ where: { variantId }, include: { block: true } });
  return Object.fromEntries(rows.map((r) => [r.block.key, { target: r.targetText, origin: r.origin, confirmed: r.confirmed }]));
}

async function job(id: string) {
  return (await getDb()).job.findUniqueOrThrow({ where: { id } });
}

describe("who may pre-translate", () => {
  it("those who may edit the variant; others 403 or 404", async () => {
    vi.stubEnv("APERTIUM_URL", "");
    const variant = await spainVariant();
    const input = { variantId: variant.id, sources: ["tm" as const] };
    await expect(requestPretranslation(actors["viewer@meridian.test"], input)).rejects.toMatchObject({ status: 403 });
    await expect(requestPretranslation(actors["brand@meridian.test"], input)).rejects.toMatchObject({ status: 403 });
    await expect(requestPretranslation(actors["fr.marketer@meridian.test"], input)).rejects.toMatchObject({ status: 404 });
    await expect(requestPretranslation(actors["translator@meridian.test"], input)).rejects.toMatchObject({ status: 404 });
    await expect(requestPretranslation(actors["es.marketer@meridian.test"], input)).resolves.toMatchObject({ jobId: expect.any(String) });
  });

  it("asking for MT with no provider configured is 422 MT_NOT_CONFIGURED; TM alone works", async () => {
    vi.stubEnv("APERTIUM_URL", "");
    const variant = await spainVariant();
    const marketer = actors["es.marketer@meridian.test"];
    await expect(requestPretranslation(marketer, { variantId: variant.id })).rejects.toMatchObject({ code: "MT_NOT_CONFIGURED", status: 422 });
    const { jobId } = await requestPretranslation(marketer, { variantId: variant.id, sources: ["tm"], threshold: 75 });
    await runDueJobs();
    expect((await job(jobId)).status).toBe("done");
    const blocks = await blocksOf(variant.id);
    expect(blocks.cta).toEqual({ target: "Abrir mi cuenta", origin: { kind: "tm", score: 100 }, confirmed: false });
    expect(blocks.fuzzy!.target).toBe("Abre tu cuenta ahora");
    expect(blocks.body!.target).toBe("");

    // "Confirm pre-translated text" accepts the drafts against the version the person saw.
    const version = (await (await getDb()).variant.findUniqueOrThrow({ where: { id: variant.id } })).version;
    await expect(confirmMachineBlocks(marketer, { variantId: variant.id, version: version - 1 })).rejects.toMatchObject({ code: "VERSION_CONFLICT" });
    await expect(confirmMachineBlocks(actors["fr.marketer@meridian.test"], { variantId: variant.id, version })).rejects.toMatchObject({ status: 404 });
    expect(await confirmMachineBlocks(marketer, { variantId: variant.id, version })).toEqual({ confirmed: 2, version: version + 1 });
    expect((await blocksOf(variant.id)).cta).toMatchObject({ confirmed: true, origin: { kind: "tm", score: 100 } });
  });
});

describe.skipIf(!service)("pre-translation with the real Apertium service", () => {
  it("fills TM exact, then TM fuzzy, then MT with protected spans; leaves adapt, locked and filled blocks", async () => {
    vi.stubEnv("APERTIUM_URL", service!.url);
    const variant = await spainVariant();
    const marketer = actors["es.marketer@meridian.test"];
    const { jobId } = await requestPretranslation(marketer, { variantId: variant.id, sources: ["tm", "mt"], threshold: 75, provider: "apertium" });
    expect((await runDueJobs()).done).toBe(1);

    const done = await job(jobId);
    expect(done.status).toBe("done");
    expect(done.progressDone).toBe(4);
    expect(done.progressTotal).toBe(4);
    expect(done.result).toMatchObject({ written: 4, tm: 2, mt: 2, skipped: [] });

    const blocks = await blocksOf(variant.id);
    expect(blocks.cta).toEqual({ target: "Abrir mi cuenta", origin: { kind: "tm", score: 100 }, confirmed: false });
    expect(blocks.fuzzy!.target).toBe("Abre tu cuenta ahora");
    expect(blocks.fuzzy!.origin).toMatchObject({ kind: "tm", score: expect.any(Number) });
    expect((blocks.fuzzy!.origin as { score: number }).score).toBeGreaterThanOrEqual(75);
    expect((blocks.fuzzy!.origin as { score: number }).score).toBeLessThan(100);
    // Apertium translated the words, the placeholder and the DNT product name came back as they were.
    expect(blocks.body!.origin).toEqual({ kind: "mt", provider: "apertium" });
    expect(blocks.body!.target).toMatch(/^Hola \{firstName\}/);
    expect(blocks.body!.target).toContain("Meridian Pay");
    expect(blocks.body!.target).not.toContain("pay with");
    expect(blocks.count!.target).toMatch(/^Tienes \{count, plural, one \{# .+\} other \{# .+\}\}$/);
    expect(blocks.tone).toMatchObject({ target: "", confirmed: true, origin: null });
    expect(blocks.tagline).toMatchObject({ target: "Assume Nothing", origin: null });
    expect(blocks.done).toMatchObject({ target: "Empieza a cambiar", origin: null, confirmed: true });

    // What was sent where, never the text.
    const audit = await (await getDb()).auditEvent.findFirstOrThrow({ where: { action: "variant.pretranslate", entityId: variant.id } });
    expect(audit.meta).toMatchObject({ written: 4, sent: { provider: "apertium", langpair: "en-US|es-ES", blocks: 2 } });
    expect(JSON.stringify(audit)).not.toContain("firstName");

    // Machine text must be confirmed (edited or accepted) by a person before submission.
    const submit = { variantId: variant.id, to: "in_review" as const, overrideReason: "Test run" };
    await expect(transitionVariant(marketer, submit)).rejects.toMatchObject({ code: "MACHINE_TEXT_UNCONFIRMED", details: { keys: ["cta", "fuzzy", "body", "count"] } });
    const version = (await (await getDb()).variant.findUniqueOrThrow({ where: { id: variant.id } })).version;
    await saveVariantBlocks(marketer, {
      variantId: variant.id,
      version,
      blocks: [{ key: "cta", confirm: true }, { key: "fuzzy", confirm: true }, { key: "body", target: "Hola {firstName}, paga con Meridian Pay al cambio real." }, { key: "count", confirm: true }, { key: "tone", target: "Cambiar de banco lleva diez minutos." }],
    });
    const after = await blocksOf(variant.id);
    expect(after.body).toMatchObject({ confirmed: true, origin: { kind: "mt", provider: "apertium" } });
    await expect(transitionVariant(marketer, submit)).resolves.toMatchObject({ state: "in_review" });
  });

  it("puts the approved rendering of a term in the machine's text, the market's own before the global one", async () => {
    vi.stubEnv("APERTIUM_URL", service!.url);
    const db = await getDb();
    const es = await db.market.findUniqueOrThrow({ where: { code: "ES" } });
    const term = (locale: string, text: string, marketId: string | null = null) => ({ locale, text, searchText: toSearchText(text), status: "preferred" as const, marketId });
    await db.concept.create({
      data: { terms: { create: [term("en-US", "exchange rate"), term("es-ES", "tipo de cambio oficial"), term("es-ES", "cambio Meridian", es.id)] } },
    });
    const variant = await spainVariant();
    const { jobId } = await requestPretranslation(actors["es.marketer@meridian.test"], { variantId: variant.id, sources: ["mt"] });
    await runDueJobs();
    expect((await job(jobId)).status).toBe("done");
    const body = (await blocksOf(variant.id)).body!.target;
    expect(body).toContain("cambio Meridian");
    expect(body).not.toContain("tipo de cambio");
    expect(body).toContain("Meridian Pay");
    await db.concept.deleteMany({ where: { terms: { some: { text: "exchange rate" } } } });
  });

  it("a provider failure leaves every block untouched and says why", async () => {
    vi.stubEnv("APERTIUM_URL", "http://127.0.0.1:9");
    const variant = await spainVariant();
    const { jobId } = await requestPretranslation(actors["es.marketer@meridian.test"], { variantId: variant.id });
    await runDueJobs();
    const failed = await job(jobId);
    expect(failed.status).toBe("done");
    expect(failed.result).toMatchObject({ written: 0, failure: { code: "MT_UNREACHABLE" } });
    const blocks = await blocksOf(variant.id);
    for (const key of ["cta", "fuzzy", "body", "count"]) expect(blocks[key]).toMatchObject({ target: "", origin: null, confirmed: true });
  });

  it("a block whose translation lost a placeholder is discarded and reported; the others are written", async () => {
    vi.stubEnv("APERTIUM_URL", service!.url);
    const apertium = createApertiumProvider({ url: service!.url, timeoutMs: 10_000, batchSize: 10, concurrency: 2 });
    // The real engine, with its answer for the "body" segment losing its first token.
    const lossy: TranslationProvider = {
      ...apertium,
      translate: async (batch) => (await apertium.translate(batch)).map((t, i) => (batch.segments[i]!.startsWith("Hello") ? t.replace("{0}", "") : t)),
    };
    const variant = await spainVariant();
    const { jobId } = await requestPretranslation(actors["es.marketer@meridian.test"], { variantId: variant.id, sources: ["mt"] });
    await runDueJobs({ handlers: { [PRETRANSLATE_JOB]: pretranslateVariantJob(() => lossy) } });
    expect((await job(jobId)).result).toMatchObject({ written: 3, skipped: [{ key: "body", reason: "TOKEN_LOST" }] });
    const blocks = await blocksOf(variant.id);
    expect(blocks.body).toMatchObject({ target: "", origin: null });
    expect(blocks.cta!.origin).toEqual({ kind: "mt", provider: "apertium" });
    expect(blocks.count!.target).toContain("{count, plural,");
  });
});

describe("cancelling", () => {
  it("a job cancelled while it translates writes nothing, TM drafts included", async () => {
    vi.stubEnv("APERTIUM_URL", "http://127.0.0.1:9");
    const variant = await spainVariant();
    const { jobId } = await requestPretranslation(actors["es.marketer@meridian.test"], { variantId: variant.id });
    // An engine that answers after its job was cancelled (a person pressed cancel meanwhile).
    const cancelling: TranslationProvider = {
      name: "apertium",
      label: "Apertium",
      batchSize: 1,
      supports: async () => true,
      translate: async (b) => {
        await cancelJob(jobId);
        return b.segments.map((text) => text);
      },
    };
    await runDueJobs({ handlers: { [PRETRANSLATE_JOB]: pretranslateVariantJob(() => cancelling) } });
    expect((await job(jobId)).status).toBe("cancelled");
    const blocks = await blocksOf(variant.id);
    for (const key of ["cta", "fuzzy", "body", "count"]) expect(blocks[key]).toMatchObject({ target: "", origin: null });
  });
});

describe("the API", () => {
  it("POST …/pretranslate answers 202 {jobId}; GET /jobs/{id} shows progress to its requester and admins only; blocks carry origin", async () => {
    vi.stubEnv("APERTIUM_URL", "");
    const variant = await spainVariant();
    const token = async (email: keyof typeof actors) => (await createApiToken(actors[email], { name: "t" })).token;
    const es = await token("es.marketer@meridian.test");
    const call = (route: typeof getJobRoute, url: string, bearer: string, init: RequestInit = {}, id = "") =>
      route(new Request(`http://t${url}`, { ...init, headers: { authorization: `Bearer ${bearer}`, ...(init.headers ?? {}) } }), { params: Promise.resolve({ id }) });

    // Who may not pre-translate is answered before the body is read: 403 for a viewer, 404 for another market.
    const junk = { method: "POST", body: "{not json", headers: { "content-type": "application/json" } };
    expect((await call(pretranslateRoute, `/api/v1/variants/${variant.id}/pretranslate`, await token("viewer@meridian.test"), junk, variant.id)).status).toBe(403);
    expect((await call(pretranslateRoute, `/api/v1/variants/${variant.id}/pretranslate`, await token("fr.marketer@meridian.test"), junk, variant.id)).status).toBe(404);
    expect((await call(pretranslateRoute, `/api/v1/variants/${variant.id}/pretranslate`, es, junk, variant.id)).status).toBe(400);

    const refused = await call(pretranslateRoute, `/api/v1/variants/${variant.id}/pretranslate`, es, { method: "POST" }, variant.id);
    expect(refused.status).toBe(422);
    expect((await refused.json()).error.code).toBe("MT_NOT_CONFIGURED");

    const body = JSON.stringify({ sources: ["tm"], threshold: 100 });
    const accepted = await call(pretranslateRoute, `/api/v1/variants/${variant.id}/pretranslate`, es, { method: "POST", body, headers: { "content-type": "application/json" } }, variant.id);
    expect(accepted.status).toBe(202);
    const { jobId } = await accepted.json();

    const queued = await call(getJobRoute, `/api/v1/jobs/${jobId}`, es, {}, jobId);
    expect(await queued.json()).toMatchObject({ status: "queued", progress: { done: 0, total: 0 } });
    await runDueJobs();
    const finished = await (await call(getJobRoute, `/api/v1/jobs/${jobId}`, es, {}, jobId)).json();
    expect(finished).toMatchObject({ status: "done", progress: { done: 4, total: 4 }, result: { written: 1, tm: 1 } });
    expect((await call(getJobRoute, `/api/v1/jobs/${jobId}`, await token("admin@meridian.test"), {}, jobId)).status).toBe(200);
    expect((await call(getJobRoute, `/api/v1/jobs/${jobId}`, await token("de.marketer@meridian.test"), {}, jobId)).status).toBe(404);

    const second = (await requestPretranslation(actors["es.marketer@meridian.test"], { variantId: variant.id, sources: ["tm"] })).jobId;
    expect((await call(cancelJobRoute, `/api/v1/jobs/${second}`, await token("fr.marketer@meridian.test"), { method: "DELETE" }, second)).status).toBe(404);
    const cancelled = await call(cancelJobRoute, `/api/v1/jobs/${second}`, es, { method: "DELETE" }, second);
    expect(await cancelled.json()).toMatchObject({ status: "failed", result: { cancelled: true } });
    expect((await runDueJobs()).claimed).toBe(0);

    const shown = await (await call(getVariantRoute, `/api/v1/variants/${variant.id}`, es, {}, variant.id)).json();
    const byKey = Object.fromEntries(shown.blocks.map((b: { key: string }) => [b.key, b]));
    expect(byKey.cta).toMatchObject({ target: "Abrir mi cuenta", origin: { kind: "tm", score: 100 }, confirmed: false });
    expect(byKey.done).toMatchObject({ origin: { kind: "human" }, confirmed: true });
  });
});
