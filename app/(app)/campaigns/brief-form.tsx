"use client";
// The campaign brief form, for creating (no campaign) and editing (with its version).
import { useRouter } from "next/navigation";
import { useState } from "react";
import { useTranslation } from "react-i18next";
import { FormError } from "@/components/form/form-error";
import { useSchemaForm } from "@/components/form/use-schema-form";
import { Button } from "@/components/ui/button";
import { Checkbox, Field, Input, Select, Textarea } from "@/components/ui/field";
import { CHANNELS, FUNNEL_STAGES, MAX_RECOMMENDED_SEGMENTS, campaignBriefSchema, type Segment } from "@/lib/campaigns/campaign.schemas";
import type { ActionResult } from "@/lib/actions/action-client";
import { createCampaignAction, updateCampaignAction } from "@/lib/campaigns/campaigns.actions";

export interface BriefValues {
  id?: string;
  version?: number;
  name: string;
  objective: string;
  kpi: string;
  segments: Segment[];
  funnelStage: string;
  channels: string[];
  markets: string[];
  sourceLocale: string;
  startDate: string;
  endDate: string;
  dueDate: string;
  requiresBrandSignoff: boolean;
  prefillTargets: boolean;
  briefNotes: string;
}

export function BriefForm({ initial, markets }: { initial: BriefValues; markets: { code: string; name: string }[] }) {
  const { t } = useTranslation("campaigns");
  const router = useRouter();
  const [segments, setSegments] = useState<Segment[]>(initial.segments);
  const [warnings, setWarnings] = useState<string[]>([]);
  const [saved, setSaved] = useState(false);
  const [version, setVersion] = useState(initial.version);
  const brief = useSchemaForm(
    campaignBriefSchema,
    async (input): Promise<ActionResult<{ id?: string; version?: number; warnings: string[] }>> =>
      initial.id ? updateCampaignAction({ ...input, id: initial.id, version: version! } as never) : createCampaignAction(input),
    {
      refresh: initial.id ? "success" : "never",
      onSubmit: () => setSaved(false),
      onSuccess: (data) => {
        setWarnings(data.warnings);
        setSaved(true);
        if (initial.id) setVersion(data.version);
        else router.push(`/campaigns/${data.id}/edit`);
      },
    },
  );
  const read = (f: FormData) => ({
    name: f.get("name"),
    objective: f.get("objective"),
    kpi: f.get("kpi"),
    segments: segments.filter((s) => s.name.trim()),
    funnelStage: f.get("funnelStage"),
    channels: f.getAll("channels").map(String),
    markets: f.getAll("markets").map(String),
    sourceLocale: f.get("sourceLocale"),
    startDate: f.get("startDate") || null,
    endDate: f.get("endDate") || null,
    dueDate: f.get("dueDate") || null,
    requiresBrandSignoff: f.get("requiresBrandSignoff") === "on",
    prefillTargets: f.get("prefillTargets") === "on",
    briefNotes: f.get("briefNotes"),
  });
  const save = brief.handleSubmit(read);
  const err = brief.fieldError;

  return (
    <form
      className="grid grid-cols-1 gap-4 sm:grid-cols-2"
      onSubmit={save}
    >
      <FormError code={brief.error?.code} ns="campaigns" />
      <div className="sm:col-span-2">
        <Field label={t("brief.name")} htmlFor="b-name" error={err("name")}>
          <Input id="b-name" name="name" required defaultValue={initial.name} />
        </Field>
      </div>
      <div className="sm:col-span-2">
        <Field label={t("brief.objective")} htmlFor="b-objective" hint={t("brief.objectiveHint")} error={err("objective")}>
          <Input id="b-objective" name="objective" defaultValue={initial.objective} />
        </Field>
      </div>
      <Field label={t("brief.kpi")} htmlFor="b-kpi" hint={t("brief.kpiHint")} error={err("kpi")}>
        <Input id="b-kpi" name="kpi" defaultValue={initial.kpi} />
      </Field>
      <Field label={t("brief.funnelStage")} htmlFor="b-funnel">
        <Select id="b-funnel" name="funnelStage" defaultValue={initial.funnelStage}>
          {FUNNEL_STAGES.map((s) => <option key={s} value={s}>{t(`funnel.${s}`)}</option>)}
        </Select>
      </Field>
      <SegmentsFieldset segments={segments} setSegments={setSegments} />
      <fieldset className="sm:col-span-2">
        <legend className="text-sm font-medium">{t("brief.channels")}</legend>
        <div className="mt-1 flex flex-wrap gap-3">
          {CHANNELS.map((c) => (
            <label key={c} className="flex items-center gap-1 text-sm">
              <input type="checkbox" name="channels" value={c} defaultChecked={initial.channels.includes(c)} /> {t(`channels.${c}`)}
            </label>
          ))}
        </div>
      </fieldset>
      <fieldset className="sm:col-span-2">
        <legend className="text-sm font-medium">{t("brief.markets")}</legend>
        <div className="mt-1 flex flex-wrap gap-3">
          {markets.map((m) => (
            <label key={m.code} className="flex items-center gap-1 text-sm">
              <input type="checkbox" name="markets" value={m.code} defaultChecked={initial.markets.includes(m.code)} /> {m.code} · {m.name}
            </label>
          ))}
        </div>
      </fieldset>
      <Field label={t("brief.sourceLocale")} htmlFor="b-locale">
        <Input id="b-locale" name="sourceLocale" defaultValue={initial.sourceLocale} dir="ltr" />
      </Field>
      <Field label={t("brief.dueDate")} htmlFor="b-due">
        <Input id="b-due" name="dueDate" type="date" defaultValue={initial.dueDate} />
      </Field>
      <Field label={t("brief.startDate")} htmlFor="b-start">
        <Input id="b-start" name="startDate" type="date" defaultValue={initial.startDate} />
      </Field>
      <Field label={t("brief.endDate")} htmlFor="b-end">
        <Input id="b-end" name="endDate" type="date" defaultValue={initial.endDate} />
      </Field>
      <Checkbox name="requiresBrandSignoff" label={t("brief.requiresBrandSignoff")} defaultChecked={initial.requiresBrandSignoff} />
      <Checkbox name="prefillTargets" label={t("brief.prefillTargets")} defaultChecked={initial.prefillTargets} />
      <div className="sm:col-span-2">
        <Field label={t("brief.briefNotes")} htmlFor="b-notes">
          <Textarea id="b-notes" name="briefNotes" rows={3} defaultValue={initial.briefNotes} />
        </Field>
      </div>
      <div className="space-y-2 sm:col-span-2" aria-live="polite">
        {saved ? <p className="text-sm text-emerald-700 dark:text-emerald-400">{t("brief.saved")}</p> : null}
        {warnings.map((w) => <p key={w} className="rounded-md bg-amber-50 px-3 py-2 text-sm text-amber-800 dark:bg-amber-950 dark:text-amber-300">{t(`warnings.${w}`)}</p>)}
      </div>
      <div className="sm:col-span-2">
        <Button type="submit" disabled={brief.pending}>{initial.id ? t("brief.save") : t("brief.create")}</Button>
      </div>
    </form>
  );
}

function SegmentsFieldset({ segments, setSegments }: { segments: Segment[]; setSegments: React.Dispatch<React.SetStateAction<Segment[]>> }) {
  const { t } = useTranslation("campaigns");
  const inputClassSmall = "text-sm";
  const updateSegment = (i: number, patch: Partial<Segment>) => setSegments((list) => list.map((s, j) => (j === i ? { ...s, ...patch } : s)));
  return (
    <fieldset className="sm:col-span-2">
      <legend className="text-sm font-medium">{t("brief.segments")}</legend>
      <p className={`text-xs ${segments.length > MAX_RECOMMENDED_SEGMENTS ? "text-amber-700 dark:text-amber-400" : "text-slate-500"}`}>{t("brief.segmentsHint")}</p>
      <ol className="mt-2 space-y-3">
        {segments.map((s, i) => (
          <li key={i} className="grid gap-2 rounded-md border border-slate-200 p-3 sm:grid-cols-2 dark:border-slate-700">
            <Input aria-label={t("brief.segmentName")} placeholder={t("brief.segmentName")} value={s.name} onChange={(e) => updateSegment(i, { name: e.target.value })} className={inputClassSmall} />
            <Button variant="ghost" onClick={() => setSegments((l) => l.filter((_, j) => j !== i))} aria-label={t("brief.removeSegment", { name: s.name })}>✕</Button>
            <Textarea aria-label={t("brief.segmentWho")} placeholder={t("brief.segmentWho")} rows={2} value={s.who} onChange={(e) => updateSegment(i, { who: e.target.value })} />
            <Textarea aria-label={t("brief.segmentNeeds")} placeholder={t("brief.segmentNeeds")} rows={2} value={s.needs} onChange={(e) => updateSegment(i, { needs: e.target.value })} />
            <div className="sm:col-span-2">
              <Textarea aria-label={t("brief.segmentShift")} placeholder={t("brief.segmentShift")} rows={2} value={s.shift} onChange={(e) => updateSegment(i, { shift: e.target.value })} />
            </div>
          </li>
        ))}
      </ol>
      <Button variant="secondary" className="mt-2" onClick={() => setSegments((l) => [...l, { name: "", who: "", needs: "", shift: "" }])}>{t("brief.addSegment")}</Button>
    </fieldset>
  );
}
