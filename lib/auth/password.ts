// Password hashing: argon2id (OWASP parameters: 19 MiB, 2 passes) over the whole password —
// bcrypt only read the first 72 bytes. bcrypt hashes from earlier versions still verify and are
// replaced at the owner's next successful sign-in (`needsRehash`).
// @node-rs/argon2: prebuilt binaries as npm platform packages (no node-gyp, no download at install).
import { type Algorithm, hash, verify } from "@node-rs/argon2";
import bcrypt from "bcryptjs";
import { requireStrongPassword } from "./password-policy";

// Algorithm.Argon2id: a const enum, which isolated modules cannot read.
const ARGON2ID = 2 as Algorithm;
const OPTIONS = { algorithm: ARGON2ID, memoryCost: 19_456, timeCost: 2, parallelism: 1 } as const;

export function hashPassword(password: string): Promise<string> {
  return hash(password, OPTIONS);
}

/** A password a person chose just now: refused when guessable (e.g. their e-mail), then hashed. */
export function hashNewPassword(password: string, userInputs: string[] = []): Promise<string> {
  requireStrongPassword(password, userInputs);
  return hashPassword(password);
}

export async function verifyPassword(password: string, stored: string): Promise<boolean> {
  if (stored.startsWith("$2")) return bcrypt.compare(password, stored);
  try {
    return await verify(stored, password);
  } catch {
    return false; // a malformed stored hash never signs anyone in
  }
}

/** True when a stored hash is not argon2id with today's parameters. */
export function needsRehash(stored: string): boolean {
  return !stored.startsWith(`$argon2id$v=19$m=${OPTIONS.memoryCost},t=${OPTIONS.timeCost},p=${OPTIONS.parallelism}$`);
}

// Compared against when the e-mail is unknown, so timing does not reveal which accounts exist.
export const DUMMY_HASH =
  "$argon2id$v=19$m=19456,t=2,p=1$UOevW1KDIdCl2cxsowQtHA$y1Olln5z5ZAvTPqZMEr6f9AY8QF0l5wgu4aSX8eEwrc";
