"use client";
import { useRouter } from "next/navigation";
import { useState } from "react";
import { useTranslation } from "react-i18next";
import { FormError } from "@/components/form/form-error";
import { useSchemaForm } from "@/components/form/use-schema-form";
import { useServerAction } from "@/components/form/use-server-action";
import { Button } from "@/components/ui/button";
import { Field, Input, Select, Textarea } from "@/components/ui/field";
import { addAssetVersionAction, updateAssetAction, uploadAssetAction } from "@/lib/assets/assets.actions";
import { ASSET_STATUSES, updateAssetSchema } from "@/lib/assets/asset.schemas";
import { ACCEPTED_EXTENSIONS } from "@/lib/assets/accepted-types";

type MarketOption = { id: string; code: string; name: string };

function MarketChecks({ markets, selected }: { markets: MarketOption[]; selected: string[] }) {
  const { t } = useTranslation("assets");
  return (
    <fieldset>
      <legend className="mb-1 text-sm font-medium text-slate-700 dark:text-slate-300">{t("fields.allowedMarkets")}</legend>
      <div className="flex flex-wrap gap-3">
        {markets.map((m) => (
          <label key={m.id} className="flex items-center gap-1 text-sm">
            <input type="checkbox" name="allowedMarketIds" value={m.id} defaultChecked={selected.includes(m.id)} /> {m.code}
          </label>
        ))}
      </div>
      <p className="mt-1 text-xs text-slate-500">{t("fields.allowedMarketsHint")}</p>
    </fieldset>
  );
}

/**
 * Upload a new asset, or (with alternateOf) a market alternate of one. File uploads send the form
 * itself (multipart) to the action, which reads and checks it; so they run through useServerAction.
 */
export function UploadAssetForm({
  markets,
  alternateOf,
  alternateMarkets,
  canSetStatus,
}: {
  markets: MarketOption[];
  alternateOf?: string;
  alternateMarkets?: MarketOption[];
  canSetStatus: boolean;
}) {
  const { t } = useTranslation("assets");
  const router = useRouter();
  const { pending, error, run } = useServerAction();
  const p = alternateOf ? "alt" : "new";
  return (
    <form
      className="grid grid-cols-1 gap-3 sm:grid-cols-2"
      onSubmit={(e) => {
        e.preventDefault();
        const form = e.currentTarget;
        const data = new FormData(form);
        if (alternateOf) data.set("alternateOfId", alternateOf);
        run(() => uploadAssetAction(data), {
          onSuccess: (asset) => {
            form.reset();
            if (!alternateOf) router.push(`/assets/${asset.id}`);
          },
          refresh: alternateOf ? "success" : "never",
        });
      }}
    >
      <FormError code={error?.code} ns="assets" />
      <Field label={t("fields.file")} htmlFor={`up-file-${p}`} hint={t("fields.fileHint")}>
        <Input id={`up-file-${p}`} name="file" type="file" required accept={ACCEPTED_EXTENSIONS.join(",")} />
      </Field>
      <Field label={t("fields.title")} htmlFor={`up-title-${p}`}>
        <Input id={`up-title-${p}`} name="title" required maxLength={200} />
      </Field>
      {alternateOf ? (
        <Field label={t("fields.market")} htmlFor={`up-market-${p}`}>
          <Select id={`up-market-${p}`} name="marketId" required>
            {(alternateMarkets ?? []).map((m) => (
              <option key={m.id} value={m.id}>{m.code} — {m.name}</option>
            ))}
          </Select>
        </Field>
      ) : null}
      <Field label={t("fields.tags")} htmlFor={`up-tags-${p}`} hint={t("fields.tagsHint")}>
        <Input id={`up-tags-${p}`} name="tags" />
      </Field>
      {canSetStatus ? (
        <Field label={t("fields.status")} htmlFor={`up-status-${p}`}>
          <Select id={`up-status-${p}`} name="status" defaultValue="draft">
            {ASSET_STATUSES.map((s) => (
              <option key={s} value={s}>{t(`status.${s}`)}</option>
            ))}
          </Select>
        </Field>
      ) : null}
      {!alternateOf ? (
        <Field label={t("fields.rightsExpireAt")} htmlFor={`up-exp-${p}`}>
          <Input id={`up-exp-${p}`} name="rightsExpireAt" type="date" />
        </Field>
      ) : null}
      <div className="sm:col-span-2">
        <Field label={t("fields.description")} htmlFor={`up-desc-${p}`}>
          <Textarea id={`up-desc-${p}`} name="description" rows={2} maxLength={5000} />
        </Field>
      </div>
      {!alternateOf ? (
        <div className="sm:col-span-2">
          <MarketChecks markets={markets} selected={[]} />
        </div>
      ) : null}
      <div className="sm:col-span-2">
        <Button type="submit" disabled={pending}>{pending ? t("uploading") : t("upload")}</Button>
      </div>
    </form>
  );
}

export function EditAssetForm({
  asset,
  markets,
  canSetStatus,
}: {
  asset: { id: string; title: string; description: string; tags: string[]; status: string; allowedMarketIds: string[]; rightsExpireAt: string | null; isAlternate: boolean };
  markets: MarketOption[];
  canSetStatus: boolean;
}) {
  const { t } = useTranslation("assets");
  const [saved, setSaved] = useState(false);
  const { pending, error, handleSubmit } = useSchemaForm(updateAssetSchema, updateAssetAction, { invalid: "form", refresh: "always", onSubmit: () => setSaved(false) });
  const rightsBound = canSetStatus && !asset.isAlternate;
  const save = handleSubmit(
    (f) => ({
      id: asset.id,
      title: String(f.get("title") ?? ""),
      description: String(f.get("description") ?? ""),
      tags: String(f.get("tags") ?? ""),
      ...(canSetStatus ? { status: String(f.get("status")) } : {}),
      ...(rightsBound ? { allowedMarketIds: f.getAll("allowedMarketIds").map(String), rightsExpireAt: String(f.get("rightsExpireAt") ?? "") || null } : {}),
    }),
    { onSuccess: () => setSaved(true) },
  );
  return (
    <form
      className="grid grid-cols-1 gap-3 sm:grid-cols-2"
      onSubmit={save}
    >
      <FormError code={error?.code} ns="assets" />
      <Field label={t("fields.title")} htmlFor="ed-title">
        <Input id="ed-title" name="title" defaultValue={asset.title} required maxLength={200} />
      </Field>
      <Field label={t("fields.tags")} htmlFor="ed-tags" hint={t("fields.tagsHint")}>
        <Input id="ed-tags" name="tags" defaultValue={asset.tags.join(", ")} />
      </Field>
      {canSetStatus ? (
        <Field label={t("fields.status")} htmlFor="ed-status">
          <Select id="ed-status" name="status" defaultValue={asset.status}>
            {ASSET_STATUSES.map((s) => (
              <option key={s} value={s}>{t(`status.${s}`)}</option>
            ))}
          </Select>
        </Field>
      ) : null}
      {canSetStatus && !asset.isAlternate ? (
        <Field label={t("fields.rightsExpireAt")} htmlFor="ed-exp">
          <Input id="ed-exp" name="rightsExpireAt" type="date" defaultValue={asset.rightsExpireAt?.slice(0, 10) ?? ""} />
        </Field>
      ) : null}
      <div className="sm:col-span-2">
        <Field label={t("fields.description")} htmlFor="ed-desc">
          <Textarea id="ed-desc" name="description" rows={3} defaultValue={asset.description} maxLength={5000} />
        </Field>
      </div>
      {canSetStatus && !asset.isAlternate ? (
        <div className="sm:col-span-2">
          <MarketChecks markets={markets} selected={asset.allowedMarketIds} />
        </div>
      ) : null}
      <div className="flex items-center gap-3 sm:col-span-2">
        <Button type="submit" disabled={pending}>{t("save")}</Button>
        <span role="status" className="text-sm text-emerald-700 dark:text-emerald-400">{saved && !pending ? t("saved") : ""}</span>
      </div>
    </form>
  );
}

export function NewVersionForm({ assetId }: { assetId: string }) {
  const { t } = useTranslation("assets");
  const { pending, error, run } = useServerAction();
  return (
    <form
      className="flex flex-wrap items-end gap-3"
      onSubmit={(e) => {
        e.preventDefault();
        const form = e.currentTarget;
        const data = new FormData(form);
        data.set("assetId", assetId);
        run(() => addAssetVersionAction(data), { onSuccess: () => form.reset(), refresh: "always" });
      }}
    >
      <Field label={t("fields.newVersionFile")} htmlFor="nv-file">
        <Input id="nv-file" name="file" type="file" required accept={ACCEPTED_EXTENSIONS.join(",")} />
      </Field>
      <Button type="submit" disabled={pending}>{pending ? t("uploading") : t("uploadVersion")}</Button>
      <FormError code={error?.code} ns="assets" />
    </form>
  );
}
