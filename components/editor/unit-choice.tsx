// Which unit a new article is for: a select when the writer belongs to several, otherwise the one unit
// as a hidden field (Viết bài mới from a Mẫu tin, Nhập từ Word).
export function UnitChoice({ units, id }: { units: { id: number; name: string }[]; id: string }) {
  if (units.length === 1) return <input type="hidden" name="unitId" value={units[0].id} />;
  return (
    <div>
      <label htmlFor={id} className="block text-sm font-semibold">Đơn vị</label>
      <select id={id} name="unitId" className="mt-1 w-full rounded border border-gray-400 bg-white px-3 py-2">
        {units.map((unit) => <option key={unit.id} value={unit.id}>{unit.name}</option>)}
      </select>
    </div>
  );
}
