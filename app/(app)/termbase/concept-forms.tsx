"use client";
// Forms of the concept pages: create a concept, edit it, add/edit/delete a term, propose a term.
import { useRouter } from "next/navigation";
import { useState } from "react";
import { useTranslation } from "react-i18next";
import { FormError } from "@/components/form/form-error";
import { useSchemaForm } from "@/components/form/use-schema-form";
import { useServerAction } from "@/components/form/use-server-action";
import { Button } from "@/components/ui/button";
import { Checkbox, Field, Input, Select, Textarea } from "@/components/ui/field";
import {
  addTermAction,
  createConceptAction,
  deleteConceptAction,
  deleteTermAction,
  proposeTermAction,
  updateConceptAction,
  updateTermAction,
} from "@/lib/termbase/termbase.actions";
import { proposeTermSchema, TERM_STATUSES, termFieldsSchema, updateConceptSchema } from "@/lib/termbase/termbase.schemas";
import { EMPTY_TERM, type MarketOption, readTerm, TermFields, type TermValues } from "./term-fields";

export type { MarketOption, TermValues } from "./term-fields";

export function CreateConceptForm({ markets }: { markets: MarketOption[] }) {
  const { t } = useTranslation("termbase");
  const router = useRouter();
  // The first term is checked here (its fields show the problems); the concept's fields are free text.
  const { pending, error, errors, handleSubmit } = useSchemaForm(
    termFieldsSchema,
    (term, f) =>
      createConceptAction({
        subject: String(f?.get("subject") ?? ""),
        definition: String(f?.get("definition") ?? ""),
        note: String(f?.get("note") ?? ""),
        terms: [term],
      }),
    { refresh: "never", onSuccess: (data) => router.push(`/termbase/${data.id}`) },
  );
  const onSubmit = handleSubmit((f) => readTerm(f, ""));
  return (
    <form onSubmit={onSubmit} className="space-y-6" aria-label={t("newConcept")} data-testid="create-concept-form">
      <ConceptFields values={{ subject: null, definition: null, note: null }} />
      <fieldset className="rounded-lg border border-slate-200 p-4 dark:border-slate-700">
        <legend className="px-1 text-sm font-semibold">{t("term.firstTerm")}</legend>
        <TermFields idPrefix="new-term" values={EMPTY_TERM} markets={markets} errors={errors} />
      </fieldset>
      <FormError code={error?.code} ns="termbase" />
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
  const router = useRouter();
  const save = useSchemaForm(updateConceptSchema, updateConceptAction);
  const remove = useServerAction();
  const pending = save.pending || remove.pending;
  const code = save.error?.code ?? remove.error?.code;
  return (
    <details className="rounded-lg border border-slate-200 p-3 dark:border-slate-700">
      <summary className="cursor-pointer text-sm font-medium text-brand-600 dark:text-brand-400">{t("concept.edit")}</summary>
      <form
        className="mt-3 space-y-3"
        onSubmit={save.handleSubmit((f) => ({
          id: concept.id,
          version: concept.version,
          subject: String(f.get("subject") ?? ""),
          definition: String(f.get("definition") ?? ""),
          note: String(f.get("note") ?? ""),
        }))}
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
              remove.run(() => deleteConceptAction({ id: concept.id, version: concept.version }), { onSuccess: () => router.push("/termbase") });
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
  const [open, setOpen] = useState(false);
  const save = useSchemaForm(termFieldsSchema, (values) =>
    term?.id ? updateTermAction({ ...values, id: term.id, version }) : addTermAction({ ...values, conceptId, version }),
  );
  const remove = useServerAction();
  const pending = save.pending || remove.pending;
  const code = save.error?.code ?? remove.error?.code;
  const idPrefix = term?.id ? `term-${term.id}` : "add-term";
  return (
    <details open={open} onToggle={(e) => setOpen(e.currentTarget.open)}>
      <summary className="cursor-pointer text-sm font-medium text-brand-600 dark:text-brand-400" data-testid={term ? `edit-term-${term.id}` : "add-term"}>
        {term ? t("term.edit") : t("term.add")}
      </summary>
      <form
        className="mt-3 space-y-3 rounded-lg border border-slate-200 p-3 dark:border-slate-700"
        onSubmit={save.handleSubmit((f) => readTerm(f, ""), {
          onSuccess: (_, form) => {
            if (!term) form.reset();
            setOpen(false);
          },
        })}
      >
        <TermFields idPrefix={idPrefix} values={term ?? EMPTY_TERM} markets={markets} errors={save.errors} />
        <FormError code={code} ns="termbase" />
        <div className="flex flex-wrap gap-2">
          <Button type="submit" disabled={pending}>{t("term.save")}</Button>
          {term?.id ? (
            <Button
              variant="danger"
              disabled={pending}
              onClick={() => {
                if (window.confirm(t("term.confirmDelete"))) remove.run(() => deleteTermAction({ id: term.id!, version }));
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
  const [sent, setSent] = useState(false);
  const { pending, error, handleSubmit } = useSchemaForm(proposeTermSchema, proposeTermAction, { invalid: "form", onSubmit: () => setSent(false) });
  const propose = handleSubmit(
    (f) => ({
      conceptId: conceptId ?? null,
      locale: String(f.get("locale") ?? ""),
      text: String(f.get("text") ?? ""),
      status: String(f.get("status") ?? "preferred"),
      doNotTranslate: f.get("doNotTranslate") === "on",
      note: String(f.get("note") ?? ""),
    }),
    {
      onSuccess: (_, form) => {
        form.reset();
        setSent(true);
      },
    },
  );
  return (
    <form
      className="space-y-3"
      aria-label={t("propose.title")}
      data-testid="propose-term-form"
      onSubmit={propose}
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
      <Checkbox name="doNotTranslate" label={t("term.doNotTranslate")} />
      <FormError code={error?.code} ns="termbase" />
      {sent ? <p role="status" className="text-sm text-emerald-700 dark:text-emerald-400">{t("propose.sent")}</p> : null}
      <Button type="submit" disabled={pending}>{t("propose.submit")}</Button>
    </form>
  );
}
