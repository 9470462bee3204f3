"use client";
import { useState } from "react";
import { useTranslation } from "react-i18next";
import { FormError } from "@/components/form/form-error";
import { useSchemaForm } from "@/components/form/use-schema-form";
import { useServerAction } from "@/components/form/use-server-action";
import { Button } from "@/components/ui/button";
import { Field, Input } from "@/components/ui/field";
import { createTokenFromSessionSchema } from "@/lib/tokens/token.schemas";
import { createTokenAction, revokeTokenAction } from "@/lib/tokens/tokens.actions";

export function CreateTokenForm() {
  const { t } = useTranslation("settings");
  const [secret, setSecret] = useState<string | null>(null);
  const { pending, error, handleSubmit } = useSchemaForm(createTokenFromSessionSchema, createTokenAction, { invalid: "form" });
  return (
    <div>
      <form
        className="flex flex-wrap items-end gap-3"
        onSubmit={handleSubmit(
          (f) => ({
            name: String(f.get("name") ?? ""),
            readOnly: f.get("readOnly") === "on",
            expiresInDays: Number(f.get("expiresInDays") ?? 90),
            password: String(f.get("password") ?? ""),
          }),
          {
            onSuccess: (data, form) => {
              setSecret(data.token);
              form.reset();
            },
          },
        )}
      >
        <Field label={t("tokens.name")} htmlFor="token-name">
          <Input id="token-name" name="name" required maxLength={80} />
        </Field>
        <Field label={t("tokens.expiresInDays")} htmlFor="token-days">
          <Input id="token-days" name="expiresInDays" type="number" min={1} max={365} defaultValue={90} className="w-24" />
        </Field>
        <Field label={t("tokens.password")} htmlFor="token-password">
          <Input id="token-password" name="password" type="password" required autoComplete="current-password" />
        </Field>
        <label className="flex items-center gap-2 pb-2 text-sm">
          <input type="checkbox" name="readOnly" /> {t("tokens.readOnly")}
        </label>
        <Button type="submit" disabled={pending}>{t("tokens.create")}</Button>
      </form>
      <FormError code={error?.code} />
      {secret ? (
        <div role="status" className="mt-3 rounded-md border border-emerald-300 bg-emerald-50 p-3 text-sm dark:border-emerald-800 dark:bg-emerald-950">
          <p className="font-medium">{t("tokens.copyNow")}</p>
          <code className="mt-1 block break-all font-mono" dir="ltr" data-testid="new-token">{secret}</code>
        </div>
      ) : null}
    </div>
  );
}

export function RevokeTokenButton({ id }: { id: string }) {
  const { t } = useTranslation("settings");
  const { pending, error, run } = useServerAction();
  return (
    <>
      <Button
        variant="secondary"
        disabled={pending}
        onClick={() => {
          if (window.confirm(t("tokens.confirmRevoke"))) run(() => revokeTokenAction({ id }));
        }}
      >
        {t("tokens.revoke")}
      </Button>
      <FormError code={error?.code} />
    </>
  );
}
