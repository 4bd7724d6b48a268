# wide2-es.py -- second wide batch of Spanish mails over many kinds of
# business (office supplies, IT services, payroll software, card terminals,
# booking software, wholesale, coworking, letting, EV charging, taxi apps,
# self-storage, dry cleaning, repair shops, pest control, pools, hearing
# aids, contact lenses, pet insurance, riding school, instruments, ski
# rental, theme park, festival, language app, VPN, council services...),
# for training.  All three queues and both priorities, with money, faults
# and hazards told in many wordings.  Same tuple format as batch16.py.
M += [
# ---------------- Material de oficina para empresas ----------------
("es", "ofi-factura-cif-sociedad-antigua", "Contabilidad Talleres Úbeda <contabilidad@talleres-ubeda.example>", "Factura 2024-0871", "billing", "",
"""Buenos días:

La factura 2024-0871 (papel, archivadores y sobres) viene a nombre de
"Talleres Úbeda" a secas y con el CIF de la sociedad antigua. Desde
enero somos Talleres Úbeda Hermanos S.L., CIF B-00123456. Sin una
factura rectificativa con los datos buenos no la podemos contabilizar.

Un saludo,
Maribel Úbeda
Administración"""),
("es", "ofi-transferencia-hecha-dos-veces", "Rubén Arjona <ruben.arjona@gestoria-arjona.example>", "pedido 30412", "billing", "",
"""Hola,

Mi compañera de administración hizo la transferencia del pedido 30412 el
lunes y yo, sin saberlo, la volví a hacer el miércoles. Os han llegado
412,80 dos veces. Podéis devolver una o dejarla a cuenta del próximo
pedido, lo que os venga mejor, pero decidme cuál para apuntarlo.

Rubén"""),
("es", "ofi-toner-seis-euros-mas", "Compras Clínica Dental Sonrisa <compras@clinica-sonrisa.example>", "Tóner", "billing", "",
"""En vuestro catálogo de primavera el tóner 59A sale a 58 € + IVA la
unidad. En el albarán de las 10 unidades que llegaron ayer pone 64 €.
¿De dónde salen esos 6 € de más por unidad? No hemos recibido ningún
aviso de cambio de tarifa.

Natalia Ferrer
Dpto. de compras"""),
("es", "ofi-recibo-mobiliario-devuelto-banco", "Fernando Olmedo <f.olmedo@arquitectos-olmedo.example>", "Recibo del día 5 - mobiliario no recibido", "billing", "high",
"""Señores:

Les comunico que hemos dado orden a nuestra entidad bancaria de
devolver el recibo domiciliado de 1.240,50 € cargado el día 5. Ese
importe corresponde al pedido de dos mesas de dirección y una
cajonera que, a día de hoy, seis semanas después, no ha llegado.

Hemos llamado cuatro veces y nadie nos da una fecha. Cuando el material
esté en nuestra oficina volveremos a pagarlo sin problema.

Fernando Olmedo
Olmedo Arquitectos"""),
("es", "ofi-portal-enlace-caducado", "Sonia Lucena <sonia.lucena@example.com>", "No puedo entrar en la cuenta de empresa", "technical", "",
"""Hola:

Pido restablecer la contraseña de la cuenta de empresa, me llega el
correo, pincho en el enlace y sale "El enlace ha caducado", aunque lo
abra al minuto de recibirlo. Lo he probado en Chrome y en Edge y desde
el móvil. Tengo que hacer el pedido de material del trimestre esta
semana.

Sonia Lucena
Recepción - Centro Médico Alameda"""),
("es", "ofi-destructora-olor-humo", "Ignacio Barrera <ignacio.barrera@notaria-barrera.example>", "Destructora de papel", "technical", "high",
"""Buenas tardes:

Les escribo para informarles de que la destructora de papel que nos
enviaron hace tres semanas empezó ayer a oler a quemado mientras
destruía unos folios, y al momento salió un hilo de humo por la rejilla
de atrás. La desenchufamos enseguida y no ha pasado nada más.

La hemos dejado apartada con una nota para que nadie la use. Díganme
qué hacemos con ella.

Atentamente,
Ignacio Barrera"""),
("es", "ofi-sillas-ergonomicas-exposicion", "Lucía Pastor <lucia.pastor@example.com>", "sillas oficina nueva", "general", "",
"""Hola! Estamos montando una oficina nueva para 14 personas y tenemos
más o menos 3.000 € para sillas. ¿Me podéis mandar el catálogo de
sillas ergonómicas? Y otra cosa: ¿tenéis exposición en Madrid donde
podamos ir a probarlas antes de decidir?

Gracias!
Lucía"""),
("es", "ofi-repartidor-muelle-carga", "Recepción Edificio Nórdico <recepcion@edificio-nordico.example>", "Entrega pedido 30588", "general", "",
"""Buenos días, el pedido 30588 nos llega el jueves. ¿Puede el repartidor
entrar por el muelle de carga de la calle de atrás? Por la puerta
principal no dejan pasar carretillas antes de las 10.
Gracias."""),
# ---------------- Servicios informáticos para pymes ----------------
("es", "it-cuota-mantenimiento-chico-sistemas", "Alberto Cuesta <alberto@cuesta-asesores.example>", "A partir de julio", "billing", "",
"""Hola Marta:

Os cuento: hemos incorporado a un chico de sistemas a jornada completa,
así que desde julio nos apañamos solos. No hace falta que sigáis
pasando la cuota de mantenimiento después de junio.

Muchas gracias por estos cuatro años, de verdad.

Alberto"""),
("es", "it-tres-horas-de-mas-abril", "Pilar Moreno <pilar@moreno-fisioterapia.example>", "abril", "billing", "",
"""Hola, ¿por qué en abril vienen tres horas aparte de la cuota? Lo único
que os pedimos fue lo de la impresora y el técnico nos dijo que eso
entraba en el contrato. Son 135 € que no esperábamos.
Pilar"""),
("es", "it-nadie-abre-carpetas-servidor", "Gerencia Transportes Lezama <gerencia@transportes-lezama.example>", "URGENTE no funciona nada", "technical", "high",
"""Desde las 8:30 nadie de la oficina puede abrir las carpetas
compartidas ni entrar al programa de gestión. Son doce personas
mirando la pantalla y los clientes llamando para saber dónde están sus
camiones, y no podemos decirles nada. El servidor tiene las luces
encendidas y lo hemos reiniciado una vez.

Que venga alguien cuanto antes por favor.

Ander Lezama"""),
("es", "it-impresora-pasillo-router-nuevo", "Marina Solé <marina.sole@example.net>", "Impresora", "technical", "",
"""Buenas,

Desde que la operadora nos cambió el router el martes, la impresora del
pasillo no aparece en ningún ordenador. La impresora tiene la lucecita
del wifi encendida y en su pantalla sale una IP, pero al añadirla
desde Windows no la encuentra.

Gracias,
Marina (Estudio Solé)"""),
("es", "it-correo-iphone-gerente", "tomas ruiz <tomasruiz.oficina@example.com>", "correo movil", "technical", "",
"""buenas, al gerente no le llega el correo al movil nuevo, en el
ordenador si. le pide la contraseña todo el rato y la pone bien (la
hemos probado en el ordenador y entra). es un iphone. gracias"""),
("es", "it-archivos-extension-rara-bitcoin", "Lourdes Camacho <lourdes@gestoria-camacho.example>", "Fwd: ayuda", "technical", "high",
"""Os reenvío lo que me ha escrito mi compañera. Estamos paradas.

---------- Mensaje reenviado ----------
De: Vero <vero@gestoria-camacho.example>
Asunto: ayuda

Lourdes, todos los archivos del servidor se llaman ahora
algo.pdf.lkr y no se abren. En cada carpeta hay un txt en inglés que
pide pagar en bitcoins para recuperarlos. Yo no he abierto nada raro,
te lo juro. He apagado mi ordenador y no he tocado más."""),
("es", "it-gracias-javier-traslado", "Rosa Villar <rosa.villar@villar-abogados.example>", "Traslado de oficina", "general", "",
"""Buenas tardes:

Solo quería deciros que Javier nos salvó la semana con el traslado de
oficina. Montó la red, los puestos y la centralita en una tarde y el
lunes estábamos trabajando como si nada. La factura ya nos ha llegado
y está todo correcto; esto es únicamente para darle las gracias.

Rosa Villar"""),
("es", "it-curso-correos-falsos-empleados", "Héctor Ibáñez <hector.ibanez@example.org>", "pregunta", "general", "",
"""Hola, ¿dais cursos de ciberseguridad para empleados? Lo pregunto
porque a una compañera casi le cuelan la semana pasada un correo falso
que parecía del banco. Somos 9 en la oficina y nos vendría bien algo de
un par de horas, presencial si puede ser.
Héctor"""),
# ---------------- Software de contabilidad y nóminas ----------------
("es", "cont-bajar-a-basico-cuatro-empleados", "Beatriz Lorente <beatriz@lorente-reformas.example>", "Cambio de plan", "billing", "",
"""Hola:

Ahora somos 4 en plantilla en vez de 11. ¿Podemos pasar al plan Básico
desde el mes que viene? El módulo de nóminas avanzado ya no nos hace
falta.

Gracias,
Beatriz"""),
("es", "cont-cerramos-sociedad-diciembre", "Julián Estévez <julian.estevez@example.com>", "Cierre de la empresa", "billing", "",
"""Buenos días:

Les escribo porque a 31 de diciembre cerramos la sociedad por
jubilación de mi socio. Las nóminas de diciembre serán las últimas que
hagamos con su programa, y a partir de enero no tiene sentido que la
cuenta siga en marcha. ¿Tengo que hacer algo por mi parte o basta con
este correo?

Julián Estévez"""),
("es", "cont-factura-anual-iva-rfc", "Adriana Salazar <adriana.salazar@distribuidora-salazar.example>", "factura de la suscripción", "billing", "",
"""Buen día,

Mi contador me pide la factura de la suscripción anual con el IVA
desglosado y con el RFC de la empresa. La que se descarga desde el
panel sale solo con el total y sin datos fiscales. ¿Me la pueden
enviar corregida?

Saludos cordiales,
Adriana Salazar"""),
("es", "cont-fichero-sepa-nominas-rechazado", "Nóminas Grupo Ferralla <nominas@grupo-ferralla.example>", "Fichero de nóminas rechazado - HOY", "technical", "high",
"""Hola:

Hoy pagamos las nóminas de 38 trabajadores y el fichero SEPA que genera
el programa lo rechaza el banco con "Formato no válido". Lo he generado
tres veces y en dos ordenadores distintos. El mes pasado salió bien y
no hemos cambiado nada.

Si no lo podemos enviar antes de las 14:00, la gente no cobra hoy.
Estoy en el 944 000 215.

Arantza Goikoetxea"""),
("es", "cont-modelo-111-retenciones-no-cuadran", "Pedro Almansa <pedro@asesoria-almansa.example>", "Error al generar el 111", "technical", "",
"""Al generar el modelo 111 del segundo trimestre de un cliente me sale
"Error 0x23: las retenciones no cuadran con las nóminas". He revisado
las nóminas una a una y sí cuadran. Con los demás clientes lo genera
bien. ¿Es algún fallo conocido o hay algo que deba recalcular?

Pedro Almansa"""),
("es", "cont-movil-robado-codigo-verificacion", "Miriam Cano <miriam.cano@example.net>", "No puedo entrar", "technical", "",
"""Hola, me robaron el móvil en el metro y el código de verificación en
dos pasos me llegaba a la app de ese móvil. Ya tengo teléfono nuevo con
el mismo número, pero la app de autenticación empieza de cero y no me
reconoce. ¿Cómo puedo volver a entrar en la cuenta? Soy la
administradora.
Miriam"""),
("es", "cont-portal-empleado-en-catalan", "Jordi Puigvert <jordi@assessoria-puigvert.example>", "Suggeriment / sugerencia", "general", "",
"""Hola,

Os escribo desde una asesoría de Girona. Muchos trabajadores de
nuestros clientes nos preguntan si el portal del empleado podría estar
también en catalán. No es una queja, el programa nos va muy bien; es
solo una sugerencia para próximas versiones.

Salutacions,
Jordi"""),
("es", "cont-cobros-tras-baja-disputa-tarjeta", "Rafael Montoya <rafa.montoya@example.com>", "Cargos después de la baja", "billing", "high",
"""Di de baja la cuenta en septiembre y tengo el correo de confirmación.
Aun así, en octubre y noviembre me habéis cargado 49 € cada mes en la
tarjeta. He abierto una disputa con la entidad de la tarjeta por los
dos cargos. Os lo comunico para que conste y para que no me cobréis
diciembre.

Rafael Montoya"""),
("es", "cont-webinar-cierre-ejercicio", "Elena Vidal <elena.vidal@example.org>", "Webinar", "general", "",
"""¿Vais a repetir este año el webinar de cierre del ejercicio? El del
año pasado me resultó muy útil. Si hay que apuntarse en algún sitio,
¿me pasáis el enlace?
Gracias, Elena"""),
# ---------------- Datáfonos y TPV ----------------
("es", "tpv-datafono-sabado-solo-efectivo", "Bar La Espuela <barlaespuela@example.com>", "DATAFONO NO FUNCIONA", "technical", "high",
"""SABADO NOCHE Y EL DATAFONO DICE "ERROR DE COMUNICACION 05" CON TODAS
LAS TARJETAS. HEMOS PUESTO UN CARTEL DE SOLO EFECTIVO Y LA GENTE SE VA.
EL BAR ESTA LLENO. LO HE APAGADO Y ENCENDIDO 4 VECES. EL WIFI DEL BAR
VA BIEN.
LLAMADME AL 655 000 190
Chema"""),
("es", "tpv-impresora-tickets-en-blanco", "Cafetería Mirador <cafeteria.mirador@example.net>", "impresora", "technical", "",
"""Hola, la impresora de tickets de la caja saca el papel en blanco,
avanza y corta bien pero no imprime nada. He cambiado el rollo dos
veces por si era el papel. La de cocina sí imprime las comandas.
Saludos, Irene"""),
("es", "tpv-comision-1-9-en-vez-de-1-2", "Óptica Garrido <optica.garrido@example.com>", "Extracto de mayo", "billing", "",
"""Buenos días:

En el contrato que firmamos en enero la comisión por operación con
tarjeta es del 1,2 %. En el extracto de mayo aparece aplicado un 1,9 %
en todas las operaciones. Les agradecería que revisaran el mes completo
y me dijeran cómo van a regularizar la diferencia.

Un saludo,
Luis Garrido"""),
("es", "tpv-cuota-aparato-ya-devuelto", "Encarna Robledo <encarna.robledo@example.org>", "Sigo pagando un aparato que ya no tengo", "billing", "",
"""Hola. El datáfono lo devolví en febrero por mensajería (tengo el
justificante con el número de seguimiento) y cada mes me siguen
saliendo los 19,90 en la cuenta. Ya van tres. Me gustaría que dejara de
salir y que me devolvierais lo de marzo, abril y mayo.
Encarna - Mercería Robledo"""),
("es", "tpv-ventas-viernes-sin-ingresar", "Panadería Hnos. Celis <panaderia.celis@example.com>", "ventas del viernes", "billing", "",
"""Buenas, las ventas con tarjeta del viernes y del sábado todavía no
me han entrado en la cuenta. Normalmente al día siguiente ya las tengo.
Son unos 1.800 € entre los dos días y el lunes tengo que pagar a la
harinera. ¿Me decís qué ha pasado?
Gracias, Marcos Celis"""),
("es", "tpv-precios-cafes-tablet-viejos", "Nuria Esparza <nuria@cafe-esparza.example>", "Los precios no se actualizan", "technical", "",
"""Hola:

Aclaro antes de nada que no es nada de vuestras tarifas ni de lo que
os pago. Es que cambio el precio de los cafés en el panel web (los he
subido 10 céntimos) y en la tablet de la barra siguen saliendo los
precios de antes. He cerrado la app, he reiniciado la tablet y nada.
En el panel se ven bien.

Nuria"""),
("es", "tpv-datafono-portatil-terraza", "Gonzalo Ferrán <gonzalo.ferran@example.net>", "Terraza", "general", "",
"""Hola, este verano vamos a abrir terraza en la plaza, a unos 30 metros
del local. ¿Tenéis algún datáfono portátil que llegue hasta allí, o que
funcione con SIM propia? Solo quería saber qué modelos tenéis antes de
pedir nada.
Gonzalo"""),
("es", "tpv-penalizacion-permanencia-responsable", "Amparo Lillo <amparo.lillo@example.com>", "Penalización de 350 €", "billing", "high",
"""Buenas tardes:

Doy de baja el TPV porque cierro la tienda de regalos y me dicen que
tengo que pagar 350 € por no cumplir 24 meses de permanencia. El
comercial que me lo vendió nunca mencionó ninguna permanencia y en la
hoja que firmé no la veo por ningún lado.

Ya he hablado dos veces con el chat y me repiten lo mismo. Quiero
hablar con un responsable de su empresa, por teléfono, esta semana.

Amparo Lillo
600 000 733"""),
# ---------------- Software de reservas para peluquerías y clínicas ----------------
("es", "res-recordatorios-sms-no-llegan", "Peluquería Rizos <rizos.pelu@example.com>", "recordatorios", "technical", "",
"""Hola, desde el lunes mis clientas no reciben el SMS de recordatorio
del día antes. En el panel la cita pone "recordatorio enviado" pero a
ellas no les llega nada, ya me lo han dicho cuatro. Antes iba perfecto.
Rosi"""),
("es", "res-agenda-vacia-clinica-fisio", "Clínica Fisiosalud <recepcion@fisiosalud.example>", "La agenda está vacía", "technical", "high",
"""Buenos días:

Hemos abierto la clínica a las 8 y la agenda de hoy sale completamente
vacía en todos los ordenadores y en la app. Tenemos unos 30 pacientes
citados entre seis fisioterapeutas y no sabemos quién viene ni a qué
hora. Los pacientes están llegando y los estamos atendiendo a ciegas.

Necesitamos que nos llaméis ya: 952 000 317.

Carolina Méndez
Coordinadora"""),
("es", "res-google-calendar-citas-dobles", "Dra. Inés Portillo <ines.portillo@example.org>", "Citas duplicadas en el calendario", "technical", "",
"""Hola:

Desde que activé la sincronización con Google Calendar, cada cita me
aparece dos veces en el calendario del móvil, y cuando borro una de
las dos desaparecen ambas también de vuestra agenda. ¿Cómo lo dejo
para que se vea solo una vez?

Inés Portillo
Psicóloga"""),
("es", "res-paquete-sms-aparte", "Estética Nácar <esteticanacar@example.net>", "¿23,40 de qué?", "billing", "",
"""Hola, yo pensaba que los mensajes de recordatorio iban incluidos en
la cuota. Este mes me veo 23,40 € más con el concepto "paquete SMS".
¿Desde cuándo van aparte? Nadie me avisó. Si es así prefiero quitar los
SMS y dejar solo los correos.
Bea"""),
("es", "res-me-jubilo-cierro-peluqueria", "Paqui Molina <paqui.molina@example.com>", "Me jubilo", "billing", "",
"""Hola chicos,

Después de 32 años con la tijera en la mano me jubilo a final de abril
y cierro la peluquería. Así que mayo ya no me lo paséis, ni los meses
siguientes claro.

Gracias por todo, con el programa me aclaré mejor de lo que pensaba.
Un abrazo,
Paqui"""),
("es", "res-cuota-segunda-esteticista", "Centro Belleza Alba <info@belleza-alba.example>", "Segunda agenda", "billing", "",
"""Buenas,

Voy a contratar a una segunda esteticista en junio. ¿Cuánto sube la
cuota mensual si añado otra agenda? ¿Y si la doy de alta a mitad de
mes se paga el mes entero o solo los días?

Gracias,
Alba"""),
("es", "res-clientas-reservan-por-la-noche", "Lorena Gil <lorena@barberia-lorena.example>", "Solo para contaros", "general", "",
"""Hola equipo:

Solo quería contaros que desde que tenemos la reserva online las
clientas reservan a las once de la noche desde el sofá y yo ya no
tengo que coger el teléfono con las manos llenas de tinte. Los huecos
se llenan solos. Mil gracias, de verdad.

Lorena"""),
("es", "res-expaciente-suprimir-datos", "Ramón Quiroga <ramon.quiroga@example.net>", "Supresión de datos personales", "general", "",
"""Muy señores míos:

Recibo recordatorios de citas de la Clínica Dental Arcos enviados a
través de su plataforma. Dejé de ser paciente de esa clínica hace más
de un año. Solicito la supresión de mis datos personales (nombre,
teléfono y correo) de sus sistemas, conforme al Reglamento General de
Protección de Datos, y que me confirmen por escrito cuando esté hecho.

Ramón Quiroga Salgado"""),
# ---------------- Mayorista de hostelería ----------------
("es", "may-abono-tomate-pasado", "Restaurante El Cigarral <cocina@elcigarral.example>", "pedido del martes", "billing", "",
"""Buenas, las dos cajas de tomate pera del pedido del martes venían
pasadas, medio podridas por abajo. El conductor lo vio y lo apuntó en
el albarán. ¿Nos hacéis el abono en la próxima factura?
Gracias, Quique (jefe de cocina)"""),
("es", "may-pasar-a-sesenta-dias", "Administración Grupo Tres Lunas <admin@treslunas.example>", "Condiciones de pago", "billing", "",
"""Buenos días:

Llevamos dos años trabajando con ustedes y pagando a 30 días sin un
solo retraso. Con la apertura del tercer local nos vendría muy bien
pasar a 60 días a partir del mes que viene. ¿Sería posible?

Un saludo,
Cristina Navas
Administración"""),
("es", "may-enero-pasado-dos-veces", "bar pepe <barpepe.sanlucar@example.com>", "recibo", "billing", "",
"""nos habeis pasado el recibo de enero dos veces, el dia 2 y el dia 9,
mismo importe 2.316,40. devolvednos uno porfa que nos deja la cuenta
temblando
pepe"""),
("es", "may-re-tarifa-garrafa-aceite", "Mesón Los Arcos <mesonlosarcos@example.net>", "Re: Tarifa junio", "billing", "",
"""Hola Sergio, lo he mirado y la garrafa de 5 litros de aceite de oliva
ha pasado de 29 a 36 en un mes. Entiendo que el aceite ha subido, pero
¿no hay nada más ajustado si me llevo 20 garrafas al mes?

Juanjo

El 3 jun 2024, a las 9:12, Sergio (Comercial) <comercial@hostemar.example> escribió:
> Buenos días Juanjo, te adjunto la tarifa de junio. Cualquier duda me
> dices.
> Sergio"""),
("es", "may-reparto-martes-no-lunes", "Casa Mariano <casamariano@example.com>", "Día de reparto", "general", "",
"""Hola, desde este mes cerramos los lunes por descanso del personal.
¿Podríais pasar a traernos el pedido los martes por la mañana en vez
de los lunes? Si es antes de las 11 mejor.
Mariano"""),
("es", "may-restaurante-nuevo-chiclana", "Tatiana Orozco <tatiana.orozco@example.org>", "Información para nuevo cliente", "general", "",
"""Buenas tardes,

Vamos a abrir un restaurante en Chiclana en septiembre. ¿Llegáis con el
reparto hasta allí? ¿Cuál es el pedido mínimo y qué días repartís por
esa zona? Si me podéis mandar el catálogo de producto fresco y de
congelado, mejor.

Tatiana Orozco"""),
("es", "may-app-confirmar-pedido-gris", "Sushi Kaito <pedidos@sushikaito.example>", "no puedo mandar el pedido", "technical", "",
"""en la app de pedidos le doy a confirmar pedido y no pasa nada, el
boton se queda en gris. he borrado la app y la he vuelto a instalar y
igual. tengo que tener el pedido metido antes de las 18h para mañana,
os lo mando por aqui por si acaso: 4 cajas salmon, 2 arroz 10kg, 1 nori"""),
("es", "may-cristal-aceitunas-lote", "Taberna La Bodeguilla <bodeguilla@example.net>", "Cristal en aceitunas - lote L2405", "billing", "high",
"""Buenos días:

Ayer, al servir una tapa de aceitunas, una clienta se encontró un trozo
de cristal en la boca. No se lo tragó y no se hizo daño, gracias a
Dios. Abrimos el bote de 5 kg entero y hay más trozos. Es del lote
L2405 y nos quedan cinco botes sin abrir del mismo lote, que hemos
retirado.

No queremos que nos los cambiéis por otros del mismo proveedor.
Pasad a recoger los seis botes y devolvednos el importe completo.

Fina Castaño"""),
("es", "may-repartidor-grita-cocinera-encargado", "Restaurante Alborada <alborada.rest@example.com>", "Vuestro repartidor", "general", "high",
"""Quiero hablar con el encargado de logística, no con atención al
cliente. Esta mañana vuestro repartidor ha llegado a las 12:30 en lugar
de a las 9, ha dejado las cajas en mitad del paso de la cocina y
cuando mi cocinera le ha pedido que las metiera en la cámara le ha
gritado delante de todo el personal.

Espero su llamada hoy: 956 000 844.

Roberto Alcalá
Restaurante Alborada"""),
# ---------------- Coworking ----------------
("es", "cow-sala-reuniones-cuatro-horas", "Iván Recio <ivan.recio@example.com>", "Factura mayo", "billing", "",
"""Hola,

En el resumen de mayo me salen 4 horas de sala de reuniones y solo la
usé 2 (el día 7). La del día 14 la reservé y la anulé el día antes
desde la app, tengo el correo de anulación. ¿Lo podéis corregir?

Iván"""),
("es", "cow-de-puesto-fijo-a-bono", "Marta Escudero <marta.escudero@example.net>", "Cambio a partir de septiembre", "billing", "",
"""Hola equipo:

A partir de septiembre voy a trabajar desde casa tres días a la semana,
así que el puesto fijo se me queda grande. Con el bono de 8 días al mes
me basta. ¿Podéis hacer el cambio para que en septiembre ya me paséis
lo del bono?

Gracias,
Marta"""),
("es", "cow-fianza-despacho-sigue-sin-volver", "Estudio Kora <hola@estudiokora.example>", "Despacho 12", "billing", "",
"""Hola, dejamos el despacho 12 el 30 de abril y entregamos las cuatro
tarjetas de acceso en recepción. Los 300 € que dejamos al entrar
todavía no han vuelto a nuestra cuenta y ya estamos a 10 de junio.
Saludos, Kora"""),
("es", "cow-wifi-planta-dos-videollamadas", "daniel f <danielf.dev@example.com>", "wifi planta 2", "technical", "",
"""el wifi de la planta 2 se cae cada 20 minutos mas o menos y vuelve a
los 30 segundos. me he quedado colgado en tres videollamadas con
clientes esta semana. por cable no hay toma en mi mesa. alguien lo
puede mirar?"""),
("es", "cow-tarjeta-no-abre-portal", "Sofía Bermejo <sofia.bermejo@example.org>", "Acceso", "technical", "",
"""Buenos días, desde ayer mi tarjeta de acceso no abre la puerta de la
calle (se pone la luz roja), pero la de la planta sí la abre. Hoy he
tenido que esperar a que saliera alguien para entrar. Soy del puesto
24.
Sofía"""),
("es", "cow-olor-gas-cocina-comun", "Arturo Ledesma <arturo.ledesma@example.net>", "Cocina", "technical", "high",
"""Hola,

Os aviso de que en la cocina común de la tercera planta huele a gas
desde esta mañana, sobre todo al lado de la placa. Nadie la ha usado.
He abierto la ventana y he puesto un papel en la puerta para que no
encienda nadie nada. No sé dónde está la llave de paso.

Arturo (puesto 31)"""),
("es", "cow-desayuno-networking-no-miembros", "Claudia Rey <claudia.rey@example.com>", "Desayuno del jueves", "general", "",
"""Hola, he visto en Instagram que el jueves hacéis un desayuno de
networking. ¿Puedo ir aunque no sea miembro del espacio? Estoy pensando
en apuntarme y me vendría bien conocer el ambiente.
Claudia"""),
("es", "cow-recogida-paquetes-recepcion", "Gabriel Soto <gabriel.soto@example.net>", "Paquetes", "general", "",
"""Buenas, ¿en recepción pueden recogerme paquetes cuando no estoy? Tengo
puesto fijo pero vengo lunes, miércoles y viernes, y los repartidores
siempre llegan el día que no estoy.
Gracias, Gabriel"""),
# ---------------- Agencia inmobiliaria y alquileres ----------------
("es", "alq-caldera-e133-sin-agua-caliente", "Verónica Lago <veronica.lago@example.com>", "Piso calle Goya 41, 2ºA", "technical", "",
"""Hola:

Desde el viernes no tenemos agua caliente en el piso de la calle Goya.
La caldera marca E133 en la pantalla. He probado a rearmarla como pone
en el manual y vuelve a salir el mismo código a los pocos segundos. La
calefacción tampoco arranca.

¿Podéis mandar a alguien? Estoy en casa por las tardes.

Verónica Lago"""),
("es", "alq-mancha-techo-bano-crece", "Omar Benali <omar.benali@example.net>", "mancha en el baño", "technical", "",
"""Hola, en el techo del baño ha salido una mancha de humedad que cada
semana es más grande. Creo que viene del piso de arriba porque justo
encima tienen su baño. Ya ha empezado a caer pintura. Os mando fotos si
queréis.
Omar, piso 3B de Av. del Puerto 12"""),
("es", "alq-enchufe-cocina-chispas", "Carmen Arriaga <carmen.arriaga@example.org>", "Enchufe de la cocina", "technical", "high",
"""Buenas tardes:

Esta mañana, al enchufar el hervidor, el enchufe de la cocina ha hecho
chispas y se ha puesto negro alrededor. He bajado el diferencial de la
cocina y ahora no tengo nevera, pero prefiero eso. El resto de la casa
tiene luz.

Les agradecería que viniera un electricista lo antes posible.

Carmen Arriaga
Inquilina de C/ Mayor 8, 1.º izq."""),
("es", "alq-fianza-dos-meses-juzgado", "Pablo y Lidia <pablo.lidia@example.com>", "Fianza piso Calle Sol 3", "billing", "high",
"""Buenos días:

Entregamos las llaves del piso de la calle Sol el 31 de marzo. El piso
se quedó perfecto, como consta en el acta de entrega que firmó su
compañero, con fotos. Han pasado más de dos meses y la fianza de
1.400 € sigue sin devolverse. Nadie contesta a nuestros correos.

Si no recibimos el importe en 10 días, presentaremos una demanda en el
juzgado para reclamarla con los intereses.

Pablo Serrano y Lidia Vega"""),
("es", "alq-actualizacion-renta-indice", "Jesús Ortega <jesus.ortega@example.net>", "Carta de actualización de renta", "billing", "",
"""Buenas:

En la carta me dicen que la renta pasa de 850 a 912 € al mes por la
actualización anual. Según mi contrato se actualiza con el IPC y, por lo
que he visto, eso serían unos 880. ¿Qué índice han aplicado? ¿Me pueden
enviar el cálculo?

Jesús Ortega"""),
("es", "alq-junio-domiciliado-y-transferido", "Lucía Benítez <lucia.benitez@example.com>", "junio", "billing", "",
"""Hola, yo os mandé el alquiler de junio por transferencia el día 1 como
todos los meses, y el día 5 me habéis cogido también el recibo
domiciliado. O sea que junio lo he pagado dos veces. No sabía que
habíais puesto domiciliación. ¿Me devolvéis uno de los dos y me decís
cómo tengo que pagar a partir de ahora?
Lucía"""),
("es", "alq-visita-piso-ruzafa-mascota", "Hugo Miralles <hugo.miralles@example.org>", "Piso Ruzafa", "general", "",
"""Hola, he visto el anuncio del piso de dos habitaciones en Ruzafa por
950 al mes. ¿Se puede ver el sábado por la mañana? Y otra pregunta:
tengo un perro pequeño, ¿el propietario acepta mascotas?
Gracias, Hugo"""),
("es", "alq-pareja-entra-a-vivir", "Andrea Fuster <andrea.fuster@example.net>", "Pregunta sobre el contrato", "general", "",
"""Hola, mi pareja se viene a vivir conmigo al piso a partir de julio.
¿Hay que añadirla al contrato de alquiler o basta con avisar? Si hay
que firmar algo, ¿tenemos que ir los dos a la oficina?
Andrea Fuster - Calle Ángel Guimerà 22, 4º"""),
("es", "alq-vecino-ruido-madrugada", "Domingo Rivas <domingo.rivas@example.com>", "Vecino del 5ºC", "general", "",
"""Buenos días,

Ustedes gestionan también el piso de encima del mío, el 5.º C. Desde que
entraron los nuevos inquilinos hay fiestas casi todos los fines de
semana hasta las cinco de la mañana. He hablado con ellos dos veces con
buenas palabras y no ha cambiado nada. ¿Pueden hablar ustedes con
ellos?

Domingo Rivas (4.º C)"""),
# ---------------- Red de carga de vehículos eléctricos ----------------
("es", "ev-tarjeta-rfid-luz-roja-tordesillas", "Alfonso Nieto <alfonso.nieto@example.com>", "Cargador Tordesillas", "technical", "",
"""Hola, el punto de carga de la estación de servicio de Tordesillas
(el de la izquierda) no reconoce mi tarjeta, se pone la luz roja y
pita. Con la app tampoco arrancó. Tuve que irme con el 9 % a buscar
otro. En el de Medina la misma tarjeta funcionó sin problema.
Alfonso"""),
("es", "ev-sesion-sin-un-kwh-devolver", "Teresa Ballester <teresa.ballester@example.net>", "Sesión del 12/06", "billing", "",
"""Hola:

El día 12 inicié una carga en el punto de la calle Colón y a los dos
minutos la app puso "sesión finalizada" sin que el coche hubiera
cargado nada (0,0 kWh en el propio coche). Aun así me habéis pasado
18,40 €. Quiero que me devolváis ese importe.

Teresa"""),
("es", "ev-retienen-cincuenta-cada-carga", "Kevin Duarte <kevin.duarte@example.org>", "los 50 euros", "billing", "",
"""Hola, cada vez que cargo sin la app me retienen 50 € en la tarjeta.
Luego gasto 12 o 15 y el resto tarda una semana en volver. El del
sábado, los 38 que sobraban todavía no han vuelto. Es normal esto?
Kevin"""),
("es", "ev-conector-plastico-derretido", "Esteban Gallardo <esteban.gallardo@example.com>", "Punto 3 - C.C. Las Dunas", "technical", "high",
"""Buenas noches:

Lo comunico para que lo revisen. El conector tipo 2 del punto 3 del
aparcamiento del centro comercial Las Dunas tiene el plástico derretido
por un lado y, al desenchufar hoy, la manguera estaba muy caliente y
olía a quemado. Mi coche no ha sufrido nada, que yo sepa. No he vuelto
a usarlo y he dejado el cable colgado en su sitio.

Esteban Gallardo"""),
("es", "ev-app-mapa-en-blanco", "Noa Castells <noa.castells@example.net>", "app", "technical", "",
"""Desde la última actualización la app se queda con el mapa en blanco
(solo se ve el fondo gris) y no puedo buscar cargadores. He borrado
caché, reinstalado... nada. Android 14, Pixel 7.
Noa"""),
("es", "ev-vendi-el-electrico-tarifa-plana", "Manuel Carmona <manuel.carmona@example.com>", "Tarifa plana", "billing", "",
"""Hola. He vendido el coche eléctrico y me he pasado a uno de gasolina
(cosas de la vida), así que la tarifa plana de 29 € al mes ya no me
sirve para nada. No quiero que se me vuelva a renovar el mes que viene.
Manuel"""),
("es", "ev-cooperativa-taxis-cargadores-base", "Cooperativa Taxi Verde <flota@taxiverde.example>", "Ningún cargador de la base funciona", "technical", "high",
"""Buenos días:

Desde las 6 de la mañana ninguno de los 12 cargadores que tenéis
instalados en nuestra base de la calle Industria arranca: en la
pantalla sale "Fuera de servicio - sin conexión". Tenemos 40 taxis
eléctricos, la mitad con menos del 20 %, y los conductores no pueden
salir a trabajar.

Llamad a la base en cuanto leáis esto: 963 000 555.

Vicente Llorca
Jefe de flota"""),
("es", "ev-cargadores-leon-capital", "Sara Fidalgo <sara.fidalgo@example.org>", "¿León?", "general", "",
"""Hola, ¿tenéis previsto poner cargadores rápidos en León capital? Vivo
allí y ahora mismo el vuestro más cercano me queda a 40 km. Me
encantaría poder usar vuestra red también en casa.
Sara"""),
# ---------------- App de taxi y VTC ----------------
("es", "taxi-aeropuerto-dos-movimientos", "Raquel Ibarra <raquel.ibarra@example.com>", "viaje del sábado", "billing", "",
"""Hola, del viaje del sábado del aeropuerto a casa me aparecen dos
movimientos de 14,60 en la tarjeta. Un solo viaje, dos veces el mismo
dinero. Os adjunto captura del banco.
Raquel"""),
("es", "taxi-estimado-22-final-37", "Fabián Acosta <fabian.acosta@example.net>", "Viaje 8F2K-771", "billing", "",
"""Buenas noches:

La app me indicó un precio estimado de 22 € de Atocha a Chamartín.
Al terminar me han pasado 37 €. El conductor cogió la M-30 "porque
había obras" y dio una vuelta enorme. No me parece justo pagar 15 €
más por un desvío que yo no pedí. Les pido que me ajusten el viaje al
precio estimado.

Fabián Acosta"""),
("es", "taxi-mochila-portatil-asiento", "Joaquín Peña <joaquin.pena@example.org>", "me deje una mochila", "general", "",
"""hola me deje una mochila negra en el asiento de atras del coche que
me llevo anoche de Gran Via a Moncloa sobre las 23:40, un toyota
blanco. dentro va el portatil del trabajo. el conductor se llamaba
Abdel segun la app. como puedo recuperarla?? 
gracias Joaquin 622 000 418"""),
("es", "taxi-conductor-olia-alcohol", "Valeria Montes <valeria.montes@example.com>", "Sobre el conductor del viaje de anoche", "general", "high",
"""Hola:

Anoche, sobre la una, cogí un coche de su app desde la calle Alcalá.
El conductor olía mucho a alcohol, se saltó un semáforo en rojo y en la
M-30 iba haciendo eses entre carriles. Le pedí que parara y me bajé en
cuanto pude. No me pasó nada, pero creo que no debería estar
conduciendo con pasajeros.

La matrícula y el nombre están en el historial del viaje de las 01:07.

Valeria Montes"""),
("es", "taxi-app-pone-calle-de-al-lado", "Iker Zubiri <iker.zubiri@example.net>", "Ubicación", "technical", "",
"""Kaixo,

Desde hace una semana la app me pone el punto de recogida en la calle
paralela a la mía, y los conductores van allí. Google Maps en el mismo
móvil me sitúa bien. Si arrastro el pin a mano, al confirmar vuelve a
saltar a la otra calle.

Iker"""),
("es", "taxi-sms-codigo-no-llega", "mercedes lopez <merche.lopez@example.com>", "no puedo entrar en la aplicacion", "technical", "",
"""no me llega el mensaje con el codigo para entrar. le doy a reenviar y
nada. el numero esta bien puesto. ayer me funcionaba"""),
("es", "taxi-propina-que-no-deje", "Germán Iglesias <german.iglesias@example.org>", "Propina", "billing", "",
"""Hola, en el viaje del martes no dejé propina (el conductor fue
bastante borde, la verdad) y en el recibo aparecen 3 € de propina. No
sé de dónde ha salido. ¿Me los quitáis?
Germán"""),
("es", "taxi-cuenta-empresa-factura-agrupada", "Administración Ekilab <administracion@ekilab.example>", "Cuenta de empresa", "billing", "",
"""Buenos días:

Tenemos cuenta de empresa con ustedes para los desplazamientos del
personal. ¿Sería posible recibir una única factura mensual con todos
los viajes del mes, en lugar de una por trayecto? Para contabilidad son
más de 60 facturas al mes.

Gracias,
Ainara Etxebarria"""),
# ---------------- Trasteros ----------------
("es", "tras-de-59-a-71-sin-aviso", "Bernardo Salas <bernardo.salas@example.com>", "Trastero 114", "billing", "",
"""Hola:

Llevo tres años con el trastero 114 de 4 m² pagando 59 € al mes y este
mes me han pasado 71 €. No he recibido ningún aviso. ¿Es un error o es
una subida? Si es una subida, me parece que tendrían que haber
avisado antes.

Bernardo Salas"""),
("es", "tras-vacio-dejo-candado-abierto", "Celia Duran <celia.duran@example.net>", "trastero 207", "billing", "",
"""Hola, ya he sacado todo del 207. El día 30 dejo el candado abierto
colgado de la puerta como me dijo el chico de recepción. El mes que
viene ya no me paséis nada.
Muchas gracias, Celia"""),
("es", "tras-codigo-porton-no-funciona", "Ricardo Vela <ricardo.vela@example.com>", "No puedo entrar al recinto", "technical", "",
"""Buenas, desde ayer por la tarde el código del portón del recinto no
funciona: lo marco, pita tres veces y se queda en rojo. Es el mismo
código de siempre. Hoy he tenido que esperar a que entrara otro cliente
para poder pasar.
Ricardo, trastero 058"""),
("es", "tras-gotera-cajas-mojadas", "Olga Serrano <olga.serrano@example.org>", "Gotera en el trastero 331", "technical", "",
"""Hola:

No escribo para pedir ninguna compensación, que conste. Pero en el
trastero 331 cae agua del techo cuando llueve: el sábado encontré dos
cajas de libros empapadas y un charco en el suelo. Las he cambiado de
sitio. Solo quiero que arreglen la gotera antes de que vuelva a llover.

Olga Serrano"""),
("es", "tras-acceso-domingos", "Pedro Lozano <pedro.lozano@example.net>", "Domingos", "general", "",
"""¿Se puede acceder a los trasteros los domingos? En la web solo veo el
horario de oficina.
Gracias"""),
("es", "tras-tienda-online-porton-bloqueado", "Pedidos Cerámica Azahar <pedidos@ceramica-azahar.example>", "Portón bloqueado - no podemos sacar mercancía", "technical", "high",
"""Hola:

Somos una tienda online y tenemos todo el stock en tres de vuestros
trasteros (201, 202 y 203). Desde ayer a las 17:00 el portón del
recinto no abre con ningún código, tampoco con el de la recepcionista,
que no está hoy. Tenemos 85 pedidos por preparar que tendrían que
salir hoy con la mensajería y no podemos llegar a la mercancía.

Necesitamos que alguien venga a abrir hoy. 611 000 372.

Paula Azahar"""),
("es", "tras-piano-vertical-temperatura", "Elisa Montero <elisa.montero@example.com>", "Una consulta", "general", "",
"""Hola, tengo que guardar un piano vertical unos seis meses mientras
reformamos la casa. ¿Cabe en el trastero de 3 m²? ¿Tenéis alguno con
temperatura y humedad controladas? Me preocupa que se desafine o se
estropee la madera.
Elisa"""),
("es", "tras-acceso-bloqueado-recibo-pagado", "Alejandro Rivero <alejandro.rivero@example.net>", "Me han bloqueado el acceso", "billing", "high",
"""He ido esta mañana a mi trastero y el código está bloqueado. En
recepción me dicen que tengo un recibo de mayo pendiente. El recibo de
mayo está pagado, os adjunto el justificante de la transferencia del
2 de mayo, y así os lo he dicho ya por teléfono dos veces.

Tengo dentro las herramientas con las que trabajo. Quiero que me llame
hoy el encargado del centro para solucionarlo, no otra persona de
recepción. 644 000 913.

Alejandro Rivero"""),
# ---------------- Tintorería y lavandería ----------------
("es", "tint-traje-gris-no-aparece", "Luis Morán <luis.moran@example.com>", "Mi traje", "general", "",
"""Hola, llevé un traje gris de dos piezas el día 3 (ticket 4471) y
cuando fui a recogerlo el martes no lo encontraban. La chica me dijo
que lo buscarían y me llamarían, pero no me ha llamado nadie. Lo
necesito para una boda el día 22. ¿Ha aparecido?
Luis Morán"""),
("es", "tint-mancha-sigue-no-pago", "Gloria Pineda <gloria.pineda@example.net>", "Vestido de fiesta", "billing", "",
"""Hola:

Os dejé un vestido de fiesta con una mancha de maquillaje en el
escote. Me lo habéis devuelto con la mancha exactamente igual y una
etiqueta de "no se ha podido eliminar". Vale, puede pasar, pero
entonces no entiendo por qué he pagado 28 € de limpieza. Os pido que
me devolváis ese dinero.

Gloria Pineda"""),
("es", "tint-abrigo-encogido-hoja-reclamaciones", "Consuelo Aranda <consuelo.aranda@example.com>", "Abrigo encogido", "billing", "high",
"""Muy señores míos:

El abrigo de lana que les llevé el día 10 me lo devolvieron encogido
al menos dos tallas; las mangas me llegan por debajo del codo. El
abrigo costó 320 € hace un año y tengo el ticket. En la tienda me dicen
que "la etiqueta no estaba clara" y que no se hacen responsables.

Les exijo que me abonen el valor del abrigo. Si no tengo respuesta
esta semana, pediré la hoja de reclamaciones y acudiré a Consumo.

Consuelo Aranda"""),
("es", "tint-secadora-3-no-calienta", "Mateo Lara <mateo.lara@example.org>", "Lavandería autoservicio c/ Sagunto", "technical", "",
"""Hola, la secadora número 3 de la lavandería de la calle Sagunto da
vueltas pero no calienta nada, la ropa sale igual de mojada. Me ha
pasado dos semanas seguidas. Os aviso para que la miren; yo ya uso la
4.
Mateo"""),
("es", "tint-maquina-pago-se-quedo-5", "yolanda c <yoli.c@example.com>", "la maquina de pagar", "billing", "",
"""meti un billete de 5 en la maquina de pago de la lavanderia de plaza
España para la lavadora 2 y no me dio credito ni cambio ni nada. tuve
que volver a pagar con tarjeta. los 5 siguen ahi dentro digo yo. me los
podeis devolver? fue el jueves sobre las 8 de la tarde"""),
("es", "tint-lavadora-2-da-calambre", "Samuel Ortiz <samuel.ortiz@example.net>", "Lavadora 2", "technical", "high",
"""Buenas tardes,

Aviso de que la lavadora número 2 de la lavandería de la avenida de
Portugal da calambre: al tocar la puerta metálica para abrirla noté una
descarga en la mano, y a otra señora le pasó lo mismo justo después.
Hemos pegado un papel de "no usar", pero convendría que alguien la
desconectara cuanto antes.

Samuel Ortiz"""),
("es", "tint-agosto-cerrado", "Maite Rueda <maite.rueda@example.com>", "agosto", "general", "",
"""Hola! ¿Cerráis en agosto? Tengo que dejaros unas cortinas y no sé si
me da tiempo a recogerlas antes de irme de vacaciones el 2.
Maite"""),
("es", "tint-nordico-recogida-chamberi", "Álvaro Santamaría <alvaro.santamaria@example.org>", "Edredón nórdico", "general", "",
"""Buenos días, he visto en vuestra web que la limpieza de un nórdico de
150 sale por 18 €. ¿Tenéis servicio de recogida y entrega a domicilio
en Chamberí? Trabajo en horario de tienda y no llego a ir.
Un saludo, Álvaro"""),
("es", "tint-camisa-boda-vino-gracias", "Irene Castaño <irene.castano@example.net>", "¡Gracias!", "general", "",
"""Hola:

Solo quería daros las gracias. Mi marido se manchó la camisa blanca de
vino tinto en la preboda y la llevamos a las 9 de la mañana del día de
la boda. A la una estaba impecable. Y encima no nos cobrasteis el
servicio urgente. Sois unos cracks.

Irene"""),
# ---------------- Reparación de móviles y ordenadores ----------------
("es", "rep-pantalla-nueva-pulsa-sola", "Daniela Rojas <daniela.rojas@example.com>", "Pantalla cambiada", "technical", "",
"""Hola, hace 10 días me cambiasteis la pantalla del móvil. Desde ayer
la parte de abajo "pulsa sola": se abren aplicaciones, se escriben
letras... Le he quitado el protector por si era eso y sigue igual. No
se ha caído ni se ha mojado.
Daniela"""),
("es", "rep-portatil-no-enciende-tras-limpieza", "Francisco Javier Ramos <fjramos@example.net>", "Portátil recogido ayer", "technical", "",
"""Buenos días:

Ayer recogí mi portátil después de la limpieza interna y el cambio de
pasta térmica. En la tienda lo encendieron delante de mí y funcionaba.
En casa no enciende: al pulsar el botón se enciende un segundo la luz
del teclado y se apaga. Con cargador y sin él.

Francisco Javier Ramos"""),
("es", "rep-bateria-80-pagado-120", "Mónica Prado <monica.prado@example.org>", "Batería", "billing", "",
"""Hola:

Cuando dejé el móvil me dijisteis que el cambio de batería eran 80 €.
Al recogerlo me cobrasteis 120 y el chico me dijo que los otros 40 eran
"mano de obra". Nadie me habló de mano de obra aparte. Quiero que me
devolváis la diferencia.

Mónica"""),
("es", "rep-diagnostico-no-descontado", "Emilio Cortés <emilio.cortes@example.com>", "Los 25 del diagnóstico", "billing", "",
"""Buenas. Cuando llevé la tablet me cobrasteis 25 de diagnóstico y me
dijisteis que, si la reparaba con vosotros, se descontaban del total.
La reparé y en el ticket final no veo descontado nada. ¿Me lo podéis
revisar? Ticket 20931.
Emilio"""),
("es", "rep-bateria-cambiada-hinchada", "Laura Meléndez <laura.melendez@example.net>", "Móvil", "technical", "high",
"""Hola,

La batería que me pusisteis hace un mes se ha hinchado: la tapa de
atrás se ha despegado por un lado y al cargarlo esta noche el móvil se
ha puesto ardiendo. Lo he apagado y lo tengo en un plato en la cocina,
lejos de todo. No sé si es peligroso llevarlo en el bolso hasta la
tienda.

Laura Meléndez"""),
("es", "rep-movil-agua-fotos-bebe", "Tania Vicente <tania.vicente@example.com>", "Móvil mojado", "technical", "",
"""Hola, se me cayó el móvil a la bañera anoche y ya no enciende. Lo he
metido en arroz (ya sé que dicen que no sirve). Me da igual el móvil,
lo que quiero son las fotos de mi bebé, que no tenía copia. ¿Podéis
intentar recuperar los datos aunque no se pueda arreglar?
Tania"""),
("es", "rep-gracias-toni-abuelo-cargador", "Nerea Beltrán <nerea.beltran@example.org>", "Gracias a Toni", "general", "",
"""Hola:

Mi abuelo, que tiene 84 años, fue el viernes a recoger su ordenador.
Toni le explicó con toda la paciencia del mundo cómo hacer las
videollamadas con nosotros y hasta le apuntó los pasos en un papel. Y
encima no le cobró el cargador nuevo. Mi abuelo no para de hablar de
él. Gracias, de verdad.

Nerea"""),
("es", "rep-tres-semanas-quiero-al-dueno", "Ramiro Gallego <ramiro.gallego@example.com>", "Reparación 20877 - TRES SEMANAS", "technical", "high",
"""Dejé el móvil el 2 de mayo para cambiar el conector de carga. Me
dijeron 3 días. Hoy es 24 y cada vez que llamo me dicen que "falta la
pieza". Uso el móvil para trabajar (soy autónomo) y llevo tres semanas
con uno prestado que apenas funciona.

No quiero más excusas del mostrador. Quiero hablar con el dueño de la
tienda y que me diga cuándo tengo el móvil arreglado.

Ramiro Gallego"""),
# ---------------- Control de plagas ----------------
("es", "plag-cucarachas-volvieron-garantia", "Sandra Molina <sandra.molina@example.net>", "Tratamiento cucarachas", "technical", "",
"""Hola:

Vinisteis a tratar la cocina contra cucarachas el día 2 y durante dos
semanas no vimos ninguna. Desde el lunes vuelven a salir por las
noches detrás del frigorífico, pequeñitas. En el parte pone que el
tratamiento tiene garantía de tres meses. No quiero que me devolváis
nada, quiero que vuelva el técnico y acabe con ellas.

Sandra Molina"""),
("es", "plag-traspaso-restaurante-no-renovar", "Hermanos Quesada <hnosquesada@example.com>", "Contrato desratización", "billing", "",
"""Buenas tardes:

Hemos traspasado el restaurante y a partir del 1 de octubre ya no lo
llevamos nosotros. El contrato anual de desratización vence justo
entonces y no vamos a seguir, así que no lo renovéis a nuestro nombre.
Los nuevos dueños os llamarán si les interesa.

Gracias por todo,
Ángel Quesada"""),
("es", "plag-factura-visita-gestoria", "Administración Hotel Miramar <admin@hotelmiramar.example>", "Visita del día 3", "billing", "",
"""Hola, la factura de la visita de control del día 3 no nos ha llegado
y la gestoría nos la está pidiendo para cerrar el trimestre. ¿Nos la
podéis reenviar a este correo?
Gracias, Pilar - Administración"""),
("es", "plag-perro-comio-cebo-jardin", "Joaquín Arenas <joaquin.arenas@example.org>", "Mi perro se ha comido un cebo", "general", "high",
"""Buenos días:

Esta mañana nuestro perro ha sacado de debajo del seto uno de los
cebos que dejó ayer su técnico en el jardín y se lo ha comido en
parte. Ahora mismo está tranquilo, pero estamos camino del veterinario
y nos pregunta qué sustancia lleva exactamente el cebo. ¿Nos pueden
decir el nombre del producto y el principio activo lo antes posible?

Joaquín Arenas
699 000 271"""),
("es", "plag-nido-avispas-balcon", "Cristina Lafuente <cristina.lafuente@example.com>", "avispas", "general", "",
"""Hola, ¿quitáis nidos de avispas? Tengo uno del tamaño de un puño en
el techo del balcón. ¿Qué días podríais venir? Vivo en Torrejón.
Cristina"""),
("es", "plag-junio-90-septiembre-110", "Comunidad de Propietarios Las Acacias <administrador@lasacacias.example>", "Diferencia de importes", "billing", "",
"""Buenos días:

La desinsectación de los garajes de junio nos la pasaron a 90 € y la
de septiembre, exactamente el mismo tratamiento y la misma superficie,
a 110 €. ¿Nos pueden explicar a qué se debe la diferencia?

Atentamente,
Luis Beltrán
Administrador de la comunidad"""),
("es", "plag-cambiar-cita-al-jueves", "Rocío Navarro <rocio.navarro@example.net>", "cita martes", "general", "",
"""Hola, tengo cita el martes a las 10 para lo de las hormigas y al final
me toca trabajar ese día. ¿Se podría pasar al jueves a la misma hora?
Gracias!"""),
("es", "plag-ultrasonidos-luz-apagada", "Tomás Villena <tomas.villena@example.com>", "El aparato de ultrasonidos", "technical", "",
"""Hola, el aparato de ultrasonidos para ratones que me vendió vuestro
técnico tiene la luz apagada aunque esté enchufado. He probado en tres
enchufes distintos. Antes tenía una luz verde fija. ¿Hay que
resetearlo o algo?
Tomás"""),
# ---------------- Mantenimiento de piscinas ----------------
("es", "pisc-agua-verde-otra-vez", "Begoña Arrieta <begona.arrieta@example.org>", "Piscina verde", "technical", "",
"""Hola:

El técnico vino el lunes, echó producto y dejó el agua transparente.
El jueves ya estaba otra vez verdosa y con las paredes resbaladizas. La
depuradora funciona las 8 horas que dejó programadas. ¿Qué está
pasando?

Begoña Arrieta"""),
("es", "pisc-depuradora-zumbido-diferencial", "Felipe Oramas <felipe.oramas@example.com>", "Depuradora", "technical", "high",
"""Buenas,

Desde ayer la depuradora hace un zumbido fuerte al arrancar y a los
pocos segundos salta el diferencial de toda la casa. Esta mañana, al
abrir la caseta, olía a quemado. La he dejado desconectada en el
cuadro. Os escribo con calma, pero creo que conviene que la vea alguien
pronto.

Felipe Oramas"""),
("es", "pisc-comunidad-ninos-ojos-rojos", "Presidenta Residencial Las Palmeras <presidencia@residencial-palmeras.example>", "Piscina comunitaria - exceso de cloro", "technical", "high",
"""Buenas tardes:

Varios niños de la urbanización han salido hoy de la piscina con los
ojos muy rojos, picor en la piel y tos, y el agua huele muchísimo a
cloro. Desde su última visita del martes no ha tocado nadie el
dosificador. Hemos cerrado la piscina provisionalmente.

Necesitamos que vengan a revisar el dosificador y medir el agua hoy
mismo.

Aurora Medina
Presidenta de la comunidad"""),
("es", "pisc-en-invierno-solo-invernaje", "Javier Bustos <javier.bustos@example.net>", "Invierno", "billing", "",
"""Hola, en invierno no hace falta que vengáis todas las semanas. ¿Nos
podéis dejar de octubre a abril solo con el mantenimiento de invernaje
(una visita al mes) y pasarnos lo que cueste eso en vez de la cuota
completa?
Javi"""),
("es", "pisc-septiembre-una-visita-cuatro", "Elvira Caballero <elvira.caballero@example.com>", "Septiembre", "billing", "",
"""Buenos días:

En septiembre solo vino el técnico una vez (el día 4; estuvimos en casa
todo el mes y no vino nadie más) y en el cargo aparecen las cuatro
visitas. ¿Me podéis devolver las tres que no se hicieron?

Elvira"""),
("es", "pisc-facturas-a-nombre-comunidad", "Presidente C.P. Mirasierra <cp.mirasierra@example.org>", "Facturas", "billing", "",
"""Buenas tardes,

Soy el nuevo presidente de la comunidad. Las facturas del mantenimiento
de la piscina tienen que ir a nombre de la Comunidad de Propietarios
Mirasierra, con su NIF H-00456789, y no a nombre del presidente
anterior. ¿Podéis cambiarlo a partir de ahora y rehacer las de este
año?

Gracias,
Jacinto Roldán"""),
("es", "pisc-puesta-a-punto-15-junio", "Familia Ortuño <familia.ortuno@example.net>", "Puesta a punto", "general", "",
"""Hola, queremos empezar a bañarnos el 15 de junio. ¿Cuándo podéis
venir a quitar la lona y poner la piscina a punto? Nos viene bien
cualquier mañana de la primera semana de junio.
Familia Ortuño"""),
("es", "pisc-teneis-socorristas", "Manuel Peralta <manuel.peralta@example.com>", "Socorrista", "general", "",
"""Hola, además del mantenimiento, ¿ofrecéis también servicio de
socorrista para comunidades? Somos 60 vecinos y este año nos obligan a
tenerlo de julio a agosto. Si no lo hacéis, ¿conocéis a alguien?
Manuel Peralta"""),
("es", "pisc-robot-no-sube-paredes", "Lourdes Ferri <lourdes.ferri@example.net>", "robot limpiafondos", "technical", "",
"""hola, el robot limpiafondos que nos instalasteis limpia el suelo pero
ya no sube por las paredes, llega al borde y se da la vuelta. los
cepillos los he mirado y estan bien. hace falta cambiar algo?"""),
# ---------------- Audífonos ----------------
("es", "aud-pila-dura-un-dia", "Antonio Requena <antonio.requena@example.com>", "Las pilas", "technical", "",
"""Buenas:

Con los audífonos antiguos una pila me duraba una semana. Con los
nuevos que me adaptaron en abril me dura un día, a veces ni eso, y las
pilas son nuevas y del tamaño que me dijeron. El del oído izquierdo es
el que más gasta.

Antonio Requena"""),
("es", "aud-pitan-con-la-mano", "Remedios Flores <remedios.flores@example.net>", "pitido", "technical", "",
"""hola soy Remedios, los audifonos me pitan cuando me acerco la mano a
la oreja o cuando hablo por telefono, y a veces cuando me pongo el
gorro. mi hija dice que se oye desde fuera. antes no me pasaba
gracias"""),
("es", "aud-app-no-encuentra-movil-nuevo", "Gregorio Tapia <gregorio.tapia@example.com>", "Aplicación del audífono", "technical", "",
"""Hola:

Me he cambiado de móvil y la aplicación para subir y bajar el volumen
de los audífonos no los encuentra. En el móvil viejo funcionaba. He
activado el Bluetooth y he abierto y cerrado la tapa de las pilas como
dice el folleto, pero en la lista no aparecen.

Gregorio Tapia"""),
("es", "aud-mutua-factura-con-modelo", "Pilar Sastre <pilar.sastre@example.org>", "Factura para la mutua", "billing", "",
"""Buenos días:

Mi mutua me devuelve una parte del precio de los audífonos, pero me
piden una factura detallada en la que aparezca el modelo, el número de
serie de cada aparato y que fueron prescritos por un otorrino. La que me
dieron solo dice "audífonos" y el total. ¿Me pueden hacer una nueva?

Pilar Sastre"""),
("es", "aud-dos-cuotas-de-65-este-mes", "Julio Benavides <julio.benavides@example.com>", "Cuota audífonos", "billing", "",
"""Este mes en la libreta me aparecen dos cuotas de 65 € de los
audífonos, una el día 1 y otra el día 3. Yo tengo que pagar una al mes
hasta diciembre. Les agradecería que me devolvieran la de más.
Julio Benavides"""),
("es", "aud-padre-fallecido-plan-mantenimiento", "Marisol Herrera <marisol.herrera@example.net>", "Mi padre, Andrés Herrera", "billing", "",
"""Buenas tardes:

Les escribo para comunicarles que mi padre, Andrés Herrera Soto,
falleció en marzo. Tenía con ustedes el plan de mantenimiento de
12 € al mes, que se le sigue cargando en su cuenta. Les ruego que
dejen de hacerlo. Si necesitan el certificado de defunción, díganme
adónde se lo envío.

Marisol Herrera"""),
("es", "aud-revision-anual-sabado", "Carmen Linares <carmen.linares@example.com>", "revisión", "general", "",
"""Hola, creo que ya me toca la revisión anual de los audífonos (me los
pusieron en junio del año pasado). ¿Me podéis dar cita un sábado por la
mañana en el centro de la calle Mayor?
Carmen Linares"""),
("es", "aud-trato-madre-directora-centro", "Begoña Salvador <begona.salvador@example.org>", "Trato recibido por mi madre", "general", "high",
"""Buenos días:

El jueves acompañé a mi madre, de 86 años, a su cita en su centro de la
avenida de la Constitución. La audioprotesista le habló a gritos, se
rió cuando mi madre no entendió una pregunta y le dijo que "a su edad
ya no merece la pena tanta historia". Mi madre salió llorando.

Quiero hablar con la directora del centro, en persona o por teléfono,
esta misma semana.

Begoña Salvador
600 000 158"""),
# ---------------- Lentillas por suscripción ----------------
("es", "len-me-sobran-cada-dos-meses", "Noelia Crespo <noelia.crespo@example.com>", "Me sobran lentillas", "billing", "",
"""Hola! Uso las lentillas solo para ir al gimnasio y los fines de
semana, así que se me acumulan las cajas. ¿Podéis mandármelas cada dos
meses y cobrarme cada dos meses en vez de todos los meses?
Noe"""),
("es", "len-me-opere-con-laser", "Bruno Varela <bruno.varela@example.net>", "¡Adiós gafas y lentillas!", "billing", "",
"""Hola,

El mes pasado me operé de la vista con láser y todo ha salido genial,
así que ya no voy a necesitar más lentillas. Que no salga ninguna caja
más ni ningún cargo a partir de ahora.

Gracias por estos años,
Bruno"""),
("es", "len-caja-junio-nunca-llego-devolver", "Yasmina Haddad <yasmina.haddad@example.com>", "Pedido de junio", "billing", "",
"""Hola, me habéis cobrado los 34,90 € de la caja de junio y la caja no
ha llegado nunca; el seguimiento lleva tres semanas parado en "en
reparto". No me mandéis otra, que ya he comprado en la óptica para
salir del paso. Solo quiero que me devolváis ese dinero.
Yasmina"""),
("es", "len-error-500-direccion-nueva", "Diego Palacios <diego.palacios@example.org>", "No puedo cambiar la dirección", "technical", "",
"""Buenas, me he mudado y al intentar guardar la dirección nueva en "Mi
cuenta" la web da "Error 500 - Internal Server Error". Lo he intentado
desde el ordenador y desde el móvil. El próximo envío sale el día 20 y
no quiero que vaya a la casa vieja.
Diego"""),
("es", "len-lote-nuevo-ulcera-urgencias", "Marina Rosales <marina.rosales@example.net>", "Lote de lentillas LT-88213", "technical", "high",
"""Buenas tardes:

Desde que empecé la caja nueva (lote LT-88213) noté escozor al
ponérmelas. El tercer día tenía el ojo derecho tan rojo y con tanto
dolor que fui a urgencias: me han diagnosticado una úlcera corneal y
me han dicho que deje de usarlas. Con las cajas anteriores, la misma
marca y graduación, nunca me había pasado nada.

Les escribo para que revisen ese lote, porque puede haber más gente
usándolo. Conservo la caja y los blísteres que quedan.

Marina Rosales"""),
("es", "len-nueva-graduacion-oftalmologo", "Paco Guerrero <paco.guerrero@example.com>", "Graduación nueva", "general", "",
"""Hola, el oftalmólogo me ha cambiado la graduación del ojo izquierdo
(de -2,50 a -2,75). Os adjunto la receta. ¿Lo cambiáis vosotros para el
próximo envío o tengo que hacer algo en la cuenta?
Paco"""),
("es", "len-liquido-360-ml", "Lorena Sevilla <lorena.sevilla@example.org>", "Líquido", "general", "",
"""¿Vendéis el líquido único de 360 ml o solo el de 100 ml de viaje? No
lo encuentro en la web.
Gracias"""),
("es", "len-login-vuelve-al-principio", "Santiago Oliva <santiago.oliva@example.com>", "No me deja entrar", "technical", "",
"""Hola:

Cuando pongo el correo y la contraseña, la web parece que entra y a los
dos segundos me devuelve otra vez a la pantalla de inicio de sesión.
Así una y otra vez. He borrado las cookies y he probado en otro
navegador. No me sale ningún mensaje de error.

Santiago"""),
# ---------------- Seguro para mascotas ----------------
("es", "pet-factura-veterinario-seis-semanas", "Ana Belén Cuesta <anabelen.cuesta@example.net>", "Reembolso veterinario de Kira", "billing", "",
"""Hola:

Hace seis semanas mandé por la app la factura de la urgencia de Kira
(280 €, le tuvieron que sacar un hueso atascado). La solicitud sigue en
"en revisión" y no me habéis pagado nada. ¿Cuánto suele tardar?

Ana Belén"""),
("es", "pet-toby-cumple-ocho-cuota", "Ernesto Pardo <ernesto.pardo@example.com>", "Cuota de Toby", "billing", "",
"""Buenas,

Me ha llegado la renovación del seguro de Toby y pasa de 22 a 31 € al
mes. ¿Es porque ha cumplido 8 años? Nadie me explicó al contratar que
subía tanto con la edad. ¿Hay alguna modalidad más barata que pueda
tener?

Ernesto"""),
("es", "pet-luna-murio-domingo", "Carla Domínguez <carla.dominguez@example.org>", "Luna", "billing", "",
"""Hola,

Nuestra gata Luna murió el domingo, con 16 años. Estaba asegurada con
vosotros. Ya no tiene sentido seguir pagando su póliza; os agradecería
que no nos pasarais más recibos.

Carla"""),
("es", "pet-cadera-rechazada-direccion-seguros", "Gonzalo Serrano <gonzalo.serrano@example.com>", "Siniestro 77-4120 rechazado", "billing", "high",
"""Señores:

Han rechazado el reembolso de la operación de cadera de mi perro
(1.900 €) alegando que era una "enfermedad preexistente". El informe
veterinario que les envié dice claramente que la cojera empezó ocho
meses después de contratar la póliza.

He consultado con un abogado. Si no revisan el expediente y me abonan
el importe en 15 días, presentaré una reclamación ante la Dirección
General de Seguros y, si hace falta, iremos a juicio.

Gonzalo Serrano"""),
("es", "pet-app-factura-se-queda-99", "Leire Urrutia <leire.urrutia@example.net>", "App", "technical", "",
"""hola, al subir la foto de la factura del veterinario en la app, la
barra se queda en 99 % y luego sale "ha ocurrido un error, inténtalo
más tarde". llevo tres días intentándolo con wifi y con datos. es un
samsung.
leire"""),
("es", "pet-cambio-domicilio-telefono", "Ismael Toledo <ismael.toledo@example.com>", "Cambio de datos", "general", "",
"""Hola, me he mudado. La nueva dirección es C/ Río Tajo 9, 2.º B, 45007
Toledo, y el teléfono nuevo 677 000 512. La póliza es la de mi perro
Coco. ¿Me lo podéis actualizar?
Gracias, Ismael"""),
("es", "pet-cachorro-vacunas-cubre", "Violeta Arias <violeta.arias@example.org>", "Pregunta antes de contratar", "general", "",
"""Hola:

Acabamos de adoptar un cachorro de 3 meses y estamos mirando seguros.
¿Vuestro seguro cubre las vacunas y la castración, o solo accidentes y
enfermedades? ¿Y desde qué edad se puede asegurar?

Violeta"""),
("es", "pet-cambio-banco-recibo-devuelto", "Rodrigo Alba <rodrigo.alba@example.com>", "Recibo de junio", "billing", "",
"""Hola, he cambiado de banco y el recibo de junio se ha devuelto porque
la cuenta vieja ya estaba cerrada. ¿Cómo os pago ese recibo? Y os paso
el IBAN nuevo para los siguientes: ES00 0000 0000 0000 0000 0000.
Rodrigo"""),
("es", "pet-tres-polizas-banco-devuelve", "Inmaculada Soler <inma.soler@example.net>", "Tres cargos", "billing", "high",
"""Tengo una sola póliza con ustedes, la de mi perra Nala. Este mes me
han cargado tres recibos de 27,50 €. Llamé y me dijeron que lo
miraban, y hace diez días de eso. He pedido a mi banco que devuelva los
dos cargos que no corresponden. Se lo comunico para que no vuelvan a
pasarlos.

Inmaculada Soler"""),
# ---------------- Escuela de equitación ----------------
("es", "hip-bono-seis-clases-muneca", "Patricia Lozano <patricia.lozano@example.com>", "Bono de clases", "billing", "",
"""Hola:

Me rompí la muñeca esquiando (nada que ver con vosotros) y no voy a
poder montar en al menos tres meses. Me quedan 6 clases del bono de 10
que pagué en enero. ¿Me devolvéis lo que corresponde a esas 6 o me las
dejáis a favor hasta que vuelva? Prefiero el dinero si es posible.

Patricia"""),
("es", "hip-marta-prefiere-baloncesto", "Raúl Gutiérrez <raul.gutierrez@example.net>", "Marta - sábados", "billing", "",
"""Hola Carmen, Marta nos ha dicho que ya no quiere montar, que ahora le
ha dado por el baloncesto con sus amigas. Así que a partir de octubre no
contéis con ella los sábados y no hace falta que nos paséis la
mensualidad. Dale las gracias a Rocío de su parte, que la quiere
mucho.
Raúl"""),
("es", "hip-ninos-sin-casco-coz", "Amaia Etxeberria <amaia.etxeberria@example.org>", "Seguridad en la pista pequeña", "general", "high",
"""Buenas tardes:

El domingo, mientras esperaba a mi hijo, vi a tres niños de unos 6 años
montando en la pista pequeña sin casco, con una monitora que estaba a
la vez atendiendo el teléfono. Uno de los ponis dio una coz al que iba
detrás y le pasó a un palmo de la cara del niño.

No es una queja sobre mi hijo, a él siempre le ponen el casco. Pero
creo que deben revisarlo antes de que pase algo grave.

Amaia"""),
("es", "hip-app-sin-plazas-hay-hueco", "Silvia Moya <silvia.moya@example.com>", "no me deja reservar", "technical", "",
"""hola, la app de reservas me dice "sin plazas" en la clase del jueves
a las 18 pero la monitora me ha dicho en persona que hay dos huecos.
me pasa con todas las clases de la semana que viene, hasta las que
estan vacias. he cerrado sesion y vuelto a entrar
silvia"""),
("es", "hip-campamento-julio-nueve-anos", "Fernando Maldonado <fernando.maldonado@example.net>", "Campamento de verano", "general", "",
"""Buenas, ¿hacéis campamento de verano en julio? Mi hijo tiene 9 años y
nunca ha montado a caballo. ¿Hay que llevar algo especial, botas o
casco, o se lo prestáis vosotros?
Gracias, Fernando"""),
("es", "hip-pupilaje-280-a-320-pienso", "Cristina Ayala <cristina.ayala@example.org>", "Re: Nuevas tarifas de pupilaje", "billing", "",
"""Hola Javier:

Entiendo que el pienso ha subido, pero pasar de 280 a 320 € al mes de
golpe son 40 € más. ¿No se podría hacer la subida en dos veces, o
dejarme a mí traer el heno, que lo consigo más barato?

Cristina (yegua Canela, box 14)

El 1 sept 2024, a las 10:02, Hípica El Encinar <administracion@hipica-encinar.example> escribió:
> Estimados propietarios: a partir del 1 de octubre la pensión
> completa pasa a 320 € mensuales debido al aumento del precio del
> pienso y la paja.
> La dirección"""),
# ---------------- Instrumentos musicales ----------------
("es", "mus-guitarra-trastea-sexta", "Adrián Pizarro <adrian.pizarro@example.com>", "Guitarra eléctrica", "technical", "",
"""Hola:

La guitarra eléctrica que compré la semana pasada trastea en la sexta
cuerda entre los trastes 5 y 7: suena un zumbido metálico en vez de la
nota. Que quede claro que no la quiero devolver, me encanta; lo que
quiero es que alguien le haga un ajuste. ¿Tenéis luthier en la tienda?

Adrián"""),
("es", "mus-alquiler-violin-descontar", "Esther Blázquez <esther.blazquez@example.net>", "Violín de alquiler", "billing", "",
"""Buenos días,

Llevamos 10 meses alquilando el violín de 1/2 para mi hija (18 € al
mes). Ahora queremos comprarlo. ¿Se descuenta lo que ya hemos pagado de
alquiler del precio de compra? ¿Cuánto nos quedaría por pagar?

Esther"""),
("es", "mus-piano-digital-tres-teclas", "Guillermo Saura <guillermo.saura@example.org>", "Piano digital", "technical", "",
"""Hola, en el piano digital que nos llevasteis a casa en marzo han
dejado de sonar tres teclas seguidas de la octava central (re, mi y
fa). Se hunden normal pero no suena nada. Con auriculares pasa igual.
Guillermo"""),
("es", "mus-amplificador-chispazo-fusible", "Pablo Mena <pablo.mena@example.com>", "Amplificador", "technical", "high",
"""Buenas:

Ayer al encender el amplificador de 100 W que os compré en abril salió
un chispazo por la parte de atrás, justo donde entra el cable, y olió a
quemado. Se apagó solo. Lo he dejado desenchufado. Tengo bolo el
sábado pero me da miedo volver a enchufarlo.

Pablo"""),
("es", "mus-bateria-adultos-tardes", "Encarnación Vidal <encarnacion.vidal@example.net>", "Clases", "general", "",
"""Hola, tengo 52 años y siempre he querido aprender a tocar la batería.
¿Dais clases para adultos que empiezan de cero? Solo podría por la
tarde, a partir de las 7.
Encarna"""),
("es", "mus-saxo-doce-meses", "Marcos Aranda <marcos.aranda@example.com>", "saxo alto", "billing", "",
"""Hola, me interesa el saxo alto de 1.150 € que tenéis en la web. ¿Se
puede pagar en 12 meses sin intereses? Y si es así, ¿se hace con
tarjeta de crédito o con alguna financiera?
Marcos"""),
# ---------------- Alquiler de esquí y snowboard ----------------
("es", "ski-fijacion-se-solto-pista", "Nacho Albarracín <nacho.albarracin@example.net>", "Fijación suelta", "technical", "high",
"""Buenas tardes:

Alquilé ayer unos esquís en su tienda de Pradollano. A media mañana,
bajando una roja, la fijación del esquí izquierdo se soltó sola, sin
caída previa. Me caí de lado a bastante velocidad; solo tengo un golpe
en el hombro, pero podía haber sido mucho peor. Por la tarde el
técnico de la estación me dijo que la fijación estaba mal ajustada
para mi peso.

Revisen, por favor, cómo están ajustando las fijaciones.

Nacho Albarracín"""),
("es", "ski-reserva-web-paso-tallas", "Marta Cifuentes <marta.cifuentes@example.com>", "reserva online", "technical", "",
"""Hola, intento reservar el alquiler para 4 personas (2 adultos y 2
niños) para el puente y la web se queda cargando en el paso de las
tallas de las botas. Lo he intentado en el móvil y en el ordenador. Si
pongo solo un adulto sí pasa.
Marta"""),
("es", "ski-re-fianza-casco", "Lucas Ferrero <lucas.ferrero@example.org>", "Re: Alquiler 5530", "billing", "",
"""Pues ya han pasado los "5 a 7 días hábiles" y los 50 € de la fianza
del casco siguen sin aparecer en mi tarjeta. El casco lo devolví en
perfecto estado el día 2.

Lucas

> Hola Lucas, la fianza se libera al devolver el material. Dependiendo
> de tu banco puede tardar de 5 a 7 días hábiles en verse.
> Un saludo, Alquiski Sierra"""),
("es", "ski-estacion-cerrada-viento", "Familia Redondo <familia.redondo@example.com>", "Día 2 de alquiler", "billing", "",
"""Hola:

Pagamos tres días de alquiler de equipos para cuatro personas. El
segundo día la estación no abrió por el viento y los esquís se quedaron
en el hotel. ¿Nos podéis devolver ese día, o al menos dejarlo como
saldo para otra vez?

Gracias,
Familia Redondo"""),
("es", "ski-guantes-nina-banco", "Verónica Beltrán <veronica.beltran@example.net>", "guantes", "general", "",
"""Hola, creo que el sábado me dejé los guantes de mi hija en el banco
donde nos probamos las botas. Son rosas con un unicornio. Si los
encontráis, ¿me los podéis guardar? Vuelvo en dos semanas.
Vero"""),
("es", "ski-temporada-ninos-cambio-talla", "Ignacio Guerrero <ignacio.guerrero@example.com>", "Alquiler de temporada niños", "general", "",
"""Buenos días:

¿Tenéis alquiler de temporada completa para niños? Tengo dos de 7 y 10
años que están creciendo a lo loco. Si a mitad de temporada se les
quedan pequeñas las botas, ¿se pueden cambiar por una talla más?

Ignacio"""),
# ---------------- Parque temático ----------------
("es", "par-error-pago-dos-juegos-entradas", "Sergio Castillo <sergio.castillo@example.com>", "Tengo las entradas repetidas", "billing", "",
"""Hola:

Al pagar las 4 entradas para el 15 de agosto la web dio un error, así
que volví a comprarlas. Ahora tengo dos correos con dos juegos de
entradas y dos cargos de 156 € en la tarjeta. Solo vamos a ir una vez,
claro. ¿Me anuláis un juego y me devolvéis el dinero?

Sergio"""),
("es", "par-pase-anual-mudanza-galicia", "Natalia Herrero <natalia.herrero@example.org>", "Pase anual familia", "billing", "",
"""Hola, nos mudamos a Galicia en septiembre por trabajo, así que este
año el pase anual ya no tiene sentido para nosotros. He visto que se
renueva solo en octubre; que no se renueve, por favor. Lo hemos
disfrutado muchísimo estos tres años.
Natalia"""),
("es", "par-hamburguesa-frutos-secos-reaccion", "Eduardo Cano <eduardo.cano@example.net>", "Reacción alérgica en el restaurante Pirata", "general", "high",
"""Buenas noches:

Hoy hemos comido en el restaurante Pirata del parque. Mi hijo de 8 años
es alérgico a los frutos secos. Antes de pedir preguntamos y nos
enseñaron la ficha de alérgenos: la hamburguesa no llevaba frutos
secos. A los diez minutos empezó con la boca hinchada y ronchas, y le
tuvimos que poner la adrenalina. Ha acabado en urgencias; ya está bien.

Queremos saber qué lleva exactamente esa salsa y que revisen la ficha
antes de que le pase a otro niño.

Eduardo Cano"""),
("es", "par-qr-entradas-pantalla-blanca", "Lidia Ramos <lidia.ramos@example.com>", "las entradas no se ven", "technical", "",
"""hola, en la app, cuando pulso en mis entradas para ver el QR sale la
pantalla en blanco. vamos mañana!! lo he intentado en mi movil y en el
de mi marido con la misma cuenta. se pueden imprimir desde algun
sitio?"""),
("es", "par-portal-grupos-120-alumnos", "Colegio San Lorenzo <secretaria@colegio-sanlorenzo.example>", "Excursión mañana - no se generan las entradas", "technical", "high",
"""Buenos días:

Mañana venimos al parque con 120 alumnos de primaria y 10 profesores.
La reserva está pagada desde abril (grupo G-2291), pero el portal de
grupos no genera las entradas: al pulsar "Descargar entradas" sale
"Error al generar el documento". Sin entradas no podemos pasar los
tornos y los autobuses salen a las 8:00.

Necesitamos una solución hoy. Teléfono de la secretaría: 925 000 640.

Mercedes Osorio
Coordinadora de actividades"""),
("es", "par-silla-ruedas-atracciones", "Joaquín Salgado <joaquin.salgado@example.org>", "Accesibilidad", "general", "",
"""Hola, iremos al parque en julio con mi hermano, que va en silla de
ruedas. ¿Qué atracciones puede usar? ¿Hay algún acceso para no tener
que hacer la cola normal con la silla?
Gracias, Joaquín"""),
("es", "par-pack-parking-barrera-12", "Olivia Marín <olivia.marin@example.com>", "Parking", "billing", "",
"""Hola, compramos el pack "Día completo + parking" y al salir la
barrera del aparcamiento nos cobró 12 €. El de la caseta nos dijo que
escribiéramos aquí. Os mando el ticket del parking y la reserva
R-77120.
Olivia"""),
# ---------------- Festival de música ----------------
("es", "fest-pulsera-cashless-sobraron", "Álex Moreno <alex.moreno@example.com>", "pulsera", "billing", "",
"""buenas!! me sobraron 23,50 en la pulsera cashless del festi. como los
recupero? en la web no encuentro donde pedirlo y el plazo dicen que
acaba el 30
alex"""),
("es", "fest-domingo-cancelado-tormenta", "Beatriz Ortega <beatriz.ortega@example.net>", "Abono de tres días", "billing", "",
"""Hola:

Compré el abono de tres días por 145 €. El domingo se suspendió por la
tormenta y no tocó nadie. ¿Vais a devolver la parte proporcional del
domingo? No he visto ningún comunicado sobre eso.

Beatriz"""),
("es", "fest-app-horarios-sin-cobertura", "Jon Aguirre <jon.aguirre@example.org>", "App del festival", "technical", "",
"""Hola, en el recinto no hay cobertura casi nunca y la app no enseña
los horarios si no tiene conexión: sale el círculo de cargando todo el
rato. ¿No se pueden descargar antes? He buscado la opción y no la veo.
Jon"""),
("es", "fest-avalancha-valla-escenario-dos", "Rebeca Lorenzo <rebeca.lorenzo@example.com>", "Lo que pasó en el escenario 2", "general", "high",
"""Hola:

El sábado, en el concierto de la 1:00 en el escenario 2, hubo una
avalancha contra la valla de delante. Vi a al menos dos chicas
desmayadas a las que sacaron por encima de la valla, y durante varios
minutos no había nadie de seguridad en esa zona. Yo salí de allí con
una costilla dolorida y mucho miedo.

Les escribo para que lo revisen para la próxima edición: hacía falta
más personal y otra valla de separación.

Rebeca Lorenzo"""),
("es", "fest-camping-con-perro", "Mario Santos <mario.santos@example.net>", "Camping", "general", "",
"""¿Se puede llevar perro al camping del festival? Es pequeño y muy
tranquilo. Si no se puede, ¿hay algún sitio cerca donde lo cuiden?
Mario"""),
("es", "fest-entrada-nominativa-amiga", "Carolina Peña <carolina.pena@example.org>", "Cambio de nombre en la entrada", "general", "",
"""Hola, compré dos entradas y una está a nombre de mi hermano, que al
final no puede venir. ¿Se puede poner a nombre de una amiga? Ella
tiene su DNI a mano para lo que haga falta.
Carolina"""),
# ---------------- App de idiomas ----------------
("es", "idi-racha-200-dias-offline", "Noelia Prieto <noelia.prieto@example.com>", "Mi racha", "technical", "",
"""Hola:

Hice la lección de ayer en el avión, sin conexión, y la app me dijo que
la guardaría al volver a tener internet. Al aterrizar la lección no
aparece y la racha de 200 días ha vuelto a 0. ¿Se puede recuperar?

Noelia"""),
("es", "idi-pronunciacion-no-reconoce-voz", "Carlos Vázquez <carlos.vazquez@example.net>", "micrófono", "technical", "",
"""los ejercicios de pronunciación no reconocen nada de lo que digo,
siempre sale "no te hemos oído". el micro funciona en whatsapp y en
las llamadas, y la app tiene el permiso del micrófono activado. iphone
12."""),
("es", "idi-re-creia-que-era-prueba", "Sonia Rubio <sonia.rubio@example.com>", "Re: Tu suscripción anual está activa", "billing", "",
"""¿Cómo que activa? Yo me apunté a la prueba gratis de 7 días y ahora
veo 89,99 € menos en la cuenta. No sabía que al terminar pasaba al plan
anual. No la he usado desde el segundo día. ¿Me lo podéis devolver?

Sonia

> ¡Hola, Sonia! Tu suscripción anual Premium está activa hasta el
> 14/05/2025. ¡Sigue practicando cada día!"""),
("es", "idi-plan-familiar-solo-yo", "Andrés Castro <andres.castro@example.org>", "Plan familiar", "billing", "",
"""Hola, mis hijos ya no usan la app (se han pasado a otra que les manda
el cole), así que el plan familiar nos sobra. Quiero seguir yo solo con
mi cuenta. ¿Podéis pasarme al plan individual desde la próxima
renovación?
Andrés"""),
("es", "idi-progreso-tablet-movil-distinto", "Gema Rosales <gema.rosales@example.com>", "Progreso diferente", "technical", "",
"""Hola, tengo la app en el móvil y en la tablet con la misma cuenta.
En el móvil voy por la unidad 14 de italiano y en la tablet me sale que
voy por la 9. Lo que hago en un dispositivo no aparece en el otro. Ya
he cerrado sesión en los dos.
Gema"""),
("es", "idi-profesora-28-alumnos-servidor", "Ana Lucía Mora <analucia.mora@ies-lamarina.example>", "Examen oral - la app no funciona", "technical", "high",
"""Buenos días:

Soy profesora de inglés y usamos su plataforma para clase con la
licencia del centro. Desde las 9:00 ninguno de mis 28 alumnos puede
entrar: a todos les sale "Servidor no disponible". Lo mismo le pasa a
otro compañero con otro grupo. Hoy teníamos el examen oral del
trimestre programado en la app y tenemos a los chicos esperando en el
aula.

¿Saben cuándo volverá a funcionar?

Ana Lucía Mora
IES La Marina"""),
# ---------------- VPN ----------------
("es", "vpn-wifi-hotel-no-conecta", "Óscar Medina <oscar.medina@example.com>", "No conecta en el hotel", "technical", "",
"""Hola, estoy de viaje. La VPN conecta sin problema con los datos del
móvil, pero con el wifi del hotel se queda en "Conectando..." y al
minuto da error de tiempo de espera. En el portátil igual. He probado
varios servidores.
Óscar"""),
("es", "vpn-velocidad-servidor-madrid", "Sara Jiménez <sara.jimenez@example.net>", "muy lento", "technical", "",
"""desde hace una semana con el servidor de Madrid me va a 5 Mb cuando
antes iba a 200. sin vpn me va a 600. he cambiado de protocolo y nada,
con el de Lisboa va un poco mejor. que pasa?"""),
("es", "vpn-dos-anos-renovados-banco", "Miguel Ángel Reyes <miguelangel.reyes@example.com>", "Renovación de 119 €", "billing", "high",
"""Me han renovado automáticamente la suscripción por dos años más
(119 €) sin ningún aviso previo; yo contraté un año en una oferta y no
recuerdo haber aceptado ninguna renovación. Su soporte me contesta con
un mensaje automático.

He abierto una reclamación con mi banco para que me devuelvan el
cargo. Les aviso para que no me bloqueen la cuenta mientras tanto.

Miguel Ángel Reyes"""),
("es", "vpn-veinte-licencias-factura-nif", "Administración Tecnored <admin@tecnored.example>", "Factura licencias", "billing", "",
"""Buenos días:

Compramos 20 licencias para nuestros comerciales con la tarjeta de la
empresa y la factura ha salido a nombre de la persona que hizo la
compra. Necesitamos una factura a nombre de Tecnored Soluciones S.L.,
NIF B-00987654, con el IVA desglosado.

Gracias,
Marta Calvo"""),
("es", "vpn-kill-switch-sin-internet", "Raúl Domínguez <raul.dominguez@example.org>", "Sin internet", "technical", "",
"""Hola:

Activé el "kill switch" en la app de Windows y desde entonces no tengo
internet en el ordenador aunque desconecte la VPN o cierre la app. El
resto de aparatos de casa van bien. Lo he desactivado y sigo igual.

Raúl"""),
("es", "vpn-baja-hecha-borrar-datos", "Laura Quintero <laura.quintero@example.net>", "Borrado de datos", "general", "",
"""Hola:

En marzo di de baja la suscripción y no tengo nada pendiente con
ustedes. Ahora les pido que eliminen mi cuenta y todos mis datos
personales (correo, nombre, historial de pagos) de acuerdo con el RGPD,
y que me confirmen por escrito cuando lo hayan hecho.

Laura Quintero"""),
# ---------------- Servicios municipales ----------------
("es", "ayto-contenedor-organico-semana", "Ramón Pastor <ramon.pastor@example.com>", "Contenedor calle Olivo", "general", "",
"""Buenos días:

El contenedor marrón de orgánico de la calle Olivo, frente al número 14,
no se ha vaciado desde el lunes pasado. Está desbordado y con este
calor el olor llega a los balcones. Los otros contenedores sí se han
recogido.

Ramón Pastor"""),
("es", "ayto-renovar-tarjeta-residente", "Inés Calderón <ines.calderon@example.org>", "tarjeta de residente", "general", "",
"""Hola, mi tarjeta de aparcamiento de residente caduca el 30 de este
mes. ¿Qué papeles necesito para renovarla? ¿Se puede hacer por
internet o tengo que ir a la oficina?
Inés"""),
("es", "ayto-fwd-multa-con-tarjeta-vigente", "Juan Carlos Merino <juancarlos.merino@example.com>", "Fwd: Notificación de denuncia 2024-118832", "billing", "",
"""Buenos días:

Les reenvío la notificación. Me han puesto una multa de 90 € por
estacionar en zona verde el día 3, pero el coche tenía la tarjeta de
residente vigente colocada en el parabrisas (adjunto foto de ese día y
copia de la tarjeta). Solicito que la anulen y que no me cobren nada.

Juan Carlos Merino

---------- Forwarded message ----------
Asunto: Notificación de denuncia 2024-118832
Importe: 90,00 EUR (45,00 EUR con reducción por pronto pago)
Hecho denunciado: estacionar en zona verde sin título habilitante."""),
("es", "ayto-sede-no-encuentra-certificado", "Patricio Llorente <patricio.llorente@example.net>", "Sede electrónica", "technical", "",
"""Hola, quiero pedir el volante de empadronamiento por la sede
electrónica y al firmar me sale "No se encuentra ningún certificado
válido". El certificado digital lo tengo instalado y con él entro sin
problema en la web de Hacienda. Uso Firefox en Windows 11.
Patricio"""),
("es", "ayto-tasa-basuras-dos-recibos", "Rosario Vidal <rosario.vidal@example.com>", "recibo basura", "billing", "",
"""Buenas, este año me han pasado por el banco dos recibos de la tasa de
basuras por la misma vivienda, de 96 € cada uno, uno el 5 y otro el 12
de junio. Solo tengo un piso. ¿Cómo pido que me devuelvan uno?
Rosario"""),
("es", "ayto-farola-cables-parque-infantil", "Andrea Lucas <andrea.lucas@example.org>", "Farola del parque infantil de la plaza Mayor", "technical", "high",
"""Hola:

En el parque infantil de la plaza Mayor, la farola que está junto al
tobogán tiene la tapa de abajo abierta y se ven los cables pelados,
a la altura de un niño pequeño. Esta tarde había críos jugando
alrededor. Yo he puesto una silla delante, pero alguien del
Ayuntamiento tendría que venir a cerrarla cuanto antes.

Andrea Lucas"""),
("es", "ayto-app-pago-zona-azul-caida", "Asociación de Comerciantes del Centro <info@comerciantes-centro.example>", "La app de la zona azul no funciona", "technical", "high",
"""Buenos días:

Desde primera hora la aplicación para pagar la zona azul no deja pagar:
al elegir la calle sale "Servicio no disponible". Los parquímetros de
la calle tampoco aceptan tarjeta. Nuestros clientes no pueden pagar el
aparcamiento, se van del centro, y los vigilantes están poniendo
multas igualmente.

Les pedimos que lo arreglen urgentemente o que suspendan las multas
mientras dure la avería.

Asociación de Comerciantes del Centro"""),
]
