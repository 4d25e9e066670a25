// The demo municipality's content: written for Styrkedjan, fictional, in the language of a
// Swedish municipality's mål och budget.
import type { Fulfilment } from '../../lib/domain/fulfilment';

export const MUNICIPALITY = { name: 'Sjöviks kommun', shortName: 'Sjövik', scbCode: '9999', emailDomain: 'sjovik.se' };

/**
 * The second demo municipality of the end-to-end tests. Its texts carry the canary, a string no
 * page of Sjövik may ever show: finding it there means one municipality saw another's data.
 */
export const SECOND_MUNICIPALITY = { name: 'Norrviks kommun', shortName: 'Norrvik', scbCode: '9998', emailDomain: 'norrvik.se' };
export const SECOND_MUNICIPALITY_CANARY = 'KANARIE-NORRVIK';

export const VISION = {
  statement: 'Sjövik 2035 – en nära kommun där människor vill bo, verka och växa.',
  description: 'Visionen pekar ut riktningen för kommunens långsiktiga utveckling. Den ska vara en kompass när politiker prioriterar och när medarbetare planerar sitt arbete.',
};

export const GUIDING_VALUES = [
  { name: 'Invånarnyttan först', description: 'Vi utgår från vad invånare, företag och föreningar behöver och ser varje möte som en möjlighet att göra skillnad.' },
  { name: 'Helhetssyn', description: 'Vi tänker längre än den egna enheten och samarbetar över gränser så att kommunen blir en helhet för den vi är till för.' },
  { name: 'Dialog', description: 'Vi lyssnar, frågar och återkopplar. Goda beslut växer fram när vi förstår varandras perspektiv.' },
  { name: 'Tydlighet', description: 'Vi säger vad vi gör och gör vad vi säger. Alla ska kunna se hur det egna arbetet bidrar till helheten.' },
];

export interface IndicatorSpec {
  name: string;
  unit: string;
  baseline: number;
  target: number;
  direction: 'increase' | 'decrease';
  source: string;
  koladaKpiId?: string;
}

export interface CouncilGoalSpec {
  code: string;
  title: string;
  description: string;
  indicators: IndicatorSpec[];
}

export const COUNCIL_GOALS: CouncilGoalSpec[] = [
  {
    code: 'KF 1',
    title: 'Barn och unga har goda förutsättningar att lyckas',
    description: 'Alla barn och unga ska få en trygg uppväxt, en god utbildning och stöd i tid när de behöver det.',
    indicators: [
      { name: 'Elever i åk 9 som är behöriga till yrkesprogram', unit: '%', baseline: 81.4, target: 88, direction: 'increase', source: 'Kolada', koladaKpiId: 'N15419' },
      { name: 'Elever i åk 5 som känner sig trygga i skolan', unit: '%', baseline: 86, target: 93, direction: 'increase', source: 'Skolenkäten' },
    ],
  },
  {
    code: 'KF 2',
    title: 'Äldre och personer med funktionsnedsättning får en trygg och värdig omsorg',
    description: 'Omsorgen ska utgå från den enskildes behov och önskemål, med kontinuitet och gott bemötande.',
    indicators: [
      { name: 'Brukare som är nöjda med hemtjänsten', unit: '%', baseline: 84, target: 90, direction: 'increase', source: 'Socialstyrelsens brukarundersökning' },
      { name: 'Antal personal som besöker en brukare med hemtjänst under 14 dagar', unit: 'antal', baseline: 16, target: 12, direction: 'decrease', source: 'Verksamhetssystemet' },
    ],
  },
  {
    code: 'KF 3',
    title: 'Sjövik växer hållbart med bostäder, jobb och ett starkt näringsliv',
    description: 'Kommunen ska planera för en hållbar tillväxt som skapar bostäder och arbetstillfällen i hela Sjövik.',
    indicators: [
      { name: 'Färdigställda bostäder per år', unit: 'antal', baseline: 112, target: 180, direction: 'increase', source: 'Bygglovsregistret' },
      { name: 'Företagsklimat, nöjd-kund-index', unit: 'index', baseline: 68, target: 75, direction: 'increase', source: 'Insikt, SKR' },
    ],
  },
  {
    code: 'KF 4',
    title: 'Invånarna har en aktiv fritid och tillgång till kultur i hela kommunen',
    description: 'Kultur och fritid ska vara tillgängligt för alla åldrar och bidra till hälsa, gemenskap och bildning.',
    indicators: [
      { name: 'Besök på folkbiblioteken per invånare', unit: 'besök', baseline: 3.1, target: 3.8, direction: 'increase', source: 'Kungliga biblioteket' },
      { name: 'Unga 13–20 år som deltar i föreningsaktivitet', unit: '%', baseline: 54, target: 60, direction: 'increase', source: 'LUPP-enkäten' },
    ],
  },
  {
    code: 'KF 5',
    title: 'Kommunen är en attraktiv arbetsgivare med en långsiktigt hållbar ekonomi',
    description: 'Engagerade medarbetare och en ekonomi i balans är förutsättningen för god välfärd även i framtiden.',
    indicators: [
      { name: 'Sjukfrånvaro bland kommunens anställda', unit: '%', baseline: 8.4, target: 6.5, direction: 'decrease', source: 'Personalsystemet' },
      { name: 'Hållbart medarbetarengagemang (HME)', unit: 'index', baseline: 78, target: 82, direction: 'increase', source: 'Medarbetarenkäten' },
      { name: 'Årets resultat i procent av skatteintäkter och bidrag', unit: '%', baseline: 1.2, target: 2, direction: 'increase', source: 'Årsredovisningen' },
    ],
  },
];

export type UnitType =
  'team' | 'preschool' | 'school' | 'upper_secondary' | 'student_health' | 'care_home' | 'home_care' | 'group_home' | 'daily_activity' | 'rehab' | 'library' | 'youth_centre' | 'sports' | 'culture_school' | 'family' | 'social_support' | 'labour_market' | 'park' | 'water' | 'planning' | 'property';

/** How a unit of each type is named, who leads it, what the staff are called and its usual size. */
export const UNIT_TYPES: Record<UnitType, { name: (place: string) => string; managerTitle: string; staffTitles: string[]; size: number; weight: number }> = {
  team: { name: (p) => `Team ${p}`, managerTitle: 'Enhetschef', staffTitles: ['Handläggare', 'Utredare', 'Administratör'], size: 8, weight: 1 },
  preschool: { name: (p) => `${p}s förskola`, managerTitle: 'Förskolechef', staffTitles: ['Förskollärare', 'Barnskötare', 'Barnskötare'], size: 16, weight: 6 },
  school: { name: (p) => `${p}skolan`, managerTitle: 'Rektor', staffTitles: ['Lärare', 'Lärare', 'Lärare', 'Fritidspedagog', 'Elevassistent', 'Speciallärare'], size: 38, weight: 5 },
  upper_secondary: { name: (p) => `${p} gymnasium`, managerTitle: 'Rektor', staffTitles: ['Gymnasielärare', 'Gymnasielärare', 'Studie- och yrkesvägledare'], size: 45, weight: 1 },
  student_health: { name: (p) => `Elevhälsan ${p}`, managerTitle: 'Enhetschef', staffTitles: ['Skolsköterska', 'Kurator', 'Skolpsykolog'], size: 10, weight: 1 },
  care_home: { name: (p) => `${p}s vård- och omsorgsboende`, managerTitle: 'Enhetschef', staffTitles: ['Undersköterska', 'Undersköterska', 'Vårdbiträde', 'Sjuksköterska'], size: 42, weight: 3 },
  home_care: { name: (p) => `Hemtjänst ${p}`, managerTitle: 'Enhetschef', staffTitles: ['Undersköterska', 'Vårdbiträde', 'Undersköterska'], size: 34, weight: 3 },
  group_home: { name: (p) => `${p}s gruppbostad`, managerTitle: 'Enhetschef', staffTitles: ['Stödassistent', 'Boendestödjare'], size: 14, weight: 2 },
  daily_activity: { name: (p) => `Daglig verksamhet ${p}`, managerTitle: 'Enhetschef', staffTitles: ['Arbetsinstruktör', 'Stödassistent'], size: 10, weight: 1 },
  rehab: { name: (p) => `Rehab ${p}`, managerTitle: 'Enhetschef', staffTitles: ['Fysioterapeut', 'Arbetsterapeut'], size: 12, weight: 1 },
  library: { name: (p) => `${p}s bibliotek`, managerTitle: 'Bibliotekschef', staffTitles: ['Bibliotekarie', 'Biblioteksassistent'], size: 7, weight: 1 },
  youth_centre: { name: (p) => `Fritidsgården ${p}`, managerTitle: 'Enhetschef', staffTitles: ['Fritidsledare'], size: 6, weight: 1 },
  sports: { name: (p) => `${p}s sim- och sporthall`, managerTitle: 'Anläggningschef', staffTitles: ['Badmästare', 'Drifttekniker'], size: 9, weight: 1 },
  culture_school: { name: (p) => `Kulturskolan ${p}`, managerTitle: 'Enhetschef', staffTitles: ['Musiklärare', 'Dramapedagog', 'Bildpedagog'], size: 11, weight: 1 },
  family: { name: (p) => `Barn och familj ${p}`, managerTitle: 'Enhetschef', staffTitles: ['Socialsekreterare', 'Familjebehandlare'], size: 14, weight: 1 },
  social_support: { name: (p) => `Försörjningsstöd ${p}`, managerTitle: 'Enhetschef', staffTitles: ['Socialsekreterare', 'Handläggare'], size: 12, weight: 1 },
  labour_market: { name: (p) => `Arbetsmarknadsenheten ${p}`, managerTitle: 'Enhetschef', staffTitles: ['Arbetskonsulent', 'Jobbcoach'], size: 10, weight: 1 },
  park: { name: (p) => `Park och gata ${p}`, managerTitle: 'Driftchef', staffTitles: ['Parkarbetare', 'Gatuarbetare', 'Maskinförare'], size: 12, weight: 1 },
  water: { name: (p) => `VA-drift ${p}`, managerTitle: 'Driftchef', staffTitles: ['Drifttekniker', 'VA-montör'], size: 10, weight: 1 },
  planning: { name: (p) => `Plan och bygg ${p}`, managerTitle: 'Enhetschef', staffTitles: ['Planarkitekt', 'Bygglovshandläggare', 'Byggnadsinspektör'], size: 11, weight: 1 },
  property: { name: (p) => `Fastighetsförvaltning ${p}`, managerTitle: 'Enhetschef', staffTitles: ['Fastighetstekniker', 'Lokalvårdare', 'Lokalvårdare'], size: 14, weight: 1 },
};

export interface DepartmentSpec {
  name: string;
  unitTypes: UnitType[];
}

export interface BoardGoalSpec {
  code: string;
  title: string;
  contributesTo: string[]; // council goal codes
  /** The administration's breakdown of the board goal. */
  administrationGoal: string;
}

export interface BoardSpec {
  kind: 'executive_board' | 'board';
  name: string;
  shortName: string;
  administration: { kind: 'municipal_office' | 'administration'; name: string; shortName: string; directorTitle: string };
  departments: DepartmentSpec[];
  goals: BoardGoalSpec[];
  /** Activities the administration's units plan; `for` limits one to some kinds of unit. */
  activities: { title: string; expectedResult: string; for?: UnitType[] }[];
  /** The share of the municipality's units this administration has. */
  unitShare: number;
}

export const BOARDS: BoardSpec[] = [
  {
    kind: 'executive_board',
    name: 'Kommunstyrelsen',
    shortName: 'KS',
    administration: { kind: 'municipal_office', name: 'Kommunledningskontoret', shortName: 'KLK', directorTitle: 'Kommundirektör' },
    departments: [
      { name: 'Ekonomiavdelningen', unitTypes: ['team'] },
      { name: 'HR-avdelningen', unitTypes: ['team'] },
      { name: 'Kommunikationsavdelningen', unitTypes: ['team'] },
      { name: 'Digitaliseringsavdelningen', unitTypes: ['team'] },
      { name: 'Fastighetsavdelningen', unitTypes: ['property'] },
    ],
    goals: [
      { code: 'KS 1', title: 'Kommunens ekonomi är i balans och resurserna används där de gör mest nytta', contributesTo: ['KF 5'], administrationGoal: 'Alla förvaltningar följer upp ekonomi och verksamhet tillsammans varje månad' },
      { code: 'KS 2', title: 'Sjövik är en attraktiv plats att etablera företag och bosätta sig på', contributesTo: ['KF 3', 'KF 5'], administrationGoal: 'Företag och nya invånare möts av en samlad och snabb service' },
    ],
    activities: [
      { title: 'Införa gemensam månadsuppföljning av ekonomi och mål', expectedResult: 'Alla förvaltningar rapporterar prognos och målbild senast den 10:e varje månad' },
      { title: 'Ta fram en kompetensförsörjningsplan för bristyrken', expectedResult: 'Plan antagen och rekryteringsinsatser inplanerade för fem bristyrken' },
      { title: 'Utveckla e-tjänster för de vanligaste ärendena', expectedResult: 'Tio nya e-tjänster i drift och minst 60 % av ärendena inkommer digitalt' },
      { title: 'Genomföra friskvårdssatsning för medarbetare', expectedResult: 'Sjukfrånvaron minskar med en procentenhet på enheter som deltar' },
      { title: 'Samordna företagslotsning mellan förvaltningarna', expectedResult: 'Svar till företag inom fem arbetsdagar i 90 % av ärendena' },
      { title: 'Energieffektivisera kommunens lokaler', expectedResult: 'Energianvändningen i egna lokaler minskar med 5 %' },
      { title: 'Förbättra kommunikationen om kommunens mål', expectedResult: 'Målen och resultaten publiceras begripligt på webben varje kvartal' },
    ],
    unitShare: 0.05,
  },
  {
    kind: 'board',
    name: 'Barn- och utbildningsnämnden',
    shortName: 'BUN',
    administration: { kind: 'administration', name: 'Barn- och utbildningsförvaltningen', shortName: 'BUF', directorTitle: 'Förvaltningschef' },
    departments: [
      { name: 'Förskoleavdelningen', unitTypes: ['preschool'] },
      { name: 'Grundskoleavdelningen', unitTypes: ['school'] },
      { name: 'Gymnasie- och vuxenutbildningen', unitTypes: ['upper_secondary'] },
      { name: 'Elevhälsoavdelningen', unitTypes: ['student_health'] },
    ],
    goals: [
      { code: 'BUN 1', title: 'Fler elever når kunskapskraven och blir behöriga till gymnasiet', contributesTo: ['KF 1'], administrationGoal: 'Varje skola följer elevernas kunskapsutveckling och sätter in stöd tidigt' },
      { code: 'BUN 2', title: 'Barn och elever känner sig trygga och har studiero', contributesTo: ['KF 1', 'KF 5'], administrationGoal: 'Alla förskolor och skolor arbetar systematiskt mot kränkningar och för studiero' },
    ],
    activities: [
      { title: 'Kartlägga läsförmågan i alla klasser två gånger per år', expectedResult: 'Alla elever med svag läsförmåga har en stödinsats inom fyra veckor', for: ['school'] },
      { title: 'Införa gemensamma rutiner för studiero i klassrummet', expectedResult: 'Andelen elever som upplever studiero ökar med fem procentenheter', for: ['school', 'upper_secondary'] },
      { title: 'Starta läxhjälp två eftermiddagar i veckan', expectedResult: 'Minst 30 elever deltar regelbundet och deras betyg följs upp', for: ['school', 'upper_secondary'] },
      { title: 'Genomföra trygghetsvandringar med elevrådet', expectedResult: 'Otrygga platser är åtgärdade före höstterminen', for: ['school', 'upper_secondary'] },
      { title: 'Kollegialt lärande om formativ bedömning', expectedResult: 'Alla lärare har deltagit i sex träffar och provat metoden i undervisningen', for: ['school', 'upper_secondary'] },
      { title: 'Tidiga samtal med vårdnadshavare vid frånvaro', expectedResult: 'Kontakt med hemmet inom tre dagar vid upprepad frånvaro', for: ['school', 'upper_secondary', 'student_health'] },
      { title: 'Stärka barnens språkutveckling genom daglig högläsning', expectedResult: 'Högläsning i alla barngrupper varje dag och språkutvecklingen dokumenteras', for: ['preschool'] },
      { title: 'Utveckla inskolningen tillsammans med vårdnadshavare', expectedResult: 'Nio av tio vårdnadshavare är nöjda med inskolningen', for: ['preschool'] },
      { title: 'Arbeta med värdegrund och likabehandling i barngrupperna', expectedResult: 'Planen mot kränkande behandling är känd av alla barn och vårdnadshavare', for: ['preschool'] },
      { title: 'Utveckla utevistelsen med naturpedagogik', expectedResult: 'Varje avdelning har utomhusundervisning minst en gång i veckan', for: ['preschool'] },
      { title: 'Samverka med elevhälsan kring särskilt stöd', expectedResult: 'Åtgärdsprogram upprättas inom fyra veckor från beslut', for: ['school', 'upper_secondary', 'student_health'] },
      { title: 'Erbjuda hälsosamtal till alla elever i årskurs 4 och 7', expectedResult: 'Alla elever i årskurserna har erbjudits hälsosamtal', for: ['student_health'] },
    ],
    unitShare: 0.36,
  },
  {
    kind: 'board',
    name: 'Vård- och omsorgsnämnden',
    shortName: 'VON',
    administration: { kind: 'administration', name: 'Vård- och omsorgsförvaltningen', shortName: 'VOF', directorTitle: 'Förvaltningschef' },
    departments: [
      { name: 'Äldreomsorgen', unitTypes: ['care_home'] },
      { name: 'Hemtjänsten', unitTypes: ['home_care'] },
      { name: 'Funktionsstöd', unitTypes: ['group_home', 'daily_activity'] },
      { name: 'Hälso- och sjukvård', unitTypes: ['rehab'] },
    ],
    goals: [
      { code: 'VON 1', title: 'Den som får omsorg känner trygghet och har inflytande över sin vardag', contributesTo: ['KF 2'], administrationGoal: 'Varje brukare har en aktuell genomförandeplan som hen själv har varit med att ta fram' },
      { code: 'VON 2', title: 'Omsorgen ges med kontinuitet av kompetent personal', contributesTo: ['KF 2', 'KF 5'], administrationGoal: 'Färre personal per brukare och fler tillsvidareanställda undersköterskor' },
    ],
    activities: [
      { title: 'Uppdatera genomförandeplaner tillsammans med brukarna', expectedResult: 'Alla genomförandeplaner är högst sex månader gamla' },
      { title: 'Införa fasta arbetslag per brukargrupp', expectedResult: 'Antalet personal per brukare under 14 dagar minskar till högst 12' },
      { title: 'Utbilda vårdbiträden till undersköterskor', expectedResult: 'Minst sex medarbetare påbörjar utbildning under året' },
      { title: 'Stärka måltidsmiljön på boendet', expectedResult: 'Nöjdheten med maten ökar i brukarundersökningen', for: ['care_home', 'group_home'] },
      { title: 'Genomföra fallpreventiva insatser', expectedResult: 'Antalet fallskador minskar med 15 %' },
      { title: 'Erbjuda meningsfulla aktiviteter varje dag', expectedResult: 'Alla boende erbjuds minst en aktivitet per dag utifrån sina önskemål', for: ['care_home', 'group_home', 'daily_activity'] },
      { title: 'Förbättra överlämningen mellan arbetspassen', expectedResult: 'Inga avvikelser som beror på brister i överlämningen' },
    ],
    unitShare: 0.3,
  },
  {
    kind: 'board',
    name: 'Socialnämnden',
    shortName: 'SN',
    administration: { kind: 'administration', name: 'Socialförvaltningen', shortName: 'SF', directorTitle: 'Förvaltningschef' },
    departments: [
      { name: 'Individ- och familjeomsorgen', unitTypes: ['family', 'social_support'] },
      { name: 'Arbetsmarknadsavdelningen', unitTypes: ['labour_market'] },
    ],
    goals: [
      { code: 'SN 1', title: 'Barn och familjer får rätt stöd i tid', contributesTo: ['KF 1'], administrationGoal: 'Utredningar av barn och unga avslutas inom lagstadgad tid' },
      { code: 'SN 2', title: 'Fler personer går från försörjningsstöd till egen försörjning', contributesTo: ['KF 3', 'KF 2'], administrationGoal: 'Alla med försörjningsstöd har en planering mot arbete eller studier' },
    ],
    activities: [
      { title: 'Införa tidiga samverkansmöten med skola och elevhälsa', expectedResult: 'Orosanmälningar följs upp tillsammans med skolan inom två veckor' },
      { title: 'Korta handläggningstiden för utredningar', expectedResult: '95 % av utredningarna avslutas inom fyra månader' },
      { title: 'Erbjuda föräldraskapsstöd i grupp', expectedResult: 'Fyra grupper genomförs och deltagarna utvärderar stödet' },
      { title: 'Matcha arbetssökande mot kommunens bristyrken', expectedResult: '40 personer går vidare till anställning eller studier' },
      { title: 'Samordna insatser med Arbetsförmedlingen', expectedResult: 'Gemensam planering för alla deltagare i etableringen' },
      { title: 'Utveckla digitala besök för försörjningsstöd', expectedResult: 'Hälften av återbesöken kan göras digitalt' },
    ],
    unitShare: 0.09,
  },
  {
    kind: 'board',
    name: 'Samhällsbyggnadsnämnden',
    shortName: 'SBN',
    administration: { kind: 'administration', name: 'Samhällsbyggnadsförvaltningen', shortName: 'SBF', directorTitle: 'Förvaltningschef' },
    departments: [
      { name: 'Plan- och byggavdelningen', unitTypes: ['planning'] },
      { name: 'Gata och park', unitTypes: ['park'] },
      { name: 'Vatten och avlopp', unitTypes: ['water'] },
    ],
    goals: [
      { code: 'SBN 1', title: 'Detaljplaner och bygglov möjliggör fler bostäder och verksamheter', contributesTo: ['KF 3'], administrationGoal: 'Bygglov handläggs inom lagstadgad tid och planarbetet följer planprogrammet' },
      { code: 'SBN 2', title: 'Gator, parker och vatten är trygga, tillgängliga och hållbara', contributesTo: ['KF 3', 'KF 4'], administrationGoal: 'Underhållet av gator, parker och ledningsnät följer en långsiktig plan' },
    ],
    activities: [
      { title: 'Digitalisera bygglovsprocessen från ansökan till beslut', expectedResult: 'Alla bygglovsansökningar kan lämnas och handläggas digitalt' },
      { title: 'Ta fram detaljplaner för nya bostadsområden', expectedResult: 'Två detaljplaner vinner laga kraft under året' },
      { title: 'Förnya ledningsnätet enligt underhållsplanen', expectedResult: 'Minst 1 % av ledningsnätet förnyas' },
      { title: 'Förbättra belysningen på gång- och cykelvägar', expectedResult: 'Alla utpekade otrygga stråk har ny belysning' },
      { title: 'Anlägga lekplatser tillsammans med barn i närområdet', expectedResult: 'Två lekplatser byggda efter barnens förslag' },
      { title: 'Minska handläggningstiden för bygglov', expectedResult: 'Medianhandläggningstiden understiger fyra veckor' },
    ],
    unitShare: 0.08,
  },
  {
    kind: 'board',
    name: 'Kultur- och fritidsnämnden',
    shortName: 'KFN',
    administration: { kind: 'administration', name: 'Kultur- och fritidsförvaltningen', shortName: 'KFF', directorTitle: 'Förvaltningschef' },
    departments: [
      { name: 'Biblioteksavdelningen', unitTypes: ['library'] },
      { name: 'Fritidsavdelningen', unitTypes: ['youth_centre', 'sports'] },
      { name: 'Kulturskolan', unitTypes: ['culture_school'] },
    ],
    goals: [
      { code: 'KFN 1', title: 'Fler barn och unga deltar i kultur- och fritidsaktiviteter', contributesTo: ['KF 4', 'KF 1'], administrationGoal: 'Utbudet för barn och unga finns i alla kommundelar och är avgiftsfritt eller billigt' },
      { code: 'KFN 2', title: 'Biblioteken är öppna mötesplatser för alla invånare', contributesTo: ['KF 4'], administrationGoal: 'Biblioteken utökar öppettider och programverksamhet i samverkan med föreningar' },
    ],
    activities: [
      { title: 'Erbjuda lovaktiviteter i alla kommundelar', expectedResult: 'Minst 1 500 deltagartillfällen under sommarlovet' },
      { title: 'Utöka meröppet på biblioteken', expectedResult: 'Biblioteken är tillgängliga 60 timmar i veckan' },
      { title: 'Starta läsfrämjande samarbete med förskolorna', expectedResult: 'Alla förskolor besöker biblioteket minst två gånger per termin' },
      { title: 'Ta fram en anläggningsplan för idrott och friluftsliv', expectedResult: 'Planen är antagen av nämnden' },
      { title: 'Sänka trösklarna till kulturskolan', expectedResult: 'Kön till kulturskolan halveras och avgiften sänks för syskon' },
      { title: 'Utveckla samarbetet med föreningslivet', expectedResult: 'Fem nya föreningssamarbeten för unga 13–20 år' },
    ],
    unitShare: 0.12,
  },
];

/** Texts for the parts of the chain that people write during the year. */
export const ASSIGNMENT_OPENINGS = ['Mitt uppdrag är att', 'Under året ansvarar jag för att', 'Jag bidrar till enhetens mål genom att', 'I min roll ska jag'];

export const ASSIGNMENT_BODIES = [
  'planera och genomföra det dagliga arbetet så att de vi är till för får ett gott bemötande',
  'följa upp våra aktiviteter på arbetsplatsträffarna och lyfta det som behöver förbättras',
  'dela med mig av kunskap och metoder till mina kollegor',
  'delta aktivt i enhetens utvecklingsarbete och pröva nya arbetssätt',
  'dokumentera och återkoppla så att arbetet blir tydligt och kan följas upp',
  'samverka med andra enheter när det gör skillnad för invånarna',
];

export const CONTRIBUTIONS = ['Jag ansvarar för genomförandet i min grupp.', 'Jag deltar i arbetsgruppen och rapporterar på APT.', 'Jag följer upp resultatet varje månad.', 'Jag håller i dokumentationen.', 'Jag bidrar med kunskap och stöttar kollegor.'];

/**
 * What the people who assess a goal write beside its figures: their judgement and its reasons,
 * never the figures themselves. The page shows the activities' statuses and the indicators'
 * progress next to the text, so a sentence such as "the indicators have reached their target"
 * could only ever contradict them.
 */
export const ANALYSES: Record<Fulfilment, string[]> = {
  fulfilled: ['Arbetet har prioriterats i alla berörda enheter och vi ser att det gör skillnad för dem vi är till för.', 'Samverkan mellan enheterna har fungerat väl och arbetssätten har blivit en del av vardagen.'],
  partly_fulfilled: ['Arbetet går åt rätt håll men i långsammare takt än planerat. Personalomsättning har försenat en del av det som skulle göras.', 'Flera enheter har kommit långt, andra har behövt lägga tid på att komma igång. Vi fortsätter med samma inriktning.'],
  not_fulfilled: ['Arbetet har inte fått den effekt vi räknade med. Förvaltningen föreslår åtgärder i nästa års handlingsplaner.', 'Hög sjukfrånvaro och vakanser har gjort att mycket av arbetet fått skjutas upp. En handlingsplan för resten av året tas fram.'],
};

export const APT_COMMENTS = ['Arbetet går enligt plan.', 'Vi behöver mer tid för planering.', 'Bra respons från de vi är till för.', 'Fördröjt på grund av sjukfrånvaro.', 'Diskuterades i arbetsgruppen, fortsätter som planerat.', 'Klart och utvärderat.'];

export const TALK_NOTES = [
  'Vi pratade om arbetsbelastningen under hösten och hur planeringen kan bli jämnare.',
  'Medarbetaren vill gärna fördjupa sig inom området och gå en utbildning nästa år.',
  'Vi kom överens om att följa upp planeringen vid nästa avstämning.',
  'Medarbetaren upplever att samarbetet i arbetslaget fungerar bra.',
  'Vi diskuterade hur uppdraget kan utvecklas under nästa år.',
];

export const APT_MINUTES = [
  'Genomgång av handlingsplanen. Arbetsmiljöfrågor: inga nya tillbud. Nästa APT om en månad.',
  'Information från förvaltningen om budgetläget. Vi gick igenom aktiviteterna och bestämde ansvariga för nästa steg.',
  'Schemaläggningen inför semestern diskuterades. Uppföljning av handlingsplanen enligt nedan.',
  'Skyddsombudet informerade om skyddsronden. Handlingsplanen följdes upp punkt för punkt.',
];

export const SALARY_ASSESSMENTS = [
  'Medarbetarens bidrag till enhetens mål bedöms som mycket gott; hen har drivit aktiviteterna framåt.',
  'Medarbetaren har bidragit väl till målen. Vi kom överens om att utveckla samarbetet i arbetslaget.',
  'Bidraget till målen bedöms som gott. Dokumentationen behöver bli mer regelbunden.',
];
