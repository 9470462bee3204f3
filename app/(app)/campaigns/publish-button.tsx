"use client";
// Publish with a confirmation listing the target markets; a refusal lists its reasons.
import { useRef, useState } from "react";
import { useTranslation } from "react-i18next";
import { FormError } from "@/components/form/form-error";
import { useServerAction } from "@/components/form/use-server-action";
import { Button } from "@/components/ui/button";
import { publishCampaignAction } from "@/lib/campaigns/campaigns.actions";

type Problem = { code: string; blockKey?: string; message: string };

export function PublishButton({ campaignId, markets }: { campaignId: string; markets: { code: string; name: string }[] }) {
  const { t } = useTranslation("campaigns");
  const dialog = useRef<HTMLDialogElement>(null);
  const { pending, error, run } = useServerAction();
  const [done, setDone] = useState<number | null>(null);
  const code = error?.code;
  const problems = (error?.details as { problems?: Problem[] } | undefined)?.problems ?? [];
  const publish = () =>
    run(() => publishCampaignAction({ campaignId }), {
      onSuccess: (data) => {
        setDone(data.variants);
        dialog.current?.close();
      },
    });
  return (
    <>
      <Button onClick={() => dialog.current?.showModal()}>{t("publish.button")}</Button>
      <p aria-live="polite" className="sr-only">{done !== null ? t("publish.done", { count: done }) : ""}</p>
      <dialog ref={dialog} aria-labelledby="publish-title" className="w-full max-w-lg rounded-lg p-0 backdrop:bg-black/40 dark:bg-slate-900 dark:text-slate-100">
        <div className="space-y-4 p-5">
          <h2 id="publish-title" className="text-lg font-semibold">{t("publish.confirmTitle")}</h2>
          <p className="text-sm">{t("publish.confirmBody")}</p>
          <ul className="flex flex-wrap gap-2 text-sm">
            {markets.map((m) => <li key={m.code} className="rounded bg-slate-100 px-2 py-0.5 dark:bg-slate-800">{m.code} · {m.name}</li>)}
          </ul>
          <div aria-live="assertive">
            {code && code !== "PUBLISH_REFUSED" ? <FormError code={code} ns="campaigns" /> : null}
            {problems.length > 0 ? (
              <div role="alert" className="rounded-md bg-red-50 p-3 text-sm text-red-800 dark:bg-red-950 dark:text-red-300">
                <p className="font-medium">{t("publish.refused")}</p>
                <ul className="mt-1 list-disc ps-5">
                  {problems.map((p, i) => (
                    <li key={i}>{t(`publish.problems.${p.code}`, { key: p.blockKey ?? "", message: p.message, defaultValue: p.message })}</li>
                  ))}
                </ul>
              </div>
            ) : null}
          </div>
          <div className="flex justify-end gap-2">
            <Button variant="secondary" onClick={() => dialog.current?.close()}>{t("publish.cancel")}</Button>
            <Button onClick={publish} disabled={pending || markets.length === 0}>{t("publish.confirm")}</Button>
          </div>
        </div>
      </dialog>
    </>
  );
}
