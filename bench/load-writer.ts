// The writes of bench/load.ts that must not be half-applied: one client saving a variant with the
// current version, again and again, through whatever happens (a database restart). Afterwards the
// database must tell one story: every version from the start to the last has exactly one
// variant.edit audit record, and the block holds the text of the save that made the last version.
import http from "node:http";
import { Client } from "pg";
import { send } from "./load-client";

export interface WriterReport {
  saved: number;
  statuses: Record<string, number>;
  versions: { from: number; to: number };
  consistent: boolean;
  problems: string[];
}

export async function runWriter(options: { origin: string; token: string; variantId: string; blockId: string; seconds: number }) {
  const agent = new http.Agent({ keepAlive: true });
  const deadline = performance.now() + options.seconds * 1000;
  const statuses: Record<string, number> = {};
  const read = async (): Promise<number | undefined> => {
    const res = await send(agent, options.origin, { route: "read", method: "GET", path: `/api/v1/variants/${options.variantId}`, token: options.token });
    return res.status === 200 ? (JSON.parse(res.body) as { version: number }).version : undefined;
  };
  let version = await read();
  const from = version!;
  let saved = 0;
  while (performance.now() < deadline) {
    if (version === undefined) {
      version = await read();
      if (version === undefined) await new Promise((r) => setTimeout(r, 100));
      continue;
    }
    const body = JSON.stringify({ version, blocks: [{ blockId: options.blockId, target: `Saved on version ${version}` }] });
    const res = await send(agent, options.origin, { route: "write", method: "PUT", path: `/api/v1/variants/${options.variantId}`, token: options.token, body });
    statuses[res.status] = (statuses[res.status] ?? 0) + 1;
    if (res.status === 200) {
      saved++;
      version++;
    } else {
      // 503 (or a lost connection): the save may or may not have committed; ask the server.
      version = undefined;
    }
  }
  agent.destroy();
  return { from, saved, statuses };
}

export async function checkWrites(databaseUrl: string, variantId: string, blockId: string, run: { from: number; saved: number; statuses: Record<string, number> }): Promise<WriterReport> {
  const pg = new Client({ connectionString: databaseUrl });
  await pg.connect();
  const to = (await pg.query<{ version: number }>(`SELECT version FROM "Variant" WHERE id = $1`, [variantId])).rows[0]!.version;
  const audits = (await pg.query<{ v: string }>(
    `SELECT after->>'version' AS v FROM "AuditEvent" WHERE action = 'variant.edit' AND "entityId" = $1 AND (after->>'version')::int > $2`,
    [variantId, run.from],
  )).rows.map((r) => Number(r.v));
  const target = (await pg.query<{ t: string | null }>(`SELECT "targetText" AS t FROM "VariantBlock" WHERE "variantId" = $1 AND "blockId" = $2`, [variantId, blockId])).rows[0]?.t;
  await pg.end();
  const problems: string[] = [];
  const expected = Array.from({ length: to - run.from }, (_, i) => run.from + 1 + i);
  const sorted = [...audits].sort((a, b) => a - b);
  if (JSON.stringify(sorted) !== JSON.stringify(expected)) problems.push(`versions ${run.from + 1}..${to} but audit records for [${sorted.join(", ")}]`);
  if (to > run.from && target !== `Saved on version ${to - 1}`) problems.push(`version ${to} but the block says "${target}"`);
  if (to - run.from < run.saved) problems.push(`${run.saved} saves answered 200 but the version moved by ${to - run.from}`);
  return { saved: run.saved, statuses: run.statuses, versions: { from: run.from, to }, consistent: problems.length === 0, problems };
}
