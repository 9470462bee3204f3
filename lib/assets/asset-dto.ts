// The API's JSON shape of an asset (no storage keys).
import type { AssetFlag } from "./asset-flags";
import type { ASSET_STATUSES } from "./asset.schemas";

type AssetStatus = (typeof ASSET_STATUSES)[number];

interface VersionRow {
  version: number;
  fileName: string;
  mimeType: string;
  size: number;
  sha256: string;
  width: number | null;
  height: number | null;
  thumbnailKey: string | null;
  createdAt: Date;
}

export function versionDto(v: VersionRow) {
  return {
    version: v.version,
    fileName: v.fileName,
    mimeType: v.mimeType,
    size: v.size,
    sha256: v.sha256,
    width: v.width,
    height: v.height,
    hasThumbnail: !!v.thumbnailKey,
    createdAt: v.createdAt.toISOString(),
  };
}

export function assetDto(a: {
  id: string;
  title: string;
  description: string;
  tags: string[];
  kind: string;
  status: AssetStatus;
  allowedMarketIds: string[];
  rightsExpireAt: Date | null;
  currentVersion: number;
  alternateOfId: string | null;
  marketId: string | null;
  createdAt: Date;
  updatedAt: Date;
  flags?: AssetFlag[];
  versions?: VersionRow[];
}) {
  return {
    id: a.id,
    title: a.title,
    description: a.description,
    tags: a.tags,
    kind: a.kind,
    status: a.status,
    allowedMarketIds: a.allowedMarketIds,
    rightsExpireAt: a.rightsExpireAt?.toISOString() ?? null,
    currentVersion: a.currentVersion,
    alternateOfId: a.alternateOfId,
    marketId: a.marketId,
    flags: a.flags ?? [],
    createdAt: a.createdAt.toISOString(),
    updatedAt: a.updatedAt.toISOString(),
    downloadUrl: `/api/v1/assets/${a.id}/download`,
    ...(a.versions ? { versions: a.versions.map(versionDto) } : {}),
  };
}
