"use client";
// Comment threads on the variant or a block, with @mentions (email, "@\"Full Name\"" or a unique
// first name among the people who can see the variant), replies and resolve/reopen.
import { useState } from "react";
import { useTranslation } from "react-i18next";
import { FormError } from "@/components/form/form-error";
import { useServerAction } from "@/components/form/use-server-action";
import { Button } from "@/components/ui/button";
import { Card } from "@/components/ui/card";
import { inputClass } from "@/components/ui/field";
import { addCommentAction, resolveCommentAction } from "@/lib/comments/comments.actions";
import type { CommentThread } from "@/lib/comments/find-comments";
import type { VariantEditorData } from "@/lib/variants/get-variant-editor";

type Person = { id: string; email: string; name: string };

export function CommentsPanel({
  variantId,
  threads,
  blocks,
  people,
  canComment,
}: {
  variantId: string;
  threads: CommentThread[];
  blocks: VariantEditorData["blocks"];
  people: Person[];
  canComment: boolean;
  actorId: string;
}) {
  const { t } = useTranslation("variants");
  const { pending, error, run } = useServerAction();
  const [body, setBody] = useState("");
  const [blockId, setBlockId] = useState("");
  const keyOf = (id: string | null) => (id ? (blocks.find((b) => b.blockId === id)?.key ?? "") : "");

  function post(input: { body: string; blockId?: string | null; parentId?: string | null }, reset?: () => void) {
    run(() => addCommentAction({ variantId, ...input }), { onSuccess: () => reset?.() });
  }

  return (
    <Card>
      <h2 className="mb-2 text-base font-semibold">{t("comments.title")}</h2>
      {threads.length === 0 ? <p className="text-sm text-slate-500">{t("comments.empty")}</p> : null}
      <ul className="space-y-3">
        {threads.map((thread) => (
          <li key={thread.id} className={`rounded-md border p-2 text-sm dark:border-slate-700 ${thread.resolvedAt ? "opacity-60" : ""}`}>
            {thread.blockId ? <a href={`#block-${thread.blockId}`} className="font-mono text-xs underline" dir="ltr">{keyOf(thread.blockId)}</a> : null}
            {[thread, ...thread.replies].map((c) => (
              <div key={c.id} className="mt-1">
                <p className="text-xs text-slate-500">{c.authorName}</p>
                <p className="whitespace-pre-wrap">{c.body}</p>
              </div>
            ))}
            {canComment ? <ThreadActions thread={thread} pending={pending} onReply={(text) => post({ body: text, parentId: thread.id, blockId: thread.blockId })} onResolve={(resolved) => run(() => resolveCommentAction({ commentId: thread.id, resolved }))} /> : null}
          </li>
        ))}
      </ul>
      {canComment ? (
        <form
          className="mt-3 space-y-2"
          onSubmit={(e) => {
            e.preventDefault();
            if (body.trim()) post({ body, blockId: blockId || null }, () => setBody(""));
          }}
        >
          <label htmlFor="comment-block" className="block text-xs font-medium">{t("comments.block")}</label>
          <select id="comment-block" className={inputClass} value={blockId} onChange={(e) => setBlockId(e.target.value)}>
            <option value="">{t("comments.wholeVariant")}</option>
            {blocks.map((b) => <option key={b.blockId} value={b.blockId}>{b.key}</option>)}
          </select>
          <label htmlFor="comment-body" className="block text-xs font-medium">{t("comments.new")}</label>
          <textarea id="comment-body" className={inputClass} value={body} onChange={(e) => setBody(e.target.value)} aria-describedby="mention-hint" />
          <p id="mention-hint" className="text-xs text-slate-500">{t("comments.mentionHint", { names: people.slice(0, 5).map((p) => `@${p.email}`).join(", ") })}</p>
          <Button type="submit" disabled={pending || !body.trim()}>{t("comments.post")}</Button>
        </form>
      ) : null}
      <FormError code={error?.code} ns="variants" />
    </Card>
  );
}

function ThreadActions({ thread, pending, onReply, onResolve }: { thread: CommentThread; pending: boolean; onReply: (text: string) => void; onResolve: (resolved: boolean) => void }) {
  const { t } = useTranslation("variants");
  const [reply, setReply] = useState("");
  return (
    <div className="mt-2 flex flex-wrap items-center gap-2">
      <label htmlFor={`reply-${thread.id}`} className="sr-only">{t("comments.reply")}</label>
      <input id={`reply-${thread.id}`} className={`${inputClass} !py-1 flex-1`} placeholder={t("comments.reply")} value={reply} onChange={(e) => setReply(e.target.value)} onKeyDown={(e) => {
        if (e.key === "Enter" && reply.trim()) {
          e.preventDefault();
          onReply(reply);
          setReply("");
        }
      }} />
      <Button variant="ghost" disabled={pending} onClick={() => onResolve(!thread.resolvedAt)}>{thread.resolvedAt ? t("comments.reopen") : t("comments.resolve")}</Button>
    </div>
  );
}
