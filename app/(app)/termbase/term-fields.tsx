"use client";
// The fields of one term (text, language, status, market, notes, flags), shared by the create,
// add and edit forms of the concept pages, and how they are read back from the form.
import { useTranslation } from "react-i18next";
import type { FieldErrors } from "@/components/form/field-errors";
import { Checkbox, Field, Input, Select, Textarea } from "@/components/ui/field";
import type { TermRow } from "@/lib/termbase/term-snapshot";
import { TERM_STATUSES } from "@/lib/termbase/termbase.schemas";

export type MarketOption = { id: string; code: string; name: string };
// A term as the form edits it: the audited term row, without an id until it is saved.
export type TermValues = Omit<TermRow, "id"> & { id?: string };

export const EMPTY_TERM: TermValues = { locale: "", text: "", status: "preferred", doNotTranslate: false, caseSensitive: false, partOfSpeech: null, usageNote: null, backTranslation: null, marketId: null };

export function readTerm(f: FormData, prefix: string) {
  return {
    locale: String(f.get(`${prefix}locale`) ?? ""),
    text: String(f.get(`${prefix}text`) ?? ""),
    status: String(f.get(`${prefix}status`) ?? "preferred") as (typeof TERM_STATUSES)[number],
    doNotTranslate: f.get(`${prefix}doNotTranslate`) === "on",
    caseSensitive: f.get(`${prefix}caseSensitive`) === "on",
    partOfSpeech: String(f.get(`${prefix}partOfSpeech`) ?? ""),
    usageNote: String(f.get(`${prefix}usageNote`) ?? ""),
    backTranslation: String(f.get(`${prefix}backTranslation`) ?? ""),
    marketId: String(f.get(`${prefix}marketId`) ?? "") || null,
  };
}

export function TermFields({ idPrefix, values, markets, errors }: { idPrefix: string; values: TermValues; markets: MarketOption[]; errors: FieldErrors }) {
  const { t } = useTranslation("termbase");
  const err = (k: string) => (errors[k] ? t(`common:validation.${errors[k]}`) : null);
  const id = (k: string) => `${idPrefix}-${k}`;
  return (
    <div className="grid grid-cols-1 gap-3 sm:grid-cols-2">
      <Field label={t("term.text")} htmlFor={id("text")} error={err("text")}>
        <Input id={id("text")} name="text" defaultValue={values.text} required maxLength={500} dir="auto" />
      </Field>
      <Field label={t("term.locale")} htmlFor={id("locale")} error={err("locale")}>
        <Input id={id("locale")} name="locale" defaultValue={values.locale} required placeholder="de-DE" dir="ltr" list="termbase-locales" />
      </Field>
      <Field label={t("term.status")} htmlFor={id("status")}>
        <Select id={id("status")} name="status" defaultValue={values.status}>
          {TERM_STATUSES.map((s) => (
            <option key={s} value={s}>{t(`status.${s}`)}</option>
          ))}
        </Select>
      </Field>
      <Field label={t("term.market")} htmlFor={id("marketId")}>
        <Select id={id("marketId")} name="marketId" defaultValue={values.marketId ?? ""}>
          <option value="">{t("term.noMarket")}</option>
          {markets.map((m) => (
            <option key={m.id} value={m.id}>{m.code} · {m.name}</option>
          ))}
        </Select>
      </Field>
      <Field label={t("term.backTranslation")} htmlFor={id("backTranslation")}>
        <Input id={id("backTranslation")} name="backTranslation" defaultValue={values.backTranslation ?? ""} maxLength={500} />
      </Field>
      <Field label={t("term.partOfSpeech")} htmlFor={id("partOfSpeech")}>
        <Input id={id("partOfSpeech")} name="partOfSpeech" defaultValue={values.partOfSpeech ?? ""} maxLength={40} />
      </Field>
      <div className="sm:col-span-2">
        <Field label={t("term.usageNote")} htmlFor={id("usageNote")}>
          <Textarea id={id("usageNote")} name="usageNote" rows={2} defaultValue={values.usageNote ?? ""} maxLength={2000} />
        </Field>
      </div>
      <div className="flex flex-wrap gap-4 sm:col-span-2">
        <Checkbox name="doNotTranslate" label={t("term.doNotTranslate")} defaultChecked={values.doNotTranslate} />
        <Checkbox name="caseSensitive" label={t("term.caseSensitive")} defaultChecked={values.caseSensitive} />
      </div>
    </div>
  );
}
