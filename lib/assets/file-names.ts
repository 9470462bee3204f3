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
