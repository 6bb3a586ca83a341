import type { ChangeArea, ChangeKind } from '../types.js';

const AREA_TITLES: Record<ChangeArea, string> = {
  document: 'Document',
  paths: 'Paths',
  operations: 'Operations',
  parameters: 'Parameters',
  'request-body': 'Request bodies',
  responses: 'Responses',
  'response-headers': 'Response headers',
  'media-types': 'Media types',
  security: 'Security',
  schemas: 'Schemas',
  channels: 'Channels',
  messages: 'Messages',
  servers: 'Servers',
  models: 'Canonical models',
  declarations: 'Declarations',
};

/** Escapes a table cell: a pipe would end the cell and a line break the row. */
function cell(text: string): string {
  return text.replace(/\|/g, '\\|').replace(/\n/g, ' ');
}

/** Renders the change catalogue as a Markdown page: one table per area, ids in order. */
export function renderCatalogueMarkdown(catalogue: ReadonlyMap<string, ChangeKind>): string {
  const kinds = [...catalogue.values()];
  const lines = [
    '# Change catalogue',
    '',
    '<!-- Written by `npm run docs:changes` from src/diff/catalogue/. Edit the catalogue, not this page. -->',
    '',
    `Every change that \`retailgov diff\` reports has one of these ${kinds.length} ids. The level is the`,
    'default; the direction names whose code the change breaks (see [diff.md](diff.md#levels-and-directions)).',
    'Waivers and reports use the same ids.',
    '',
  ];
  for (const [area, title] of Object.entries(AREA_TITLES) as Array<[ChangeArea, string]>) {
    const inArea = kinds.filter((kind) => kind.area === area);
    if (inArea.length === 0) continue;
    lines.push(`## ${title}`, '', '| id | level | direction | kind | why |', '| --- | --- | --- | --- | --- |');
    for (const kind of inArea) {
      lines.push(`| \`${kind.id}\` | ${kind.level} | ${kind.direction} | ${kind.kind} | ${cell(kind.why)} |`);
    }
    lines.push('');
  }
  return lines.join('\n');
}
