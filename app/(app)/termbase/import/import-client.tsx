"use client";
import { useState } from "react";
import { useTranslation } from "react-i18next";
import { fileToBase64 } from "@/components/form/file-to-base64";
import { FormError } from "@/components/form/form-error";
import { useServerAction } from "@/components/form/use-server-action";
import { Button } from "@/components/ui/button";
import { Field, Input } from "@/components/ui/field";
import { importTermbaseAction } from "@/lib/termbase/termbase.actions";

type Problem = { code: string; message: string; line?: number; column?: number; path?: string; market?: string };
type Report = { created: number; updated: number; skipped: number; terms: { created: number; updated: number } };

function formatOf(name: string): "tbx" | "csv" | null {
  const lower = name.toLowerCase();
  // Excel saves tab-separated "Unicode text" as .txt; the CSV reader detects the separator.
  if (lower.endsWith(".csv") || lower.endsWith(".tsv") || lower.endsWith(".txt")) return "csv";
  if (lower.endsWith(".tbx") || lower.endsWith(".xml")) return "tbx";
  return null;
}

export function ImportForm({ maxMb, canCreateMarkets }: { maxMb: number; canCreateMarkets: boolean }) {
  const { t } = useTranslation("termbase");
  const { pending, error, setError, run } = useServerAction();
  const code = error?.code ?? null;
  const [problems, setProblems] = useState<Problem[]>([]);
  const [report, setReport] = useState<Report | null>(null);
  const [badFile, setBadFile] = useState(false);
  const [lastFile, setLastFile] = useState<File | null>(null);
  const missingMarkets = problems.filter((p) => p.code === "MARKET_MISSING" && p.market).map((p) => p.market!);
  const start = (file: File, createMissingMarkets: boolean) => {
    setReport(null);
    setProblems([]);
    setError(null);
    setLastFile(file);
    run(
      async () => {
        const result = await importTermbaseAction({ format: formatOf(file.name)!, fileName: file.name, fileBase64: await fileToBase64(file), createMissingMarkets });
        if (!result.ok && result.error.code === "IMPORT_INVALID" && Array.isArray(result.error.details)) setProblems(result.error.details as Problem[]);
        return result;
      },
      { onSuccess: setReport },
    );
  };
  return (
    <form
      data-testid="termbase-import-form"
      aria-label={t("import.title")}
      className="space-y-3"
      onSubmit={(e) => {
        e.preventDefault();
        const file = (new FormData(e.currentTarget).get("file") as File | null) ?? null;
        setReport(null);
        setProblems([]);
        setError(null);
        if (!file || !formatOf(file.name)) return setBadFile(true);
        if (file.size > maxMb * 1024 * 1024) return setError({ code: "PAYLOAD_TOO_LARGE" });
        setBadFile(false);
        start(file, false);
      }}
    >
      <Field label={t("import.file")} htmlFor="termbase-file" hint={t("import.fileHint", { mb: maxMb })} error={badFile ? t("import.unknownFormat") : null}>
        <Input id="termbase-file" name="file" type="file" accept=".tbx,.xml,.csv,.tsv,.txt,application/x-tbx+xml,text/xml,application/xml,text/csv,text/tab-separated-values,text/plain" required />
      </Field>
      <Button type="submit" disabled={pending}>{pending ? t("import.running") : t("import.submit")}</Button>
      <div aria-live="polite">
        {code && problems.length === 0 ? <FormError code={code} ns="termbase" /> : null}
        {problems.length > 0 ? (
          <div role="alert" className="rounded-md border border-red-300 bg-red-50 p-3 text-sm dark:border-red-800 dark:bg-red-950" data-testid="import-problems">
            <p className="font-medium text-red-800 dark:text-red-200">{t("import.problems")}</p>
            <p className="text-xs text-red-700 dark:text-red-300">{t("import.problemCount", { count: problems.length })}</p>
            <ol className="mt-2 max-h-80 list-decimal space-y-1 overflow-auto ps-5">
              {problems.map((p, i) => (
                <li key={i}>
                  {p.line ? <span className="font-medium">{t("import.line", { line: p.line })}{p.column ? `, ${t("import.column", { column: p.column })}` : ""}: </span> : null}
                  {p.path ? <code className="me-1 text-xs" dir="ltr">{p.path}</code> : null}
                  <span dir="ltr">{p.message}</span> <span className="text-xs text-slate-500">({p.code})</span>
                </li>
              ))}
            </ol>
            {canCreateMarkets && lastFile && missingMarkets.length > 0 && missingMarkets.length === problems.length ? (
              <Button type="button" className="mt-3" disabled={pending} onClick={() => start(lastFile, true)} data-testid="import-create-markets">
                {t("import.createMarkets", { markets: missingMarkets.join(", ") })}
              </Button>
            ) : null}
          </div>
        ) : null}
        {report ? (
          <div role="status" className="rounded-md border border-emerald-300 bg-emerald-50 p-3 text-sm dark:border-emerald-800 dark:bg-emerald-950" data-testid="import-report">
            <p className="font-medium">{t("import.done")}</p>
            <dl className="mt-2 grid grid-cols-2 gap-x-4 gap-y-1 sm:grid-cols-5">
              <dt>{t("import.created")}</dt>
              <dd className="font-mono" data-testid="import-created">{report.created}</dd>
              <dt>{t("import.updated")}</dt>
              <dd className="font-mono" data-testid="import-updated">{report.updated}</dd>
              <dt>{t("import.skipped")}</dt>
              <dd className="font-mono" data-testid="import-skipped">{report.skipped}</dd>
              <dt>{t("import.termsCreated")}</dt>
              <dd className="font-mono">{report.terms.created}</dd>
              <dt>{t("import.termsUpdated")}</dt>
              <dd className="font-mono">{report.terms.updated}</dd>
            </dl>
          </div>
        ) : null}
      </div>
    </form>
  );
}
