"use client";

// The workspace's one way to enter a day or a day and time: text boxes in dd/mm/yyyy and 24-hour
// Vietnam time, not <input type=date>, whose format follows the browser's language (mm/dd/yyyy and
// AM/PM on an English browser). What was typed is echoed in words ("Thứ Hai, 07/12/2026 lúc 08:30
// (giờ Việt Nam)") so "05/12" is seen to mean 5 December; the server reads the same text with
// lib/vietnamese.ts (parseVietnamDay, parseVietnamDayAndTime), so the fields work without JavaScript.
//
//   <DateField label="Từ ngày" name="tu" defaultValue={filters.from} />       // value: "05/12/2026"
//   <DateTimeField legend="Thời điểm xuất bản" dateName="publishDate" timeName="publishTime" />
import { useId, useState } from "react";
import { dayAsTyped, describeVietnamDateTime, formatDateTime, describeVietnamDay, parseVietnamDay, parseVietnamDayAndTime, parseVietnamTime } from "@/lib/vietnamese";

const inputClass =
  "mt-1 w-full rounded border border-gray-400 bg-white px-3 py-2 focus:outline-2 focus:outline-brand-600 aria-invalid:border-red-600";

/** "05/12/2026" once a typed day is understood; what was typed otherwise. */
function tidyDay(text: string): string {
  const parsed = parseVietnamDay(text);
  return parsed.ok ? dayAsTyped(parsed.iso) : text;
}

function tidyTime(text: string): string {
  const parsed = parseVietnamTime(text);
  return parsed.ok ? `${String(parsed.hour).padStart(2, "0")}:${String(parsed.minute).padStart(2, "0")}` : text;
}

type Echo = { text: string; wrong: boolean } | null;

function EchoLine({ id, echo }: { id: string; echo: Echo }) {
  return (
    <p id={id} aria-live="polite" className={`mt-1 min-h-5 text-sm ${echo?.wrong ? "text-red-700" : "text-green-800"}`}>
      {echo?.text}
    </p>
  );
}

type DateFieldProps = {
  label: string;
  name: string;
  id?: string;
  /** "yyyy-mm-dd" or what was typed before. */
  defaultValue?: string;
  required?: boolean;
  /** The server's message for this field. */
  error?: string;
  className?: string;
};

/** One day, typed dd/mm/yyyy (or dd/mm for this year). */
export function DateField({ label, name, id, defaultValue, required, error, className }: DateFieldProps) {
  const generated = useId();
  const inputId = id ?? `ngay-${generated}`;
  const [text, setText] = useState(dayAsTyped(defaultValue));
  const [touched, setTouched] = useState(false);
  // The server's message stays until the person edits the field it is about.
  const [dismissed, setDismissed] = useState<string | undefined>();
  const parsed = text.trim() ? parseVietnamDay(text) : null;
  const echo: Echo = parsed?.ok ? { text: describeVietnamDay(parsed.value), wrong: false } : parsed && touched ? { text: parsed.error, wrong: true } : null;
  const shownError = error && error !== dismissed ? error : null;
  return (
    <div className={className}>
      <label htmlFor={inputId} className="block text-sm font-semibold">{label}</label>
      <input
        id={inputId}
        name={name}
        type="text"
        inputMode="numeric"
        autoComplete="off"
        placeholder="dd/mm/yyyy"
        required={required}
        value={text}
        onChange={(event) => {
          setText(event.target.value);
          setDismissed(error);
        }}
        onBlur={() => {
          setTouched(true);
          setText(tidyDay(text));
        }}
        aria-invalid={shownError || echo?.wrong ? true : undefined}
        aria-describedby={`${inputId}-goi-y ${inputId}-doc${shownError ? ` ${inputId}-loi` : ""}`}
        className={inputClass}
      />
      <p id={`${inputId}-goi-y`} className="mt-1 text-xs text-muted">Ngày/tháng/năm, ví dụ 05/12/2026</p>
      {shownError && <p id={`${inputId}-loi`} className="mt-1 text-sm text-red-700">{shownError}</p>}
      <EchoLine id={`${inputId}-doc`} echo={echo} />
    </div>
  );
}

type DateTimeFieldProps = {
  legend: string;
  dateName: string;
  timeName: string;
  id?: string;
  /** An instant to start from, shown in Vietnam time. */
  defaultValue?: Date;
  required?: boolean;
  dateError?: string;
  timeError?: string;
  className?: string;
};

/** A day and a 24-hour time in Vietnam, as two boxes under one legend, echoed as one sentence. */
export function DateTimeField({ legend, dateName, timeName, id, defaultValue, required, dateError, timeError, className }: DateTimeFieldProps) {
  const generated = useId();
  const baseId = id ?? `ngay-gio-${generated}`;
  const start = defaultValue ? describeParts(defaultValue) : { day: "", time: "" };
  const [day, setDay] = useState(start.day);
  const [time, setTime] = useState(start.time);
  const [touched, setTouched] = useState({ day: false, time: false });
  const [dismissed, setDismissed] = useState<{ day?: string; time?: string }>({});
  const both = day.trim() && time.trim() ? parseVietnamDayAndTime(day, time) : null;
  const dayAlone = day.trim() ? parseVietnamDay(day) : null;
  const timeAlone = time.trim() ? parseVietnamTime(time) : null;
  let echo: Echo = null;
  if (both?.ok) echo = { text: describeVietnamDateTime(both.value), wrong: false };
  else if (touched.day && dayAlone && !dayAlone.ok) echo = { text: dayAlone.error, wrong: true };
  else if (touched.time && timeAlone && !timeAlone.ok) echo = { text: timeAlone.error, wrong: true };
  else if (dayAlone?.ok) echo = { text: `${describeVietnamDay(dayAlone.value)}, chưa có giờ`, wrong: false };
  const dayError = dateError && dateError !== dismissed.day ? dateError : null;
  const hourError = timeError && timeError !== dismissed.time ? timeError : null;
  const describedBy = (field: "ngay" | "gio", error: string | null | undefined) =>
    `${baseId}-${field}-goi-y ${baseId}-doc${error ? ` ${baseId}-${field}-loi` : ""}`;
  return (
    <fieldset className={className}>
      <legend className="text-sm font-semibold">{legend}</legend>
      <div className="mt-1 grid grid-cols-[minmax(0,3fr)_minmax(0,2fr)] gap-2">
        <div>
          <label htmlFor={`${baseId}-ngay`} className="block text-sm">Ngày</label>
          <input
            id={`${baseId}-ngay`}
            name={dateName}
            type="text"
            inputMode="numeric"
            autoComplete="off"
            placeholder="dd/mm/yyyy"
            required={required}
            value={day}
            onChange={(event) => {
              setDay(event.target.value);
              setDismissed((d) => ({ ...d, day: dateError }));
            }}
            onBlur={() => {
              setTouched((t) => ({ ...t, day: true }));
              setDay(tidyDay(day));
            }}
            aria-invalid={dayError || (touched.day && dayAlone && !dayAlone.ok) ? true : undefined}
            aria-describedby={describedBy("ngay", dayError)}
            className={inputClass}
          />
          <p id={`${baseId}-ngay-goi-y`} className="mt-1 text-xs text-muted">Ngày/tháng/năm</p>
          {dayError && <p id={`${baseId}-ngay-loi`} className="mt-1 text-sm text-red-700">{dayError}</p>}
        </div>
        <div>
          <label htmlFor={`${baseId}-gio`} className="block text-sm">Giờ</label>
          <input
            id={`${baseId}-gio`}
            name={timeName}
            type="text"
            inputMode="numeric"
            autoComplete="off"
            placeholder="hh:mm"
            required={required}
            value={time}
            onChange={(event) => {
              setTime(event.target.value);
              setDismissed((d) => ({ ...d, time: timeError }));
            }}
            onBlur={() => {
              setTouched((t) => ({ ...t, time: true }));
              setTime(tidyTime(time));
            }}
            aria-invalid={hourError || (touched.time && timeAlone && !timeAlone.ok) ? true : undefined}
            aria-describedby={describedBy("gio", hourError)}
            className={inputClass}
          />
          <p id={`${baseId}-gio-goi-y`} className="mt-1 text-xs text-muted">24 giờ, giờ Việt Nam</p>
          {hourError && <p id={`${baseId}-gio-loi`} className="mt-1 text-sm text-red-700">{hourError}</p>}
        </div>
      </div>
      <EchoLine id={`${baseId}-doc`} echo={echo} />
    </fieldset>
  );
}

function describeParts(date: Date): { day: string; time: string } {
  const [day = "", time = ""] = formatDateTime(date).split(" ");
  return { day, time };
}
