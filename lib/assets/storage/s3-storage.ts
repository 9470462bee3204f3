// Asset bytes in S3 or an S3-compatible bucket (MinIO, R2, Ceph…) through the AWS SDK v3.
// Credentials: static keys only when both S3_ACCESS_KEY_ID and S3_SECRET_ACCESS_KEY are given;
// otherwise the SDK's default chain (AWS_* variables, shared config, web identity, ECS/EC2 roles),
// so an IAM role needs no secret in the environment.
import { DeleteObjectCommand, GetObjectCommand, S3Client, S3ServiceException } from "@aws-sdk/client-s3";
import { Upload } from "@aws-sdk/lib-storage";
import { getSignedUrl } from "@aws-sdk/s3-request-presigner";
import { AppError, notFound } from "@/lib/errors";
import type { AssetStorage, DownloadHeaders } from "./asset-storage-kind";

export interface S3Config {
  bucket: string;
  region: string;
  /** An S3-compatible server; path-style addressing then, since few of them serve bucket subdomains. */
  endpoint?: string;
  accessKeyId?: string;
  secretAccessKey?: string;
  /** Bodies larger than this go up as a multipart upload in parts of this size (S3's minimum is 5 MB). */
  partSize?: number;
  /** Lifetime of a signed download URL. */
  downloadUrlSeconds?: number;
}

const DEFAULT_PART_SIZE = 8 * 1024 * 1024;

function storageFailed(op: string, error: unknown): AppError {
  const status = error instanceof S3ServiceException ? error.$metadata.httpStatusCode : undefined;
  const name = error instanceof Error ? error.name : "Error";
  return new AppError("STORAGE_FAILED", { status: 502, details: { op, status, name } });
}

function isMissing(error: unknown): boolean {
  return error instanceof S3ServiceException && (error.name === "NoSuchKey" || error.$metadata.httpStatusCode === 404);
}

export class S3Storage implements AssetStorage {
  readonly kind = "s3" as const;
  private readonly client: S3Client;

  constructor(private readonly config: S3Config) {
    const staticKeys = config.accessKeyId && config.secretAccessKey;
    this.client = new S3Client({
      region: config.region,
      endpoint: config.endpoint || undefined,
      forcePathStyle: Boolean(config.endpoint),
      credentials: staticKeys ? { accessKeyId: config.accessKeyId!, secretAccessKey: config.secretAccessKey! } : undefined,
      // The SDK's default CRC checksums are not understood by every S3-compatible server; S3 itself
      // still gets the checksums it requires.
      requestChecksumCalculation: "WHEN_REQUIRED",
      responseChecksumValidation: "WHEN_REQUIRED",
    });
  }

  async put(key: string, body: Buffer, contentType: string): Promise<void> {
    const upload = new Upload({
      client: this.client,
      params: { Bucket: this.config.bucket, Key: key, Body: body, ContentType: contentType },
      partSize: this.config.partSize ?? DEFAULT_PART_SIZE,
      queueSize: 4,
      // A failed multipart upload is aborted, so no orphaned parts are billed.
      leavePartsOnError: false,
    });
    try {
      await upload.done();
    } catch (error) {
      throw storageFailed("put", error);
    }
  }

  async get(key: string): Promise<Buffer> {
    try {
      const res = await this.client.send(new GetObjectCommand({ Bucket: this.config.bucket, Key: key }));
      if (!res.Body) throw notFound();
      return Buffer.from(await res.Body.transformToByteArray());
    } catch (error) {
      if (error instanceof AppError) throw error;
      if (isMissing(error)) throw notFound();
      throw storageFailed("get", error);
    }
  }

  async delete(key: string): Promise<void> {
    try {
      await this.client.send(new DeleteObjectCommand({ Bucket: this.config.bucket, Key: key }));
    } catch (error) {
      if (!isMissing(error)) throw storageFailed("delete", error);
    }
  }

  async downloadUrl(key: string, response: DownloadHeaders): Promise<string> {
    const command = new GetObjectCommand({
      Bucket: this.config.bucket,
      Key: key,
      ResponseContentType: response.contentType,
      ResponseContentDisposition: response.contentDisposition,
      ResponseCacheControl: "private, no-store",
    });
    return getSignedUrl(this.client, command, { expiresIn: this.config.downloadUrlSeconds ?? 300 });
  }

  /** Closes the SDK's keep-alive sockets (tests; a server keeps its client for its lifetime). */
  destroy(): void {
    this.client.destroy();
  }
}
