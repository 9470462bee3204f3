"use client";
// Parts of the variant editor (see editor-client.tsx): what one save sends per block, the keyboard
// shortcuts, the counts shown in the status bar, and the per-touchpoint preview.
import { useEffect } from "react";
import { useTranslation } from "react-i18next";
import { TouchpointPreview } from "@/components/preview/touchpoint-preview";
import type { CommentThread } from "@/lib/comments/find-comments";
import { SHORT_BLOCK_TYPES } from "@/lib/core/checker/rules.types";
import type { Finding } from "@/lib/core/checker/finding.types";
import type { VariantEditorData } from "@/lib/variants/get-variant-editor";
import type { BlockDraft } from "./block-row";

type EditorBlock = VariantEditorData["blocks"][number];
export type SaveState = "idle" | "dirty" | "saving" | "saved" | "error" | "conflict";

/** What a save sends for one block: only the fields its type and policy let the user change. */
export function toSavePayload(meta: EditorBlock, d: BlockDraft) {
  return {
    blockId: meta.blockId,
    ...(meta.policy === "locked" || meta.type === "image" ? {} : { target: d.target }),
    ...(SHORT_BLOCK_TYPES.has(meta.type) ? { backTranslation: d.backTranslation || null } : {}),
    ...(meta.policy === "optional" ? { omitted: d.omitted, omitReason: d.omitReason || null } : {}),
    ...(meta.type === "image" ? { assetId: d.assetId } : {}),
    ...(d.keepAsIs ? { keepAsIs: true } : {}),
  };
}

export function groupByTouchpoint(blocks: EditorBlock[]) {
  const groups = new Map<string, { tp: EditorBlock["touchpoint"]; blocks: EditorBlock[] }>();
  for (const b of blocks) {
    const g = groups.get(b.touchpoint.id) ?? { tp: b.touchpoint, blocks: [] };
    g.blocks.push(b);
    groups.set(b.touchpoint.id, g);
  }
  return [...groups.values()];
}

export function countFindings(findings: Record<string, Finding[]>) {
  let errors = 0;
  let warnings = 0;
  for (const list of Object.values(findings)) {
    for (const f of list) {
      if (f.severity === "error") errors++;
      else if (f.severity === "warning") warnings++;
    }
  }
  return { errors, warnings };
}

export function openCommentsByBlock(comments: CommentThread[]) {
  const map = new Map<string, number>();
  for (const c of comments) if (c.blockId && !c.resolvedAt) map.set(c.blockId, (map.get(c.blockId) ?? 0) + 1);
  return map;
}

/** "?" or Ctrl+/ toggles the help, Alt+↑/↓ and Ctrl+Enter move between blocks, Ctrl+S saves. */
export function useEditorShortcuts({
  active,
  focusBlock,
  save,
  setHelpOpen,
}: {
  active: number;
  focusBlock: (index: number) => void;
  save: () => Promise<void>;
  setHelpOpen: (update: (open: boolean) => boolean) => void;
}) {
  useEffect(() => {
    const onKey = (e: KeyboardEvent) => {
      const inField = e.target instanceof HTMLElement && ["TEXTAREA", "INPUT", "SELECT"].includes(e.target.tagName);
      if ((e.key === "?" && !inField) || (e.ctrlKey && e.key === "/")) {
        e.preventDefault();
        setHelpOpen((o) => !o);
      } else if (e.key === "Escape") {
        setHelpOpen(() => false);
      } else if ((e.altKey && e.key === "ArrowDown") || (e.ctrlKey && !e.shiftKey && e.key === "Enter")) {
        e.preventDefault();
        focusBlock(active + 1);
      } else if (e.altKey && e.key === "ArrowUp") {
        e.preventDefault();
        focusBlock(active - 1);
      } else if ((e.ctrlKey || e.metaKey) && e.key.toLowerCase() === "s" && !e.shiftKey) {
        e.preventDefault();
        void save();
      }
    };
    window.addEventListener("keydown", onKey);
    return () => window.removeEventListener("keydown", onKey);
  }, [active, focusBlock, save, setHelpOpen]);
}

export function SaveStatus({
  saveState,
  totals,
  editable,
  onHelp,
}: {
  saveState: SaveState;
  totals: { errors: number; warnings: number };
  editable: boolean;
  onHelp: () => void;
}) {
  const { t } = useTranslation("variants");
  return (
    <div className="flex flex-wrap items-center gap-3 text-sm" role="status" aria-live="polite">
      <span className={saveState === "error" || saveState === "conflict" ? "text-red-700 dark:text-red-300" : "text-slate-600 dark:text-slate-400"}>
        {t(`save.${saveState}`)}
      </span>
      <span className="text-red-700 dark:text-red-300">{t("findings.errors", { n: totals.errors })}</span>
      <span className="text-amber-700 dark:text-amber-300">{t("findings.warnings", { n: totals.warnings })}</span>
      {!editable ? <span className="text-slate-500">{t("readOnly")}</span> : null}
      <button type="button" className="ms-auto text-sm underline" onClick={onHelp} aria-haspopup="dialog">
        {t("shortcuts.open")}
      </button>
    </div>
  );
}

export function TouchpointPreviewDetails({
  tp,
  blocks,
  drafts,
  locale,
}: {
  tp: EditorBlock["touchpoint"];
  blocks: EditorBlock[];
  drafts: Record<string, BlockDraft>;
  locale: string;
}) {
  const { t } = useTranslation("variants");
  return (
    <details className="rounded-lg border border-slate-200 p-3 dark:border-slate-800">
      <summary className="cursor-pointer text-sm font-medium">{t("preview.title")}</summary>
      <div className="mt-3">
        <TouchpointPreview
          channel={tp.channel}
          name={tp.name}
          locale={locale}
          blocks={blocks.map((b) => ({
            key: b.plainKey,
            type: b.type,
            text: b.policy === "locked" ? b.source : drafts[b.blockId]!.target,
            omitted: drafts[b.blockId]!.omitted,
          }))}
        />
      </div>
    </details>
  );
}
