// Comment threads of a variant (root comments with their replies), oldest first.
import { getDb } from "@/lib/db";
import { notFound } from "@/lib/errors";
import type { Actor } from "@/lib/permissions/actor";
import { requireVisible } from "@/lib/permissions/require";
import { canViewVariant } from "@/lib/permissions/variants";

export async function findComments(actor: Actor, variantId: string) {
  const db = await getDb();
  const variant = await db.variant.findUnique({ where: { id: variantId }, select: { marketId: true, assigneeId: true } });
  if (!variant) throw notFound();
  requireVisible(canViewVariant(actor, variant));
  const rows = await db.comment.findMany({ where: { variantId }, orderBy: [{ createdAt: "asc" }, { id: "asc" }], take: 1000 });
  const authorIds = [...new Set(rows.map((r) => r.authorId))];
  const authors = await db.user.findMany({ where: { id: { in: authorIds } }, select: { id: true, name: true } });
  const names = new Map(authors.map((a) => [a.id, a.name]));
  const withNames = rows.map((r) => ({
    id: r.id,
    blockId: r.blockId,
    parentId: r.parentId,
    authorId: r.authorId,
    authorName: names.get(r.authorId) ?? "?",
    body: r.body,
    createdAt: r.createdAt,
    resolvedAt: r.resolvedAt,
  }));
  const roots = withNames.filter((c) => !c.parentId);
  return roots.map((root) => ({ ...root, replies: withNames.filter((c) => c.parentId === root.id) }));
}

export type CommentThread = Awaited<ReturnType<typeof findComments>>[number];
