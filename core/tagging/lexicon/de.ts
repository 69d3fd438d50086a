/** German theme lexicon: folded word prefixes; a trailing `=` means the exact word only. */
export const DE = `
arts-culture: film= filme= kino= musik musiker album= lied= konzert festival theater museum ausstellung kunstler malerei maler roman= romane= dichter literatur buch= bucher schauspiel oper= ballett galerie skulptur kultur orchester fest= feste tradition umzug karneval feuerwerk erbe fotograf
crime-justice: polizei verbrech kriminal mord= morder festgenommen festnahme gericht richter prozess staatsanwalt anklage verurteil gefangnis haft= betrug diebstahl raub= verdacht anwalt justiz schuldig urteil schmuggel korruption
disaster-accident: erdbeben hochwasser uberschwemm tsunami hurrikan waldbrand brand= unfall zusammenstoss entgleis explosion erdrutsch lawine rettung evakuier katastroph
economy-business: wirtschaft markt= markte borse aktie investor investition unternehmen firma= bank= banken inflation umsatz gewinn industrie handel export import bip= preis= preise finanz konzern verbraucher fusion ubernahme milliard startup immobilie kosten haushalt steuer miete mieter vermieter euro= forderung
education: schule schuler student lehrer universitat hochschule bildung unterricht prufung abitur studium kita= kindergarten
environment: klima umwelt verschmutz emission co2= biodivers tierart wald= walder recycl plastik erneuerbar okolog nachhaltig baume baum= grun= grune park= parks= energie solar= larm
health: gesundheit krankenhaus klinik patient arzt= arzte krankheit virus impf medizin krebs covid= pandemie epidemie pflege symptom diabetes operation infektion
human-interest: promi= prominent konig hochzeit geburtstag jubilaum kurios
labour: streik gewerkschaft arbeitnehmer beschaftig arbeitslos lohn= lohne gehalt arbeit= arbeitsplatz jobs= kundig rente= renten einstell
lifestyle-leisure: restaurant rezept kuche= kochen gastronom koch= mode= urlaub freizeit garten einkauf wein= bier= cafe= ausgehen wellness yoga
politics: wahl= wahlen wahler abstimm bundestag landtag parlament prasident minister regierung politik partei wahlkampf gesetz burgermeister gemeinderat stadtrat referendum opposition koalition diplomat kanzler ministerium reform behorde gemeinde stadtverwaltung massnahme
religion: kirche religio papst katholi muslim islam moschee judisch synagoge christ bischof priester glaube gebet buddhis
science-technology: wissenschaft forscher forschung technolog software internet computer smartphone app= apps= algorithm roboter raumfahrt astronom physik chemie biolog genetik digital cyber kunstliche satellit passwort sicherheit nutzer gerat handy netzwerk wlan= update= version= mac= ios= android= apple=
society: sozial gesellschaft gemeinschaft migration migrant fluchtling asyl armut wohnung obdachlos gleichstell diskriminier rassismus demonstr protest familie viertel stadtteil nachbar einwohner burger
sport: fussball spiel= liga= meister turnier tor= tore= trainer spieler mannschaft olympi tennis rugby basketball radsport rennen= athlet stadion sport= sportler bundesliga sieg niederlage saison pokal finale verein fans=
conflict-war-peace: krieg militar armee truppen soldat angriff anschlag bombe rakete konflikt waffenruhe rebell terror invasion frieden waffe nato=
weather: wetter vorhersage regen= schnee hitze temperatur sturm= sturme wind= winde durre unwetter gewitter
expat-life: expat= expats= auswander zuwander visum visa= aufenthalt botschaft konsulat auslander einburger anmeldung
travel-transport: reise tourismus tourist fluggesellschaft flughafen flug= fluge bahn= zug= zuge verkehr strasse autobahn passagier kreuzfahrt hotel= hotels= nahverkehr auto= autos= fahrrad radweg fahrradstrasse fussgang strasse bus= busse strassenbahn fahrer stau parken geschwindigkeit bahnhof linie mobilitat
`;
