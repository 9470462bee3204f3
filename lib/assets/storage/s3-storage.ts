// Asset bytes in an S3-compatible bucket (AWS S3, MinIO, R2…), path-style URLs, SigV4 by hand.
import { AppError, notFound } from "@/lib/errors";
import type { AssetStorage } from "./asset-storage-kind";
import { sha256Hex, signV4, uriEncode } from "./sign-v4";

export interface S3Config {
  endpoint: string;
  bucket: string;
  accessKeyId: string;
  secretAccessKey: string;
  region: string;
}

export class S3Storage implements AssetStorage {
  readonly kind = "s3" as const;
  constructor(
    private readonly config: S3Config,
    private readonly fetchImpl: typeof fetch = fetch,
  ) {}

  private url(key: string): URL {
    const base = this.config.endpoint.replace(/\/+$/, "");
    return new URL(`${base}/${uriEncode(this.config.bucket, false)}/${uriEncode(key, true)}`);
  }

  private async send(method: string, key: string, body?: Buffer, contentType?: string): Promise<Response> {
    const url = this.url(key);
    const payloadHash = sha256Hex(body ?? "");
    const headers = signV4({
      method,
      url,
      headers: { "x-amz-content-sha256": payloadHash, ...(contentType ? { "content-type": contentType } : {}) },
      payloadHash,
      region: this.config.region,
      service: "s3",
      accessKeyId: this.config.accessKeyId,
      secretAccessKey: this.config.secretAccessKey,
    });
    return this.fetchImpl(url, { method, headers, body: body ? new Uint8Array(body) : undefined });
  }

  async put(key: string, body: Buffer, contentType: string): Promise<void> {
    const res = await this.send("PUT", key, body, contentType);
    if (!res.ok) throw new AppError("STORAGE_FAILED", { status: 502, details: { status: res.status, op: "put" } });
  }

  async get(key: string): Promise<Buffer> {
    const res = await this.send("GET", key);
    if (res.status === 404) throw notFound();
    if (!res.ok) throw new AppError("STORAGE_FAILED", { status: 502, details: { status: res.status, op: "get" } });
    return Buffer.from(await res.arrayBuffer());
  }

  async delete(key: string): Promise<void> {
    const res = await this.send("DELETE", key);
    if (!res.ok && res.status !== 404) throw new AppError("STORAGE_FAILED", { status: 502, details: { status: res.status, op: "delete" } });
  }
}
