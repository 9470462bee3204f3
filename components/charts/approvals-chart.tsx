"use client";
// Cumulative approved variants per week (recharts), with a caption and a data table as the
// accessible fallback for screen readers and anyone who prefers numbers.
import { CartesianGrid, Line, LineChart, ResponsiveContainer, Tooltip, XAxis, YAxis } from "recharts";

export interface ApprovalsPoint {
  week: string;
  weekLabel: string;
  approved: number;
  cumulative: number;
}

export function ApprovalsChart({
  data,
  labels,
}: {
  data: ApprovalsPoint[];
  labels: { title: string; summary: string; week: string; approved: string; cumulative: string; showTable: string };
}) {
  return (
    <figure className="space-y-2">
      <figcaption className="text-sm font-medium">{labels.title}</figcaption>
      <p className="text-xs text-slate-600 dark:text-slate-400">{labels.summary}</p>
      <div className="h-56 w-full" dir="ltr" aria-hidden>
        <ResponsiveContainer width="100%" height="100%">
          <LineChart data={data} margin={{ top: 8, right: 16, bottom: 8, left: 0 }}>
            <CartesianGrid strokeDasharray="3 3" stroke="currentColor" strokeOpacity={0.15} />
            <XAxis dataKey="weekLabel" tick={{ fontSize: 11 }} stroke="currentColor" />
            <YAxis allowDecimals={false} tick={{ fontSize: 11 }} stroke="currentColor" width={36} />
            <Tooltip />
            <Line type="monotone" dataKey="cumulative" name={labels.cumulative} stroke="#4f46e5" strokeWidth={2} dot={false} isAnimationActive={false} />
          </LineChart>
        </ResponsiveContainer>
      </div>
      <details className="text-sm">
        <summary className="cursor-pointer text-brand-600">{labels.showTable}</summary>
        <table className="mt-2 text-sm">
          <caption className="sr-only">{labels.title}</caption>
          <thead>
            <tr>
              <th scope="col" className="pe-4 text-start">{labels.week}</th>
              <th scope="col" className="pe-4 text-end">{labels.approved}</th>
              <th scope="col" className="text-end">{labels.cumulative}</th>
            </tr>
          </thead>
          <tbody>
            {data.map((p) => (
              <tr key={p.week}>
                <td className="pe-4">{p.weekLabel}</td>
                <td className="pe-4 text-end tabular-nums">{p.approved}</td>
                <td className="text-end tabular-nums">{p.cumulative}</td>
              </tr>
            ))}
          </tbody>
        </table>
      </details>
    </figure>
  );
}
