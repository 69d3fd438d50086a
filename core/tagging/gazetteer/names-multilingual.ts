/**
 * Other names of important cities, in en/fr/es/de/it/pt and the native form
 * (`GeoNames name|country|name;name;…`). GeoNames' main name is usually the
 * English one; readers' pages are in many languages, so `Bucarest`, `München`
 * or `Hô-Chi-Minh-Ville` must find the same city. Spellings that only differ
 * by accents are not listed: matching folds accents away.
 */
export const MULTILINGUAL_ROWS = `
Madrid|ES|Madri
Barcelona|ES|Barcelone;Barcelona
Valencia|ES|Valence;València;Valenza
Sevilla|ES|Seville;Séville;Sevilha;Siviglia
Málaga|ES|Malaga
Zaragoza|ES|Saragosse;Saragossa
Bilbao|ES|Bilbo
Lisbon|PT|Lisbonne;Lisboa;Lissabon;Lisbona
Porto|PT|Oporto
London|GB|Londres;Londra;Londen
Edinburgh|GB|Édimbourg;Edimburgo
Manchester|GB|Mánchester
Dublin|IE|Dublín;Dublino;Baile Átha Cliath
Brussels|BE|Bruxelles;Bruselas;Brüssel;Bruxelas;Bruxelles-Capitale;Brussel
Antwerpen|BE|Anvers;Antwerp;Amberes;Anversa
Amsterdam|NL|Ámsterdam
The Hague|NL|La Haye;Den Haag;La Haya;L'Aia
Luxembourg|LU|Luxemburg;Luxemburgo;Lussemburgo
Berlin|DE|Berlín;Berlino;Berlim
Munich|DE|München;Múnich;Monaco di Baviera;Munique
Frankfurt am Main|DE|Frankfurt;Francfort;Francfort-sur-le-Main;Fráncfort;Francoforte
Hamburg|DE|Hambourg;Hamburgo;Amburgo
Köln|DE|Cologne;Colonia;Colónia
Düsseldorf|DE|Dusseldorf
Stuttgart|DE|Stoccarda
Heidelberg|DE|Heidelberga
Mannheim|DE|Mannheim
Vienna|AT|Vienne;Wien;Viena
Genève|CH|Geneva;Genf;Ginebra;Ginevra;Genebra
Zürich|CH|Zurich;Zúrich;Zurigo
Milan|IT|Milano;Milán;Mailand;Milão
Rome|IT|Roma;Rom
Naples|IT|Napoli;Nápoles;Neapel
Turin|IT|Torino;Turín
Florence|IT|Firenze;Florencia;Florenz
Venice|IT|Venise;Venezia;Venecia;Venedig;Veneza
Genoa|IT|Gênes;Genova;Génova;Genua
Stockholm|SE|Estocolmo;Stoccolma
Gothenburg|SE|Göteborg;Gotemburgo
Copenhagen|DK|Copenhague;København;Kopenhagen;Copenaghen;Copenhaga
Oslo|NO|Oslo
Helsinki|FI|Helsingfors
Warsaw|PL|Varsovie;Warszawa;Varsovia;Warschau;Varsavia;Varsóvia
Kraków|PL|Cracovie;Cracovia;Krakau;Cracóvia
Prague|CZ|Praha;Praga;Prag
Budapest|HU|Budapeste
Bucharest|RO|Bucarest;București;Bukarest;Bucareste;Bucuresti
Sofia|BG|Sofía;Sofija
Athens|GR|Athènes;Atenas;Athen;Atene;Athína
Istanbul|TR|Estambul;Stamboul;İstanbul;Constantinople
Moscow|RU|Moscou;Moscú;Moskau;Mosca;Moscovo;Moskva
Saint Petersburg|RU|Saint-Pétersbourg;San Petersburgo;Sankt Petersburg;San Pietroburgo;São Petersburgo
Kyiv|UA|Kiev;Kyjiw;Kiew;Kíev;Kiiv
Cairo|EG|Le Caire;El Cairo;Kairo;Il Cairo;Cairo;القاهرة
Alexandria|EG|Alexandrie;Alejandría;Alexandrien;Alessandria d'Egitto
Casablanca|MA|Casablanca;الدار البيضاء
Marrakesh|MA|Marrakech;Marrakesch;Marraquexe
Tunis|TN|Túnez;Tunisi;Túnis
Algiers|DZ|Alger;Argel;Algier;Algeri
Dakar|SN|Dacar
Johannesburg|ZA|Johannesbourg;Joanesburgo;Johannesburgo
Cape Town|ZA|Le Cap;Ciudad del Cabo;Kapstadt;Città del Capo;Cidade do Cabo;Kaapstad
Tel Aviv|IL|Tel-Aviv;Tel Aviv-Yafo;Tel Aviv-Jaffa;תל אביב
Jerusalem|IL|Jérusalem;Jerusalén;Gerusalemme;Jerusalém
Beirut|LB|Beyrouth;Beirut;Beirute;بيروت
Dubai|AE|Dubaï;Dubái;Dubai;دبي
Abu Dhabi|AE|Abou Dabi;Abou Dhabi;Abu Dabi;أبوظبي;أبو ظبي
Riyadh|SA|Riyad;Riad;Riade;الرياض
Doha|QA|الدوحة
Kuwait City|KW|Koweït City;Kuwait-Stadt;Ciudad de Kuwait
Tehran|IR|Téhéran;Teherán;Teheran;Teerã
Baghdad|IQ|Bagdad;Bagdá;بغداد
Damascus|SY|Damas;Damasco;Damaskus;دمشق
Mumbai|IN|Bombay;Bombaim
New Delhi|IN|New Delhi;Nueva Delhi;Neu-Delhi;Nova Deli;Nuova Delhi
Delhi|IN|Delhi;Dehli
Puducherry|IN|Pondichéry;Pondicherry;Pondicherri
Bengaluru|IN|Bangalore
Kolkata|IN|Calcutta;Calcuta;Kalkutta
Chennai|IN|Madras
Singapore|SG|Singapour;Singapur;Singapura
Bangkok|TH|Bangkok;Banguecoque
Ho Chi Minh City|VN|Hô-Chi-Minh-Ville;Ciudad Ho Chi Minh;Ho-Chi-Minh-Stadt;Città di Ho Chi Minh;Cidade de Ho Chi Minh;Saigon;Saïgon;Thành phố Hồ Chí Minh
Hanoi|VN|Hanoï;Hanói;Hà Nội
Phnom Penh|KH|Phnom Penh;Nom Pen
Kuala Lumpur|MY|Kuala Lumpur
Jakarta|ID|Djakarta;Yakarta;Giacarta
Manila|PH|Manille;Manila;Manilha
Hong Kong|HK|Hongkong;Xianggang
Shanghai|CN|Shanghaï;Xangai;Schanghai;Sciangai
Beijing|CN|Pékin;Pekín;Peking;Pechino;Pequim
Guangzhou|CN|Cantão
Taipei|TW|Taipeh;Taipé;Taibei
Seoul|KR|Séoul;Seúl;Seul
Tokyo|JP|Tokio;Tóquio;Tōkyō
Kyoto|JP|Kyōto;Kioto;Quioto
Osaka|JP|Ōsaka
Sydney|AU|Sídney
Melbourne|AU|Melburne
Montréal|CA|Montreal
Québec|CA|Quebec City;Québec City;Ciudad de Quebec;Quebec-Stadt;Cidade de Quebec
Toronto|CA|Toronto
Vancouver|CA|Vancouver
New York City|US|New York;New-York;Nueva York;Nova Iorque;Nova York;NYC
Washington, D.C.|US|Washington DC;Washington D.C.;Washington
Los Angeles|US|Los Ángeles
San Francisco|US|San Francisco
Philadelphia|US|Philadelphie;Filadelfia;Filadélfia
New Orleans|US|La Nouvelle-Orléans;Nueva Orleans;Nova Orleans
Mexico City|MX|Ciudad de México;Mexiko-Stadt;Città del Messico;Cidade do México;Mexico-City
Bogotá|CO|Bogota
Lima|PE|Lima
Santiago|CL|Santiago du Chili;Santiago de Chile
Buenos Aires|AR|Buenos Aires
São Paulo|BR|Sao Paulo;San Pablo
Rio de Janeiro|BR|Río de Janeiro
Havana|CU|La Havane;La Habana;Havanna;L'Avana;Havana
`;
