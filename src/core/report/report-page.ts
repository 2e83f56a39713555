import { escapeHtml } from "./escape";

/** Light and print-friendly; the page breaks before each member of a group report. */
const CSS = `
:root { color-scheme: light; }
body { margin: 0; background: #fff; color: #1f1f1f; font: 11pt/1.5 system-ui, -apple-system, "Segoe UI", Roboto, sans-serif; }
main { max-width: 48rem; margin: 0 auto; padding: 2rem 1.5rem 3rem; }
h1 { font-size: 1.7rem; line-height: 1.25; margin: 0 0 1rem; }
h2 { font-size: 1.3rem; margin: 2rem 0 0.6rem; padding-bottom: 0.2rem; border-bottom: 1px solid #d0d0d0; }
h3 { font-size: 1.1rem; margin: 1.4rem 0 0.4rem; }
h4, h5, h6 { font-size: 1rem; margin: 1rem 0 0.3rem; }
p, ul { margin: 0.4rem 0; }
.remark { color: #5a5a5a; font-style: italic; }
dl.facts { display: grid; grid-template-columns: max-content 1fr; gap: 0.15rem 1rem; margin: 0.4rem 0 0.8rem; }
dl.facts div { display: contents; }
dt { font-weight: 600; }
dd { margin: 0; }
table { border-collapse: collapse; margin: 0.6rem 0 1rem; min-width: 50%; }
th, td { border: 1px solid #d0d0d0; padding: 0.25rem 0.5rem; text-align: left; vertical-align: top; }
th { background: #f3f3f3; }
figure.chart { margin: 0.6rem 0; }
section.member + section.member { break-before: page; }
h1, h2, h3, h4, h5 { break-after: avoid; }
tr, figure, dl.facts { break-inside: avoid; }
@media print { main { max-width: none; padding: 0; } }
@media screen and (max-width: 40rem) {
  main { padding: 1.25rem 1rem 2rem; }
  table, tbody, tr, td { display: block; min-width: 0; }
  thead { position: absolute; width: 1px; height: 1px; overflow: hidden; clip-path: inset(50%); white-space: nowrap; }
  tr { border: 1px solid #d0d0d0; margin-bottom: 0.5rem; }
  td { border: 0; display: grid; grid-template-columns: minmax(6rem, 40%) 1fr; gap: 0.75rem; overflow-wrap: anywhere; }
  td::before { content: attr(data-label); font-weight: 600; }
}
`;

/**
 * One self-contained page: inline CSS, inline SVG, no scripts, no outside resources. The content
 * security policy keeps it that way even if a text slipped through unescaped.
 */
export function htmlPage(title: string, language: string, content: string): string {
	return [
		"<!DOCTYPE html>",
		`<html lang="${escapeHtml(language)}">`,
		"<head>",
		'<meta charset="utf-8">',
		`<meta http-equiv="Content-Security-Policy" content="default-src 'none'; style-src 'unsafe-inline'; img-src data:">`,
		'<meta name="viewport" content="width=device-width, initial-scale=1">',
		`<title>${escapeHtml(title)}</title>`,
		`<style>${CSS}</style>`,
		"</head>",
		"<body>",
		"<main>",
		content,
		"</main>",
		"</body>",
		"</html>",
		"",
	].join("\n");
}
