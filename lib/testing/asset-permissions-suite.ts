// Every asset denial, by role × own market / other market, through the domain functions and
// the API routes (tokens), against a real database with the demo workspace. Run once per asset
// store (assets.test.ts: local disk; assets-on-s3.test.ts: a real S3-compatible server), since
// the store decides how a download is answered: streamed by the app, or redirected to S3.
import sharp from "sharp";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import * as v1AssetsRoute from "@/app/api/v1/assets/route";
import * as v1AssetsIdRoute from "@/app/api/v1/assets/[id]/route";
import * as v1AssetsIdDownloadRoute from "@/app/api/v1/assets/[id]/download/route";
import * as v1AssetsIdVersionsRoute from "@/app/api/v1/assets/[id]/versions/route";
import { documentedRoute } from "@/lib/openapi/testing/expect-documented";
import { addAssetVersion } from "@/lib/assets/add-asset-version";
import { findAssets } from "@/lib/assets/find-assets";
import { getAsset } from "@/lib/assets/get-asset";
import { readAssetFile } from "@/lib/assets/read-asset-file";
import { useAssetStorage, type AssetStorage } from "@/lib/assets/storage/asset-storage";
import { updateAsset } from "@/lib/assets/update-asset";
import { uploadAsset } from "@/lib/assets/upload-asset";
import { loadActor } from "@/lib/auth/load-actor";
import { getDb } from "@/lib/db";
import { setupTestDatabase } from "@/lib/testing/test-database";
import { createApiToken } from "@/lib/tokens/create-api-token";
import { seedDemo } from "@/prisma/seed";

// Every answer these tests get is checked against the OpenAPI document.
const { GET: listRoute, POST: uploadRoute } = documentedRoute("/api/v1/assets", v1AssetsRoute);
const { GET: getRoute } = documentedRoute("/api/v1/assets/{id}", v1AssetsIdRoute);
const { GET: downloadRoute } = documentedRoute("/api/v1/assets/{id}/download", v1AssetsIdDownloadRoute);
const { POST: versionRoute } = documentedRoute("/api/v1/assets/{id}/versions", v1AssetsIdVersionsRoute);

export interface AssetStoreUnderTest {
  name: string;
  /** Starts the store (before the demo is seeded into it); undefined keeps the configured one. */
  start?: () => Promise<{ storage: AssetStorage; stop(): Promise<void> }>;
}

export function describeAssetPermissions(store: AssetStoreUnderTest) {
  setupTestDatabase();
  let stop: (() => Promise<void>) | undefined;
  beforeAll(async () => {
    if (!store.start) return;
    const started = await store.start();
    useAssetStorage(started.storage);
    stop = started.stop;
  });
  afterAll(async () => {
    if (!store.start) return;
    useAssetStorage(undefined);
    await stop?.();
  });
  describe(`asset permissions (${store.name})`, () => assetPermissionTests(Boolean(store.start)));
}

async function actorFor(email: string) {
  const db = await getDb();
  const user = await db.user.findUniqueOrThrow({ where: { email } });
  return (await loadActor(user.id))!;
}
async function marketId(code: string) {
  return (await (await getDb()).market.findUniqueOrThrow({ where: { code } })).id;
}
async function assetId(title: string) {
  return (await (await getDb()).asset.findFirstOrThrow({ where: { title } })).id;
}
const png = (color = "#ff0000") => sharp({ create: { width: 20, height: 10, channels: 3, background: color } }).png().toBuffer();
const noParams = { params: Promise.resolve({}) } as never;
const withId = (id: string) => ({ params: Promise.resolve({ id }) });

async function tokenFor(email: string, readOnly = false) {
  return (await createApiToken(await actorFor(email), { name: "t", readOnly })).token;
}
async function multipart(token: string, url: string, fields: Record<string, string>, file: { name: string; bytes: Buffer }) {
  const form = new FormData();
  for (const [k, v] of Object.entries(fields)) form.append(k, v);
  form.append("file", new Blob([new Uint8Array(file.bytes)]), file.name);
  return new Request(url, { method: "POST", headers: { authorization: `Bearer ${token}` }, body: form });
}

/**
 * The answer the client ends up with: S3 answers the app's download with a redirect to a signed
 * URL (followed here); the local disk streams it from the app.
 */
async function served(res: Response, viaStore: boolean): Promise<Response> {
  if (!viaStore) {
    expect(res.status).toBe(200);
    return res;
  }
  expect(res.status).toBe(302);
  expect(res.headers.get("cache-control")).toBe("no-store");
  return fetch(res.headers.get("location")!);
}

function assetPermissionTests(viaStore: boolean) {
  it("seeds the demo library with thumbnails", async () => {
    await seedDemo(await getDb());
    const db = await getDb();
    expect(await db.asset.count()).toBe(5);
    const hero = await db.assetVersion.findFirstOrThrow({ where: { fileName: "hero-assume-nothing.png" } });
    expect(hero).toMatchObject({ mimeType: "image/png", width: 640, height: 400 });
    expect(hero.thumbnailKey).toBeTruthy();
  });

  it("markets see only assets licensed for them and their own alternates; HQ sees all", async () => {
    const brand = await actorFor("brand@meridian.test");
    const de = await actorFor("de.marketer@meridian.test");
    const jp = await actorFor("jp.marketer@meridian.test");
    expect((await findAssets(brand)).total).toBe(5);
    const deTitles = (await findAssets(de)).items.map((a) => a.title);
    expect(deTitles).toContain("Product shot — card");
    expect(deTitles).not.toContain("Hero — Japan (sakura)");
    expect(deTitles).not.toContain("Summer banner 2025");
    const jpTitles = (await findAssets(jp)).items.map((a) => a.title);
    expect(jpTitles).toContain("Hero — Japan (sakura)");
    expect(jpTitles).not.toContain("Product shot — card");
    // Another market's asset: 404 for read and file, not 403.
    const product = await assetId("Product shot — card");
    await expect(getAsset(jp, product)).rejects.toMatchObject({ code: "NOT_FOUND" });
    await expect(readAssetFile(jp, { assetId: product })).rejects.toMatchObject({ code: "NOT_FOUND" });
    await expect(updateAsset(jp, { id: product, title: "x" })).rejects.toMatchObject({ code: "NOT_FOUND" });
    const file = await readAssetFile(de, { assetId: product, thumbnail: true });
    expect(file.mimeType).toBe("image/webp");
    expect(file.bytes?.length).toBeGreaterThan(0);
    // Shown inline by a page: streamed by the app on every store (the pages' CSP allows only 'self').
    const preview = await readAssetFile(de, { assetId: product, inline: true });
    expect(preview.bytes?.subarray(1, 4).toString()).toBe("PNG");
    // A download: S3 hands out a signed URL instead of the bytes.
    const download = await readAssetFile(de, { assetId: product });
    if (viaStore) expect(download).toMatchObject({ bytes: undefined, redirectUrl: expect.stringContaining("X-Amz-Signature=") });
    else expect(download.redirectUrl).toBeUndefined();
  });

  it("only HQ brand uploads and edits; markets upload alternates for their own market only", async () => {
    const hero = await assetId("Hero — Assume Nothing");
    const file = { name: "a.png", bytes: await png() };
    for (const email of ["de.marketer@meridian.test", "de.approver@meridian.test", "campaigns@meridian.test", "viewer@meridian.test", "translator@meridian.test", "admin@meridian.test"]) {
      const actor = await actorFor(email);
      await expect(uploadAsset(actor, { meta: { title: "New" }, file })).rejects.toMatchObject({ code: "FORBIDDEN" });
      await expect(updateAsset(actor, { id: hero, title: "x" })).rejects.toMatchObject({ code: "FORBIDDEN" });
      await expect(addAssetVersion(actor, { assetId: hero, file })).rejects.toMatchObject({ code: "FORBIDDEN" });
    }
    const de = await actorFor("de.marketer@meridian.test");
    await expect(
      uploadAsset(de, { meta: { title: "FR alt", alternateOfId: hero, marketId: await marketId("FR") }, file }),
    ).rejects.toMatchObject({ code: "FORBIDDEN" });
    await expect(
      uploadAsset(await actorFor("de.approver@meridian.test"), { meta: { title: "DE alt", alternateOfId: hero, marketId: await marketId("DE") }, file }),
    ).rejects.toMatchObject({ code: "FORBIDDEN" });
    const alt = await uploadAsset(de, { meta: { title: "DE alt", status: "approved", alternateOfId: hero, marketId: await marketId("DE") }, file });
    expect(alt).toMatchObject({ status: "draft", marketId: await marketId("DE") }); // markets cannot approve
    await expect(updateAsset(de, { id: alt.id, status: "approved" })).rejects.toMatchObject({ code: "FORBIDDEN" });
    await updateAsset(de, { id: alt.id, title: "DE alternate" });
    const v2 = await addAssetVersion(de, { assetId: alt.id, file: { name: "b.png", bytes: await png("#00ff00") } });
    expect(v2.version).toBe(2);
    const fr = await actorFor("fr.marketer@meridian.test");
    await expect(addAssetVersion(fr, { assetId: alt.id, file })).rejects.toMatchObject({ code: "NOT_FOUND" });
    const brand = await actorFor("brand@meridian.test");
    await updateAsset(brand, { id: alt.id, status: "approved" });
  });

  it("refuses unknown types, extension mismatches and read-only tokens", async () => {
    const brand = await actorFor("brand@meridian.test");
    await expect(uploadAsset(brand, { meta: { title: "x" }, file: { name: "a.png", bytes: Buffer.from("just text") } })).rejects.toMatchObject({
      code: "UPLOAD_TYPE_UNSUPPORTED",
    });
    await expect(uploadAsset(brand, { meta: { title: "x" }, file: { name: "a.pdf", bytes: await png() } })).rejects.toMatchObject({
      code: "UPLOAD_TYPE_MISMATCH",
    });
    const svg = Buffer.from('<svg xmlns="http://www.w3.org/2000/svg"><script>alert(1)</script></svg>');
    await expect(uploadAsset(brand, { meta: { title: "x" }, file: { name: "a.svg", bytes: svg } })).rejects.toMatchObject({
      code: "UPLOAD_TYPE_UNSUPPORTED",
    });
    const ro = await tokenFor("brand@meridian.test", true);
    const res = await uploadRoute(await multipart(ro, "http://x/api/v1/assets", { title: "x" }, { name: "a.png", bytes: await png() }), noParams);
    expect(res.status).toBe(403);
  });

  it("API: list, get, upload, new version and download are permission-checked like the UI", async () => {
    const brandToken = await tokenFor("brand@meridian.test");
    const jpToken = await tokenFor("jp.marketer@meridian.test");
    const product = await assetId("Product shot — card");
    const auth = (t: string) => ({ headers: { authorization: `Bearer ${t}` } });

    expect((await listRoute(new Request("http://x/api/v1/assets"), noParams)).status).toBe(401);
    const list = await (await listRoute(new Request(`http://x/api/v1/assets?tag=hero&status=approved`, auth(jpToken)), noParams)).json();
    expect(list.items.map((a: { title: string }) => a.title).sort()).toEqual(["Hero — Assume Nothing", "Hero — Japan (sakura)"]);
    const expiring = await (await listRoute(new Request(`http://x/api/v1/assets?expiry=expiring`, auth(brandToken)), noParams)).json();
    expect(expiring.items.map((a: { title: string }) => a.title)).toEqual(["Product shot — card"]);
    expect(expiring.items[0].flags).toEqual(["expires_soon"]);

    expect((await getRoute(new Request(`http://x/api/v1/assets/${product}`, auth(jpToken)), withId(product))).status).toBe(404);
    expect((await downloadRoute(new Request(`http://x/api/v1/assets/${product}/download`, auth(jpToken)), withId(product))).status).toBe(404);
    const ok = await served(await downloadRoute(new Request(`http://x/api/v1/assets/${product}/download`, auth(brandToken)), withId(product)), viaStore);
    expect(ok.status).toBe(200);
    expect((await sharp(Buffer.from(await ok.clone().arrayBuffer())).metadata()).format).toBe("png");
    expect(ok.headers.get("content-type")).toBe("image/png");
    expect(ok.headers.get("content-disposition")).toContain("attachment; filename=\"product-card.png\"");

    const denied = await uploadRoute(await multipart(jpToken, "http://x/api/v1/assets", { title: "x" }, { name: "a.png", bytes: await png() }), noParams);
    expect(denied.status).toBe(403);
    const created = await uploadRoute(
      await multipart(brandToken, "http://x/api/v1/assets", { title: "Café ☕ shot", tags: "food, Café", allowedMarketIds: await marketId("FR") }, { name: "../../etc/café.png", bytes: await png() }),
      noParams,
    );
    expect(created.status).toBe(201);
    const body = await created.json();
    expect(created.headers.get("location")).toBe(`/api/v1/assets/${body.id}`);
    expect(body).toMatchObject({ title: "Café ☕ shot", tags: ["food", "café"], kind: "image", status: "draft", versions: [{ version: 1, fileName: "café.png", width: 20, height: 10 }] });

    const v = await versionRoute(await multipart(jpToken, "http://x", {}, { name: "b.png", bytes: await png() }), withId(body.id));
    expect(v.status).toBe(404);
    const v2 = await versionRoute(await multipart(brandToken, "http://x", {}, { name: "b.png", bytes: await png("#0000ff") }), withId(body.id));
    expect(v2.status).toBe(201);
    expect((await v2.json()).version).toBe(2);
    const old = await served(await downloadRoute(new Request(`http://x/api/v1/assets/${body.id}/download?version=1`, auth(brandToken)), withId(body.id)), viaStore);
    expect(old.headers.get("content-disposition")).toContain("filename*=UTF-8''caf%C3%A9.png");
  });
}
