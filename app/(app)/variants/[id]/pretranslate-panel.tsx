"use client";
// "Pre-translate empty blocks": starts the background job, shows its progress and outcome, then
// reloads the editor with the drafts; "Confirm pre-translated text" accepts the drafts as they are.
import { useEffect, useState } from "react";
import { useTranslation } from "react-i18next";
import { FormError } from "@/components/form/form-error";
import { Button } from "@/components/ui/button";
import { confirmMachineBlocksAction, followJobAction, requestPretranslationAction } from "@/lib/jobs/pretranslation/pretranslation.actions";
import type { VariantEditorData } from "@/lib/variants/get-variant-editor";

type Outcome = { written?: number; skipped?: Array<{ key: string; reason: string }>; failure?: { code: string }; cancelled?: boolean };

export function PretranslatePanel({ variantId, version, blocks }: { variantId: string; version: number; blocks: VariantEditorData["blocks"] }) {
  const { t } = useTranslation("pretranslation");
  const [jobId, setJobId] = useState<string | null>(null);
  const [progress, setProgress] = useState<{ done: number; total: number } | null>(null);
  const [outcome, setOutcome] = useState<Outcome | null>(null);
  const [error, setError] = useState<string | null>(null);
  const [busy, setBusy] = useState(false);
  const unconfirmed = blocks.filter((b) => !b.confirmed).length;

  useEffect(() => {
    if (!jobId) return;
    const timer = setInterval(async () => {
      const r = await followJobAction({ id: jobId });
      if (!r.ok) return;
      setProgress(r.data.progress);
      if (r.data.status !== "done" && r.data.status !== "failed") return;
      clearInterval(timer);
      setJobId(null);
      const result = (r.data.result ?? {}) as Outcome;
      setOutcome(result);
      if ((result.written ?? 0) > 0) window.location.reload();
    }, 1000);
    return () => clearInterval(timer);
  }, [jobId]);

  async function start(sources: Array<"tm" | "mt">) {
    setBusy(true);
    setError(null);
    setOutcome(null);
    const r = await requestPretranslationAction({ variantId, sources });
    setBusy(false);
    if (r.ok) setJobId(r.data.jobId);
    else setError(r.error.code);
  }

  async function confirmAll() {
    setBusy(true);
    const r = await confirmMachineBlocksAction({ variantId, version });
    setBusy(false);
    if (r.ok) window.location.reload();
    else setError(r.error.code);
  }

  return (
    <div className="flex flex-wrap items-center gap-2 text-sm" aria-live="polite">
      <Button type="button" onClick={() => start(["tm", "mt"])} disabled={busy || !!jobId}>
        {t("start")}
      </Button>
      {error === "MT_NOT_CONFIGURED" ? (
        <Button type="button" variant="secondary" onClick={() => start(["tm"])} disabled={busy || !!jobId}>
          {t("startTmOnly")}
        </Button>
      ) : null}
      {unconfirmed > 0 ? (
        <Button type="button" variant="secondary" onClick={confirmAll} disabled={busy || !!jobId}>
          {t("confirmAll", { n: unconfirmed })}
        </Button>
      ) : null}
      {jobId ? <span>{t("running", { done: progress?.done ?? 0, total: progress?.total ?? 0 })}</span> : null}
      {outcome ? (
        <span>
          {outcome.failure ? t("failed", { code: outcome.failure.code }) : t("done", { n: outcome.written ?? 0 })}
          {outcome.skipped?.length ? ` ${t("skipped", { keys: outcome.skipped.map((s) => `${s.key} (${s.reason})`).join(", ") })}` : ""}
        </span>
      ) : null}
      <FormError code={error} ns="pretranslation" />
    </div>
  );
}
