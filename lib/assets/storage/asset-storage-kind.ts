// The contract every asset store meets (local disk, S3); apart from asset-storage.ts, which picks
// one, so the stores need not import the module that imports them.
export interface AssetStorage {
  readonly kind: "local" | "s3";
  put(key: string, body: Buffer, contentType: string): Promise<void>;
  /** Throws AppError NOT_FOUND when the object is missing. */
  get(key: string): Promise<Buffer>;
  delete(key: string): Promise<void>;
}
