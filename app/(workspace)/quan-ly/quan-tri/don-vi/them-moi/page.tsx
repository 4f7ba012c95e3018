import type { Metadata } from "next";
import Link from "next/link";
import { listUnitTree } from "@/lib/units/queries";
import { requireUnitAdministrator } from "@/lib/workspace/admin-access";
import { parentOptions } from "../unit-options";
import { CreateUnitForm } from "./create-unit-form";

export const metadata: Metadata = { title: "Thêm đơn vị" };

export default async function NewUnitPage({ searchParams }: { searchParams: Promise<Record<string, string | string[] | undefined>> }) {
  await requireUnitAdministrator();
  const [tree, query] = await Promise.all([listUnitTree(), searchParams]);
  const parents = parentOptions(tree);
  // "Thêm xã/phường/thị trấn" beside a district opens this form with that district chosen.
  const wanted = typeof query["cap-tren"] === "string" ? query["cap-tren"] : "";
  const parentId = parents.some((p) => p.value === wanted) ? wanted : "";
  return (
    <div className="max-w-xl space-y-6">
      <p className="text-sm">
        <Link href="/quan-ly/quan-tri/don-vi" className="underline">Đơn vị</Link> › Thêm đơn vị
      </p>
      <h1 className="text-2xl font-bold">Thêm đơn vị</h1>
      <CreateUnitForm parents={parents} defaults={{ parentId, type: parentId ? "COMMUNE" : "" }} />
    </div>
  );
}
