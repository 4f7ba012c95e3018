"use client";

import { useActionState } from "react";
import { FormField } from "@/components/ui/form-field";
import { FormMessage } from "@/components/ui/form-message";
import { requestPasswordResetAction, type ForgotPasswordState } from "./actions";

export function ForgotPasswordForm() {
  const [state, action, pending] = useActionState<ForgotPasswordState, FormData>(requestPasswordResetAction, null);
  const errors = state && !state.ok ? (state.fieldErrors ?? {}) : {};
  return (
    <form action={action} noValidate className="space-y-4">
      <FormMessage result={state} />
      {state?.ok && (
        <p role="status" className="rounded border border-green-300 bg-green-50 px-3 py-2 text-sm text-green-900">
          {state.value.message}
        </p>
      )}
      <FormField label="Email" name="email" type="email" autoComplete="username" required error={errors.email} />
      <button
        type="submit"
        disabled={pending}
        className="w-full rounded bg-brand-700 px-4 py-2 font-semibold text-white hover:bg-brand-800 disabled:opacity-60"
      >
        {pending ? "Đang gửi…" : "Gửi liên kết đặt lại mật khẩu"}
      </button>
    </form>
  );
}
