"use client";
// Cumulative approved variants per week (recharts), in a chart card with its data table.
import { CartesianGrid, Line, LineChart, Tooltip, XAxis, YAxis } from "recharts";
import { ChartCard } from "./chart-card";

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
    <ChartCard
      labels={labels}
      head={[labels.week, labels.approved, labels.cumulative]}
      rows={data}
      cells={(p) => [p.weekLabel, p.approved, p.cumulative]}
      rowKey={(p) => p.week}
    >
      <LineChart data={data} margin={{ top: 8, right: 16, bottom: 8, left: 0 }}>
        <CartesianGrid strokeDasharray="3 3" stroke="currentColor" strokeOpacity={0.15} />
        <XAxis dataKey="weekLabel" tick={{ fontSize: 11 }} stroke="currentColor" />
        <YAxis allowDecimals={false} tick={{ fontSize: 11 }} stroke="currentColor" width={36} />
        <Tooltip />
        <Line type="monotone" dataKey="cumulative" name={labels.cumulative} stroke="#4f46e5" strokeWidth={2} dot={false} isAnimationActive={false} />
      </LineChart>
    </ChartCard>
  );
}
