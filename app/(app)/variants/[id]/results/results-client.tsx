"use client";
import { useState } from "react";
import { useTranslation } from "react-i18next";
import { FormError } from "@/components/form/form-error";
import type { FieldErrors } from "@/components/form/field-errors";
import { useSchemaForm } from "@/components/form/use-schema-form";
import { useServerAction } from "@/components/form/use-server-action";
import { Button } from "@/components/ui/button";
import { Field, Input, Select } from "@/components/ui/field";
import { resultSchema } from "@/lib/results/result.schemas";
import { importResultsCsvAction, recordResultAction } from "@/lib/results/results.actions";

type Problem = { line: number; column?: string; code: string };

function issueKey(issue: { code: string; params?: unknown; message: string }): string {
  const code = (issue.params as { code?: string } | undefined)?.code;
  return code ?? issue.code;
}

/** Errors keyed by the whole path ("exposed.users"): the two groups have the same fields. */
function resultFieldErrors(issues: ReadonlyArray<{ path: PropertyKey[]; code: string; params?: unknown; message: string }>): FieldErrors {
  const next: FieldErrors = {};
  for (const issue of issues) next[issue.path.join(".")] ??= issueKey(issue);
  return next;
}

export function RecordResultForm({ variantId }: { variantId: string }) {
  const { t } = useTranslation("results");
  const [kind, setKind] = useState<"rate" | "mean">("rate");
  const [hasHoldout, setHasHoldout] = useState(true);
  const [saved, setSaved] = useState(false);
  const { pending, error, errors, handleSubmit } = useSchemaForm(resultSchema, (result) => recordResultAction({ variantId, result }), {
    toFieldErrors: resultFieldErrors,
    onSubmit: () => setSaved(false),
  });
  const num = (v: FormDataEntryValue | null) => (v === null || String(v).trim() === "" ? undefined : Number(v));
  const err = (path: string) => (errors[path] ? t(`validation.${errors[path]}`, { defaultValue: t("validation.invalid") }) : undefined);

  return (
    <form
      className="grid grid-cols-1 gap-3 sm:grid-cols-2"
      onSubmit={handleSubmit(
        (f) => {
          const group = (prefix: string) =>
            kind === "rate"
              ? { users: num(f.get(`${prefix}Users`)), conversions: num(f.get(`${prefix}Conversions`)) }
              : { users: num(f.get(`${prefix}Users`)), mean: num(f.get(`${prefix}Mean`)), sd: num(f.get(`${prefix}Sd`)) };
          return {
            metric: f.get("metric"),
            kind,
            period: { from: f.get("from"), to: f.get("to") },
            exposed: group("exposed"),
            ...(hasHoldout ? { holdout: group("holdout") } : {}),
          };
        },
        {
          onSuccess: (_, form) => {
            setSaved(true);
            form.reset();
          },
        },
      )}
    >
      <FormError code={error?.code} ns="results" />
      <Field label={t("fields.metric")} htmlFor="r-metric" error={err("metric")} hint={t("fields.metricHint")}>
        <Input id="r-metric" name="metric" required maxLength={120} />
      </Field>
      <Field label={t("fields.kind")} htmlFor="r-kind">
        <Select id="r-kind" value={kind} onChange={(e) => setKind(e.target.value as "rate" | "mean")}>
          <option value="rate">{t("kind.rate")}</option>
          <option value="mean">{t("kind.mean")}</option>
        </Select>
      </Field>
      <Field label={t("fields.from")} htmlFor="r-from" error={err("period.from")}>
        <Input id="r-from" name="from" type="date" required />
      </Field>
      <Field label={t("fields.to")} htmlFor="r-to" error={err("period.to")}>
        <Input id="r-to" name="to" type="date" required />
      </Field>
      {(["exposed", "holdout"] as const).map((prefix) =>
        prefix === "holdout" && !hasHoldout ? null : (
          <fieldset key={prefix} className="space-y-2 rounded-md border border-slate-200 p-3 sm:col-span-2 dark:border-slate-700">
            <legend className="px-1 text-sm font-medium">{t(`fields.${prefix}`)}</legend>
            <div className="grid grid-cols-1 gap-3 sm:grid-cols-3">
              <Field label={t("fields.users")} htmlFor={`r-${prefix}-users`} error={err(`${prefix}.users`)}>
                <Input id={`r-${prefix}-users`} name={`${prefix}Users`} type="number" min={1} step={1} required inputMode="numeric" />
              </Field>
              {kind === "rate" ? (
                <Field label={t("fields.conversions")} htmlFor={`r-${prefix}-conv`} error={err(`${prefix}.conversions`)}>
                  <Input id={`r-${prefix}-conv`} name={`${prefix}Conversions`} type="number" min={0} step={1} required inputMode="numeric" />
                </Field>
              ) : (
                <>
                  <Field label={t("fields.mean")} htmlFor={`r-${prefix}-mean`} error={err(`${prefix}.mean`)}>
                    <Input id={`r-${prefix}-mean`} name={`${prefix}Mean`} type="number" step="any" required />
                  </Field>
                  <Field label={t("fields.sd")} htmlFor={`r-${prefix}-sd`} error={err(`${prefix}.sd`)}>
                    <Input id={`r-${prefix}-sd`} name={`${prefix}Sd`} type="number" min={0} step="any" required />
                  </Field>
                </>
              )}
            </div>
          </fieldset>
        ),
      )}
      <label className="flex items-center gap-2 text-sm sm:col-span-2">
        <input type="checkbox" checked={hasHoldout} onChange={(e) => setHasHoldout(e.target.checked)} />
        {t("fields.hasHoldout")}
      </label>
      {!hasHoldout ? <p className="text-sm text-amber-700 sm:col-span-2 dark:text-amber-300">{t("explain.NO_HOLDOUT")}</p> : null}
      <div className="flex items-center gap-3 sm:col-span-2">
        <Button type="submit" disabled={pending}>{t("form.submit")}</Button>
        <p role="status" aria-live="polite" className="text-sm text-emerald-700 dark:text-emerald-300">{saved ? t("form.saved") : ""}</p>
      </div>
    </form>
  );
}

export function ResultsCsvUpload({ variantId }: { variantId: string }) {
  const { t } = useTranslation("results");
  const { pending, error, run } = useServerAction();
  const [imported, setImported] = useState<number | null>(null);
  const problems = ((error?.details as { problems?: Problem[] } | undefined)?.problems ?? []).slice(0, 200);
  return (
    <form
      className="space-y-3"
      onSubmit={(e) => {
        e.preventDefault();
        const form = e.currentTarget;
        const file = (form.elements.namedItem("csv") as HTMLInputElement).files?.[0];
        if (!file) return;
        run(async () => importResultsCsvAction({ variantId, csv: await file.text() }), {
          onSuccess: (data) => {
            setImported(data.length);
            form.reset();
          },
        });
      }}
    >
      <p className="text-sm text-slate-600 dark:text-slate-400">{t("csv.help")}</p>
      <pre className="overflow-x-auto rounded bg-slate-100 p-2 text-xs dark:bg-slate-800" dir="ltr">
        metric,kind,period_from,period_to,exposed_users,exposed_conversions,holdout_users,holdout_conversions{"\n"}first purchase,rate,2026-10-01,2026-10-31,10000,620,10000,550
      </pre>
      <Field label={t("csv.file")} htmlFor="r-csv">
        <Input id="r-csv" name="csv" type="file" accept=".csv,text/csv" required />
      </Field>
      <Button type="submit" disabled={pending}>{t("csv.upload")}</Button>
      <div aria-live="polite">
        {imported !== null && !error ? <p role="status" className="text-sm text-emerald-700 dark:text-emerald-300">{t("csv.imported", { count: imported })}</p> : null}
        <FormError code={error?.code} ns="results" />
        {problems.length > 0 ? (
          <table className="mt-2 w-full text-sm">
            <caption className="text-start font-medium">{t("csv.problems", { count: problems.length })}</caption>
            <thead>
              <tr>
                <th scope="col" className="text-start">{t("csv.line")}</th>
                <th scope="col" className="text-start">{t("csv.column")}</th>
                <th scope="col" className="text-start">{t("csv.problem")}</th>
              </tr>
            </thead>
            <tbody>
              {problems.map((p, i) => (
                <tr key={i}>
                  <td className="tabular-nums">{p.line}</td>
                  <td dir="ltr" className="text-start">{p.column ?? "—"}</td>
                  <td>{t(`errors.${p.code}`, { defaultValue: p.code })}</td>
                </tr>
              ))}
            </tbody>
          </table>
        ) : null}
      </div>
    </form>
  );
}
