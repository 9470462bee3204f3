"use client";
import { useTranslation } from "react-i18next";
import { FormError } from "@/components/form/form-error";
import { useSchemaForm } from "@/components/form/use-schema-form";
import { Button } from "@/components/ui/button";
import { Field, Input, Select } from "@/components/ui/field";
import { ROLES } from "@/lib/permissions/roles";
import { createUserAction, updateUserAction } from "@/lib/users/users.actions";
import { createUserSchema, updateUserSchema } from "@/lib/users/user.schemas";

type MarketOption = { id: string; code: string; name: string };

function MarketPicker({ markets, selected, name }: { markets: MarketOption[]; selected: string[]; name: string }) {
  return (
    <fieldset className="flex flex-wrap gap-2">
      {markets.map((m) => (
        <label key={m.id} className="flex items-center gap-1 text-sm">
          <input type="checkbox" name={name} value={m.id} defaultChecked={selected.includes(m.id)} /> {m.code}
        </label>
      ))}
    </fieldset>
  );
}

export function CreateUserForm({ markets }: { markets: MarketOption[] }) {
  const { t } = useTranslation("admin");
  const { pending, error, fieldError, handleSubmit } = useSchemaForm(createUserSchema, createUserAction);
  return (
    <form
      className="grid grid-cols-1 gap-4 sm:grid-cols-2"
      onSubmit={handleSubmit(
        (f) => ({
          email: String(f.get("email") ?? ""),
          name: String(f.get("name") ?? ""),
          role: String(f.get("role") ?? ""),
          password: String(f.get("password") ?? ""),
          marketIds: f.getAll("marketIds").map(String),
        }),
        { onSuccess: (_, form) => form.reset() },
      )}
    >
      <FormError code={error?.code} />
      <Field label={t("users.email")} htmlFor="u-email" error={fieldError("email")}>
        <Input id="u-email" name="email" type="email" required dir="ltr" />
      </Field>
      <Field label={t("users.name")} htmlFor="u-name" error={fieldError("name")}>
        <Input id="u-name" name="name" required />
      </Field>
      <Field label={t("users.role")} htmlFor="u-role">
        <Select id="u-role" name="role" defaultValue="regional_marketer">
          {ROLES.map((r) => (
            <option key={r} value={r}>{t(`common:roles.${r}`)}</option>
          ))}
        </Select>
      </Field>
      <Field label={t("users.initialPassword")} htmlFor="u-password" error={fieldError("password")}>
        <Input id="u-password" name="password" type="password" minLength={10} required dir="ltr" />
      </Field>
      <div className="sm:col-span-2">
        <p className="mb-1 text-sm font-medium">{t("users.markets")}</p>
        <MarketPicker markets={markets} selected={[]} name="marketIds" />
      </div>
      <div className="sm:col-span-2">
        <Button type="submit" disabled={pending}>{t("users.create")}</Button>
      </div>
    </form>
  );
}

export function EditUserRow({
  user,
  markets,
  isSelf,
}: {
  user: { id: string; role: string; disabled: boolean; marketIds: string[] };
  markets: MarketOption[];
  isSelf: boolean;
}) {
  const { t } = useTranslation("admin");
  const { pending, error, submit, handleSubmit } = useSchemaForm(updateUserSchema, updateUserAction, { refresh: "always" });
  return (
    <details>
      <summary className="cursor-pointer text-sm text-brand-600">{t("users.edit")}</summary>
      <form
        className="mt-2 w-72 space-y-2"
        onSubmit={handleSubmit((f) => ({ id: user.id, role: (f.get("role") ?? undefined), marketIds: f.getAll("marketIds").map(String) }))}
      >
        <Select name="role" defaultValue={user.role} aria-label={t("users.role")} disabled={isSelf}>
          {ROLES.map((r) => (
            <option key={r} value={r}>{t(`common:roles.${r}`)}</option>
          ))}
        </Select>
        <MarketPicker markets={markets} selected={user.marketIds} name="marketIds" />
        <div className="flex gap-2">
          <Button type="submit" disabled={pending}>{t("users.save")}</Button>
          {!isSelf ? (
            <Button variant={user.disabled ? "secondary" : "danger"} disabled={pending} onClick={() => submit({ id: user.id, disabled: !user.disabled })}>
              {user.disabled ? t("users.enable") : t("users.disable")}
            </Button>
          ) : null}
        </div>
        <FormError code={error?.code} />
      </form>
    </details>
  );
}
