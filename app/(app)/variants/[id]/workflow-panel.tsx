"use client";
// Workflow: state, findings summary, override reason, the cultural review checklist and the
// transitions the actor may request (with the comment / override reason they need).
import { useEffect, useState } from "react";
import { useTranslation } from "react-i18next";
import { useServerAction } from "@/components/form/use-server-action";
import { FormError } from "@/components/form/form-error";
import { Button } from "@/components/ui/button";
import { Card } from "@/components/ui/card";
import { inputClass } from "@/components/ui/field";
import { CHECKLIST_ITEMS, type Checklist } from "@/lib/variants/checklist";
import type { VariantEditorData } from "@/lib/variants/get-variant-editor";
import { transitionVariantAction, updateChecklistAction } from "@/lib/variants/variants.actions";

export function WorkflowPanel({ data, liveErrors, beforeTransition }: { data: VariantEditorData; liveErrors: number; beforeTransition: () => Promise<void> }) {
  const { t } = useTranslation("variants");
  const { pending, error, run } = useServerAction();
  const code = error?.code ?? null;
  const [comment, setComment] = useState("");
  const [overrideReason, setOverrideReason] = useState("");
  const [checklist, setChecklist] = useState<Checklist>(data.checklist);
  const complete = CHECKLIST_ITEMS.every((k) => checklist.items[k]?.done);
  const submit = data.transitions.find((tr) => tr.to === "in_review");

  function request(to: string) {
    run(
      async () => {
        await beforeTransition();
        return transitionVariantAction({
          variantId: data.id,
          to: to as "in_review",
          comment: comment.trim() || null,
          overrideReason: overrideReason.trim() || null,
          ...(data.permissions.review && to === "approved" ? { checklist } : {}),
        });
      },
      { onSuccess: () => setComment("") },
    );
  }

  useEffect(() => {
    const onKey = (e: KeyboardEvent) => {
      if (e.ctrlKey && e.shiftKey && e.key === "Enter" && submit && !submit.blockedBy) {
        e.preventDefault();
        request("in_review");
      }
    };
    window.addEventListener("keydown", onKey);
    return () => window.removeEventListener("keydown", onKey);
  });

  function saveChecklist(next: Checklist) {
    setChecklist(next);
    run(() => updateChecklistAction({ variantId: data.id, checklist: next }), { refresh: "never" });
  }

  return (
    <Card>
      <h2 className="mb-2 text-base font-semibold">{t("workflow.title")}</h2>
      <p className="text-sm">{t("workflow.state", { state: t(`states.${data.state}`) })}</p>
      {data.submittedBy ? <p className="text-xs text-slate-500">{t("workflow.submittedBy", { name: data.submittedBy })}</p> : null}
      {data.overrideReason ? (
        <p className="mt-2 rounded bg-amber-50 p-2 text-sm dark:bg-amber-950/40">
          <strong>{t("workflow.overrideReason")}:</strong> {data.overrideReason}
        </p>
      ) : null}
      <fieldset className="mt-3 space-y-2" disabled={!data.permissions.review || pending}>
        <legend className="text-sm font-medium">{t("checklist.title")}</legend>
        {CHECKLIST_ITEMS.map((key) => {
          const item = checklist.items[key] ?? { done: false, note: "" };
          return (
            <div key={key} className="text-sm">
              <label className="flex items-center gap-2">
                <input type="checkbox" checked={item.done} onChange={(e) => saveChecklist({ items: { ...checklist.items, [key]: { ...item, done: e.target.checked } } })} />
                {t(`checklist.items.${key}`)}
              </label>
              <label htmlFor={`note-${key}`} className="sr-only">{t("checklist.note")}</label>
              <input
                id={`note-${key}`}
                className={`${inputClass} mt-1 !py-1 !text-xs`}
                placeholder={t("checklist.note")}
                defaultValue={item.note}
                onBlur={(e) => e.target.value !== item.note && saveChecklist({ items: { ...checklist.items, [key]: { ...item, note: e.target.value } } })}
              />
            </div>
          );
        })}
        <p className="text-xs text-slate-500">{complete ? t("checklist.complete") : t("checklist.incomplete")}</p>
      </fieldset>
      {data.transitions.length > 0 ? (
        <div className="mt-4 space-y-2">
          {submit?.needsOverrideReason || liveErrors > 0 ? (
            <div>
              <label htmlFor="override" className="block text-xs font-medium">{t("workflow.overrideLabel")}</label>
              <textarea id="override" className={inputClass} value={overrideReason} onChange={(e) => setOverrideReason(e.target.value)} />
            </div>
          ) : null}
          {data.transitions.some((tr) => tr.needsComment) ? (
            <div>
              <label htmlFor="wf-comment" className="block text-xs font-medium">{t("workflow.comment")}</label>
              <textarea id="wf-comment" className={inputClass} value={comment} onChange={(e) => setComment(e.target.value)} />
            </div>
          ) : null}
          <div className="flex flex-wrap gap-2">
            {data.transitions.map((tr) => (
              <Button
                key={tr.to}
                variant={tr.to === "changes_requested" ? "secondary" : "primary"}
                disabled={pending || (tr.blockedBy !== null && !(tr.to === "approved" && tr.blockedBy === "CHECKLIST_INCOMPLETE" && complete))}
                title={tr.blockedBy ? t(`errors.${tr.blockedBy}`) : undefined}
                onClick={() => request(tr.to)}
              >
                {t(`workflow.actions.${tr.to}`)}
                {tr.to === "approved" && tr.resultState === "brand_review" ? ` (${t("workflow.toBrand")})` : ""}
              </Button>
            ))}
          </div>
        </div>
      ) : null}
      <div className="mt-2" aria-live="assertive">
        <FormError code={code} ns="variants" />
      </div>
    </Card>
  );
}
