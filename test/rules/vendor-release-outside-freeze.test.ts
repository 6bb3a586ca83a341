import { describe, expect, it } from 'vitest';
import { findingMessages, findingRows, type RuleCase } from '../helpers/rule-cases.js';

const RULE = 'vendor-release-outside-freeze';

function estate(releaseCalendar: string, freezeWindows: string): string {
  return `retailgov: 1
teams:
  - id: finance-it
systems:
  - id: erp
    kind: erp
    layer: system
    owner: finance-it
    vendor: Cloud ERP vendor
    releaseCalendar:
${releaseCalendar}
  - { id: wms, kind: wms, layer: system, owner: finance-it }
changeControl:
  freezeWindows:
${freezeWindows}`;
}

const WAVE_2 = '      - { name: 2025 release wave 2, start: 2025-11-22, end: 2025-11-30 }';
const BLACK_FRIDAY = '    - { id: black-friday, start: 2025-11-24, end: 2025-12-01, reason: peak trading }';

const FAILING: RuleCase[] = [
  {
    name: 'vendor release inside the peak freeze',
    files: { 'ownership.yaml': estate(WAVE_2, BLACK_FRIDAY) },
    expected: [[RULE, 'releaseInFreeze', '/systems/0/releaseCalendar/0']],
  },
  {
    name: 'windows that end before they start',
    files: {
      'ownership.yaml': estate(
        '      - { name: hotfix, start: "2025-10-02T10:00:00Z", end: "2025-10-02T08:00:00Z" }',
        '    - { id: year-end, start: 2025-12-31, end: 2025-12-20 }',
      ),
    },
    expected: [
      [RULE, 'releaseEndsBeforeStart', '/systems/0/releaseCalendar/0/end'],
      [RULE, 'freezeEndsBeforeStart', '/changeControl/freezeWindows/0/end'],
    ],
  },
  {
    name: 'release on the last day of a freeze',
    files: {
      'ownership.yaml': estate(
        '      - { name: patch, start: "2025-12-01T22:00:00Z", end: "2025-12-02T02:00:00Z" }',
        '    - { id: black-friday, start: 2025-11-24, end: 2025-12-01, systems: [erp] }',
      ),
    },
    expected: [[RULE, 'releaseInFreeze', '/systems/0/releaseCalendar/0']],
  },
];

const PASSING: RuleCase[] = [
  {
    name: 'release before the freeze',
    files: {
      'ownership.yaml': estate('      - { name: 2025 release wave 2, start: 2025-11-01, end: 2025-11-23 }', BLACK_FRIDAY),
    },
    expected: [],
  },
  {
    name: 'freeze covering other systems',
    files: {
      'ownership.yaml': estate(WAVE_2, '    - { id: wms-cutover, start: 2025-11-24, end: 2025-12-01, systems: [wms] }'),
    },
    expected: [],
  },
];

describe(RULE, () => {
  for (const testCase of [...FAILING, ...PASSING]) {
    it(testCase.name, async () => {
      expect(await findingRows(RULE, testCase.files)).toEqual(testCase.expected);
    });
  }

  it('names both windows with their dates', async () => {
    expect(await findingMessages(RULE, FAILING[0].files)).toEqual([
      "release window '2025 release wave 2' of 'erp' (2025-11-22 to 2025-11-30) overlaps freeze window 'black-friday' (2025-11-24 to 2025-12-01); agree a deferral with the vendor, or test the release and plan a rollback before the freeze starts",
    ]);
  });
});
