// Comment forms and actions share these schemas.
import { z } from "zod";

export const addCommentSchema = z.object({
  variantId: z.string().min(1).max(64),
  blockId: z.string().min(1).max(64).nullable().optional(),
  parentId: z.string().min(1).max(64).nullable().optional(),
  body: z.string().trim().min(1).max(5000),
});
export type AddCommentInput = z.infer<typeof addCommentSchema>;

export const resolveCommentSchema = z.object({
  commentId: z.string().min(1).max(64),
  resolved: z.boolean().default(true),
});
