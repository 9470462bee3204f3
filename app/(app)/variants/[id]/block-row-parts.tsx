"use client";
// Parts of one editor block (see block-row.tsx): what HQ changed, the findings with their fixes,
// translation-memory suggestions and the omission of an optional block.
import { OriginBadge } from "./origin-badge";
import { findingMessage } from "@/components/findings/finding-message";
import { useEffect, useRef, useState } from "react";
import { useTranslation } from "react-i18next";
import { Badge } from "@/components/ui/badge";
import { Button } from "@/components/ui/button";
import { inputClass } from "@/components/ui/field";
import type { Finding } from "@/lib/core/checker/finding.types";
import { directionOf } from "@/lib/i18n/config";
import type { VariantEditorData } from "@/lib/variants/get-variant-editor";
import { checkVariantBlockAction, findSuggestionsAction } from "@/lib/variants/variants.actions";
import type { BlockDraft } from "./block-row";

type Block = VariantEditorData["blocks"][number];
export type Suggestion = { id: string; sourceText: string; targetText: string; score: number };

/** The approved rendering a term finding proposes, if any. */
export function replacementOf(f: Finding): string | null {
  const approved = (f.data as { approved?: { text?: string } | null }).approved;
  return approved?.text ?? null;
}

export function SourceChange({
  block,
  sourceLocale,
  editable,
  draft,
  onChange,
}: {
  block: Block;
  sourceLocale: string;
  editable: boolean;
  draft: BlockDraft;
  onChange: (patch: Partial<BlockDraft>) => void;
}) {
  const { t } = useTranslation("variants");
  if (!block.sourceChange) return null;
  return (
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
  );
}

export function BlockFindings({
  findings,
  draft,
  locale,
  canFix,
  onFix,
}: {
  findings: Finding[];
  draft: BlockDraft;
  locale: string;
  canFix: boolean;
  onFix: (f: Finding) => void;
}) {
  const { t } = useTranslation("variants");
  const dir = directionOf(locale);
  if (findings.length === 0) return null;
  return (
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
            {replacement && canFix ? (
              <Button variant="secondary" className="!py-0.5 !text-xs" onClick={() => onFix(f)}>
                {t("findings.insert")} <span lang={locale} dir={dir}>{replacement}</span>
              </Button>
            ) : null}
          </li>
        );
      })}
    </ul>
  );
}

export function Suggestions({ suggestions, locale, editable, onPick }: { suggestions: Suggestion[]; locale: string; editable: boolean; onPick: (text: string) => void }) {
  const { t } = useTranslation("variants");
  const dir = directionOf(locale);
  return (
    <div className="mt-2">
      <p className="text-xs font-medium uppercase text-slate-500">{t("suggestions.title")}</p>
      <ol className="mt-1 space-y-1 text-sm">
        {suggestions.map((s, i) => (
          <li key={s.id} className="flex items-start gap-2">
            <kbd className="rounded border px-1 text-xs" aria-label={t("suggestions.shortcut", { n: i + 1 })}>⌃⇧{i + 1}</kbd>
            <Badge tone={s.score === 100 ? "success" : "info"}>{s.score}%</Badge>
            <button type="button" disabled={!editable} className="text-start underline-offset-2 hover:underline" lang={locale} dir={dir} onClick={() => onPick(s.targetText)}>
              {s.targetText}
            </button>
          </li>
        ))}
      </ol>
    </div>
  );
}

export function OmitControls({
  block,
  draft,
  editable,
  onChange,
  onOmit,
}: {
  block: Block;
  draft: BlockDraft;
  editable: boolean;
  onChange: (patch: Partial<BlockDraft>) => void;
  onOmit: (omitted: boolean) => void;
}) {
  const { t } = useTranslation("variants");
  return (
    <div className="mt-2 flex flex-wrap items-center gap-2 text-sm">
      <label className="flex items-center gap-1">
        <input
          type="checkbox"
          checked={draft.omitted}
          disabled={!editable || (!draft.omitted && !draft.omitReason.trim())}
          onChange={(e) => {
            onChange({ omitted: e.target.checked });
            onOmit(e.target.checked);
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
  );
}

export function BlockHeader({
  block,
  draft,
  outdated,
  findings,
  openComments,
}: {
  block: Block;
  draft: BlockDraft;
  outdated: boolean;
  findings: Finding[];
  openComments: number;
}) {
  const { t } = useTranslation("variants");
  const locked = block.policy === "locked";
  const errors = findings.filter((f) => f.severity === "error").length;
  const warnings = findings.filter((f) => f.severity === "warning").length;
  return (
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
  );
}

/** What an editable field of a block gets from the row. */
type FieldProps = { block: Block; draft: BlockDraft; editable: boolean; onFocus: () => void; onChange: (patch: Partial<BlockDraft>) => void };

export function ImageTarget({
  id,
  block,
  draft,
  editable,
  onFocus,
  onChange,
}: FieldProps & { id: string }) {
  const { t } = useTranslation("variants");
  return (
    <select
      id={id}
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
  );
}

export function BackTranslationField({
  block,
  draft,
  editable,
  onFocus,
  onChange,
}: FieldProps) {
  const { t } = useTranslation("variants");
  return (
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
  );
}

/** The target with a finding's approved rendering put in its place (or appended when it has no range). */
export function withFix(target: string, f: Finding, replacement: string): string {
  if (f.end > f.start) return target.slice(0, f.start) + replacement + target.slice(f.end);
  return `${target}${target && !target.endsWith(" ") ? " " : ""}${replacement}`;
}

/** Translation-memory suggestions, fetched once the block is first active. */
export function useSuggestions(variantId: string, block: Block, active: boolean): Suggestion[] | null {
  const [suggestions, setSuggestions] = useState<Suggestion[] | null>(null);
  const locked = block.policy === "locked";
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
  return suggestions;
}

const CHECK_DEBOUNCE_MS = 150;

/** Re-checks a block's target while the user types (debounced); an omitted block has no findings. */
export function useBlockCheck(variantId: string, blockId: string, onFindings: (findings: Finding[]) => void) {
  const checkTimer = useRef<ReturnType<typeof setTimeout> | null>(null);
  const checkSeq = useRef(0);
  return function recheck(text: string, omitted: boolean) {
    if (checkTimer.current) clearTimeout(checkTimer.current);
    if (omitted) return onFindings([]);
    const seq = ++checkSeq.current;
    checkTimer.current = setTimeout(async () => {
      const result = await checkVariantBlockAction({ variantId, blockId, text });
      // Only the newest answer counts (typing keeps sending).
      if (result.ok && seq === checkSeq.current) onFindings(result.data.findings);
    }, CHECK_DEBOUNCE_MS);
  };
}
