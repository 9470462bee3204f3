// Run by crash-mid-operation.test.ts as its own process: prepares one operation on the given
// database (PostgreSQL URL or PGlite directory), sends the database's fingerprint, then runs the
// operation with a trap on the driver — at the Nth write statement it reports and hangs, so the
// test kills it (SIGKILL) in the middle of the operation's transaction.
import { PGlite } from "@electric-sql/pglite";
import { Client } from "pg";
import { loadActor } from "@/lib/auth/load-actor";
import { createCampaignFromDefinition } from "@/lib/campaigns/create-campaign";
import { publishCampaign } from "@/lib/campaigns/publish-campaign";
import { openPglite, openPostgres } from "@/lib/database/open-database";
import { installDatabase } from "@/lib/db";
import { exportVariantXliff } from "@/lib/exchange/export-variant-xliff";
import { importVariantXliff } from "@/lib/exchange/import-variant-xliff";
import { parseXliff } from "@/lib/exchange/xliff/parse-xliff";
import { writeXliff } from "@/lib/exchange/xliff/write-xliff";
import type { Actor } from "@/lib/permissions/actor";
import { importTermbase } from "@/lib/termbase/import-termbase";
import { writeTbx } from "@/lib/termbase/tbx/write-tbx";
import { databaseFingerprint } from "./database-fingerprint";

export type CrashOperation = "xliff-import" | "termbase-import" | "publish";
export type ChildMessage = { fingerprint: Record<string, string> } | { trapped: number; statement: string };

const WRITE = /^\s*(INSERT|UPDATE|DELETE)\b/i;
let armed = false;
let writes = 0;
const trapAt = Number(process.env.CRASH_AT_WRITE ?? 2);

function trap(text: unknown): Promise<never> | undefined {
  const sql = typeof text === "string" ? text : ((text as { text?: string } | null)?.text ?? "");
  if (!armed || !WRITE.test(sql) || ++writes < trapAt) return undefined;
  process.send!({ trapped: writes, statement: sql.slice(0, 80) } satisfies ChildMessage);
  return new Promise<never>(() => undefined);
}

// Every statement of the app reaches one of these: pg clients (Prisma's adapter, the raw pool
// transactions) or the transaction object PGlite hands to its callback.
const pgQuery = Client.prototype.query;
Client.prototype.query = function (this: Client, ...args: unknown[]) {
  return trap(args[0]) ?? (pgQuery as (...a: unknown[]) => unknown).apply(this, args);
} as typeof Client.prototype.query;
const pgliteTransaction = PGlite.prototype.transaction;
PGlite.prototype.transaction = function <T>(this: PGlite, callback: (tx: Parameters<Parameters<PGlite["transaction"]>[0]>[0]) => Promise<T>) {
  return pgliteTransaction.call(this, (tx) => {
    const query = tx.query.bind(tx);
    const exec = tx.exec.bind(tx);
    tx.query = ((sql: string, ...rest: unknown[]) => trap(sql) ?? (query as (...a: unknown[]) => unknown)(sql, ...rest)) as typeof tx.query;
    tx.exec = ((sql: string, ...rest: unknown[]) => trap(sql) ?? (exec as (...a: unknown[]) => unknown)(sql, ...rest)) as typeof tx.exec;
    return callback(tx);
  }) as Promise<T>;
};

async function actor(prisma: { user: { findUniqueOrThrow: (a: { where: { email: string } }) => Promise<{ id: string }> } }, email: string): Promise<Actor> {
  const user = await prisma.user.findUniqueOrThrow({ where: { email } });
  return (await loadActor(user.id))!;
}

const definition = (name: string, markets: string[], blocks: number) => ({
  name,
  objective: "Crash test",
  kpi: "Nothing partial",
  markets,
  touchpoints: [{
    channel: "email" as const,
    name: "Email",
    blocks: Array.from({ length: blocks }, (_, i) => ({ key: `line_${i}`, type: "body" as const, policy: "translate" as const, source: `Line ${i} for you` })),
  }],
});

async function main() {
  const [operation, target] = process.argv.slice(2) as [CrashOperation, string];
  const db = target.startsWith("postgres") ? await openPostgres(target) : await openPglite(target);
  installDatabase(db);
  const campaigns = await actor(db.prisma, "campaigns@meridian.test");
  let run: () => Promise<unknown>;
  if (operation === "publish") {
    const { id } = await createCampaignFromDefinition(campaigns, definition("Crash publish", ["DE", "FR", "JP", "BR"], 30));
    run = () => publishCampaign(campaigns, { campaignId: id });
  } else if (operation === "termbase-import") {
    const brand = await actor(db.prisma, "brand@meridian.test");
    const content = writeTbx(Array.from({ length: 300 }, (_, i) => ({
      externalId: `crash-${i}`,
      subject: "Crash",
      terms: ["en-US", "de-DE"].map((locale) => ({ locale, text: `crash term ${i} ${locale}`, status: "preferred" as const, doNotTranslate: false, caseSensitive: false })),
    })));
    run = () => importTermbase(brand, { format: "tbx", content });
  } else {
    const { id } = await createCampaignFromDefinition(campaigns, definition("Crash XLIFF", ["DE"], 40));
    const variantId = (await publishCampaign(campaigns, { campaignId: id })).variants[0]!.id;
    const de = await actor(db.prisma, "de.marketer@meridian.test");
    const parsed = parseXliff((await exportVariantXliff(de, { variantId, version: "2.0" })).body);
    if (!parsed.ok) throw new Error("the export does not parse");
    for (const unit of parsed.doc.files[0]!.units) {
      unit.target = unit.source.map((part) => (typeof part === "string" ? part.replace("for you", "für Sie") : part));
    }
    const file = writeXliff(parsed.doc, "2.0");
    run = () => importVariantXliff(de, { variantId, file });
  }
  process.send!({ fingerprint: await databaseFingerprint(db.prisma) } satisfies ChildMessage);
  armed = true;
  await run();
  throw new Error(`${operation} finished without reaching write ${trapAt}`);
}

main().catch((error: unknown) => {
  console.error(error);
  process.exit(1);
});
