"use client";
// One form for creating a market and editing an existing one (admin), validated with the same
// schema the server uses.
import { useId, useState } from "react";
import { useTranslation } from "react-i18next";
import { FormError } from "@/components/form/form-error";
import { useSchemaForm } from "@/components/form/use-schema-form";
import { Button } from "@/components/ui/button";
import { Checkbox, Field, Input, Select } from "@/components/ui/field";
import { marketSchema } from "@/lib/markets/market.schemas";
import { createMarketAction, updateMarketAction } from "@/lib/markets/markets.actions";

export interface MarketFormValues {
  id: string;
  code: string;
  name: string;
  region: string;
  locales: string[];
  currency: string;
  timeZone: string;
  fallbackLocale: string | null;
  leadId: string | null;
  archived: boolean;
}

export function MarketForm({ market, leads = [] }: { market?: MarketFormValues; leads?: { id: string; name: string }[] }) {
  const { t } = useTranslation("markets");
  const p = useId();
  const [saved, setSaved] = useState(false);
  const { pending, error, fieldError, handleSubmit } = useSchemaForm(
    marketSchema,
    (input, fields) => (market ? updateMarketAction({ ...input, id: market.id, archived: fields?.get("archived") === "on" }) : createMarketAction(input)),
    { onSubmit: () => setSaved(false) },
  );

  const save = handleSubmit(
    (f) => ({
      code: String(f.get("code") ?? ""),
      name: String(f.get("name") ?? ""),
      region: String(f.get("region") ?? ""),
      locales: String(f.get("locales") ?? "").split(",").map((s) => s.trim()).filter(Boolean),
      currency: String(f.get("currency") ?? ""),
      timeZone: String(f.get("timeZone") ?? ""),
      fallbackLocale: String(f.get("fallbackLocale") ?? "") || null,
      leadId: String(f.get("leadId") ?? "") || null,
    }),
    {
      onSuccess: (_, form) => {
        setSaved(true);
        if (!market) form.reset();
      },
    },
  );

  return (
    <form
      className="grid grid-cols-1 gap-4 sm:grid-cols-2"
      onSubmit={save}
    >
      <FormError code={error?.code} />
      <Field label={t("code")} htmlFor={`${p}-code`} error={fieldError("code")}>
        <Input id={`${p}-code`} name="code" required maxLength={10} dir="ltr" defaultValue={market?.code} />
      </Field>
      <Field label={t("name")} htmlFor={`${p}-name`} error={fieldError("name")}>
        <Input id={`${p}-name`} name="name" required defaultValue={market?.name} />
      </Field>
      <Field label={t("region")} htmlFor={`${p}-region`}>
        <Input id={`${p}-region`} name="region" defaultValue={market?.region} />
      </Field>
      <Field label={t("locales")} htmlFor={`${p}-locales`} hint={t("localesHint")} error={fieldError("locales")}>
        <Input id={`${p}-locales`} name="locales" placeholder="de-DE, de-AT" dir="ltr" defaultValue={market?.locales.join(", ")} />
      </Field>
      <Field label={t("currency")} htmlFor={`${p}-currency`} error={fieldError("currency")}>
        <Input id={`${p}-currency`} name="currency" placeholder="EUR" maxLength={3} dir="ltr" defaultValue={market?.currency} />
      </Field>
      <Field label={t("timeZone")} htmlFor={`${p}-tz`} error={fieldError("timeZone")}>
        <Input id={`${p}-tz`} name="timeZone" placeholder="Europe/Berlin" dir="ltr" defaultValue={market?.timeZone} />
      </Field>
      <Field label={t("fallbackLocale")} htmlFor={`${p}-fallback`} error={fieldError("fallbackLocale")}>
        <Input id={`${p}-fallback`} name="fallbackLocale" placeholder="en-US" dir="ltr" defaultValue={market?.fallbackLocale ?? ""} />
      </Field>
      {market ? (
        <Field label={t("lead")} htmlFor={`${p}-lead`}>
          <Select id={`${p}-lead`} name="leadId" defaultValue={market.leadId ?? ""}>
            <option value="">—</option>
            {leads.map((u) => (
              <option key={u.id} value={u.id}>{u.name}</option>
            ))}
          </Select>
        </Field>
      ) : null}
      {market ? (
        <Checkbox name="archived" label={t("archived")} defaultChecked={market.archived} />
      ) : null}
      <div className="flex items-center gap-3 sm:col-span-2">
        <Button type="submit" disabled={pending}>{market ? t("save") : t("create")}</Button>
        {saved ? <p role="status" className="text-sm text-emerald-700 dark:text-emerald-300">{t("saved")}</p> : null}
      </div>
    </form>
  );
}
