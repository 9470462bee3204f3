"use client";
// "Export XLIFF" / "Import XLIFF" for the variant editor: downloads through the session route
// app/api/variants/[id]/xliff, uploads through a server action (all-or-nothing: on problems
// nothing is written and they are listed by unit id).
import { useId, useState } from "react";
import { useTranslation } from "react-i18next";
import { fileToBase64 } from "@/components/form/file-to-base64";
import { FormError } from "@/components/form/form-error";
import { useServerAction } from "@/components/form/use-server-action";
import { Button, buttonClass } from "@/components/ui/button";
import { importVariantXliffAction } from "@/lib/exchange/exchange.actions";
import type { ImportProblem } from "@/lib/exchange/exchange.schemas";

export function VariantXliffControls({ variantId, canImport }: { variantId: string; canImport: boolean }) {
  const { t } = useTranslation("exchange");
  const id = useId();
  const [version, setVersion] = useState<"2.0" | "1.2">("2.0");
  const { pending, error, run } = useServerAction();
  const [problems, setProblems] = useState<ImportProblem[]>([]);
  const [report, setReport] = useState<string | null>(null);
  return (
    <section aria-labelledby={`${id}-title`} className="rounded-lg border border-slate-200 p-3 dark:border-slate-700">
      <h2 id={`${id}-title`} className="mb-2 text-sm font-semibold">{t("xliff.title")}</h2>
      <div className="flex flex-wrap items-end gap-3">
        <label className="text-sm">
          <span className="block text-xs text-slate-600 dark:text-slate-400">{t("xliff.version")}</span>
          <select
            value={version}
            onChange={(e) => setVersion(e.target.value as "2.0" | "1.2")}
            className="rounded-md border border-slate-300 bg-white px-2 py-1 text-sm dark:border-slate-600 dark:bg-slate-900"
          >
            <option value="2.0">XLIFF 2.0</option>
            <option value="1.2">XLIFF 1.2</option>
          </select>
        </label>
        <a href={`/api/variants/${encodeURIComponent(variantId)}/xliff?version=${version}`} download className={buttonClass("secondary")}>
          {t("xliff.export")}
        </a>
        {canImport ? (
          <form
            className="flex flex-wrap items-end gap-2"
            onSubmit={(e) => {
              e.preventDefault();
              const form = e.currentTarget;
              const file = (form.elements.namedItem("xliff") as HTMLInputElement).files?.[0];
              if (!file) return;
              setReport(null);
              setProblems([]);
              run(
                async () => {
                  const result = await importVariantXliffAction({ variantId, fileBase64: await fileToBase64(file) });
                  if (!result.ok) setProblems((result.error.details as { problems?: ImportProblem[] } | undefined)?.problems ?? []);
                  return result;
                },
                {
                  onSuccess: (data) => {
                    setReport(data.notice ? t("xliff.noUnits") : t("xliff.imported", { updated: data.updated, unchanged: data.unchanged, untranslated: data.untranslated }));
                    form.reset();
                  },
                },
              );
            }}
          >
            <label className="text-sm">
              <span className="block text-xs text-slate-600 dark:text-slate-400">{t("xliff.file")}</span>
              <input name="xliff" type="file" required accept=".xlf,.xliff,.xml,application/xliff+xml" className="text-sm" />
            </label>
            <Button type="submit" disabled={pending}>{pending ? t("xliff.importing") : t("xliff.import")}</Button>
          </form>
        ) : null}
      </div>
      <div aria-live="polite" className="mt-2 space-y-2 text-sm">
        {report ? <p className="text-emerald-700 dark:text-emerald-400">{report}</p> : null}
        <FormError code={error?.code} ns="exchange" />
        {problems.length ? (
          <div>
            <p>{t("xliff.problems")}</p>
            <ul className="mt-1 list-disc space-y-1 ps-5" dir="ltr">
              {problems.map((p, i) => (
                <li key={i}>
                  {p.unitId ? <code className="me-1 text-xs">{p.unitId}</code> : null}
                  {p.line ? <span className="me-1 text-xs text-slate-500">L{p.line}</span> : null}
                  <code className="me-1 text-xs font-semibold">{p.code}</code>
                  {p.message}
                </li>
              ))}
            </ul>
          </div>
        ) : null}
      </div>
    </section>
  );
}
