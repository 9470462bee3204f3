import type { Metadata } from "next";
import { cookies, headers } from "next/headers";
import type { ReactNode } from "react";
import { I18nProvider } from "@/components/i18n-provider";
import { getSessionActor } from "@/lib/auth";
import { directionOf } from "@/lib/i18n/config";
import { getUiLocale } from "@/lib/i18n/request";
import { loadResources } from "@/lib/i18n/resources";
import "./globals.css";

export const metadata: Metadata = {
  title: { default: "Meridian", template: "%s · Meridian" },
  description: "Global campaign localization workspace",
};

export default async function RootLayout({ children }: { children: ReactNode }) {
  const uiLocale = await getUiLocale();
  const actor = await getSessionActor();
  const theme = (await cookies()).get("theme")?.value ?? "system";
  // proxy.ts's per-request nonce: the Content-Security-Policy runs only scripts that carry it.
  const nonce = (await headers()).get("x-nonce") ?? undefined;
  // "system" is resolved by the inline script before paint; "dark"/"light" are explicit.
  const themeScript = `(function(){try{var t=${JSON.stringify(theme)};var d=t==='dark'||(t==='system'&&matchMedia('(prefers-color-scheme: dark)').matches);document.documentElement.classList.toggle('dark',d)}catch(e){}})()`;
  return (
    <html lang={uiLocale} dir={directionOf(uiLocale)} className={theme === "dark" ? "dark" : ""} suppressHydrationWarning>
      <head>
        <script nonce={nonce} dangerouslySetInnerHTML={{ __html: themeScript }} />
      </head>
      <body className="min-h-screen antialiased" data-signed-in={actor ? "true" : "false"}>
        <I18nProvider uiLocale={uiLocale} resources={loadResources(uiLocale)}>
          {children}
        </I18nProvider>
      </body>
    </html>
  );
}
