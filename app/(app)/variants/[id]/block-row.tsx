"use client";
// One block of the editor: source beside target (in the variant's language and direction), live
// findings with one-click fixes, translation-memory suggestions, back-translation, omission and
// image alternates, and what HQ changed when the block is outdated.
import { SHORT_BLOCK_TYPES } from "@/lib/core/checker/rules.types";
import { useTranslation } from "react-i18next";
import { inputClass } from "@/components/ui/field";
import type { Finding } from "@/lib/core/checker/finding.types";
import { directionOf } from "@/lib/i18n/config";
import type { VariantEditorData } from "@/lib/variants/get-variant-editor";
import {
  BackTranslationField,
  BlockFindings,
  BlockHeader,
  ImageTarget,
  OmitControls,
  replacementOf,
  SourceChange,
  Suggestions,
  useBlockCheck,
  useSuggestions,
  withFix,
} from "./block-row-parts";

export interface BlockDraft {
  target: string;
  backTranslation: string;
  omitted: boolean;
  omitReason: string;
  assetId: string | null;
  keepAsIs: boolean;
}

type Block = VariantEditorData["blocks"][number];
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
  const suggestions = useSuggestions(variantId, block, active);
  const recheck = useBlockCheck(variantId, block.blockId, onFindings);
  const dir = directionOf(locale);
  const locked = block.policy === "locked";
  const readOnly = !editable || locked;
  const targetId = `target-${block.blockId}`;

  function setTarget(text: string) {
    onChange({ target: text });
    recheck(text, draft.omitted);
  }

  function applyFix(f: Finding) {
    const replacement = replacementOf(f);
    if (!replacement) return;
    setTarget(withFix(draft.target, f, replacement));
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

  return (
    <article
      id={`block-${block.blockId}`}
      tabIndex={-1}
      aria-labelledby={`label-${block.blockId}`}
      className={`rounded-lg border bg-white p-3 dark:bg-slate-900 ${active ? "border-brand-500 ring-1 ring-brand-500" : "border-slate-200 dark:border-slate-800"}`}
    >
      <BlockHeader block={block} draft={draft} outdated={outdated} findings={findings} openComments={openComments} />
      {block.notes ? <p className="mb-2 text-xs text-slate-600 dark:text-slate-400">{t("notes")}: {block.notes}</p> : null}
      {outdated ? <SourceChange block={block} sourceLocale={sourceLocale} editable={editable} draft={draft} onChange={onChange} /> : null}
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
            <ImageTarget id={targetId} block={block} draft={draft} editable={editable} onFocus={onFocus} onChange={onChange} />
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
        <BlockFindings findings={findings} draft={draft} locale={locale} canFix={editable && !locked} onFix={applyFix} />
      </div>
      {active && suggestions && suggestions.length > 0 && !locked ? <Suggestions suggestions={suggestions} locale={locale} editable={editable} onPick={setTarget} /> : null}
      {SHORT_BLOCK_TYPES.has(block.type) && !locked ? <BackTranslationField block={block} draft={draft} editable={editable} onFocus={onFocus} onChange={onChange} /> : null}
      {block.policy === "optional" ? <OmitControls block={block} draft={draft} editable={editable} onChange={onChange} onOmit={(omitted) => recheck(draft.target, omitted)} /> : null}
    </article>
  );
}
