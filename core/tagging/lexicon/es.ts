/** Spanish theme lexicon: folded word prefixes; a trailing `=` means the exact word only. */
export const ES = `
arts-culture: pelicula cine= musica musico album= cancion concierto festival teatro museo exposicion artista pintura pintor novela poeta poesia literat libro= libros= actor= actriz opera= ballet galeria escultur cultural cultura= orquesta fiesta fiestas= tradicion desfile carnaval fuegos pirotecn patrimonio fotograf fallas
crime-justice: policia crimen criminal asesin homicid detenid arrest tribunal juez= jueces= juicio fiscal denuncia condena prision carcel fraude= robo= robos= ladron sospechos abogado justicia= culpable narcotraf corrupcion
disaster-accident: terremoto sismo inundacion tsunami huracan incendio choque= colision accidente descarril explosion deslizamiento avalancha rescate evacu catastrofe desastre
economy-business: economi mercado bolsa= acciones inversion inversor empresa negocio banco= bancos= bancari inflacion ingresos beneficio industri comercio exportac importac pib= precio financ consumo fusion adquisic millones= startup inmobiliari coste costes costo budget presupuesto gasto impuesto alquiler inquilino propietario euros= subvencion
education: escuela colegio alumno estudiante profesor maestro universidad educacion educativ escolar examen titulo= selectividad
environment: clima= climatic medioambient ambiental contaminacion emisiones carbono biodivers fauna especie bosque reciclaj plastico renovable ecolog sostenib arboles arbol verde parque parques energia solar= ruido emisiones bajas
health: salud hospital paciente medico enfermedad virus vacuna medicina cancer covid= pandemia epidemia enfermer clinica sintoma obesidad diabetes cirugia infeccion sanitari restriccion confinamiento sanitaria
human-interest: famoso famosa realeza boda= cumpleanos aniversario curioso centenari
labour: huelga sindica trabajador empleo desempleo paro= salario sueldo trabajo despido pension contratac laboral
lifestyle-leisure: restaurante receta cocina gastronom chef= moda= vacaciones ocio jardin compras= vino= vinos= cerveza cafe= bares= bienestar yoga tapas
politics: eleccion electoral voto= votos= votar parlamento congreso senado diputado presidente ministro gobierno politic partido campana= ley= leyes= legislat alcalde ayuntamiento referendum oposicion coalicion diplomat ministerio reforma autoridad municipal consistorio ayuntamiento medida medidas
religion: iglesia religio papa= catolic musulman islam mezquita judio sinagoga cristian obispo sacerdote fe= oracion budis
science-technology: ciencia cientific investigador tecnolog software internet ordenador computadora smartphone aplicacion algoritmo robot espacio= astronom fisica quimica biolog genetic digital ciber inteligencia= satelite contrasena seguridad usuario dispositivo movil= telefono red= redes= wifi= twitter= google=
society: social= sociedad comunidad inmigra migrante refugiad pobreza vivienda desahucio genero= igualdad discrimina racismo manifestac protesta familia= barrio vecinos residentes jubilac ciudadan
sport: futbol partido= liga= campeon torneo gol= goles= entrenador jugador equipo olimpi tenis rugby baloncesto ciclismo carrera= atleta estadio deporte deportiv victoria derrota temporada copa= final= club= aficion
conflict-war-peace: guerra militar ejercito tropas soldado ataque atentado bombarde misil conflicto rebelde terroris insurg invasion paz= armas= arma= otan=
weather: tiempo= meteorolog prevision lluvia nieve temperatura tormenta viento= vientos= sequia borrasca calor=
expat-life: expat= expats= expatriad extranjero visado visa= residencia permiso embajada consulado consul= empadronam nie= tramite nacionalidad
travel-transport: viaje turismo turista aerolinea aeropuerto vuelo= vuelos= avion tren= trenes= ferroviari metro= transporte trafico carretera autopista pasajero crucero hotel= hoteles= destino coche coches trafico bicicleta peaton calle= calles= autobus tranvia conductor atasco aparcamiento velocidad estacion linea= movilidad
`;
