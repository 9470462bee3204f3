"use client";
// The variant editor: blocks (source beside target), live findings, TM suggestions, autosave with
// version-conflict merge, preview, workflow and comments. Keyboard-first; "?" lists the shortcuts.
import { useRouter } from "next/navigation";
import { useCallback, useEffect, useMemo, useRef, useState } from "react";
import { useTranslation } from "react-i18next";
import { TouchpointPreview } from "@/components/preview/touchpoint-preview";
import { FormError } from "@/components/form/form-error";
import type { Finding } from "@/lib/core/checker/finding.types";
import type { CommentThread } from "@/lib/comments/find-comments";
import type { VariantEditorData } from "@/lib/variants/get-variant-editor";
import { saveVariantBlocksAction } from "@/lib/variants/variants.actions";
import { BlockRow, type BlockDraft } from "./block-row";
import { CommentsPanel } from "./comments-panel";
import { ConflictPanel, type Conflict } from "./conflict-panel";
import { PretranslatePanel } from "./pretranslate-panel";
import { ShortcutHelp } from "./shortcut-help";
import { WorkflowPanel } from "./workflow-panel";

type SaveState = "idle" | "dirty" | "saving" | "saved" | "error" | "conflict";
type Person = { id: string; email: string; name: string };

const AUTOSAVE_MS = 800;

function toDraft(b: VariantEditorData["blocks"][number]): BlockDraft {
  return {
    target: b.target,
    backTranslation: b.backTranslation ?? "",
    omitted: b.omitted,
    omitReason: b.omitReason ?? "",
    assetId: b.assetId,
    keepAsIs: false,
  };
}

export function EditorClient({ data, comments, people, actorId }: { data: VariantEditorData; comments: CommentThread[]; people: Person[]; actorId: string }) {
  const { t } = useTranslation("variants");
  const router = useRouter();
  const [drafts, setDrafts] = useState<Record<string, BlockDraft>>(() => Object.fromEntries(data.blocks.map((b) => [b.blockId, toDraft(b)])));
  const [findings, setFindings] = useState<Record<string, Finding[]>>(() => Object.fromEntries(data.blocks.map((b) => [b.blockId, b.findings])));
  const [outdated, setOutdated] = useState<Record<string, boolean>>(() => Object.fromEntries(data.blocks.map((b) => [b.blockId, b.outdated])));
  const [version, setVersion] = useState(data.version);
  const [saveState, setSaveState] = useState<SaveState>("idle");
  const [errorCode, setErrorCode] = useState<string | null>(null);
  const [conflict, setConflict] = useState<Conflict | null>(null);
  const [active, setActive] = useState(0);
  const [helpOpen, setHelpOpen] = useState(false);
  const dirty = useRef(new Set<string>());
  const timer = useRef<ReturnType<typeof setTimeout> | null>(null);
  const saving = useRef(false);
  const refs = useRef<Array<HTMLTextAreaElement | null>>([]);
  const versionRef = useRef(version);
  const draftsRef = useRef(drafts);
  const saveRef = useRef<(() => Promise<void>) | null>(null);
  useEffect(() => {
    versionRef.current = version;
    draftsRef.current = drafts;
  }, [version, drafts]);

  const save = useCallback(async () => {
    if (saving.current || dirty.current.size === 0 || !data.permissions.edit) return;
    saving.current = true;
    setSaveState("saving");
    const ids = [...dirty.current];
    dirty.current.clear();
    const current = draftsRef.current;
    const blocks = ids.map((blockId) => {
      const d = current[blockId]!;
      const meta = data.blocks.find((b) => b.blockId === blockId)!;
      return {
        blockId,
        ...(meta.policy === "locked" || meta.type === "image" ? {} : { target: d.target }),
        ...(["headline", "subheadline", "cta"].includes(meta.type) ? { backTranslation: d.backTranslation || null } : {}),
        ...(meta.policy === "optional" ? { omitted: d.omitted, omitReason: d.omitReason || null } : {}),
        ...(meta.type === "image" ? { assetId: d.assetId } : {}),
        ...(d.keepAsIs ? { keepAsIs: true } : {}),
      };
    });
    const result = await saveVariantBlocksAction({ variantId: data.id, version: versionRef.current, blocks });
    saving.current = false;
    if (result.ok) {
      setVersion(result.data.version);
      setOutdated((o) => ({ ...o, ...Object.fromEntries(result.data.changedBlocks.map((id) => [id, false])) }));
      setDrafts((all) => Object.fromEntries(Object.entries(all).map(([id, d]) => [id, { ...d, keepAsIs: false }])));
      setErrorCode(null);
      setSaveState(dirty.current.size > 0 ? "dirty" : "saved");
      // Edits made while this save ran go out right after it.
      if (dirty.current.size > 0) setTimeout(() => void saveRef.current?.(), 0);
      return;
    }
    for (const id of ids) dirty.current.add(id);
    if (result.error.code === "VERSION_CONFLICT") {
      // VersionConflictDetails: { yours, current } plus the stored blocks.
      const details = result.error.details as { current: number; blocks: Conflict["theirs"]["blocks"] };
      setConflict({ theirs: { version: details.current, blocks: details.blocks }, mine: Object.fromEntries(ids.map((id) => [id, current[id]!.target])) });
      setSaveState("conflict");
    } else {
      setErrorCode(result.error.code);
      setSaveState("error");
    }
  }, [data]);
  useEffect(() => {
    saveRef.current = save;
  }, [save]);

  const change = useCallback(
    (blockId: string, patch: Partial<BlockDraft>) => {
      setDrafts((all) => {
        const next = { ...all, [blockId]: { ...all[blockId]!, ...patch } };
        draftsRef.current = next;
        return next;
      });
      dirty.current.add(blockId);
      setSaveState("dirty");
      if (timer.current) clearTimeout(timer.current);
      timer.current = setTimeout(() => void save(), AUTOSAVE_MS);
    },
    [save],
  );

  // Save before leaving the page.
  useEffect(() => {
    const onLeave = (e: BeforeUnloadEvent) => {
      if (dirty.current.size > 0) e.preventDefault();
    };
    window.addEventListener("beforeunload", onLeave);
    return () => window.removeEventListener("beforeunload", onLeave);
  }, []);

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

  useEffect(() => {
    const onKey = (e: KeyboardEvent) => {
      const inField = e.target instanceof HTMLElement && ["TEXTAREA", "INPUT", "SELECT"].includes(e.target.tagName);
      if ((e.key === "?" && !inField) || (e.ctrlKey && e.key === "/")) {
        e.preventDefault();
        setHelpOpen((o) => !o);
      } else if (e.key === "Escape") {
        setHelpOpen(false);
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
  }, [active, focusBlock, save]);

  const touchpoints = useMemo(() => {
    const groups = new Map<string, { tp: VariantEditorData["blocks"][number]["touchpoint"]; blocks: VariantEditorData["blocks"] }>();
    for (const b of data.blocks) {
      const g = groups.get(b.touchpoint.id) ?? { tp: b.touchpoint, blocks: [] };
      g.blocks.push(b);
      groups.set(b.touchpoint.id, g);
    }
    return [...groups.values()];
  }, [data.blocks]);

  const totals = useMemo(() => {
    let errors = 0;
    let warnings = 0;
    for (const list of Object.values(findings)) {
      for (const f of list) {
        if (f.severity === "error") errors++;
        else if (f.severity === "warning") warnings++;
      }
    }
    return { errors, warnings };
  }, [findings]);

  const commentsByBlock = useMemo(() => {
    const map = new Map<string, number>();
    for (const c of comments) if (c.blockId && !c.resolvedAt) map.set(c.blockId, (map.get(c.blockId) ?? 0) + 1);
    return map;
  }, [comments]);

  return (
    <div className="grid grid-cols-1 gap-6 xl:grid-cols-[minmax(0,1fr)_22rem]">
      <div className="min-w-0 space-y-4">
        <div className="flex flex-wrap items-center gap-3 text-sm" role="status" aria-live="polite">
          <span className={saveState === "error" || saveState === "conflict" ? "text-red-700 dark:text-red-300" : "text-slate-600 dark:text-slate-400"}>
            {t(`save.${saveState}`)}
          </span>
          <span className="text-red-700 dark:text-red-300">{t("findings.errors", { n: totals.errors })}</span>
          <span className="text-amber-700 dark:text-amber-300">{t("findings.warnings", { n: totals.warnings })}</span>
          {!data.permissions.edit ? <span className="text-slate-500">{t("readOnly")}</span> : null}
          <button type="button" className="ms-auto text-sm underline" onClick={() => setHelpOpen(true)} aria-haspopup="dialog">
            {t("shortcuts.open")}
          </button>
        </div>
        {data.permissions.edit ? <PretranslatePanel variantId={data.id} version={version} blocks={data.blocks} /> : null}
        <FormError code={errorCode} ns="variants" />
        {conflict ? (
          <ConflictPanel
            conflict={conflict}
            blocks={data.blocks}
            locale={data.locale}
            onResolve={(choices) => {
              setVersion(conflict.theirs.version);
              versionRef.current = conflict.theirs.version;
              setConflict(null);
              for (const [blockId, target] of Object.entries(choices)) change(blockId, { target });
              if (Object.keys(choices).length === 0) {
                setSaveState("idle");
                router.refresh();
              }
            }}
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
            <details className="rounded-lg border border-slate-200 p-3 dark:border-slate-800">
              <summary className="cursor-pointer text-sm font-medium">{t("preview.title")}</summary>
              <div className="mt-3">
                <TouchpointPreview
                  channel={tp.channel}
                  name={tp.name}
                  locale={data.locale}
                  blocks={blocks.map((b) => ({
                    key: b.plainKey,
                    type: b.type,
                    text: b.policy === "locked" ? b.source : drafts[b.blockId]!.target,
                    omitted: drafts[b.blockId]!.omitted,
                  }))}
                />
              </div>
            </details>
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
