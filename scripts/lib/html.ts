/** Escapes text for HTML content and double- or single-quoted attributes. Every seed string goes through it. */
export function esc(s: string): string {
  return s.replace(/[&<>"']/g, (c) => `&#${c.charCodeAt(0)};`);
}

/** JSON for a `<script type="application/ld+json">`: `<`, `&` and line separators escaped so text cannot end the script. */
export function jsonForScript(value: unknown): string {
  return JSON.stringify(value)
    .replace(/</g, '\\u003c')
    .replace(/>/g, '\\u003e')
    .replace(/&/g, '\\u0026')
    .replace(/\u2028/g, '\\u2028')
    .replace(/\u2029/g, '\\u2029');
}

/** A plain newspaper-ish stylesheet shared by the test pages, so screenshots look like a real site. */
export const PAGE_CSS = `
body{margin:0;font:17px/1.6 Georgia,"Times New Roman",serif;color:#1d1d1f;background:#fafaf7}
.banner{background:#0b5d3b;color:#fff;font:600 14px/1.4 system-ui,sans-serif;padding:8px 16px;text-align:center}
header.site{display:flex;gap:24px;align-items:baseline;padding:14px 24px;border-bottom:3px solid #1d1d1f;background:#fff}
header.site .logo{font:800 26px/1 system-ui,sans-serif;color:#1d1d1f;text-decoration:none}
header.site nav a{font:14px system-ui,sans-serif;color:#444;margin-right:14px;text-decoration:none}
.breadcrumb{font:13px system-ui,sans-serif;color:#666;padding:10px 24px}
main{display:grid;grid-template-columns:minmax(0,680px) 260px;gap:40px;justify-content:center;padding:8px 24px 40px}
article h1{font:700 34px/1.2 system-ui,sans-serif;margin:8px 0 12px}
.kicker{font:600 13px system-ui,sans-serif;text-transform:uppercase;color:#0b5d3b;letter-spacing:.04em}
.byline,.read-time{font:14px system-ui,sans-serif;color:#555;margin:4px 0}
figure{margin:18px 0}.photo{height:220px;background:linear-gradient(135deg,#c9d3dc,#8fa1b3)}
figcaption{font:13px/1.4 system-ui,sans-serif;color:#555;margin-top:6px}
article h2{font:700 21px/1.3 system-ui,sans-serif;margin:28px 0 8px}
aside.pull{font:italic 600 22px/1.35 Georgia,serif;border-left:4px solid #0b5d3b;padding:4px 16px;margin:24px 0;color:#0b5d3b}
.rail{font:14px system-ui,sans-serif;border-left:1px solid #ddd;padding-left:20px}.rail li{margin:8px 0}
footer{font:13px system-ui,sans-serif;color:#555;border-top:1px solid #ccc;padding:16px 24px;background:#fff}
`;
