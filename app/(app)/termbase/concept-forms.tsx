"use client";
// Forms of the concept pages: create a concept, edit it, add/edit/delete a term, propose a term.
import type { ActionResult } from "@/lib/actions/action-client";
import type { TermRow } from "@/lib/termbase/term-snapshot";
import { useRouter } from "next/navigation";
import { useState, type FormEvent } from "react";
import { useTranslation } from "react-i18next";
import { fieldErrors, type FieldErrors } from "@/components/form/field-errors";
import { FormError } from "@/components/form/form-error";
import { useServerAction } from "@/components/form/use-server-action";
import { Button } from "@/components/ui/button";
import { Field, Input, Select, Textarea } from "@/components/ui/field";
import {
  addTermAction,
  createConceptAction,
  deleteConceptAction,
  deleteTermAction,
  proposeTermAction,
  updateConceptAction,
  updateTermAction,
} from "@/lib/termbase/termbase.actions";
import { TERM_STATUSES, termFieldsSchema } from "@/lib/termbase/termbase.schemas";

export type MarketOption = { id: string; code: string; name: string };
// A term as the form edits it: the audited term row, without an id until it is saved.
export type TermValues = Omit<TermRow, "id"> & { id?: string };

const EMPTY_TERM: TermValues = { locale: "", text: "", status: "preferred", doNotTranslate: false, caseSensitive: false, partOfSpeech: null, usageNote: null, backTranslation: null, marketId: null };

function readTerm(f: FormData, prefix: string) {
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

function TermFields({ idPrefix, values, markets, errors }: { idPrefix: string; values: TermValues; markets: MarketOption[]; errors: FieldErrors }) {
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
        <label className="flex items-center gap-2 text-sm">
          <input type="checkbox" name="doNotTranslate" defaultChecked={values.doNotTranslate} /> {t("term.doNotTranslate")}
        </label>
        <label className="flex items-center gap-2 text-sm">
          <input type="checkbox" name="caseSensitive" defaultChecked={values.caseSensitive} /> {t("term.caseSensitive")}
        </label>
      </div>
    </div>
  );
}

/** useServerAction, plus the server's field problems (zod issues in `details`) shown at their fields. */
function useSubmit() {
  const router = useRouter();
  const { pending, error, run: runAction } = useServerAction();
  const [errors, setErrors] = useState<FieldErrors>({});
  const run = <T,>(action: () => Promise<ActionResult<T>>, onOk?: () => void) =>
    runAction(
      async () => {
        const result = await action();
        const details = result.ok ? undefined : result.error.details;
        setErrors(Array.isArray(details) ? fieldErrors(details.map((d: { path: string; code: string; message: string }) => ({ ...d, path: [d.path.split(".")[0] ?? "_"] }))) : {});
        return result;
      },
      { onSuccess: onOk },
    );
  return { pending, code: error?.code ?? null, errors, setErrors, run, router };
}

export function CreateConceptForm({ markets }: { markets: MarketOption[] }) {
  const { t } = useTranslation("termbase");
  const { pending, code, errors, setErrors, run, router } = useSubmit();
  const onSubmit = (e: FormEvent<HTMLFormElement>) => {
    e.preventDefault();
    const f = new FormData(e.currentTarget);
    const term = termFieldsSchema.safeParse(readTerm(f, ""));
    if (!term.success) return setErrors(fieldErrors(term.error.issues));
    run(async () => {
      const result = await createConceptAction({
        subject: String(f.get("subject") ?? ""),
        definition: String(f.get("definition") ?? ""),
        note: String(f.get("note") ?? ""),
        terms: [term.data],
      });
      if (result.ok) router.push(`/termbase/${result.data.id}`);
      return result;
    });
  };
  return (
    <form onSubmit={onSubmit} className="space-y-6" aria-label={t("newConcept")} data-testid="create-concept-form">
      <ConceptFields values={{ subject: null, definition: null, note: null }} />
      <fieldset className="rounded-lg border border-slate-200 p-4 dark:border-slate-700">
        <legend className="px-1 text-sm font-semibold">{t("term.firstTerm")}</legend>
        <TermFields idPrefix="new-term" values={EMPTY_TERM} markets={markets} errors={errors} />
      </fieldset>
      <FormError code={code} ns="termbase" />
      <Button type="submit" disabled={pending}>{t("newConcept")}</Button>
    </form>
  );
}

function ConceptFields({ values }: { values: { subject: string | null; definition: string | null; note: string | null } }) {
  const { t } = useTranslation("termbase");
  return (
    <div className="grid grid-cols-1 gap-3">
      <Field label={t("concept.subject")} htmlFor="concept-subject">
        <Input id="concept-subject" name="subject" defaultValue={values.subject ?? ""} maxLength={120} />
      </Field>
      <Field label={t("concept.definition")} htmlFor="concept-definition">
        <Textarea id="concept-definition" name="definition" rows={3} defaultValue={values.definition ?? ""} maxLength={4000} />
      </Field>
      <Field label={t("concept.note")} htmlFor="concept-note">
        <Textarea id="concept-note" name="note" rows={2} defaultValue={values.note ?? ""} maxLength={4000} />
      </Field>
    </div>
  );
}

export function EditConceptForm({ concept }: { concept: { id: string; version: number; subject: string | null; definition: string | null; note: string | null } }) {
  const { t } = useTranslation("termbase");
  const { pending, code, run, router } = useSubmit();
  return (
    <details className="rounded-lg border border-slate-200 p-3 dark:border-slate-700">
      <summary className="cursor-pointer text-sm font-medium text-brand-600 dark:text-brand-400">{t("concept.edit")}</summary>
      <form
        className="mt-3 space-y-3"
        onSubmit={(e) => {
          e.preventDefault();
          const f = new FormData(e.currentTarget);
          run(() =>
            updateConceptAction({
              id: concept.id,
              version: concept.version,
              subject: String(f.get("subject") ?? ""),
              definition: String(f.get("definition") ?? ""),
              note: String(f.get("note") ?? ""),
            }),
          );
        }}
      >
        <ConceptFields values={concept} />
        <FormError code={code} ns="termbase" />
        <div className="flex flex-wrap gap-2">
          <Button type="submit" disabled={pending}>{t("concept.save")}</Button>
          <Button
            variant="danger"
            disabled={pending}
            onClick={() => {
              if (!window.confirm(t("concept.confirmDelete"))) return;
              run(async () => {
                const result = await deleteConceptAction({ id: concept.id, version: concept.version });
                if (result.ok) router.push("/termbase");
                return result;
              });
            }}
          >
            {t("concept.delete")}
          </Button>
        </div>
      </form>
    </details>
  );
}

export function TermForm({ conceptId, version, markets, term }: { conceptId: string; version: number; markets: MarketOption[]; term?: TermValues }) {
  const { t } = useTranslation("termbase");
  const { pending, code, errors, setErrors, run } = useSubmit();
  const [open, setOpen] = useState(false);
  const idPrefix = term?.id ? `term-${term.id}` : "add-term";
  return (
    <details open={open} onToggle={(e) => setOpen(e.currentTarget.open)}>
      <summary className="cursor-pointer text-sm font-medium text-brand-600 dark:text-brand-400" data-testid={term ? `edit-term-${term.id}` : "add-term"}>
        {term ? t("term.edit") : t("term.add")}
      </summary>
      <form
        className="mt-3 space-y-3 rounded-lg border border-slate-200 p-3 dark:border-slate-700"
        onSubmit={(e) => {
          e.preventDefault();
          const form = e.currentTarget;
          const values = termFieldsSchema.safeParse(readTerm(new FormData(form), ""));
          if (!values.success) return setErrors(fieldErrors(values.error.issues));
          run(
            () => (term?.id ? updateTermAction({ ...values.data, id: term.id, version }) : addTermAction({ ...values.data, conceptId, version })),
            () => {
              if (!term) form.reset();
              setOpen(false);
            },
          );
        }}
      >
        <TermFields idPrefix={idPrefix} values={term ?? EMPTY_TERM} markets={markets} errors={errors} />
        <FormError code={code} ns="termbase" />
        <div className="flex flex-wrap gap-2">
          <Button type="submit" disabled={pending}>{t("term.save")}</Button>
          {term?.id ? (
            <Button
              variant="danger"
              disabled={pending}
              onClick={() => {
                if (window.confirm(t("term.confirmDelete"))) run(() => deleteTermAction({ id: term.id!, version }));
              }}
            >
              {t("term.delete")}
            </Button>
          ) : null}
        </div>
      </form>
    </details>
  );
}

export function ProposeTermForm({ conceptId, locales }: { conceptId?: string; locales: string[] }) {
  const { t } = useTranslation("termbase");
  const { pending, code, run } = useSubmit();
  const [sent, setSent] = useState(false);
  return (
    <form
      className="space-y-3"
      aria-label={t("propose.title")}
      data-testid="propose-term-form"
      onSubmit={(e) => {
        e.preventDefault();
        const form = e.currentTarget;
        const f = new FormData(form);
        setSent(false);
        run(
          () =>
            proposeTermAction({
              conceptId: conceptId ?? null,
              locale: String(f.get("locale") ?? ""),
              text: String(f.get("text") ?? ""),
              status: String(f.get("status") ?? "preferred") as (typeof TERM_STATUSES)[number],
              doNotTranslate: f.get("doNotTranslate") === "on",
              note: String(f.get("note") ?? ""),
            }),
          () => {
            form.reset();
            setSent(true);
          },
        );
      }}
    >
      <p className="text-sm text-slate-600 dark:text-slate-400">{t("propose.hint")}</p>
      <div className="grid grid-cols-1 gap-3 sm:grid-cols-3">
        <Field label={t("term.text")} htmlFor="propose-text">
          <Input id="propose-text" name="text" required maxLength={500} dir="auto" />
        </Field>
        <Field label={t("term.locale")} htmlFor="propose-locale">
          <Select id="propose-locale" name="locale">
            {locales.map((l) => (
              <option key={l} value={l}>{l}</option>
            ))}
          </Select>
        </Field>
        <Field label={t("term.status")} htmlFor="propose-status">
          <Select id="propose-status" name="status" defaultValue="preferred">
            {TERM_STATUSES.map((s) => (
              <option key={s} value={s}>{t(`status.${s}`)}</option>
            ))}
          </Select>
        </Field>
      </div>
      <Field label={t("propose.note")} htmlFor="propose-note">
        <Textarea id="propose-note" name="note" rows={2} maxLength={2000} />
      </Field>
      <label className="flex items-center gap-2 text-sm">
        <input type="checkbox" name="doNotTranslate" /> {t("term.doNotTranslate")}
      </label>
      <FormError code={code} ns="termbase" />
      {sent ? <p role="status" className="text-sm text-emerald-700 dark:text-emerald-400">{t("propose.sent")}</p> : null}
      <Button type="submit" disabled={pending}>{t("propose.submit")}</Button>
    </form>
  );
}
