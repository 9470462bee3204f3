import type { Metadata } from "next";
import Link from "next/link";
import { Badge, type Tone } from "@/components/ui/badge";
import { buttonClass } from "@/components/ui/button";
import { EmptyState, PageHeader } from "@/components/ui/card";
import { Select, Input } from "@/components/ui/field";
import { Table, Td, Th } from "@/components/ui/table";
import { requireActor } from "@/lib/auth";
import { CAMPAIGN_SORTS, CHANNELS, campaignListSchema } from "@/lib/campaigns/campaign.schemas";
import { findCampaignOwners, findCampaigns } from "@/lib/campaigns/find-campaigns";
import { formatDate } from "@/lib/i18n/format";
import { getT } from "@/lib/i18n/request";
import { findMarkets } from "@/lib/markets/find-markets";
import { canCreateCampaign } from "@/lib/permissions/campaigns";

export const metadata: Metadata = { title: "Campaigns" };

const STATUS_TONE: Record<string, Tone> = { draft: "neutral", published: "success", archived: "warning" };

type Search = Record<string, string | undefined>;

function FilterField({ id, label, children }: { id: string; label: string; children: React.ReactNode }) {
  return (
    <div className="min-w-32">
      <label htmlFor={id} className="mb-1 block text-xs font-medium">{label}</label>
      {children}
    </div>
  );
}

export default async function CampaignsPage({ searchParams }: { searchParams: Promise<Search> }) {
  const actor = await requireActor();
  const { t, uiLocale } = await getT();
  const raw = await searchParams;
  const parsed = campaignListSchema.safeParse(Object.fromEntries(Object.entries(raw).filter(([, v]) => v)));
  const query = parsed.success ? parsed.data : campaignListSchema.parse({});
  const [result, markets, owners] = await Promise.all([
    findCampaigns(actor, query),
    findMarkets(actor),
    findCampaignOwners(),
  ]);
  const pageHref = (page: number) => {
    const params = new URLSearchParams(Object.entries(raw).filter((e): e is [string, string] => !!e[1]));
    params.set("page", String(page));
    return `/campaigns?${params}`;
  };
  return (
    <>
      <PageHeader
        title={t("campaigns:title")}
        description={t("campaigns:description")}
        actions={canCreateCampaign(actor) ? <Link href="/campaigns/new" className={buttonClass("primary")}>{t("campaigns:new")}</Link> : null}
      />
      <form role="search" className="mb-4 flex flex-wrap items-end gap-3" action="/campaigns">
        <div className="min-w-56 flex-1">
          <label htmlFor="c-q" className="mb-1 block text-xs font-medium">{t("campaigns:list.search")}</label>
          <Input id="c-q" name="q" type="search" defaultValue={query.q ?? ""} />
        </div>
        <FilterField id="c-status" label={t("campaigns:list.status")}>
          <Select id="c-status" name="status" defaultValue={query.status ?? ""}>
            <option value="">{t("campaigns:list.any")}</option>
            {(["draft", "published", "archived"] as const).map((s) => <option key={s} value={s}>{t(`campaigns:status.${s}`)}</option>)}
          </Select>
        </FilterField>
        <FilterField id="c-market" label={t("campaigns:list.market")}>
          <Select id="c-market" name="market" defaultValue={query.market ?? ""}>
            <option value="">{t("campaigns:list.any")}</option>
            {markets.map((m) => <option key={m.id} value={m.code}>{m.code} · {m.name}</option>)}
          </Select>
        </FilterField>
        <FilterField id="c-owner" label={t("campaigns:list.owner")}>
          <Select id="c-owner" name="owner" defaultValue={query.owner ?? ""}>
            <option value="">{t("campaigns:list.any")}</option>
            {owners.map((o) => <option key={o.id} value={o.id}>{o.name}</option>)}
          </Select>
        </FilterField>
        <FilterField id="c-channel" label={t("campaigns:list.channel")}>
          <Select id="c-channel" name="channel" defaultValue={query.channel ?? ""}>
            <option value="">{t("campaigns:list.any")}</option>
            {CHANNELS.map((c) => <option key={c} value={c}>{t(`campaigns:channels.${c}`)}</option>)}
          </Select>
        </FilterField>
        <FilterField id="c-active" label={t("campaigns:list.activeOn")}>
          <Input id="c-active" name="activeOn" type="date" defaultValue={raw.activeOn ?? ""} />
        </FilterField>
        <FilterField id="c-sort" label={t("campaigns:list.sort")}>
          <Select id="c-sort" name="sort" defaultValue={query.sort}>
            {CAMPAIGN_SORTS.map((s) => <option key={s} value={s}>{t(`campaigns:list.sorts.${s}`)}</option>)}
          </Select>
        </FilterField>
        <div className="min-w-32">
          <label htmlFor="c-dir" className="sr-only">{t("campaigns:list.sort")}</label>
          <Select id="c-dir" name="dir" defaultValue={query.dir}>
            <option value="desc">{t("campaigns:list.desc")}</option>
            <option value="asc">{t("campaigns:list.asc")}</option>
          </Select>
        </div>
        <button type="submit" className={buttonClass("secondary")}>{t("campaigns:list.apply")}</button>
        <Link href="/campaigns" className={buttonClass("ghost")}>{t("campaigns:list.reset")}</Link>
      </form>
      <p className="mb-2 text-sm text-slate-600 dark:text-slate-400" aria-live="polite">{t("campaigns:list.results", { count: result.total })}</p>
      {result.items.length === 0 ? (
        <EmptyState title={t("campaigns:empty.title")} description={t("campaigns:empty.description")} />
      ) : (
        <Table caption={t("campaigns:title")}>
          <thead>
            <tr>
              <Th>{t("campaigns:list.name")}</Th>
              <Th>{t("campaigns:list.status")}</Th>
              <Th>{t("campaigns:list.markets")}</Th>
              <Th>{t("campaigns:list.channel")}</Th>
              <Th>{t("campaigns:list.dates")}</Th>
              <Th>{t("campaigns:list.due")}</Th>
              <Th>{t("campaigns:list.owner")}</Th>
              <Th>{t("campaigns:list.updated")}</Th>
            </tr>
          </thead>
          <tbody className="divide-y divide-slate-100 dark:divide-slate-800">
            {result.items.map((c) => (
              <tr key={c.id}>
                <Td>
                  <Link href={`/campaigns/${c.id}`} className="font-medium text-brand-700 hover:underline dark:text-brand-100">{c.name}</Link>
                  <div className="line-clamp-1 max-w-md text-xs text-slate-500">{c.objective}</div>
                </Td>
                <Td><Badge tone={STATUS_TONE[c.status]}>{t(`campaigns:status.${c.status}`)}</Badge></Td>
                <Td className="text-xs">{c.markets.join(", ") || "—"}</Td>
                <Td className="text-xs">{c.channels.map((ch) => t(`campaigns:channels.${ch}`)).join(", ") || "—"}</Td>
                <Td className="whitespace-nowrap text-xs">{formatDate(c.startDate, uiLocale)} – {formatDate(c.endDate, uiLocale)}</Td>
                <Td className="whitespace-nowrap text-xs">{formatDate(c.dueDate, uiLocale)}</Td>
                <Td className="text-xs">{c.owner?.name ?? "—"}</Td>
                <Td className="whitespace-nowrap text-xs">{formatDate(c.updatedAt, uiLocale)}</Td>
              </tr>
            ))}
          </tbody>
        </Table>
      )}
      {result.pages > 1 ? (
        <nav aria-label={t("campaigns:list.page", { page: result.page, pages: result.pages })} className="mt-4 flex items-center justify-between text-sm">
          {result.page > 1 ? <Link href={pageHref(result.page - 1)} className={buttonClass("secondary")}>{t("campaigns:list.previous")}</Link> : <span />}
          <span>{t("campaigns:list.page", { page: result.page, pages: result.pages })}</span>
          {result.page < result.pages ? <Link href={pageHref(result.page + 1)} className={buttonClass("secondary")}>{t("campaigns:list.next")}</Link> : <span />}
        </nav>
      ) : null}
    </>
  );
}
