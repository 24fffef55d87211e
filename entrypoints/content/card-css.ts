/** Styles of the hover card, applied inside its closed shadow root so the page cannot restyle it. */
export const CARD_CSS = `
:host { all: initial; }
.card {
  box-sizing: border-box; max-width: 340px; min-width: 180px; padding: 10px 12px;
  font: 13px/1.4 system-ui, -apple-system, "Segoe UI", Roboto, sans-serif;
  color: #1b1d22; background: #ffffff; border: 1px solid #c5c9d2; border-radius: 8px;
  box-shadow: 0 6px 24px rgba(0, 0, 0, 0.18); text-align: start;
  unicode-bidi: isolate; overflow-wrap: anywhere;
}
p, ul { margin: 0; padding: 0; }
.brand { font-size: 11px; font-weight: 600; letter-spacing: .04em; text-transform: uppercase; color: #6b5a00; }
.speaker { display: flex; align-items: center; gap: 6px; font-size: 15px; font-weight: 650; margin-top: 2px; }
.swatch { flex: none; width: 10px; height: 10px; border-radius: 50%; border: 1px solid rgba(0,0,0,.35); }
.slot--1 { background: #9a9aa6; } .slot-0 { background: #e69f00; } .slot-1 { background: #56b4e9; }
.slot-2 { background: #009e73; } .slot-3 { background: #cc79a7; } .slot-4 { background: #0072b2; } .slot-5 { background: #d55e00; }
.role { color: #474c58; }
.label { margin-top: 8px; font-size: 12px; color: #474c58; }
.outlets { list-style: none; display: flex; flex-wrap: wrap; gap: 4px; margin-top: 4px; }
.outlets li { padding: 1px 8px; border-radius: 999px; background: #eef0f5; font-size: 12px; }
.wording-list { list-style: none; display: grid; gap: 4px; margin-top: 4px; font-size: 12px; }
.wording-outlet { font-weight: 600; }
del { color: #8a1c1c; text-decoration: line-through; }
ins { color: #0d5a2e; text-decoration: underline; background: #e3f5e9; }
.sr-only { position: absolute; width: 1px; height: 1px; overflow: hidden; clip-path: inset(50%); white-space: nowrap; }
@media (prefers-color-scheme: dark) {
  .card { color: #eceef3; background: #23262d; border-color: #4a505c; }
  .brand { color: #f5cf4b; }
  .role, .label { color: #b7bcc8; }
  .outlets li { background: #343944; }
  del { color: #ff9b9b; }
  ins { color: #9be7b5; background: #1d3a28; }
}
`;
