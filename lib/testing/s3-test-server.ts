// A real S3-compatible server (s3rver) on a free loopback port with one empty bucket, and an
// S3Storage pointed at it the way an operator would configure MinIO: endpoint, path-style, keys.
import { mkdtemp, rm } from "node:fs/promises";
import os from "node:os";
import path from "node:path";
import S3rver from "s3rver";
import { S3Storage, type S3Config } from "@/lib/assets/storage/s3-storage";

export interface S3TestServer {
  config: S3Config;
  storage: S3Storage;
  /** Objects written so far, with how: "ObjectCreated:Put" (one request) or "ObjectCreated:Post" (multipart). */
  writes: { key: string; eventName: string }[];
  close(): Promise<void>;
}

export async function startS3TestServer(options: Partial<S3Config> = {}): Promise<S3TestServer> {
  const directory = await mkdtemp(path.join(os.tmpdir(), "meridian-s3rver-"));
  const bucket = "meridian-test-assets";
  const server = new S3rver({ address: "127.0.0.1", port: 0, directory, silent: true, configureBuckets: [{ name: bucket }] });
  const writes: S3TestServer["writes"] = [];
  server.on("event", (event) => {
    for (const record of event.Records) writes.push({ key: record.s3.object.key, eventName: record.eventName });
  });
  const { port } = await server.run();
  // s3rver knows one access key (S3RVER) and refuses others; it does not verify SigV4 signatures.
  const config: S3Config = {
    bucket,
    region: "us-east-1",
    endpoint: `http://127.0.0.1:${port}`,
    accessKeyId: "S3RVER",
    secretAccessKey: "S3RVER",
    ...options,
  };
  const storage = new S3Storage(config);
  return {
    config,
    storage,
    writes,
    async close() {
      storage.destroy();
      await server.close();
      await rm(directory, { recursive: true, force: true });
    },
  };
}
