import type { Metadata } from "next";
import { redirect } from "next/navigation";
import { getSessionActor } from "@/lib/auth";
import { oidcConfig } from "@/lib/env";
import { getT } from "@/lib/i18n/request";
import { SignInForm } from "./sign-in-form";

export const metadata: Metadata = { title: "Sign in" };

export default async function SignInPage({
  searchParams,
}: {
  searchParams: Promise<{ error?: string; callbackUrl?: string }>;
}) {
  if (await getSessionActor()) redirect("/work");
  const { t } = await getT();
  const { error, callbackUrl } = await searchParams;
  // Only same-site paths are followed after sign-in.
  const next = callbackUrl && callbackUrl.startsWith("/") && !callbackUrl.startsWith("//") ? callbackUrl : "/work";
  return (
    <main className="flex min-h-screen items-center justify-center px-4">
      <div className="w-full max-w-sm rounded-xl border border-slate-200 bg-white p-8 shadow-sm dark:border-slate-800 dark:bg-slate-900">
        <div className="mb-6 flex items-center gap-2 text-xl font-semibold">
          <span aria-hidden className="inline-block h-7 w-7 rounded-full bg-gradient-to-br from-brand-500 to-emerald-400" />
          Meridian
        </div>
        <h1 className="mb-1 text-lg font-semibold">{t("auth:signIn.title")}</h1>
        <p className="mb-6 text-sm text-slate-600 dark:text-slate-400">{t("auth:signIn.subtitle")}</p>
        <SignInForm initialError={error ?? null} callbackUrl={next} ssoName={oidcConfig()?.name ?? null} />
      </div>
    </main>
  );
}
