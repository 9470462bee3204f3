"use client";
// What every chart here shares: a caption, a one-line summary, the chart itself (hidden from
// assistive technology) and its numbers as a table behind "show table", the accessible fallback.
import type { ReactElement, ReactNode } from "react";
import { ResponsiveContainer } from "recharts";

const classes = (...names: Array<string | false>) => names.filter(Boolean).join(" ") || undefined;

export function ChartCard<T>({
  labels,
  head,
  rows,
  cells,
  rowKey,
  children,
}: {
  labels: { title: string; summary: string; showTable: string };
  /** Table columns: the first names the row, the others hold its numbers. */
  head: string[];
  rows: T[];
  cells: (row: T) => ReactNode[];
  rowKey: (row: T) => string;
  /** A recharts chart, sized to the card. */
  children: ReactElement;
}) {
  const last = head.length - 1;
  return (
    <figure className="space-y-2">
      <figcaption className="text-sm font-medium">{labels.title}</figcaption>
      <p className="text-xs text-slate-600 dark:text-slate-400">{labels.summary}</p>
      <div className="h-56 w-full" dir="ltr" aria-hidden>
        <ResponsiveContainer width="100%" height="100%">
          {children}
        </ResponsiveContainer>
      </div>
      <details className="text-sm">
        <summary className="cursor-pointer text-brand-600">{labels.showTable}</summary>
        <table className="mt-2 text-sm">
          <caption className="sr-only">{labels.title}</caption>
          <thead>
            <tr>
              {head.map((label, i) => (
                <th key={i} scope="col" className={classes(i < last && "pe-4", i === 0 ? "text-start" : "text-end")}>{label}</th>
              ))}
            </tr>
          </thead>
          <tbody>
            {rows.map((row) => (
              <tr key={rowKey(row)}>
                {cells(row).map((cell, i) => (
                  <td key={i} className={classes(i < last && "pe-4", i > 0 && "text-end tabular-nums")}>{cell}</td>
                ))}
              </tr>
            ))}
          </tbody>
        </table>
      </details>
    </figure>
  );
}
