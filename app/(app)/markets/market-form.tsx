"use client";
import { useRouter } from "next/navigation";
import { useState, useTransition } from "react";
import { useTranslation } from "react-i18next";
import { Button } from "@/components/ui/button";
import { Field, Input } from "@/components/ui/field";
import { FormError } from "@/components/form/form-error";
import { createMarketAction } from "@/lib/markets/markets.actions";
import { marketSchema } from "@/lib/markets/market.schemas";
import { fieldErrors, type FieldErrors } from "@/components/form/field-errors";

export function MarketForm() {
  const { t } = useTranslation("markets");
  const router = useRouter();
  const [pending, start] = useTransition();
  const [errors, setErrors] = useState<FieldErrors>({});
  const [code, setCode] = useState<string | null>(null);

  return (
    <form
      className="grid grid-cols-1 gap-4 sm:grid-cols-2"
      onSubmit={(e) => {
        e.preventDefault();
        const form = e.currentTarget;
        const f = new FormData(form);
        const input = {
          code: String(f.get("code") ?? ""),
          name: String(f.get("name") ?? ""),
          region: String(f.get("region") ?? ""),
          locales: String(f.get("locales") ?? "").split(",").map((s) => s.trim()).filter(Boolean),
          currency: String(f.get("currency") ?? ""),
          timeZone: String(f.get("timeZone") ?? ""),
          fallbackLocale: String(f.get("fallbackLocale") ?? "") || null,
        };
        // Same schema as the server: instant feedback, and the server checks again.
        const parsed = marketSchema.safeParse(input);
        if (!parsed.success) {
          setErrors(fieldErrors(parsed.error.issues));
          return;
        }
        setErrors({});
        start(async () => {
          const result = await createMarketAction(parsed.data);
          if (!result.ok) {
            setCode(result.error.code);
            return;
          }
          setCode(null);
          form.reset();
          router.refresh();
        });
      }}
    >
      <FormError code={code} />
      <Field label={t("code")} htmlFor="m-code" error={errors.code && t(`common:validation.${errors.code}`)}>
        <Input id="m-code" name="code" required maxLength={10} dir="ltr" />
      </Field>
      <Field label={t("name")} htmlFor="m-name" error={errors.name && t(`common:validation.${errors.name}`)}>
        <Input id="m-name" name="name" required />
      </Field>
      <Field label={t("region")} htmlFor="m-region">
        <Input id="m-region" name="region" />
      </Field>
      <Field label={t("locales")} htmlFor="m-locales" hint={t("localesHint")} error={errors.locales && t(`common:validation.${errors.locales}`)}>
        <Input id="m-locales" name="locales" placeholder="de-DE, de-AT" dir="ltr" />
      </Field>
      <Field label={t("currency")} htmlFor="m-currency" error={errors.currency && t(`common:validation.${errors.currency}`)}>
        <Input id="m-currency" name="currency" placeholder="EUR" maxLength={3} dir="ltr" />
      </Field>
      <Field label={t("timeZone")} htmlFor="m-tz" error={errors.timeZone && t(`common:validation.${errors.timeZone}`)}>
        <Input id="m-tz" name="timeZone" placeholder="Europe/Berlin" dir="ltr" />
      </Field>
      <Field label={t("fallbackLocale")} htmlFor="m-fallback">
        <Input id="m-fallback" name="fallbackLocale" placeholder="en-US" dir="ltr" />
      </Field>
      <div className="sm:col-span-2">
        <Button type="submit" disabled={pending}>{t("create")}</Button>
      </div>
    </form>
  );
}
