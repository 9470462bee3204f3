"use client";
import { useState } from "react";
import { useTranslation } from "react-i18next";
import { FormError } from "@/components/form/form-error";
import { useSchemaForm } from "@/components/form/use-schema-form";
import { useServerAction } from "@/components/form/use-server-action";
import { Button } from "@/components/ui/button";
import { Field, Input, Select, Textarea } from "@/components/ui/field";
import { commentOnLearningAction, createLearningAction, markLearningUsefulAction, promoteLearningAction } from "@/lib/learnings/learnings.actions";
import { commentOnLearningSchema, createLearningSchema, promoteLearningSchema } from "@/lib/learnings/learning.schemas";

export function LearningForm({
  markets,
  campaigns,
  channels,
  variantId,
  resultId,
  campaignId,
}: {
  markets: { id: string; code: string; name: string }[];
  campaigns: { id: string; name: string }[];
  channels: string[];
  variantId?: string;
  resultId?: string;
  campaignId?: string;
}) {
  const { t } = useTranslation("learnings");
  const [saved, setSaved] = useState(false);
  const { pending, error, handleSubmit } = useSchemaForm(createLearningSchema, createLearningAction, { invalid: "form", onSubmit: () => setSaved(false) });
  const create = handleSubmit(
    (f) => ({
      marketId: String(f.get("marketId")),
      title: String(f.get("title") ?? ""),
      body: String(f.get("body") ?? ""),
      tags: String(f.get("tags") ?? "").split(",").map((s) => s.trim()).filter(Boolean),
      campaignId: String(f.get("campaignId") ?? "") || null,
      variantId: variantId ?? null,
      resultId: resultId ?? null,
      segment: String(f.get("segment") ?? "") || null,
      channel: String(f.get("channel") ?? "") || null,
    }),
    {
      onSuccess: (_, form) => {
        form.reset();
        setSaved(true);
      },
    },
  );
  return (
    <form
      className="space-y-3"
      onSubmit={create}
    >
      <FormError code={error?.code} ns="learnings" />
      <Field label={t("form.market")} htmlFor="l-market">
        <Select id="l-market" name="marketId" required>
          {markets.map((m) => <option key={m.id} value={m.id}>{m.code} — {m.name}</option>)}
        </Select>
      </Field>
      <Field label={t("form.titleField")} htmlFor="l-title">
        <Input id="l-title" name="title" required maxLength={200} />
      </Field>
      <Field label={t("form.body")} htmlFor="l-body" hint={t("form.bodyHint")}>
        <Textarea id="l-body" name="body" required rows={5} maxLength={5000} />
      </Field>
      <Field label={t("form.tags")} htmlFor="l-tags" hint={t("form.tagsHint")}>
        <Input id="l-tags" name="tags" />
      </Field>
      {variantId ? (
        <p className="text-xs text-slate-500">{t("form.linkedVariant")}</p>
      ) : (
        <Field label={t("form.campaign")} htmlFor="l-campaign">
          <Select id="l-campaign" name="campaignId" defaultValue={campaignId ?? ""}>
            <option value="">{t("form.none")}</option>
            {campaigns.map((c) => <option key={c.id} value={c.id}>{c.name}</option>)}
          </Select>
        </Field>
      )}
      <Field label={t("form.segment")} htmlFor="l-segment">
        <Input id="l-segment" name="segment" maxLength={120} />
      </Field>
      <Field label={t("form.channel")} htmlFor="l-channel">
        <Select id="l-channel" name="channel" defaultValue="">
          <option value="">{t("form.none")}</option>
          {channels.map((c) => <option key={c} value={c}>{t(`campaigns:channels.${c}`, { defaultValue: c })}</option>)}
        </Select>
      </Field>
      <Button type="submit" disabled={pending}>{t("form.submit")}</Button>
      <p role="status" aria-live="polite" className="text-sm text-emerald-700 dark:text-emerald-300">{saved ? t("form.saved") : ""}</p>
    </form>
  );
}

export function UsefulButton({ learningId, useful, count, disabled }: { learningId: string; useful: boolean; count: number; disabled: boolean }) {
  const { t } = useTranslation("learnings");
  const { pending, error, run } = useServerAction();
  return (
    <div className="text-end">
      <Button
        variant={useful ? "primary" : "secondary"}
        aria-pressed={useful}
        disabled={disabled || pending}
        onClick={() => run(() => markLearningUsefulAction({ learningId, useful: !useful }))}
      >
        {t("useful", { count })}
      </Button>
      <FormError code={error?.code} ns="learnings" />
    </div>
  );
}

export function CommentForm({ learningId }: { learningId: string }) {
  const { t } = useTranslation("learnings");
  const { pending, error, handleSubmit } = useSchemaForm(commentOnLearningSchema, commentOnLearningAction, { invalid: "form" });
  return (
    <form
      className="mt-2 flex gap-2"
      onSubmit={handleSubmit((f) => ({ learningId, body: String(f.get("body") ?? "") }), { onSuccess: (_, form) => form.reset() })}
    >
      <label htmlFor={`c-${learningId}`} className="sr-only">{t("comments.add")}</label>
      <Input id={`c-${learningId}`} name="body" required maxLength={2000} placeholder={t("comments.placeholder")} />
      <Button type="submit" variant="secondary" disabled={pending}>{t("comments.submit")}</Button>
      <FormError code={error?.code} ns="learnings" />
    </form>
  );
}

type Target = "guideline_rule" | "term" | "brief_note";

export function PromoteForm({
  learningId,
  marketId,
  markets,
  drafts,
}: {
  learningId: string;
  marketId: string;
  markets: { id: string; code: string; locales: string[] }[];
  drafts: { id: string; name: string }[];
}) {
  const { t } = useTranslation("learnings");
  const [target, setTarget] = useState<Target>("guideline_rule");
  const { pending, error, handleSubmit } = useSchemaForm(promoteLearningSchema, promoteLearningAction, { invalid: "form", onSubmit: () => setDone(false) });
  const [done, setDone] = useState(false);
  const locales = markets.find((m) => m.id === marketId)?.locales ?? [];
  const id = (name: string) => `p-${learningId}-${name}`;
  const promote = handleSubmit(
    (f) => {
      const s = (k: string) => String(f.get(k) ?? "");
      return target === "guideline_rule"
        ? { learningId, target, kind: s("kind"), text: s("text"), message: s("message") || null, severity: s("severity"), marketId: s("ruleMarket") || null }
        : target === "term"
          ? { learningId, target, locale: s("locale"), text: s("text"), status: s("status"), doNotTranslate: f.get("dnt") === "on", note: s("message") || null }
          : { learningId, target, campaignId: s("campaignId"), note: s("text") };
    },
    {
      onSuccess: (_, form) => {
        form.reset();
        setDone(true);
      },
    },
  );
  return (
    <details className="mt-3">
      <summary className="cursor-pointer text-sm font-medium text-brand-600">{t("promote.title")}</summary>
      <form
        className="mt-2 space-y-2"
        onSubmit={promote}
      >
        <Field label={t("promote.target")} htmlFor={id("target")}>
          <Select id={id("target")} value={target} onChange={(e) => setTarget(e.target.value as Target)}>
            <option value="guideline_rule">{t("promote.targets.guideline_rule")}</option>
            <option value="term">{t("promote.targets.term")}</option>
            <option value="brief_note" disabled={drafts.length === 0}>{t("promote.targets.brief_note")}</option>
          </Select>
        </Field>
        {target === "guideline_rule" ? (
          <div className="grid grid-cols-1 gap-2 sm:grid-cols-3">
            <Field label={t("promote.kind")} htmlFor={id("kind")}>
              <Select id={id("kind")} name="kind">
                <option value="forbidden_phrase">{t("promote.kinds.forbidden_phrase")}</option>
                <option value="required_text">{t("promote.kinds.required_text")}</option>
                <option value="style">{t("promote.kinds.style")}</option>
              </Select>
            </Field>
            <Field label={t("promote.severity")} htmlFor={id("severity")}>
              <Select id={id("severity")} name="severity" defaultValue="warning">
                <option value="warning">{t("promote.severities.warning")}</option>
                <option value="error">{t("promote.severities.error")}</option>
              </Select>
            </Field>
            <Field label={t("promote.ruleMarket")} htmlFor={id("market")}>
              <Select id={id("market")} name="ruleMarket" defaultValue={marketId}>
                <option value="">{t("promote.global")}</option>
                {markets.map((m) => <option key={m.id} value={m.id}>{m.code}</option>)}
              </Select>
            </Field>
          </div>
        ) : null}
        {target === "term" ? (
          <div className="grid grid-cols-1 gap-2 sm:grid-cols-3">
            <Field label={t("promote.locale")} htmlFor={id("locale")}>
              <Select id={id("locale")} name="locale">
                {locales.map((l) => <option key={l} value={l}>{l}</option>)}
              </Select>
            </Field>
            <Field label={t("promote.status")} htmlFor={id("status")}>
              <Select id={id("status")} name="status" defaultValue="preferred">
                {(["preferred", "admitted", "deprecated", "forbidden"] as const).map((s) => <option key={s} value={s}>{t(`promote.statuses.${s}`)}</option>)}
              </Select>
            </Field>
            <label className="flex items-end gap-2 text-sm"><input type="checkbox" name="dnt" /> {t("promote.doNotTranslate")}</label>
          </div>
        ) : null}
        {target === "brief_note" ? (
          <Field label={t("promote.campaign")} htmlFor={id("campaign")}>
            <Select id={id("campaign")} name="campaignId" required>
              {drafts.map((c) => <option key={c.id} value={c.id}>{c.name}</option>)}
            </Select>
          </Field>
        ) : null}
        <Field label={t(target === "brief_note" ? "promote.note" : target === "term" ? "promote.term" : "promote.text")} htmlFor={id("text")}>
          <Input id={id("text")} name="text" required maxLength={target === "brief_note" ? 2000 : 500} />
        </Field>
        {target !== "brief_note" ? (
          <Field label={t("promote.message")} htmlFor={id("message")}>
            <Input id={id("message")} name="message" maxLength={500} />
          </Field>
        ) : null}
        <Button type="submit" disabled={pending}>{t("promote.submit")}</Button>
        <FormError code={error?.code} ns="learnings" />
        <p role="status" aria-live="polite" className="text-sm text-emerald-700 dark:text-emerald-300">{done ? t("promote.done") : ""}</p>
      </form>
    </details>
  );
}
