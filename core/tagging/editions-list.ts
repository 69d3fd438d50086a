/**
 * The editions a reader can pick: lepetitjournal.com's city editions, the
 * country editions of expat sites, and `international`. Small on purpose: the
 * popup imports this file for its edition picker and must not pull in the
 * gazetteer (core/tagging/gazetteer/), which only the tagger loads.
 */
import type { EditionTag } from '../model';

export type EditionInfo = Omit<EditionTag, 'source' | 'confidence'>;

/**
 * City editions as `id|English|French|country`. The id is lepetitjournal.com's
 * URL segment, which is why it is French (`barcelone`, `bucarest`).
 */
const CITY_ROWS = `
madrid|Madrid|Madrid|ES
barcelone|Barcelona|Barcelone|ES
valence|Valencia|Valence|ES
seville|Seville|Séville|ES
malaga|Malaga|Malaga|ES
lisbonne|Lisbon|Lisbonne|PT
porto|Porto|Porto|PT
londres|London|Londres|GB
dublin|Dublin|Dublin|IE
edimbourg|Edinburgh|Édimbourg|GB
bruxelles|Brussels|Bruxelles|BE
amsterdam|Amsterdam|Amsterdam|NL
luxembourg|Luxembourg|Luxembourg|LU
berlin|Berlin|Berlin|DE
munich|Munich|Munich|DE
francfort|Frankfurt|Francfort|DE
hambourg|Hamburg|Hambourg|DE
heidelberg-mannheim|Heidelberg-Mannheim|Heidelberg-Mannheim|DE
vienne|Vienna|Vienne|AT
geneve|Geneva|Genève|CH
zurich|Zurich|Zurich|CH
milan|Milan|Milan|IT
rome|Rome|Rome|IT
stockholm|Stockholm|Stockholm|SE
copenhague|Copenhagen|Copenhague|DK
oslo|Oslo|Oslo|NO
helsinki|Helsinki|Helsinki|FI
varsovie|Warsaw|Varsovie|PL
prague|Prague|Prague|CZ
budapest|Budapest|Budapest|HU
bucarest|Bucharest|Bucarest|RO
sofia|Sofia|Sofia|BG
athenes|Athens|Athènes|GR
istanbul|Istanbul|Istanbul|TR
moscou|Moscow|Moscou|RU
le-caire|Cairo|Le Caire|EG
casablanca|Casablanca|Casablanca|MA
rabat|Rabat|Rabat|MA
marrakech|Marrakesh|Marrakech|MA
tunis|Tunis|Tunis|TN
dakar|Dakar|Dakar|SN
abidjan|Abidjan|Abidjan|CI
johannesbourg|Johannesburg|Johannesbourg|ZA
le-cap|Cape Town|Le Cap|ZA
nairobi|Nairobi|Nairobi|KE
tel-aviv|Tel Aviv|Tel Aviv|IL
beyrouth|Beirut|Beyrouth|LB
dubai|Dubai|Dubaï|AE
abu-dhabi|Abu Dhabi|Abou Dabi|AE
doha|Doha|Doha|QA
riyad|Riyadh|Riyad|SA
koweit|Kuwait City|Koweït|KW
mumbai|Mumbai|Bombay|IN
new-delhi|New Delhi|New Delhi|IN
pondichery|Puducherry|Pondichéry|IN
bangalore|Bangalore|Bangalore|IN
singapour|Singapore|Singapour|SG
bangkok|Bangkok|Bangkok|TH
chiang-mai|Chiang Mai|Chiang Mai|TH
ho-chi-minh|Ho Chi Minh City|Hô-Chi-Minh-Ville|VN
hanoi|Hanoi|Hanoï|VN
phnom-penh|Phnom Penh|Phnom Penh|KH
kuala-lumpur|Kuala Lumpur|Kuala Lumpur|MY
jakarta|Jakarta|Jakarta|ID
bali|Bali|Bali|ID
manille|Manila|Manille|PH
hong-kong|Hong Kong|Hong Kong|HK
shanghai|Shanghai|Shanghai|CN
pekin|Beijing|Pékin|CN
taipei|Taipei|Taipei|TW
seoul|Seoul|Séoul|KR
tokyo|Tokyo|Tokyo|JP
sydney|Sydney|Sydney|AU
melbourne|Melbourne|Melbourne|AU
montreal|Montreal|Montréal|CA
quebec|Quebec City|Québec|CA
toronto|Toronto|Toronto|CA
vancouver|Vancouver|Vancouver|CA
new-york|New York|New York|US
washington|Washington|Washington|US
miami|Miami|Miami|US
chicago|Chicago|Chicago|US
houston|Houston|Houston|US
los-angeles|Los Angeles|Los Angeles|US
san-francisco|San Francisco|San Francisco|US
mexico|Mexico City|Mexico|MX
bogota|Bogotá|Bogota|CO
lima|Lima|Lima|PE
santiago|Santiago|Santiago du Chili|CL
buenos-aires|Buenos Aires|Buenos Aires|AR
sao-paulo|São Paulo|São Paulo|BR
rio-de-janeiro|Rio de Janeiro|Rio de Janeiro|BR
`;

/** Country editions (The Local, Expatica…) as `id|English|French|country`. */
const COUNTRY_ROWS = `
spain|Spain|Espagne|ES
france|France|France|FR
germany|Germany|Allemagne|DE
italy|Italy|Italie|IT
sweden|Sweden|Suède|SE
norway|Norway|Norvège|NO
denmark|Denmark|Danemark|DK
switzerland|Switzerland|Suisse|CH
austria|Austria|Autriche|AT
netherlands|Netherlands|Pays-Bas|NL
belgium|Belgium|Belgique|BE
portugal|Portugal|Portugal|PT
luxembourg-country|Luxembourg (country)|Luxembourg (pays)|LU
united-kingdom|United Kingdom|Royaume-Uni|GB
ireland|Ireland|Irlande|IE
`;

function parseRows(rows: string, kind: EditionInfo['kind']): EditionInfo[] {
  return rows
    .trim()
    .split('\n')
    .map((line) => {
      const [id = '', en = '', fr = '', country = ''] = line.split('|');
      return { id, label: { en, fr }, country, kind };
    });
}

export const INTERNATIONAL: EditionInfo = {
  id: 'international',
  label: { en: 'International', fr: 'Internationale' },
  country: '',
  kind: 'international',
};

const EDITIONS: readonly EditionInfo[] = [
  ...parseRows(CITY_ROWS, 'city'),
  ...parseRows(COUNTRY_ROWS, 'country'),
  INTERNATIONAL,
];
const BY_ID = new Map(EDITIONS.map((e) => [e.id, e]));

/** A copy, so that a caller mutating a label cannot change the shared data. */
function copy(e: EditionInfo): EditionInfo {
  return { ...e, label: { ...e.label } };
}

export function editionById(id: string): EditionInfo | undefined {
  const found = BY_ID.get(id);
  return found ? copy(found) : undefined;
}

/** Every pickable edition: cities, then countries, then international. */
export function listEditions(): EditionInfo[] {
  return EDITIONS.map(copy);
}
