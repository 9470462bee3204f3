// The HTTP answer for a file download or thumbnail: never sniffed by the browser, never run as
// a page (documents download; images and video may show inline under a sandboxing CSP).
import { contentDisposition } from "./file-names";
import type { readAssetFile } from "./read-asset-file";

type StreamedFile = Awaited<ReturnType<typeof readAssetFile>> & { bytes: Buffer };

export function assetFileResponse(file: StreamedFile, options: { inline?: boolean } = {}): Response {
  const inlineOk = options.inline && /^(image|video)\//.test(file.mimeType);
  return new Response(new Uint8Array(file.bytes), {
    headers: {
      "Content-Type": file.mimeType,
      "Content-Length": String(file.bytes.length),
      "Content-Disposition": contentDisposition(file.fileName, inlineOk ? "inline" : "attachment"),
      "Content-Security-Policy": "default-src 'none'; sandbox",
      "X-Content-Type-Options": "nosniff",
      ETag: `"${file.sha256}"`,
      "Cache-Control": "private, max-age=300",
    },
  });
}
