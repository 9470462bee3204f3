import bcrypt from "bcryptjs";

const COST = 10;

export function hashPassword(password: string): Promise<string> {
  return bcrypt.hash(password, COST);
}

export function verifyPassword(password: string, hash: string): Promise<boolean> {
  return bcrypt.compare(password, hash);
}

// Compared against when the e-mail is unknown, so timing does not reveal which accounts exist.
export const DUMMY_HASH = "$2b$10$CwTycUXWue0Thq9StjUM0uJ8.pV0Ykz4N2bqQyJ1f3n3zvXo7WvG.";
