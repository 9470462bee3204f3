// A download response for an exported file (API v1 and the session-authenticated UI routes).
import type { ExportedFile } from "./export-variant-xliff";

export function fileResponse(file: ExportedFile & { bytes?: Uint8Array }): Response {
  const ascii = file.fileName.replace(/[^\x20-\x7e]|["\\]/g, "_");
  return new Response(file.bytes ? Buffer.from(file.bytes) : file.body, {
    headers: {
      "Content-Type": file.contentType,
      "Content-Disposition": `attachment; filename="${ascii}"; filename*=UTF-8''${encodeURIComponent(file.fileName)}`,
      "Cache-Control": "no-store",
    },
  });
}
