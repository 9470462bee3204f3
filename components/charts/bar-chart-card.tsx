"use client";
// A labelled bar chart (e.g. median days to approval by market), in a chart card with its data table.
import { Bar, BarChart, CartesianGrid, Tooltip, XAxis, YAxis } from "recharts";
import { ChartCard } from "./chart-card";

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
    <ChartCard
      labels={labels}
      head={[labels.category, labels.value]}
      rows={data}
      cells={(d) => [d.label, d.valueLabel]}
      rowKey={(d) => d.label}
    >
      <BarChart data={data} margin={{ top: 8, right: 16, bottom: 8, left: 0 }}>
        <CartesianGrid strokeDasharray="3 3" stroke="currentColor" strokeOpacity={0.15} />
        <XAxis dataKey="label" tick={{ fontSize: 11 }} stroke="currentColor" interval={0} />
        <YAxis tick={{ fontSize: 11 }} stroke="currentColor" width={36} />
        <Tooltip />
        <Bar dataKey="value" name={labels.value} fill="#10b981" isAnimationActive={false} />
      </BarChart>
    </ChartCard>
  );
}
