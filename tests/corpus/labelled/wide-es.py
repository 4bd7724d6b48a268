# wide-es.py -- a wide batch of Spanish (es) labelled customer mails
# spread over many kinds of business (shops, travel, telecoms, utilities,
# health, leisure, software, services...), kept for training so that the
# model sees how customers of very different businesses write about
# money, faults and everything else.  Mixed registers, Spain and Latin
# America, with and without accents, replies and forwards, negations,
# escalation demands, outages told by their consequences and hazards
# told calmly.  Same tuple format as batch16.py:
# (lang, slug, from, subject, queue, priority or "", body).
M += [
# ---------------- tienda de moda online ----------------
("es", "moda-reembolso-chaqueta-devuelta", "Irene Calvo <irene.calvo@example.com>", "Devolución pedido 40218", "billing", "",
"""Hola,

El 3 de este mes devolví la chaqueta de ante del pedido 40218 en un punto
de recogida (tengo el resguardo). En el seguimiento pone "Entregado al
almacén" desde hace nueve días pero el dinero no ha vuelto a mi tarjeta.
¿Me decís cuándo se va a hacer el abono?

Un saludo,
Irene Calvo"""),
("es", "moda-cambio-talla-vaqueros-movil", "kevin m <kevinmrtz@example.com>", "vaqueros", "billing", "",
"""buenas los vaqueros me quedan grandes pedi 40 y me sobra por todos lados
los puedo cambiar por una 38 sin pagar otra vez el envio?? o tengo q
devolverlos y volver a comprar
enviado desde mi movil"""),
("es", "moda-codigo-rebajas-no-resta", "Nerea Ugalde <nerea.ugalde@example.net>", "Código VERANO20", "billing", "",
"""Hola:

Me llegó por correo el código VERANO20 del 20 % y lo puse al pagar el
pedido 40377. La web dijo "código aplicado" en verde, pero el total que me
habéis cobrado es el precio completo, 84,90 €. Debería haber sido 67,92 €.
¿Me podéis devolver la diferencia?

Gracias,
Nerea"""),
("es", "moda-doble-cargo-disputa-banco", "Alberto Sevilla <alberto.sevilla@example.org>", "COBRO DUPLICADO", "billing", "high",
"""Me habéis cobrado DOS veces el pedido 40402, 129,00 € cada uno, el mismo
día y a la misma hora. Os escribí el lunes y el miércoles y nadie ha
contestado. Hoy he llamado a mi banco y he abierto una disputa por el
segundo cargo. Si queréis decir algo, decídselo a ellos.

Alberto Sevilla"""),
("es", "moda-app-se-cierra-talla", "Mónica Lara <monica.lara@example.com>", "La app", "technical", "",
"""Hola, esto no tiene nada que ver con pagos ni pedidos. Es la app: cada
vez que entro en un producto y toco el desplegable de la talla, la app se
cierra sola y vuelve al inicio del móvil. Me pasa con cualquier prenda.
Tengo un Android bastante nuevo y la app está actualizada. Desde el
navegador sí funciona, pero es un rollo.

Mónica"""),
("es", "moda-enlace-contrasena-caducado", "Paula Ortega <paula.ortega@example.net>", "contraseña", "technical", "",
"""Hola, he pedido tres veces el correo para cambiar la contraseña. Me
llega, pincho en el enlace en menos de un minuto y me sale "Este enlace ha
caducado o ya se ha usado". Así que no puedo entrar en mi cuenta para ver
mis pedidos. ¿Qué hago?
Paula"""),
("es", "moda-vestido-36-reposicion", "Lucía Herrero <lucia.herrero@example.org>", "Vestido de lino verde", "general", "",
"""Buenas tardes:

El vestido de lino verde botella está agotado en la talla 36. ¿Sabéis si
va a volver a entrar? Es para una boda a finales de junio. Si no vuelve,
¿hay algún modelo parecido que me recomendéis?

Muchas gracias,
Lucía"""),
("es", "moda-nota-a-mano-gracias", "Gonzalo Pizarro <gonzalo.pizarro@example.com>", "Un detalle", "general", "",
"""Hola, solo quería decir que el paquete de ayer venía con una nota
escrita a mano deseándole feliz cumpleaños a mi hermana, porque lo puse
en el campo de comentarios. Ella se emocionó. No hacía falta y se
agradece mucho. Seguiré comprando con vosotros.

Gonzalo"""),
# ---------------- supermercado a domicilio ----------------
("es", "super-faltan-articulos-cobrados", "Dolores Ibarra <loli.ibarra@example.net>", "Pedido del jueves", "billing", "",
"""Hola:

En el pedido del jueves faltaban tres cosas: el paquete de café molido,
las pechugas de pollo y un brick de leche sin lactosa. En el ticket
aparecen las tres como entregadas y cobradas (12,47 € en total). El
repartidor ya se había ido cuando me di cuenta. ¿Me devolvéis ese dinero?

Loli Ibarra"""),
("es", "super-gastos-envio-pedido-minimo", "Andrés Cuesta <andres.cuesta@example.org>", "Gastos de envío", "billing", "",
"""Buenas, en vuestra web pone que a partir de 60 € el envío es gratis. Mi
pedido era de 71,30 € y me han cobrado 5,95 € de envío igualmente. ¿Es un
error? Si lo es, ¿me lo podéis devolver a la tarjeta?"""),
("es", "super-cristal-en-ensalada", "Marina Toledo <marina.toledo@example.com>", "Bolsa de ensalada", "billing", "high",
"""Hola:

Ayer, al echar en un bol la bolsa de ensalada mezclada que venía en el
pedido 7713, encontré un trozo de cristal de unos dos centímetros entre
las hojas. Por suerte lo vi antes de servírsela a mis hijos. He guardado
la bolsa con su etiqueta y el lote por si la necesitáis.

Os pido que me devolváis lo que pagué por ella y que reviséis ese lote,
porque otra familia puede no tener tanta suerte.

Marina Toledo"""),
("es", "super-carrito-se-vacia", "Ramón Peña <ramon.pena@example.net>", "la web me borra la compra", "technical", "",
"""Hola, llevo dos días intentando hacer la compra semanal y cuando voy a
elegir la franja horaria el carrito se queda vacío de repente, como si no
hubiera añadido nada. Ya he metido las 40 cosas tres veces. He probado en
el ordenador y en el móvil. ¿Está fallando algo?

Ramón"""),
("es", "super-reparto-urbanizacion-domingo", "Cristina Mora <cristina.mora@example.org>", "Consulta", "general", "",
"""Hola,

Nos hemos mudado a la urbanización Los Almendros, en Boadilla. ¿Llegáis
hasta allí con el reparto? Y otra pregunta, ¿repartís los domingos por
la mañana o solo de lunes a sábado?

Gracias,
Cristina"""),
("es", "super-repartidor-subio-bolsas-abuela", "Joaquín Serrano <joaquin.serrano@example.com>", "Agradecimiento", "general", "",
"""Buenos días:

Hago la compra para mi abuela, que vive sola en un cuarto sin ascensor.
El martes el repartidor (creo que se llama Iván) no solo le subió todas
las bolsas, sino que le colocó las cosas del frío en la nevera porque
ella no podía agacharse. Mi abuela no para de hablar de él. Gracias.

Joaquín Serrano"""),
("es", "super-sustitucion-mas-cara", "Eva Lorente <eva.lorente@example.net>", "Sustitución", "billing", "",
"""Hola, pedí aceite de oliva virgen extra de marca blanca (5,95 €) y como
no había me lo sustituisteis por uno de marca a 9,80 € y me cobrasteis
los 9,80. Yo tenía marcado "sustituir por producto similar", no "por
uno más caro". Quiero que me devolváis la diferencia, por favor.

Eva"""),
# ---------------- operador de telefonía móvil ----------------
("es", "movil-factura-roaming-andorra", "Jordi Puig <jordi.puig@example.org>", "Factura de julio", "billing", "",
"""Bon dia / buenos días:

En la factura de julio tengo 38,60 € de "datos en itinerancia". Estuve
un fin de semana en Andorra y ni siquiera sabía que Andorra no entraba en
la tarifa europea. Nadie me avisó con un SMS. ¿Se puede hacer algo con
ese importe? Llevo doce años con vosotros.

Jordi Puig"""),
("es", "movil-permanencia-consumo", "Verónica Salas <veronica.salas@example.com>", "Penalización por permanencia", "billing", "high",
"""Muy señores míos:

Solicité la portabilidad a otra compañía el 2 de mayo porque ustedes
subieron la tarifa 4 € al mes sin mi consentimiento. Ahora me reclaman
150 € de penalización por incumplir la permanencia. Un cambio unilateral
de condiciones me da derecho a irme sin penalización.

Si no anulan ese cargo, presentaré una reclamación ante la oficina de
consumo y ante la Secretaría de Estado de Telecomunicaciones.

Verónica Salas Pino"""),
("es", "movil-esim-no-activa", "Tomás Aranda <tomas.aranda@example.net>", "eSIM", "technical", "",
"""Hola:

Me he comprado un móvil nuevo y he pedido pasar mi línea a eSIM. Escaneé
el código QR que me mandasteis, el teléfono dice "Activando..." y después
de una hora sigue igual, sin señal. La tarjeta física antigua ya no
funciona tampoco, así que me he quedado sin línea. ¿Podéis mirar qué
pasa?

Tomás Aranda"""),
("es", "movil-sin-cobertura-empresa-10-lineas", "Administración Transportes Garrido <admin@transportes-garrido.example>", "Urgente - ninguna línea", "technical", "high",
"""Buenos días:

Tenemos 10 líneas de empresa con ustedes y desde las 7 de la mañana
ninguna tiene servicio: "Solo llamadas de emergencia". Son los móviles de
los conductores. No podemos avisarles de las rutas ni ellos a los
clientes, y tenemos tres camiones parados en el polígono esperando
instrucciones. Hemos reiniciado los teléfonos y cambiado una SIM de
terminal, sin resultado.

Necesitamos una solución ya. Teléfono fijo de la oficina: 976 000 512.

Pilar Garrido
Transportes Garrido S.L."""),
("es", "movil-no-llegan-sms-banco", "Fermín Olmo <fermin.olmo@example.org>", "sms", "technical", "",
"""no me llegan los sms desde hace una semana, ni los del banco para
confirmar compras ni los de mi hermana. whatsapp y llamadas si van bien.
he apagado y encendido el movil y he mirado que no este lleno. que puede
ser"""),
("es", "movil-cambiar-titular-fallecido", "Inmaculada Rey <inma.rey@example.com>", "Cambio de titular", "general", "",
"""Buenas tardes:

Mi padre falleció el mes pasado y quisiera poner a mi nombre su línea
móvil para mantener el número, que es el que conoce toda la familia. No
quiero darla de baja. ¿Qué documentación tengo que enviar y a dónde?

Gracias de antemano,
Inmaculada Rey"""),
("es", "movil-tarifa-bajar-plan", "Sergio Bermejo <sergio.bermejo@example.net>", "Cambio de tarifa", "billing", "",
"""Hola, ahora trabajo en casa con wifi y no gasto ni 5 GB al mes. Quiero
pasarme de la tarifa de 40 GB (25 €) a la de 10 GB que está en la web a
15 €. ¿Se puede hacer desde el próximo ciclo sin permanencia nueva?
Sergio"""),
# ---------------- proveedor de fibra ----------------
("es", "fibra-cobro-router-devuelto", "Natalia Gil <natalia.gil@example.org>", "Cargo de 90 € por el router", "billing", "",
"""Hola:

Di de baja la fibra en marzo y devolví el router y el decodificador en la
oficina de Correos con la etiqueta que me mandasteis (guardo el
resguardo con el código de envío). Ahora me llega un cargo de 90 € por
"equipo no devuelto". Os adjunto el resguardo. Por favor, anuladlo.

Natalia Gil"""),
("es", "fibra-factura-a-nombre-empresa", "Óscar Barrios <oscar@barrios-arquitectura.example>", "Facturas a nombre de la sociedad", "billing", "",
"""Buenos días,

Contraté la fibra del estudio a mi nombre pero las facturas las tiene que
pagar la sociedad. ¿Podéis emitirlas a partir de ahora a nombre de
Barrios Arquitectura S.L., CIF B-00000000, con la misma dirección? Y si
se puede, rehacer las dos últimas.

Gracias,
Óscar Barrios"""),
("es", "fibra-baja-sigue-cobrando-responsable", "Manuel Carmona <manuel.carmona@example.com>", "Tercer mes cobrando después de la baja", "billing", "high",
"""Es la cuarta vez que escribo. Me di de baja en enero, tengo el número de
baja (BJ-220914) y me seguís pasando 42,90 € cada mes: febrero, marzo y
ahora abril. Cada vez que llamo me dicen que "ya está solucionado".

No quiero otro operador del call center. Quiero que me llame un
responsable que pueda devolverme los tres recibos. 611 000 932, por las
tardes.

Manuel Carmona"""),
("es", "fibra-cortes-cada-noche", "Alicia Vidal <alicia.vidal@example.net>", "Internet se corta", "technical", "",
"""Hola, desde hace una semana internet se corta todas las noches entre
las 23:00 y las 23:30 y vuelve solo a los diez minutos. Durante el corte
la luz de "Internet" del router se pone roja. De día va perfecto. No me
importa si es del router o de la línea, solo quiero que deje de pasar
porque teletrabajo con horario de Estados Unidos.

Alicia"""),
("es", "fibra-caida-clinica-fisio", "Clínica Fisio Arrabal <recepcion@fisio-arrabal.example>", "Sin conexión desde esta mañana", "technical", "high",
"""Hola:

Somos una clínica de fisioterapia. Desde las 9:00 no podemos ver la
agenda de citas (está en la nube), el datáfono no cobra y el teléfono
fijo, que va por la fibra, da tono de ocupado. Tenemos la sala de espera
llena y estamos apuntando a mano y pidiendo a la gente que pague por
Bizum. El router tiene todas las luces apagadas menos la de encendido.

Por favor, mandad a alguien hoy. Móvil: 622 000 140 (Rebeca).

Rebeca Olmedo"""),
("es", "fibra-wifi-planta-arriba", "Pablo Nieto <pablo.nieto@example.org>", "wifi en el piso de arriba", "technical", "",
"""buenas, el router está en el salón y en los dormitorios de arriba el
wifi llega con una rayita o nada. vi que vendéis un amplificador mesh,
lo compré y lo enchufé pero no sé cómo emparejarlo con el router, el
manual dice que pulse WPS pero mi router no tiene ningún botón que ponga
eso. me echáis una mano?
Pablo"""),
("es", "fibra-cobertura-nueva-casa", "Maite Rivas <maite.rivas@example.com>", "¿Llega la fibra?", "general", "",
"""Hola:

El mes que viene nos mudamos a una casa en la calle Olmos 14 de
Villanueva de la Cañada. Antes de firmar nada con nadie, ¿me podéis
decir si tenéis cobertura de fibra en esa dirección? En el buscador de
la web me sale "consulte con un asesor".

Gracias,
Maite"""),
("es", "re-fibra-luz-los-roja", "Benjamín Soto <benja.soto@example.net>", "Re: Incidencia INC-771203", "technical", "",
"""Sigue igual. La luz LOS sigue en rojo parpadeando. Ya he apagado y
encendido, he comprobado que el cable verde está bien metido en la roseta
y he esperado las 48 horas que me dijisteis. Llevamos cinco días sin
internet.

Benjamín

El vie, 14 jun 2024 a las 10:12, Soporte Técnico (<soporte@fibra-conecta.example>) escribió:
> Estimado cliente:
>
> Hemos realizado una prueba remota de su línea. Le rogamos que reinicie
> el equipo y espere 48 horas para que se sincronice.
>
> Un saludo."""),
# ---------------- aerolínea ----------------
("es", "vuelo-maleta-pagada-dos-veces", "Gabriela Ponce <gabriela.ponce@example.com>", "Equipaje facturado", "billing", "",
"""Hola,

Compré una maleta facturada de 23 kg al hacer la reserva (localizador
QX7PLM), pero en el mostrador de Barajas me dijeron que no aparecía y me
la cobraron otra vez, 45 €. Tengo el recibo del aeropuerto y la
confirmación de la reserva con la maleta. Me gustaría que me devolvieran
uno de los dos pagos.

Gabriela Ponce"""),
("es", "vuelo-cancelado-reembolso-aesa", "Rodrigo Vela <rodrigo.vela@example.org>", "Vuelo cancelado - reembolso", "billing", "high",
"""Estimados señores:

Su vuelo del 22 de mayo Madrid-Lisboa fue cancelado por ustedes con dos
horas de antelación. Solicité el reembolso de los billetes de mi familia
(4 pasajeros, 412,00 € en total) ese mismo día a través de su formulario.
Han pasado siete semanas y solo me ofrecen un bono.

No acepto el bono. Si en diez días no tengo el dinero, presentaré
reclamación ante la Agencia Estatal de Seguridad Aérea y reclamaré
también la compensación que me corresponde por el reglamento europeo.

Rodrigo Vela"""),
("es", "vuelo-tarjeta-embarque-app", "Luis Fernando Acosta <lfacosta@example.com>", "no me sale la tarjeta de embarque", "technical", "",
"""Hola, hice el check in en la app para el vuelo de mañana a las 6:40
(Bogotá-Madrid) y al tocar "Ver tarjeta de embarque" me sale
"Error TKT-09, inténtelo más tarde". Lo intenté toda la tarde. En la web
me pide iniciar sesión y luego me devuelve a la misma pantalla. No
quiero llegar al aeropuerto sin ella. Saludos, Luis"""),
("es", "vuelo-asistencia-silla-ruedas", "Carmen Aguilar <carmen.aguilar@example.com>", "Asistencia en aeropuerto", "general", "",
"""Buenas tardes:

Mi madre, de 84 años, vuela sola con ustedes el día 9 de Málaga a
Bilbao. Camina poco y necesitaría silla de ruedas desde el control hasta
el avión y a la llegada. ¿Cómo se solicita y con cuánta antelación? El
localizador es RT4KWA.

Muchas gracias,
Carmen Aguilar"""),
("es", "vuelo-tablet-olvidada-asiento", "Iker Zabala <iker.zabala@example.net>", "Objeto olvidado en el vuelo", "general", "",
"""Hola, en el vuelo de ayer Sevilla-Barcelona (salida 18:05) mi hija se
dejó una tablet con funda morada en el bolsillo del asiento 17C. ¿Tenéis
servicio de objetos perdidos? ¿A quién me dirijo?

Iker"""),
("es", "vuelo-factura-nombre-empresa", "Viajes Empresa <viajes@consultora-alba.example>", "Factura con CIF", "billing", "",
"""Buenos días,

Necesitamos la factura completa del billete con localizador ZK2MNB (viaje
de trabajo de nuestra empleada Sara Moreno) a nombre de Consultora Alba
S.L., CIF B-00000001. La confirmación que llega por correo no vale como
factura para contabilidad.

Un saludo,
Departamento de Administración"""),
("es", "vuelo-trato-hijo-autista-responsable", "Begoña Cano <begona.cano@example.org>", "Trato recibido en la puerta de embarque", "general", "high",
"""Buenas:

El domingo, en la puerta de embarque del vuelo a Palma, una empleada de
tierra le gritó a mi hijo, que tiene autismo, delante de todo el mundo
porque se había puesto nervioso en la cola. Le expliqué la situación y
me contestó que "si no sabe comportarse que no viaje". Mi hijo lloró
todo el vuelo.

No busco compensación. Quiero que un responsable del servicio de
atención al pasajero me llame y me explique qué van a hacer con esto.

Begoña Cano"""),
# ---------------- tren ----------------
("es", "tren-abono-mensual-dos-veces", "Raúl Expósito <raul.exposito@example.com>", "Abono mensual", "billing", "",
"""Hola,

Compré el abono mensual de cercanías Guadalajara-Madrid por la app. Dio
error al final y lo volví a comprar. Ahora tengo dos abonos de junio y
dos cargos de 70,90 €. Solo puedo usar uno, claro. ¿Me anuláis el otro y
me devolvéis el dinero?

Raúl"""),
("es", "tren-cambio-billete-gastos", "Susana Roldán <susana.roldan@example.net>", "Pregunta sobre el cambio de billete", "billing", "",
"""Buenos días:

Cambié mi billete del AVE de las 8:00 al de las 10:30 del mismo día y me
cobraron 15 € de gastos de gestión. Mi tarifa era "Flexible" y entendía
que los cambios eran gratis. ¿Me pueden explicar ese cargo o
devolvérmelo?

Gracias,
Susana Roldán"""),
("es", "tren-web-error-asiento", "Marcos Lozano <marcos.lozano@example.org>", "Web", "technical", "",
"""Hola, en la web, al elegir asiento en el paso 3, pulso sobre un asiento
libre y sale una página blanca con "Error 500 - Internal Server Error".
Si me salto el paso y no elijo asiento, tampoco avanza. Llevo así desde
ayer con Chrome y Firefox. Quiero comprar dos billetes para el viernes.
Marcos"""),
("es", "tren-llevar-bici", "Aitana Blasco <aitana.blasco@example.com>", "Bicicleta en el tren", "general", "",
"""Hola! En agosto queremos hacer el Camino en bici y volver en tren desde
Santiago hasta Valladolid. ¿Se pueden subir bicicletas sin desmontar en
ese tren o tienen que ir en funda? ¿Hay que reservar sitio? Gracias!!"""),
("es", "tren-revisor-elogio", "Francisco Javier Ortiz <fjortiz@example.net>", "Felicitación", "general", "",
"""Muy señores míos:

Quiero felicitar al revisor del regional Zaragoza-Huesca del pasado
martes a las 17:15. Una señora mayor se mareó y él se ocupó de todo con
una calma admirable hasta que llegó la ambulancia a la estación. Hagan
llegar mi reconocimiento a quien corresponda.

F. J. Ortiz"""),
("es", "tren-enchufe-asiento-chispas", "Lorena Bustos <lorena.bustos@example.org>", "Enchufe del coche 5", "technical", "high",
"""Hola:

Les escribo para que quede constancia. Ayer en el tren Valencia-Madrid
de las 16:10, coche 5, al conectar el cargador del portátil en el enchufe
del asiento 9A saltaron chispas y empezó a oler a plástico quemado. Lo
desenchufé enseguida y avisé al personal, que tapó el enchufe con un
papel. Me cambié de asiento y no pasó nada más, pero ese enchufe está
mal y alguien más lo puede usar.

Lorena Bustos"""),
# ---------------- hotel ----------------
("es", "hotel-minibar-no-consumido", "Julián Campos <julian.campos@example.com>", "Cargo del minibar", "billing", "",
"""Buenas tardes:

Me alojé en su hotel del 3 al 5 de julio (reserva 558210). Hoy veo en
la tarjeta un cargo adicional de 23,50 € por "minibar". No abrí el
minibar en ningún momento; de hecho, ni siquiera funcionaba la luz de
dentro. ¿Podrían revisarlo y devolverme el importe?

Julián Campos"""),
("es", "hotel-fianza-retenida", "Renata Muñoz <renata.munoz@example.com>", "Depósito", "billing", "",
"""Hola, al hacer el check-in me bloquearon 150 USD en la tarjeta como
depósito. Salí del hotel hace 12 días sin ningún cargo extra y el banco
me dice que el bloqueo sigue activo de su lado. ¿Pueden liberarlo?
Saludos desde Guadalajara, Jalisco
Renata"""),
("es", "hotel-no-show-cancelada-visa", "Adrián Cordero <adrian.cordero@example.net>", "Cargo por no presentación", "billing", "high",
"""Cancelé mi reserva el 1 de agosto, con 10 días de antelación y dentro
del plazo gratuito (tengo el correo de confirmación de cancelación con
código CX-44812). Aun así me han cobrado 286 € como "no show".

Ya he presentado una reclamación en mi banco para que me devuelvan el
cargo. Les envío el correo de cancelación por si quieren ahorrarse el
trámite.

Adrián Cordero"""),
("es", "hotel-checkin-online-codigo", "Patricia Luna <patricia.luna@example.org>", "Check-in online", "technical", "",
"""Hola:

Intento hacer el check-in online para el viernes y el formulario no
acepta mi número de reserva ("Reserva no encontrada"). Lo he copiado
tal cual del correo de confirmación, con y sin guiones. La reserva es
HT-2024-77812 a nombre de Patricia Luna.

Gracias"""),
("es", "hotel-olor-gas-habitacion-214", "Ernesto Vallejo <ernesto.vallejo@example.com>", "Habitación 214", "technical", "high",
"""Buenas noches:

Estoy alojado en la habitación 214. Desde que llegué hay un olor a gas
bastante claro en el baño, junto al calentador. Lo comenté en recepción
por la tarde y me dijeron que es "el olor de las tuberías". Lo dejo por
escrito. He abierto la ventana y esta noche dormiré con ella abierta,
pero creo que alguien debería revisarlo cuanto antes.

Ernesto Vallejo"""),
("es", "hotel-perro-y-parking", "Ángela Ferrer <angela.ferrer@example.net>", "Dudas antes de reservar", "general", "",
"""Hola, ¿admiten perros? Tenemos un beagle de 12 kg, muy tranquilo. Y
también quería saber si el hotel tiene aparcamiento propio o hay que
dejar el coche en la calle. Serían dos noches en septiembre.
Ángela"""),
("es", "hotel-gracias-aniversario", "Toni y Mercè <toni.merce@example.org>", "Gràcies!", "general", "",
"""Hola:

Pasamos el fin de semana de nuestro 25 aniversario en su hotel y nos
encontramos en la habitación una botella de cava y una tarjeta firmada
por el equipo. Lo habíamos mencionado de pasada al reservar por
teléfono. Todo fue perfecto: el desayuno, la terraza, la amabilidad de
recepción. Volveremos.

Toni y Mercè"""),
# ---------------- apartamentos turísticos ----------------
("es", "apto-fianza-no-devuelta", "Felipe Arroyo <felipe.arroyo@example.com>", "Fianza apartamento Playa 3B", "billing", "",
"""Hola:

Dejamos el apartamento 3B de Conil el 18 de agosto, limpio y sin ningún
desperfecto (la persona que recogió las llaves lo revisó delante de
nosotros). Pagamos 200 € de fianza por transferencia y nos dijeron que se
devolvía en una semana. Han pasado tres. Mi IBAN es el mismo desde el
que hice la transferencia.

Felipe Arroyo"""),
("es", "apto-tasa-turistica-doble", "Marta Solé <marta.sole@example.net>", "tasa turística", "billing", "",
"""Bon dia, al reservar el apartamento de Sitges por la web ya pagué la
tasa turística (aparece en el desglose, 19,80 €) y al llegar la chica de
recepción me la cobró otra vez en efectivo. Me dio un recibo a mano.
¿Me podéis devolver uno de los dos pagos?
Marta"""),
("es", "apto-caja-llaves-codigo", "Helena Vives <helena.vives@example.org>", "No podemos entrar", "technical", "",
"""Hola, estamos delante del apartamento de la calle Cádiz. El código de
la caja de llaves que nos mandasteis por WhatsApp (4812) no abre, la
ruedecita gira pero la tapa no se suelta. Hemos probado veinte veces.
Nadie coge el teléfono de emergencias. Estamos con dos niños y las
maletas en la calle.
Helena"""),
("es", "apto-detector-monoxido-pito", "Daniel Crespo <daniel.crespo@example.com>", "Detector de monóxido", "technical", "high",
"""Buenos días:

Esta madrugada, sobre las 4, empezó a pitar el detector de monóxido de
carbono del apartamento, el que está al lado del calentador de la
cocina. Abrimos todas las ventanas y pasamos el resto de la noche en el
coche. Ahora ha dejado de pitar. Estamos todos bien, pero no queremos
volver a dormir ahí hasta que alguien revise el calentador.

Daniel Crespo, reserva AP-30455"""),
("es", "apto-cuna-y-trona", "Sofía Barrera <sofia.barrera@example.net>", "Bebé", "general", "",
"""Hola, viajamos con un bebé de 8 meses. ¿El apartamento tiene cuna y
trona o tenemos que llevarlas? Si hay que pedirlas, ¿cómo se hace?
Muchas gracias, Sofía"""),
("es", "apto-cargador-olvidado", "Guillermo Ruiz <guille.ruiz@example.org>", "Me dejé el cargador", "general", "",
"""Hola, me dejé el cargador del portátil (un Dell negro) enchufado detrás
del sofá del apartamento Mirador 2, estuve del 10 al 14. ¿Me lo podéis
guardar? Si me lo podéis mandar por mensajería lo pago yo, decidme cómo.
Guille"""),
# ---------------- gimnasio ----------------
("es", "gym-congelar-cuota-lesion", "Rebeca Molina <rebeca.molina@example.com>", "Lesión", "billing", "",
"""Hola:

Me he roto el tobillo jugando al pádel y el traumatólogo me ha dicho que
nada de deporte en dos meses. No quiero darme de baja, solo congelar la
cuota hasta septiembre. ¿Lo podéis hacer? Tengo el informe médico si lo
necesitáis.

Rebeca Molina, socia 20418"""),
("es", "gym-cobro-tras-baja-banco", "Héctor Prados <hector.prados@example.net>", "Recibo después de la baja", "billing", "high",
"""Entregué la baja firmada en recepción el 25 de mayo, antes del día 28
que marca el contrato. El 1 de junio me pasasteis la cuota de 39,90 €.
He dado orden al banco de devolver el recibo y he presentado una
reclamación para que no me vuelvan a cargar nada vuestro. Os lo digo
para que no me mandéis a una empresa de recobros.

Héctor Prados"""),
("es", "gym-matricula-promocion", "Claudia Fuentes <claudia.fuentes@example.org>", "Matrícula", "billing", "",
"""Hola! Me apunté el día 3 con la promo de "sin matrícula en septiembre"
(la vi en el cartel de la entrada y en Instagram) y en el primer recibo
viene la matrícula de 30 €. ¿Me lo podéis descontar del siguiente o
devolver?
Clau"""),
("es", "gym-torno-qr-no-abre", "Samuel Benito <samuel.benito@example.com>", "El QR no me abre el torno", "technical", "",
"""Hola, desde la actualización de la app el código QR que sale en la
pantalla de acceso no abre el torno. El lector pita en rojo. Tengo la
cuota al día (no es eso, ya lo miré en la app). Cada día tengo que
esperar a que alguien de recepción me abra a mano.
Samuel"""),
("es", "gym-cinta-cable-pelado", "Nuria Palacios <nuria.palacios@example.net>", "Cinta 4", "technical", "high",
"""Hola:

Os escribo porque esta mañana, en la sala de cardio, la cinta número 4
(la del fondo, junto a la ventana) tenía el cable de corriente pelado
justo donde entra en la máquina, se veía el cobre. Al arrancarla se oyó
un chasquido y olió a quemado. Se lo dije al monitor pero a las 12
seguía funcionando y la gente la usaba.

Nuria Palacios"""),
("es", "gym-horario-clases-verano", "Juan Carlos Peral <jcperal@example.org>", "Clases de julio", "general", "",
"""Buenas, ¿cuándo publicáis el horario de clases de julio y agosto? Me
interesa saber si se mantiene el spinning de las 7:00 y el body pump de
los sábados.

Gracias
Juan Carlos"""),
("es", "gym-sugerencia-vestuario", "Alba Mendoza <alba.mendoza@example.com>", "Sugerencia", "general", "",
"""Hola, una sugerencia para el vestuario femenino: a partir de las 19:00
hay cola para los dos únicos secadores y muchas nos secamos el pelo en el
pasillo. ¿Sería posible poner un par más? También vendrían bien más
perchas en las duchas. Por lo demás, el gimnasio está genial.

Alba"""),
# ---------------- academia de idiomas ----------------
("es", "idiomas-libro-cobrado-incluido", "Lourdes Aguado <lourdes.aguado@example.net>", "Libro de B2", "billing", "",
"""Buenas tardes:

Cuando me matriculé en el curso intensivo de inglés B2 me dijeron que el
material estaba incluido en el precio (450 €). Ahora en el recibo de
octubre aparece "material didáctico 38 €". ¿Es un error?

Lourdes Aguado"""),
("es", "idiomas-trimestre-dos-pagos", "Mateo Rincón <mateo.rincon@example.com>", "Forma de pago", "billing", "",
"""Hola, qué tal. Quisiera saber si el trimestre de francés para mi hijo
(270 €) se puede pagar en dos veces, la mitad ahora y la otra mitad en
noviembre. Este mes vamos un poco justos. Gracias, Mateo"""),
("es", "idiomas-audio-plataforma-mudo", "Elena Cifuentes <elena.cifuentes@example.org>", "Ejercicios de listening", "technical", "",
"""Hola,

En la plataforma online los ejercicios de listening no suenan. Le doy al
play, la barra avanza, pero no se oye nada. YouTube y Spotify sí suenan
en el mismo ordenador y con los mismos auriculares. Tengo que entregar
los ejercicios de la unidad 6 el jueves.

Elena"""),
("es", "idiomas-prueba-nivel-hijo", "Concha Medina <concha.medina@example.com>", "Alemán para adolescentes", "general", "",
"""Hola, mi hijo tiene 15 años y ha estudiado algo de alemán en el
instituto, dos cursos. ¿Hacéis prueba de nivel antes de ponerle en un
grupo? ¿Hay grupos solo de adolescentes o van mezclados con adultos?

Concha"""),
("es", "idiomas-certificado-asistencia", "Rubén Gallardo <ruben.gallardo@example.net>", "certificado", "general", "",
"""buenos dias necesito un certificado de que he hecho el curso de
italiano A2 con las horas, me lo piden para una oferta de trabajo. se
puede pedir por correo o tengo que ir a la secretaria?
gracias
Ruben Gallardo"""),
("es", "idiomas-curso-cancelado-abogado", "Teresa Pastor <teresa.pastor@example.org>", "Curso de verano cancelado", "billing", "high",
"""Estimados señores:

Pagué 620 € por el curso de inmersión de julio en Dublín para mi hija.
El 20 de junio ustedes lo cancelaron "por falta de inscripciones" y
ahora me dicen que solo pueden devolverme el dinero en forma de vale
para otro curso.

No quiero un vale. He consultado con mi abogado y me confirma que tengo
derecho al reembolso íntegro. Les doy quince días antes de iniciar
acciones legales.

Teresa Pastor"""),
# ---------------- autoescuela ----------------
("es", "autoescuela-tasa-dgt-duplicada", "Hugo Esteban <hugo.esteban@example.com>", "Tasas de tráfico", "billing", "",
"""Hola, en el resumen de pagos de la app me aparece la tasa de la DGT
(94,05 €) dos veces, una en marzo y otra en mayo. Solo me he examinado
una vez del teórico y aprobé. ¿Me tenéis que devolver una?
Hugo"""),
("es", "autoescuela-clases-sin-usar", "Yaiza Hernández <yaiza.hernandez@example.net>", "Me mudo", "billing", "",
"""Hola:

Me mudo a Tenerife por trabajo el mes que viene y no voy a poder
terminar el carné con vosotros. Me quedan 6 clases prácticas del bono
de 20 que pagué por adelantado. ¿Me podéis devolver esas clases?

Gracias,
Yaiza"""),
("es", "autoescuela-app-test-no-entra", "Adrián Molina <adrian.molina@example.org>", "No puedo hacer los tests", "technical", "",
"""hola la app de los test teoricos me dice "usuario sin licencia activa"
cuando entro, y me matricule hace dos semanas. el examen es el dia 20 y
no puedo practicar nada. he desinstalado y vuelto a instalar y lo mismo
Adrián"""),
("es", "autoescuela-cambiar-profesor", "Irene Solís <irene.solis@example.com>", "Petición", "general", "",
"""Buenas,

Quería pedir, si es posible, cambiar de profesor de prácticas. No tengo
ninguna queja grave, simplemente me pongo muy nerviosa con él y creo que
con otra persona aprendería más rápido. Me vienen bien las tardes.

Irene Solís"""),
("es", "autoescuela-fecha-examen-practico", "Diego Luján <diego.lujan@example.net>", "Examen práctico", "general", "",
"""Hola, el profesor me dijo la semana pasada que ya estoy listo para el
examen práctico. ¿Sabéis ya cuándo me toca? ¿Me avisáis por SMS o tengo
que mirarlo yo en la web de la DGT?
Diego"""),
("es", "autoescuela-profesor-movil-director", "Pilar Cortés <pilar.cortes@example.org>", "Queja sobre un profesor", "general", "high",
"""Buenas tardes:

Mi hija de 18 años ha dado hoy su clase práctica de las 17:00 y el
profesor ha estado todo el rato con el móvil, mandando audios, sin
mirar la carretera. En una rotonda casi tienen un golpe y ella se ha
bajado temblando. No es la primera vez que nos lo cuenta.

Quiero hablar directamente con el director de la autoescuela, no con
la secretaría. Mi teléfono es el 633 000 271.

Pilar Cortés"""),
# ---------------- clínica dental ----------------
("es", "dental-ortodoncia-financiar", "Yolanda Crespo <yolanda.crespo@example.com>", "Presupuesto ortodoncia", "billing", "",
"""Hola:

Nos disteis el presupuesto de la ortodoncia invisible para mi hija,
3.200 €. ¿Tenéis financiación sin intereses? ¿A cuántos meses? Y si
pagamos una parte por adelantado, ¿la cuota mensual baja?

Yolanda Crespo"""),
("es", "dental-factura-para-mutua", "Enrique Vidal <enrique.vidal@example.net>", "Factura para la mutua", "billing", "",
"""Buenos días, mi seguro de salud me reembolsa parte de las endodoncias
pero me pide una factura con el desglose de cada tratamiento, el número
de colegiado del dentista y mi DNI. La que me disteis solo pone "total
tratamiento 480 €". ¿Me la podéis rehacer así?
Gracias, Enrique"""),
("es", "dental-implante-pagado-consumo", "Agustín Ramos <agustin.ramos@example.org>", "Tratamiento pagado y no realizado", "billing", "high",
"""A la atención de la dirección de la clínica:

En febrero pagué por adelantado 1.850 € por un implante y su corona, con
el descuento por pago único que me ofrecieron. Me pusieron el implante y
desde entonces me han anulado tres veces la cita para la corona. Ahora
me dicen que el dentista se ha ido de la clínica.

O me ponen la corona este mes o me devuelven la parte no realizada. He
pedido ya la hoja de reclamaciones y la presentaré en Consumo si no
tengo respuesta en diez días.

Agustín Ramos"""),
("es", "dental-cita-online-error", "Raquel Sanz <raquel.sanz@example.com>", "Pedir cita por la web", "technical", "",
"""Hola, intento pedir cita de revisión por la web. Elijo día y hora, meto
mis datos, le doy a confirmar y me sale "Ha ocurrido un error
inesperado". No me llega ningún correo y en "mis citas" no aparece nada.
¿Tengo cita o no?
Raquel"""),
("es", "dental-ferula-rajada", "Iván Lorenzo <ivan.lorenzo@example.net>", "Férula de descarga", "technical", "",
"""Buenas tardes:

La férula de descarga que me hicisteis hace tres semanas se ha rajado
por la parte de las muelas de atrás. No apreté más de lo normal. No
quiero que me devolváis el dinero, quiero una que aguante, porque sin
ella me despierto con dolor de mandíbula. ¿Cuándo puedo pasar a que la
miren?

Iván Lorenzo"""),
("es", "dental-cambiar-cita-jueves", "Marisol Pardo <marisol.pardo@example.org>", "cita del jueves", "general", "",
"""hola tengo cita el jueves a las 10 para limpieza y me ha surgido un
viaje de trabajo. se puede pasar a la semana que viene? cualquier tarde
me viene bien. gracias marisol pardo"""),
("es", "dental-gracias-dra-miedo", "Felipe Navarro <felipe.navarro@example.com>", "Gracias a la Dra. Ibáñez", "general", "",
"""Hola:

Tengo pánico al dentista desde pequeño y llevaba diez años sin ir. La
doctora Ibáñez me explicó todo antes de hacer nada, paró cada vez que
levanté la mano y no me hizo sentir ridículo. Hoy he terminado el
tratamiento y ya tengo cita para la revisión de dentro de seis meses.
Eso lo dice todo.

Felipe"""),
# ---------------- clínica veterinaria ----------------
("es", "vet-factura-seguro-mascota", "Carolina Vera <carolina.vera@example.net>", "Factura de la operación de Luna", "billing", "",
"""Hola:

El seguro de mi perra me pide la factura de la operación de rodilla con
los conceptos separados (cirugía, anestesia, medicación, hospitalización)
y con el número de chip. La que me disteis es un ticket con el total.
¿Me podéis mandar la factura detallada por correo?

Carolina Vera"""),
("es", "vet-plan-salud-baja-perro", "Jesús Ávila <jesus.avila@example.org>", "Plan de salud de Toby", "billing", "",
"""Buenas tardes,

Toby murió la semana pasada, tenía ya 15 años. Os agradezco mucho cómo
le tratasteis siempre. Por favor, dad de baja su plan de salud para que
no se siga cobrando la mensualidad de 19 €.

Un saludo,
Jesús Ávila"""),
("es", "vet-app-historial-vacio", "Nuria Castaño <nuria.castano@example.com>", "App de la clínica", "technical", "",
"""Hola, en la app de la clínica, al entrar en la ficha de mi gato, el
historial de vacunas sale vacío y el botón de "pedir cita" está gris.
Hasta la semana pasada veía todo. He cerrado sesión y vuelto a entrar y
sigue igual.
Nuria"""),
("es", "vet-jefe-diagnostico-equivocado", "Álvaro Quesada <alvaro.quesada@example.net>", "Quiero hablar con el veterinario responsable", "general", "high",
"""Buenos días:

El lunes llevé a mi perra porque no comía y vomitaba. Me dijeron que era
una indigestión y me mandaron a casa con un protector de estómago. El
miércoles otra clínica le encontró un cuerpo extraño en el intestino y
la tuvieron que operar de urgencia. Por suerte está bien.

Quiero hablar con el veterinario responsable del centro, no con
recepción, para que me explique cómo se le pasó algo así.

Álvaro Quesada"""),
("es", "vet-recordatorios-no-llegan", "Sonia Miranda <sonia.miranda@example.org>", "Recordatorios", "technical", "",
"""Hola, antes me llegaban los avisos de la vacuna y la desparasitación
por SMS y por correo. Desde que cambiasteis de programa no me llega
ninguno y casi se me pasa la rabia de mi perro. El móvil y el correo son
los mismos. ¿Podéis revisar por qué no salen?
Sonia"""),
("es", "vet-urgencias-agosto", "Tomás Bravo <tomas.bravo@example.com>", "Urgencias en agosto", "general", "",
"""Hola, ¿la clínica mantiene el servicio de urgencias 24 horas en agosto
o cerráis algún día? Mi gata está muy mayor y quiero saber a dónde ir si
pasa algo.
Tomás"""),
("es", "vet-precio-castracion-gato", "Marina Gallego <marina.gallego@example.net>", "Precio", "billing", "",
"""Buenas, ¿cuánto cuesta castrar un gato macho de 7 meses? ¿El precio
incluye la analítica previa y la revisión de después o se paga aparte?
Gracias"""),
# ---------------- peluquería y estética ----------------
("es", "estetica-bono-laser-restante", "Leticia Morales <leticia.morales@example.org>", "Bono de láser", "billing", "",
"""Hola:

Compré un bono de 8 sesiones de láser en axilas y piernas (480 €) y me
he hecho 5. El médico me ha recomendado no continuar por un tratamiento
que empiezo ahora. ¿Me podéis devolver las 3 sesiones que no he usado?
Tengo el informe.

Leticia"""),
("es", "pelu-senal-novia-anulada", "Nerea Blanco <nerea.blanco@example.com>", "Señal de la prueba de novia", "billing", "",
"""Hola, pagué 50 € de señal para el peinado y maquillaje de mi boda del
14 de septiembre. Me habéis llamado para decirme que esa semana cerráis
por reformas. Entiendo que la señal me la devolvéis, ¿no? Os la pagué
por Bizum al número de la peluquería.
Nerea"""),
("es", "pelu-app-no-deja-elegir-estilista", "Carmen Rosa Díaz <carmenrosa.diaz@example.com>", "la aplicación de citas", "technical", "",
"""Buenas tardes. En la aplicación para reservar cita, cuando escojo el
servicio de color, la lista de estilistas aparece vacía y no me deja
avanzar. Con el corte sí me salen todas. Ya actualicé la aplicación.
Yo siempre me atiendo con Mariela. Muchas gracias. Carmen Rosa"""),
("es", "pelu-elogio-corte-nino", "Pedro Jiménez <pedro.jimenez@example.net>", "Mi hijo y su primer corte sin llorar", "general", "",
"""Hola! Solo deciros que Álex, mi hijo de 4 años, siempre ha llorado en
las peluquerías. El sábado la chica le puso dibujos en la tablet, le
dejó jugar con el pulverizador y salió encantado con su cresta. Gracias
por la paciencia!!
Pedro"""),
("es", "estetica-reaccion-tinte-pestanas", "Virginia Solano <virginia.solano@example.org>", "Reacción después del tinte de pestañas", "general", "high",
"""Hola:

Ayer por la tarde me hicieron un lifting y tinte de pestañas en vuestro
centro. Por la noche se me hincharon mucho los párpados, me picaban y
apenas podía abrir los ojos. He ido a urgencias y me han dicho que es
una reacción alérgica y me han puesto tratamiento.

No os pido dinero. Necesito que me digáis la marca y el nombre exacto del
tinte y del producto del lifting, porque el alergólogo quiere saberlo.

Virginia Solano"""),
("es", "pelu-plancha-no-calienta", "Maribel Ocaña <maribel.ocana@example.com>", "Plancha de pelo", "technical", "",
"""Buenas, en marzo os compré en la peluquería la plancha de pelo
profesional que me recomendó Sandra. Desde esta semana se enciende la
luz pero no pasa de tibia, y la pantalla marca 230 grados igual. La he
dejado calentar diez minutos y nada. ¿La cubre la garantía? ¿Os la
llevo a la peluquería o la mando yo al fabricante?
Maribel"""),
# ---------------- farmacia online ----------------
("es", "farmacia-envio-dos-paquetes", "Ignacio Marín <ignacio.marin@example.net>", "Envío cobrado dos veces", "billing", "",
"""Hola, hice un solo pedido (FA-50331) pero me ha llegado en dos
paquetes y en el cargo de la tarjeta veo 4,90 € de envío dos veces. Yo
no pedí que lo separarais. ¿Me devolvéis uno?
Ignacio"""),
("es", "farmacia-devolver-crema-sin-abrir", "Rosario León <rosario.leon@example.org>", "Devolución", "billing", "",
"""Buenos días:

Pedí dos cremas hidratantes y por error también el contorno de ojos, que
ya tengo. Está sin abrir, con el precinto. ¿Lo puedo devolver y que me
reintegréis los 24,50 €? ¿Cómo lo hago?

Rosario León"""),
("es", "farmacia-tensiometro-error-e3", "Antonio Fajardo <antonio.fajardo@example.com>", "Tensiómetro", "technical", "",
"""Hola, el tensiómetro de brazo que compré el mes pasado ahora, cada vez
que lo uso, infla el manguito, se para a mitad y sale "E3" en la
pantalla. He cambiado las pilas y me he colocado el manguito como dice
el dibujo. Mi médico me ha pedido que me tome la tensión todos los días.
Antonio Fajardo"""),
("es", "farmacia-tetina-se-rompe-bebe", "Lidia Torres <lidia.torres@example.net>", "Tetinas del biberón", "technical", "high",
"""Hola:

Os compré un pack de cuatro tetinas de silicona para el biberón de mi
hija de 5 meses. Esta mañana, mientras tomaba el biberón, se ha
desprendido un trocito de la punta de la tetina y lo ha tenido en la
boca. Se lo he sacado yo y está bien. He mirado las otras tres y dos
tienen ya una grieta en el mismo sitio. Os lo comento porque puede
pasarle a otro bebé.

Lidia Torres, pedido FA-49902"""),
("es", "farmacia-receta-electronica-no-lee", "José Manuel Rico <jm.rico@example.org>", "No me lee la receta", "technical", "",
"""Buenas, en la web, en el apartado de receta electrónica, meto el
número de la tarjeta sanitaria y el código que me dio el médico y sale
"No se ha podido validar la receta". En la farmacia de mi barrio sí me
la leen. ¿Falla algo en vuestra web?
José Manuel"""),
("es", "farmacia-borrar-datos-cuenta", "Beatriz Cano <beatriz.cano@example.com>", "Eliminación de mis datos", "general", "",
"""Hola:

Ya no voy a usar vuestra tienda online. Os pido que eliminéis mi cuenta
y todos mis datos personales, incluido el historial de compras, y que
me confirméis por escrito cuando esté hecho.

Un saludo,
Beatriz Cano"""),
# ---------------- mensajería y paquetería ----------------
("es", "mensajeria-paquete-parado-centro", "Valeria Gómez <valeria.gomez@example.com>", "Envío 7Z0448192", "general", "",
"""Hola, mi paquete lleva seis días con el estado "En centro de
clasificación - Zaragoza" y no se mueve. Es un regalo de cumpleaños para
el sábado. ¿Me podéis decir si está perdido o si va a salir?
Valeria"""),
("es", "mensajeria-entrega-vecino", "Ricardo Salinas <ricardo.salinas@example.net>", "Mañana no estoy", "general", "",
"""Buenas tardes:

Tengo una entrega prevista para mañana (envío 7Z0451037) y no voy a estar
en casa en todo el día. ¿Se la pueden dejar a mi vecina del 2ºB, Amparo
Lis, que ya está avisada? Si no, prefiero que la lleven a un punto de
recogida.

Ricardo"""),
("es", "mensajeria-seguro-envio-roto", "Estudio Cerámica Barro <hola@ceramica-barro.example>", "Reclamación seguro - envío 7Z0439910", "billing", "",
"""Hola:

Enviamos con vosotros una caja con seis tazas de cerámica y contratamos
el seguro adicional (6,50 €) por valor de 180 €. La clienta la ha
recibido con la caja aplastada por una esquina y cuatro tazas rotas. Nos
ha mandado fotos. Queremos reclamar la indemnización del seguro. ¿Qué
documentos necesitáis?

Laia, Estudio Cerámica Barro"""),
("es", "mensajeria-aduanas-cobro-canarias", "Pedro Alemán <pedro.aleman@example.org>", "¿Por qué tengo que pagar 23 €?", "billing", "",
"""hola me ha llegado un sms vuestro diciendo que para entregarme el
paquete tengo que pagar 23,40 de "gestión aduanera". vivo en las palmas
y el paquete viene de madrid, no de fuera de españa. es normal o es un
timo? no pienso pagar sin saber que es"""),
("es", "mensajeria-taquilla-no-abre", "Celia Prieto <celia.prieto@example.com>", "La taquilla no se abre", "technical", "",
"""Hola, estoy en la taquilla automática del centro comercial Los Arcos.
Meto el código de 6 cifras que me habéis mandado, la pantalla dice
"Recoja su paquete en la puerta 14", hace un clic, pero la puerta 14 no
se abre. Lo he intentado tres veces y ahora dice "código ya utilizado".
Celia"""),
("es", "mensajeria-etiquetas-integracion-caida", "Logística Nómada Store <logistica@nomada-store.example>", "No se generan etiquetas", "technical", "high",
"""Buenos días:

Desde las 8:00 la integración de nuestra tienda con vuestra plataforma
no genera ninguna etiqueta. Cada pedido devuelve "401 Unauthorized" y
no hemos cambiado las credenciales. Tenemos 230 pedidos pagados del fin
de semana sin poder salir y el almacén parado. Si no sale nada hoy
incumplimos el plazo de entrega que prometemos a los clientes.

Contacto: Iñaki, 688 000 219.

Nómada Store"""),
("es", "mensajeria-repartidor-empujon-supervisor", "Francisca Luque <francisca.luque@example.net>", "Comportamiento de su repartidor", "general", "high",
"""Buenas tardes:

Hoy a las 13:30 su repartidor ha venido a entregar un paquete a mi
padre, que tiene 79 años. Como mi padre tardaba en firmar en la
pantalla, el repartidor le ha arrancado el aparato de la mano y le ha
dado un empujón en la puerta. Mi padre está bien pero muy asustado. Lo
ha visto una vecina.

Exijo que me llame un supervisor hoy mismo. Número del envío: 7Z0457720.

Francisca Luque"""),
("es", "mensajeria-envio-perdido-juzgado", "Mario Ferrándiz <mario.ferrandiz@example.org>", "Envío perdido 7Z0401566 - último aviso", "billing", "high",
"""Estimados señores:

El envío 7Z0401566, con un portátil de 1.100 € declarado y asegurado, se
perdió en su red hace dos meses. Ustedes mismos lo reconocieron por
escrito el 12 de abril. Desde entonces no he recibido la indemnización.

Les informo de que si el importe no está en mi cuenta el día 30,
presentaré una demanda en el juzgado por el procedimiento de reclamación
de cantidad. Tengo toda la documentación.

Mario Ferrándiz"""),
# ---------------- comercializadora de luz y gas ----------------
("es", "luz-factura-estimada-alta", "Amparo Cuenca <amparo.cuenca@example.com>", "Factura de 312 €", "billing", "",
"""Hola:

Me ha llegado una factura de luz de 312 € cuando normalmente pago unos
60. En la factura pone "lectura estimada". Vivo sola y en el piso no ha
cambiado nada. Os mando una foto del contador con la lectura de hoy:
41.208 kWh. ¿Me podéis rehacer la factura con la lectura real?

Amparo Cuenca"""),
("es", "luz-bono-social-solicitar", "Fernando Toro <fernando.toro@example.net>", "Descuento", "billing", "",
"""buenas, soy pensionista y me han dicho que puedo tener un descuento en
la factura de la luz, el bono social o algo asi. lo podeis poner
vosotros o donde tengo que ir? que papeles hacen falta
Fernando Toro"""),
("es", "luz-cambio-sin-consentimiento-cnmc", "Rosa María Beltrán <rosamaria.beltran@example.org>", "Cambio de compañía que no he pedido", "billing", "high",
"""Señores:

Me ha llegado su primera factura de luz (98,40 €) y yo nunca he firmado
nada con ustedes. Hace un mes vino un comercial a la puerta, le dije que
no, y ahora resulta que me han cambiado de compañía. No he autorizado
ningún cargo.

Exijo que anulen la factura y que me devuelvan a mi compañía anterior
sin coste. Si no, presentaré reclamación ante la CNMC y ante Consumo, y
he avisado a mi banco de que no atienda sus recibos.

Rosa María Beltrán"""),
("es", "luz-app-consumo-horas-vacio", "Javier Nadal <javier.nadal@example.com>", "Consumo por horas", "technical", "",
"""Hola, en la app, el gráfico de consumo por horas está vacío desde el
día 3. Sale "No hay datos disponibles para este periodo". Antes lo
miraba todos los días para poner la lavadora en las horas baratas. El
contador es digital. ¿Es cosa de la app o del contador?
Javier"""),
("es", "luz-panaderia-sin-suministro", "Panadería Hermanos Requena <pedidos@panaderia-requena.example>", "SIN LUZ EN EL OBRADOR", "technical", "high",
"""Llevamos sin luz en el obrador desde las 3 de la madrugada. Los vecinos
de la calle sí tienen. Los hornos y las cámaras están parados, hemos
tenido que tirar la masa de la primera hornada y a las 7 tenemos que
servir a cuatro bares y un colegio. La factura está pagada, lo he mirado
en la app. El teléfono de averías da siempre ocupado.

Paco Requena, 650 000 388"""),
("es", "luz-cambio-titular-inquilino", "Lola Fernández <lola.fernandez@example.net>", "Cambio de titular del contrato", "general", "",
"""Hola:

Me he mudado a un piso de alquiler en la calle Pizarro 8 y el contrato de
la luz sigue a nombre del inquilino anterior. Quiero ponerlo a mi nombre
sin cambiar de tarifa ni de compañía. ¿Qué datos os tengo que mandar?

Lola Fernández"""),
("es", "luz-pasar-tarifa-tramos", "Oriol Bosch <oriol.bosch@example.org>", "Tarifa", "billing", "",
"""Hola, ahora tengo la tarifa de precio fijo 24 horas. Como trabajo de
día fuera y tenemos coche eléctrico que cargamos de noche, creo que me
conviene más la de tres tramos. ¿Me la podéis cambiar? ¿Hay algún coste
o permanencia?
Oriol"""),
# ---------------- compañía de aguas ----------------
("es", "agua-fuga-factura-reduccion", "Manuela Ortega <manuela.ortega@example.com>", "Factura del agua disparada por una fuga", "billing", "",
"""Buenos días:

La última factura del agua es de 640 € frente a los 45 de siempre. Era
una fuga en una tubería enterrada del jardín, que ya ha reparado el
fontanero (adjunto su factura y fotos). He leído que en casos de fuga
oculta se puede pedir que se aplique una tarifa reducida al exceso.
¿Cómo lo solicito?

Manuela Ortega"""),
("es", "agua-domiciliar-recibo", "Elías Castro <elias.castro@example.net>", "Domiciliación", "billing", "",
"""Hola, hasta ahora pagaba los recibos del agua en el banco con el código
de barras pero quiero domiciliarlos en mi cuenta. ¿Me mandáis el
formulario o lo puedo hacer en la oficina virtual? Nº de contrato
3390217.
Elías"""),
("es", "agua-presion-baja-ducha", "Gloria Peinado <gloria.peinado@example.org>", "Poca presión", "technical", "",
"""Hola, desde hace unos diez días en casa sale muy poca agua por todos los
grifos, sobre todo por la ducha del segundo piso, que casi no sale. La
llave de paso está abierta del todo. Mis vecinos de al lado dicen que a
ellos les pasa lo mismo desde las obras de la calle. ¿Podéis mirarlo?
Gloria"""),
("es", "agua-marron-calle-entera", "Comunidad de Propietarios Albéniz 12 <administracion@fincas-albeniz.example>", "Agua marrón en todo el edificio", "technical", "high",
"""Buenos días:

Les escribo como administrador de la comunidad de Albéniz 12. Desde
anoche sale agua de color marrón oscuro de todos los grifos de las 24
viviendas, y por lo que nos dicen, también en los edificios de al lado.
Hay familias con bebés y personas mayores. Nadie sabe si se puede beber
o usar para cocinar. ¿Pueden informarnos y revisar la red?

Alfonso Mesa
Administración de fincas"""),
("es", "agua-lectura-contador-cita", "Inés Arroyo <ines.arroyo@example.com>", "Lectura del contador", "general", "",
"""Hola, me ha llegado una nota en el buzón diciendo que el lector no pudo
acceder al contador porque está dentro de casa. Trabajo por las mañanas.
¿Puede venir una tarde o puedo mandaros yo una foto con la lectura?
Inés"""),
("es", "agua-obras-calle-duracion", "Julio Serrano <julio.serrano@example.net>", "Obras en la calle Mayor", "general", "",
"""Buenas tardes,

Tengo una tienda en la calle Mayor y desde hace tres semanas hay una
zanja delante de la puerta por las obras de la tubería. ¿Se sabe cuándo
van a terminar? Los clientes no pueden pasar bien.

Julio Serrano"""),
# ---------------- fontanería y calefacción ----------------
("es", "caldera-olor-gas-tras-revision", "Marta Cuadrado <marta.cuadrado@example.org>", "Revisión de la caldera de ayer", "technical", "high",
"""Buenas:

Ayer vino vuestro técnico a hacer la revisión anual de la caldera. Esta
mañana, al entrar en la cocina, olía a gas. He cerrado la llave de paso
del gas, he abierto las ventanas y no he encendido nada. La caldera está
apagada. Estamos con el abrigo puesto, pero prefiero esperar a que venga
alguien a que pase algo.

Marta Cuadrado, calle Lepanto 31, 4º izq."""),
("es", "caldera-error-f28", "Gustavo Peralta <gustavo.peralta@example.com>", "Caldera F28", "technical", "",
"""Hola, la caldera que nos instalaron en noviembre muestra el error F28 y
no hay agua caliente ni calefacción. Le di al botón de reset como dice
el manual, arranca unos segundos y vuelve el F28. La llave del gas está
abierta y la cocina funciona. Tengo contrato de mantenimiento con
ustedes.
Gustavo"""),
("es", "fontanero-desplazamiento-doble", "Alicia Heredia <alicia.heredia@example.com>", "Factura 2024/0881", "billing", "",
"""Hola:

En la factura del arreglo del calentador me aparecen dos desplazamientos
de 40 € cada uno. El fontanero vino una sola vez, el martes, y lo
arregló en el momento. ¿Me mandáis la factura corregida? Todavía no la
he pagado.

Alicia Heredia"""),
("es", "caldera-no-renovar-mantenimiento", "Ramón Lacasa <ramon.lacasa@example.net>", "Contrato de mantenimiento", "billing", "",
"""Buenos días, el contrato de mantenimiento de la caldera se me renueva
en octubre. Hemos vendido el piso, así que no lo renovéis y no me paséis
el recibo anual. Muchas gracias por estos años.
Ramón Lacasa"""),
("es", "re-fontanero-cisterna-sigue", "Beatriz Lorca <beatriz.lorca@example.org>", "RE: Reparación cisterna baño", "technical", "",
"""Pues sigue goteando. Después de que se fuera el chico estuvo bien un
día y desde anoche vuelve a salir un hilillo de agua en la taza todo el
rato y la cisterna se rellena sola cada media hora. ¿Podéis volver a
mirarla?

Bea

-----Mensaje original-----
De: Fontanería Luján <avisos@fontaneria-lujan.example>
Enviado: lunes, 8 de abril de 2024 18:20
Asunto: Reparación cisterna baño

Estimada clienta: le confirmamos que se ha sustituido el mecanismo de
descarga de la cisterna. Gracias por confiar en nosotros."""),
("es", "fontanero-zona-agosto", "Miguel Ángel Pozo <mapozo@example.com>", "consulta", "general", "",
"""Hola, ¿trabajáis en la zona de Getafe? Y otra cosa, ¿estáis abiertos
en agosto? Es por saber a quién llamar si pasa algo estando mis padres
solos en casa.
Miguel Ángel"""),
# ---------------- plataforma de streaming ----------------
("es", "streaming-no-renovar-marzo", "Laura Benavides <laura.benavides@example.net>", "Hola", "billing", "",
"""Hola, tengo la suscripción anual que se renueva el 3 de marzo. Ya hemos
visto todo lo que queríamos ver, así que no quiero que se renueve. Que
me dure hasta esa fecha y ya está. En la web no encuentro dónde quitar
la renovación.
Laura"""),
("es", "streaming-cobro-plan-premium", "Walter Ibáñez <walter.ibanez@example.com>", "Cobro equivocado", "billing", "",
"""Hola. Desde hace dos meses me cobran 17,99 en vez de 8,99. En mi cuenta
figura el plan Básico, nunca cambié a Premium, y en mi casa nadie más
tiene la contraseña. Solicito la devolución de la diferencia de ambos
meses. Saludos cordiales, Walter Ibáñez (Montevideo)"""),
("es", "streaming-tele-pantalla-negra", "Marcos Villar <marcos.villar@example.org>", "se oye pero no se ve", "technical", "",
"""buenas en la app de la smart tv del salon cualquier serie o peli se
oye pero la pantalla se queda negra, los menus si se ven. en el movil y
en la tablet va perfecto. he desinstalado la app y reiniciado la tele
desenchufandola. tele samsung de hace 3 años
Marcos"""),
("es", "streaming-demasiados-dispositivos", "Pilar Roca <pilar.roca@example.com>", "Límite de dispositivos", "technical", "",
"""Hola:

Cuando intento ver algo me sale "Se ha alcanzado el límite de
dispositivos simultáneos", pero solo lo estoy usando yo, en la tablet.
He cerrado la sesión en todos los dispositivos desde la web como decía
la ayuda y a los cinco minutos vuelve a salir. No creo que sea un tema
de pagar más, solo uso un aparato.

Pilar"""),
("es", "streaming-subtitulos-desfasados", "Javier Ochoa <javier.ochoa@example.net>", "Subtítulos", "technical", "",
"""Hola, en la serie "La Frontera Norte", temporada 2, los subtítulos en
español van unos cuatro segundos por detrás de las voces en todos los
capítulos. En otras series no pasa. Lo he visto en la tele y en el
portátil. Soy sordo, así que sin subtítulos bien no puedo seguirla.
Javier"""),
("es", "streaming-tercera-temporada-cuando", "Andrea Luque <andrea.luque@example.org>", "pregunta", "general", "",
"""Holaaa, ¿sabéis si vais a tener la tercera temporada de "Casa de
Brumas"? Las dos primeras están en la plataforma pero la tercera no
aparece. Si la traéis, ¿más o menos cuándo? Gracias!!"""),
("es", "streaming-cargos-desconocidos-banco", "Santiago Prieto <santiago.prieto@example.com>", "Cargos que no reconozco", "billing", "high",
"""Me aparecen en la tarjeta tres cargos vuestros de 12,99 € (enero,
febrero y marzo) y no tengo cuenta con vosotros, nunca me he dado de
alta. He bloqueado la tarjeta y he abierto una disputa con el banco por
los tres cargos. Si alguien ha usado mis datos para daros de alta,
quiero saberlo.

Santiago Prieto"""),
# ---------------- software de facturación (SaaS) ----------------
("es", "saas-pasar-plan-anual", "Nuria Castells <nuria@castells-disseny.example>", "Plan anual", "billing", "",
"""Hola,

Ahora pagamos el plan Profesional mensual (29 € + IVA). Queremos pasarnos
al pago anual con el descuento del 20 %. ¿Lo puedo hacer a mitad de
mes? ¿Me descontáis lo que ya he pagado de este mes?

Nuria Castells
Castells Disseny"""),
("es", "saas-factura-iva-intracomunitario", "Rui Almeida <rui.almeida@example.net>", "Fatura / factura con IVA", "billing", "",
"""Buenos días, somos una empresa de Portugal con número de IVA
intracomunitario PT500000000 y ya lo tengo en los datos de facturación.
Aun así las facturas llegan con IVA español del 21 %. Debería ser
inversión del sujeto pasivo, sin IVA. ¿Pueden corregirlo y rehacer las
facturas de abril y mayo? Obrigado, Rui Almeida"""),
("es", "saas-usuarios-de-mas", "Gestoría Martín & Ríos <admin@gestoria-mr.example>", "Nos cobráis 12 usuarios", "billing", "",
"""Buenas:

En la última factura nos cobráis 12 usuarios, pero en el panel solo
tenemos 8 activos. Los otros cuatro los desactivamos en febrero cuando
se fueron esas personas. Creemos que llevamos tres meses pagando usuarios
de más. ¿Lo podéis revisar y abonarnos la diferencia?

Carlos Martín"""),
("es", "saas-caida-no-emiten-facturas", "Distribuciones Lozano <informatica@distribuciones-lozano.example>", "No podemos facturar - URGENTE", "technical", "high",
"""Buenos días:

Desde las 9:15 ninguno de nuestros 14 usuarios puede emitir facturas.
Al pulsar "Emitir" sale "Error al firmar el documento" y la factura se
queda en borrador. Es el último día del trimestre, los camiones están
cargados y no pueden salir sin las facturas de los clientes. Hemos
probado en distintos equipos y navegadores.

Por favor, llamad a Sergio al 910 000 774.

Distribuciones Lozano S.A."""),
("es", "saas-2fa-movil-robado", "Cristian Vega <cristian.vega@example.net>", "No puedo entrar - me robaron el móvil", "technical", "",
"""Hola, me robaron el móvil el fin de semana y tenía ahí la app de
autenticación para el segundo paso. Ahora la web me pide el código de 6
dígitos y no lo tengo. Los códigos de recuperación no los guardé (lo sé,
fallo mío). Soy el administrador de la cuenta de la empresa. ¿Cómo puedo
recuperar el acceso?
Cristian Vega"""),
("es", "saas-exportar-csv-acentos", "Amaia Etxebarria <amaia@etxebarria-asesores.example>", "Exportación de clientes", "technical", "",
"""Hola:

Cuando exporto el listado de clientes a CSV y lo abro en Excel, todas
las tildes y las eñes salen como símbolos raros ("CastaÃ±o" en vez de
"Castaño"). Antes de la última actualización salía bien. Lo necesito
para pasárselo a la asesoría.

Amaia"""),
("es", "saas-banco-no-sincroniza", "Quique Ferrer <quique.ferrer@example.org>", "Conciliación bancaria", "technical", "",
"""buenas, la conexión con el banco dejó de sincronizar el día 10. en la
pantalla de bancos pone "Requiere reautorización", le doy, me lleva a la
web del banco, meto las claves, acepto, y vuelve al programa con el
mismo aviso. no me entran los movimientos y no puedo conciliar nada.
Quique"""),
("es", "saas-propuesta-gestoria-partner", "Laura Medina <laura.medina@asesoria-medina.example>", "Propuesta de colaboración", "general", "",
"""Buenos días:

Somos una asesoría con unos 300 clientes autónomos en Murcia. Muchos de
ellos ya usan vuestro programa y nos gustaría saber si tenéis un
programa de partners para asesorías: formación, acceso a las cuentas de
nuestros clientes, condiciones especiales para recomendarlo, etc.

¿Con quién podemos hablar?

Laura Medina
Asesoría Medina"""),
# ---------------- hosting y dominios ----------------
("es", "hosting-dominio-renovado-sin-querer", "Esteban Quiroga <esteban.quiroga@example.com>", "Renovación de dominio", "billing", "",
"""Hola, me renovaron el dominio miblogdeviajes.example por un año más
(14,99 €) aunque yo había desactivado la renovación automática en
octubre. Tengo captura de pantalla. El blog ya no existe y no quiero el
dominio. ¿Pueden anular la renovación y devolverme el importe?
Esteban"""),
("es", "hosting-cambiar-tarjeta-pago", "Noemí Varela <noemi.varela@example.com>", "Tarjeta caducada", "billing", "",
"""Hola, me ha caducado la tarjeta con la que pago el hosting y me ha
llegado un aviso de que el próximo cobro va a fallar. En el panel, en
"Métodos de pago", solo me deja borrar la tarjeta pero no añadir otra.
¿Me podéis pasar un enlace para ponerla o puedo pagar por transferencia?
Noemí"""),
("es", "hosting-tienda-caida-503", "Tienda Los Olivos <admin@tienda-losolivos.example>", "Web caída en pleno Black Friday", "technical", "high",
"""Nuestra tienda online lleva desde las 10:00 dando "503 Service
Unavailable". Hoy es Black Friday, tenemos una campaña de email enviada
a 20.000 clientes que pinchan en el enlace y se encuentran la web caída.
No hemos tocado nada. Estamos perdiendo todas las ventas del día.

Cuenta: losolivos-prod. Necesitamos que alguien lo mire ya.

Rafa, Tienda Los Olivos"""),
("es", "hosting-correo-rebota-gmail", "Cristina Abad <cristina@abad-fisioterapia.example>", "No me llegan correos desde Gmail", "technical", "",
"""Hola:

Desde el lunes, los correos que me mandan desde cuentas de Gmail a
cristina@abad-fisioterapia.example no llegan. A quien me escribe le
rebota un mensaje con "550 5.7.1 rejected". Desde Outlook y otros
dominios sí llegan. No he cambiado nada en la configuración.

Cristina Abad"""),
("es", "hosting-ssl-caducado", "Hernán Figueroa <hernan.figueroa@example.com>", "Candado / no seguro", "technical", "",
"""Buenas, al entrar en mi web el navegador muestra "La conexión no es
privada" y los clientes me escriben asustados. Veo que el certificado
SSL caducó ayer. Tenía entendido que con su plan el certificado se
renovaba solo. ¿Me lo pueden renovar o qué tengo que hacer?
Hernán"""),
("es", "hosting-wordpress-blanco-migracion", "Sara Montes <sara.montes@example.net>", "Re: Migración completada", "technical", "",
"""Hola, me decís que la migración está completada, pero ahora la web sale
en blanco, no se ve nada, y al entrar en /wp-admin también pantalla
blanca. Antes de la migración funcionaba. No sé nada de programación,
la web me la hizo un chico que ya no está.

Sara

> Estimada clienta: le informamos de que la migración de su sitio web
> al nuevo servidor se ha completado correctamente."""),
("es", "hosting-cambiar-titular-dominio", "Gabriel Ruano <gabriel.ruano@example.org>", "Cambio de titular", "general", "",
"""Hola, he vendido mi negocio de reformas y el nuevo dueño se queda con
la web y el dominio reformasruano.example. ¿Cómo cambio los datos del
titular del dominio a su nombre y a su empresa? ¿Tiene que hacerse
cliente vuestro antes?
Gabriel Ruano"""),
# ---------------- alarmas de seguridad ----------------
("es", "alarma-cuota-subida-sin-aviso", "Eulalia Roig <eulalia.roig@example.com>", "Cuota de la alarma", "billing", "",
"""Bon dia:

Este mes el recibo de la alarma ha pasado de 39,90 € a 46,50 € y no he
recibido ninguna carta ni correo avisando. ¿Me pueden explicar el motivo
de la subida? Si no me convence, quiero saber qué opciones tengo.

Eulàlia Roig"""),
("es", "alarma-baja-madre-abogado", "Gonzalo Estrada <gonzalo.estrada@example.net>", "Baja del contrato de mi madre", "billing", "high",
"""Señores:

Mi madre falleció en enero. En febrero les enviamos el certificado de
defunción y la solicitud de baja del contrato de alarma de su vivienda.
Siguen cargando 44,90 € al mes en su cuenta y ahora nos reclaman 380 €
de penalización por permanencia.

Esto lo lleva ya nuestro abogado. Les pedimos por última vez que
confirmen la baja con fecha de febrero y devuelvan los recibos cobrados
desde entonces.

Gonzalo Estrada"""),
("es", "alarma-salta-sola-noches", "Fabián Cordero <fabian.cordero@example.org>", "Falsa alarma otra vez", "technical", "",
"""Hola, por tercera noche esta semana ha saltado la alarma a las 3 y
pico, siempre el sensor del pasillo. No hay nadie, no tenemos animales y
las ventanas estaban cerradas. La central nos llama, bajamos, todo bien.
Mis hijos no duermen. ¿Podéis mandar a alguien a revisar ese sensor?
Fabián"""),
("es", "alarma-app-no-arma", "Loreto Palma <loreto.palma@example.com>", "No puedo conectar la alarma desde el móvil", "technical", "",
"""Hola:

Desde el jueves, cuando intento armar la alarma desde la app al salir de
casa, se queda el circulito dando vueltas y luego dice "Sin comunicación
con el panel". En el teclado de la entrada sí funciona. El wifi de casa
va bien.

Loreto"""),
("es", "alarma-panel-bateria-hinchada", "Ignacio Tejada <ignacio.tejada@example.net>", "Panel de la alarma", "technical", "high",
"""Buenas tardes,

El panel de la alarma que tenemos en la entrada está muy caliente, la
tapa de atrás se ha despegado y se ve la batería hinchada. Huele un poco
a quemado. No sé si puedo desenchufarlo sin que salte, así que de
momento lo dejo como está y estoy vigilándolo. ¿Qué hago? ¿Podéis venir
hoy?

Ignacio Tejada, contrato 71-0233"""),
("es", "alarma-cambiar-contactos-llaves", "Pilar Echevarría <pilar.echevarria@example.org>", "Personas de contacto", "general", "",
"""Hola, quería cambiar las personas de contacto que tenéis para avisar
cuando salta la alarma. Mi hermano ya no vive en Pamplona. Quitad a
Javier Echevarría y poned a mi vecina, Carmen Urrutia, 600 000 845, que
tiene copia de las llaves.
Gracias, Pilar"""),
# ---------------- alquiler de coches ----------------
("es", "coche-alquiler-rasguno-previo", "Roberto Almansa <roberto.almansa@example.com>", "Cargo de 300 € por daños", "billing", "",
"""Hola:

Devolví el coche de alquiler en el aeropuerto de Alicante el 12 de julio
(contrato RA-88102) y hoy me han cargado 300 € por "rayón en puerta
trasera derecha". Ese rayón ya estaba cuando lo recogí: lo grabé en
vídeo en el parking antes de salir, con la fecha. Os lo adjunto. Quiero
que me devolváis los 300 €.

Roberto Almansa"""),
("es", "coche-alquiler-combustible-lleno", "Fiona Reyes <fiona.reyes@example.com>", "Combustible", "billing", "",
"""Hola, me cobraron 78 € de "repostaje + gestión" pero devolví el auto
con el tanque lleno, cargué en la gasolinera que está a 2 km de la
oficina y tengo el ticket con la hora (20 minutos antes de entregarlo).
¿Me pueden reintegrar ese cobro? Reserva 55102-MAD.
Fiona"""),
("es", "coche-alquiler-llave-digital", "Álex Moreno <alex.moreno@example.net>", "la app no abre el coche", "technical", "",
"""estoy al lado del coche en el parking de la estacion (matricula 0000 MMX)
y la app dice "coche desbloqueado" pero las puertas siguen cerradas. he
cerrado la app, activado y desactivado el bluetooth, y nada. tengo una
reunion en una hora en otra ciudad
Álex"""),
("es", "coche-alquiler-frenos-autovia", "Marcelo Duarte <marcelo.duarte@example.com>", "Coche de alquiler - frenos", "technical", "high",
"""Buenas tardes:

Recogí esta mañana un coche en su oficina de Sevilla Santa Justa
(contrato SV-30871). En la autovía se encendió el testigo rojo de frenos
y el pedal se va cada vez más al fondo. He parado en un área de
servicio a la altura de Écija y no pienso seguir conduciéndolo. Viajo
con mi mujer y mi hija. Necesito que vengan a por el coche y nos den
otro.

Marcelo Duarte, 611 000 358"""),
("es", "coche-alquiler-hijo-23-anos", "Mercedes Galán <mercedes.galan@example.org>", "Conductor adicional", "general", "",
"""Hola, tenemos reservado un coche para las vacaciones en Menorca. ¿Puede
conducirlo también mi hijo, que tiene 23 años y el carné desde hace
cuatro? ¿Hay que avisar antes o se pone al recogerlo?
Mercedes"""),
("es", "coche-alquiler-gafas-olvidadas", "Isabel Duque <isabel.duque@example.com>", "Gafas de sol", "general", "",
"""Hola, me dejé unas gafas de sol graduadas en la guantera del Seat
Arona que devolví ayer en la oficina de Bilbao (contrato BI-12774). Son
de pasta negra, en una funda marrón. ¿Las habéis encontrado? Puedo
pasar a recogerlas.
Isabel"""),
# ---------------- taller y concesionario ----------------
("es", "taller-factura-supera-presupuesto", "Emilio Sanz <emilio.sanz@example.net>", "Factura del cambio de embrague", "billing", "",
"""Buenos días:

El presupuesto que firmé para el cambio de embrague era de 620 €. Al
recoger el coche me cobraron 815 € porque "hubo que cambiar también el
volante motor". Nadie me llamó para pedir permiso, y el presupuesto
decía que cualquier trabajo adicional se consultaría antes. Quiero que
me devolváis la diferencia o que me lo justifiquéis.

Emilio Sanz"""),
("es", "taller-pieza-en-garantia-cobrada", "Patricia Esteve <patricia.esteve@example.org>", "Cobro de la bomba de agua", "billing", "",
"""Hola, en marzo me cambiasteis la bomba de agua (factura T-2231, 310 €)
y en septiembre se volvió a romper. Me habéis vuelto a cobrar la pieza
entera. Las reparaciones tienen garantía de un año por ley, ¿no? Pido
que me devolváis el importe de la pieza.
Patricia"""),
("es", "taller-senal-coche-nuevo-juzgado", "Raúl Carrasco <raul.carrasco@example.com>", "Anulación pedido vehículo y devolución de señal", "billing", "high",
"""Muy señores míos:

En enero firmé la compra de un vehículo nuevo con entrega prevista para
abril y entregué una señal de 2.000 €. Estamos en agosto y siguen sin
darme fecha. Les comuniqué por escrito el día 2 que anulo el pedido y
que me devuelvan la señal. Su respuesta es que la señal "se pierde".

El retraso es suyo. Si no recibo los 2.000 € en quince días, lo
reclamaré en el juzgado.

Raúl Carrasco"""),
("es", "taller-testigo-motor-vuelve", "Anabel Cuenca <anabel.cuenca@example.net>", "Otra vez el testigo", "technical", "",
"""Hola, el martes recogí el coche después de que me cambiarais la sonda
lambda por el testigo de motor. Hoy, a los 80 km, se ha vuelto a
encender el testigo amarillo. El coche va normal. No sé si tengo que
llevarlo otra vez o si es que se tiene que borrar solo.
Anabel"""),
("es", "taller-tuercas-sueltas-rueda", "Germán Ibarra <german.ibarra@example.org>", "Cambio de neumáticos de ayer", "technical", "high",
"""Buenas tardes:

Ayer me cambiasteis las cuatro ruedas. Hoy, volviendo del trabajo, oí
un golpeteo en la rueda delantera izquierda y paré. Cuatro de las cinco
tuercas estaban flojas; una la pude quitar con los dedos. Las he
apretado con la llave del coche y he venido a 30 por hora hasta casa.
Podía haber perdido la rueda en la autovía con mis hijos dentro.

Mañana llevo el coche para que lo reviséis todo.

Germán Ibarra"""),
("es", "taller-itv-recogida-domicilio", "Concepción Mora <concepcion.mora@example.com>", "ITV", "general", "",
"""Buenos días, tengo que pasar la ITV del coche el mes que viene y ya no
conduzco por la autopista. ¿Tenéis el servicio de llevarlo a la ITV y
devolverlo? ¿Hay que pedir cita con mucha antelación?
Concepción Mora"""),
("es", "taller-carplay-coche-nuevo", "Lucas Beltrán <lucas.beltran@example.net>", "CarPlay", "technical", "",
"""Hola, hace dos semanas me entregasteis el coche nuevo. El CarPlay
funcionaba al principio, pero desde ayer cuando enchufo el iPhone con el
cable, la pantalla del coche dice "Dispositivo no compatible" y solo
carga. He probado con otro cable original y con el iPhone de mi mujer:
lo mismo. ¿Hay alguna actualización?
Lucas"""),
# ---------------- comida a domicilio (app) ----------------
("es", "comida-pedido-nunca-llego", "Diana Valverde <diana.valverde@example.org>", "Pedido #A77120", "billing", "",
"""Hola, el pedido #A77120 (sushi, 31,40 €) sale como "Entregado" a las
21:52 pero nunca llegó. Estuve en casa todo el rato y el telefonillo no
sonó. El chat de la app me cierra la conversación solo. Quiero que me
devolváis el dinero.
Diana"""),
("es", "comida-propina-doble", "Ángel Rubio <angel.rubio@example.com>", "Propina", "billing", "",
"""Buenas, le dejé al repartidor 3 € de propina al terminar el pedido y en
la tarjeta me aparece el cargo de la propina dos veces. No me importa
que le llegue al chaval, pero solo quería darle una. ¿Me quitáis la
otra?"""),
("es", "comida-alergia-cacahuete-responsable", "Montserrat Gil <montse.gil@example.net>", "Reacción alérgica - pedido #A76203", "general", "high",
"""Buenas noches:

En el pedido de ayer al restaurante Bambú (#A76203) escribí en las
notas y marqué en la app "alergia a frutos secos". El pad thai venía con
cacahuete picado mezclado en la salsa. Mi hijo de 9 años tuvo una
reacción y acabamos en urgencias con adrenalina. Ya está en casa.

No quiero el dinero del pedido. Quiero que una persona responsable de
vuestra empresa me llame y me explique cómo llega la nota de alergias al
restaurante y qué vais a hacer con él. 666 000 103.

Montserrat Gil"""),
("es", "comida-app-login-apple", "Bruno Castillo <bruno.castillo@example.org>", "No puedo iniciar sesión", "technical", "",
"""Hola, siempre entraba en la app con "Iniciar sesión con Apple" y desde
esta mañana me dice "No se ha podido completar el registro" y me saca.
Con el correo no puedo porque nunca puse contraseña. Tengo saldo y
cupones en esa cuenta.
Bruno"""),
("es", "comida-restaurante-tablet-sin-pedidos", "Pizzería Da Gino <gino@dagino.example>", "La tablet no recibe pedidos", "technical", "high",
"""Hola, soy el dueño de la pizzería Da Gino, restaurante asociado. Es
viernes por la noche y desde las 20:00 la tablet no recibe ni un pedido.
Los clientes nos llaman para decir que los pedidos salen "aceptados" en
su app y aquí no hay nada, así que no salen. Ya tenemos tres clientes
enfadados y seguramente más que no llaman. He reiniciado la tablet y el
router.

Gino, 622 000 561"""),
("es", "comida-repartidor-lluvia-gracias", "Clara Ibarra <clara.ibarra@example.com>", "Un diez para el repartidor", "general", "",
"""Hola, anoche con la tormenta que cayó el repartidor llegó empapado pero
con la comida perfecta y caliente, y encima con una sonrisa. Le di
propina pero quería decirlo también aquí. Se llamaba Ousmane, creo.
Clara"""),
("es", "comida-sugerencia-filtro-vegano", "Tamara Ruiz <tamara.ruiz@example.net>", "Sugerencia para la app", "general", "",
"""Hola! Una sugerencia: estaría genial poder filtrar por "vegano" y no
solo por "vegetariano". Ahora tengo que leer los ingredientes de cada
plato uno por uno. Muchas gracias, me encanta la app.
Tamara"""),
# ---------------- suscripción de café y club de vinos ----------------
("es", "cafe-pausar-agosto", "Rocío Aranda <rocio.aranda@example.org>", "Vacaciones", "billing", "",
"""Hola! En agosto estamos fuera todo el mes. ¿Podéis saltaros el envío
de café de agosto y no cobrármelo? En septiembre que vuelva todo como
siempre. Gracias!
Rocío"""),
("es", "vino-club-caja-mas-barata", "Enric Valls <enric.valls@example.com>", "Caja del club", "billing", "",
"""Hola:

Llevo un año en el club con la caja "Selección" de 6 botellas (59 € al
mes). Me gusta mucho, pero ahora me viene mejor la de 3 botellas. ¿Se
puede cambiar a partir del próximo envío sin perder la antigüedad de
socio?

Enric Valls"""),
("es", "cafe-cobro-tras-pausa", "Jaime Ortuño <jaime.ortuno@example.net>", "Re: Tu suscripción está en pausa", "billing", "",
"""Pues me habéis cobrado igual. El día 1 me llegó el cargo de 18,50 € y
la caja de café, cuando tengo este correo vuestro diciendo que estaba en
pausa hasta octubre. No quiero devolver el café, pero sí que me
reembolséis el cargo o que no me cobréis el de octubre.

Jaime

> Hola Jaime:
> Tu suscripción está en pausa. No recibirás envíos ni cargos hasta el
> 1 de octubre.
> El equipo de Café Tostado"""),
("es", "cafe-molinillo-no-muele", "Adela Ramírez <adela.ramirez@example.org>", "Molinillo", "technical", "",
"""Buenas, el molinillo eléctrico que venía con la suscripción de
bienvenida hace ruido pero ya no muele: el café sale entero. He
limpiado las muelas con el cepillo que trae y he probado los distintos
grosores. Tiene cuatro meses.
Adela"""),
("es", "vino-web-verificacion-edad-bucle", "Mauricio Téllez <mauricio.tellez@example.com>", "no puedo entrar a la tienda", "technical", "",
"""Hola, en la web me aparece la ventana de "¿Eres mayor de 18 años?", le
doy que sí y vuelve a aparecer la misma ventana, una y otra vez, no me
deja pasar. Tengo 52 años jaja. Probé en el celular y en la computadora.
Saludos, Mauricio"""),
("es", "vino-visita-bodega-grupo", "Asociación Cultural El Parral <elparral@example.org>", "Visita a la bodega", "general", "",
"""Buenos días:

Somos una asociación cultural de Segovia y nos gustaría organizar una
visita a su bodega para un grupo de unas 25 personas en octubre, con
cata si es posible. ¿Hacen visitas para grupos? ¿Qué días?

Un saludo,
Pilar Sanz, secretaria"""),
# ---------------- óptica ----------------
("es", "optica-2x1-no-aplicado", "Noelia Castro <noelia.castro@example.com>", "Promoción segunda gafa", "billing", "",
"""Hola:

El sábado compré dos gafas graduadas en vuestra tienda de Gran Vía con
la promoción de "segunda gafa gratis". En el ticket me han cobrado las
dos, 189 € y 149 €. La dependienta dijo que se descontaba al final, pero
no. ¿Cómo me devolvéis los 149 €?

Noelia Castro"""),
("es", "optica-plan-lentillas-operada", "Paloma Herrera <paloma.herrera@example.net>", "Plan de lentillas", "billing", "",
"""Hola, el mes pasado me operé de la vista con láser y ya no necesito
lentillas. Por favor, no me mandéis más cajas ni me cobréis el plan de
lentillas mensual a partir de ahora. ¡Gracias por estos años!
Paloma"""),
("es", "optica-progresivas-no-enfoco", "Ramiro Fuentes <ramiro.fuentes@example.org>", "Gafas progresivas", "technical", "",
"""Buenas tardes:

Recogí las gafas progresivas hace diez días. Para lejos veo bien, pero
para leer tengo que bajar mucho la cabeza y aun así veo borroso, y el
ordenador no lo veo nítido a ninguna distancia. Me dijeron que me
acostumbraría en una semana, pero sigo igual y me dan dolores de cabeza.
No quiero otras gafas distintas, quiero que estas me sirvan.

Ramiro Fuentes"""),
("es", "optica-audifono-calienta-oreja", "Remedios Vargas <remedios.vargas@example.com>", "Audífono", "technical", "high",
"""Buenos días:

Les escribe la hija de Remedios Vargas. A mi madre le adaptaron en su
centro un audífono recargable hace un mes. Anoche lo dejó en el cargador
y esta mañana, al ponérselo, estaba muy caliente y le ha dejado una
rojez en la oreja. El cargador también estaba caliente. Lo hemos
desenchufado y guardado en una caja de metal. ¿Qué hacemos?

Nieves (hija), 600 000 927"""),
("es", "optica-revision-vista-nino", "Óscar Pinto <oscar.pinto@example.net>", "revision", "general", "",
"""hola, en el cole nos han dicho que mi hijo (6 años) se acerca mucho a
la pizarra. hacéis revisiones a niños tan pequeños o hay que ir al
oftalmólogo? y hace falta cita?
Óscar"""),
("es", "optica-formulario-graduacion-negativa", "Valentina Soto <valentina.soto@example.org>", "No puedo pedir lentillas", "technical", "", 
"""Hola, quiero pedir las lentillas mensuales por la web y en el
formulario de graduación, cuando pongo -2,75 en el ojo izquierdo, el
campo se pone en rojo con "valor no válido". Si pongo -2,50 sí lo
acepta, pero esa no es mi graduación. He probado con punto y con coma.
Valentina"""),
# ---------------- venta de entradas y teatro ----------------
("es", "entradas-concierto-aplazado", "Marta Iglesias <marta.iglesias@example.com>", "Concierto aplazado", "billing", "",
"""Hola, compré dos entradas para el concierto del 14 de septiembre en
Valencia y lo han aplazado a febrero. Ese día no puedo ir. ¿Cómo pido
que me devolváis el dinero de las entradas (96 € en total)? Pedido
EN-448201.
Marta"""),
("es", "entradas-gastos-gestion-pregunta", "Daniel Pastor <daniel.pastor@example.net>", "gastos de gestión", "billing", "",
"""Buenas, compré 4 entradas para el musical y además del precio de las
entradas me cobrasteis 4,50 € de gastos de gestión POR ENTRADA. En la
taquilla del teatro las venden sin ese recargo. ¿Por qué tanto? ¿Se
devuelve algo si las descargo yo en PDF?
Dani"""),
("es", "entradas-qr-no-aparece", "Silvia Orozco <silvia.orozco@example.org>", "¿Y mis entradas?", "technical", "",
"""Hola, el pago se hizo (lo tengo en el banco) y me llegó el correo de
"Compra confirmada", pero en la app, en "Mis entradas", no aparece nada
y el enlace del correo para descargar el QR da error 404. El partido es
el domingo.
Silvia"""),
("es", "entradas-lectores-acceso-teatro", "Teatro Principal de Alcalá <gerencia@teatroprincipal-alcala.example>", "LECTORES DE ACCESO NO VALIDAN", "technical", "high",
"""Faltan 30 minutos para la función de las 20:00 y ninguno de los
lectores de acceso valida las entradas vendidas por vuestra plataforma:
todas salen "Entrada no encontrada". Tenemos unas 600 personas en la
puerta y estamos dejando pasar mirando el móvil a ojo. Las vendidas en
taquilla sí validan.

Llamad a gerencia ya: 918 000 330.

Rosa Quintero, gerente"""),
("es", "entradas-silla-ruedas-teatro", "Luis Aranda <luis.aranda@example.com>", "Accesibilidad", "general", "",
"""Hola:

Voy en silla de ruedas y quiero ir con un amigo a la obra del Teatro
Circo en noviembre. En la web no veo cómo elegir un espacio para silla.
¿Se reserva por teléfono? ¿Mi acompañante puede sentarse a mi lado?

Luis Aranda"""),
("es", "entradas-festival-cancelado-consumo", "Estela Romero <estela.romero@example.net>", "Festival cancelado - exijo el reembolso", "billing", "high",
"""Compré tres abonos del festival de julio (285 € en total, pedido
EN-430872). El festival se canceló y desde hace dos meses su web dice
"los reembolsos se están tramitando". Nadie contesta al teléfono.

He presentado ya una reclamación en la Oficina de Consumo de mi
ayuntamiento con todos los justificantes. Les pido que devuelvan el
dinero sin más retrasos.

Estela Romero"""),
# ---------------- alquiler de patinetes eléctricos ----------------
("es", "patinete-viaje-no-finalizado", "Hugo Campos <hugo.campos@example.org>", "me habeis cobrado 2 horas", "billing", "",
"""hola aparque el patinete en la zona verde de la plaza y le di a
finalizar, la app dijo viaje finalizado, pero me habeis cobrado 2 horas
y 14 minutos, 19,80 €. el viaje real fue de 12 minutos. tengo la foto
del aparcamiento que me pidio la app. me devolveis la diferencia?"""),
("es", "patinete-bono-minutos-caducado", "Ainara Lasa <ainara.lasa@example.com>", "Bono de minutos", "billing", "",
"""Kaixo, compré el bono de 300 minutos en junio y ahora veo que me quedan
140 minutos pero pone "caducado". En ningún sitio vi que caducaran a
los 60 días. ¿Me los podéis reactivar o devolver la parte que no he
usado?
Ainara"""),
("es", "patinete-qr-no-desbloquea", "Raquel Ferro <raquel.ferro@example.net>", "No se desbloquea", "technical", "",
"""Hola, escaneo el QR del manillar de cualquier patinete y la app se
queda en "Desbloqueando..." y al minuto dice "Inténtalo de nuevo". Me ha
pasado con cinco patinetes distintos esta mañana. Tengo el GPS y el
bluetooth activados y saldo en la cuenta.
Raquel"""),
("es", "patinete-freno-fallo-caida", "Tobías Marín <tobias.marin@example.org>", "Accidente con uno de vuestros patinetes", "technical", "high",
"""Buenas tardes:

Hoy a las 8:40 bajaba la calle Alfonso I con el patinete 4471 y al
frenar la maneta no ha hecho nada: ni el freno de delante ni el de
atrás. Me he tirado al suelo para no salir al cruce. Tengo raspones en
el brazo y la rodilla, nada grave. He dejado el patinete apoyado en la
farola de la esquina con Coso. Por favor, retiradlo antes de que lo coja
otra persona.

Tobías Marín"""),
("es", "patinete-aparcados-acera-vecina", "Encarna Molina <encarna.molina@example.com>", "Sus patinetes en mi portal", "general", "",
"""Buenas:

No soy usuaria suya, soy vecina de la calle Cervantes 22. Casi todos los
días hay dos o tres patinetes suyos tirados delante del portal y en la
rampa. Mi marido va con andador y ayer tuvo que esperar a que un vecino
los apartara. ¿Pueden hacer algo para que no se dejen ahí?

Encarna Molina"""),
("es", "patinete-verificacion-carne", "Iván Soler <ivan.soler@example.net>", "verificación de identidad", "technical", "",
"""Hola, me acabo de registrar y para empezar a usar los patinetes la app
me pide una foto del DNI por las dos caras y un selfie. Lo he hecho seis
veces con buena luz y siempre dice "No hemos podido verificar tu
identidad". El DNI está en vigor. No sé qué más hacer.
Iván"""),
]
