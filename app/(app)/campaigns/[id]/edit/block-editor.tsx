"use client";
// One block of the HQ touchpoint editor: key, type, policy, source text with a character counter
// and live checker findings (debounced), and the move / duplicate / delete controls.
import { findingMessage } from "@/components/findings/finding-message";
import { useEffect, useState, type ReactNode } from "react";
import { useTranslation } from "react-i18next";
import { FormError } from "@/components/form/form-error";
import { useSchemaForm } from "@/components/form/use-schema-form";
import { useServerAction } from "@/components/form/use-server-action";
import { Badge } from "@/components/ui/badge";
import { Button } from "@/components/ui/button";
import { Field, Input, Select, Textarea } from "@/components/ui/field";
import { BLOCK_POLICIES, BLOCK_TYPES, saveBlockSchema } from "@/lib/campaigns/campaign.schemas";
import { checkSourceAction, deleteBlockAction, duplicateBlockAction, moveBlockAction, saveBlockAction } from "@/lib/campaigns/campaigns.actions";
import type { Finding } from "@/lib/core/checker/finding.types";
import { directionOf } from "@/lib/i18n/config";

type Policy = (typeof BLOCK_POLICIES)[number];
export interface EditorBlock {
  id: string;
  key: string;
  type: string;
  policy: Policy;
  sourceText: string;
  maxLength: number | null;
  notes: string;
  assetId: string | null;
  sourceVersion: number;
}
export interface EditorTouchpoint {
  id: string;
  channel: string;
  name: string;
  blocks: EditorBlock[];
}
export type AssetOption = { id: string; title: string; flags: string[] };

function Highlighted({ text, findings }: { text: string; findings: Finding[] }) {
  const ranges = findings.filter((f) => f.end > f.start).sort((a, b) => a.start - b.start);
  const parts: ReactNode[] = [];
  let at = 0;
  ranges.forEach((f, i) => {
    if (f.start < at) return;
    parts.push(text.slice(at, f.start));
    parts.push(
      <mark key={i} title={f.message} className={f.severity === "error" ? "bg-red-200 dark:bg-red-900" : "bg-amber-200 dark:bg-amber-900"}>
        {text.slice(f.start, f.end)}
      </mark>,
    );
    at = f.end;
  });
  parts.push(text.slice(at));
  return <>{parts}</>;
}

export function BlockEditor({
  block,
  touchpoint,
  sourceLocale,
  published,
  assets,
  isFirst,
  isLast,
  onDraft,
}: {
  block: EditorBlock;
  touchpoint: EditorTouchpoint;
  sourceLocale: string;
  published: boolean;
  assets: AssetOption[];
  isFirst: boolean;
  isLast: boolean;
  onDraft: (text: string) => void;
}) {
  const { t } = useTranslation("campaigns");
  const [values, setValues] = useState(block);
  const controls = useServerAction();
  const save = useSchemaForm(saveBlockSchema, saveBlockAction, { invalid: "form" });
  const pending = controls.pending || save.pending;
  const error = save.error ?? controls.error;
  const code = error?.code ?? null;
  const [findings, setFindings] = useState<Finding[]>([]);
  const [checking, setChecking] = useState(false);
  const dirty = JSON.stringify(values) !== JSON.stringify(block);
  const length = [...new Intl.Segmenter(sourceLocale, { granularity: "grapheme" }).segment(values.sourceText)].length;
  const over = values.maxLength ? length > values.maxLength : false;
  const idp = `b-${block.id}`;

  useEffect(() => {
    if (values.type === "image") return;
    const timer = setTimeout(async () => {
      setChecking(true);
      const result = await checkSourceAction({ text: values.sourceText, locale: sourceLocale, channel: touchpoint.channel as never, blockType: values.type as never, maxLength: values.maxLength });
      setChecking(false);
      if (result.ok) setFindings(result.data);
    }, 400);
    return () => clearTimeout(timer);
  }, [values.sourceText, values.type, values.maxLength, sourceLocale, touchpoint.channel]);

  const set = (patch: Partial<EditorBlock>) => {
    setValues((v) => ({ ...v, ...patch }));
    if (patch.sourceText !== undefined) onDraft(patch.sourceText);
  };

  return (
    <li className="rounded-md border border-slate-200 p-3 dark:border-slate-700" aria-labelledby={`${idp}-title`}>
      <div className="mb-2 flex flex-wrap items-center gap-2">
        <h4 id={`${idp}-title`} className="font-mono text-sm" dir="ltr">{values.key}</h4>
        <Badge tone={values.policy === "locked" ? "warning" : "info"}>{t(`policies.${values.policy}`)}</Badge>
        <span className="text-xs text-slate-500">{t("editor.sourceVersion", { version: block.sourceVersion })}</span>
        {dirty ? <span className="text-xs text-amber-700 dark:text-amber-400">{t("editor.unsaved")}</span> : null}
        <BlockControls block={block} isFirst={isFirst} isLast={isLast} pending={pending} run={controls.run} />
      </div>
      <form
        className="grid gap-3 sm:grid-cols-3"
        onSubmit={(e) => {
          e.preventDefault();
          save.submit({ ...values, blockId: block.id, touchpointId: touchpoint.id, type: values.type as never });
        }}
      >
        <Field label={t("editor.key")} htmlFor={`${idp}-key`}>
          <Input id={`${idp}-key`} value={values.key} onChange={(e) => set({ key: e.target.value })} dir="ltr" required />
        </Field>
        <Field label={t("editor.type")} htmlFor={`${idp}-type`}>
          <Select id={`${idp}-type`} value={values.type} onChange={(e) => set({ type: e.target.value })}>
            {BLOCK_TYPES.map((bt) => <option key={bt} value={bt}>{t(`blockTypes.${bt}`)}</option>)}
          </Select>
        </Field>
        <Field label={t("editor.policy")} htmlFor={`${idp}-policy`} hint={t(`policyHints.${values.policy}`)}>
          <Select id={`${idp}-policy`} value={values.policy} onChange={(e) => set({ policy: e.target.value as Policy })}>
            {BLOCK_POLICIES.map((p) => <option key={p} value={p}>{t(`policies.${p}`)}</option>)}
          </Select>
        </Field>
        {values.type === "image" ? (
          <div className="sm:col-span-3">
            <AssetPicker id={`${idp}-asset`} assets={assets} value={values.assetId} onChange={(assetId) => set({ assetId })} />
          </div>
        ) : (
          <div className="sm:col-span-3">
            <Field label={t("editor.source")} htmlFor={`${idp}-source`} hint={t("editor.sourceHint")}>
              <Textarea
                id={`${idp}-source`}
                rows={values.type === "body" ? 4 : 2}
                lang={sourceLocale}
                dir={directionOf(sourceLocale)}
                value={values.sourceText}
                aria-invalid={over || code === "PLACEHOLDER_INVALID"}
                aria-describedby={`${idp}-count ${idp}-findings`}
                onChange={(e) => set({ sourceText: e.target.value })}
              />
            </Field>
            <p id={`${idp}-count`} className={`mt-1 text-xs ${over ? "font-semibold text-red-600 dark:text-red-400" : "text-slate-500"}`} aria-live="polite">
              {values.maxLength ? t("editor.countOf", { count: length, max: values.maxLength }) : t("editor.count", { count: length })}
            </p>
            <SourceFindings id={`${idp}-findings`} text={values.sourceText} locale={sourceLocale} findings={findings} checking={checking} />
          </div>
        )}
        <Field label={t("editor.maxLength")} htmlFor={`${idp}-max`}>
          <Input id={`${idp}-max`} type="number" min={1} value={values.maxLength ?? ""} onChange={(e) => set({ maxLength: e.target.value ? Number(e.target.value) : null })} />
        </Field>
        <div className="sm:col-span-2">
          <Field label={t("editor.notes")} htmlFor={`${idp}-notes`}>
            <Textarea id={`${idp}-notes`} rows={2} value={values.notes} onChange={(e) => set({ notes: e.target.value })} />
          </Field>
        </div>
        <div className="flex flex-wrap items-center gap-3 sm:col-span-3">
          <Button type="submit" disabled={pending || !dirty}>{t("editor.saveBlock")}</Button>
          {published && values.sourceText !== block.sourceText ? <p className="text-xs text-amber-700 dark:text-amber-400">{t("editor.publishedNote")}</p> : null}
          <FormError code={code} ns="campaigns" />
          {code === "PLACEHOLDER_INVALID" && error?.message ? <p className="text-xs text-red-600" dir="ltr">{error.message}</p> : null}
        </div>
      </form>
    </li>
  );
}

/** The source text with its findings highlighted, and the findings listed (a live region). */
function SourceFindings({ id, text, locale, findings, checking }: { id: string; text: string; locale: string; findings: Finding[]; checking: boolean }) {
  const { t } = useTranslation("campaigns");
  return (
    <div id={id} aria-live="polite" className="mt-2 text-sm">
      {checking ? <p className="text-xs text-slate-500">{t("editor.checking")}</p> : null}
      {findings.length > 0 ? (
        <>
          <p className="whitespace-pre-wrap rounded bg-slate-50 p-2 dark:bg-slate-800" lang={locale} dir={directionOf(locale)}>
            <Highlighted text={text} findings={findings} />
          </p>
          <ul className="mt-1 space-y-0.5">
            {findings.map((f, i) => (
              <li key={i} className={f.severity === "error" ? "text-red-700 dark:text-red-400" : f.severity === "warning" ? "text-amber-700 dark:text-amber-400" : "text-slate-600"}>
                                        <span data-code={f.code}>{findingMessage(t, f)}</span>
              </li>
            ))}
          </ul>
        </>
      ) : null}
    </div>
  );
}

function AssetPicker({ id, assets, value, onChange }: { id: string; assets: AssetOption[]; value: string | null; onChange: (assetId: string | null) => void }) {
  const { t } = useTranslation("campaigns");
  return (
    <Field label={t("editor.asset")} htmlFor={id}>
      <Select id={id} value={value ?? ""} onChange={(e) => onChange(e.target.value || null)}>
        <option value="">{t("editor.noAsset")}</option>
        {assets.map((a) => (
          <option key={a.id} value={a.id}>
            {a.title}
            {a.flags.map((f) => ` ⚠ ${t(f === "retired" ? "editor.assetRetired" : f === "draft" ? "editor.assetDraft" : "editor.assetRightsExpired")}`).join("")}
          </option>
        ))}
      </Select>
    </Field>
  );
}

/** Move, duplicate and delete: each a server action of its own, refreshed when it succeeds. */
function BlockControls({
  block,
  isFirst,
  isLast,
  pending,
  run,
}: {
  block: EditorBlock;
  isFirst: boolean;
  isLast: boolean;
  pending: boolean;
  run: ReturnType<typeof useServerAction>["run"];
}) {
  const { t } = useTranslation("campaigns");
  return (
    <div className="ms-auto flex gap-1">
      <Button variant="ghost" disabled={isFirst || pending} onClick={() => run(() => moveBlockAction({ blockId: block.id, direction: "up" }))} aria-label={`${t("editor.moveUp")}: ${block.key}`}>↑</Button>
      <Button variant="ghost" disabled={isLast || pending} onClick={() => run(() => moveBlockAction({ blockId: block.id, direction: "down" }))} aria-label={`${t("editor.moveDown")}: ${block.key}`}>↓</Button>
      <Button variant="ghost" disabled={pending} onClick={() => run(() => duplicateBlockAction({ blockId: block.id }))}>{t("editor.duplicate")}</Button>
      <Button variant="ghost" disabled={pending} onClick={() => window.confirm(t("editor.confirmDelete")) && run(() => deleteBlockAction({ blockId: block.id }))}>{t("editor.delete")}</Button>
    </div>
  );
}
