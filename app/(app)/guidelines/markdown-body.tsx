// Guideline prose: GitHub-flavoured Markdown (tables, task lists, strikethrough, autolinks) by
// react-markdown + remark-gfm. Raw HTML is shown as text, never rendered or executed (no
// rehype-raw); javascript: links are dropped by react-markdown's URL filter.
import Markdown from "react-markdown";
import remarkGfm from "remark-gfm";

const remarkPlugins = [remarkGfm];

export function MarkdownBody({ children }: { children: string }) {
  return (
    <div className="space-y-2 text-sm leading-relaxed text-slate-800 dark:text-slate-200 [&_a]:text-brand-600 [&_a]:underline [&_h1]:text-lg [&_h1]:font-semibold [&_h2]:font-semibold [&_h3]:font-semibold [&_ol]:list-decimal [&_ol]:ps-5 [&_table]:my-2 [&_table]:w-full [&_table]:text-start [&_td]:border [&_td]:border-slate-200 [&_td]:px-2 [&_td]:py-1 [&_th]:border [&_th]:border-slate-200 [&_th]:bg-slate-50 [&_th]:px-2 [&_th]:py-1 [&_th]:text-start dark:[&_td]:border-slate-700 dark:[&_th]:border-slate-700 dark:[&_th]:bg-slate-800 [&_ul]:list-disc [&_ul]:ps-5 [&_ul.contains-task-list]:list-none [&_ul.contains-task-list]:ps-0 [&_.task-list-item_input]:me-1.5">
      <Markdown remarkPlugins={remarkPlugins}>{children}</Markdown>
    </div>
  );
}
