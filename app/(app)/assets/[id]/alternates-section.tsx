// An asset's market alternates (thumbnails), and the upload of a new one where the actor may.
import type { TFunction } from "i18next";
import Link from "next/link";
import { Badge } from "@/components/ui/badge";
import { Card } from "@/components/ui/card";
import type { getAsset } from "@/lib/assets/get-asset";
import { AssetFlagBadges, statusTone } from "../asset-flag-badges";
import { UploadAssetForm } from "../assets-client";

type MarketOption = { id: string; code: string; name: string };

export function AlternatesSection({
  asset,
  marketOptions,
  t,
}: {
  asset: Awaited<ReturnType<typeof getAsset>>;
  marketOptions: MarketOption[];
  t: TFunction;
}) {
  const codeOf = new Map(marketOptions.map((m) => [m.id, m.code]));
  const alternateMarkets = asset.can.uploadAlternateAnyMarket
    ? marketOptions
    : marketOptions.filter((m) => asset.can.uploadAlternateFor.includes(m.id));
  if (asset.alternateOfId) return null;
  return (
    <section aria-labelledby="a-alternates" className="mt-6">
      <h2 id="a-alternates" className="mb-3 text-lg font-semibold">{t("assets:alternates")}</h2>
      {asset.alternates.length === 0 ? (
        <p className="text-sm text-slate-500">{t("assets:noAlternates")}</p>
      ) : (
        <ul className="grid grid-cols-2 gap-3 sm:grid-cols-4">
          {asset.alternates.map((a) => (
            <li key={a.id}>
              <Link href={`/assets/${a.id}`} className="block rounded-md border border-slate-200 p-2 hover:border-brand-500 dark:border-slate-700">
                {a.current?.thumbnailKey ? (
                  // eslint-disable-next-line @next/next/no-img-element -- permission-checked route
                  <img src={`/api/assets/${a.id}/file?thumbnail=1&version=${a.currentVersion}`} alt="" className="aspect-[4/3] w-full object-cover" />
                ) : null}
                <p className="mt-1 text-sm font-medium">{a.title}</p>
                <div className="flex flex-wrap gap-1">
                  <Badge tone="info">{codeOf.get(a.marketId ?? "") ?? "?"}</Badge>
                  <Badge tone={statusTone(a.status)}>{t(`assets:status.${a.status}`)}</Badge>
                  <AssetFlagBadges flags={a.flags} t={t} />
                </div>
              </Link>
            </li>
          ))}
        </ul>
      )}
      {alternateMarkets.length > 0 ? (
        <details className="mt-4">
          <summary className="cursor-pointer text-sm font-medium text-brand-600">{t("assets:addAlternate")}</summary>
          <Card className="mt-2">
            <UploadAssetForm markets={marketOptions} alternateOf={asset.id} alternateMarkets={alternateMarkets} canSetStatus={asset.can.setStatus} />
          </Card>
        </details>
      ) : null}
    </section>
  );
}
