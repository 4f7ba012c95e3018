import localFont from "next/font/local";

// Be Vietnam Pro, self-hosted and preloaded by next/font, for the portal's voice: the masthead,
// headings and bold text (app/globals.css), in one weight (700; font-semibold
// resolves to it) and only the Latin and Vietnamese subsets — two files, 35 KB, instead of nine.
// Running text is in the phone's own sans-serif (Roboto, San Francisco, Segoe UI: all with every
// Vietnamese letter), which costs nothing to download and shows at once: the 400 weight was another
// 34 KB, and an article had to stay under 250 KB on a slow connection (README, Benchmarks).
// Two families, one per subset, each limited to its characters, so a browser fetches the
// Vietnamese file only for the letters the Latin one lacks (ạ, ế, ơ, đ…). next/font needs literal paths.
export const latinFont = localFont({
  src: [
    { path: "../node_modules/@fontsource/be-vietnam-pro/files/be-vietnam-pro-latin-700-normal.woff2", weight: "700", style: "normal" },
  ],
  declarations: [
    {
      prop: "unicode-range",
      value: "U+0000-00FF,U+0131,U+0152-0153,U+02BB-02BC,U+02C6,U+02DA,U+02DC,U+0304,U+0308,U+0329,U+2000-206F,U+20AC,U+2122,U+2191,U+2193,U+2212,U+2215,U+FEFF,U+FFFD",
    },
  ],
  display: "swap",
  fallback: [],
  adjustFontFallback: false,
  variable: "--font-latin",
});

export const vietnameseFont = localFont({
  src: [
    { path: "../node_modules/@fontsource/be-vietnam-pro/files/be-vietnam-pro-vietnamese-700-normal.woff2", weight: "700", style: "normal" },
  ],
  declarations: [
    {
      prop: "unicode-range",
      value: "U+0102-0103,U+0110-0111,U+0128-0129,U+0168-0169,U+01A0-01A1,U+01AF-01B0,U+0300-0301,U+0303-0304,U+0308-0309,U+0323,U+0329,U+1EA0-1EF9,U+20AB",
    },
  ],
  display: "swap",
  fallback: [],
  adjustFontFallback: false,
  variable: "--font-vietnamese",
});
