// Row ids for raw INSERTs, shaped like Prisma's cuid() default ("c" + 24 lower-case hex, 96
// random bits), cut from one random buffer per 4,096 ids: a randomBytes call per id cost
// ~7 µs (0.5 s for the 70,000 ids of a large termbase import).
import { randomBytes } from "node:crypto";

const BATCH = 4096;
let pool = Buffer.alloc(0);
let at = 0;

export function newId(): string {
  if (at === pool.length) {
    pool = randomBytes(12 * BATCH);
    at = 0;
  }
  at += 12;
  return `c${pool.toString("hex", at - 12, at)}`;
}
