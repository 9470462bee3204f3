// What an exported variant file was made from, as notes (the one metadata every XLIFF version and
// CAT tool keeps and the OASIS schemas accept): the file carries the variant version, each unit
// the version of its block's last content change. Files without them (other tools) import as before.
const VARIANT_VERSION = "meridian:variant-version=";
const CONTENT_VERSION = "meridian:content-version=";

export function variantVersionNote(version: number): string {
  return `${VARIANT_VERSION}${version}`;
}

export function contentVersionNote(contentVersion: number): string {
  return `${CONTENT_VERSION}${contentVersion}`;
}

function read(notes: readonly string[], prefix: string): number | undefined {
  for (const note of notes) {
    const text = note.trim();
    if (!text.startsWith(prefix)) continue;
    const value = text.slice(prefix.length);
    if (/^\d{1,9}$/.test(value)) return Number(value);
  }
  return undefined;
}

export const readVariantVersion = (notes: readonly string[]) => read(notes, VARIANT_VERSION);
export const readContentVersion = (notes: readonly string[]) => read(notes, CONTENT_VERSION);
