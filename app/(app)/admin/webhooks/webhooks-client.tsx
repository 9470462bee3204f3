"use client";
import { useState } from "react";
import { useTranslation } from "react-i18next";
import { FormError } from "@/components/form/form-error";
import { useSchemaForm } from "@/components/form/use-schema-form";
import { useServerAction } from "@/components/form/use-server-action";
import { Button } from "@/components/ui/button";
import { Field, Input } from "@/components/ui/field";
import {
  createWebhookAction,
  deleteWebhookAction,
  replayWebhookDeliveryAction,
  revealWebhookSecretAction,
  sendTestWebhookAction,
  updateWebhookAction,
} from "@/lib/exchange/exchange.actions";
import { createWebhookSchema } from "@/lib/exchange/exchange.schemas";

function SecretBox({ secret }: { secret: string }) {
  const { t } = useTranslation("exchange");
  return (
    <div role="status" className="mt-3 rounded-md bg-amber-50 p-3 text-sm dark:bg-amber-950">
      <p>{t("webhooks.secretOnce")}</p>
      <code className="mt-1 block break-all font-mono" dir="ltr">{secret}</code>
    </div>
  );
}

export function CreateWebhookForm({ events }: { events: Array<{ value: string; label: string }> }) {
  const { t } = useTranslation("exchange");
  const [secret, setSecret] = useState<string | null>(null);
  const { pending, error, handleSubmit } = useSchemaForm(createWebhookSchema, createWebhookAction, { invalid: "form" });
  return (
    <form
      className="space-y-3"
      onSubmit={handleSubmit((f) => ({ url: String(f.get("url") ?? ""), events: f.getAll("events").map(String), active: true }), {
        onSuccess: (data, form) => {
          setSecret(data.secret);
          form.reset();
        },
      })}
    >
      <Field label={t("webhooks.url")} htmlFor="webhook-url">
        <Input id="webhook-url" name="url" type="url" required placeholder="https://example.com/meridian" dir="ltr" />
      </Field>
      <fieldset>
        <legend className="mb-1 text-sm font-medium text-slate-700 dark:text-slate-300">{t("webhooks.events")}</legend>
        <div className="flex flex-wrap gap-3">
          {events.map((e) => (
            <label key={e.value} className="flex items-center gap-1 text-sm">
              <input type="checkbox" name="events" value={e.value} defaultChecked /> {e.label}
            </label>
          ))}
        </div>
      </fieldset>
      <FormError code={error?.code} ns="exchange" />
      <Button type="submit" disabled={pending}>{t("webhooks.create")}</Button>
      {secret ? <SecretBox secret={secret} /> : null}
    </form>
  );
}

export function WebhookControls({ id, active }: { id: string; active: boolean }) {
  const { t } = useTranslation("exchange");
  const { pending, error, run } = useServerAction();
  const [secret, setSecret] = useState<string | null>(null);
  const [message, setMessage] = useState<string | null>(null);
  return (
    <div className="flex flex-col items-end gap-2">
      <div className="flex flex-wrap gap-2">
        <Button variant="secondary" disabled={pending} onClick={() => run(() => sendTestWebhookAction({ id }), { onSuccess: () => setMessage(t("webhooks.testQueued")) })}>
          {t("webhooks.sendTest")}
        </Button>
        <Button
          variant="secondary"
          disabled={pending}
          onClick={() => run(() => revealWebhookSecretAction({ id }), { onSuccess: (data) => setSecret(data.secret), refresh: "never" })}
        >
          {t("webhooks.reveal")}
        </Button>
        <Button variant="ghost" disabled={pending} onClick={() => run(() => updateWebhookAction({ id, active: !active }))}>
          {active ? t("webhooks.pause") : t("webhooks.resume")}
        </Button>
        <Button
          variant="danger"
          disabled={pending}
          onClick={() => {
            if (window.confirm(t("webhooks.confirmDelete"))) run(() => deleteWebhookAction({ id }));
          }}
        >
          {t("webhooks.delete")}
        </Button>
      </div>
      <p aria-live="polite" className="text-sm text-slate-600 dark:text-slate-400">{message}</p>
      <FormError code={error?.code} ns="exchange" />
      {secret ? <SecretBox secret={secret} /> : null}
    </div>
  );
}

export function DeliveryReplayButton({ deliveryId }: { deliveryId: string }) {
  const { t } = useTranslation("exchange");
  const { pending, run } = useServerAction();
  const [done, setDone] = useState(false);
  return (
    <span className="inline-flex items-center gap-2">
      <Button
        variant="ghost"
        disabled={pending || done}
        onClick={() => run(() => replayWebhookDeliveryAction({ deliveryId }), { onSuccess: () => setDone(true) })}
      >
        {t("webhooks.replay")}
      </Button>
      <span aria-live="polite" className="text-xs text-slate-500">{done ? t("webhooks.replayed") : ""}</span>
    </span>
  );
}
