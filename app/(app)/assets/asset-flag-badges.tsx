import type { TFunction } from "i18next";
import { Badge } from "@/components/ui/badge";
import type { AssetFlag } from "@/lib/assets/asset-flags";

const TONE: Record<AssetFlag, "danger" | "warning"> = {
  expired: "danger",
  retired: "danger",
  not_allowed_in_market: "danger",
  expires_soon: "warning",
};

export function AssetFlagBadges({ flags, t }: { flags: AssetFlag[]; t: TFunction }) {
  if (flags.length === 0) return null;
  return (
    <span className="flex flex-wrap gap-1">
      {flags.map((f) => (
        <Badge key={f} tone={TONE[f]}>{t(`assets:flags.${f}`)}</Badge>
      ))}
    </span>
  );
}

export function statusTone(status: string): "success" | "danger" | "neutral" {
  return status === "approved" ? "success" : status === "retired" ? "danger" : "neutral";
}
