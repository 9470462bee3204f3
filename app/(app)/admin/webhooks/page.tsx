import type { Metadata } from "next";
import Link from "next/link";
import { notFound } from "next/navigation";
import { Badge, type Tone } from "@/components/ui/badge";
import { Card, PageHeader } from "@/components/ui/card";
import { Table, Td, Th } from "@/components/ui/table";
import { requireActor } from "@/lib/auth";
import { findWebhooks } from "@/lib/exchange/webhooks/find-webhooks";
import { WEBHOOK_EVENTS } from "@/lib/exchange/webhooks/webhook-events";
import { formatDateTime } from "@/lib/i18n/format";
import { getT } from "@/lib/i18n/request";
import { canManageWebhooks, canViewWebhooks } from "@/lib/permissions/exchange";
import { CreateWebhookForm, DeliveryReplayButton, WebhookControls } from "./webhooks-client";

export const metadata: Metadata = { title: "Webhooks" };

const TONE: Record<string, Tone> = { pending: "info", delivered: "success", dead: "danger", cancelled: "neutral" };

export default async function WebhooksPage() {
  const actor = await requireActor();
  if (!canViewWebhooks(actor)) notFound();
  const { t, uiLocale } = await getT();
  const hooks = await findWebhooks(actor);
  const canManage = canManageWebhooks(actor);
  const eventLabel = (event: string) => t(`exchange:events.${event.replace(".", "_")}`);
  return (
    <>
      <PageHeader title={t("exchange:webhooks.title")} description={t("exchange:webhooks.description")} />
      <p className="mb-4 text-sm text-slate-600 dark:text-slate-400">
        {t("exchange:webhooks.signatureHelp")}{" "}
        <Link href="/api-docs" className="text-brand-700 underline dark:text-brand-300">{t("exchange:apiDocs.title")}</Link>
      </p>
      {canManage ? (
        <Card className="mb-6">
          <h2 className="mb-3 text-base font-semibold">{t("exchange:webhooks.new")}</h2>
          <CreateWebhookForm events={WEBHOOK_EVENTS.map((e) => ({ value: e, label: eventLabel(e) }))} />
        </Card>
      ) : null}
      {hooks.length === 0 ? (
        <Card>
          <h2 className="font-semibold">{t("exchange:webhooks.emptyTitle")}</h2>
          <p className="text-sm text-slate-600 dark:text-slate-400">{t("exchange:webhooks.emptyDescription")}</p>
        </Card>
      ) : (
        <div className="space-y-6">
          {hooks.map((hook) => (
            <Card key={hook.id}>
              <section aria-labelledby={`hook-${hook.id}`} data-testid={`webhook-${hook.id}`}>
                <div className="flex flex-wrap items-start justify-between gap-3">
                  <div className="min-w-0">
                    <h2 id={`hook-${hook.id}`} className="truncate font-mono text-sm font-semibold" dir="ltr">{hook.url}</h2>
                    <p className="mt-1 flex flex-wrap gap-1">
                      {hook.active ? <Badge tone="success">{t("exchange:webhooks.active")}</Badge> : <Badge>{t("exchange:webhooks.inactive")}</Badge>}
                      {hook.events.map((e) => <Badge key={e} tone="info">{eventLabel(e)}</Badge>)}
                    </p>
                  </div>
                  {canManage ? <WebhookControls id={hook.id} active={hook.active} /> : null}
                </div>
                <h3 className="mt-4 mb-2 text-sm font-semibold">{t("exchange:webhooks.deliveries")}</h3>
                {hook.deliveries.length === 0 ? (
                  <p className="text-sm text-slate-500">{t("exchange:webhooks.noDeliveries")}</p>
                ) : (
                  <Table caption={t("exchange:webhooks.deliveries")}>
                    <thead>
                      <tr>
                        <Th>{t("exchange:webhooks.event")}</Th>
                        <Th>{t("exchange:webhooks.status")}</Th>
                        <Th>{t("exchange:webhooks.attempts")}</Th>
                        <Th>{t("exchange:webhooks.created")}</Th>
                        <Th>{t("exchange:webhooks.lastAttempt")}</Th>
                        <Th><span className="sr-only">{t("actions")}</span></Th>
                      </tr>
                    </thead>
                    <tbody className="divide-y divide-slate-100 dark:divide-slate-800">
                      {hook.deliveries.map((d) => {
                        const last = d.attemptLog[0];
                        return (
                          <tr key={d.id}>
                            <Td>{eventLabel(d.event)}</Td>
                            <Td><Badge tone={TONE[d.status] ?? "neutral"}>{t(`exchange:webhooks.states.${d.status}`, { defaultValue: d.status })}</Badge></Td>
                            <Td>{d.attempts}</Td>
                            <Td>{formatDateTime(d.createdAt, uiLocale)}</Td>
                            <Td>
                              {last ? (
                                <span className="text-xs" dir="ltr">
                                  {last.statusCode ?? "—"} · {last.durationMs} ms{last.error ? ` · ${last.error}` : ""}
                                </span>
                              ) : "—"}
                            </Td>
                            <Td>{canManage && d.status !== "pending" ? <DeliveryReplayButton deliveryId={d.id} /> : null}</Td>
                          </tr>
                        );
                      })}
                    </tbody>
                  </Table>
                )}
              </section>
            </Card>
          ))}
        </div>
      )}
    </>
  );
}
