// The contract every asset store meets (local disk, S3); apart from asset-storage.ts, which picks
// one, so the stores need not import the module that imports them.
export interface AssetStorage {
  readonly kind: "local" | "s3";
  put(key: string, body: Buffer, contentType: string): Promise<void>;
  /** Throws AppError NOT_FOUND when the object is missing. */
  get(key: string): Promise<Buffer>;
  delete(key: string): Promise<void>;
  /**
   * A short-lived URL the browser fetches the object from directly, so large files do not pass
   * through the app. Only stores that can sign such URLs have it; the others stream via `get`.
   */
  downloadUrl?(key: string, response: DownloadHeaders): Promise<string>;
}

/** The headers the store answers the signed URL with (the store cannot know the file's name). */
export interface DownloadHeaders {
  contentType: string;
  contentDisposition: string;
}
