"use client";
import { useState } from "react";
import { useTranslation } from "react-i18next";
import { FormError } from "@/components/form/form-error";
import { useServerAction } from "@/components/form/use-server-action";
import { Button } from "@/components/ui/button";
import { Field, Textarea } from "@/components/ui/field";
import { decideProposalAction } from "@/lib/termbase/termbase.actions";

export function DecideProposalForm({ id }: { id: string }) {
  const { t } = useTranslation("termbase");
  const { pending, error, run } = useServerAction();
  const [reason, setReason] = useState("");
  const [marketSpecific, setMarketSpecific] = useState(false);
  const [missingReason, setMissingReason] = useState(false);
  const decide = (decision: "accept" | "reject") => {
    if (decision === "reject" && !reason.trim()) return setMissingReason(true);
    setMissingReason(false);
    run(() => decideProposalAction({ id, decision, reason, marketSpecific }));
  };
  return (
    <div className="mt-3 space-y-2">
      <Field label={t("queue.reason")} htmlFor={`reason-${id}`} error={missingReason ? t("queue.reasonRequired") : null}>
        <Textarea id={`reason-${id}`} rows={2} value={reason} onChange={(e) => setReason(e.target.value)} aria-invalid={missingReason} maxLength={2000} />
      </Field>
      <label className="flex items-center gap-2 text-sm">
        <input type="checkbox" checked={marketSpecific} onChange={(e) => setMarketSpecific(e.target.checked)} /> {t("queue.marketSpecific")}
      </label>
      <FormError code={error?.code} ns="termbase" />
      <div className="flex gap-2">
        <Button disabled={pending} onClick={() => decide("accept")} data-testid={`accept-${id}`}>{t("queue.accept")}</Button>
        <Button variant="danger" disabled={pending} onClick={() => decide("reject")} data-testid={`reject-${id}`}>{t("queue.reject")}</Button>
      </div>
    </div>
  );
}
