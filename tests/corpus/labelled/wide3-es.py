# wide3-es.py -- a third wide batch of labelled Spanish mails, spread over
# many kinds of business (clinics and labs, pharmacies, universities,
# camps, travel, car sharing, tolls and parking, marketplaces, auctions,
# pay-later shops, news and audio subscriptions, games, tax help,
# funeral services, rentals, smart locks, solar leasing, repairs,
# restaurants, supermarkets, school meals ...), for training.  Everyday
# mail of all three queues plus money matters told without the usual
# words, faults told only by symptoms, paid plans ended in other words,
# escalations that keep their topic, outages told by their consequences,
# hazards told calmly and praise.  Same tuple format as batch16.py.
M += [
# ---------------- Spanish: private clinics and medical labs ----------------
("es", "w3-lab-analitica-pasada-dos-veces", "Begoña Arrieta <bego.arrieta@example.es>", "Analítica del martes", "billing", "",
"""Hola buenas,

El martes me hice la analítica completa en vuestro centro de la calle
Alfonso I y pagué 48 € con tarjeta en recepción. Hoy miro el banco y
aparecen dos movimientos de 48 € del mismo día, con un minuto de
diferencia. La chica pasó la tarjeta dos veces porque el datáfono dio
error la primera, pero parece que las dos entraron.

¿Me podéis devolver uno de los dos? Os mando captura si hace falta.

Begoña Arrieta"""),
("es", "w3-clinica-factura-para-mutua", "Ernesto Villaverde <e.villaverde@example.es>", "Factura consulta dermatología", "billing", "",
"""Buenos días:

Necesito una factura a mi nombre de la consulta de dermatología del
día 8 (80 €) para presentarla a mi seguro de reembolso. El recibo que
me dieron no lleva NIF de la clínica ni desglose, y el seguro me lo ha
rechazado. Mis datos: Ernesto Villaverde Ruiz, DNI 00000000T.

Muchas gracias.
Ernesto Villaverde"""),
("es", "w3-lab-resultados-pdf-en-blanco", "Mari Luz Campos <mariluz.campos@example.es>", "resultados", "technical", "",
"""me ha llegado el sms de que ya estan mis resultados, entro en el portal
del paciente con mi dni y la clave, aparece la analitica de orina del
dia 3 pero al darle a descargar se abre un pdf en blanco, todo blanco.
lo he probado en el movil y en el ordenador de mi hija y igual
Mari Luz"""),
("es", "w3-clinica-codigo-sms-no-llega", "Tomás Irigoyen <tomas.irigoyen@example.es>", "No puedo pedir cita", "technical", "",
"""Hola,

Intento pedir cita con traumatología por la web y al final me pide un
código que me mandáis por SMS. El SMS no llega nunca. He pulsado
«reenviar» cinco o seis veces. El número que tenéis es el bueno, porque
los recordatorios de citas sí me llegan.

Tomás"""),
("es", "w3-lab-ayunas-y-horario", "Consuelo Benavente <consuelo.benavente@example.es>", "Pregunta", "general", "",
"""Buenas tardes,

Mañana quiero ir a hacerme el perfil tiroideo que vi en vuestra web por
35 €. ¿Hace falta ir en ayunas para esa prueba? ¿Y hasta qué hora
hacéis extracciones en el centro de Gracia? Trabajo a las 9 y no sé si
me da tiempo de pasar antes.

Gracias,
Consuelo"""),
("es", "w3-clinica-derecho-acceso-historia", "Julián Ochandiano <julian.ochandiano@example.es>", "Solicitud de copia de historia clínica", "general", "",
"""Estimados señores:

Al amparo del Reglamento General de Protección de Datos, solicito una
copia completa de mi historia clínica en su centro, incluidas las
pruebas de imagen de 2021 y 2022. Adjunto copia de mi DNI.

Les ruego me indiquen si la envían por correo electrónico o si debo
recogerla en persona.

Atentamente,
Julián Ochandiano Ferrer"""),
("es", "w3-lab-muestra-perdida-director", "Araceli Montoya <araceli.montoya@example.es>", "SEGUNDA EXTRACCION", "billing", "high",
"""Me llamaron ayer para decirme que mi muestra de sangre se ha perdido y
que tengo que volver a hacerme la extracción. Lo hago, no me queda otra.
Pero hoy en recepción me dicen que la segunda extracción se cobra
aparte, otros 62 €, porque "es una nueva solicitud".

La muestra la perdieron ustedes. No pienso pagar dos veces por el mismo
análisis. Quiero que me llame la directora del laboratorio, no otra
persona de recepción.

Araceli Montoya
611 000 392"""),
("es", "w3-clinica-re-ecografia-cobro-cita-anulada", "Patricio Lagos <patricio.lagos@example.cl>", "Re: Confirmación de anulación", "billing", "",
"""Hola, gracias por la confirmación. Entonces no entiendo por qué en la
tarjeta me aparece igual el cargo de la ecografía, 95 €. Si la cita
quedó anulada el lunes, ¿me van a devolver la plata o tengo que hacer
algo yo?

Saludos, Patricio

El lun, 3 jun 2024 a las 10:12, Citas Clínica Mirasierra (<citas@clinica-mirasierra.example>) escribió:
> Estimado Patricio:
> Le confirmamos la anulación de su cita de ecografía abdominal del
> día 5 de junio a las 17:30.
> Un saludo."""),
# ---------------- Spanish: online pharmacy and prescriptions ----------------
("es", "w3-farmacia-receta-cip-rechazado", "Lourdes Parra <lourdes.parra@example.es>", "Receta electrónica", "technical", "",
"""Hola:

Intento subir mi receta electrónica para pedir la insulina y al meter
el código de la tarjeta sanitaria me sale «Código no reconocido». Lo he
escrito con y sin letras, con espacios y sin espacios. En la farmacia
de mi barrio con la misma tarjeta me la dispensan sin problema.

Lourdes Parra"""),
("es", "w3-farmacia-envio-frio-cobrado", "Iñigo Zubizarreta <inigo.zubi@example.es>", "Pedido 40318", "billing", "",
"""Egun on,

En vuestra web pone que el envío es gratis a partir de 49 € y mi pedido
era de 63,40 €. Aun así me habéis sumado 6,95 € de «envío refrigerado»
porque el colirio va en frío. En ningún sitio avisaba de eso antes de
pagar. ¿Me lo podéis
quitar?

Iñigo"""),
("es", "w3-farmacia-leche-bebe-ya-no", "Nerea Castell <nerea.castell@example.es>", "Leche de continuación", "billing", "",
"""Hola, la peque ya ha cumplido el año y el pediatra nos ha dicho que
pasemos a leche entera, así que las latas de continuación que nos
mandáis cada quince días ya no nos hacen falta. El próximo envío sería
el jueves; que no salga ni se pase el cargo, por favor.

Muchas gracias por todo este tiempo,
Nerea"""),
("es", "w3-farmacia-tapon-seguridad-no-cierra", "Rosendo Gil <rosendo.gil@example.es>", "El jarabe", "technical", "high",
"""Buenas noches:

El bote de jarabe de hierro que recibí hoy tiene el tapón de seguridad
para niños roto: gira en vacío y el bote se queda abierto. En casa hay
un niño de dos años y ese jarabe es peligroso si se lo bebe entero, así
que lo he metido en un armario alto. Os escribo para que lo sepáis y
por si pasa con más botes del mismo lote (el número es L2310B).

Rosendo Gil"""),
("es", "w3-farmacia-recoger-en-mostrador", "Cristina Olmedo <cris.olmedo@example.es>", "¿Puedo recogerlo yo?", "general", "",
"""Hola, vivo a cinco minutos de vuestra farmacia física de la avenida de
Portugal. ¿Puedo hacer el pedido online y pasar a recogerlo en el
mostrador en vez de que me lo traigan? ¿Y qué horario tiene el
mostrador los sábados?"""),
("es", "w3-farmacia-carrito-se-vacia", "Agustín Pomares <agustin.pomares@example.es>", "la cesta se vacia sola", "technical", "",
"""meto las cosas en la cesta (protector solar, pañales, unas vitaminas),
le doy a finalizar compra, me pide iniciar sesion, inicio sesion y la
cesta aparece vacia. ya van tres veces. con el movil. no se si es cosa
mia
Agustín"""),
("es", "w3-farmacia-devolucion-banco-disputa", "Miriam Salcedo <miriam.salcedo@example.es>", "Devolución pedido 39877", "billing", "high",
"""Buenos días:

Devolví el tensiómetro (pedido 39877) sin abrir el 2 de mayo. Tengo el
justificante de entrega de la mensajería del día 6. Han pasado más de
tres semanas y los 54,90 € no han vuelto a mi cuenta. He escrito dos
veces y solo recibo respuestas automáticas.

Ayer abrí una reclamación con mi banco por ese cargo. Os lo comunico
para que conste.

Miriam Salcedo"""),
# ---------------- Spanish: physiotherapy and dental chains ----------------
("es", "w3-dental-cuota-implante-subio", "Francisco Javier Lara <fjlara@example.es>", "Financiación implante", "billing", "",
"""Buenas tardes:

Firmé la financiación del implante en 12 cuotas de 95 €. Las tres
primeras fueron de 95 € y la de este mes ha sido de 107,40 €. Nadie me
ha avisado de ningún cambio. ¿De dónde salen esos 12,40 € de más?

Un saludo,
Francisco Javier Lara"""),
("es", "w3-fisio-bono-caducado-tres-sesiones", "Amparo Lucena <amparo.lucena@example.es>", "Bono de 10 sesiones", "billing", "",
"""Hola,

Compré en enero un bono de 10 sesiones de fisioterapia (320 €). Usé
siete y luego me operaron de la vesícula y estuve dos meses sin poder
ir. Ahora me dicen en recepción que el bono caducó a los seis meses y
que las tres sesiones que me quedan se pierden. ¿No se pueden alargar
aunque sea un mes, o devolverme la parte que no he usado? Tengo el
informe del hospital.

Amparo"""),
("es", "w3-dental-app-alineadores-fotos", "Valeria Ortúzar <valeria.ortuzar@example.mx>", "App de seguimiento", "technical", "",
"""Hola, buen día.

La app de seguimiento de los alineadores me pide mandar cada semana las
fotos de los dientes. Hago las cinco fotos, le doy a enviar y la barra
llega al 90 % y se cierra la app. Ya van tres semanas que no puedo
mandar nada y la doctora me escribió preguntando por qué. Tengo un
Android de hace dos años, con la app actualizada.

Saludos,
Valeria"""),
("es", "w3-fisio-corrientes-calambre-camilla", "Ramiro Echevarría <ramiro.echevarria@example.es>", "Lo que pasó el jueves en la sesión", "general", "high",
"""Buenas:

El jueves, en la sesión de las 18:00 en el centro de Deusto, me pusieron
los electrodos de la corriente en la espalda y a los pocos minutos noté
un calambrazo muy fuerte, como un latigazo, y me saltó la piel roja
donde estaba uno de los parches. El fisio lo apagó enseguida y se
disculpó. Hoy sigo con una marca como de quemadura del tamaño de una
moneda.

No escribo para montar un escándalo, pero creo que esa máquina debería
revisarse antes de usarla con otra persona.

Ramiro Echevarría"""),
("es", "w3-dental-cambiar-cita-limpieza", "Carla Segovia <carla.segovia@example.es>", "cita", "general", "",
"""hola tengo cita para limpieza el martes 14 a las 10 en la clínica de
Ruzafa pero me ha salido un viaje de trabajo. me la podeis pasar al
jueves o viernes de esa semana por la tarde? gracias
carla segovia"""),
("es", "w3-dental-recordatorios-fantasma", "Horacio Benítez <horacio.benitez@example.es>", "Mensajes de citas que no tengo", "technical", "",
"""Buenos días:

Desde el lunes me llegan por WhatsApp recordatorios de citas en su
clínica de Móstoles, una cada día y a distintas horas. Yo no tengo
ninguna cita y nunca he ido a esa clínica, solo a la de Alcorcón. Cuando
contesto «CANCELAR», me dice que la cita no existe, y al día siguiente
llega otra.

Horacio Benítez"""),
("es", "w3-fisio-gracias-rodilla", "Maribel Andrade <maribel.andrade@example.es>", "Gracias a Jorge", "general", "",
"""Hola:

Ayer tuve el alta después de cuatro meses de rehabilitación de la
rodilla y quería dar las gracias a Jorge, el fisio del turno de tarde.
Llegué con muletas y con mucho miedo, y ayer subí andando las escaleras
de la clínica. La factura de la última sesión ya la he pagado en
recepción, así que esto es solo para que se lo digáis de mi parte.

Un abrazo,
Maribel"""),
# ---------------- Spanish: universities and exam boards ----------------
("es", "w3-uni-plazo-matricula-recargo", "Gonzalo Ferreiro <gonzalo.ferreiro@example.es>", "Segundo plazo de matrícula", "billing", "",
"""Buenos días:

El segundo plazo de la matrícula (412,60 €) me lo devolvió el banco
porque se me había quedado la cuenta sin saldo ese día. Ahora en la
secretaría virtual me aparece como pendiente con un recargo de 20 €.
¿Cómo lo pago? ¿Puedo hacer una transferencia o tengo que esperar a
que lo vuelvan a pasar?

Gonzalo Ferreiro Lago
Grado en Historia, 2.º curso"""),
("es", "w3-examen-ingles-tasa-cambio-fecha", "Ximena Prado <ximena.prado@example.co>", "cambio de fecha examen B2", "billing", "",
"""Hola, pedí cambiar mi examen B2 del 15 de junio al 6 de julio porque
el 15 tengo la boda de mi hermana, y en el correo de confirmación
aparece que debo pagar 40 € de tasa de cambio. En la web dice que el
cambio es gratis si se pide con un mes de anticipación y yo lo pedí con
cinco semanas. ¿Me pueden revisar eso?

Gracias, Ximena"""),
("es", "w3-uni-campus-virtual-examen-final", "Dr. Anselmo Rivas <arivas@uni-levante.example>", "URGENTE campus virtual", "technical", "high",
"""Buenos días:

El examen final de Estadística II empezaba a las 9:00 en el campus
virtual. Los 312 alumnos matriculados ven el mensaje «Error 503 -
servicio no disponible» al abrir el cuestionario. Algunos consiguieron
entrar a las 9:05 y se les ha cerrado la sesión a mitad de examen.
Tengo a tres grupos esperando en las aulas de informática.

Necesito saber ya si se restablece o si tengo que aplazar el examen.

Anselmo Rivas
Departamento de Matemática Aplicada"""),
("es", "w3-examen-certificado-firma-no-valida", "Paula Errazuriz <paula.errazuriz@example.es>", "Certificado C1", "technical", "",
"""Hola:

He descargado mi certificado del C1 desde el área de candidatos, pero
cuando lo subo a la sede electrónica de la Junta para la oposición me
dice que la firma digital del PDF no es válida. Abriéndolo con Adobe sale
«La firma tiene problemas». ¿Podéis generarlo de nuevo o mandarme uno
que se pueda validar? El plazo de la oposición cierra el viernes.

Paula Errázuriz"""),
("es", "w3-uni-correo-doble-factor-movil-nuevo", "Lucía Bengoechea <lucia.bengoechea@example.es>", "no puedo entrar al correo de la uni", "technical", "",
"""Hola, me robaron el móvil y con el nuevo no puedo entrar al correo de
la universidad ni al aula virtual porque me pide el código de la app de
autenticación, que estaba en el móvil viejo. Tengo el mismo número de
teléfono. ¿Cómo lo vuelvo a configurar? Tengo entregas esta semana.
Lucía Bengoechea, 3º de Psicología"""),
("es", "w3-examen-revision-nota-abogado", "Rodrigo Aldana <rodrigo.aldana@example.es>", "Revisión de calificación - convocatoria de mayo", "general", "high",
"""Muy señores míos:

Solicité el 22 de mayo la revisión de la calificación de la prueba de
expresión escrita (convocatoria de mayo, candidato 0448-221). El plazo
de respuesta que figura en sus propias bases es de 15 días hábiles y ha
pasado más de un mes sin respuesta alguna.

Necesito ese resultado para una plaza de trabajo. Si no recibo la
revisión antes del 30 de junio, mi abogado presentará la reclamación
correspondiente.

Rodrigo Aldana Sáez"""),
("es", "w3-uni-residencia-plazas-septiembre", "Eduardo Quiroga <eduardo.quiroga@example.es>", "Residencia", "general", "",
"""Hola, soy de Lugo y en septiembre empiezo el máster en vuestro campus.
¿Quedan plazas en la residencia universitaria o ya está todo cogido?
Y si hay lista de espera, ¿cómo me apunto?
Eduardo"""),
# ---------------- Spanish: private tutoring ----------------
("es", "w3-profes-aprobo-mates-septiembre", "Rebeca Alonso <rebeca.alonso@example.es>", "Clases de Hugo", "billing", "",
"""¡Hola!

Buenas noticias: Hugo ha aprobado las matemáticas en junio con un 7, así
que en septiembre ya no vamos a necesitar las clases con Marta. No
sabemos muy bien cómo se da de baja el plan mensual en la web, así que
os lo digo por aquí: que no se renueve en julio, por favor.

Gracias a Marta por la paciencia, de verdad.
Rebeca"""),
("es", "w3-profes-profesora-no-aparecio", "Sebastián Mora <sebastian.mora@example.ar>", "clase del jueves", "billing", "",
"""Hola, el jueves a las 19 mi hija tenía clase de física con el profesor
Andrés y él nunca se conectó. Esperamos 25 minutos en la videollamada.
Igual la hora aparece como dada y descontada del paquete de 8. Quería
que me la devuelvan al paquete o me reintegren lo que vale, lo que sea
más fácil para ustedes.

Sebastián"""),
("es", "w3-profes-videollamada-sin-audio", "Noemí Estrada <noemi.estrada@example.es>", "No se oye nada", "technical", "",
"""Hola, en las clases por la plataforma vemos a la profesora pero no la
oímos, y ella a nosotros tampoco. Con otras videollamadas (las del cole)
el ordenador va bien. Hemos dado permiso al micrófono cuando lo ha
pedido el navegador. Usamos Chrome en un portátil con Windows 11.
Noemí (mamá de Irene)"""),
("es", "w3-profes-pizarra-ipad-gris", "Gabriel Santamaría <gabriel.santamaria@example.es>", "pizarra", "technical", "",
"""la pizarra compartida en el ipad sale gris y no deja escribir, en el
ordenador si funciona. mi hijo usa el lapiz para hacer los ejercicios asi
que con el ordenador no le sirve. ipad de 9ª generacion
Gabriel"""),
("es", "w3-profes-quimica-segundo-bachillerato", "Luisa Caballero <luisa.caballero@example.es>", "Química 2º Bachillerato", "general", "",
"""Buenas tardes:

Mi hijo está en 2.º de Bachillerato y va flojo en química de cara a la
selectividad. ¿Tenéis profesores de química de ese nivel que puedan dar
clase los sábados por la mañana? En la web veo que la hora sale a 22 €,
pero no sé si hay profesores disponibles para ese horario.

Un saludo,
Luisa Caballero"""),
("es", "w3-profes-recibo-tras-baja-devuelto", "Ángel Cifuentes <angel.cifuentes@example.es>", "Recibo de junio", "billing", "high",
"""Me di de baja el 20 de mayo, tengo vuestro correo de confirmación.
Aun así el 1 de junio me pasasteis el recibo de 96 €. He ido al banco
y lo he devuelto. Si volvéis a pasar algún recibo más lo denunciaré
también ante el banco y en consumo.

Ángel Cifuentes"""),
# ---------------- Spanish: summer camps ----------------
("es", "w3-campa-descuento-hermanos", "Montserrat Vidal <montse.vidal@example.es>", "Inscripción Pol y Martina", "billing", "",
"""Hola,

He inscrito a mis dos hijos, Pol y Martina, en el campamento de
julio en Berga. En el folleto pone un 10 % de descuento para el segundo
hermano, pero en el pago me han cobrado los dos precios enteros, 2 x
540 €. ¿Me devolvéis la diferencia o se descuenta del segundo plazo?

Gracias,
Montse"""),
("es", "w3-campa-segundo-pago-cuando", "Rafael Domínguez <rafa.dominguez@example.es>", "Consulta", "billing", "",
"""Buenas, ¿cuándo se paga el segundo plazo del campamento de inglés? En
la reserva solo dice "antes del inicio" pero no sé si me lo cargáis
vosotros a la misma tarjeta o tengo que hacer una transferencia.
Rafa"""),
("es", "w3-campa-app-familias-fotos", "Silvia Garrido <silvia.garrido@example.es>", "App familias", "technical", "",
"""Hola:

Desde ayer no consigo entrar en la app de familias para ver las fotos
del campamento. Meto el correo y la contraseña y sale «Usuario no
vinculado a ningún participante», pero mi hija Candela está en el
turno 2 desde el domingo y hasta el sábado sí podía entrar.

Silvia"""),
("es", "w3-campa-galleta-nueces-reaccion", "Javier Plaza <javier.plaza@example.es>", "Lo que ha pasado hoy con mi hijo", "general", "high",
"""Buenas tardes:

Mi hijo Adrián tiene alergia a los frutos secos y lo pusimos en la
ficha de salud, en la reunión de padres y se lo dijimos en persona al
monitor el primer día. Hoy en la merienda le han dado una galleta con
trozos de nuez. Ha tenido una reacción, le han tenido que poner la
adrenalina y lo han llevado al centro de salud. Ya está bien, gracias
a que el monitor actuó rápido.

Necesito saber cómo ha podido pasar y qué van a cambiar para que no
vuelva a ocurrir, porque le quedan seis días ahí.

Javier Plaza"""),
("es", "w3-campa-movil-que-llevar", "Olga Reinoso <olga.reinoso@example.es>", "que tienen que llevar", "general", "",
"""hola! mi hija va al campamento de vela del 1 al 15 de julio. hay una
lista de lo que hay que llevar? y pueden llevar el movil o se lo quitais?
es su primera vez fuera y esta nerviosa
gracias!!
olga"""),
("es", "w3-campa-fiebre-no-puede-ir", "Catalina Urbina <catalina.urbina@example.cl>", "Bruno no va a poder ir", "billing", "",
"""Hola, Bruno ha tenido mononucleosis y el médico dice que no puede ir
al campamento de la semana que viene. Tengo el justificante médico.
Pagamos 380 € completos en abril. ¿Qué parte nos devuelven, o se puede
dejar como saldo para el turno de agosto si ya está recuperado?

Muchas gracias,
Catalina"""),
("es", "w3-campa-formulario-tarjeta-sanitaria", "Daniel Fuster <daniel.fuster@example.es>", "Formulario de inscripción", "technical", "",
"""Buenos días:

En el último paso del formulario de inscripción, al adjuntar la foto de
la tarjeta sanitaria, sale «Error al procesar el archivo» y se borra
todo lo que había rellenado. He probado con una foto en JPG de 2 MB y
con un PDF. Lo he intentado tres veces y las plazas se están acabando.

Daniel Fuster"""),
# ---------------- Spanish: tour operators ----------------
("es", "w3-viaje-suplemento-individual-compartida", "Enriqueta Salas <enriqueta.salas@example.es>", "Circuito Sicilia - suplemento", "billing", "",
"""Buenos días:

Mi hermana y yo reservamos el circuito por Sicilia en habitación doble
compartida, con la opción de «compartir con otra viajera» que tienen
ustedes. En la confirmación me aparece un suplemento de habitación
individual de 310 € que yo no he pedido. Vamos a dormir juntas.

Les agradecería que lo corrigieran.
Enriqueta Salas"""),
("es", "w3-viaje-circuito-cancelado-consumo", "Leandro Fuentes <leandro.fuentes@example.es>", "Reserva EG-5521 cancelada por ustedes", "billing", "high",
"""Ustedes cancelaron el circuito por Egipto del 10 de marzo a quince
días de la salida «por motivos operativos». Me prometieron por teléfono
el reintegro íntegro de los 2.380 € en 14 días. Hoy es 2 de mayo.

Desde entonces he llamado cuatro veces y siempre me dicen lo mismo, que
«está en contabilidad». Les copio abajo su propio correo.

La ley de viajes combinados es clara. He presentado una reclamación en
la Dirección General de Consumo y, si en diez días no tengo el dinero,
iré al juzgado.

Leandro Fuentes

-----Mensaje original-----
De: Reservas Viajes Horizonte Azul <reservas@horizonte-azul.example>
Enviado: lunes, 26 de febrero de 2024 13:05
Asunto: Cancelación reserva EG-5521

Estimado cliente:
Lamentamos comunicarle que, por motivos operativos, el circuito
«Egipto clásico» con salida el 10 de marzo queda cancelado. Le
reintegraremos el importe íntegro de su reserva en un plazo máximo de
14 días naturales.
Atentamente, Departamento de Reservas"""),
("es", "w3-viaje-bonos-app-en-blanco", "Beatriz Calvo <bea.calvo@example.es>", "No veo los bonos", "technical", "",
"""Hola, salimos el sábado a Croacia. En la app de viajeros, en el
apartado «Documentación», los bonos del hotel y el traslado aparecen
como «Disponible» pero al pulsar la pantalla se queda en blanco. El
billete de avión sí se abre. ¿Me los podéis mandar por correo por si
acaso, y mirar qué pasa?

Bea Calvo"""),
("es", "w3-viaje-gracias-guia-marruecos", "Pedro Luis Merino <pedroluis.merino@example.es>", "Viaje a Marruecos", "general", "",
"""Hola:

Volvimos el domingo del circuito por las ciudades imperiales y queremos
felicitar a Youssef, el guía. Sabía de todo, nos cuidó a los mayores del
grupo y hasta nos buscó una farmacia un domingo por la noche. El primer
día el traslado del aeropuerto tardó casi una hora, pero sinceramente es
lo único y no nos importó. Repetiremos con vosotros.

Pedro Luis y Carmina"""),
("es", "w3-viaje-jordania-visado", "Sonia Pizarro <sonia.pizarro@example.es>", "Documentación Jordania", "general", "",
"""Hola, estoy mirando vuestro viaje a Jordania de octubre. Tengo
pasaporte español pero nací en Colombia, ¿necesito algo distinto para
el visado? ¿Y el Jordan Pass lo gestionáis vosotros o lo tengo que sacar
yo? Todavía no he reservado, antes quiero tenerlo claro.
Sonia"""),
("es", "w3-viaje-seguro-cancelacion-no-aparece", "Abel Carrasco <abel.carrasco@example.es>", "Seguro", "billing", "",
"""Buenas:

Al reservar el crucero por los fiordos contraté el seguro de cancelación
ampliado, 89 € que aparecen cobrados en la tarjeta. Sin embargo en la
documentación que me habéis mandado no figura ninguna póliza, y en el
resumen de la reserva pone «Seguro: básico incluido». O me mandáis la
póliza del que pagué, o me devolvéis esos 89 €.

Abel Carrasco"""),
("es", "w3-viaje-pago-web-vuelve-inicio", "Matías Herrera <matias.herrera@example.com.ar>", "No puedo terminar la reserva", "technical", "",
"""Buenas. Intento reservar el paquete a Cancún y cuando llego al pago,
pongo la tarjeta, sale la pantalla del banco, pongo el código que me
llega y en vez de confirmar me devuelve a la primera página de la web
con todo vacío. No me cobraron nada, lo chequeé. Probé con Firefox y con
Edge. El precio está bueno y no quiero perderlo.
Matías"""),
# ---------------- Spanish: campsites and glamping ----------------
("es", "w3-glamping-fianza-cien-no-vuelve", "Irene Lozano <irene.lozano@example.es>", "fianza", "billing", "",
"""hola, estuvimos en la cabaña del árbol del 4 al 7 de julio y dejamos
100 € de fianza. nos dijeron que se devolvía en una semana si todo
estaba bien. la dejamos limpia y con las llaves en el buzón como nos
dijisteis. han pasado tres semanas y los 100 siguen sin aparecer
irene"""),
("es", "w3-camping-tasa-turistica-factura", "Joan Ferrer <joan.ferrer@example.es>", "Factura estancia julio", "billing", "",
"""Hola,

En la factura de la estancia de julio aparece una línea «Tasa turística
- 42,00 €». En la reserva no ponía nada de eso y el total que pagamos
por adelantado era el precio final. ¿Es obligatoria? ¿Por qué son 42 €
si éramos dos adultos y dos niños?

Joan Ferrer"""),
("es", "w3-glamping-estufa-olor-gas", "Carolina Mejía <carolina.mejia@example.es>", "Tienda safari número 6", "technical", "high",
"""Hola, estamos en la tienda safari número 6. Desde que encendimos la
estufa de gas esta tarde hay un olor a gas bastante fuerte dentro de la
tienda, aunque la estufa funciona. La hemos apagado, hemos cerrado la
bombona y estamos fuera con los niños. En recepción no contesta nadie
al teléfono. ¿Puede venir alguien?

Carolina, tienda 6"""),
("es", "w3-camping-wifi-codigo-no-vale", "Nicolás Barragán <nico.barragan@example.es>", "wifi", "technical", "",
"""Buenas, en recepción me dieron un código de wifi para la parcela 112
pero al meterlo en la página de conexión pone «Código caducado». Me lo
dieron hoy mismo. Tengo que teletrabajar un par de horas mañana.
Nico"""),
("es", "w3-camping-perro-grande-parcela", "Marta Izquierdo <marta.izquierdo@example.es>", "Perros", "general", "",
"""Hola, queremos ir en agosto con la caravana y con nuestro perro, un
pastor alemán de 35 kilos. ¿Se admiten perros grandes en las parcelas?
¿Hay zona donde pueda soltarse o tiene que estar siempre atado?
Gracias,
Marta"""),
("es", "w3-glamping-cargador-olvidado", "Óscar Benavides <oscar.benavides@example.es>", "Cargador", "general", "",
"""Buenos días,

Ayer dejamos la cúpula 3 y creo que me dejé el cargador del portátil
enchufado detrás de la mesilla (un cargador gris de 65 W). Si lo
encontráis, ¿me lo podéis guardar? Os pago el envío a Zaragoza o paso
a buscarlo en septiembre.

Óscar"""),
("es", "w3-camping-calendario-sin-fechas", "Luciana Ríos <luciana.rios@example.es>", "No me deja reservar", "technical", "",
"""Hola, en la web el calendario de reservas para bungalows sale todo en
gris en agosto, como si no hubiera nada libre. Pero he llamado y me han
dicho que hay disponibilidad del 10 al 17. Si intento esas fechas sale
«Selecciona fechas válidas». En la app pasa lo mismo.
Luciana"""),
# ---------------- Spanish: car sharing ----------------
("es", "w3-carsharing-gestion-multa-25", "Fermín Alcázar <fermin.alcazar@example.es>", "Cargo de 25 euros", "billing", "",
"""Hola,

Me ha llegado un cargo de 25 € con el concepto «gestión de sanción».
Entiendo que es por una multa de aparcamiento del coche que usé en
abril, pero la multa ya la pagué yo directamente al ayuntamiento en
cuanto me llegó la notificación. ¿Por qué me cobráis esto encima?

Fermín"""),
("es", "w3-carsharing-minutos-de-mas", "Daniela Cuevas <daniela.cuevas@example.es>", "Viaje del sábado", "billing", "",
"""el sabado hice un trayecto de unos 12 minutos desde Chamberí hasta
Atocha. cerré el coche con la app y salió el mensaje de viaje
terminado. ahora en el historial pone 47 minutos y me habeis quitado
13,63 €. os adjunto la captura del mensaje de fin de viaje con la hora
daniela"""),
("es", "w3-carsharing-coche-no-abre", "Gustavo Prieto <gustavo.prieto@example.es>", "El coche no se abre", "technical", "",
"""Buenas noches,

Estoy al lado del coche 4421-KLM en la calle Bravo Murillo. La app dice
«Coche desbloqueado» pero las puertas siguen cerradas, ni luces ni
nada. Lo he intentado cinco veces, he cerrado y abierto la app y tengo
el bluetooth activado. Ya me ha contado la reserva.

Gustavo"""),
("es", "w3-carsharing-humo-capo", "Sara Galán <sara.galan@example.es>", "coche 3307", "technical", "high",
"""Hola. Acabo de dejar el coche 3307-LPT en la calle Sagasta. En los
últimos minutos del trayecto olía a quemado dentro y al aparcar ha
empezado a salir humo blanco por debajo del capó. He apagado el coche,
he salido y lo he dejado cerrado. No he visto llamas. Lo digo para que
nadie más lo coja así.
Sara"""),
("es", "w3-carsharing-carnet-colombiano", "Andrés Felipe Rojas <andresf.rojas@example.co>", "Registro con licencia de Colombia", "general", "",
"""Buenas tardes, llegué a Madrid hace dos meses y tengo licencia de
conducir colombiana, vigente. ¿Puedo registrarme en su servicio con ella
o necesito primero canjearla por la española? No encuentro esa
información en la web.
Muchas gracias, Andrés Felipe"""),
("es", "w3-carsharing-me-mudo-valencia", "Laura Ibarra <laura.ibarra@example.es>", "Me mudo", "billing", "",
"""Hola,

El mes que viene me mudo a Valencia por trabajo y allí no tenéis
servicio, así que el plan de 9,99 € al mes ya no me sirve de nada. Me
gustaría que la cuota de agosto ya no se pasara. La cuenta, si queréis,
podéis dejarla abierta por si vuelvo.

Laura Ibarra"""),
("es", "w3-carsharing-bolsa-olvidada", "Pilar Cerezo <pilar.cerezo@example.es>", "Me dejé una bolsa en el coche", "general", "",
"""Hola, esta mañana hacia las 8:40 usé el coche 5120-LMN y me dejé en el
asiento de atrás una bolsa de tela azul con unos libros y una agenda.
¿Hay alguna forma de recuperarla? ¿La recogen los de limpieza?
Pilar"""),
# ---------------- Spanish: toll tags and parking operators ----------------
("es", "w3-telepeaje-misma-autopista-dos-veces", "Ricardo Mendoza <ricardo.mendoza@example.es>", "AP-7 el día 12", "billing", "",
"""Buenos días:

Revisando el extracto del dispositivo de telepeaje veo que el día 12 me
aparece dos veces el mismo tramo de la AP-7, Salou - Valencia, a las
10:14 y a las 10:15. Es imposible, iba en un solo coche y solo pasé una
vez. Son 19,40 € que me habéis quitado de más.

Ricardo Mendoza"""),
("es", "w3-parking-barrera-no-lee-matricula", "Elena Carmona <elena.carmona@example.es>", "No puedo salir del parking", "technical", "",
"""Hola, tengo abono en el parking de la plaza de la Constitución y desde
el lunes la barrera de salida no reconoce mi matrícula. Tengo que
llamar al interfono cada vez y esperar a que me abran desde la central.
La matrícula es 6612-JRB y está bien puesta y limpia.
Elena"""),
("es", "w3-parking-abono-ya-no-trabajo-alli", "Fernando Guardiola <fernando.guardiola@example.es>", "Abono mensual", "billing", "",
"""Buenas, he cambiado de trabajo y ya no tengo que ir al centro. El abono
de 75 € del parking de la calle Colón me sobra a partir de este mes.
Decidme si tengo que devolver la tarjeta de acceso en algún sitio.
Fernando"""),
("es", "w3-telepeaje-no-pita", "Agustina Pereyra <agustina.pereyra@example.es>", "dispositivo", "technical", "",
"""hola, el dispositivo de telepeaje que me mandaron ya no pita al pasar
por las cabinas, y la barrera no se levanta, tengo que sacar la tarjeta
cada vez. lo tengo pegado detrás del espejo como dice el folleto. hace
una semana funcionaba bien. agustina"""),
("es", "w3-parking-ticket-perdido-responsable", "Maximiliano Ortega <maxi.ortega@example.es>", "QUIERO HABLAR CON EL RESPONSABLE DEL PARKING", "billing", "high",
"""El viernes la máquina de pago del parking del hospital se tragó mi
ticket sin devolverlo. Llamé al interfono y me dijeron que, sin ticket,
tenía que pagar la tarifa de ticket perdido: 30 €. Había estado dos
horas, que son 4,80 €. Pagué porque mi padre estaba en el coche recién
operado.

Quiero que me devuelvan la diferencia y quiero hablar con el
responsable de ese parking, porque la máquina tiene cámara y se puede
comprobar todo.

Maximiliano Ortega
633 000 219"""),
("es", "w3-parking-altura-furgoneta", "Leire Azkona <leire.azkona@example.es>", "Altura máxima", "general", "",
"""Kaixo, ¿cuál es la altura máxima para entrar en vuestro parking de la
estación? Tengo una furgoneta camperizada de 2,05 m. Si no cabe, ¿hay
alguna zona exterior para vehículos altos?
Leire"""),
("es", "w3-telepeaje-factura-empresa", "Administración Transportes Leal <admin@transportes-leal.example>", "Facturas telepeaje", "billing", "",
"""Buenos días:

Tenemos cuatro dispositivos de telepeaje a nombre de la empresa. Hasta
ahora recibíamos una factura mensual con todos los tránsitos, pero
desde abril solo llegan recibos sueltos sin nuestro CIF. Nuestra
gestoría necesita la factura mensual con CIF B00000000 para poder
deducir el IVA. ¿Podéis emitir las de abril, mayo y junio?

Un saludo,
Pilar Leal
Transportes Leal S.L."""),
# ---------------- Spanish: car inspection centres ----------------
("es", "w3-itv-cita-sin-confirmacion", "Julio Cabrera <julio.cabrera@example.es>", "Cita ITV", "technical", "",
"""Hola:

He pedido cita por la web para pasar la ITV del coche el martes. Después
de pagar aparece una pantalla con un círculo dando vueltas que no
termina nunca, y no me ha llegado ningún correo de confirmación. Si
vuelvo a entrar y busco la matrícula, dice que no hay cita. No sé si la
tengo o no.

Julio Cabrera"""),
("es", "w3-itv-pague-online-y-en-estacion", "Rosario Villar <rosario.villar@example.es>", "Pagado dos veces", "billing", "",
"""Buenos días, el jueves pasé la ITV en la estación de Alcalá. La había
pagado online al pedir cita (39,95 €), pero en la caja me dijeron que
no aparecía el pago y me hicieron pagar otra vez. Ahora en mi cuenta
veo los dos pagos. Tengo el justificante de la web y el ticket de la
estación.

Rosario Villar"""),
("es", "w3-itv-segunda-inspeccion-cobrada", "Iván Castañeda <ivan.castaneda@example.es>", "Segunda inspección", "billing", "",
"""Hola,

La ITV me salió desfavorable por una luz de matrícula fundida. La
cambié y volví a los nueve días. En la hoja pone que tengo dos meses
para la segunda inspección gratuita, pero me han cobrado 18 €. ¿Me los
devolvéis?

Iván"""),
("es", "w3-itv-moto-documentos", "Hernán Vidal <hernan.vidal@example.es>", "pregunta", "general", "",
"""buenas, tengo que pasar la itv de una moto que acabo de comprar de
segunda mano y todavia no esta a mi nombre, el cambio de titularidad
esta en tramite. que papeles tengo que llevar? sirve la fotocopia del
permiso de circulacion?
hernan"""),
("es", "w3-itv-ordenadores-parados-cola", "Trinidad Escobar <trinidad.escobar@example.es>", "Estación de Getafe ahora mismo", "technical", "high",
"""Les escribo desde la cola de la estación de Getafe. Llevamos más de una
hora y media parados: nos dicen los inspectores que «se ha caído el
sistema» y que no pueden ni registrar los coches ni imprimir los
informes. Hay más de cuarenta coches esperando, varios con cita para
esta mañana, y nadie nos sabe decir si esperar o irnos.

Trinidad Escobar"""),
("es", "w3-itv-pegatina-no-me-dieron", "Celia Miranda <celia.miranda@example.es>", "Pegatina", "general", "",
"""Hola, el lunes pasé la ITV favorable en la estación de Torrejón pero
se les olvidó darme la pegatina para el parabrisas, y no me di cuenta
hasta llegar a casa. ¿Tengo que volver a la misma estación o me la
podéis mandar?
Celia"""),
("es", "w3-itv-inspector-grosero-encargado", "Bernardo Saldaña <bernardo.saldana@example.es>", "Trato recibido en la inspección", "general", "high",
"""Señores:

Ayer por la mañana, en la línea 2 de la estación de Coslada, el
inspector que revisó mi coche me habló a gritos delante de otros
clientes, me llamó «abuelo» en tono de burla y tiró las llaves encima
del capó. Tengo 74 años y llevo 50 conduciendo.

Exijo que el jefe de la estación se ponga en contacto conmigo y que se
me pidan disculpas.

Bernardo Saldaña Gómez"""),
# ---------------- Spanish: second-hand marketplace ----------------
("es", "w3-segunda-mano-venta-sin-cobrar", "Noelia Baeza <noelia.baeza@example.es>", "Venta 88213", "billing", "",
"""Hola, vendí una cuna de viaje por envío protegido. La compradora la
recibió el día 3 y le dio a «todo correcto». En mi monedero sale la
venta como completada, pero los 45 € siguen sin estar disponibles para
transferir, pone «en proceso». ¿Cuánto suele tardar?
Noelia"""),
("es", "w3-segunda-mano-pague-mas-del-precio", "Clemente Rubio <clemente.rubio@example.es>", "No me cuadra", "billing", "",
"""Buenas, compré unas botas de montaña que estaban a 30 €, el envío
eran 2,95 y al final me habéis cogido 34,70. ¿Qué es el euro y pico que
falta? No lo vi en ningún momento antes de pagar.
Clemente"""),
("es", "w3-segunda-mano-cuenta-bloqueada", "Tamara Solís <tamara.solis@example.es>", "Cuenta bloqueada", "technical", "",
"""Hola:

Esta mañana intenté entrar en la app y me sale «Tu cuenta ha sido
suspendida temporalmente por actividad inusual». No he hecho nada raro,
solo subí tres anuncios de ropa de bebé ayer. Tengo una venta pendiente
de enviar y no puedo ni ver la dirección del comprador.

Tamara"""),
("es", "w3-segunda-mano-fotos-no-suben", "Ignacio Vela <ignacio.vela@example.es>", "Fotos", "technical", "",
"""al crear un anuncio las fotos se quedan con el circulito cargando y al
final sale «no se ha podido subir la imagen». con el wifi y con datos.
antes me funcionaba bien. iphone 12
Nacho"""),
("es", "w3-segunda-mano-estafa-ladrillo", "Cecilia Arancibia <cecilia.arancibia@example.es>", "Me han estafado", "billing", "high",
"""Hola:

Compré una consola por 260 € a través de vuestra app con envío
protegido y en la caja venían dos ladrillos envueltos en papel de
periódico. Lo grabé todo al abrirla. Abrí la disputa en la app hace
diez días y sigue «en revisión», y el vendedor ha borrado su perfil.

He puesto denuncia en la Policía Nacional y mañana voy al banco a
reclamar el cargo si no tengo noticias vuestras. Adjunto vídeo y
denuncia.

Cecilia Arancibia"""),
("es", "w3-segunda-mano-sugerencia-filtro-talla", "Diego Montalbán <diego.montalban@example.es>", "Sugerencia", "general", "",
"""Hola, solo una sugerencia: estaría genial poder filtrar la ropa de
niño por talla en la búsqueda. Ahora tengo que abrir cada anuncio para
ver si es un 4 años o un 8 años. Por lo demás la app me encanta.
Diego"""),
("es", "w3-segunda-mano-destacado-no-sale", "Amalia Berrocal <amalia.berrocal@example.es>", "Anuncio destacado", "billing", "",
"""Buenas,

El lunes pagué 4,99 € para destacar durante siete días el anuncio de mi
bicicleta estática. Desde entonces la busco desde el móvil de mi marido
y no aparece arriba ni con la etiqueta de destacado, sale en la página
seis como antes. Si no se va a destacar, prefiero que me devolváis el
dinero.

Amalia"""),
# ---------------- Spanish: online auctions ----------------
("es", "w3-subasta-prima-comprador-iva", "Ventura Olivares <ventura.olivares@example.es>", "Lote 214", "billing", "",
"""Buenas tardes:

Me adjudiqué el lote 214 (aparador modernista) por 600 €. La factura
proforma sube a 790,60 €. Entiendo lo de la comisión del comprador,
pero no me cuadra el cálculo: ¿el 21 % de IVA se aplica sobre la
comisión o sobre todo? Necesito entenderlo antes de transferir.

Ventura Olivares"""),
("es", "w3-subasta-puja-ultimo-segundo", "Emilia Rosales <emilia.rosales@example.es>", "Mi puja no entró", "technical", "",
"""Hola, en el cierre del lote 88 (la cámara Leica) pujé 420 € a falta de
unos 20 segundos. En mi pantalla salió «Puja registrada» en verde, pero
al refrescar la subasta había cerrado por 400 € a otro usuario y mi
puja no aparece en el historial. Tengo captura de pantalla. ¿Qué ha
pasado?
Emilia"""),
("es", "w3-subasta-deposito-participacion", "Rodrigo Quesada <rodrigo.quesada@example.es>", "Depósito", "billing", "",
"""Buenos días,

Para participar en la subasta de vehículos del día 5 tuve que dejar un
depósito de 500 € que, según las condiciones, se devolvía en 5 días
hábiles si no ganaba ningún lote. No gané nada. Hoy es día 19 y los
500 € siguen sin llegar.

Rodrigo Quesada"""),
("es", "w3-subasta-recoger-lote-almacen", "Inmaculada Rey <inma.rey@example.es>", "Recogida", "general", "",
"""Hola, ya he pagado el lote 102 (las dos sillas thonet). ¿Qué días y a
qué hora se puede recoger en el almacén de Getafe? ¿Puede ir otra
persona en mi nombre con una autorización firmada?
Inma"""),
("es", "w3-subasta-reloj-no-es-original-abogado", "Álvaro Sepúlveda <alvaro.sepulveda@example.es>", "Lote 57 - reloj", "billing", "high",
"""Muy señores míos:

El reloj del lote 57 se describía como «original, con certificado de
autenticidad». Lo he llevado a un relojero oficial de la marca y
certifica por escrito que la maquinaria no es original. Pagué 3.150 €.

Solicito la devolución íntegra del importe a cambio del reloj. He
puesto el asunto en manos de mi abogado, que se pondrá en contacto con
ustedes si en quince días no tengo una respuesta.

Álvaro Sepúlveda"""),
("es", "w3-subasta-avisos-no-llegan", "Mercedes Lorca <mercedes.lorca@example.es>", "no me avisa", "technical", "",
"""tengo activados los avisos de «te han superado» pero no me llega
ninguno, ni al correo ni al móvil. ya he perdido dos lotes por no
enterarme. he mirado la carpeta de spam. en ajustes sale todo marcado
Mercedes"""),
("es", "w3-subasta-reloj-abuelo-vender", "Octavio Zamora <octavio.zamora@example.es>", "Quiero vender un reloj", "general", "",
"""Hola, tengo un reloj de bolsillo que era de mi abuelo, de oro, con la
caja grabada. ¿Cómo funciona para sacarlo a subasta con vosotros?
¿Lo tasáis primero? ¿Tengo que llevarlo o puedo mandar fotos?
Octavio"""),
# ---------------- Spanish: outlet and click-and-collect stores ----------------
("es", "w3-outlet-pedido-listo-no-lo-encuentran", "Rebeca Fontán <rebeca.fontan@example.es>", "Pedido 66104", "general", "",
"""Hola, ayer me llegó el correo de «Tu pedido está listo para
recoger» en el outlet de Las Rozas. Fui esta mañana y en el mostrador
no lo encontraban; me dijeron que a lo mejor aún no había llegado el
camión. ¿Está allí o no? No quiero volver a hacer 40 km para nada.
Rebeca"""),
("es", "w3-outlet-etiqueta-39-caja-49", "Santiago Ledesma <santiago.ledesma@example.es>", "Cazadora", "billing", "",
"""Buenas, el sábado compré una cazadora en el outlet de Sevilla. En la
etiqueta naranja ponía 39,90 € y en la caja me la cobraron a 49,90. No
me di cuenta hasta llegar a casa. Tengo el ticket y la etiqueta.
¿Puedo reclamar la diferencia por aquí o tengo que ir a la tienda?
Santiago"""),
("es", "w3-outlet-qr-recogida-no-aparece", "Mónica Herreros <monica.herreros@example.es>", "Código de recogida", "technical", "",
"""Hola:

Estoy en la tienda para recoger el pedido y en la app, en «Mis
pedidos», el botón «Mostrar código de recogida» no hace nada. Lo he
pulsado mil veces. Sin el QR la dependienta dice que no me lo puede dar.
¿Me podéis mandar el código por correo?

Mónica"""),
("es", "w3-outlet-vale-devolucion-saldo", "Patricio Núñez <patricio.nunez@example.es>", "Vale", "billing", "",
"""Buenas, en marzo devolví unas zapatillas y me dieron un vale de 65 €.
Compré unos calcetines con él y creo que me quedaban unos 58 €, pero
hoy en caja me dicen que el vale está a cero. Tengo el ticket de los
calcetines. ¿Dónde ha ido el resto?
Patricio"""),
("es", "w3-outlet-estanteria-se-cayo", "Alejandra Vicuña <alejandra.vicuna@example.es>", "Estantería en la zona de menaje", "general", "high",
"""Buenas tardes:

Hoy a las 17:30, en el outlet de Alcorcón, una balda de la estantería de
menaje se ha soltado y han caído al suelo varias cajas de vajilla justo
al lado de mi hija de cuatro años, que estaba mirando unas tazas. Por
unos centímetros no le han dado. La dependienta recogió los cristales
pero la estantería siguió igual, con la balda colgando.

Creo que tienen que revisarla hoy mismo.

Alejandra Vicuña"""),
("es", "w3-outlet-zapatillas-suela-no-quiero-devolver", "Marcos Peralta <marcos.peralta@example.es>", "Zapatillas de trail", "technical", "",
"""Hola:

Compré unas zapatillas de trail en vuestro outlet hace un mes y a la
zapatilla derecha se le está despegando la suela por la punta. No
quiero devolverlas ni que me deis otras, son justo mi número y ya no
quedan. Solo quiero saber si tenéis servicio para pegarlas o qué
pegamento me recomendáis para hacerlo yo.

Marcos"""),
("es", "w3-outlet-horario-domingos", "Encarna Robles <encarna.robles@example.es>", "domingo", "general", "",
"""¿El outlet de Getafe abre los domingos? En Google sale que sí pero en
la puerta ponía algo de «domingos de apertura». gracias
Encarna"""),
# ---------------- Spanish: buy-now-pay-later shops ----------------
("es", "w3-bnpl-cuotas-despues-de-devolver", "Lorena Carrasco <lorena.carrasco@example.es>", "Sigo pagando algo que devolví", "billing", "",
"""Hola:

Compré un abrigo de 180 € en una tienda online pagando en tres plazos
con vosotros. Lo devolví a la tienda a la semana y la tienda me ha
confirmado por correo que la devolución está aceptada. Aun así hoy me
habéis pasado la segunda cuota de 60 €. ¿Cómo se paran las cuotas que
quedan y cuándo vuelve lo que ya he pagado?

Lorena"""),
("es", "w3-bnpl-mover-fecha-cuota", "Julián Barrios <julian.barrios@example.es>", "fecha", "billing", "",
"""buenas, cobro la nomina el dia 5 y la cuota me la pasais el 1. se
puede mover al dia 6 o asi? no quiero que me la rechacen.
julian"""),
("es", "w3-bnpl-verificacion-dni-falla", "Ana Belén Moya <anabelen.moya@example.es>", "No me deja verificar", "technical", "",
"""Hola:

Al intentar pagar a plazos me pide verificar mi identidad con una foto
del DNI y un selfi. Hago las fotos y siempre sale «No hemos podido
verificar tu documento, inténtalo de nuevo». Lo he intentado con buena
luz, sin funda, por delante y por detrás. Mi DNI es el nuevo, el de 2022.

Ana Belén Moya"""),
("es", "w3-bnpl-recargo-impago-banco-espana", "Gerardo Molina <gerardo.molina@example.es>", "Recargo de 15 euros", "billing", "high",
"""Buenos días:

Me habéis puesto un recargo de 15 € por «cuota impagada» en una cuota
de 33 €. La cuota no se pudo cobrar porque vuestra app estuvo caída el
día 1 y no me dejaba actualizar la tarjeta caducada; os escribí ese
mismo día y tengo el correo.

No voy a pagar ese recargo. Si no lo retiráis, presentaré una
reclamación ante el Banco de España.

Gerardo Molina"""),
("es", "w3-bnpl-limite-antes-de-comprar", "Valentina Cruz <valentina.cruz@example.com>", "Una pregunta antes de comprar", "billing", "",
"""Hola, quiero comprar un sofá de 1.100 € y pagarlo en 12 meses con
ustedes. ¿Hay un límite máximo? Ya tengo otra compra a plazos abierta de
unos 200 € con ustedes. ¿Eso me resta del límite?
Gracias, Valentina"""),
("es", "w3-bnpl-app-bucle-inicio-sesion", "Tobías Gallardo <tobias.gallardo@example.es>", "La app me echa", "technical", "",
"""Hola, meto el móvil, me llega el código, lo pongo y la app me vuelve a
pedir el número de móvil. Así en bucle. He borrado la app y la he
vuelto a instalar y nada. Quiero ver cuándo me toca la siguiente cuota
y no hay manera.
Tobías"""),
("es", "w3-bnpl-dejar-de-recibir-correos", "Victoria Aguado <victoria.aguado@example.es>", "Publicidad", "general", "",
"""Buenas:

Usé vuestro servicio una vez el año pasado y ya está todo pagado. Desde
entonces me llegan correos y SMS con ofertas de tiendas casi a diario.
Por favor, eliminad mis datos de vuestras listas de publicidad y
confirmádmelo.

Victoria Aguado"""),
# ---------------- Spanish: cashback and price-comparison sites ----------------
("es", "w3-cashback-no-abonado-90-dias", "Emilio Fajardo <emilio.fajardo@example.es>", "Cashback portátil", "billing", "",
"""Hola,

El 2 de marzo compré un portátil de 899 € en una tienda de vuestra web
entrando desde vuestro enlace, con un 4 % de reembolso anunciado. En mi
cuenta la compra aparece como «pendiente» desde hace más de 90 días.
Tengo el número de pedido y la factura de la tienda. ¿Cuándo se me
ingresan los 35,96 €?

Emilio Fajardo"""),
("es", "w3-cashback-retirada-no-llega-iban", "Renata Salgado <renata.salgado@example.es>", "retirada de saldo", "billing", "",
"""pedí retirar mis 62,30 € a la cuenta bancaria hace 12 días, en la web
pone «retirada completada» pero en mi banco no ha entrado nada. el
iban está bien puesto, lo he comprobado tres veces
renata"""),
("es", "w3-cashback-extension-chrome-cuelga", "Hugo Valcárcel <hugo.valcarcel@example.es>", "La extensión", "technical", "",
"""Buenas,

Desde que instalé vuestra extensión para Chrome, cada vez que entro en
una tienda sale el aviso de «Activar reembolso», le doy y la pestaña se
queda congelada. Tengo que cerrar Chrome entero. Si desactivo la
extensión va todo bien.

Hugo"""),
("es", "w3-comparador-sugerencia-canarias", "Yaiza Hernández <yaiza.hernandez@example.es>", "Una idea", "general", "",
"""Hola! Vivo en Tenerife y uso mucho vuestro comparador, pero la mitad de
las tiendas que salen no envían a Canarias y no lo sé hasta el final.
Sería genial un filtro de «envía a Canarias». Gracias por todo igual.
Yaiza"""),
("es", "w3-comparador-tienda-quiere-aparecer", "Comercial Ferretería Olmo <ventas@ferreteria-olmo.example>", "Colaboración", "general", "",
"""Buenos días:

Somos una ferretería online de Valladolid con unos 6.000 productos y nos
gustaría aparecer en vuestro comparador de precios. ¿Cómo funciona el
alta para tiendas? ¿Trabajáis con feed XML o necesitáis otro formato?

Un saludo,
Tomás Olmo
Ferretería Olmo"""),
("es", "w3-cashback-acceso-desde-fuera", "Araceli Peña <araceli.pena@example.es>", "Alguien ha entrado en mi cuenta", "technical", "",
"""Hola, me ha llegado un correo de «Nuevo inicio de sesión desde
Rumanía» y después otro de «Tu contraseña se ha cambiado». No he sido
yo. Ahora no puedo entrar con mi contraseña. Por ahora no veo que hayan
tocado el saldo, pero quiero recuperar la cuenta antes de que pase algo.
Araceli"""),
("es", "w3-cashback-tienda-afiliada-seguimiento-caido", "Marketing Zapatería Brisa <marketing@zapateria-brisa.example>", "Seguimiento de ventas", "technical", "high",
"""Hola:

Somos una de las tiendas afiliadas. Desde el sábado el panel no registra
ninguna venta procedente de vuestra web: cero clics convertidos en tres
días, cuando lo normal son unas 80 ventas diarias. Nuestros clientes
están escribiendo porque no les aparece el reembolso y ya tenemos
decenas de quejas en redes. El píxel está instalado igual que siempre.

Necesitamos que alguien lo mire hoy.

Patricia Galindo
Marketing, Zapatería Brisa"""),
# ---------------- Spanish: newspapers and magazines online ----------------
("es", "w3-periodico-de-1-a-9-99", "Armando Cisneros <armando.cisneros@example.es>", "¿9,99?", "billing", "",
"""Me suscribí con la oferta de 1 € al mes «el primer año». Hoy, a los
siete meses, me han pasado 9,99 €. ¿Esto qué es? Tengo el correo de
bienvenida donde pone lo del año.
Armando Cisneros"""),
("es", "w3-periodico-padre-fallecido", "Pilar Ayala <pilar.ayala@example.es>", "Suscripción de Manuel Ayala", "billing", "",
"""Buenos días:

Mi padre, Manuel Ayala Ortiz, falleció el mes pasado. Era suscriptor
de la edición digital y de la revista del domingo desde hace muchos
años, y lo leía cada mañana. Les agradecería que dejaran de pasar los
recibos a su cuenta a partir de ahora. Si necesitan el certificado de
defunción, puedo enviarlo.

Un saludo,
Pilar Ayala"""),
("es", "w3-periodico-suscriptor-muro-pago", "Leopoldo Aranda <leopoldo.aranda@example.es>", "Soy suscriptor y no me deja leer", "technical", "",
"""Hola:

Pago la suscripción digital desde hace dos años. Desde ayer, en cuanto
abro cualquier noticia en la tableta me sale el cartel de «Suscríbete
para seguir leyendo», aunque arriba a la derecha aparece mi nombre y
«Suscriptor». En el ordenador sí puedo leer. No quiero que me devuelvan
nada, quiero poder leer el periódico en la tableta.

Leopoldo Aranda"""),
("es", "w3-periodico-kiosco-pdf-paginas", "Marisol Cano <marisol.cano@example.es>", "edición en pdf", "technical", "",
"""buenos dias. en la app del kiosco, la edicion impresa en pdf de hoy se
descarga pero solo salen las paginas pares, las impares estan en
blanco. ayer paso lo mismo con el suplemento. tengo un samsung tab
marisol"""),
("es", "w3-periodico-carta-al-director-rectificacion", "Fernando Beltrán <fernando.beltran@example.es>", "Carta al director", "general", "",
"""Estimado director:

En la noticia del pasado martes sobre el cierre de la fábrica de
cerámica de mi pueblo se dice que la empresa tenía 40 trabajadores.
Trabajé allí 31 años y éramos 112 en plantilla. Les agradecería que lo
corrigieran y, si lo consideran, que publicaran esta carta.

Fernando Beltrán Ruiz
Manises"""),
("es", "w3-periodico-factura-despacho", "Despacho Lorente Abogados <admin@lorente-abogados.example>", "Factura suscripción anual", "billing", "",
"""Buenos días:

Hemos contratado la suscripción anual para cinco usuarios a nombre del
despacho (590 €). Necesitamos factura completa con nuestros datos
fiscales: Lorente Abogados S.L.P., CIF B00000000, C/ Colón 22, 46004
Valencia. El justificante que llega por correo no nos sirve para la
contabilidad.

Atentamente,
Administración - Lorente Abogados"""),
("es", "w3-periodico-gracias-reportaje-residencias", "Concha Valverde <concha.valverde@example.es>", "Reportaje del domingo", "general", "",
"""Solo quería daros las gracias por el reportaje del domingo sobre las
residencias de mayores. Mi madre vive en una y me he sentido muy
identificada. Hacía tiempo que no leía algo tan bien contado. Por cosas
así sigo pagando la suscripción.
Concha"""),
# ---------------- Spanish: audiobooks and e-books ----------------
("es", "w3-audiolibros-creditos-acumulados", "Benjamín Toledo <benjamin.toledo@example.es>", "Créditos", "billing", "",
"""Hola,

Tengo seis créditos sin usar acumulados porque este invierno apenas he
escuchado nada. He leído que si dejo el plan pierdo los créditos.
¿Puedo bajar al plan sin créditos y conservar los que ya he pagado
hasta gastarlos?

Benjamín"""),
("es", "w3-ebooks-novela-comprada-dos-veces", "Paula Sandoval <paula.sandoval@example.es>", "Misma novela dos veces", "billing", "",
"""hola, sin querer he comprado dos veces la misma novela, una desde la
web y otra desde el lector al día siguiente. 14,99 x 2. la segunda ni
la he abierto. me devolvéis una?
paula"""),
("es", "w3-audiolibros-se-para-pantalla-bloqueada", "Rubén Carrillo <ruben.carrillo@example.es>", "Se corta", "technical", "",
"""Buenas:

Cuando bloqueo el móvil el audiolibro se para a los dos o tres minutos.
Si tengo la pantalla encendida va bien. Escucho en el coche y camino al
trabajo, así que es un rollo. He quitado el ahorro de batería para
vuestra app. Xiaomi Redmi Note 11.

Rubén"""),
("es", "w3-ebooks-lector-no-sincroniza", "Milagros Ugarte <milagros.ugarte@example.es>", "El lector no sincroniza", "technical", "",
"""Hola, los libros que compro en la web no aparecen en el lector
electrónico. Le doy a sincronizar y dice «Sincronización completada»,
pero el último libro que tengo ahí es de febrero. El lector está
conectado al wifi de casa y tiene la última actualización.
Milagros"""),
("es", "w3-audiolibros-pausa-verano", "Gisela Fontanals <gisela.fontanals@example.es>", "Verano", "billing", "",
"""Hola! En julio y agosto estoy de monitora de campamento sin cobertura
y no voy a escuchar nada. ¿Puedo congelar la cuota esos dos meses y
volver en septiembre sin perder mi biblioteca?
Gisela"""),
("es", "w3-audiolibros-catalogo-euskera", "Koldo Etxeberria <koldo.etxeberria@example.es>", "Liburuak euskaraz", "general", "",
"""Kaixo,

¿Tenéis audiolibros en euskera? En el buscador no encuentro la forma de
filtrar por idioma. Si hay pocos, me gustaría sugeriros algunos
autores que seguro que tendrían público.

Eskerrik asko,
Koldo"""),
("es", "w3-ebooks-lector-quema-cargando", "Remedios Quintero <remedios.quintero@example.es>", "El ereader", "technical", "high",
"""Buenas noches,

He dejado el lector electrónico cargando en la mesilla y al ir a cogerlo
estaba muy caliente, tanto que no podía sostenerlo, y la parte de atrás
parece algo abombada. Lo he desenchufado y lo he puesto en el
fregadero. Lo compré con vosotros hace unos ocho meses. ¿Qué hago con
él?

Remedios"""),
# ---------------- Spanish: podcast and music platforms ----------------
("es", "w3-musica-plan-familiar-solo-yo", "Nicanor Bravo <nicanor.bravo@example.es>", "precio", "billing", "",
"""Buenas, tengo el plan individual, vivo solo y nunca he invitado a
nadie, pero desde marzo me cobráis 17,99 como si fuera el familiar. En la
app sigue poniendo «Individual». ¿Me devolvéis lo de más de estos
meses?
Nicanor"""),
("es", "w3-musica-mes-gratis-y-despues", "Florencia Ibáñez <florencia.ibanez@example.com.ar>", "¿Por qué 10,99?", "billing", "",
"""Hola, me anoté al mes gratis para probar y me olvidé por completo. Hoy
me llegó el resumen de la tarjeta con 10,99 de ustedes. No usé la app
desde la segunda semana. ¿Hay alguna forma de que me la reintegren y
que no siga?
Flor"""),
("es", "w3-podcast-feed-no-actualiza", "Estudio Sonoro Arrecife <hola@sonoro-arrecife.example>", "El feed no se actualiza", "technical", "",
"""Hola:

Publicamos un pódcast semanal alojado en vuestra plataforma. El episodio
del lunes aparece en nuestro panel como «publicado» pero no llega a
ninguna aplicación: el feed RSS sigue mostrando el del lunes anterior.
Ya hemos vuelto a publicarlo y hemos esperado 48 horas.

Gracias,
Iratxe Moreno
Estudio Sonoro Arrecife"""),
("es", "w3-musica-descargas-desaparecen", "Eloy Navarrete <eloy.navarrete@example.es>", "descargas", "technical", "",
"""Descargo listas para escuchar sin datos y a los dos o tres días
desaparecen, tengo que volver a descargarlas. Tengo espacio de sobra en
el móvil y no he cerrado sesión. Me pasa sobre todo en el metro, que es
justo donde las necesito.
Eloy"""),
("es", "w3-podcast-pagos-creador-mayo", "Daniela Montes <daniela.montes@example.es>", "Ingresos de mayo", "billing", "",
"""Hola:

Tengo activadas las suscripciones de pago para mi pódcast. En el panel
los ingresos de mayo figuran como 212,40 € «liquidados» el 15 de junio,
pero en mi cuenta no ha entrado nada. Los meses anteriores me llegaban
sin problema. No he cambiado los datos bancarios.

Daniela Montes"""),
("es", "w3-musica-bar-poner-musica", "Bar El Tranvía <bareltranvia@example.es>", "Musica en el bar", "general", "",
"""buenas, tenemos un bar pequeño en Zamora y ponemos la musica con la
app en el movil. un cliente nos ha dicho que eso no se puede hacer en un
local abierto al publico. es verdad? a quien hay que preguntar?
Tere, Bar El Tranvía"""),
("es", "w3-musica-plan-estudiante-verificar", "Ismael Robledo <ismael.robledo@example.es>", "Plan estudiante", "billing", "",
"""Hola, estoy en primero de carrera y quería pasarme al plan de
estudiante de 5,99. ¿Qué me pedís para demostrar que soy estudiante?
¿Y me cambiáis el precio este mes o desde el siguiente recibo?
Ismael"""),
# ---------------- Spanish: console and PC game subscriptions ----------------
("es", "w3-juegos-renovacion-anual-contracargo", "Santiago Olea <santiago.olea@example.es>", "Renovación anual no autorizada", "billing", "high",
"""Me habéis renovado la suscripción anual por 59,99 € cuando yo tenía
desactivada la renovación automática desde hace meses (tengo captura
del ajuste). Os escribí la semana pasada y no me ha contestado nadie.

Ya he abierto una disputa del cargo con mi banco. Que conste.

Santiago Olea"""),
("es", "w3-juegos-hijo-compro-gemas", "Virginia Sastre <virginia.sastre@example.es>", "Compras que no he hecho yo", "billing", "",
"""Hola:

Mi hijo de nueve años ha comprado «gemas» dentro de un juego con la
cuenta de la consola: cinco compras de 19,99 € en una tarde. No sabía
que se podía sin contraseña, ya lo he bloqueado. ¿Hay alguna forma de
recuperar ese dinero? Son casi 100 €.

Virginia"""),
("es", "w3-juegos-partidas-nube-perdidas", "Óliver Canales <oliver.canales@example.es>", "Partidas guardadas", "technical", "",
"""hola, he cambiado de consola y al descargar el juego de rol que tengo
por la suscripción no aparece mi partida de 120 horas. en la consola
vieja la tenia sincronizada en la nube, o eso ponía. en la nueva, en
«datos en la nube» no sale nada. por favor decidme que no la he
perdido
Óliver"""),
("es", "w3-juegos-servidores-caidos-torneo", "Club Esports Sur <organizacion@esports-sur.example>", "Servidores caídos - torneo en curso", "technical", "high",
"""Hola:

Estamos organizando un torneo presencial con 180 jugadores en el
pabellón municipal y desde las 16:20 nadie puede conectarse a las
partidas online: se quedan en «Buscando servidor» y al final «Error
de conexión 0x8004». El resto de internet funciona. Tenemos la final
programada para las 19:00 y retransmisión en directo.

¿Hay alguna incidencia conocida? Necesitamos saberlo cuanto antes.

Organización Club Esports Sur"""),
("es", "w3-juegos-mando-se-mueve-solo", "Lorenzo Pineda <lorenzo.pineda@example.es>", "mando", "technical", "",
"""Hola, el joystick izquierdo del mando que compré con el pack de la
suscripción se mueve solo: el personaje camina hacia la izquierda
aunque no toque nada. Lo he calibrado en ajustes. No quiero el dinero,
quiero que me lo cambiéis o reparéis.
Lorenzo"""),
("es", "w3-juegos-cuando-sale-catalogo", "Ainara Goikoetxea <ainara.goiko@example.es>", "Pregunta", "general", "",
"""Hola, ¿hay alguna forma de saber cuándo va a salir un juego del
catálogo? Estoy a mitad del de las granjas y no quiero que desaparezca
antes de terminarlo. Gracias.
Ainara"""),
("es", "w3-juegos-subir-plan-prorrateo", "Raúl Quintanilla <raul.quintanilla@example.es>", "Cambio de plan", "billing", "",
"""Buenas:

Tengo el plan básico pagado hasta noviembre. Si me paso ahora al plan
completo, ¿me cobráis el plan completo entero o se descuenta lo que ya
he pagado del básico? No quiero pagar dos veces por los mismos meses.

Raúl"""),
# ---------------- Spanish: tax preparation service ----------------
("es", "w3-renta-60-y-me-quitais-95", "Lidia Sotomayor <lidia.sotomayor@example.es>", "Declaración 2023", "billing", "",
"""Hola:

Contraté con vosotros la declaración de la renta conjunta por 60 €, que
es lo que ponía en la web para «declaración sencilla con dos
titulares». Hoy me han quitado 95 € de la tarjeta. Nadie me ha dicho
que la mía fuera más complicada: es una nómina cada uno y la hipoteca.

Lidia Sotomayor"""),
("es", "w3-renta-factura-honorarios-autonomo", "Joaquín Bermejo <joaquin.bermejo@example.es>", "Factura", "billing", "",
"""Buenas, soy autónomo y necesito la factura de vuestros honorarios por
la renta con mi NIF y mi dirección fiscal para deducirla en el
trimestre. En el área de cliente solo aparece el justificante del pago
con tarjeta.
Joaquín Bermejo - NIF 00000000T - C/ Mayor 3, 30001 Murcia"""),
("es", "w3-renta-sancion-error-gestor-abogado", "Marina Echenique <marina.echenique@example.es>", "Requerimiento de Hacienda", "billing", "high",
"""Señores:

Presentaron ustedes mi declaración de 2022 olvidando incluir la
pensión de viudedad que les entregué en papel (tengo el justificante
de entrega firmado por su asesor). Hacienda me ha enviado una
liquidación con 740 € de cuota, 58 € de intereses y una sanción de
370 €.

La cuota es mía, pero los intereses y la sanción son consecuencia de su
error y les exijo que se hagan cargo de ellos. Mi abogada ya tiene la
documentación y, si no hay respuesta en diez días, iniciará las
acciones que procedan.

Marina Echenique"""),
("es", "w3-renta-subir-documentos-error", "Alfonso Ruano <alfonso.ruano@example.es>", "no puedo subir los papeles", "technical", "",
"""hola, en el area de cliente le doy a «subir documentacion», elijo el
pdf del certificado de retenciones y sale un mensaje en rojo que dice
«tipo de archivo no permitido». es un pdf normal de 300 kb que me
descargue del banco. lo he intentado desde el movil y desde el portatil
alfonso"""),
("es", "w3-renta-certificado-digital-firma", "Gracia Torrijos <gracia.torrijos@example.es>", "Firma del borrador", "technical", "",
"""Buenos días:

Me pedís que firme el borrador con certificado digital desde vuestra
web. Tengo el certificado instalado (lo uso en la sede de la Seguridad
Social sin problema), pero cuando le doy a «Firmar» me sale «No se ha
encontrado ningún certificado válido». Uso Firefox en un Mac.

Gracia Torrijos"""),
("es", "w3-renta-alquiler-piso-documentos", "Emiliano Cortázar <emiliano.cortazar@example.es>", "Alquilo un piso", "general", "",
"""Hola, este año he empezado a alquilar un piso que heredé de mi madre.
¿Qué documentos tengo que traeros para la declaración? ¿El contrato,
los recibos del IBI, las facturas de la comunidad? Prefiero llevarlo
todo de una vez.
Emiliano"""),
("es", "w3-renta-cita-plantada-responsable", "Herminia Valle <herminia.valle@example.es>", "Nadie me atendió", "general", "high",
"""Tenía cita presencial el jueves a las 11 en su oficina de la calle
Uría para hacer la renta. Esperé cuarenta minutos, la asesora no
apareció y nadie me dio explicación. Es la segunda vez que me pasa.
Tengo 79 años y vine en dos autobuses.

Quiero hablar con la responsable de la oficina, no con la centralita.

Herminia Valle
985 000 611"""),
# ---------------- Spanish: funeral services ----------------
("es", "w3-funeraria-factura-seguro-decesos", "Rosa María Cuadrado <rosamaria.cuadrado@example.es>", "Servicio de mi marido", "billing", "",
"""Buenos días:

Mi marido, Antonio Gil, tenía un seguro de decesos que debería cubrir
el servicio. Me ha llegado una factura a mi nombre por 1.240 € de
«conceptos no cubiertos», pero no aparece cuáles son. ¿Me la pueden
enviar desglosada para poder consultarlo con la aseguradora?

Muchas gracias por todo lo que hicieron esos días.
Rosa María Cuadrado"""),
("es", "w3-funeraria-cobro-de-mas-director", "Francisco Montero <francisco.montero@example.es>", "Presupuesto y factura del servicio de mi madre", "billing", "high",
"""Buenas tardes:

Firmamos un presupuesto de 3.600 € para el servicio de mi madre, con
incineración y sala de velatorio incluidas. La factura final es de
4.410 €: aparecen «acondicionamiento», «segunda noche de sala» y
flores que nadie pidió. Nos hicieron firmar en un momento en que no
estábamos para leer papeles.

Quiero que me llame el director del tanatorio para revisarlo en
persona. No voy a pagar la diferencia hasta entonces.

Francisco Montero"""),
("es", "w3-funeraria-libro-condolencias-web", "Aurora Lamas <aurora.lamas@example.es>", "Libro de condolencias", "technical", "",
"""Hola, en la página de mi tío Celso en vuestra web hay un libro de
condolencias, pero varios familiares de Argentina me dicen que escriben
el mensaje, le dan a «enviar» y no se publica nada. Yo lo he probado y
me pasa igual. Para ellos es la única forma de despedirse.
Aurora"""),
("es", "w3-funeraria-retransmision-no-funciono", "Ismael Portillo <ismael.portillo@example.es>", "Re: Enlace retransmisión ceremonia", "technical", "",
"""Buenas,

Mi hermano vive en Chile y no pudo ver la ceremonia de mi padre. El
enlace que nos mandaron abría una página con el mensaje «Emisión no
disponible» todo el rato, también a mi sobrino desde Alemania. ¿Se
grabó? Si está grabada, ¿nos pueden mandar un enlace que funcione?

Ismael

El vie, 14 jun 2024 a las 9:02, Tanatorio San Lázaro (<ceremonias@tanatorio-sanlazaro.example>) escribió:
> Estimada familia:
> Les enviamos el enlace para seguir la ceremonia en directo el sábado
> a las 12:00. Pueden compartirlo con quien deseen.
> Un afectuoso saludo."""),
("es", "w3-funeraria-gracias-personal", "Eulalia Sanchís <eulalia.sanchis@example.es>", "Gracias", "general", "",
"""Queremos dar las gracias a todo el personal del tanatorio, en especial
a Vicente, por cómo nos trataron cuando murió mi padre. Nos lo
explicaron todo con calma y hasta se acordaron de poner su canción de
Serrat al final. Ya está todo pagado y en orden; esto es solo para
decirlo.
Familia Sanchís Bolea"""),
("es", "w3-funeraria-recoger-cenizas", "Germán Olivera <german.olivera@example.es>", "Cenizas", "general", "",
"""Buenos días, ¿a partir de cuándo se pueden recoger las cenizas de mi
madre, Dolores Pérez? ¿Tengo que ir yo, que soy el que firmó, o puede
ir mi hermana? ¿Hay que llevar algún documento?
Germán"""),
# ---------------- Spanish: furniture and appliance rental ----------------
("es", "w3-alquiler-lavadora-charco", "Yolanda Cervera <yolanda.cervera@example.es>", "Lavadora alquilada", "technical", "",
"""Hola:

La lavadora que tengo alquilada con vosotros desde enero deja un charco
debajo en cada lavado, por la parte de delante. No es mucho, pero ya
se me ha hinchado el rodapié. El filtro está limpio y la goma de la
puerta la he mirado y no veo nada roto.

Yolanda Cervera
Contrato AL-20417"""),
("es", "w3-alquiler-nevera-chispazos-enchufe", "Benjamín Arroyo <benjamin.arroyo@example.es>", "Nevera", "technical", "high",
"""Buenas, la nevera que me alquilaron hace un mes hace chispas en el
enchufe cada vez que arranca el motor, se oye un chasquido y huele a
quemado. La he desenchufado y tengo toda la comida en una nevera
portátil. Con los otros aparatos el enchufe va bien.
Benjamín, contrato AL-21530"""),
("es", "w3-alquiler-me-vuelvo-a-rosario", "Agustín Ferreyra <agustin.ferreyra@example.com.ar>", "Fin de contrato", "billing", "",
"""Hola, ¿cómo están? En agosto me vuelvo a Rosario y dejo el piso. Les
pediría que pasen a buscar el sofá, la cama y el escritorio la última
semana de julio y que a partir de ahí ya no me debiten la cuota. Díganme
qué día les viene bien.
Gracias, Agustín"""),
("es", "w3-alquiler-fianza-mancha-sofa", "Natalia Espejo <natalia.espejo@example.es>", "Fianza", "billing", "",
"""Buenos días:

Me han devuelto 80 € de los 200 € de fianza del sofá, alegando una
mancha en un cojín. La mancha ya estaba cuando me lo entregaron y así
lo anoté en el albarán de entrega, del que tengo copia. ¿Me podéis
devolver los 120 € que faltan?

Natalia Espejo"""),
("es", "w3-alquiler-doce-euros-mas", "Ramón Llorente <ramon.llorente@example.es>", "este mes", "billing", "",
"""porque este mes son 12 euros mas? tengo el mismo frigorifico y la misma
lavadora que siempre y nadie me ha dicho nada
ramon llorente"""),
("es", "w3-alquiler-escritorio-elevable-no-sube", "Ane Urquiza <ane.urquiza@example.es>", "El escritorio", "technical", "",
"""Hola, el escritorio elevable que alquilé para teletrabajar se ha quedado
abajo del todo. Al pulsar el botón de subir se enciende la pantallita
con «E01» y hace un pitido, pero no se mueve. Lo he desenchufado un
rato y sigue igual.
Ane"""),
("es", "w3-alquiler-cambio-domicilio-entrega", "Carmen Rosa Paredes <carmenrosa.paredes@example.pe>", "Cambio de dirección", "general", "",
"""Buenas tardes. Me he mudado al piso de al lado (del 3.º A al 3.º B,
mismo edificio). ¿Tengo que avisar de algún modo para el contrato o
para cuando vengan a recoger los muebles al final? El resto de datos
siguen iguales.
Carmen Rosa"""),
# ---------------- Spanish: smart locks and home security cameras ----------------
("es", "w3-cerradura-pilas-nuevas-no-abre", "Mateo Salinas <mateo.salinas@example.es>", "cerradura", "technical", "",
"""Hola, la cerradura inteligente avisó de batería baja, le cambié las
cuatro pilas por unas nuevas y ahora no reconoce ni la huella ni el
código. Se enciende el teclado, pita tres veces y se pone en rojo.
Menos mal que tengo la llave física.
Mateo"""),
("es", "w3-cerradura-madre-no-puede-salir", "Inés Carrasco <ines.carrasco@example.es>", "Mi madre no puede salir de casa", "technical", "high",
"""Les escribo porque por teléfono no me cogen. Mi madre, de 84 años, está
en su casa y la cerradura electrónica que le instalaron la semana
pasada no abre desde dentro: el pomo gira pero el pestillo no se
recoge. Está tranquila y tiene de todo, pero no puede salir y si
pasara algo tampoco podría entrar nadie. Yo estoy a 200 km.

Inés Carrasco
Dirección: C/ Olivo 12, 1.º, Jaén"""),
("es", "w3-camaras-tiendas-sin-grabar", "Seguridad Ópticas Mirada <seguridad@opticas-mirada.example>", "Cámaras sin conexión", "technical", "high",
"""Buenos días:

Desde las 02:00 de esta noche las 24 cámaras de nuestras seis tiendas
aparecen «Sin conexión» en el panel y no hay grabación de ninguna. Las
tiendas tienen internet, los grabadores están encendidos. Anoche hubo
un intento de robo en la de Carabanchel y no tenemos imágenes para la
policía.

Necesitamos que se restablezca hoy y saber si se puede recuperar algo.

Departamento de Seguridad
Ópticas Mirada"""),
("es", "w3-camaras-avisos-con-retraso", "Teresa Ugalde <teresa.ugalde@example.es>", "Notificaciones", "technical", "",
"""Hola:

Las notificaciones de movimiento de la cámara del portal me llegan con
diez o quince minutos de retraso. Ayer me avisó de que había llegado el
mensajero cuando ya se había ido. La cámara tiene buena señal de wifi y
el vídeo en directo se ve sin cortes.

Teresa"""),
("es", "w3-camaras-nube-piso-vendido", "Rafael Iturbe <rafael.iturbe@example.es>", "Piso de la playa", "billing", "",
"""Buenas, hemos vendido el piso de la playa donde teníamos la cámara con
el plan de grabación en la nube de 4,99 al mes. La cámara se la ha
quedado el comprador. Nosotros ya no pintamos nada ahí, así que no
queremos seguir pagando eso.
Rafa"""),
("es", "w3-camaras-plan-cobrado-dos-veces-banco", "Lorena Pastor <lorena.pastor@example.es>", "Dos cargos este mes", "billing", "high",
"""Me habéis cobrado este mes dos veces el plan anual de grabación en la
nube, 49,99 € el día 2 y otros 49,99 € el día 3. Tengo una sola cámara
y una sola cuenta. Como en el chat no me dan solución, he pedido a mi
banco que anule el segundo cargo.

Lorena Pastor"""),
("es", "w3-cerradura-puerta-blindada-antes-de-comprar", "Hilario Bustos <hilario.bustos@example.es>", "Antes de comprarla", "general", "",
"""Hola, me interesa la cerradura de la web que está a 229 €. Mi puerta
es blindada, con cerradura de tres puntos de las antiguas. ¿Se puede
poner en ese tipo de puerta o hace falta cambiar algo más? ¿La instaláis
vosotros en Córdoba?
Hilario"""),
# ---------------- Spanish: solar panel leasing ----------------
("es", "w3-solar-excedentes-no-aparecen", "Vicente Armengol <vicente.armengol@example.es>", "Compensación de excedentes", "billing", "",
"""Hola:

Cuando firmamos el renting de las placas nos explicaron que los
excedentes que vertemos a la red se descontarían de la factura de la
luz. La app dice que en mayo vertimos 210 kWh, pero en la factura de
mayo no aparece ningún descuento. ¿Lo tenéis que tramitar vosotros con
la comercializadora o lo tengo que pedir yo?

Vicente Armengol"""),
("es", "w3-solar-vendemos-la-casa-cuotas", "Begoña Larrañaga <begona.larranaga@example.es>", "Venta de la vivienda", "billing", "",
"""Buenos días:

Vamos a vender la casa en septiembre. Nos quedan 9 años del contrato de
renting de las placas. ¿Qué pasa con las cuotas que faltan? ¿Se pueden
traspasar al comprador o tenemos que pagar algo por terminar antes?
Necesitamos saberlo para la negociación con el comprador.

Begoña Larrañaga"""),
("es", "w3-solar-dos-meses-parado-consumo", "Eusebio Mateos <eusebio.mateos@example.es>", "DOS MESES SIN PLACAS Y PAGANDO", "billing", "high",
"""El inversor se estropeó el 3 de abril. Su técnico vino el 18, dijo que
había que cambiarlo y que «en una semana» estaba. Estamos a 10 de junio
y las placas siguen sin producir nada, pero ustedes me siguen pasando
los 64 € de cuota cada mes como si nada.

Quiero que me devuelvan las cuotas de abril, mayo y junio. He
presentado reclamación en la Oficina del Consumidor del ayuntamiento.

Eusebio Mateos"""),
("es", "w3-solar-inversor-luz-roja", "Macarena Jurado <macarena.jurado@example.es>", "Luz roja", "technical", "",
"""hola el aparato de las placas (el inversor creo) tiene una luz roja
fija desde esta mañana y en la pantalla pone «Grid fault». hace sol y
no esta produciendo. no he tocado nada. lo apago y lo enciendo?
macarena"""),
("es", "w3-solar-app-marca-cero", "Baltasar Crespo <baltasar.crespo@example.es>", "La app marca 0 kW", "technical", "",
"""Buenas tardes:

Desde el día 20 la app de monitorización marca 0 kW de producción todo
el día, pero el contador de la compañía sí gira hacia atrás cuando hace
sol, así que las placas producen. Creo que el que ha dejado de
funcionar es el aparato de la conexión wifi. El router no lo hemos
cambiado.

Baltasar"""),
("es", "w3-solar-olor-quemado-garaje", "Purificación Lozano <puri.lozano@example.es>", "Inversor en el garaje", "technical", "high",
"""Buenas tardes,

Al bajar al garaje he notado olor a plástico quemado junto al inversor
de las placas, y la caja estaba bastante más caliente de lo normal. Se
oía un zumbido que antes no hacía. He bajado el interruptor que me
dijo el instalador y he dejado la puerta abierta. No se ve humo. ¿Qué
tengo que hacer ahora?

Puri Lozano"""),
("es", "w3-solar-vecino-pregunta-precio", "Teodoro Gallego <teodoro.gallego@example.es>", "Información", "general", "",
"""Hola, mi vecino tiene vuestras placas en renting y dice que paga unos
60 € al mes. Mi tejado es de teja y mira al sur-oeste. ¿Podéis venir a
ver si vale para ponerlas? Vivo en Cáceres, en una casa de dos plantas.
Teodoro"""),
# ---------------- Spanish: mobile phone repair by post ----------------
("es", "w3-movil-presupuesto-89-ahora-140", "Natalia Urrutia <natalia.urrutia@example.es>", "Re: Presupuesto reparación R-55201", "billing", "",
"""Hola:

Antes de mandar el móvil acepté en la web la reparación de pantalla por
89 €. Ahora me llega este correo diciendo que son 140 €. ¿Por qué? Si
son 140 prefiero que me lo devolváis sin reparar.

Natalia

El 12/06/2024 16:40, Taller MóvilExpress <reparaciones@movilexpress.example> escribió:
> Hola Natalia:
> Tras el diagnóstico, el importe de la reparación de tu terminal
> asciende a 140,00 €. Por favor, acepta el presupuesto desde tu área
> de cliente para continuar."""),
("es", "w3-movil-quiero-los-120-consumo", "Jacinto Peláez <jacinto.pelaez@example.es>", "Reparación R-54880 - reclamación", "billing", "high",
"""Envié el móvil para cambiar la batería y pagué 120 €. Me ha vuelto con
la batería nueva pero ahora no funciona el altavoz ni la cámara
delantera, que antes iban perfectos. No quiero que lo volváis a tocar.
Quiero mis 120 € y que me paguéis la reparación en otro taller.

Si en una semana no tengo respuesta, voy a la OMIC con las fotos de
antes y después.

Jacinto Peláez"""),
("es", "w3-movil-volvio-y-no-carga", "Alba Quiroga <alba.quiroga@example.es>", "Sigue igual", "technical", "",
"""Hola, os mandé el móvil porque no cargaba y me ha vuelto con el papel
de «conector de carga sustituido». Lo enchufo y sale el rayito unos
segundos y luego se quita. Igual que antes. Con el cargador
inalámbrico sí carga.
Alba"""),
("es", "w3-movil-faceid-tras-pantalla", "Simón Echeverri <simon.echeverri@example.co>", "Face ID", "technical", "",
"""Buenas, me cambiaron la pantalla y ahora el desbloqueo facial no
funciona, sale «No se puede activar Face ID en este iPhone». Antes de
mandarlo funcionaba bien. La pantalla se ve perfecta, eso sí.
Simón"""),
("es", "w3-movil-bateria-hinchada-enviar", "Dolores Aguirre <dolores.aguirre@example.es>", "Antes de enviar el móvil", "technical", "high",
"""Hola:

Tengo preparado el móvil para mandároslo para cambiar la batería, pero
esta mañana la pantalla se ha despegado por un lado porque la batería
se ha hinchado, y está templado aunque no lo estoy cargando. ¿Es seguro
mandarlo así por mensajería? De momento lo tengo apagado encima de un
plato en la cocina.

Dolores"""),
("es", "w3-movil-caja-envio-no-llega", "Quique Baena <quique.baena@example.es>", "caja", "general", "",
"""hola, pedi la reparacion hace 5 dias y me dijisteis que me mandabais una
caja para enviar el movil. todavia no ha llegado nada. me podeis decir
si salio? vivo en un pueblo y a veces correos lo deja en el bar
quique"""),
("es", "w3-movil-en-que-estado-esta", "Isabel Montalvo <isabel.montalvo@example.es>", "R-55377", "general", "",
"""Buenos días, mandé el móvil el lunes y en el seguimiento pone
«recibido en taller» desde el martes. ¿Hay alguna forma de saber en qué
fase está y cuándo me lo devolvéis más o menos? Lo uso para trabajar.
Gracias, Isabel"""),
# ---------------- Spanish: restaurant reservations and gift vouchers ----------------
("es", "w3-restaurante-bono-regalo-caducado", "Adela Santos <adela.santos@example.es>", "Bono regalo menú degustación", "billing", "",
"""Hola:

Mis hijos me regalaron por Navidad un bono de menú degustación para dos
(150 €). Entre una cosa y otra no lo he usado y veo que caducó el mes
pasado. ¿Hay alguna posibilidad de ampliarlo o de usar ese dinero en
otra cosa de la carta? Me da mucha pena perderlo.

Adela Santos"""),
("es", "w3-restaurante-senal-comida-empresa", "Recepción Clínica Dental Arco <recepcion@dental-arco.example>", "Comida de empresa 21 de junio", "billing", "",
"""Buenos días:

Reservamos para 18 personas el 21 de junio y dejamos 180 € de señal.
Por un brote de gripe en la clínica tuvimos que anular, avisando seis
días antes. En la reserva ponía que con más de 72 horas de antelación
la señal se devolvía. Aún no la tenemos. ¿Nos la podéis ingresar en la
misma cuenta?

Gracias,
Noelia, Clínica Dental Arco"""),
("es", "w3-restaurante-datafono-dos-veces", "Cristóbal Vega <cristobal.vega@example.es>", "cena del viernes", "billing", "",
"""el viernes cenamos en vuestro local de Malasaña, 86,40. el datafono
dio error, el camarero lo volvió a pasar y salió bien. pues en el banco
me salen las dos. me habéis cogido 172,80
Cristóbal"""),
("es", "w3-restaurante-reserva-web-sin-confirmar", "Jimena Arroyo <jimena.arroyo@example.es>", "¿Tengo reserva o no?", "technical", "",
"""Hola, he hecho una reserva para el sábado a las 21:30 para cuatro por
vuestra web y después de darle a confirmar se queda la página cargando.
No me ha llegado ni correo ni SMS. Si lo intento otra vez dice que ya
existe una reserva con mi teléfono, pero no me deja verla. Es el
cumpleaños de mi marido y no quiero llegar y que no haya mesa.
Jimena"""),
("es", "w3-restaurante-marisco-alergia-reaccion", "Patricia Lombardo <patricia.lombardo@example.es>", "Cena del sábado - alergia", "general", "high",
"""Buenas tardes:

El sábado cenamos en su restaurante y avisé al camarero, al reservar y
al pedir, de que soy alérgica al marisco. Pedí el arroz de verduras y
me aseguraron que no llevaba nada. A los diez minutos tenía la boca
hinchada y dificultad para tragar; terminé en urgencias del Clínico.
En el informe pone reacción alérgica.

Estoy bien, pero quiero saber qué llevaba ese arroz y que revisen cómo
tratan los avisos de alergias en cocina.

Patricia Lombardo"""),
("es", "w3-restaurante-terraza-perros", "Gorka Lasa <gorka.lasa@example.es>", "Perro", "general", "",
"""¿se puede ir con perro a la terraza? es pequeñito y muy tranquilo
Gorka"""),
("es", "w3-restaurante-gracias-cumple-abuela", "Lucía Figueroa <lucia.figueroa@example.es>", "GRACIAS!!!", "general", "",
"""Hola!!! Solo queríamos daros las gracias por el cumpleaños de mi abuela
el domingo. Cumplía 90 y el camarero (creo que se llama Iván) le sacó
la tarta cantando y acabó cantando todo el comedor. Ella no para de
contarlo. La comida, como siempre, buenísima. Nos vemos pronto!!
Lucía y familia"""),
# ---------------- Spanish: supermarket online shop substitutions ----------------
("es", "w3-super-sustitucion-mas-cara", "Rafael Benavent <rafael.benavent@example.es>", "Sustitución", "billing", "",
"""Hola:

Pedí el aceite de oliva de marca blanca de 5 litros y, como no había,
me lo habéis sustituido por uno de marca de 3 litros que cuesta más, y
me lo habéis cobrado a su precio. Si sustituís un producto, lo lógico
es que me cobréis como mucho lo que costaba el que pedí. ¿Me devolvéis
la diferencia?

Rafael"""),
("es", "w3-super-faltan-y-se-cobran", "Marisa Quintana <marisa.quintana@example.es>", "Pedido de ayer", "billing", "",
"""Buenas, en el pedido de ayer no venían ni las pechugas de pollo ni los
dos paquetes de pañales, y en el albarán no aparecen como «sin
existencias». Aun así el importe del banco es el total del pedido,
103,45. Eso no me cuadra.
Marisa"""),
("es", "w3-super-franjas-no-cargan", "Fabián Cordero <fabian.cordero@example.es>", "No puedo elegir hora de entrega", "technical", "",
"""Hola, al terminar el pedido en la app, en la parte de elegir hora de
entrega se queda el circulito girando y no sale ninguna franja. Con la
web del ordenador me pasa igual. Tengo el carro lleno desde ayer.
Fabián"""),
("es", "w3-super-lista-favoritos-vacia", "Encarnación Mora <encarnacion.mora@example.es>", "Mi lista", "technical", "",
"""Hola. Tenía guardada una lista de «habituales» con más de sesenta
productos que usaba todas las semanas para no tener que buscarlos uno
a uno. Desde la actualización de la app la lista aparece vacía, y en
la web también. ¿Se puede recuperar?
Encarnación Mora"""),
("es", "w3-super-cristal-yogur", "Alberto Saavedra <alberto.saavedra@example.es>", "Yogures del pedido 20417", "general", "high",
"""Hola:

En uno de los yogures naturales del pedido de ayer mi hijo de seis años
ha encontrado un trocito de cristal al comérselo. Por suerte lo ha
escupido y no se ha hecho nada. Tengo el envase, el trozo de cristal y
el resto del pack de cuatro sin abrir. El lote es el L-24-163.

Quiero que lo sepáis para que retiréis ese lote y me digáis qué hago
con las muestras.

Alberto Saavedra"""),
("es", "w3-super-repartidor-subio-compra", "Luisa Fernández <luisa.fernandez@example.es>", "El repartidor del martes", "general", "",
"""Buenos días:

Quería felicitar al repartidor que me trajo la compra el martes por la
tarde, un chico alto con barba. Se había roto el ascensor de mi
edificio y me subió las seis cajas hasta el quinto sin decir ni una
palabra de queja. Tengo 81 años y yo sola no habría podido.

Muchas gracias,
Luisa Fernández"""),
# ---------------- Spanish: school meal payments ----------------
("es", "w3-comedor-recibo-en-agosto", "Olga Menéndez <olga.menendez@example.es>", "Recibo comedor", "billing", "",
"""Hola, me han pasado un recibo de comedor de 98 € el 1 de agosto. En
agosto no hay cole. El curso pasado no pasó. ¿Es un error? Si es así,
¿me lo devolvéis o lo descontáis del de septiembre?
Olga Menéndez, mamá de Nacho (3.º B)"""),
("es", "w3-comedor-dias-sueltos-precio", "Jesús Ortega <jesus.ortega@example.es>", "Días sueltos", "billing", "",
"""Buenas:

Mi hija no se queda a comer habitualmente, pero los martes de octubre
voy a trabajar de tarde. ¿Cuánto cuesta el día suelto de comedor? ¿Se
paga por adelantado en la plataforma o se carga a final de mes junto
con lo demás?

Jesús Ortega"""),
("es", "w3-comedor-app-se-cierra-menu", "Beatriz Llamas <beatriz.llamas@example.es>", "app", "technical", "",
"""hola, la app del comedor se cierra sola cuando le doy a «menú del mes».
el resto de la app va bien, puedo ver los avisos. tengo un iphone
actualizado. es para ver qué come mi hijo y no repetir en la cena
bea"""),
("es", "w3-comedor-plataforma-caida-colegio", "Secretaría CEIP Los Almendros <secretaria@ceip-almendros.example>", "Plataforma de comedor", "technical", "high",
"""Buenos días:

Desde ayer por la tarde no podemos acceder al panel del colegio en la
plataforma de comedor: «Error interno, inténtelo más tarde». No
podemos pasar la lista de los 410 comensales de hoy ni enviar el
número de menús a cocina, que lo necesita antes de las 10:00. Las
familias tampoco pueden avisar de las ausencias.

Por favor, llámennos al centro en cuanto puedan.

Secretaría CEIP Los Almendros"""),
("es", "w3-comedor-menu-sin-gluten", "Fernando Rivera <fernando.rivera@example.es>", "Celiaquía", "general", "",
"""Hola, a mi hijo le acaban de diagnosticar celiaquía. ¿El comedor del
colegio tiene menú sin gluten? ¿Qué documento tengo que entregar y a
quién? Empezaría en el segundo trimestre.
Gracias,
Fernando Rivera"""),
("es", "w3-comedor-varios-ninos-vomitos", "AMPA Colegio San Fermín <ampa@colegio-sanfermin.example>", "Niños enfermos después de comer", "general", "high",
"""Buenas tardes:

Les escribimos desde la AMPA. Hoy, después de la comida, al menos
quince niños de primaria han empezado con vómitos y dolor de tripa, y
varios han tenido que ser recogidos por sus familias. El menú era
crema de calabaza, albóndigas con tomate y flan. Dos de ellos han ido a
urgencias.

Queremos saber qué se está haciendo para averiguar la causa, si se han
guardado muestras de la comida y si mañana se va a servir con
normalidad.

Junta de la AMPA San Fermín"""),
]
