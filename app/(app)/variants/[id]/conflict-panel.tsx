"use client";
// Shown when a save hit VERSION_CONFLICT: per changed block, the other person's text and mine;
// pick mine, theirs or edit, then save again against their version.
import { useState } from "react";
import { useTranslation } from "react-i18next";
import { Button } from "@/components/ui/button";
import { inputClass } from "@/components/ui/field";
import { directionOf } from "@/lib/i18n/config";
import type { VariantEditorData } from "@/lib/variants/get-variant-editor";

export interface Conflict {
  theirs: { version: number; blocks: Array<{ blockId: string; key: string; target: string }> };
  /** blockId → the text I tried to save. */
  mine: Record<string, string>;
}

export function ConflictPanel({
  conflict,
  blocks,
  locale,
  onResolve,
}: {
  conflict: Conflict;
  blocks: VariantEditorData["blocks"];
  locale: string;
  onResolve: (choices: Record<string, string>) => void;
}) {
  const { t } = useTranslation("variants");
  const ids = Object.keys(conflict.mine);
  const theirsOf = (id: string) => conflict.theirs.blocks.find((b) => b.blockId === id)?.target ?? "";
  const [chosen, setChosen] = useState<Record<string, string>>(() => Object.fromEntries(ids.map((id) => [id, conflict.mine[id]!])));
  const dir = directionOf(locale);
  return (
    <section role="alertdialog" aria-labelledby="conflict-title" className="rounded-lg border border-red-300 bg-red-50 p-4 dark:border-red-800 dark:bg-red-950/40">
      <h2 id="conflict-title" className="text-base font-semibold">{t("conflict.title")}</h2>
      <p className="mb-3 text-sm">{t("conflict.description", { version: conflict.theirs.version })}</p>
      <ul className="space-y-4">
        {ids.map((id) => {
          const key = blocks.find((b) => b.blockId === id)?.key ?? id;
          return (
            <li key={id} className="space-y-2">
              <p className="font-mono text-sm font-semibold" dir="ltr">{key}</p>
              <div className="grid grid-cols-1 gap-2 md:grid-cols-2">
                <div>
                  <p className="text-xs uppercase text-slate-500">{t("conflict.theirs")}</p>
                  <p className="whitespace-pre-wrap rounded bg-white p-2 text-sm dark:bg-slate-900" lang={locale} dir={dir}>{theirsOf(id) || "—"}</p>
                  <Button variant="secondary" className="mt-1" onClick={() => setChosen((c) => ({ ...c, [id]: theirsOf(id) }))}>{t("conflict.useTheirs")}</Button>
                </div>
                <div>
                  <p className="text-xs uppercase text-slate-500">{t("conflict.mine")}</p>
                  <p className="whitespace-pre-wrap rounded bg-white p-2 text-sm dark:bg-slate-900" lang={locale} dir={dir}>{conflict.mine[id] || "—"}</p>
                  <Button variant="secondary" className="mt-1" onClick={() => setChosen((c) => ({ ...c, [id]: conflict.mine[id]! }))}>{t("conflict.useMine")}</Button>
                </div>
              </div>
              <label htmlFor={`merge-${id}`} className="block text-xs font-medium">{t("conflict.result")}</label>
              <textarea id={`merge-${id}`} className={inputClass} lang={locale} dir={dir} value={chosen[id]} onChange={(e) => setChosen((c) => ({ ...c, [id]: e.target.value }))} />
            </li>
          );
        })}
      </ul>
      <div className="mt-3 flex gap-2">
        <Button onClick={() => onResolve(chosen)}>{t("conflict.saveMerged")}</Button>
        <Button variant="secondary" onClick={() => onResolve({})}>{t("conflict.discardMine")}</Button>
      </div>
    </section>
  );
}
