"use client";
// Touchpoint and block editor for HQ: keyboard-friendly controls (buttons for move up/down,
// duplicate, delete), character counters, live checker findings with highlighted ranges
// (debounced server action) and a live preview beside each touchpoint.
import { findingMessage } from "@/components/findings/finding-message";
import { useRouter } from "next/navigation";
import { useEffect, useState, useTransition, type ReactNode } from "react";
import { useTranslation } from "react-i18next";
import { FormError } from "@/components/form/form-error";
import { TouchpointPreview } from "@/components/preview/touchpoint-preview";
import { Badge } from "@/components/ui/badge";
import { Button } from "@/components/ui/button";
import { Field, Input, Select, Textarea } from "@/components/ui/field";
import { BLOCK_POLICIES, BLOCK_TYPES, CHANNELS } from "@/lib/campaigns/campaign.schemas";
import {
  addTouchpointAction,
  checkSourceAction,
  copyBlockAction,
  deleteBlockAction,
  deleteTouchpointAction,
  duplicateBlockAction,
  moveBlockAction,
  saveBlockAction,
} from "@/lib/campaigns/campaigns.actions";
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
type AssetOption = { id: string; title: string; flags: string[] };

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

function BlockEditor({
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
  const router = useRouter();
  const [pending, start] = useTransition();
  const [values, setValues] = useState(block);
  const [code, setCode] = useState<string | null>(null);
  const [codeMessage, setCodeMessage] = useState<string | null>(null);
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

  const run = (fn: () => Promise<{ ok: boolean; error?: { code: string; message: string } }>) =>
    start(async () => {
      const result = await fn();
      if (!result.ok) {
        setCode(result.error!.code);
        setCodeMessage(result.error!.message);
        return;
      }
      setCode(null);
      setCodeMessage(null);
      router.refresh();
    });
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
        <div className="ms-auto flex gap-1">
          <Button variant="ghost" disabled={isFirst || pending} onClick={() => run(() => moveBlockAction({ blockId: block.id, direction: "up" }))} aria-label={`${t("editor.moveUp")}: ${block.key}`}>↑</Button>
          <Button variant="ghost" disabled={isLast || pending} onClick={() => run(() => moveBlockAction({ blockId: block.id, direction: "down" }))} aria-label={`${t("editor.moveDown")}: ${block.key}`}>↓</Button>
          <Button variant="ghost" disabled={pending} onClick={() => run(() => duplicateBlockAction({ blockId: block.id }))}>{t("editor.duplicate")}</Button>
          <Button variant="ghost" disabled={pending} onClick={() => window.confirm(t("editor.confirmDelete")) && run(() => deleteBlockAction({ blockId: block.id }))}>{t("editor.delete")}</Button>
        </div>
      </div>
      <form
        className="grid gap-3 sm:grid-cols-3"
        onSubmit={(e) => {
          e.preventDefault();
          run(() => saveBlockAction({ ...values, blockId: block.id, touchpointId: touchpoint.id, type: values.type as never }));
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
            <Field label={t("editor.asset")} htmlFor={`${idp}-asset`}>
              <Select id={`${idp}-asset`} value={values.assetId ?? ""} onChange={(e) => set({ assetId: e.target.value || null })}>
                <option value="">{t("editor.noAsset")}</option>
                {assets.map((a) => (
                  <option key={a.id} value={a.id}>
                    {a.title}
                    {a.flags.map((f) => ` ⚠ ${t(f === "retired" ? "editor.assetRetired" : f === "draft" ? "editor.assetDraft" : "editor.assetRightsExpired")}`).join("")}
                  </option>
                ))}
              </Select>
            </Field>
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
            <div id={`${idp}-findings`} aria-live="polite" className="mt-2 text-sm">
              {checking ? <p className="text-xs text-slate-500">{t("editor.checking")}</p> : null}
              {findings.length > 0 ? (
                <>
                  <p className="whitespace-pre-wrap rounded bg-slate-50 p-2 dark:bg-slate-800" lang={sourceLocale} dir={directionOf(sourceLocale)}>
                    <Highlighted text={values.sourceText} findings={findings} />
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
          {code === "PLACEHOLDER_INVALID" && codeMessage ? <p className="text-xs text-red-600" dir="ltr">{codeMessage}</p> : null}
        </div>
      </form>
    </li>
  );
}

function ReusePicker({ touchpointId, blocks }: { touchpointId: string; blocks: { id: string; label: string }[] }) {
  const { t } = useTranslation("campaigns");
  const router = useRouter();
  const [q, setQ] = useState("");
  const [pending, start] = useTransition();
  const [code, setCode] = useState<string | null>(null);
  const shown = blocks.filter((b) => b.label.toLowerCase().includes(q.toLowerCase())).slice(0, 20);
  return (
    <details className="mt-3 text-sm">
      <summary className="cursor-pointer text-brand-700 dark:text-brand-100">{t("editor.reuse")}</summary>
      <label className="sr-only" htmlFor={`reuse-${touchpointId}`}>{t("editor.reuseSearch")}</label>
      <Input id={`reuse-${touchpointId}`} className="mt-2" placeholder={t("editor.reuseSearch")} value={q} onChange={(e) => setQ(e.target.value)} />
      <ul className="mt-2 max-h-60 space-y-1 overflow-auto">
        {shown.length === 0 ? <li className="text-slate-500">{t("editor.reuseNone")}</li> : null}
        {shown.map((b) => (
          <li key={b.id} className="flex items-center justify-between gap-2">
            <span className="truncate">{b.label}</span>
            <Button variant="secondary" disabled={pending} onClick={() => start(async () => {
              const r = await copyBlockAction({ blockId: b.id, touchpointId });
              setCode(r.ok ? null : r.error.code);
              if (r.ok) router.refresh();
            })}>{t("editor.reuseCopy")}</Button>
          </li>
        ))}
      </ul>
      <FormError code={code} ns="campaigns" />
    </details>
  );
}

export function TouchpointsEditor({
  campaignId,
  touchpoints,
  sourceLocale,
  published,
  assets,
  reusable = [],
}: {
  campaignId: string;
  touchpoints: EditorTouchpoint[];
  sourceLocale: string;
  published: boolean;
  assets: AssetOption[];
  reusable?: { id: string; label: string }[];
}) {
  const { t } = useTranslation("campaigns");
  const router = useRouter();
  const [pending, start] = useTransition();
  const [code, setCode] = useState<string | null>(null);
  const [drafts, setDrafts] = useState<Record<string, string>>({});
  const run = (fn: () => Promise<{ ok: boolean; error?: { code: string } }>) =>
    start(async () => {
      const r = await fn();
      setCode(r.ok ? null : r.error!.code);
      if (r.ok) router.refresh();
    });
  return (
    <section aria-labelledby="tp-editor-h">
      <h2 id="tp-editor-h" className="mb-3 text-lg font-semibold">{t("editor.touchpoints")}</h2>
      <FormError code={code} ns="campaigns" />
      <div className="space-y-8">
        {touchpoints.map((tp) => (
          <div key={tp.id} className="grid gap-4 rounded-lg border border-slate-200 bg-white p-4 lg:grid-cols-5 dark:border-slate-800 dark:bg-slate-900">
            <div className="lg:col-span-3">
              <div className="mb-3 flex items-center gap-2">
                <h3 className="text-base font-semibold">{tp.name}</h3>
                <Badge>{t(`channels.${tp.channel}`)}</Badge>
                <Button variant="ghost" className="ms-auto" disabled={pending} onClick={() => window.confirm(t("editor.deleteTouchpoint")) && run(() => deleteTouchpointAction({ touchpointId: tp.id }))}>{t("editor.deleteTouchpoint")}</Button>
              </div>
              <ol className="space-y-3">
                {tp.blocks.map((b, i) => (
                  <BlockEditor
                    key={`${b.id}-${b.sourceVersion}-${b.key}`}
                    block={b}
                    touchpoint={tp}
                    sourceLocale={sourceLocale}
                    published={published}
                    assets={assets}
                    isFirst={i === 0}
                    isLast={i === tp.blocks.length - 1}
                    onDraft={(text) => setDrafts((d) => ({ ...d, [b.id]: text }))}
                  />
                ))}
              </ol>
              <form
                className="mt-3 flex flex-wrap items-end gap-2"
                onSubmit={(e) => {
                  e.preventDefault();
                  const f = new FormData(e.currentTarget);
                  const type = String(f.get("type"));
                  const taken = new Set(tp.blocks.map((b) => b.key));
                  let key = type;
                  for (let n = 2; taken.has(key); n++) key = `${type}-${n}`;
                  run(() => saveBlockAction({ touchpointId: tp.id, key, type: type as never, policy: "translate", sourceText: "", notes: "" }));
                }}
              >
                <label className="sr-only" htmlFor={`add-type-${tp.id}`}>{t("editor.type")}</label>
                <Select id={`add-type-${tp.id}`} name="type" className="w-48">
                  {BLOCK_TYPES.map((bt) => <option key={bt} value={bt}>{t(`blockTypes.${bt}`)}</option>)}
                </Select>
                <Button type="submit" variant="secondary" disabled={pending}>{t("editor.addBlock")}</Button>
              </form>
              <ReusePicker touchpointId={tp.id} blocks={reusable} />
            </div>
            <aside className="lg:col-span-2" aria-label={`${t("overview.preview")}: ${tp.name}`}>
              <div className="lg:sticky lg:top-20">
                <TouchpointPreview
                  channel={tp.channel}
                  name={tp.name}
                  locale={sourceLocale}
                  blocks={tp.blocks.map((b) => ({ key: b.key, type: b.type, text: drafts[b.id] ?? b.sourceText }))}
                />
              </div>
            </aside>
          </div>
        ))}
      </div>
      <form
        className="mt-6 flex flex-wrap items-end gap-2"
        onSubmit={(e) => {
          e.preventDefault();
          const form = e.currentTarget;
          const f = new FormData(form);
          run(async () => {
            const r = await addTouchpointAction({ campaignId, channel: String(f.get("channel")) as never, name: String(f.get("name")) });
            if (r.ok) form.reset();
            return r;
          });
        }}
      >
        <Field label={t("editor.touchpointName")} htmlFor="new-tp-name">
          <Input id="new-tp-name" name="name" required />
        </Field>
        <Field label={t("list.channel")} htmlFor="new-tp-channel">
          <Select id="new-tp-channel" name="channel">
            {CHANNELS.map((c) => <option key={c} value={c}>{t(`channels.${c}`)}</option>)}
          </Select>
        </Field>
        <Button type="submit" disabled={pending}>{t("editor.addTouchpoint")}</Button>
      </form>
    </section>
  );
}
