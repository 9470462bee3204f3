"use client";
// The variant editor: blocks (source beside target), live findings, TM suggestions, autosave with
// version-conflict merge, preview, workflow and comments. Keyboard-first; "?" lists the shortcuts.
import { useCallback, useMemo, useRef, useState } from "react";
import { useTranslation } from "react-i18next";
import { FormError } from "@/components/form/form-error";
import type { Finding } from "@/lib/core/checker/finding.types";
import type { CommentThread } from "@/lib/comments/find-comments";
import type { VariantEditorData } from "@/lib/variants/get-variant-editor";
import { BlockRow } from "./block-row";
import { CommentsPanel } from "./comments-panel";
import { ConflictPanel } from "./conflict-panel";
import { countFindings, groupByTouchpoint, openCommentsByBlock, SaveStatus, TouchpointPreviewDetails, useEditorShortcuts } from "./editor-parts";
import { useAutosave } from "./use-autosave";
import { PretranslatePanel } from "./pretranslate-panel";
import { ShortcutHelp } from "./shortcut-help";
import { WorkflowPanel } from "./workflow-panel";

type Person = { id: string; email: string; name: string };

export function EditorClient({ data, comments, people, actorId }: { data: VariantEditorData; comments: CommentThread[]; people: Person[]; actorId: string }) {
  const { t } = useTranslation("variants");
  const [findings, setFindings] = useState<Record<string, Finding[]>>(() => Object.fromEntries(data.blocks.map((b) => [b.blockId, b.findings])));
  const [active, setActive] = useState(0);
  const [helpOpen, setHelpOpen] = useState(false);
  const refs = useRef<Array<HTMLTextAreaElement | null>>([]);
  const { drafts, outdated, version, saveState, errorCode, conflict, save, change, resolveConflict } = useAutosave(data);

  const focusBlock = useCallback(
    (index: number) => {
      const next = Math.max(0, Math.min(data.blocks.length - 1, index));
      setActive(next);
      const el = refs.current[next];
      if (el) el.focus();
      else document.getElementById(`block-${data.blocks[next]!.blockId}`)?.focus();
    },
    [data.blocks],
  );

  useEditorShortcuts({ active, focusBlock, save, setHelpOpen });
  const touchpoints = useMemo(() => groupByTouchpoint(data.blocks), [data.blocks]);
  const totals = useMemo(() => countFindings(findings), [findings]);
  const commentsByBlock = useMemo(() => openCommentsByBlock(comments), [comments]);

  return (
    <div className="grid grid-cols-1 gap-6 xl:grid-cols-[minmax(0,1fr)_22rem]">
      <div className="min-w-0 space-y-4">
        <SaveStatus saveState={saveState} totals={totals} editable={data.permissions.edit} onHelp={() => setHelpOpen(true)} />
        {data.permissions.edit ? <PretranslatePanel variantId={data.id} version={version} blocks={data.blocks} /> : null}
        <FormError code={errorCode} ns="variants" />
        {conflict ? (
          <ConflictPanel
            conflict={conflict}
            blocks={data.blocks}
            locale={data.locale}
            onResolve={resolveConflict}
          />
        ) : null}
        {touchpoints.map(({ tp, blocks }) => (
          <section key={tp.id} aria-labelledby={`tp-${tp.id}`} className="space-y-3">
            <h2 id={`tp-${tp.id}`} className="text-lg font-semibold">
              {tp.name} <span className="text-sm font-normal text-slate-500">({t(`channels.${tp.channel}`, { defaultValue: tp.channel })})</span>
            </h2>
            {blocks.map((b) => {
              const index = data.blocks.indexOf(b);
              return (
                <BlockRow
                  key={b.blockId}
                  variantId={data.id}
                  block={b}
                  draft={drafts[b.blockId]!}
                  outdated={outdated[b.blockId] ?? false}
                  findings={findings[b.blockId] ?? []}
                  locale={data.locale}
                  sourceLocale={data.campaign.sourceLocale}
                  editable={data.permissions.edit}
                  active={index === active}
                  openComments={commentsByBlock.get(b.blockId) ?? 0}
                  textareaRef={(el) => {
                    refs.current[index] = el;
                  }}
                  onFocus={() => setActive(index)}
                  onChange={(patch) => change(b.blockId, patch)}
                  onFindings={(list) => setFindings((all) => ({ ...all, [b.blockId]: list }))}
                />
              );
            })}
            <TouchpointPreviewDetails tp={tp} blocks={blocks} drafts={drafts} locale={data.locale} />
          </section>
        ))}
      </div>
      <aside className="space-y-4" aria-label={t("sidebar")}>
        <WorkflowPanel data={data} liveErrors={totals.errors} beforeTransition={save} />
        <CommentsPanel variantId={data.id} threads={comments} blocks={data.blocks} people={people} canComment={data.permissions.comment} actorId={actorId} />
      </aside>
      {helpOpen ? <ShortcutHelp onClose={() => setHelpOpen(false)} /> : null}
    </div>
  );
}
