// How an asset file is offered: documents always download; images and video may show inline
// (the response's sandbox CSP keeps them from running as a page). Stored files are immutable per
// version, so a short private cache with the SHA-256 as ETag is safe.
import type { Download } from "@/lib/http/download-response";
import { sanitizeFileName } from "./file-names";
import type { readAssetFile } from "./read-asset-file";

type StoredFile = Awaited<ReturnType<typeof readAssetFile>> & { bytes: Buffer };

export function assetDownload(file: StoredFile, options: { inline?: boolean } = {}): Download {
  const inlineOk = options.inline && /^(image|video)\//.test(file.mimeType);
  return {
    body: file.bytes,
    filename: sanitizeFileName(file.fileName),
    contentType: file.mimeType,
    disposition: inlineOk ? "inline" : "attachment",
    cache: { privateMaxAge: 300 },
    etag: file.sha256,
  };
}
