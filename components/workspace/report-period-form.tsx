"use client";

import { useId, useState } from "react";
import { DateField } from "@/components/ui/date-input";
import { SEPARATE_MERGED_LABEL } from "@/lib/reports/columns";
import { PERIOD_KIND_LABELS, PERIOD_KINDS, type PeriodKind, type ReportPeriod } from "@/lib/reports/period";

const inputClass = "mt-1 w-full rounded border border-gray-400 bg-white px-3 py-2 focus:outline-2 focus:outline-brand-600";

type Props = {
  fields: ReportPeriod["fields"];
  separateMerged: boolean;
  /** The current `sap_xep`, kept when the period changes. */
  sort: string;
  fieldErrors: Record<string, string>;
  /** Years offered, newest first (never one still to come). */
  years: number[];
  /** Today in Vietnam: months and quarters still to come are not offered. */
  today: { year: number; month: number };
};

/** Kỳ báo cáo: shows only the fields the chosen kind of period uses. A plain GET form. */
export function ReportPeriodForm({ fields, separateMerged, sort, fieldErrors, years, today }: Props) {
  const [kind, setKind] = useState<PeriodKind>(fields.ky);
  const [year, setYear] = useState(fields.nam);
  // In the current year only the months and quarters that have begun: a report of the future is empty.
  const lastMonth = year >= today.year ? today.month : 12;
  const lastQuarter = Math.ceil(lastMonth / 3);
  const id = useId();
  const error = (name: string) =>
    fieldErrors[name] ? (
      <p id={`${id}-${name}-loi`} className="mt-1 text-sm text-brand-700">
        {fieldErrors[name]}
      </p>
    ) : null;
  const described = (name: string) => (fieldErrors[name] ? { "aria-describedby": `${id}-${name}-loi`, "aria-invalid": true } : {});
  const offeredYears = years.includes(fields.nam) ? years : [fields.nam, ...years];

  return (
    <form action="/quan-ly/bao-cao" className="grid gap-3 rounded border border-gray-200 bg-white p-4 sm:grid-cols-2 lg:grid-cols-5 lg:items-start" aria-label="Chọn kỳ báo cáo">
      <div>
        <label htmlFor={`${id}-ky`} className="block text-sm font-semibold">Kỳ báo cáo</label>
        <select id={`${id}-ky`} name="ky" value={kind} onChange={(event) => setKind(event.target.value as PeriodKind)} className={inputClass}>
          {PERIOD_KINDS.map((k) => (
            <option key={k} value={k}>{PERIOD_KIND_LABELS[k]}</option>
          ))}
        </select>
      </div>
      {kind !== "tuy-chon" && (
        <div>
          <label htmlFor={`${id}-nam`} className="block text-sm font-semibold">Năm</label>
          <select id={`${id}-nam`} name="nam" value={year} onChange={(event) => setYear(Number(event.target.value))} className={inputClass} {...described("nam")}>
            {offeredYears.map((year) => (
              <option key={year} value={year}>{year}</option>
            ))}
          </select>
          {error("nam")}
        </div>
      )}
      {kind === "thang" && (
        <div>
          <label htmlFor={`${id}-thang`} className="block text-sm font-semibold">Tháng</label>
          <select id={`${id}-thang`} name="thang" defaultValue={fields.thang} className={inputClass} {...described("thang")}>
            {Array.from({ length: lastMonth }, (_, i) => i + 1).map((month) => (
              <option key={month} value={month}>Tháng {month}</option>
            ))}
          </select>
          {error("thang")}
        </div>
      )}
      {kind === "quy" && (
        <div>
          <label htmlFor={`${id}-quy`} className="block text-sm font-semibold">Quý</label>
          <select id={`${id}-quy`} name="quy" defaultValue={fields.quy} className={inputClass} {...described("quy")}>
            {[1, 2, 3, 4].filter((quarter) => quarter <= lastQuarter).map((quarter) => (
              <option key={quarter} value={quarter}>Quý {quarter}</option>
            ))}
          </select>
          {error("quy")}
        </div>
      )}
      {kind === "tuy-chon" && (
        <>
          <DateField id={`${id}-tu`} label="Từ ngày" name="tu" required defaultValue={fields.tu} error={fieldErrors.tu} />
          <DateField id={`${id}-den`} label="Đến ngày" name="den" required defaultValue={fields.den} error={fieldErrors.den} />
        </>
      )}
      <div className="flex items-center gap-2 lg:pb-2">
        <input id={`${id}-rieng`} name="rieng" type="checkbox" value="1" defaultChecked={separateMerged} className="h-4 w-4" />
        <label htmlFor={`${id}-rieng`} className="text-sm">{SEPARATE_MERGED_LABEL}</label>
      </div>
      {sort && <input type="hidden" name="sap_xep" value={sort} />}
      <button type="submit" className="rounded bg-brand-700 px-4 py-2 font-semibold text-white hover:bg-brand-800">Xem báo cáo</button>
    </form>
  );
}
