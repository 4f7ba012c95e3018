import type { Metadata } from "next";
import { getSiteSettingsForm } from "@/lib/settings/queries";
import { requireAdministrator } from "@/lib/workspace/admin-access";
import { SiteSettingsForm } from "./site-settings-form";

export const metadata: Metadata = { title: "Cài đặt" };

export default async function SettingsPage() {
  await requireAdministrator("admin.settings");
  const stored = await getSiteSettingsForm();
  return (
    <div className="space-y-6">
      <h1 className="text-2xl font-bold">Cài đặt</h1>
      <section aria-labelledby="cai-dat-cong" className="max-w-2xl rounded border border-gray-200 bg-white p-4">
        <h2 id="cai-dat-cong" className="mb-3 text-lg font-bold">Thông tin cổng thông tin</h2>
        <SiteSettingsForm stored={stored} />
      </section>
    </div>
  );
}
