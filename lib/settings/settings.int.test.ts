import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { db } from "@/lib/db";
import type { PolicyActor } from "@/lib/policy";
import { getSiteSettings, helpdeskOf, isSitePath, SITE_SETTING_KEY } from "@/lib/site/settings";
import { auditEntriesAfter, lastAuditId, makeActor } from "@/test-support/fixtures/people";
import type { Prisma } from "@/generated/prisma/client";
import { getSiteSettingsForm } from "./queries";
import { LOGO_PATH_MESSAGE, RELATED_LINKS_MESSAGE, SUPPORT_EMAIL_MESSAGE, SUPPORT_PHONE_MESSAGE, updateSiteSettings } from "./update-site-settings";

let admin: PolicyActor;
let editor: PolicyActor;
// The demo data has its own "site" setting, which the public pages' tests read: put it back after.
let original: Prisma.JsonValue | undefined;

beforeAll(async () => {
  admin = await makeActor(["ADMINISTRATOR"]);
  editor = await makeActor(["PROVINCIAL_EDITOR"]);
  original = (await db.setting.findUnique({ where: { key: SITE_SETTING_KEY } }))?.value;
});

afterAll(async () => {
  if (original === undefined) await db.setting.deleteMany({ where: { key: SITE_SETTING_KEY } });
  else await db.setting.update({ where: { key: SITE_SETTING_KEY }, data: { value: original as Prisma.InputJsonValue } });
});

const EMPTY_IDENTITY_FORM = {
  agencyParent: "",
  agencyName: "",
  address: "",
  phone: "",
  email: "",
  responsiblePerson: "",
  licence: "",
  relatedLinks: "",
  englishName: "",
  englishAbout: "",
};

const stored = async () => (await db.setting.findUnique({ where: { key: SITE_SETTING_KEY } }))?.value ?? null;

async function expectRefusedUnchanged(call: () => Promise<{ ok: boolean }>, message: string, field?: string) {
  const before = await stored();
  const audit = await lastAuditId();
  const result = await call();
  expect(result.ok).toBe(false);
  expect(result).toMatchObject(field ? { fieldErrors: { [field]: message } } : { error: message });
  expect(await stored()).toEqual(before);
  expect(await auditEntriesAfter(audit)).toEqual([]);
}

describe("updateSiteSettings", () => {
  it("saves what the public site then reads, and records before and after", async () => {
    const before = await stored();
    const audit = await lastAuditId();
    const result = await updateSiteSettings(admin, {
      name: "  Cổng thông tin   PBGDPL tỉnh Thử ",
      logo: "  /logo-tinh.png ",
      contact: "Sở Tư pháp\r\nĐiện thoại: 0210 3 123 456",
      footer: "Bản quyền thuộc Sở Tư pháp",
      supportPhone: " 0210  3 123 456 ",
      supportEmail: " HoTro@SoTuPhap.gov.vn ",
    });
    expect(result).toMatchObject({ ok: true });
    const site = {
      name: "Cổng thông tin PBGDPL tỉnh Thử",
      logo: "/logo-tinh.png",
      contact: "Sở Tư pháp\nĐiện thoại: 0210 3 123 456",
      footer: "Bản quyền thuộc Sở Tư pháp",
      supportPhone: "0210 3 123 456",
      supportEmail: "hotro@sotuphap.gov.vn",
    };
    expect(await getSiteSettings()).toEqual(site);
    expect(helpdeskOf(await getSiteSettings())).toEqual({ phone: "0210 3 123 456", email: "hotro@sotuphap.gov.vn" });
    expect(await getSiteSettingsForm()).toEqual({ ...site, ...EMPTY_IDENTITY_FORM });
    expect(await auditEntriesAfter(audit)).toMatchObject([
      { actorId: admin.id, action: "settings.site", targetType: "Setting", targetId: "site", change: { before, after: site } },
    ]);
  });

  it("leaves empty optional fields out", async () => {
    expect(await updateSiteSettings(admin, { name: "Cổng thông tin", logo: "", contact: "  ", footer: "" })).toMatchObject({ ok: true });
    expect(await stored()).toEqual({ name: "Cổng thông tin" });
    expect(await getSiteSettingsForm()).toEqual({ name: "Cổng thông tin", logo: "", contact: "", footer: "", supportPhone: "", supportEmail: "", ...EMPTY_IDENTITY_FORM });
    expect(helpdeskOf(await getSiteSettings())).toEqual({});
  });

  it("refuses an empty portal name", async () => {
    await expectRefusedUnchanged(() => updateSiteSettings(admin, { name: "  ", logo: "" }), "Vui lòng nhập tên cổng thông tin.", "name");
  });

  it("refuses a logo that is not a path on this site", async () => {
    for (const logo of ["https://evil.example/logo.png", "//evil.example/logo.png", "/tep/../etc/passwd", "tep/logo.png", "/tep/logo 1.png", "javascript:alert(1)", '/"onerror=x'])
      await expectRefusedUnchanged(() => updateSiteSettings(admin, { name: "Cổng", logo }), LOGO_PATH_MESSAGE, "logo");
  });

  it("refuses a footer that is too long", async () => {
    await expectRefusedUnchanged(() => updateSiteSettings(admin, { name: "Cổng", footer: "a".repeat(1001) }), "Nội dung chân trang dài tối đa 1000 ký tự.", "footer");
  });

  it("refuses a helpdesk phone or email that is not one", async () => {
    for (const supportPhone of ["gọi tôi", "<b>0210</b>", "12", "0210 3 123 456 máy lẻ 5", "+"])
      await expectRefusedUnchanged(() => updateSiteSettings(admin, { name: "Cổng", supportPhone }), SUPPORT_PHONE_MESSAGE, "supportPhone");
    for (const supportEmail of ["hotro", "hotro@", "a b@c.vn", `${"a".repeat(250)}@c.vn`])
      await expectRefusedUnchanged(() => updateSiteSettings(admin, { name: "Cổng", supportEmail }), SUPPORT_EMAIL_MESSAGE, "supportEmail");
  });

  it("refuses someone who is not an administrator", async () => {
    await expectRefusedUnchanged(() => updateSiteSettings(editor, { name: "Cổng của tôi" }), "Bạn không có quyền thực hiện thao tác này.");
  });
});

describe("the official identity (issue 14)", () => {
  it("saves the masthead, the Decree 42 footer fields, the related sites and the English page", async () => {
    const result = await updateSiteSettings(admin, {
      name: "Cổng thông tin",
      agencyParent: " UBND TỈNH  THỬ ",
      agencyName: "SỞ TƯ PHÁP",
      address: "Số 1 đường Thử",
      phone: "0210 3 123 456",
      email: "STP@thu.gov.vn",
      responsiblePerson: "Ông Nguyễn Văn A – Giám đốc Sở Tư pháp",
      licence: "Giấy phép số 01/GP-TTĐT ngày 01/01/2026",
      relatedLinks: "Cổng Dịch vụ công quốc gia | https://dichvucong.gov.vn\r\n\r\n Bộ Tư pháp|https://moj.gov.vn ",
      englishName: "Department of Justice",
      englishAbout: "The Department of Justice advises the Province.",
    });
    expect(result).toMatchObject({ ok: true });
    expect(await getSiteSettings()).toEqual({
      name: "Cổng thông tin",
      agencyParent: "UBND TỈNH THỬ",
      agencyName: "SỞ TƯ PHÁP",
      address: "Số 1 đường Thử",
      phone: "0210 3 123 456",
      email: "stp@thu.gov.vn",
      responsiblePerson: "Ông Nguyễn Văn A – Giám đốc Sở Tư pháp",
      licence: "Giấy phép số 01/GP-TTĐT ngày 01/01/2026",
      relatedLinks: [
        { label: "Cổng Dịch vụ công quốc gia", url: "https://dichvucong.gov.vn" },
        { label: "Bộ Tư pháp", url: "https://moj.gov.vn" },
      ],
      englishName: "Department of Justice",
      englishAbout: "The Department of Justice advises the Province.",
    });
    expect((await getSiteSettingsForm()).relatedLinks).toBe("Cổng Dịch vụ công quốc gia | https://dichvucong.gov.vn\nBộ Tư pháp | https://moj.gov.vn");
  });

  it("refuses a related link that is not an http(s) address with a name", async () => {
    for (const relatedLinks of ["Bộ Tư pháp", "Bộ Tư pháp | javascript:alert(1)", "| https://moj.gov.vn", "Bộ | ftp://moj.gov.vn"])
      await expectRefusedUnchanged(() => updateSiteSettings(admin, { name: "Cổng", relatedLinks }), RELATED_LINKS_MESSAGE, "relatedLinks");
  });

  it("drops a stored related link with a foreign scheme but keeps the others", async () => {
    const value = { name: "Cổng", relatedLinks: [{ label: "Xấu", url: "javascript:alert(1)" }, { label: "Bộ Tư pháp", url: "https://moj.gov.vn" }] };
    await db.setting.upsert({ where: { key: SITE_SETTING_KEY }, create: { key: SITE_SETTING_KEY, value }, update: { value } });
    expect((await getSiteSettings()).relatedLinks).toEqual([{ label: "Bộ Tư pháp", url: "https://moj.gov.vn" }]);
  });
});

describe("getSiteSettings", () => {
  it("drops a bad logo path stored by other means but keeps the rest", async () => {
    await db.setting.upsert({
      where: { key: SITE_SETTING_KEY },
      create: { key: SITE_SETTING_KEY, value: { name: "Cổng", logo: "https://evil.example/x.png" } },
      update: { value: { name: "Cổng", logo: "https://evil.example/x.png" } },
    });
    expect(await getSiteSettings()).toEqual({ name: "Cổng" });
  });

  it("drops a malformed helpdesk email stored by other means but keeps the phone", async () => {
    const value = { name: "Cổng", supportPhone: "0210 3 123 456", supportEmail: "khong-phai-email" };
    await db.setting.upsert({ where: { key: SITE_SETTING_KEY }, create: { key: SITE_SETTING_KEY, value }, update: { value } });
    expect(await getSiteSettings()).toEqual({ name: "Cổng", supportPhone: "0210 3 123 456" });
  });

  it("accepts paths on this site only", () => {
    expect(["/tep/logo.png", "/logo.svg", "/tep/ab/cd%20e.png"].every(isSitePath)).toBe(true);
    expect(["", "/", "//x", "/../x", "/./x", "x.png", "/a b"].filter(isSitePath)).toEqual([]);
  });
});
