"use client";
import { useRouter } from "next/navigation";
import { useState, useTransition } from "react";
import { useTranslation } from "react-i18next";
import { FormError } from "@/components/form/form-error";
import { Button } from "@/components/ui/button";
import { Field, Input } from "@/components/ui/field";
import { createTokenAction, revokeTokenAction } from "@/lib/tokens/tokens.actions";

export function CreateTokenForm() {
  const { t } = useTranslation("settings");
  const router = useRouter();
  const [pending, start] = useTransition();
  const [secret, setSecret] = useState<string | null>(null);
  const [code, setCode] = useState<string | null>(null);
  return (
    <div>
      <form
        className="flex flex-wrap items-end gap-3"
        onSubmit={(e) => {
          e.preventDefault();
          const form = e.currentTarget;
          const f = new FormData(form);
          start(async () => {
            const result = await createTokenAction({
              name: String(f.get("name") ?? ""),
              readOnly: f.get("readOnly") === "on",
              expiresInDays: Number(f.get("expiresInDays") ?? 90),
            });
            if (!result.ok) return setCode(result.error.code);
            setCode(null);
            setSecret(result.data.token);
            form.reset();
            router.refresh();
          });
        }}
      >
        <Field label={t("tokens.name")} htmlFor="token-name">
          <Input id="token-name" name="name" required maxLength={80} />
        </Field>
        <Field label={t("tokens.expiresInDays")} htmlFor="token-days">
          <Input id="token-days" name="expiresInDays" type="number" min={1} max={365} defaultValue={90} className="w-24" />
        </Field>
        <label className="flex items-center gap-2 pb-2 text-sm">
          <input type="checkbox" name="readOnly" /> {t("tokens.readOnly")}
        </label>
        <Button type="submit" disabled={pending}>{t("tokens.create")}</Button>
      </form>
      <FormError code={code} />
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
  const router = useRouter();
  const [pending, start] = useTransition();
  return (
    <Button
      variant="secondary"
      disabled={pending}
      onClick={() =>
        start(async () => {
          if (!window.confirm(t("tokens.confirmRevoke"))) return;
          await revokeTokenAction({ id });
          router.refresh();
        })
      }
    >
      {t("tokens.revoke")}
    </Button>
  );
}
