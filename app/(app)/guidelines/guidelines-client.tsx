"use client";
import { useState } from "react";
import { useTranslation } from "react-i18next";
import { FormError } from "@/components/form/form-error";
import { useSchemaForm } from "@/components/form/use-schema-form";
import { useServerAction } from "@/components/form/use-server-action";
import { Button } from "@/components/ui/button";
import { Checkbox, Field, Input, Select, Textarea } from "@/components/ui/field";
import { BLOCK_TYPES, CHANNELS, RULE_KINDS, STYLE_NAMES } from "@/lib/core/checker/rules.types";
import { decideProposalAction, deleteSectionAction, saveRuleAction, saveSectionAction } from "@/lib/guidelines/guidelines.actions";
import { ruleSchema, SECTION_KINDS, sectionSchema } from "@/lib/guidelines/guideline.schemas";

export type MarketOption = { id: string; code: string; name: string };

function useFieldMessage() {
  const { t } = useTranslation("guidelines");
  return (code: string | undefined) => (code ? t([`guidelines:errors.${code}`, `common:validation.${code}`, "common:validation.custom"]) : undefined);
}

function MarketSelect({ id, markets, value }: { id: string; markets: MarketOption[]; value: string | null }) {
  const { t } = useTranslation("guidelines");
  return (
    <Select id={id} name="marketId" defaultValue={value ?? ""}>
      <option value="">{t("global")}</option>
      {markets.map((m) => (
        <option key={m.id} value={m.id}>{m.code} — {m.name}</option>
      ))}
    </Select>
  );
}

export interface SectionValue {
  id: string;
  version: number;
  marketId: string | null;
  kind: string;
  title: string;
  body: string;
  position: number;
}

export function SectionForm({ section, markets }: { section?: SectionValue; markets: MarketOption[] }) {
  const { t } = useTranslation("guidelines");
  const msg = useFieldMessage();
  const { pending, error, errors, handleSubmit } = useSchemaForm(sectionSchema, saveSectionAction);
  const p = section?.id ?? "new";
  return (
    <form
      className="grid grid-cols-1 gap-3 sm:grid-cols-3"
      onSubmit={handleSubmit(
        (f) => ({
          id: section?.id,
          version: section?.version,
          marketId: String(f.get("marketId") ?? "") || null,
          kind: f.get("kind"),
          title: f.get("title"),
          body: String(f.get("body") ?? ""),
          position: Number(f.get("position") ?? 0),
        }),
        { onSuccess: (_, form) => { if (!section) form.reset(); } },
      )}
    >
      <FormError code={error?.code} ns="guidelines" />
      <Field label={t("sections.titleField")} htmlFor={`s-title-${p}`} error={msg(errors.title)}>
        <Input id={`s-title-${p}`} name="title" defaultValue={section?.title} required maxLength={200} />
      </Field>
      <Field label={t("sections.kind")} htmlFor={`s-kind-${p}`}>
        <Select id={`s-kind-${p}`} name="kind" defaultValue={section?.kind ?? "tone"}>
          {SECTION_KINDS.map((k) => (
            <option key={k} value={k}>{t(`kinds.${k}`)}</option>
          ))}
        </Select>
      </Field>
      <Field label={t("sections.market")} htmlFor={`s-market-${p}`}>
        <MarketSelect id={`s-market-${p}`} markets={markets} value={section?.marketId ?? null} />
      </Field>
      <div className="sm:col-span-3">
        <Field label={t("sections.body")} htmlFor={`s-body-${p}`} hint={t("sections.bodyHint")} error={msg(errors.body)}>
          <Textarea id={`s-body-${p}`} name="body" rows={8} defaultValue={section?.body} className="font-mono" />
        </Field>
      </div>
      <Field label={t("sections.position")} htmlFor={`s-pos-${p}`}>
        <Input id={`s-pos-${p}`} name="position" type="number" min={0} defaultValue={section?.position ?? 0} />
      </Field>
      <div className="flex items-end gap-2 sm:col-span-2">
        <Button type="submit" disabled={pending}>{t("sections.save")}</Button>
      </div>
    </form>
  );
}

export function DeleteSectionButton({ id }: { id: string }) {
  const { t } = useTranslation("guidelines");
  const { pending, error, run } = useServerAction();
  return (
    <>
      <Button
        variant="danger"
        disabled={pending}
        onClick={() => {
          if (window.confirm(t("sections.confirmDelete"))) run(() => deleteSectionAction({ id }), { refresh: "always" });
        }}
      >
        {t("sections.delete")}
      </Button>
      <FormError code={error?.code} ns="guidelines" />
    </>
  );
}

export interface RuleValue {
  id: string;
  version: number;
  marketId: string | null;
  channel: string | null;
  blockTypes: string[];
  kind: string;
  severity: string;
  phrase: string | null;
  pattern: string | null;
  maxLength: number | null;
  style: string | null;
  message: string | null;
  active: boolean;
}

export function RuleForm({ rule, markets }: { rule?: RuleValue; markets: MarketOption[] }) {
  const { t } = useTranslation("guidelines");
  const msg = useFieldMessage();
  const [kind, setKind] = useState(rule?.kind ?? "forbidden_phrase");
  const { pending, error, errors, handleSubmit } = useSchemaForm(ruleSchema, saveRuleAction);
  const reason = (error?.details as { reason?: string } | undefined)?.reason;
  const p = rule?.id ?? "new";
  const usesPhrase = kind === "forbidden_phrase" || kind === "required_text";
  const usesPattern = kind === "forbidden_pattern" || kind === "required_text";
  return (
    <form
      className="grid grid-cols-1 gap-3 sm:grid-cols-3"
      onSubmit={handleSubmit(
        (f) => {
          const text = (n: string) => String(f.get(n) ?? "") || null;
          return {
            id: rule?.id,
            version: rule?.version,
            marketId: text("marketId"),
            channel: text("channel"),
            blockTypes: f.getAll("blockTypes").map(String),
            kind,
            severity: f.get("severity"),
            phrase: text("phrase"),
            pattern: text("pattern"),
            maxLength: text("maxLength") ? Number(text("maxLength")) : null,
            style: text("style"),
            message: text("message"),
            active: f.get("active") === "on",
          };
        },
        { onSuccess: (_, form) => { if (!rule) form.reset(); } },
      )}
    >
      <FormError code={error?.code} ns="guidelines" />
      {reason ? <p className="text-xs text-red-700 sm:col-span-3 dark:text-red-300" dir="ltr">{reason}</p> : null}
      <Field label={t("rules.kind")} htmlFor={`r-kind-${p}`}>
        <Select id={`r-kind-${p}`} value={kind} onChange={(e) => setKind(e.target.value)}>
          {RULE_KINDS.map((k) => (
            <option key={k} value={k}>{t(`ruleKinds.${k}`)}</option>
          ))}
        </Select>
      </Field>
      <Field label={t("rules.severity")} htmlFor={`r-sev-${p}`}>
        <Select id={`r-sev-${p}`} name="severity" defaultValue={rule?.severity ?? "error"}>
          <option value="error">{t("severities.error")}</option>
          <option value="warning">{t("severities.warning")}</option>
        </Select>
      </Field>
      <Field label={t("sections.market")} htmlFor={`r-market-${p}`}>
        <MarketSelect id={`r-market-${p}`} markets={markets} value={rule?.marketId ?? null} />
      </Field>
      <Field label={t("rules.channel")} htmlFor={`r-channel-${p}`}>
        <Select id={`r-channel-${p}`} name="channel" defaultValue={rule?.channel ?? ""}>
          <option value="">{t("rules.allChannels")}</option>
          {CHANNELS.map((c) => (
            <option key={c} value={c}>{t(`channels.${c}`)}</option>
          ))}
        </Select>
      </Field>
      <fieldset className="sm:col-span-2">
        <legend className="mb-1 text-sm font-medium text-slate-700 dark:text-slate-300">{t("rules.blockTypes")}</legend>
        <div className="flex flex-wrap gap-3">
          {BLOCK_TYPES.map((b) => (
            <label key={b} className="flex items-center gap-1 text-sm">
              <input type="checkbox" name="blockTypes" value={b} defaultChecked={rule?.blockTypes.includes(b)} /> {t(`blockTypes.${b}`)}
            </label>
          ))}
        </div>
      </fieldset>
      {usesPhrase ? (
        <Field label={t("rules.phrase")} htmlFor={`r-phrase-${p}`} error={msg(errors.phrase)}>
          <Input id={`r-phrase-${p}`} name="phrase" defaultValue={rule?.phrase ?? ""} maxLength={500} />
        </Field>
      ) : null}
      {usesPattern ? (
        <Field label={t("rules.pattern")} htmlFor={`r-pattern-${p}`} hint={t("rules.patternHint")} error={msg(errors.pattern)}>
          <Input id={`r-pattern-${p}`} name="pattern" defaultValue={rule?.pattern ?? ""} dir="ltr" className="font-mono" maxLength={500} />
        </Field>
      ) : null}
      {kind === "max_length" ? (
        <Field label={t("rules.maxLength")} htmlFor={`r-max-${p}`} error={msg(errors.maxLength)}>
          <Input id={`r-max-${p}`} name="maxLength" type="number" min={1} defaultValue={rule?.maxLength ?? ""} />
        </Field>
      ) : null}
      {kind === "style" ? (
        <Field label={t("rules.style")} htmlFor={`r-style-${p}`} error={msg(errors.style)}>
          <Select id={`r-style-${p}`} name="style" defaultValue={rule?.style ?? "no_exclamation"}>
            {STYLE_NAMES.map((s) => (
              <option key={s} value={s}>{t(`styles.${s}`)}</option>
            ))}
          </Select>
        </Field>
      ) : null}
      <div className="sm:col-span-3">
        <Field label={t("rules.message")} htmlFor={`r-msg-${p}`}>
          <Input id={`r-msg-${p}`} name="message" defaultValue={rule?.message ?? ""} maxLength={500} />
        </Field>
      </div>
      <Checkbox name="active" label={t("rules.active")} defaultChecked={rule?.active ?? true} />
      <div className="sm:col-span-2">
        <Button type="submit" disabled={pending}>{t("rules.save")}</Button>
      </div>
    </form>
  );
}

export function DecideProposalButtons({ id }: { id: string }) {
  const { t } = useTranslation("guidelines");
  const { pending, error, run } = useServerAction();
  const decide = (decision: "accept" | "reject") => run(() => decideProposalAction({ id, decision }), { refresh: "always" });
  return (
    <div className="flex flex-wrap items-center gap-2">
      <Button disabled={pending} onClick={() => decide("accept")}>{t("proposals.accept")}</Button>
      <Button variant="secondary" disabled={pending} onClick={() => decide("reject")}>{t("proposals.reject")}</Button>
      <FormError code={error?.code} ns="guidelines" />
    </div>
  );
}
