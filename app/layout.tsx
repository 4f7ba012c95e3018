import type { Metadata } from "next";
import "@fontsource/be-vietnam-pro/400.css";
import "@fontsource/be-vietnam-pro/600.css";
import "@fontsource/be-vietnam-pro/700.css";
import "./globals.css";

export const metadata: Metadata = {
  title: { default: "Cổng thông tin Phổ biến, giáo dục pháp luật", template: "%s | PBGDPL" },
  description: "Tin tức, văn bản và hỏi đáp pháp luật của các sở, ngành, địa phương trong tỉnh.",
};

export default function RootLayout({ children }: { children: React.ReactNode }) {
  return (
    <html lang="vi">
      <body className="min-h-screen bg-white font-sans antialiased">{children}</body>
    </html>
  );
}
