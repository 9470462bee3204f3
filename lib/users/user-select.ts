import type { Prisma } from "@/lib/generated/prisma/client";

export const userSelect = {
  id: true,
  email: true,
  name: true,
  role: true,
  uiLocale: true,
  disabledAt: true,
  lastSignInAt: true,
  createdAt: true,
  memberships: { select: { market: { select: { id: true, code: true, name: true } } } },
} satisfies Prisma.UserSelect;
