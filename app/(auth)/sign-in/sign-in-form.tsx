"use client";
import { signIn } from "next-auth/react";
import { useState, useTransition } from "react";
import { useTranslation } from "react-i18next";
import { Button } from "@/components/ui/button";
import { Field, Input } from "@/components/ui/field";

function messageKey(code: string | null): string | null {
  if (!code) return null;
  if (code === "RATE_LIMITED") return "auth:signIn.rateLimited";
  if (code === "SessionRequired") return "auth:signIn.sessionRequired";
  if (code === "SSO_REQUIRED") return "auth:signIn.ssoRequired";
  if (code === "SSO_NOT_PROVISIONED" || code === "SSO_ACCOUNT_DISABLED") return "auth:signIn.ssoNotProvisioned";
  if (code === "SSO_EMAIL_NOT_VERIFIED") return "auth:signIn.ssoEmailNotVerified";
  // next-auth's own codes for a failed OAuth round trip (state/PKCE mismatch, provider errors).
  if (code === "OAuthCallback" || code === "OAuthSignin" || code === "Callback" || code === "SSO_RETRY") return "auth:signIn.ssoFailed";
  return "auth:signIn.invalid";
}

export function SignInForm({
  initialError,
  callbackUrl,
  ssoName,
}: {
  initialError: string | null;
  callbackUrl: string;
  /** The identity provider's display name when single sign-on is configured. */
  ssoName: string | null;
}) {
  const { t } = useTranslation("auth");
  const [error, setError] = useState<string | null>(initialError);
  const [pending, start] = useTransition();
  const key = messageKey(error);

  return (
    <form
      className="space-y-4"
      noValidate
      onSubmit={(event) => {
        event.preventDefault();
        const form = new FormData(event.currentTarget);
        start(async () => {
          const result = await signIn("credentials", {
            email: String(form.get("email") ?? ""),
            password: String(form.get("password") ?? ""),
            redirect: false,
          });
          if (!result || result.error) {
            setError(result?.error ?? "INVALID_CREDENTIALS");
            return;
          }
          window.location.assign(callbackUrl);
        });
      }}
    >
      {key ? (
        <p role="alert" className="rounded-md bg-red-50 px-3 py-2 text-sm text-red-700 dark:bg-red-950 dark:text-red-300">
          {t(key)}
        </p>
      ) : null}
      {ssoName ? (
        <>
          <Button type="button" className="w-full" disabled={pending} variant="secondary" onClick={() => start(async () => void (await signIn("oidc", { callbackUrl })))}>
            {t("signIn.ssoButton", { name: ssoName })}
          </Button>
          <p className="text-center text-xs text-slate-500">{t("signIn.or")}</p>
        </>
      ) : null}
      <Field label={t("signIn.email")} htmlFor="email">
        <Input id="email" name="email" type="email" autoComplete="username" required dir="ltr" />
      </Field>
      <Field label={t("signIn.password")} htmlFor="password">
        <Input id="password" name="password" type="password" autoComplete="current-password" required dir="ltr" />
      </Field>
      <Button type="submit" className="w-full" disabled={pending}>
        {pending ? t("signIn.submitting") : t("signIn.submit")}
      </Button>
      <p className="text-xs text-slate-500">{t("signIn.demoHint")}</p>
    </form>
  );
}
