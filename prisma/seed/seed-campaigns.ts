// Demo data for the campaigns capability: "Assume Nothing — Autumn launch", published through
// publishCampaign to every demo market, with variants in several states, plus a draft campaign.
import type { Db } from "@/lib/db";
import type { CampaignDefinitionInput } from "@/lib/campaigns/campaign.schemas";
import { createCampaignFromDefinition } from "@/lib/campaigns/create-campaign";
import { publishCampaign } from "@/lib/campaigns/publish-campaign";
import type { Actor } from "@/lib/permissions/actor";
import type { SeedContext } from "../seed";

const DAY = 86_400_000;
// Demo dates follow the calendar, so a new user sees a live campaign (not one that ended years ago).
const daysFromNow = (days: number) => new Date(Date.now() + days * DAY);

const AUTUMN = {
  name: "Assume Nothing — Autumn launch",
  objective: "Grow new current-account openings by 12% in Q4 among people switching banks for the first time.",
  kpi: "Accounts opened within 30 days of first contact",
  segments: [
    {
      name: "First-time switchers",
      who: "25–34, salaried, banking with the bank their parents chose; digitally fluent but wary of paperwork.",
      needs: "Proof that switching takes minutes, keeps their standing orders and costs nothing hidden.",
      shift: "A concrete, checkable promise (switch in 10 minutes, we move your payments) from a brand that sounds human.",
    },
    {
      name: "New arrivals",
      who: "Recently relocated professionals who need an account before their first salary.",
      needs: "Open an account without a local credit history, in their language, from their phone.",
      shift: "Seeing that identity checks work with a passport and take one visit to the app, not the branch.",
    },
  ],
  funnelStage: "conversion",
  markets: ["US", "DE", "FR", "JP", "BR", "SA", "ES"],
  sourceLocale: "en-US",
  startDate: daysFromNow(10),
  endDate: daysFromNow(70),
  dueDate: daysFromNow(6),
  briefNotes: "The tagline is locked everywhere. Adapt tone to the market; keep every promise checkable.",
  touchpoints: [
    {
      channel: "email",
      name: "Launch e-mail",
      blocks: [
        { key: "headline", type: "headline", policy: "locked", source: "Assume Nothing", maxLength: 40, notes: "Brand tagline: never translate." },
        { key: "subheadline", type: "subheadline", policy: "adapt", source: "Switching banks takes ten minutes. We checked.", maxLength: 80, notes: "Keep the wry, confident tone." },
        { key: "body", type: "body", policy: "translate", source: "Hello {firstName}, open your account in the app and we move your salary, standing orders and direct debits for you.", maxLength: 240 },
        { key: "cta", type: "cta", policy: "translate", source: "Open my account", maxLength: 25 },
        { key: "legal", type: "legal", policy: "optional", source: "Eligibility criteria apply. Meridian Bank is a member of the deposit protection scheme.", notes: "Markets may replace this with their own legal line." },
      ],
    },
    {
      channel: "landing_page",
      name: "Switch landing page",
      blocks: [
        { key: "headline", type: "headline", policy: "locked", source: "Assume Nothing" },
        { key: "body", type: "body", policy: "adapt", source: "No fine print surprises: see every fee before you sign up.", maxLength: 160 },
        { key: "cta", type: "cta", policy: "translate", source: "Start switching", maxLength: 25 },
      ],
    },
    {
      channel: "social",
      name: "Launch post",
      blocks: [{ key: "body", type: "body", policy: "adapt", source: "Ten minutes to switch banks. {count, plural, one {# app} other {# apps}}. Zero paperwork.", maxLength: 200 }],
    },
  ],
} satisfies CampaignDefinitionInput;

type Texts = Record<string, string>;
// Keys are "<touchpoint index>.<block key>".
const DE: Texts = {
  "0.headline": "Assume Nothing",
  "0.subheadline": "Bankwechsel in zehn Minuten. Wir haben nachgemessen.",
  "0.body": "Hallo {firstName}, eröffnen Sie Ihr Konto in der App – wir übertragen Gehalt, Daueraufträge und Lastschriften für Sie.",
  "0.cta": "Konto eröffnen",
  "0.legal": "Es gelten die Teilnahmebedingungen. Impressum: Meridian Bank AG, Frankfurt am Main.",
  "1.headline": "Assume Nothing",
  "1.body": "Keine Überraschungen im Kleingedruckten: Sie sehen jede Gebühr, bevor Sie sich anmelden.",
  "1.cta": "Wechsel starten",
  "2.body": "Zehn Minuten für den Bankwechsel. {count, plural, one {# App} other {# Apps}}. Kein Papierkram.",
};
const JA: Texts = {
  "0.headline": "Assume Nothing",
  "0.subheadline": "銀行の乗り換えは10分。実際に確かめました。",
  "0.body": "{firstName}様、アプリで口座を開設するだけで、給与振込・自動振替・口座引き落としの移行は私たちが行います。",
  "0.cta": "口座を開設する",
  "0.legal": "適用条件があります。メリディアン銀行は預金保険制度の対象です。",
  "1.headline": "Assume Nothing",
  "1.body": "細則に驚きはありません。お申し込み前にすべての手数料をご確認いただけます。",
  "1.cta": "乗り換えを始める",
  "2.body": "銀行の乗り換えは10分。{count, plural, other {#つのアプリ}}。書類は不要です。",
};
const FR_PARTIAL: Texts = {
  "0.headline": "Assume Nothing",
  "0.subheadline": "Changer de banque prend dix minutes. Nous avons vérifié.",
  "0.cta": "Ouvrir mon compte",
};
const BR_PARTIAL: Texts = {
  "0.headline": "Assume Nothing",
  "0.subheadline": "Trocar de banco leva dez minutos. A gente conferiu.",
  "0.body": "Olá {firstName}, abra sua conta no app e nós transferimos seu salário, débitos automáticos e pagamentos recorrentes.",
  "0.cta": "Abrir minha conta",
};
const SA_PARTIAL: Texts = {
  "0.headline": "Assume Nothing",
  "0.subheadline": "تغيير البنك يستغرق عشر دقائق. لقد تحققنا من ذلك.",
  "0.body": "مرحبًا {firstName}، افتح حسابك عبر التطبيق وسننقل راتبك وأوامرك الدائمة ومدفوعاتك المباشرة نيابةً عنك.",
};

function seedActor(id: string): Actor {
  return { id, email: "campaigns@meridian.test", name: "Carl Campaigns", role: "hq_campaign", marketIds: [], uiLocale: "en" };
}

export async function seedCampaigns(tx: Db, ctx: SeedContext): Promise<void> {
  const actor = seedActor(ctx.users.get("campaigns@meridian.test")!);
  const { id } = await createCampaignFromDefinition(actor, AUTUMN, tx);
  const { variants } = await publishCampaign(actor, { campaignId: id }, tx);

  const blocks = await tx.block.findMany({ where: { touchpoint: { campaignId: id } }, select: { id: true, key: true, sourceText: true, touchpoint: { select: { position: true } } } });
  const keyOf = new Map(blocks.map((b) => [b.id, `${b.touchpoint.position}.${b.key}`]));
  const sourceOf = new Map(blocks.map((b) => [`${b.touchpoint.position}.${b.key}`, b.sourceText]));
  const variantOf = (market: string) => variants.find((v) => v.market === market)!;
  const fill = async (market: string, texts: Texts, updatedById: string | null) => {
    const variant = variantOf(market);
    for (const [blockId, key] of keyOf) {
      if (texts[key] === undefined) continue;
      await tx.variantBlock.update({
        where: { variantId_blockId: { variantId: variant.id, blockId } },
        data: { targetText: texts[key]!, updatedById },
      });
    }
    return variant;
  };
  const user = (email: string) => ctx.users.get(email)!;
  const now = new Date();

  const ago = (days: number) => new Date(now.getTime() - days * DAY);
  // Published three weeks ago; markets have been working since.
  await tx.campaign.updateMany({ where: { name: AUTUMN.name }, data: { publishedAt: ago(21) } });

  const de = await fill("DE", DE, user("de.marketer@meridian.test"));
  await tx.variant.update({ where: { id: de.id }, data: { state: "in_review", submittedById: user("de.marketer@meridian.test"), submittedAt: ago(1) } });
  await fill("FR", FR_PARTIAL, user("fr.marketer@meridian.test"));
  const jp = await fill("JP", JA, user("jp.marketer@meridian.test"));
  await tx.variant.update({ where: { id: jp.id }, data: { state: "approved", submittedById: user("jp.marketer@meridian.test"), submittedAt: ago(9), approvedAt: ago(8) } });
  const us = await fill("US", Object.fromEntries(sourceOf), user("campaigns@meridian.test"));
  await tx.variant.update({ where: { id: us.id }, data: { state: "published", submittedAt: ago(16), approvedAt: ago(15), publishedAt: ago(14) } });
  const br = await fill("BR", BR_PARTIAL, null);
  // Brazil was due earlier (a shorter local deadline) and is now overdue.
  await tx.variant.update({ where: { id: br.id }, data: { state: "changes_requested", submittedAt: ago(5), dueDate: ago(2) } });
  await fill("SA", SA_PARTIAL, null);

  await createCampaignFromDefinition(
    actor,
    {
      name: "Meridian Card — Spring travel",
      objective: "Make Meridian Card the default card abroad for frequent travellers.",
      kpi: "Share of foreign-currency spend on Meridian Card",
      segments: [{ name: "Frequent travellers", who: "Fly abroad 4+ times a year.", needs: "No FX surprises.", shift: "Seeing the real rate before paying." }],
      funnelStage: "consideration",
      markets: ["DE", "FR", "JP"],
      dueDate: daysFromNow(45),
      touchpoints: [
        {
          channel: "push",
          name: "Arrival push",
          blocks: [
            { key: "headline", type: "headline", policy: "adapt", source: "Landed, {firstName}?", maxLength: 30 },
            { key: "body", type: "body", policy: "translate", source: "Pay with Meridian Card at the real exchange rate.", maxLength: 90 },
          ],
        },
      ],
    },
    tx,
  );
}
