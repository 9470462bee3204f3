"use client";
// Who works on this variant and by when: for the market's lead and HQ (the page passes the
// people only to them). The people are those the server allows; it checks again on save.
import { useState } from "react";
import { useTranslation } from "react-i18next";
import { FormError } from "@/components/form/form-error";
import { useServerAction } from "@/components/form/use-server-action";
import { Button } from "@/components/ui/button";
import { inputClass } from "@/components/ui/field";
import { assignVariantAction } from "@/lib/variants/variants.actions";

export interface AssignablePerson {
  id: string;
  name: string;
  role: string;
}

export function AssigneeControl({
  variantId,
  people,
  assigneeId,
  dueDate,
}: {
  variantId: string;
  people: AssignablePerson[];
  assigneeId: string | null;
  /** YYYY-MM-DD or "". */
  dueDate: string;
}) {
  const { t } = useTranslation("work");
  const { pending, error, run } = useServerAction();
  const [person, setPerson] = useState(assigneeId ?? "");
  const [due, setDue] = useState(dueDate);
  const [saved, setSaved] = useState(false);
  const save = () => {
    setSaved(false);
    run(() => assignVariantAction({ variantId, assignee: person ? { userId: person } : null, dueDate: due || null }), { onSuccess: () => setSaved(true) });
  };
  return (
    <form
      className="flex flex-wrap items-end gap-3 rounded-lg border border-slate-200 p-3 dark:border-slate-800"
      aria-label={t("assign.title")}
      onSubmit={(e) => {
        e.preventDefault();
        save();
      }}
    >
      <div>
        <label htmlFor="assignee-person" className="block text-xs font-medium">{t("assign.person")}</label>
        <select id="assignee-person" className={`${inputClass} mt-1 min-w-56`} value={person} onChange={(e) => setPerson(e.target.value)} data-testid="assignee-select">
          <option value="">{t("assign.nobody")}</option>
          {people.map((p) => (
            <option key={p.id} value={p.id}>
              {p.name} · {t(`common:roles.${p.role}`)}
            </option>
          ))}
        </select>
      </div>
      <div>
        <label htmlFor="assignee-due" className="block text-xs font-medium">{t("assign.dueDate")}</label>
        <input id="assignee-due" type="date" className={`${inputClass} mt-1`} value={due} onChange={(e) => setDue(e.target.value)} />
      </div>
      <Button type="submit" disabled={pending}>{t("assign.save")}</Button>
      <span role="status" aria-live="polite" className="text-sm text-emerald-700 dark:text-emerald-300">{saved && !pending ? t("assign.saved") : ""}</span>
      <FormError code={error?.code} ns="work" />
    </form>
  );
}
