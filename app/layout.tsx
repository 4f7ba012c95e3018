import type { Metadata } from "next";
import { latinFont, vietnameseFont } from "./fonts";
import "./globals.css";

export const metadata: Metadata = {
  title: { default: "Cổng thông tin Phổ biến, giáo dục pháp luật", template: "%s | PBGDPL" },
  description: "Tin tức, văn bản và hỏi đáp pháp luật của các sở, ngành, địa phương trong tỉnh.",
};

export default function RootLayout({ children }: { children: React.ReactNode }) {
  return (
    <html lang="vi" className={`${latinFont.variable} ${vietnameseFont.variable}`}>
      <body className="min-h-screen bg-white font-sans antialiased">{children}</body>
    </html>
  );
}
