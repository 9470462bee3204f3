"use client";
// Touchpoint and block editor for HQ: keyboard-friendly controls (buttons for move up/down,
// duplicate, delete), character counters, live checker findings with highlighted ranges
// (debounced server action) and a live preview beside each touchpoint.
import { useState } from "react";
import { useTranslation } from "react-i18next";
import { FormError } from "@/components/form/form-error";
import { useSchemaForm } from "@/components/form/use-schema-form";
import { useServerAction } from "@/components/form/use-server-action";
import { TouchpointPreview } from "@/components/preview/touchpoint-preview";
import { Badge } from "@/components/ui/badge";
import { Button } from "@/components/ui/button";
import { Field, Input, Select } from "@/components/ui/field";
import { addTouchpointSchema, BLOCK_TYPES, CHANNELS } from "@/lib/campaigns/campaign.schemas";
import { addTouchpointAction, copyBlockAction, deleteTouchpointAction, saveBlockAction } from "@/lib/campaigns/campaigns.actions";
import { type AssetOption, BlockEditor, type EditorTouchpoint } from "./block-editor";

export type { EditorBlock, EditorTouchpoint } from "./block-editor";

function ReusePicker({ touchpointId, blocks }: { touchpointId: string; blocks: { id: string; label: string }[] }) {
  const { t } = useTranslation("campaigns");
  const [q, setQ] = useState("");
  const { pending, error, run } = useServerAction();
  const shown = blocks.filter((b) => b.label.toLowerCase().includes(q.toLowerCase())).slice(0, 20);
  return (
    <details className="mt-3 text-sm">
      <summary className="cursor-pointer text-brand-700 dark:text-brand-100">{t("editor.reuse")}</summary>
      <label className="sr-only" htmlFor={`reuse-${touchpointId}`}>{t("editor.reuseSearch")}</label>
      <Input id={`reuse-${touchpointId}`} className="mt-2" placeholder={t("editor.reuseSearch")} value={q} onChange={(e) => setQ(e.target.value)} />
      <ul className="mt-2 max-h-60 space-y-1 overflow-auto">
        {shown.length === 0 ? <li className="text-slate-500">{t("editor.reuseNone")}</li> : null}
        {shown.map((b) => (
          <li key={b.id} className="flex items-center justify-between gap-2">
            <span className="truncate">{b.label}</span>
            <Button variant="secondary" disabled={pending} onClick={() => run(() => copyBlockAction({ blockId: b.id, touchpointId }))}>{t("editor.reuseCopy")}</Button>
          </li>
        ))}
      </ul>
      <FormError code={error?.code} ns="campaigns" />
    </details>
  );
}

export function TouchpointsEditor({
  campaignId,
  touchpoints,
  sourceLocale,
  published,
  assets,
  reusable = [],
}: {
  campaignId: string;
  touchpoints: EditorTouchpoint[];
  sourceLocale: string;
  published: boolean;
  assets: AssetOption[];
  reusable?: { id: string; label: string }[];
}) {
  const { t } = useTranslation("campaigns");
  const [drafts, setDrafts] = useState<Record<string, string>>({});
  const blocks = useServerAction();
  const addTouchpoint = useSchemaForm(addTouchpointSchema, addTouchpointAction, { invalid: "form" });
  const run = blocks.run;
  const pending = blocks.pending || addTouchpoint.pending;
  const code = addTouchpoint.error?.code ?? blocks.error?.code;
  return (
    <section aria-labelledby="tp-editor-h">
      <h2 id="tp-editor-h" className="mb-3 text-lg font-semibold">{t("editor.touchpoints")}</h2>
      <FormError code={code} ns="campaigns" />
      <div className="space-y-8">
        {touchpoints.map((tp) => (
          <div key={tp.id} className="grid gap-4 rounded-lg border border-slate-200 bg-white p-4 lg:grid-cols-5 dark:border-slate-800 dark:bg-slate-900">
            <div className="lg:col-span-3">
              <div className="mb-3 flex items-center gap-2">
                <h3 className="text-base font-semibold">{tp.name}</h3>
                <Badge>{t(`channels.${tp.channel}`)}</Badge>
                <Button variant="ghost" className="ms-auto" disabled={pending} onClick={() => window.confirm(t("editor.deleteTouchpoint")) && run(() => deleteTouchpointAction({ touchpointId: tp.id }))}>{t("editor.deleteTouchpoint")}</Button>
              </div>
              <ol className="space-y-3">
                {tp.blocks.map((b, i) => (
                  <BlockEditor
                    key={`${b.id}-${b.sourceVersion}-${b.key}`}
                    block={b}
                    touchpoint={tp}
                    sourceLocale={sourceLocale}
                    published={published}
                    assets={assets}
                    isFirst={i === 0}
                    isLast={i === tp.blocks.length - 1}
                    onDraft={(text) => setDrafts((d) => ({ ...d, [b.id]: text }))}
                  />
                ))}
              </ol>
              <form
                className="mt-3 flex flex-wrap items-end gap-2"
                onSubmit={(e) => {
                  e.preventDefault();
                  const type = String(new FormData(e.currentTarget).get("type"));
                  const taken = new Set(tp.blocks.map((b) => b.key));
                  let key = type;
                  for (let n = 2; taken.has(key); n++) key = `${type}-${n}`;
                  run(() => saveBlockAction({ touchpointId: tp.id, key, type: type as never, policy: "translate", sourceText: "", notes: "" }));
                }}
              >
                <label className="sr-only" htmlFor={`add-type-${tp.id}`}>{t("editor.type")}</label>
                <Select id={`add-type-${tp.id}`} name="type" className="w-48">
                  {BLOCK_TYPES.map((bt) => <option key={bt} value={bt}>{t(`blockTypes.${bt}`)}</option>)}
                </Select>
                <Button type="submit" variant="secondary" disabled={pending}>{t("editor.addBlock")}</Button>
              </form>
              <ReusePicker touchpointId={tp.id} blocks={reusable} />
            </div>
            <aside className="lg:col-span-2" aria-label={`${t("overview.preview")}: ${tp.name}`}>
              <div className="lg:sticky lg:top-20">
                <TouchpointPreview
                  channel={tp.channel}
                  name={tp.name}
                  locale={sourceLocale}
                  blocks={tp.blocks.map((b) => ({ key: b.key, type: b.type, text: drafts[b.id] ?? b.sourceText }))}
                />
              </div>
            </aside>
          </div>
        ))}
      </div>
      <form
        className="mt-6 flex flex-wrap items-end gap-2"
        onSubmit={addTouchpoint.handleSubmit((f) => ({ campaignId, channel: String(f.get("channel")), name: String(f.get("name")) }), {
          onSuccess: (_, form) => form.reset(),
        })}
      >
        <Field label={t("editor.touchpointName")} htmlFor="new-tp-name">
          <Input id="new-tp-name" name="name" required />
        </Field>
        <Field label={t("list.channel")} htmlFor="new-tp-channel">
          <Select id="new-tp-channel" name="channel">
            {CHANNELS.map((c) => <option key={c} value={c}>{t(`channels.${c}`)}</option>)}
          </Select>
        </Field>
        <Button type="submit" disabled={pending}>{t("editor.addTouchpoint")}</Button>
      </form>
    </section>
  );
}
