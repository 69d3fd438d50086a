/**
 * Names of countries and US states, used only as context to decide which
 * `Paris` or `Valencia` a page means (`PARIS, Texas`, `Valencia, Venezuela`),
 * and which country a page is about. Not editions by themselves.
 */
import { fold } from '../text-fold';

/** `ISO|name;name;…` in en/fr/es/de (accents folded away at load). */
const COUNTRY_ROWS = `
ES|Spain;Espagne;España;Spanien;Spagna;Espanha
FR|France;Francia;Frankreich;França
DE|Germany;Allemagne;Alemania;Deutschland;Germania;Alemanha
IT|Italy;Italie;Italia;Italien;Itália
PT|Portugal;Portogallo
GB|United Kingdom;UK;Britain;England;Scotland;Royaume-Uni;Angleterre;Écosse;Reino Unido;Inglaterra;Großbritannien;England
IE|Ireland;Irlande;Irlanda;Irland
BE|Belgium;Belgique;Bélgica;Belgien;Belgio
NL|Netherlands;Holland;Pays-Bas;Países Bajos;Niederlande;Paesi Bassi
LU|Luxembourg;Luxemburgo;Luxemburg
CH|Switzerland;Suisse;Suiza;Schweiz;Svizzera;Suíça
AT|Austria;Autriche;Österreich
SE|Sweden;Suède;Suecia;Schweden;Svezia;Suécia
NO|Norway;Norvège;Noruega;Norwegen;Norvegia
DK|Denmark;Danemark;Dinamarca;Dänemark;Danimarca
FI|Finland;Finlande;Finlandia;Finnland
PL|Poland;Pologne;Polonia;Polen;Polónia
CZ|Czech Republic;Czechia;République tchèque;Tchéquie;Chequia;Tschechien
HU|Hungary;Hongrie;Hungría;Ungarn;Ungheria
RO|Romania;Roumanie;Rumania;Rumänien;Roménia
BG|Bulgaria;Bulgarie;Bulgarien
GR|Greece;Grèce;Grecia;Griechenland
TR|Turkey;Türkiye;Turquie;Turquía;Türkei;Turchia
RU|Russia;Russie;Rusia;Russland
UA|Ukraine;Ucrania;Ucraina;Ucrânia
EG|Egypt;Égypte;Egipto;Ägypten;Egitto
MA|Morocco;Maroc;Marruecos;Marokko;Marocco;Marrocos
TN|Tunisia;Tunisie;Túnez;Tunesien
DZ|Algeria;Algérie;Argelia;Algerien
SN|Senegal;Sénégal
CI|Ivory Coast;Côte d'Ivoire;Costa de Marfil;Elfenbeinküste
ZA|South Africa;Afrique du Sud;Sudáfrica;Südafrika;Sudafrica
KE|Kenya;Kenia
NG|Nigeria
IL|Israel;Israël;Israele
LB|Lebanon;Liban;Líbano;Libanon;Libano
AE|United Arab Emirates;UAE;Émirats arabes unis;Emiratos Árabes Unidos
QA|Qatar;Katar
SA|Saudi Arabia;Arabie saoudite;Arabia Saudita;Saudi-Arabien
IN|India;Inde;Indien
CN|China;Chine;Cina
HK|Hong Kong
TW|Taiwan;Taïwan
JP|Japan;Japon;Japón;Giappone;Japão
KR|South Korea;Corée du Sud;Corea del Sur;Südkorea;Korea
SG|Singapore;Singapour;Singapur
TH|Thailand;Thaïlande;Tailandia;Thailandia
VN|Vietnam;Viêt Nam;Viet Nam
KH|Cambodia;Cambodge;Camboya;Kambodscha
MY|Malaysia;Malaisie;Malasia
ID|Indonesia;Indonésie;Indonesien
PH|Philippines;Filipinas;Philippinen;Filippine
AU|Australia;Australie;Australien
NZ|New Zealand;Nouvelle-Zélande;Nueva Zelanda;Neuseeland
CA|Canada;Canadá;Kanada
US|United States;USA;U.S.;America;États-Unis;Estados Unidos;Vereinigte Staaten;Stati Uniti
MX|Mexico;Mexique;México;Mexiko;Messico
CO|Colombia;Colombie;Kolumbien
VE|Venezuela
PE|Peru;Pérou;Perú
CL|Chile;Chili
AR|Argentina;Argentine;Argentinien
BR|Brazil;Brésil;Brasil;Brasilien;Brasile
CU|Cuba;Kuba
`;

/** US states, `code|name`: GeoNames stores the two-letter code as admin1. */
const US_STATES =
  'AL Alabama|AK Alaska|AZ Arizona|AR Arkansas|CA California|CO Colorado|CT Connecticut|DE Delaware|FL Florida|GA Georgia|' +
  'HI Hawaii|ID Idaho|IL Illinois|IN Indiana|IA Iowa|KS Kansas|KY Kentucky|LA Louisiana|ME Maine|MD Maryland|' +
  'MA Massachusetts|MI Michigan|MN Minnesota|MS Mississippi|MO Missouri|MT Montana|NE Nebraska|NV Nevada|NH New Hampshire|NJ New Jersey|' +
  'NM New Mexico|NY New York State|NY New York|NC North Carolina|ND North Dakota|OH Ohio|OK Oklahoma|OR Oregon|PA Pennsylvania|RI Rhode Island|SC South Carolina|' +
  'SD South Dakota|TN Tennessee|TX Texas|UT Utah|VT Vermont|VA Virginia|WA Washington State|WA Washington|WV West Virginia|WI Wisconsin|WY Wyoming';

export const COUNTRY_BY_NAME: ReadonlyMap<string, string> = new Map(
  COUNTRY_ROWS.trim()
    .split('\n')
    .flatMap((line) => {
      const [iso = '', names = ''] = line.split('|');
      return names.split(';').map((n) => [fold(n), iso] as [string, string]);
    }),
);

export const US_STATE_BY_NAME: ReadonlyMap<string, string> = new Map(
  US_STATES.split('|').flatMap((entry) => {
    const code = entry.slice(0, 2);
    const name = entry.slice(3);
    return [
      [fold(name), code],
      [fold(code), code],
    ] as Array<[string, string]>;
  }),
);

/** Country of a site from its domain's country code (`.es`, `.co.uk`), or null for generic domains. */
export function countryOfHost(host: string): string | null {
  const tld = host.toLowerCase().split('.').pop() ?? '';
  if (tld.length !== 2) return null;
  const iso = tld === 'uk' ? 'GB' : tld.toUpperCase();
  // Country-code domains used as generic ones say nothing about the page.
  return ['IO', 'CO', 'TV', 'ME', 'AI', 'FM', 'LY', 'GG', 'TO', 'WS', 'CC', 'EU'].includes(iso) ? null : iso;
}

/** Countries where a language is mostly read, for tie-breaking only. */
export const LANGUAGE_COUNTRIES: Readonly<Record<string, readonly string[]>> = {
  es: ['ES', 'MX', 'AR', 'CO', 'CL', 'PE', 'VE'],
  fr: ['FR', 'BE', 'CH', 'CA', 'SN', 'CI', 'MA', 'TN', 'LU'],
  de: ['DE', 'AT', 'CH'],
  it: ['IT', 'CH'],
  pt: ['PT', 'BR'],
  nl: ['NL', 'BE'],
  ro: ['RO'],
  en: ['US', 'GB', 'IE', 'AU', 'CA', 'NZ'],
};
