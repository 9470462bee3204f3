"use client";
// One block of the editor: source beside target (in the variant's language and direction), live
// findings with one-click fixes, translation-memory suggestions, back-translation, omission and
// image alternates, and what HQ changed when the block is outdated.
import { findingMessage } from "@/components/findings/finding-message";
import { useEffect, useRef, useState } from "react";
import { useTranslation } from "react-i18next";
import { Badge } from "@/components/ui/badge";
import { OriginBadge } from "./origin-badge";
import { Button } from "@/components/ui/button";
import { inputClass } from "@/components/ui/field";
import type { Finding } from "@/lib/core/checker/finding.types";
import { directionOf } from "@/lib/i18n/config";
import type { VariantEditorData } from "@/lib/variants/get-variant-editor";
import { checkVariantBlockAction, findSuggestionsAction } from "@/lib/variants/variants.actions";

export interface BlockDraft {
  target: string;
  backTranslation: string;
  omitted: boolean;
  omitReason: string;
  assetId: string | null;
  keepAsIs: boolean;
}

type Block = VariantEditorData["blocks"][number];
type Suggestion = { id: string; sourceText: string; targetText: string; score: number };

const CHECK_DEBOUNCE_MS = 150;
const BACK_TRANSLATION_TYPES = new Set(["headline", "subheadline", "cta"]);

/** The approved rendering a term finding proposes, if any. */
function replacementOf(f: Finding): string | null {
  const approved = (f.data as { approved?: { text?: string } | null }).approved;
  return approved?.text ?? null;
}

export function BlockRow({
  variantId,
  block,
  draft,
  outdated,
  findings,
  locale,
  sourceLocale,
  editable,
  active,
  openComments,
  textareaRef,
  onFocus,
  onChange,
  onFindings,
}: {
  variantId: string;
  block: Block;
  draft: BlockDraft;
  outdated: boolean;
  findings: Finding[];
  locale: string;
  sourceLocale: string;
  editable: boolean;
  active: boolean;
  openComments: number;
  textareaRef: (el: HTMLTextAreaElement | null) => void;
  onFocus: () => void;
  onChange: (patch: Partial<BlockDraft>) => void;
  onFindings: (findings: Finding[]) => void;
}) {
  const { t } = useTranslation("variants");
  const [suggestions, setSuggestions] = useState<Suggestion[] | null>(null);
  const checkTimer = useRef<ReturnType<typeof setTimeout> | null>(null);
  const checkSeq = useRef(0);
  const dir = directionOf(locale);
  const locked = block.policy === "locked";
  const readOnly = !editable || locked;
  const targetId = `target-${block.blockId}`;

  useEffect(() => {
    if (!active || suggestions !== null || locked || block.type === "image" || !block.source.trim()) return;
    let cancelled = false;
    void findSuggestionsAction({ variantId, blockId: block.blockId }).then((r) => {
      if (!cancelled) setSuggestions(r.ok ? r.data : []);
    });
    return () => {
      cancelled = true;
    };
  }, [active, suggestions, locked, block, variantId]);

  function recheck(text: string, omitted: boolean) {
    if (checkTimer.current) clearTimeout(checkTimer.current);
    if (omitted) return onFindings([]);
    const seq = ++checkSeq.current;
    checkTimer.current = setTimeout(async () => {
      const result = await checkVariantBlockAction({ variantId, blockId: block.blockId, text });
      // Only the newest answer counts (typing keeps sending).
      if (result.ok && seq === checkSeq.current) onFindings(result.data.findings);
    }, CHECK_DEBOUNCE_MS);
  }

  function setTarget(text: string) {
    onChange({ target: text });
    recheck(text, draft.omitted);
  }

  function applyFix(f: Finding) {
    const replacement = replacementOf(f);
    if (!replacement) return;
    const text = f.end > f.start ? draft.target.slice(0, f.start) + replacement + draft.target.slice(f.end) : `${draft.target}${draft.target && !draft.target.endsWith(" ") ? " " : ""}${replacement}`;
    setTarget(text);
  }

  function onKeyDown(e: React.KeyboardEvent<HTMLTextAreaElement>) {
    if (e.ctrlKey && e.shiftKey && /^Digit[1-9]$/.test(e.code)) {
      const s = suggestions?.[Number(e.code.slice(5)) - 1];
      if (s) {
        e.preventDefault();
        setTarget(s.targetText);
      }
    } else if (e.altKey && e.key.toLowerCase() === "i") {
      const fix = findings.find((f) => replacementOf(f));
      if (fix) {
        e.preventDefault();
        applyFix(fix);
      }
    }
  }

  const errors = findings.filter((f) => f.severity === "error").length;
  const warnings = findings.filter((f) => f.severity === "warning").length;

  return (
    <article
      id={`block-${block.blockId}`}
      tabIndex={-1}
      aria-labelledby={`label-${block.blockId}`}
      className={`rounded-lg border bg-white p-3 dark:bg-slate-900 ${active ? "border-brand-500 ring-1 ring-brand-500" : "border-slate-200 dark:border-slate-800"}`}
    >
      <header className="mb-2 flex flex-wrap items-center gap-2 text-sm">
        <h3 id={`label-${block.blockId}`} className="font-mono font-semibold" dir="ltr">
          {/* The API key is "touchpointId:key" when a key repeats across touchpoints; here the touchpoint heading says which. */}
          {block.key.slice(block.key.indexOf(":") + 1)}
        </h3>
        <Badge>{t(`blockTypes.${block.type}`, { defaultValue: block.type })}</Badge>
        <Badge tone={locked ? "neutral" : block.policy === "optional" ? "info" : "success"}>{t(`policies.${block.policy}`)}</Badge>
        {block.maxLength ? <span className="text-xs text-slate-500">{t("maxLength", { max: block.maxLength, length: draft.target.length })}</span> : null}
        <OriginBadge origin={block.origin} confirmed={block.confirmed} />
        {outdated ? <Badge tone="warning">{t("outdated.badge")}</Badge> : null}
        {errors ? <Badge tone="danger">{t("findings.errors", { n: errors })}</Badge> : null}
        {warnings ? <Badge tone="warning">{t("findings.warnings", { n: warnings })}</Badge> : null}
        {openComments ? <Badge tone="info">{t("comments.open", { n: openComments })}</Badge> : null}
      </header>
      {block.notes ? <p className="mb-2 text-xs text-slate-600 dark:text-slate-400">{t("notes")}: {block.notes}</p> : null}
      {outdated && block.sourceChange ? (
        <div className="mb-2 rounded-md bg-amber-50 p-2 text-sm dark:bg-amber-950/40">
          <p className="mb-1 font-medium">{t("outdated.changed", { from: block.sourceChange.fromVersion, to: block.sourceChange.toVersion })}</p>
          <p lang={sourceLocale} dir={directionOf(sourceLocale)}>
            {block.sourceChange.parts.map((p, i) =>
              p.op === "equal" ? <span key={i}>{p.text}</span> : p.op === "insert" ? <ins key={i} className="bg-emerald-200 no-underline dark:bg-emerald-800">{p.text}</ins> : <del key={i} className="bg-red-200 dark:bg-red-900">{p.text}</del>,
            )}
          </p>
          {editable ? (
            <Button variant="secondary" className="mt-2" onClick={() => onChange({ keepAsIs: true })} disabled={draft.keepAsIs}>
              {t("outdated.keep")}
            </Button>
          ) : null}
        </div>
      ) : null}
      <div className="grid grid-cols-1 gap-3 md:grid-cols-2">
        <div>
          <p className="mb-1 text-xs font-medium uppercase text-slate-500">{t("source")}</p>
          <p className="whitespace-pre-wrap rounded-md bg-slate-50 p-2 text-sm dark:bg-slate-800" lang={sourceLocale} dir={directionOf(sourceLocale)}>
            {block.type === "image" ? (block.hqAsset?.title ?? "—") : block.source || "—"}
          </p>
        </div>
        <div>
          <label htmlFor={targetId} className="mb-1 block text-xs font-medium uppercase text-slate-500">
            {t("target", { locale })}
          </label>
          {block.type === "image" ? (
            <select
              id={targetId}
              className={inputClass}
              disabled={!editable}
              value={draft.assetId ?? ""}
              onFocus={onFocus}
              onChange={(e) => onChange({ assetId: e.target.value || null })}
            >
              <option value="">{t("image.hq", { title: block.hqAsset?.title ?? "—" })}</option>
              {block.alternates.map((a) => (
                <option key={a.id} value={a.id}>{t("image.alternate", { title: a.title })}</option>
              ))}
            </select>
          ) : (
            <textarea
              id={targetId}
              ref={textareaRef}
              className={`${inputClass} min-h-20`}
              lang={locale}
              dir={dir}
              value={locked ? block.source : draft.target}
              readOnly={readOnly}
              disabled={draft.omitted}
              aria-invalid={errors > 0}
              aria-describedby={`findings-${block.blockId}`}
              onFocus={onFocus}
              onKeyDown={onKeyDown}
              onChange={(e) => setTarget(e.target.value)}
            />
          )}
          {locked ? <p className="mt-1 text-xs text-slate-500">{t("lockedHint")}</p> : null}
        </div>
      </div>
      <div id={`findings-${block.blockId}`} aria-live="polite" className="mt-2">
        {findings.length > 0 ? (
          <ul className="space-y-1 text-sm">
            {findings.map((f, i) => {
              const replacement = replacementOf(f);
              return (
                <li key={`${f.code}-${f.start}-${i}`} className="flex flex-wrap items-start gap-2">
                  <Badge tone={f.severity === "error" ? "danger" : f.severity === "warning" ? "warning" : "neutral"}>{t(`severity.${f.severity}`)}</Badge>
                  <span>
                    {findingMessage(t, f)}
                    {f.end > f.start ? (
                      <q className="ms-1 font-medium" lang={locale} dir={dir}>{draft.target.slice(f.start, f.end)}</q>
                    ) : null}
                  </span>
                  {replacement && editable && !locked ? (
                    <Button variant="secondary" className="!py-0.5 !text-xs" onClick={() => applyFix(f)}>
                      {t("findings.insert")} <span lang={locale} dir={dir}>{replacement}</span>
                    </Button>
                  ) : null}
                </li>
              );
            })}
          </ul>
        ) : null}
      </div>
      {active && suggestions && suggestions.length > 0 && !locked ? (
        <div className="mt-2">
          <p className="text-xs font-medium uppercase text-slate-500">{t("suggestions.title")}</p>
          <ol className="mt-1 space-y-1 text-sm">
            {suggestions.map((s, i) => (
              <li key={s.id} className="flex items-start gap-2">
                <kbd className="rounded border px-1 text-xs" aria-label={t("suggestions.shortcut", { n: i + 1 })}>⌃⇧{i + 1}</kbd>
                <Badge tone={s.score === 100 ? "success" : "info"}>{s.score}%</Badge>
                <button type="button" disabled={!editable} className="text-start underline-offset-2 hover:underline" lang={locale} dir={dir} onClick={() => setTarget(s.targetText)}>
                  {s.targetText}
                </button>
              </li>
            ))}
          </ol>
        </div>
      ) : null}
      {BACK_TRANSLATION_TYPES.has(block.type) && !locked ? (
        <div className="mt-2">
          <label htmlFor={`bt-${block.blockId}`} className="block text-xs font-medium text-slate-500">{t("backTranslation")}</label>
          <input
            id={`bt-${block.blockId}`}
            className={inputClass}
            value={draft.backTranslation}
            readOnly={!editable}
            onFocus={onFocus}
            onChange={(e) => onChange({ backTranslation: e.target.value })}
          />
        </div>
      ) : null}
      {block.policy === "optional" ? (
        <div className="mt-2 flex flex-wrap items-center gap-2 text-sm">
          <label className="flex items-center gap-1">
            <input
              type="checkbox"
              checked={draft.omitted}
              disabled={!editable || (!draft.omitted && !draft.omitReason.trim())}
              onChange={(e) => {
                onChange({ omitted: e.target.checked });
                recheck(draft.target, e.target.checked);
              }}
            />
            {t("omit.label")}
          </label>
          <label htmlFor={`omit-${block.blockId}`} className="sr-only">{t("omit.reason")}</label>
          <input
            id={`omit-${block.blockId}`}
            className={`${inputClass} max-w-sm`}
            placeholder={t("omit.reason")}
            value={draft.omitReason}
            readOnly={!editable}
            onChange={(e) => onChange({ omitReason: e.target.value })}
          />
        </div>
      ) : null}
    </article>
  );
}
