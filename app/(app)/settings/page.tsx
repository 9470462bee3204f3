import type { Metadata } from "next";
import { Badge } from "@/components/ui/badge";
import { Card, PageHeader } from "@/components/ui/card";
import { Table, Td, Th } from "@/components/ui/table";
import { requireActor } from "@/lib/auth";
import { formatDateTime } from "@/lib/i18n/format";
import { getT } from "@/lib/i18n/request";
import { findApiTokens } from "@/lib/tokens/find-api-tokens";
import { CreateTokenForm, RevokeTokenButton } from "./tokens-client";

export const metadata: Metadata = { title: "Settings" };

export default async function SettingsPage() {
  const actor = await requireActor();
  const { t, uiLocale } = await getT();
  const tokens = await findApiTokens(actor);
  return (
    <>
      <PageHeader title={t("settings:title")} description={t("settings:description")} />
      <Card className="mb-6">
        <h2 className="mb-2 text-lg font-semibold">{t("settings:profile")}</h2>
        <dl className="grid grid-cols-1 gap-2 text-sm sm:grid-cols-3">
          <div><dt className="text-slate-500">{t("settings:name")}</dt><dd>{actor.name}</dd></div>
          <div><dt className="text-slate-500">{t("settings:email")}</dt><dd dir="ltr">{actor.email}</dd></div>
          <div><dt className="text-slate-500">{t("settings:role")}</dt><dd>{t(`roles.${actor.role}`)}</dd></div>
        </dl>
        <p className="mt-3 text-xs text-slate-500">{t("settings:preferencesHint")}</p>
      </Card>
      <Card>
        <h2 className="mb-1 text-lg font-semibold">{t("settings:tokens.title")}</h2>
        <p className="mb-4 text-sm text-slate-600 dark:text-slate-400">{t("settings:tokens.description")}</p>
        <CreateTokenForm />
        <div className="mt-4">
          {tokens.length === 0 ? (
            <p className="text-sm text-slate-500">{t("settings:tokens.empty")}</p>
          ) : (
            <Table caption={t("settings:tokens.title")}>
              <thead>
                <tr>
                  <Th>{t("settings:tokens.name")}</Th>
                  <Th>{t("settings:tokens.prefix")}</Th>
                  <Th>{t("settings:tokens.access")}</Th>
                  <Th>{t("settings:tokens.expires")}</Th>
                  <Th>{t("settings:tokens.lastUsed")}</Th>
                  <Th><span className="sr-only">{t("actions")}</span></Th>
                </tr>
              </thead>
              <tbody className="divide-y divide-slate-100 dark:divide-slate-800">
                {tokens.map((token) => (
                  <tr key={token.id}>
                    <Td>{token.name}</Td>
                    <Td className="font-mono" dir="ltr">{token.prefix}…</Td>
                    <Td>{token.readOnly ? <Badge>{t("settings:tokens.readOnly")}</Badge> : <Badge tone="info">{t("settings:tokens.readWrite")}</Badge>}</Td>
                    <Td>{formatDateTime(token.expiresAt, uiLocale)}</Td>
                    <Td>{formatDateTime(token.lastUsedAt, uiLocale)}</Td>
                    <Td>
                      {token.revokedAt ? <Badge tone="danger">{t("settings:tokens.revoked")}</Badge> : <RevokeTokenButton id={token.id} />}
                    </Td>
                  </tr>
                ))}
              </tbody>
            </Table>
          )}
        </div>
      </Card>
    </>
  );
}
