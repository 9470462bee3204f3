// Media types the exchange endpoints accept for uploaded files.
export const XLIFF_MEDIA_TYPES = ["application/xliff+xml", "application/x-xliff+xml", "application/xml", "text/xml"];
export const CAMPAIGN_IMPORT_MEDIA_TYPES = [...XLIFF_MEDIA_TYPES, "application/json"];

/** Comma-separated market codes from a query string. */
export function marketList(value: string | undefined | null): string[] | undefined {
  const codes = (value ?? "").split(",").map((c) => c.trim().toUpperCase()).filter(Boolean);
  return codes.length ? codes : undefined;
}
