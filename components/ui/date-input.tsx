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

type TypedBoxProps = {
  id: string;
  name: string;
  label: string;
  labelClassName: string;
  placeholder: string;
  hint: string;
  value: string;
  required?: boolean;
  invalid: boolean;
  /** The server's message, while it still applies; its id joins aria-describedby. */
  error: string | null;
  /** Ids of other lines that describe the box (the echo). */
  alsoDescribedBy: string;
  onType: (text: string) => void;
  onLeave: () => void;
};

/** One text box for digits (a day or a time), with its label, hint and the server's message. */
function TypedBox({ id, name, label, labelClassName, placeholder, hint, value, required, invalid, error, alsoDescribedBy, onType, onLeave }: TypedBoxProps) {
  return (
    <>
      <label htmlFor={id} className={labelClassName}>{label}</label>
      <input
        id={id}
        name={name}
        type="text"
        inputMode="numeric"
        autoComplete="off"
        placeholder={placeholder}
        required={required}
        value={value}
        onChange={(event) => onType(event.target.value)}
        onBlur={onLeave}
        aria-invalid={invalid ? true : undefined}
        aria-describedby={`${id}-goi-y ${alsoDescribedBy}${error ? ` ${id}-loi` : ""}`}
        className={inputClass}
      />
      <p id={`${id}-goi-y`} className="mt-1 text-xs text-muted">{hint}</p>
      {error && <p id={`${id}-loi`} className="mt-1 text-sm text-red-700">{error}</p>}
    </>
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
      <TypedBox
        id={inputId}
        name={name}
        label={label}
        labelClassName="block text-sm font-semibold"
        placeholder="dd/mm/yyyy"
        hint="Ngày/tháng/năm, ví dụ 05/12/2026"
        value={text}
        required={required}
        invalid={Boolean(shownError || echo?.wrong)}
        error={shownError}
        alsoDescribedBy={`${inputId}-doc`}
        onType={(typed) => {
          setText(typed);
          setDismissed(error);
        }}
        onLeave={() => {
          setTouched(true);
          setText(tidyDay(text));
        }}
      />
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
  return (
    <fieldset className={className}>
      <legend className="text-sm font-semibold">{legend}</legend>
      <div className="mt-1 grid grid-cols-[minmax(0,3fr)_minmax(0,2fr)] gap-2">
        <div>
          <TypedBox
            id={`${baseId}-ngay`}
            name={dateName}
            label="Ngày"
            labelClassName="block text-sm"
            placeholder="dd/mm/yyyy"
            hint="Ngày/tháng/năm"
            value={day}
            required={required}
            invalid={Boolean(dayError || (touched.day && dayAlone && !dayAlone.ok))}
            error={dayError}
            alsoDescribedBy={`${baseId}-doc`}
            onType={(typed) => {
              setDay(typed);
              setDismissed((d) => ({ ...d, day: dateError }));
            }}
            onLeave={() => {
              setTouched((t) => ({ ...t, day: true }));
              setDay(tidyDay(day));
            }}
          />
        </div>
        <div>
          <TypedBox
            id={`${baseId}-gio`}
            name={timeName}
            label="Giờ"
            labelClassName="block text-sm"
            placeholder="hh:mm"
            hint="24 giờ, giờ Việt Nam"
            value={time}
            required={required}
            invalid={Boolean(hourError || (touched.time && timeAlone && !timeAlone.ok))}
            error={hourError}
            alsoDescribedBy={`${baseId}-doc`}
            onType={(typed) => {
              setTime(typed);
              setDismissed((d) => ({ ...d, time: timeError }));
            }}
            onLeave={() => {
              setTouched((t) => ({ ...t, time: true }));
              setTime(tidyTime(time));
            }}
          />
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
