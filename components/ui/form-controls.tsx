// The select and checkbox counterparts of components/ui/form-field: a visible label that is the
// field's accessible name, and the error announced beside the field.

type Option = { value: string; label: string };

type SelectProps = React.SelectHTMLAttributes<HTMLSelectElement> & {
  label: string;
  name: string;
  options: readonly Option[];
  error?: string;
  hint?: string;
};

export function SelectField({ label, name, options, error, hint, id, className, ...select }: SelectProps) {
  const selectId = id ?? `truong-${name}`;
  const describedBy = [hint && `${selectId}-goi-y`, error && `${selectId}-loi`].filter(Boolean).join(" ") || undefined;
  return (
    <div className={className}>
      <label htmlFor={selectId} className="block text-sm font-semibold">{label}</label>
      {/* React resets a form after its action and never updates a mounted select's default, so a new
          default (what was chosen before a refusal) remounts the select to survive that reset. */}
      <select
        key={String(select.defaultValue ?? "")}
        id={selectId}
        name={name}
        aria-invalid={error ? true : undefined}
        aria-describedby={describedBy}
        className="mt-1 w-full rounded border border-gray-400 bg-white px-3 py-2 focus:outline-2 focus:outline-brand-600 aria-invalid:border-red-600"
        {...select}
      >
        {options.map((option) => (
          <option key={option.value} value={option.value}>{option.label}</option>
        ))}
      </select>
      {hint && <p id={`${selectId}-goi-y`} className="mt-1 text-xs text-muted">{hint}</p>}
      {error && <p id={`${selectId}-loi`} className="mt-1 text-sm text-red-700">{error}</p>}
    </div>
  );
}

type CheckboxProps = React.InputHTMLAttributes<HTMLInputElement> & { label: string; name: string; error?: string; hint?: string };

export function CheckboxField({ label, name, error, hint, id, className, ...input }: CheckboxProps) {
  const inputId = id ?? `truong-${name}`;
  const describedBy = [hint && `${inputId}-goi-y`, error && `${inputId}-loi`].filter(Boolean).join(" ") || undefined;
  return (
    <div className={className}>
      <div className="flex items-start gap-2">
        <input
          key={String(input.defaultChecked ?? "")}
          id={inputId}
          name={name}
          type="checkbox"
          aria-invalid={error ? true : undefined}
          aria-describedby={describedBy}
          className="mt-1 h-4 w-4 accent-brand-700"
          {...input}
        />
        <label htmlFor={inputId} className="text-sm font-semibold">{label}</label>
      </div>
      {hint && <p id={`${inputId}-goi-y`} className="mt-1 pl-6 text-xs text-muted">{hint}</p>}
      {error && <p id={`${inputId}-loi`} className="mt-1 pl-6 text-sm text-red-700">{error}</p>}
    </div>
  );
}

export function SavedMessage({ show, children = "Đã lưu." }: { show: boolean; children?: React.ReactNode }) {
  if (!show) return null;
  return (
    <p role="status" className="rounded border border-green-300 bg-green-50 px-3 py-2 text-sm text-green-900">
      {children}
    </p>
  );
}

export function SubmitButton({ pending, children, tone = "primary" }: { pending: boolean; children: React.ReactNode; tone?: "primary" | "danger" | "plain" }) {
  const tones = {
    primary: "bg-brand-700 text-white hover:bg-brand-800",
    danger: "bg-red-800 text-white hover:bg-red-900",
    plain: "border border-gray-400 bg-white hover:bg-gray-100",
  };
  return (
    <button type="submit" disabled={pending} className={`rounded px-4 py-2 font-semibold disabled:opacity-60 ${tones[tone]}`}>
      {children}
    </button>
  );
}
