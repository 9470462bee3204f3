// The one HTTP answer for a file (exports, asset files, thumbnails), for API v1 and the session
// routes alike: a Content-Disposition every browser reads (ASCII fallback + RFC 5987 UTF-8 name),
// never sniffed, never run as a page (the sandbox CSP), and an explicit cache policy.

export interface Download {
  body: string | Uint8Array;
  filename: string;
  contentType: string;
  /** "inline" lets images and video show in the page; anything else always downloads. */
  disposition?: "attachment" | "inline";
  /** "no-store" (default) for generated exports; a max-age (private) for stored, content-addressed files. */
  cache?: "no-store" | { privateMaxAge: number };
  /** A strong validator, e.g. the file's SHA-256. */
  etag?: string;
}

/** Content-Disposition with an ASCII fallback and the RFC 5987 UTF-8 name. */
export function contentDisposition(filename: string, type: "attachment" | "inline" = "attachment"): string {
  // Control and format characters would break the header; they never belong in a name.
  const name = filename.replace(/[\p{Cc}\p{Cf}]/gu, "") || "file";
  const ascii = name.replace(/[^\x20-\x7e]/g, "_").replace(/[\\"]/g, "_");
  const encoded = encodeURIComponent(name).replace(/['()*]/g, (c) => `%${c.charCodeAt(0).toString(16).toUpperCase()}`);
  return `${type}; filename="${ascii}"; filename*=UTF-8''${encoded}`;
}

export function downloadResponse(download: Download): Response {
  const { body, filename, contentType, disposition = "attachment", cache = "no-store", etag } = download;
  const headers: Record<string, string> = {
    "Content-Type": contentType,
    "Content-Disposition": contentDisposition(filename, disposition),
    "Content-Security-Policy": "default-src 'none'; sandbox",
    "X-Content-Type-Options": "nosniff",
    "Cache-Control": cache === "no-store" ? "no-store" : `private, max-age=${cache.privateMaxAge}`,
  };
  if (typeof body !== "string") headers["Content-Length"] = String(body.byteLength);
  if (etag) headers.ETag = `"${etag}"`;
  return new Response(typeof body === "string" ? body : new Uint8Array(body), { headers });
}

/** An exported file as the operations return it ({ fileName, contentType, body | bytes }). */
export function exportedFileDownload(file: { fileName: string; contentType: string; body: string; bytes?: Uint8Array }): Download {
  return { body: file.bytes ?? file.body, filename: file.fileName, contentType: file.contentType };
}
