import { reportSnapshotSchema, type ReportGoal, type ReportSnapshot } from '../features/reports/snapshot';

/**
 * A realistic frozen report for the exports' tests and the end-to-end spec: the executive board's
 * interim report with three council goals and the boards' contributions. One analysis holds
 * markup, quotes, a semicolon and a line break, as a pasted text may, to prove it stays text.
 */

const counts = (notStarted: number, onTrack: number, atRisk: number, offTrack: number, done: number) => ({ notStarted, onTrack, atRisk, offTrack, done });
const trend = (rows: [string, ReturnType<typeof counts>][]) => rows.map(([periodEnd, c]) => ({ periodEnd, ...c }));

export const HOSTILE_ANALYSIS = 'Måttet "trygghet" mäts i enkät; svaren <script>alert("x")</script> & övrigt\nredovisas på nästa rad.';

const boardGoal = (g: Partial<ReportGoal> & Pick<ReportGoal, 'id' | 'code' | 'title'>): ReportGoal => ({
  rollup: { activities: 0, counts: counts(0, 0, 0, 0, 0), indicatorProgress: null, proposed: null },
  assessment: null,
  assessmentsBelow: [],
  indicators: [],
  trend: [],
  ...g,
});

export const fixtureSnapshot: ReportSnapshot = reportSnapshotSchema.parse({
  version: 1,
  municipality: 'Sjöviks kommun',
  body: { id: 2, name: 'Kommunstyrelsen', kind: 'executive_board' },
  period: { id: 41, kind: 'interim', name: 'Delårsrapport 2026', periodEnd: '2026-08-31', year: 2026 },
  decision: { body: 'Kommunstyrelsen', decidedOn: '2026-09-24', paragraph: '§ 142', title: 'Delårsrapport 2026 för Sjöviks kommun' },
  takenAt: '2026-09-24T13:05:00.000Z',
  summary: { fulfilled: 3, partlyFulfilled: 2, notFulfilled: 1, notAssessed: 1 },
  sections: [
    {
      ...boardGoal({
        id: 101,
        code: 'KF 1',
        title: 'Fler elever når kunskapsmålen och känner sig trygga i skolan',
        rollup: { activities: 42, counts: counts(4, 21, 8, 3, 6), indicatorProgress: 0.625, proposed: 'partly_fulfilled' },
        assessment: {
          byUnit: 'Kommunstyrelsen',
          fulfilment: 'partly_fulfilled',
          forecast: 'fulfilled',
          analysis: 'Andelen behöriga elever ökar för andra året i rad. Närvaron på högstadiet är ännu för låg, men insatserna under våren väntas ge effekt till årsskiftet.',
        },
        assessmentsBelow: [{ byUnit: 'Barn- och utbildningsförvaltningen', fulfilment: 'partly_fulfilled', forecast: 'partly_fulfilled', analysis: 'Förvaltningen ser en tydlig förbättring i årskurs 9.' }],
        indicators: [
          { name: 'Andel elever behöriga till gymnasiet', unit: '%', direction: 'increase', baseline: 81.5, target: 90, value: 85.2, progress: 0.435 },
          { name: 'Andel elever som känner sig trygga', unit: '%', direction: 'increase', baseline: 78, target: 85, value: null, progress: null },
        ],
        trend: trend([
          ['2026-04-30', counts(12, 18, 6, 4, 2)],
          ['2026-06-30', counts(7, 20, 7, 4, 4)],
          ['2026-08-31', counts(4, 21, 8, 3, 6)],
        ]),
      }),
      contributions: [
        {
          boardId: 5,
          boardName: 'Barn- och utbildningsnämnden',
          goals: [
            boardGoal({
              id: 201,
              code: 'BUN 1.1',
              title: 'Öka läsförståelsen i förskoleklass till årskurs 3',
              rollup: { activities: 18, counts: counts(1, 10, 3, 1, 3), indicatorProgress: 0.7, proposed: 'fulfilled' },
              assessment: { byUnit: 'Barn- och utbildningsnämnden', fulfilment: 'fulfilled', forecast: 'fulfilled', analysis: 'Läsfrämjande insatser på samtliga skolor; resultaten på de nationella proven är de bästa på fem år.' },
              indicators: [{ name: 'Andel elever i åk 3 med godtagbar läsförståelse', unit: '%', direction: 'increase', baseline: 74, target: 84, value: 81, progress: 0.7 }],
            }),
            boardGoal({
              id: 202,
              code: 'BUN 1.2',
              title: 'Minska den problematiska frånvaron på högstadiet',
              rollup: { activities: 9, counts: counts(2, 3, 2, 2, 0), indicatorProgress: 0.2, proposed: 'not_fulfilled' },
              assessment: { byUnit: 'Barn- och utbildningsnämnden', fulfilment: 'partly_fulfilled', forecast: 'partly_fulfilled', analysis: HOSTILE_ANALYSIS },
              indicators: [{ name: 'Andel elever med mer än 15 % frånvaro', unit: '%', direction: 'decrease', baseline: 14, target: 9, value: 13, progress: 0.2 }],
            }),
          ],
        },
      ],
    },
    {
      ...boardGoal({
        id: 102,
        code: 'KF 2',
        title: 'Äldre får en trygg och värdig omsorg med hög kvalité',
        rollup: { activities: 30, counts: counts(2, 19, 3, 0, 6), indicatorProgress: 0.81, proposed: 'fulfilled' },
        assessment: { byUnit: 'Kommunstyrelsen', fulfilment: 'fulfilled', forecast: 'fulfilled', analysis: 'Kontinuiteten i hemtjänsten har förbättrats och brukarnöjdheten är över målvärdet.' },
        indicators: [{ name: 'Antal olika personal hos en brukare under 14 dagar', unit: 'st', direction: 'decrease', baseline: 16, target: 12, value: 12.8, progress: 0.8 }],
        trend: trend([
          ['2026-04-30', counts(6, 16, 4, 1, 3)],
          ['2026-08-31', counts(2, 19, 3, 0, 6)],
        ]),
      }),
      contributions: [
        {
          boardId: 6,
          boardName: 'Vård- och omsorgsnämnden',
          goals: [
            boardGoal({
              id: 203,
              code: 'VON 2.1',
              title: 'Ökad kontinuitet i hemtjänsten',
              rollup: { activities: 14, counts: counts(1, 9, 1, 0, 3), indicatorProgress: 0.8, proposed: 'fulfilled' },
              assessment: { byUnit: 'Vård- och omsorgsnämnden', fulfilment: 'fulfilled', forecast: 'fulfilled', analysis: 'Fasta team i alla hemtjänstområden sedan februari.' },
            }),
          ],
        },
      ],
    },
    {
      ...boardGoal({
        id: 103,
        code: 'KF 3',
        title: 'Ett hållbart Sjövik med minskade utsläpp från egna verksamheter',
        rollup: { activities: 11, counts: counts(5, 2, 1, 3, 0), indicatorProgress: null, proposed: null },
        assessment: { byUnit: 'Kommunstyrelsen', fulfilment: 'not_fulfilled', forecast: 'partly_fulfilled', analysis: 'Omställningen av fordonsflottan är försenad; upphandlingen av elbilar överprövades.' },
        trend: trend([['2026-08-31', counts(5, 2, 1, 3, 0)]]),
      }),
      contributions: [
        {
          boardId: 7,
          boardName: 'Miljö- och samhällsbyggnadsnämnden',
          goals: [boardGoal({ id: 204, code: 'MSN 3.1', title: 'Fossilfria tjänsteresor senast 2028', rollup: { activities: 6, counts: counts(3, 1, 1, 1, 0), indicatorProgress: null, proposed: null } })],
        },
      ],
    },
  ],
});
