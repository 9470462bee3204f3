"use client";
// A labelled bar chart (e.g. median days to approval by market) with a caption and a data table
// as the accessible fallback.
import { Bar, BarChart, CartesianGrid, ResponsiveContainer, Tooltip, XAxis, YAxis } from "recharts";

export interface BarDatum {
  label: string;
  value: number;
  valueLabel: string;
}

export function BarChartCard({
  data,
  labels,
}: {
  data: BarDatum[];
  labels: { title: string; summary: string; category: string; value: string; showTable: string };
}) {
  return (
    <figure className="space-y-2">
      <figcaption className="text-sm font-medium">{labels.title}</figcaption>
      <p className="text-xs text-slate-600 dark:text-slate-400">{labels.summary}</p>
      <div className="h-56 w-full" dir="ltr" aria-hidden>
        <ResponsiveContainer width="100%" height="100%">
          <BarChart data={data} margin={{ top: 8, right: 16, bottom: 8, left: 0 }}>
            <CartesianGrid strokeDasharray="3 3" stroke="currentColor" strokeOpacity={0.15} />
            <XAxis dataKey="label" tick={{ fontSize: 11 }} stroke="currentColor" interval={0} />
            <YAxis tick={{ fontSize: 11 }} stroke="currentColor" width={36} />
            <Tooltip />
            <Bar dataKey="value" name={labels.value} fill="#10b981" isAnimationActive={false} />
          </BarChart>
        </ResponsiveContainer>
      </div>
      <details className="text-sm">
        <summary className="cursor-pointer text-brand-600">{labels.showTable}</summary>
        <table className="mt-2 text-sm">
          <caption className="sr-only">{labels.title}</caption>
          <thead>
            <tr>
              <th scope="col" className="pe-4 text-start">{labels.category}</th>
              <th scope="col" className="text-end">{labels.value}</th>
            </tr>
          </thead>
          <tbody>
            {data.map((d) => (
              <tr key={d.label}>
                <td className="pe-4">{d.label}</td>
                <td className="text-end tabular-nums">{d.valueLabel}</td>
              </tr>
            ))}
          </tbody>
        </table>
      </details>
    </figure>
  );
}
