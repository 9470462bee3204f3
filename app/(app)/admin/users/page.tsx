import type { Metadata } from "next";
import { notFound } from "next/navigation";
import { Badge } from "@/components/ui/badge";
import { PageHeader } from "@/components/ui/card";
import { Table, Td, Th } from "@/components/ui/table";
import { requireActor } from "@/lib/auth";
import { formatDateTime } from "@/lib/i18n/format";
import { getT } from "@/lib/i18n/request";
import { findMarkets } from "@/lib/markets/find-markets";
import { canViewUsers } from "@/lib/permissions/workspace";
import { findUsers } from "@/lib/users/find-users";
import { CreateUserForm, EditUserRow } from "./users-client";

export const metadata: Metadata = { title: "Users" };

export default async function UsersPage({ searchParams }: { searchParams: Promise<{ q?: string }> }) {
  const actor = await requireActor();
  if (!canViewUsers(actor)) notFound();
  const { t, uiLocale } = await getT();
  const { q } = await searchParams;
  const [users, markets] = await Promise.all([findUsers(actor, { q }), findMarkets(actor)]);
  const marketOptions = markets.map((m) => ({ id: m.id, code: m.code, name: m.name }));
  return (
    <>
      <PageHeader title={t("admin:users.title")} description={t("admin:users.description")} />
      <form className="mb-4" role="search">
        <label htmlFor="user-q" className="sr-only">{t("search")}</label>
        <input id="user-q" name="q" defaultValue={q} placeholder={t("admin:users.search")} className="w-full max-w-sm rounded-md border border-slate-300 px-3 py-1.5 text-sm dark:border-slate-600 dark:bg-slate-900" />
      </form>
      <Table caption={t("admin:users.title")}>
        <thead>
          <tr>
            <Th>{t("admin:users.user")}</Th>
            <Th>{t("admin:users.role")}</Th>
            <Th>{t("admin:users.markets")}</Th>
            <Th>{t("admin:users.lastSignIn")}</Th>
            <Th>{t("admin:users.status")}</Th>
            <Th><span className="sr-only">{t("actions")}</span></Th>
          </tr>
        </thead>
        <tbody className="divide-y divide-slate-100 dark:divide-slate-800">
          {users.map((u) => (
            <tr key={u.id} data-testid={`user-row-${u.email}`}>
              <Td>
                <div className="font-medium">{u.name}</div>
                <div className="text-xs text-slate-500" dir="ltr">{u.email}</div>
              </Td>
              <Td>{t(`roles.${u.role}`)}</Td>
              <Td>{u.memberships.map((m) => m.market.code).join(", ") || t("admin:users.allMarkets")}</Td>
              <Td>{formatDateTime(u.lastSignInAt, uiLocale)}</Td>
              <Td>{u.disabledAt ? <Badge tone="danger">{t("admin:users.disabled")}</Badge> : <Badge tone="success">{t("admin:users.active")}</Badge>}</Td>
              <Td>
                <EditUserRow
                  user={{ id: u.id, role: u.role, disabled: !!u.disabledAt, marketIds: u.memberships.map((m) => m.market.id) }}
                  markets={marketOptions}
                  isSelf={u.id === actor.id}
                />
              </Td>
            </tr>
          ))}
        </tbody>
      </Table>
      <div className="mt-8 max-w-2xl">
        <h2 className="mb-3 text-lg font-semibold">{t("admin:users.create")}</h2>
        <CreateUserForm markets={marketOptions} />
      </div>
    </>
  );
}
