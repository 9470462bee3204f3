// The contract every asset store meets, run against the local disk and a real S3-compatible
// server (s3rver) through the AWS SDK; then what only S3 does: multipart uploads, signed download
// URLs, the default credential chain.
import { createHash, randomBytes } from "node:crypto";
import { mkdtemp, rm } from "node:fs/promises";
import os from "node:os";
import path from "node:path";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { startS3TestServer, type S3TestServer } from "@/lib/testing/s3-test-server";
import type { AssetStorage } from "./asset-storage-kind";
import { LocalDiskStorage } from "./local-disk-storage";
import { S3Storage } from "./s3-storage";

const MB = 1024 * 1024;
const sha = (b: Buffer) => createHash("sha256").update(b).digest("hex");

let s3: S3TestServer;
let localDir: string;
beforeAll(async () => {
  s3 = await startS3TestServer({ partSize: 5 * MB });
  localDir = await mkdtemp(path.join(os.tmpdir(), "meridian-local-store-"));
});
afterAll(async () => {
  await s3?.close();
  if (localDir) await rm(localDir, { recursive: true, force: true });
});

const backends: [string, () => AssetStorage][] = [
  ["local disk", () => new LocalDiskStorage(localDir)],
  ["S3 (s3rver)", () => s3.storage],
];

describe.each(backends)("asset storage contract: %s", (_name, storage) => {
  it("gives back exactly the bytes it was given, under keys with folders", async () => {
    const body = randomBytes(64 * 1024);
    await storage().put("ab/abc123.png", body, "image/png");
    expect(sha(await storage().get("ab/abc123.png"))).toBe(sha(body));
  });

  it("answers NOT_FOUND for a key it never stored", async () => {
    await expect(storage().get("zz/never-stored.pdf")).rejects.toMatchObject({ code: "NOT_FOUND", status: 404 });
  });

  it("replaces an object written twice under one key", async () => {
    await storage().put("cd/twice.txt", Buffer.from("first"), "text/plain");
    await storage().put("cd/twice.txt", Buffer.from("second"), "text/plain");
    expect((await storage().get("cd/twice.txt")).toString()).toBe("second");
  });

  it("deletes, and deleting a missing object is no error", async () => {
    await storage().put("ef/gone.webp", Buffer.from("x"), "image/webp");
    await storage().delete("ef/gone.webp");
    await expect(storage().get("ef/gone.webp")).rejects.toMatchObject({ code: "NOT_FOUND" });
    await expect(storage().delete("ef/gone.webp")).resolves.toBeUndefined();
  });

  it("keeps a file larger than one upload part intact (multipart on S3)", async () => {
    const body = randomBytes(11 * MB);
    await storage().put("gh/large.mp4", body, "video/mp4");
    const back = await storage().get("gh/large.mp4");
    expect(back.length).toBe(body.length);
    expect(sha(back)).toBe(sha(body));
  });
});

describe("S3 only", () => {
  it("the local disk signs no URLs: its files stream through the app", () => {
    const local: AssetStorage = new LocalDiskStorage(localDir);
    expect(local.downloadUrl).toBeUndefined();
  });

  it("signs a short-lived download URL that serves the file with the given headers", async () => {
    const body = Buffer.from("%PDF-1.4 brand book");
    await s3.storage.put("ij/brand-book.pdf", body, "application/pdf");
    const url = await s3.storage.downloadUrl("ij/brand-book.pdf", {
      contentType: "application/pdf",
      contentDisposition: `attachment; filename="brand-book.pdf"`,
    });
    const query = new URL(url).searchParams;
    expect(query.get("X-Amz-Expires")).toBe("300");
    expect(query.get("X-Amz-Signature")).toMatch(/^[0-9a-f]{64}$/);
    const res = await fetch(url);
    expect(res.status).toBe(200);
    expect(res.headers.get("content-type")).toBe("application/pdf");
    expect(res.headers.get("content-disposition")).toBe(`attachment; filename="brand-book.pdf"`);
    expect(Buffer.from(await res.arrayBuffer()).equals(body)).toBe(true);
  });

  it("uploads a large file in parts (multipart), a small one in one request", async () => {
    await s3.storage.put("op/large.mp4", randomBytes(11 * MB), "video/mp4");
    await s3.storage.put("op/small.png", randomBytes(1024), "image/png");
    const how = (key: string) => s3.writes.filter((w) => w.key === key).map((w) => w.eventName);
    expect(how("op/large.mp4")).toEqual(["ObjectCreated:Post"]);
    expect(how("op/small.png")).toEqual(["ObjectCreated:Put"]);
  });

  it("uses the SDK's credential chain when no static keys are configured (here: AWS_* variables)", async () => {
    const { accessKeyId: _a, secretAccessKey: _s, ...withoutKeys } = s3.config;
    const saved = { id: process.env.AWS_ACCESS_KEY_ID, secret: process.env.AWS_SECRET_ACCESS_KEY };
    process.env.AWS_ACCESS_KEY_ID = "S3RVER";
    process.env.AWS_SECRET_ACCESS_KEY = "S3RVER";
    const chained = new S3Storage(withoutKeys);
    try {
      await chained.put("kl/chain.txt", Buffer.from("via the chain"), "text/plain");
      expect((await chained.get("kl/chain.txt")).toString()).toBe("via the chain");
    } finally {
      chained.destroy();
      if (saved.id === undefined) delete process.env.AWS_ACCESS_KEY_ID;
      else process.env.AWS_ACCESS_KEY_ID = saved.id;
      if (saved.secret === undefined) delete process.env.AWS_SECRET_ACCESS_KEY;
      else process.env.AWS_SECRET_ACCESS_KEY = saved.secret;
    }
  });

  it("reports a refused request as STORAGE_FAILED (502), not as a missing file", async () => {
    const wrong = new S3Storage({ ...s3.config, accessKeyId: "UNKNOWN-KEY" });
    try {
      await expect(wrong.put("mn/x.txt", Buffer.from("x"), "text/plain")).rejects.toMatchObject({ code: "STORAGE_FAILED", status: 502 });
      await expect(wrong.get("ab/abc123.png")).rejects.toMatchObject({ code: "STORAGE_FAILED", status: 502 });
    } finally {
      wrong.destroy();
    }
  });
});
