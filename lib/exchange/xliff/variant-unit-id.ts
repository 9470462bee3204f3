// Unit ids of exported variants carry the block and the source version the translation was
// made against ("<blockId>.v<sourceVersion>"), so an import finds both even when a CAT tool
// drops notes and metadata. Cuids are NMTOKENs, as XLIFF unit ids must be.
const UNIT_ID = /^([A-Za-z0-9_-]+)\.v(\d{1,9})$/;

export function variantUnitId(blockId: string, sourceVersion: number): string {
  return `${blockId}.v${sourceVersion}`;
}

export function parseVariantUnitId(unitId: string): { blockId: string; sourceVersion: number } | null {
  const match = UNIT_ID.exec(unitId);
  if (!match) return null;
  return { blockId: match[1]!, sourceVersion: Number(match[2]) };
}
