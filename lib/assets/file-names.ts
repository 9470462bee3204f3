// Original file names are kept only for display and downloads; they never reach the disk.

/** Strips paths, control and reserved characters; keeps letters of every script. */
export function sanitizeFileName(name: string, fallback = "file"): string {
  const base = name.split(/[\\/]/).pop() ?? "";
  const cleaned = base
    .normalize("NFC")
    .replace(/[\p{Cc}\p{Cf}"*:<>?|;]/gu, "")
    .replace(/\s+/gu, " ")
    .replace(/^[.\s]+/u, "")
    .trim()
    .slice(0, 150);
  return cleaned || fallback;
}

/** Content-Disposition with an ASCII fallback and the RFC 5987 UTF-8 name. */
export function contentDisposition(fileName: string, type: "attachment" | "inline" = "attachment"): string {
  const safe = sanitizeFileName(fileName);
  const ascii = safe.replace(/[^\x20-\x7e]/g, "_").replace(/[\\"]/g, "_");
  const encoded = encodeURIComponent(safe).replace(/['()*]/g, (c) => `%${c.charCodeAt(0).toString(16).toUpperCase()}`);
  return `${type}; filename="${ascii}"; filename*=UTF-8''${encoded}`;
}
