/**
 * Which GeoNames city each city edition stands for (`editionId|GeoNames
 * name|country`). An edition can cover more than one city: the
 * Heidelberg-Mannheim edition is both. Edition cities smaller than the
 * gazetteer's 300,000 threshold are kept because of this list.
 */
const ROWS = `
madrid|Madrid|ES
barcelone|Barcelona|ES
valence|Valencia|ES
seville|Sevilla|ES
malaga|Málaga|ES
lisbonne|Lisbon|PT
porto|Porto|PT
londres|London|GB
dublin|Dublin|IE
edimbourg|Edinburgh|GB
bruxelles|Brussels|BE
amsterdam|Amsterdam|NL
luxembourg|Luxembourg|LU
berlin|Berlin|DE
munich|Munich|DE
francfort|Frankfurt am Main|DE
hambourg|Hamburg|DE
heidelberg-mannheim|Heidelberg|DE
heidelberg-mannheim|Mannheim|DE
vienne|Vienna|AT
geneve|Genève|CH
zurich|Zürich|CH
milan|Milan|IT
rome|Rome|IT
stockholm|Stockholm|SE
copenhague|Copenhagen|DK
oslo|Oslo|NO
helsinki|Helsinki|FI
varsovie|Warsaw|PL
prague|Prague|CZ
budapest|Budapest|HU
bucarest|Bucharest|RO
sofia|Sofia|BG
athenes|Athens|GR
istanbul|Istanbul|TR
moscou|Moscow|RU
le-caire|Cairo|EG
casablanca|Casablanca|MA
rabat|Rabat|MA
marrakech|Marrakesh|MA
tunis|Tunis|TN
dakar|Dakar|SN
abidjan|Abidjan|CI
johannesbourg|Johannesburg|ZA
le-cap|Cape Town|ZA
nairobi|Nairobi|KE
tel-aviv|Tel Aviv|IL
beyrouth|Beirut|LB
dubai|Dubai|AE
abu-dhabi|Abu Dhabi|AE
doha|Doha|QA
riyad|Riyadh|SA
koweit|Kuwait City|KW
mumbai|Mumbai|IN
new-delhi|New Delhi|IN
pondichery|Puducherry|IN
bangalore|Bengaluru|IN
singapour|Singapore|SG
bangkok|Bangkok|TH
chiang-mai|Chiang Mai|TH
ho-chi-minh|Ho Chi Minh City|VN
hanoi|Hanoi|VN
phnom-penh|Phnom Penh|KH
kuala-lumpur|Kuala Lumpur|MY
jakarta|Jakarta|ID
bali|Denpasar|ID
manille|Manila|PH
hong-kong|Hong Kong|HK
shanghai|Shanghai|CN
pekin|Beijing|CN
taipei|Taipei|TW
seoul|Seoul|KR
tokyo|Tokyo|JP
sydney|Sydney|AU
melbourne|Melbourne|AU
montreal|Montréal|CA
quebec|Québec|CA
toronto|Toronto|CA
vancouver|Vancouver|CA
new-york|New York City|US
washington|Washington, D.C.|US
miami|Miami|US
chicago|Chicago|US
houston|Houston|US
los-angeles|Los Angeles|US
san-francisco|San Francisco|US
mexico|Mexico City|MX
bogota|Bogotá|CO
lima|Lima|PE
santiago|Santiago|CL
buenos-aires|Buenos Aires|AR
sao-paulo|São Paulo|BR
rio-de-janeiro|Rio de Janeiro|BR
`;

const PARSED = ROWS.trim()
  .split('\n')
  .map((line) => line.split('|') as [string, string, string]);

/** [GeoNames name, country] pairs, for the generator. */
export const EDITION_SOURCE_NAMES: ReadonlyArray<readonly [string, string]> = PARSED.map(([, name, cc]) => [name, cc]);

/** `GeoNames name|country` → edition id. */
export const EDITION_BY_CITY: ReadonlyMap<string, string> = new Map(PARSED.map(([id, name, cc]) => [`${name}|${cc}`, id]));
