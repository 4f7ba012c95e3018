/**
 * A happy-dom window only for building and reading markup on the server: it runs no script and loads
 * nothing, whatever the markup says (the article renderer, and HTML coming in from Word).
 */
export const QUIET_WINDOW_SETTINGS = {
  disableJavaScriptEvaluation: true,
  disableJavaScriptFileLoading: true,
  disableCSSFileLoading: true,
  disableIframePageLoading: true,
  disableComputedStyleRendering: true,
} as const;
