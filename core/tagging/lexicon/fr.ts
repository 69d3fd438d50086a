/** French theme lexicon: folded word prefixes; a trailing `=` means the exact word only. */
export const FR = `
arts-culture: film= films= cinema musique musicien album= chanson concert festival theatre musee expositio artiste peinture peintre roman= romans= romancier poete poesie litter livre= livres= acteur actrice opera= ballet galerie sculpt culturel culture= orchestre spectacle
crime-justice: police polici crime criminel meurtre assassin interpell tribunal juge= juges= proces= procureur plainte condamn prison detenu fraude= voleur cambriol suspect avocat justice= coupable verdict trafic corruption gendarm
disaster-accident: seisme tremblement inondation tsunami ouragan incendie crash= collision accident deraill explosion glissement avalanche secours evacu catastroph
economy-business: economi marche= marches= bourse action= actions= investiss entreprise societe= banque inflation chiffre benefice industri commerce commercial exportation importation pib= prix= financ pdg= consommat fusion rachat milliard startup immobilier
education: ecole= ecoles= eleve etudiant enseignant professeur universit college= lycee education scolaire examen diplome bac= baccalaureat rentree= pedagog
environment: climat environnement pollution emission carbone biodivers faune espece foret recycl plastique renouvelable ecolog durable
health: sante hopital patient medecin maladie virus vaccin medical medicament cancer covid= pandemie epidemie infirmi clinique symptome obesite diabete chirurg infection
human-interest: celebrit royal= mariage anniversaire insolite centenaire
labour: greve= greves= syndica travailleur salarie emploi chomage salaire= salaires= travail licenci retraite= retraites= embauche recrutement
lifestyle-leisure: restaurant recette cuisine gastronom chef= chefs= mode= vacances loisir jardin shopping vin= vins= biere cafe= sortie= sorties= yoga
politics: election vote= voter scrutin parlement senat depute president ministre gouvernement politique parti= partis= campagne= loi= legislat maire= municipal referendum opposition coalition diplomat
religion: eglise religio pape= catholique musulman islam mosquee juif= juive synagogue chretien eveque pretre foi= priere bouddhis
science-technology: science scientifique chercheur technolog logiciel internet ordinateur smartphone application algorithm robot espace= astronom physique chimi biolog genetique numerique cyber intelligence= satellite
society: social= sociale societe communaut immigr migrant refugie pauvrete logement sdf= genre= egalite discrimina racisme manifest famille= familles=
sport: football foot= match= ligue championnat tournoi but= buts= entraineur joueur equipe olympi tennis rugby basket cyclisme course= athlet stade= sport= sports= sportif
conflict-war-peace: guerre militaire armee troupes soldat attaque attentat bombard missile conflit cessez rebelle terror insurg invasion paix= frappe= frappes= arme= armes= otan=
weather: meteo prevision pluie pluies neige canicule temperature tempete vent= vents= secheresse orage= orages= chaleur=
expat-life: expat= expats= expatri visa= visas= residence ambassade consulat consul= etranger demarche demenag expatriation
travel-transport: voyage tourisme touriste aeroport avion train= trains= ferroviaire metro= transport circulation route= routes= autoroute passager croisiere hotel= hotels= destination sejour
`;
