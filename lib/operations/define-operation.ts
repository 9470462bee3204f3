// The one contract every domain operation follows (ARCHITECTURE.md, "How to add an operation"):
//   (actor, input: z.input<schema>, tx?) → authorize (cheap, before any parse or load) → parse once
//   → run in one transaction (the caller's, or a new one) → the operation records its audit event.
// `authorize` answers from the actor alone (role, markets named in the raw input at most): it runs
// before a large body is parsed or expensive data is loaded, so a caller who may not act gets
// 403/404 at once. Object-level rules (this variant, this market) stay in `run`, through the
// loaders of lib/permissions, before any expensive work there.
import type { z } from "zod";
import { getDb, withTransaction, type Db, type TransactionOptions } from "@/lib/db";
import type { Actor } from "@/lib/permissions/actor";
import { requireAllowed } from "@/lib/permissions/require";

export interface OperationContext<I> {
  actor: Actor;
  input: I;
  tx: Db;
  /** The caller's transaction, if it passed one: `transaction: false` operations that open their own later join it. */
  outerTx?: Db;
}

export interface OperationSpec<S extends z.ZodType, R> {
  /** Dotted name, e.g. "variant.approve": logs and denial audits use it. */
  name: string;
  input: S;
  /** May this actor attempt the operation at all? `false` answers 403 FORBIDDEN (audited). */
  authorize?: (actor: Actor) => boolean;
  run: (ctx: OperationContext<z.output<S>>) => Promise<R>;
  /** Transaction time-outs for long workflows; `false` runs without a transaction of its own. */
  transaction?: TransactionOptions | false;
}

export interface Operation<S extends z.ZodType, R> {
  (actor: Actor, input: z.input<S>, tx?: Db): Promise<R>;
  readonly operationName: string;
  readonly input: S;
  /** The cheap check alone: route handlers call it before reading a request body. */
  readonly authorize: (actor: Actor) => void;
}

export function defineOperation<S extends z.ZodType, R>(spec: OperationSpec<S, R>): Operation<S, R> {
  const authorize = (actor: Actor): void => {
    if (spec.authorize) requireAllowed(spec.authorize(actor));
  };
  const operation = async (actor: Actor, raw: z.input<S>, tx?: Db): Promise<R> => {
    authorize(actor);
    const input = spec.input.parse(raw) as z.output<S>;
    if (spec.transaction === false) return spec.run({ actor, input, tx: tx ?? (await getDb()), outerTx: tx });
    return withTransaction(tx, (t) => spec.run({ actor, input, tx: t }), spec.transaction);
  };
  return Object.assign(operation, { operationName: spec.name, input: spec.input, authorize });
}
