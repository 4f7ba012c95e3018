export function FormMessage({ result }: { result: { ok: boolean; error?: string } | null }) {
  if (!result || result.ok || !result.error) return null;
  return (
    <p role="alert" className="rounded border border-red-300 bg-red-50 px-3 py-2 text-sm text-red-800">
      {result.error}
    </p>
  );
}
