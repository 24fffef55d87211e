/** Styles of the hover card, applied inside its closed shadow root so the page cannot restyle it. */
export const CARD_CSS = `
:host { all: initial; }
.card {
  box-sizing: border-box; max-width: 320px; min-width: 180px; padding: 10px 12px;
  font: 13px/1.4 system-ui, -apple-system, "Segoe UI", Roboto, sans-serif;
  color: #1b1d22; background: #ffffff; border: 1px solid #d5d8df; border-radius: 8px;
  box-shadow: 0 6px 24px rgba(0, 0, 0, 0.18);
  unicode-bidi: isolate; overflow-wrap: anywhere;
}
p, ul { margin: 0; padding: 0; }
.brand { font-size: 11px; font-weight: 600; letter-spacing: .04em; text-transform: uppercase; color: #6b5a00; }
.speaker { font-size: 15px; font-weight: 650; margin-top: 2px; }
.role { color: #4a4f5c; }
.label { margin-top: 8px; font-size: 12px; color: #4a4f5c; }
.outlets { list-style: none; display: flex; flex-wrap: wrap; gap: 4px; margin-top: 4px; }
.outlets li { padding: 1px 8px; border-radius: 999px; background: #eef0f5; font-size: 12px; }
@media (prefers-color-scheme: dark) {
  .card { color: #eceef3; background: #23262d; border-color: #3a3f4a; }
  .brand { color: #f5cf4b; }
  .role, .label { color: #b7bcc8; }
  .outlets li { background: #343944; }
}
`;
