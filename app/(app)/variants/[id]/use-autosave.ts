"use client";
// The editor's autosave: drafts per block, sent a short while after the last change (or at once on
// Ctrl+S / before a transition), one save at a time, edits made meanwhile sent right after it; a
// version conflict opens the merge panel instead of overwriting.
import { useRouter } from "next/navigation";
import { useCallback, useEffect, useRef, useState } from "react";
import type { VariantEditorData } from "@/lib/variants/get-variant-editor";
import { saveVariantBlocksAction } from "@/lib/variants/variants.actions";
import type { BlockDraft } from "./block-row";
import type { Conflict } from "./conflict-panel";
import { type SaveState, toSavePayload } from "./editor-parts";

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

export function useAutosave(data: VariantEditorData) {
  const router = useRouter();
  const [drafts, setDrafts] = useState<Record<string, BlockDraft>>(() => Object.fromEntries(data.blocks.map((b) => [b.blockId, toDraft(b)])));
  const [outdated, setOutdated] = useState<Record<string, boolean>>(() => Object.fromEntries(data.blocks.map((b) => [b.blockId, b.outdated])));
  const [version, setVersion] = useState(data.version);
  const [saveState, setSaveState] = useState<SaveState>("idle");
  const [errorCode, setErrorCode] = useState<string | null>(null);
  const [conflict, setConflict] = useState<Conflict | null>(null);
  const dirty = useRef(new Set<string>());
  const timer = useRef<ReturnType<typeof setTimeout> | null>(null);
  const saving = useRef(false);
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
    const blocks = ids.map((blockId) => toSavePayload(data.blocks.find((b) => b.blockId === blockId)!, current[blockId]!));
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

  /** The merge panel's choices: base the next save on their version, then save what was kept. */
  const resolveConflict = (choices: Record<string, string>) => {
    if (!conflict) return;
    setVersion(conflict.theirs.version);
    versionRef.current = conflict.theirs.version;
    setConflict(null);
    for (const [blockId, target] of Object.entries(choices)) change(blockId, { target });
    if (Object.keys(choices).length === 0) {
      setSaveState("idle");
      router.refresh();
    }
  };

  return { drafts, outdated, version, saveState, errorCode, conflict, save, change, resolveConflict };
}
