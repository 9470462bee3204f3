"use client";
import { useRouter } from "next/navigation";
import { useState, useTransition } from "react";
import { useTranslation } from "react-i18next";
import { FormError } from "@/components/form/form-error";
import { Button } from "@/components/ui/button";
import { Field, Textarea } from "@/components/ui/field";
import { decideProposalAction } from "@/lib/termbase/termbase.actions";

export function DecideProposalForm({ id }: { id: string }) {
  const { t } = useTranslation("termbase");
  const router = useRouter();
  const [pending, start] = useTransition();
  const [code, setCode] = useState<string | null>(null);
  const [reason, setReason] = useState("");
  const [marketSpecific, setMarketSpecific] = useState(false);
  const [missingReason, setMissingReason] = useState(false);
  const decide = (decision: "accept" | "reject") => {
    if (decision === "reject" && !reason.trim()) return setMissingReason(true);
    setMissingReason(false);
    start(async () => {
      const result = await decideProposalAction({ id, decision, reason, marketSpecific });
      setCode(result.ok ? null : result.error.code);
      if (result.ok) router.refresh();
    });
  };
  return (
    <div className="mt-3 space-y-2">
      <Field label={t("queue.reason")} htmlFor={`reason-${id}`} error={missingReason ? t("queue.reasonRequired") : null}>
        <Textarea id={`reason-${id}`} rows={2} value={reason} onChange={(e) => setReason(e.target.value)} aria-invalid={missingReason} maxLength={2000} />
      </Field>
      <label className="flex items-center gap-2 text-sm">
        <input type="checkbox" checked={marketSpecific} onChange={(e) => setMarketSpecific(e.target.checked)} /> {t("queue.marketSpecific")}
      </label>
      <FormError code={code} ns="termbase" />
      <div className="flex gap-2">
        <Button disabled={pending} onClick={() => decide("accept")} data-testid={`accept-${id}`}>{t("queue.accept")}</Button>
        <Button variant="danger" disabled={pending} onClick={() => decide("reject")} data-testid={`reject-${id}`}>{t("queue.reject")}</Button>
      </div>
    </div>
  );
}
