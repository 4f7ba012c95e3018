// A labelled input with its error announced beside it; the label is the field's accessible name.
type Props = React.InputHTMLAttributes<HTMLInputElement> & { label: string; name: string; error?: string; hint?: string };

export function FormField({ label, name, error, hint, id, className, ...input }: Props) {
  const inputId = id ?? `truong-${name}`;
  const describedBy = [hint && `${inputId}-goi-y`, error && `${inputId}-loi`].filter(Boolean).join(" ") || undefined;
  return (
    <div className={className}>
      <label htmlFor={inputId} className="block text-sm font-semibold">{label}</label>
      <input
        id={inputId}
        name={name}
        aria-invalid={error ? true : undefined}
        aria-describedby={describedBy}
        className="mt-1 w-full rounded border border-gray-400 bg-white px-3 py-2 focus:outline-2 focus:outline-brand-600 aria-invalid:border-red-600"
        {...input}
      />
      {hint && <p id={`${inputId}-goi-y`} className="mt-1 text-xs text-muted">{hint}</p>}
      {error && <p id={`${inputId}-loi`} className="mt-1 text-sm text-red-700">{error}</p>}
    </div>
  );
}
