import { SiteLink as Link } from "@/components/site/site-link";
import type { DirectoryUnit } from "@/lib/site/directory";
import { telHref, type UnitContacts as Contacts } from "@/lib/units/contacts";
import { UNIT_TYPE_LABELS, type UnitTypeName } from "@/lib/units/labels";

const GROUPS: { types: UnitTypeName[]; label: string }[] = [
  { types: ["PROVINCIAL_JUSTICE"], label: UNIT_TYPE_LABELS.PROVINCIAL_JUSTICE },
  { types: ["PROVINCIAL_AGENCY"], label: "Sở, ban, ngành" },
  { types: ["DISTRICT"], label: "Huyện, thị xã, thành phố" },
];

function groupsOf(units: DirectoryUnit[]) {
  const grouped = GROUPS.map((group) => ({ ...group, units: units.filter((unit) => group.types.includes(unit.type)) }));
  // Communes whose district is not active sit at the root: show them rather than lose them.
  const others = units.filter((unit) => !GROUPS.some((group) => group.types.includes(unit.type)));
  if (others.length > 0) grouped.push({ types: ["COMMUNE"], label: "Xã, phường, thị trấn", units: others });
  return grouped.filter((group) => group.units.length > 0);
}

/**
 * A unit's address, phone (tel: link, so a phone dials it) and email (mailto:), those it has.
 * Long emails break anywhere so a 320 px screen does not scroll sideways.
 */
export function UnitContacts({ unit, className = "" }: { unit: Contacts; className?: string }) {
  if (!unit.address && !unit.phone && !unit.email) return null;
  return (
    <dl className={`grid grid-cols-[auto_1fr] gap-x-2 text-sm ${className}`}>
      {unit.address && (
        <>
          <dt className="text-muted">Địa chỉ:</dt>
          <dd className="min-w-0">{unit.address}</dd>
        </>
      )}
      {unit.phone && (
        <>
          <dt className="text-muted">Điện thoại:</dt>
          <dd className="min-w-0">
            <a href={telHref(unit.phone)} className="text-brand-700 underline">
              {unit.phone}
            </a>
          </dd>
        </>
      )}
      {unit.email && (
        <>
          <dt className="text-muted">Email:</dt>
          <dd className="min-w-0 break-all">
            <a href={`mailto:${unit.email}`} className="text-brand-700 underline">
              {unit.email}
            </a>
          </dd>
        </>
      )}
    </dl>
  );
}

/** The home page's short directory: every provincial unit and district, linking to the full tree. */
export function UnitDirectorySummary({ units }: { units: DirectoryUnit[] }) {
  return (
    <section aria-labelledby="danh-ba-don-vi">
      <div className="flex items-baseline justify-between gap-2 border-b-2 border-brand-600 pb-1">
        <h2 id="danh-ba-don-vi" className="text-lg font-bold text-brand-800">
          Đơn vị
        </h2>
        <Link href="/don-vi" className="shrink-0 text-sm text-brand-700 underline">
          Danh bạ đầy đủ
        </Link>
      </div>
      <div className="mt-3 grid gap-6 sm:grid-cols-2 lg:grid-cols-3">
        {groupsOf(units).map((group) => (
          <div key={group.label} className="min-w-0">
            <h3 className="font-semibold">{group.label}</h3>
            <ul className="mt-1 space-y-1 text-sm">
              {group.units.map((unit) => (
                <li key={unit.id}>
                  <Link href={`/don-vi/${unit.slug}`} className="text-brand-700 hover:underline">
                    {unit.name}
                  </Link>
                  {unit.children.length > 0 && <span className="text-muted"> ({unit.children.length} xã, phường)</span>}
                </li>
              ))}
            </ul>
          </div>
        ))}
      </div>
    </section>
  );
}

/** The full tree for /don-vi: groups, then each district with its communes. */
export function UnitDirectoryTree({ units }: { units: DirectoryUnit[] }) {
  return (
    <div className="space-y-8">
      {groupsOf(units).map((group, index) => (
        <section key={group.label} aria-labelledby={`nhom-don-vi-${index}`}>
          <h2 id={`nhom-don-vi-${index}`} className="border-b-2 border-brand-600 pb-1 text-lg font-bold text-brand-800">
            {group.label}
          </h2>
          <ul className="mt-3 grid gap-x-8 gap-y-3 sm:grid-cols-2">
            {group.units.map((unit) => (
              <li key={unit.id} className="min-w-0">
                <Link href={`/don-vi/${unit.slug}`} className="font-semibold text-brand-700 hover:underline">
                  {unit.name}
                </Link>
                {unit.description && <p className="text-sm text-muted">{unit.description}</p>}
                <UnitContacts unit={unit} className="mt-1" />
                {unit.children.length > 0 && (
                  <ul className="mt-1 space-y-1 border-l-2 border-gray-200 pl-3 text-sm" aria-label={`Xã, phường, thị trấn thuộc ${unit.name}`}>
                    {unit.children.map((child) => (
                      <li key={child.id}>
                        <Link href={`/don-vi/${child.slug}`} className="text-brand-700 hover:underline">
                          {child.name}
                        </Link>
                        {child.phone && (
                          <>
                            {" · "}
                            <a href={telHref(child.phone)} className="text-brand-700 underline">
                              <span className="sr-only">Điện thoại </span>
                              {child.phone}
                            </a>
                          </>
                        )}
                      </li>
                    ))}
                  </ul>
                )}
              </li>
            ))}
          </ul>
        </section>
      ))}
    </div>
  );
}
