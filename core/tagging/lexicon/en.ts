/** English theme lexicon: folded word prefixes; a trailing `=` means the exact word only. */
export const EN = `
arts-culture: film= films= movie cinema musician music album= song= songs= concert festival theatre theater museum exhibition artist painting painter novel= novels= novelist poet poetry literat book= books= actor actress hollywood oscar= oscars= opera= ballet gallery sculpt cultural culture= orchestra
crime-justice: police crime criminal murder arrest court= courts= judge= judges= trial= prosecut lawsuit convict sentenced prison jail fraud= theft robber stolen suspect lawyer attorney justice= indict guilty verdict smuggl corrupt homicide
disaster-accident: earthquake flood= floods= flooding tsunami hurricane wildfire blaze crash= crashed collision accident derail explosion landslide avalanche rescuers evacuat disaster casualties
economy-business: economy economic market= markets= stock= stocks= shares= investor invest company companies business bank= banks= banking inflation revenue profit earnings industry industri trade= tariff export import gdp= price= prices= financ ceo= retail consumer merger acquisit billion= startup
education: school= schools= student teacher universit college education pupil classroom curricul exam= exams= degree= campus tuition academic scholarship
environment: climate environment pollution emission carbon biodivers wildlife species forest deforest recycl plastic renewable ecolog conservation sustainab greenhouse
health: health hospital patient doctor disease virus vaccin medical medicine cancer covid= pandemic epidemic nurse= nurses= clinic symptom obesity diabetes surgery infection
human-interest: celebrit royal= wedding birthday anniversary quirky centenarian heartwarming
labour: strike= strikes= union= unions= worker employee employment unemploy wage= wages= salary salaries job= jobs= labour labor= layoff pension workplace hiring
lifestyle-leisure: restaurant recipe food= foods= cooking cuisine chef= chefs= fashion holiday vacation leisure hobby garden shopping wine= beer= cafe= nightlife lifestyle fitness yoga dating
politics: election vote= votes= voter voting parliament senat congress president minister government politic party= parties= campaign democrat republican legislat mayor= council referendum opposition coalition diplomat
religion: church religio pope= catholic muslim islam mosque jewish synagogue christian bishop priest faith= prayer buddhis hindu
science-technology: science scientist researcher technolog software internet computer smartphone app= apps= algorithm robot nasa= astronom physic chemist biolog genetic google microsoft digital cyber browser linux programm developer quantum telescope satellite firefox javascript
society: social= society communit immigra migrant refugee poverty housing homeless gender equality discrimina racism protest demonstrat elderly lgbt
sport: football soccer match= league champion tournament goal= goals= coach= player= players= team= teams= olympi tennis rugby basketball baseball cricket cycling racing athlet stadium fifa= uefa= nba= nfl= sport= sports=
conflict-war-peace: war= wars= military army= troops soldier attack= attacks= bomb= bombing missile conflict ceasefire rebel= rebels= terror insurgen militant invasion peace= airstrike weapon nato= armed=
weather: weather forecast rain= rainfall snow= snowfall heatwave temperature storm= storms= wind= winds= drought meteorolog
expat-life: expat= expats= expatri visa= visas= residency residence permit embassy consulate consul= foreigner abroad relocat newcomer citizenship
travel-transport: travel tourism tourist airline airport flight= flights= train= trains= railway metro= subway transport traffic road= roads= highway passenger cruise hotel= hotels= destination trip= trips=
`;
