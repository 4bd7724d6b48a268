# wide4-es.py -- a fourth wide batch of Spanish mails over many kinds of
# business (estate agents, removals, insurance, opticians, party venues,
# private hospitals, office services, parcel shops, student housing,
# apps, airport parking, hotel loyalty, train season tickets...), written
# for training.  Money matters, faults and everything else as customers
# of each business write about them.  Same tuple format as batch16.py.
M += [
# ---- estate agents and property portals ----
("es", "w4-reserva-piso-propietario-se-echo-atras", "Irene Campoy <irene.campoy@example.es>", "Piso C/ Cervantes 12", "billing", "",
"""Hola, buenas:

El 3 de mayo os entregué 600 € de reserva por el piso de la calle
Cervantes 12 (el de dos dormitorios). La semana pasada me llamó Álvaro
para decirme que el propietario ha decidido no alquilarlo y que lo
sentía mucho. Vale, son cosas que pasan, pero los 600 siguen sin
aparecer en mi cuenta y ya van diez días.

¿Me decís cuándo me los vais a mandar? Os dejo el IBAN por si no lo
tenéis: ES00 0000 0000 0000 0000 0000.

Gracias,
Irene Campoy"""),
("es", "w4-portal-anuncio-destacado-banco", "Ramiro Lastra <ramiro.lastra@example.com>", "ANUNCIO DESTACADO - YA BASTA", "billing", "high",
"""Vendí mi local en febrero y ese mismo día quité el anuncio y desactivé
el "destacado". Desde entonces me habéis pasado 29,90 en marzo, abril y
mayo. He escrito tres veces por el formulario y nadie contesta.

Hoy he llamado a mi banco y he pedido que me devuelvan los tres cargos
como no autorizados. Ya está en marcha. Lo que quiero es que dejéis de
pasarme recibos.

Ramiro Lastra"""),
("es", "w4-honorarios-agencia-nif-factura", "Begoña Arrieta <b.arrieta@example.es>", "Compra vivienda Avda. del Ejército", "billing", "",
"""Buenos días:

Necesito para la declaración de la renta el documento de los honorarios
que os pagué por la compra de la vivienda de la Avda. del Ejército (el
3 % más IVA). El que me mandasteis viene a nombre de mi marido solamente
y la vivienda es de los dos al 50 %. ¿Podéis hacer dos, uno a cada
nombre, con los NIF que os pongo abajo?

- Begoña Arrieta Solano, 00000000T
- Koldo Ibarra Mendi, 00000001R

Eskerrik asko,
Begoña"""),
("es", "w4-portal-alertas-busqueda-no-llegan", "Lucas Ferreyra <lucasf@example.com.ar>", "alertas", "technical", "",
"""hola tengo guardadas 3 busquedas con alerta (alquiler en chamberí,
argüelles y moncloa hasta 1100) y desde hace como dos semanas no me
llega ningun aviso ni al mail ni al celular. entro a mano y hay pisos
nuevos todos los dias asi que no es que no haya. tengo las
notificaciones activadas en el telefono, lo revise. les paso captura si
hace falta
lucas"""),
("es", "w4-portal-codigo-sms-no-llega", "Manuela Ortí <manuela.orti@example.es>", "No puedo entrar", "technical", "",
"""Hola:

Esto no tiene nada que ver con pagos ni con mi anuncio, es que no puedo
entrar en la cuenta. Cada vez que pongo la contraseña me pide un código
por SMS y el SMS no llega nunca. He pedido que lo reenvíe cinco o seis
veces. El número que tenéis es el bueno, acaba en 418.

¿Hay otra manera de entrar?

Manuela"""),
("es", "w4-panel-agencias-anuncios-desaparecidos", "Dirección <direccion@inmo-lavega.example>", "URGENTE: nuestros anuncios no aparecen", "technical", "high",
"""Buenos días:

Somos Inmobiliaria La Vega, cliente profesional con 46 inmuebles
publicados. Desde ayer a las 19:00 ninguno de nuestros anuncios aparece
en el portal: si se busca por nuestra zona no salen, y el enlace
directo da "Este anuncio ya no está disponible". En el panel de agencia
todos figuran como "Activo".

Desde anoche no nos ha entrado ni un solo contacto, cuando lo normal son
unos treinta al día. Tenemos tres comerciales sin nada que hacer y
visitas que no se están concertando. Necesitamos que alguien lo mire
ya.

Pilar Vega
Gerente
Tel. 968 000 214"""),
("es", "w4-visita-piso-185000-sabado", "Héctor Luján <hector.lujan@example.es>", "Visita", "general", "",
"""Hola,

Me interesa el piso de la calle Almansa, el que tenéis a 185.000 €. ¿Se
puede ver un sábado por la mañana? Entre semana trabajo hasta las siete.
Tampoco me importaría que fuera a última hora de la tarde.

Un saludo,
Héctor Luján
644 000 120"""),
("es", "w4-inmobiliaria-llamadas-datos-aepd", "Consuelo Marín <consuelo.marin@example.es>", "Dejen de llamarme", "general", "high",
"""Señores:

Hace más de un año puse mi casa en venta con ustedes y la vendí por mi
cuenta en octubre. Se lo comuniqué por escrito. Aun así, me siguen
llamando dos o tres veces por semana desde distintos números para
"ofrecerme una valoración gratuita".

Les exijo que supriman todos mis datos personales de sus ficheros y me
confirmen por escrito que lo han hecho. Si vuelvo a recibir una sola
llamada presentaré una denuncia ante la Agencia Española de Protección
de Datos.

Consuelo Marín Ruiz"""),
# ---- removal companies ----
("es", "w4-mudanza-170-mas-horas", "Tomás Iriarte <tomas.iriarte@example.es>", "Mudanza del 14", "billing", "",
"""Buenas tardes:

El presupuesto que aceptamos era de 850 € cerrado, sin sorpresas (así lo
dice el PDF, os lo adjunto). El día de la mudanza el encargado me hizo
pagar 1.020 € con tarjeta antes de descargar, diciendo que se habían
pasado de horas. Tardaron más porque el camión llegó hora y media tarde,
no por nosotros.

¿Me explicáis de dónde salen esos 170 y cuándo me los devolvéis?

Tomás Iriarte"""),
("es", "w4-re-mudanza-cancelada-senal", "Paula Quesada <paula.quesada@example.es>", "Re: Cancelación servicio 24/06", "billing", "",
"""Vale, entendido que no tenéis camión ese día. Pero en ese caso,
¿cuándo me devolvéis los 250 € de la señal? En vuestro correo no lo
mencionáis.

Paula

El lun, 17 jun 2024 a las 9:32, Mudanzas Rápidas Sur escribió:
> Estimada Paula:
> Lamentamos comunicarle que por problemas de flota no podremos
> realizar su servicio del día 24 de junio. Disculpe las molestias.
> Atentamente, Departamento de Operaciones"""),
("es", "w4-mudanza-muebles-rotos-abogado", "Gregorio Albarrán <gregorio.albarran@example.es>", "Daños en la mudanza - expediente M-5521", "billing", "high",
"""Muy señores míos:

En la mudanza del pasado 2 de abril sus operarios rompieron el espejo
del recibidor, rayaron la mesa de comedor de nogal y partieron una pata
del aparador. Lo anotamos en el albarán de entrega delante del
encargado. Envié fotos y la factura del aparador (1.340 €) el día 3.

Su última respuesta ofrece 150 € "como gesto comercial". No lo acepto.
Les doy quince días para una propuesta seria; pasado ese plazo el asunto
lo llevará mi abogado y reclamaremos en el juzgado la totalidad de los
daños.

Gregorio Albarrán"""),
("es", "w4-app-videopresupuesto-camara-negra", "Nerea Soto <nerea.soto@example.es>", "videollamada presupuesto", "technical", "",
"""hola, tenía cita a las 18:00 para el presupuesto por video y en la app
la cámara sale en negro, el chico de vuestra parte me veía a mí en negro
también. le di permisos de cámara al móvil. probé en el portátil con
chrome y ahí ni carga la página, se queda el circulito. podemos
intentarlo otro día? o me decís qué hago mal"""),
("es", "w4-mudanza-cocina-gas-olor", "Elvira Castaño <elvira.castano@example.es>", "Cocina reconectada", "technical", "high",
"""Buenas noches:

Hoy sus operarios nos trajeron la mudanza y, como estaba contratado, uno
de ellos volvió a conectar la cocina de gas a la bombona. Desde hace un
rato hay un olor a gas suave pero constante junto a la cocina, sobre
todo al agacharse detrás.

He cerrado la llave de la bombona, he abierto las ventanas y no vamos a
encender nada. No es por alarmar, pero me gustaría que alguien que sepa
venga a revisar esa conexión lo antes posible.

Elvira Castaño
611 000 735"""),
("es", "w4-guardamuebles-libros-pregunta", "Fabián Rivas <fabian.rivas@example.com.mx>", "Consulta antes de contratar", "general", "",
"""Buen día,

Nos mudamos de Madrid a Querétaro en septiembre y quisiéramos dejar
unas 30 cajas (sobre todo libros) en un guardamuebles tres o cuatro
meses. Vi en su web "desde 45 € al mes". ¿Ese precio incluye recoger las
cajas en casa o hay que llevarlas? ¿Y ustedes embalan los libros o lo
hacemos nosotros?

Saludos cordiales,
Fabián Rivas"""),
("es", "w4-gracias-chicos-mudanza-piano", "Mercedes Olmo <mercedes.olmo@example.es>", "Gracias", "general", "",
"""Hola,

Ayer nos hicieron ustedes la mudanza de Sabadell a Terrassa y quería
daros las gracias, sobre todo a Jordi y a Youssef, que bajaron el piano
de mi madre por una escalera en la que yo no habría subido ni una silla.
Ni un rasguño. La factura ya la pagué en el momento, así que esto es
solo para que lo sepáis.

Mercedes"""),
("es", "w4-mando-garaje-olvidado-camion", "Iván Guerrero <ivan.guerrero@example.es>", "Se nos quedó algo en el camión", "general", "",
"""Hola, creo que nos dejamos el mando del garaje en la cabina del camión
(lo llevaba el chico alto, el de la barba, para abrir la puerta). Es
uno gris pequeño con un llavero del Betis. ¿Podéis mirar si está? Me
paso a recogerlo a vuestra nave cuando digáis.

Iván"""),
# ---- skip hire and scrap-car collection ----
("es", "w4-contenedor-dias-extra-retirada-tarde", "Construcciones Belda <obra@belda-reformas.example>", "Factura contenedor C-3381", "billing", "",
"""Buenos días:

En la factura del contenedor C-3381 nos cobran 7 días de alquiler. El
lunes 6 a primera hora llamamos para que lo retirasen (hablamos con una
chica llamada Sonia) y no vinieron hasta el viernes 10. Esos cuatro días
de espera no son nuestros. Rogamos rectifiquen la factura.

Un saludo,
Javier Belda"""),
("es", "w4-desguace-150-pagaron-90-omic", "Aurelio Pastor <aurelio.pastor@example.es>", "Mi Seat Ibiza", "billing", "high",
"""Por teléfono me dijeron que por el Ibiza me daban 150 €, con la grúa
incluida. El jueves vino el gruista, se llevó el coche y me hizo una
transferencia de 90 €. Dice que "es lo que marca la báscula".

Tengo el mensaje de WhatsApp con los 150 por escrito. Si no me pagan
los 60 que faltan, pongo una reclamación en la OMIC del ayuntamiento y
la hoja de reclamaciones en su oficina.

Aurelio Pastor"""),
("es", "w4-contenedor-40-efectivo-licencia", "Sara Montoya <sara.montoya@example.es>", "pregunta sobre un pago", "billing", "",
"""Hola, pagué el contenedor por la web con tarjeta (89 €) y cuando lo
trajo el conductor me pidió 40 € más en efectivo por la "licencia de vía
pública" del ayuntamiento. Se los di porque no quería líos, pero no me
dio ningún papel. ¿Eso es correcto? Y si lo es, ¿me podéis mandar un
justificante de esos 40?

Sara"""),
("es", "w4-certificado-destruccion-impuesto", "Baltasar Ureña <baltasar.urena@example.es>", "certificado", "general", "",
"""Buenas:

En enero os llevasteis mi Renault Clio para el desguace. Me acaba de
llegar el recibo del impuesto de circulación de este año, 68 €, porque
en Tráfico el coche sigue de alta. Según el ayuntamiento necesito el
certificado de destrucción para que lo anulen.

¿Me podéis mandar ese certificado por correo? La matrícula es 0000 BBB.

Baltasar Ureña"""),
("es", "w4-web-contenedor-codigo-postal-error", "Lorena Pineda <lorena.pineda@example.es>", "Web", "technical", "",
"""Intento pedir un contenedor pequeño para el viernes y la web, al poner
el código postal 46470, dice "Zona sin servicio". Pero mi vecino pidió
uno la semana pasada en la misma calle. He probado desde el móvil y el
ordenador.
Lorena"""),
("es", "w4-app-desguace-foto-permiso-99", "Ángel Bustos <angelbustos@example.es>", "No se sube la foto", "technical", "",
"""hola, estoy rellenando lo de la recogida del coche para desguace en la
app y al subir la foto del permiso de circulacion la barra llega al 99%
y ahi se queda. lo he intentado con wifi y con datos, con la foto
pequeña y grande. sin eso no me deja darle a confirmar
angel"""),
("es", "w4-contenedor-sin-luces-calzada-moto", "Rosa Villar <rosa.villar@example.es>", "Contenedor en la calle Goya", "general", "high",
"""Buenas noches:

Les escribo por el contenedor de escombros que han dejado en la calle
Goya, frente al número 31. Está medio en la calzada, sin ninguna luz ni
banda reflectante, y esa calle de noche está muy oscura. Hace media hora
un chico en moto casi se empotra contra él; frenó a un palmo.

No sé de quién es la obra, pero el contenedor lleva su nombre y
teléfono. Por favor, que alguien venga a señalizarlo antes de que haya
un accidente.

Rosa Villar"""),
# ---- tool and equipment hire ----
("es", "w4-hormigonera-fianza-retenida", "Eloy Sarmiento <eloy.sarmiento@example.es>", "Hormigonera", "billing", "",
"""buenas, devolví la hormigonera el viernes a las 8 en la tienda de
Getafe, limpia y sin un golpe, el chico la revisó y me dijo que todo ok.
los 200 que me retuvisteis en la tarjeta siguen retenidos hoy miercoles.
cuanto tarda eso en soltarse?"""),
("es", "w4-andamio-cargo-limpieza-no", "Patricia Leal <patricia.leal@example.es>", "Albarán A-77120", "billing", "",
"""Hola:

En el albarán de devolución del andamio (A-77120) aparece un cargo de
55 € por "limpieza de restos de mortero". Lo devolvimos limpio y tengo
fotos de cómo lo dejamos en el mostrador, con fecha y hora. No estoy de
acuerdo con ese cargo y os pido que lo anuléis.

Patricia Leal"""),
("es", "w4-alquiler-factura-cif-empresa", "Reformas Aljibe <admin@reformas-aljibe.example>", "facturas", "billing", "",
"""Buenos días, todos los alquileres de este trimestre los hizo nuestro
encargado con su DNI y las facturas salen a su nombre. Necesitamos que
nos las emitáis a nombre de la empresa:

Reformas Aljibe S.L.
B00000000
C/ Alfarería 9, 30800 Lorca

Son las de abril, mayo y junio (unas 9). Gracias.
Administración"""),
("es", "w4-generador-chispas-olor-quemado", "Damián Soler <damian.soler@example.es>", "Generador alquilado", "technical", "high",
"""Hola:

El generador de 5 kW que alquilamos ayer para la caseta de la feria ha
empezado a soltar chispas por la toma de corriente y huele a cable
quemado. Lo he parado y he desenchufado todo. No lo vamos a volver a
arrancar.

Necesitamos que vengan a por él y, si puede ser, que traigan otro; la
caseta abre a las cinco.

Damián Soler
622 000 481"""),
("es", "w4-lijadora-parquet-se-para", "Cristina Abad <cristina.abad@example.es>", "Lijadora", "technical", "",
"""Hola, la lijadora de parquet que alquilé esta mañana se para sola cada
cinco o seis minutos. Si la dejo enfriar un rato vuelve a arrancar y al
poco se vuelve a parar. La bolsa del polvo la vacío cada vez. ¿Es
normal o está mal? Porque a este paso no termino el salón ni en tres
días.
Cristina"""),
("es", "w4-miniexcavadora-aceite-obra-parada", "Excavaciones Requena <jefeobra@exc-requena.example>", "Miniexcavadora contrato 5528", "technical", "high",
"""Buenos días:

La miniexcavadora del contrato 5528 empezó ayer a perder aceite
hidráulico por un latiguillo del brazo. Esta mañana el brazo ya no
levanta con carga. Tenemos la obra de la zanja parada con seis
operarios esperando y el camión de hormigón citado para mañana.

Necesitamos un mecánico hoy o una máquina de sustitución. Llamad a
Quique, jefe de obra, al 655 000 392.

Excavaciones Requena"""),
("es", "w4-desbrozadora-puente-mayo", "Luis Alberto Ferrer <la.ferrer@example.es>", "Desbrozadora", "general", "",
"""Hola, ¿vais a tener alguna desbrozadora de gasolina libre para el
puente de mayo, del jueves al domingo? Y si la cojo el jueves, ¿a qué
hora abrís? ¿Hay que reservar o se va directamente?

Gracias"""),
# ---- home insurance ----
("es", "w4-seguro-hogar-recibo-sube-289", "Adolfo Cienfuegos <adolfo.cienfuegos@example.es>", "Póliza 44-001872", "billing", "",
"""Buenos días:

Acabo de recibir el aviso de renovación del seguro de hogar y el recibo
pasa de 210 € a 289 €. No he dado ningún parte en los cuatro años que
llevo con ustedes y la casa es la misma. Quisiera saber el motivo de la
subida antes de que me lo carguen el día 1.

Adolfo Cienfuegos"""),
("es", "w4-vendi-piso-seguro-sin-sentido", "Ainara Goñi <ainara.goni@example.es>", "Cambio de vivienda", "billing", "",
"""Kaixo,

Vendimos el piso de Pamplona el mes pasado (os adjunto la escritura) y
ahora vivimos de alquiler en casa de otra persona que ya tiene su
propio seguro. O sea que el nuestro ya no cubre nada que sea nuestro.
No queremos que se pase el recibo de octubre ni ninguno más.

Ainara"""),
("es", "w4-peritaje-fuga-300-de-1400", "Jaime Sotomayor <jaime.sotomayor@example.es>", "Siniestro 2024-HG-08813", "billing", "high",
"""Muy señores míos:

La fuga de la tubería de la cocina del 8 de marzo destrozó el suelo de
la cocina y del pasillo. El presupuesto de la reparación es de 1.400 €
y se lo envié al perito. Me comunican ahora que la indemnización será
de 300 € por "depreciación".

La póliza dice "valor de reposición a nuevo". He consultado el caso con
mi abogado, que me indica que la reducción no tiene base. Si en diez
días no rectifican, presentaremos reclamación ante el Servicio de
Atención al Cliente y después ante la Dirección General de Seguros.

Jaime Sotomayor"""),
("es", "w4-app-seguro-fotos-parte-error", "Yésica Barrios <yesica.barrios@example.es>", "parte", "technical", "",
"""intento dar un parte por la app porque se nos ha roto el cristal de la
vitro y cuando adjunto las fotos sale "Error 500, inténtelo más tarde".
llevo así desde el domingo. sin fotos no me deja enviarlo"""),
("es", "w4-agua-cae-cuadro-electrico-asistencia", "Fermín Arrabal <fermin.arrabal@example.es>", "Asistencia urgente hogar", "technical", "high",
"""Buenas noches:

Está entrando agua del piso de arriba por el techo del recibidor y cae
justo encima del cuadro eléctrico. He bajado el general y estamos sin
luz. El vecino no está en casa. Llevo 40 minutos llamando al teléfono
de asistencia 24 horas y suena una locución y se corta.

Necesito que venga un fontanero o un electricista esta noche. Póliza
44-009310.

Fermín Arrabal, C/ Doctor Fleming 7, 2.º A"""),
("es", "w4-seguro-hogar-cambio-direccion-correo", "Carmela Vidal <carmela.vidal@example.es>", "Cambio de datos", "general", "",
"""Hola,

Quería cambiar el teléfono y la dirección postal para las cartas del
seguro de hogar (la vivienda asegurada sigue siendo la misma, solo que
yo ya no vivo ahí, la tengo alquilada). Nuevo teléfono 699 000 284 y
nueva dirección: C/ Real 40, 3.º, 15003 A Coruña. La cuenta del
recibo no cambia.

Gracias, Carmela Vidal"""),
("es", "w4-certificado-seguro-banco-hipoteca", "Rubén Esteve <ruben.esteve@example.es>", "Certificado", "general", "",
"""Buenos días, el banco me pide un certificado de que el seguro de hogar
está en vigor y de que ellos figuran como beneficiarios, para la
revisión de la hipoteca. El recibo de este año está pagado desde enero.
¿Me lo podéis mandar por email? Póliza 44-006651.

Rubén Esteve"""),
("es", "w4-sensor-fugas-pita-offline", "Almudena Rey <almudena.rey@example.es>", "El sensor de agua", "technical", "",
"""Hola:

El sensor de fugas que me mandaron con la póliza "hogar conectado" pita
tres veces cada hora, incluso de noche, y en la app aparece como
"desconectado". Le he cambiado las pilas y lo he vuelto a emparejar
siguiendo las instrucciones, y a la media hora vuelve a salir
desconectado. El wifi funciona bien en esa zona.

Almudena Rey"""),
# ---- travel insurance ----
("es", "w4-viaje-gastos-medicos-tailandia", "Joaquín Rojo <joaquin.rojo@example.es>", "Expediente V-22031", "billing", "",
"""Hola:

En febrero tuve que ir a un hospital en Chiang Mai por una
gastroenteritis y adelanté 380 € que, según la póliza, me cubrís. Envié
las facturas del hospital, el informe médico y el justificante de pago
el 2 de marzo. Han pasado más de dos meses y no he visto ni un euro ni
me habéis contestado.

¿En qué punto está?

Joaquín Rojo"""),
("es", "w4-multiviaje-cogido-dos-veces", "Milagros Tejada <milagros.tejada@example.es>", "Seguro anual", "billing", "",
"""Buenas, contraté el seguro anual multiviaje el 2 de mayo y en el banco
veo 64,90 el 2 de mayo y otros 64,90 el 3 de mayo. Solo tengo una
póliza. Me habéis cogido el dinero dos veces."""),
("es", "w4-cancelacion-rechazada-dgsfp", "Alejandro Peralta <alejandro.peralta@example.es>", "Reclamación siniestro de cancelación", "billing", "high",
"""Estimados señores:

Cancelé mi viaje a Japón porque ingresaron a mi padre de urgencia dos
días antes de la salida. Les envié el informe de ingreso hospitalario.
Han rechazado el reembolso de los 2.150 € alegando que "no consta como
enfermedad grave". Mi padre pasó nueve días en la UCI.

Les comunico que, si no revisan su decisión en el plazo de un mes,
presentaré la reclamación ante el Servicio de Reclamaciones de la
Dirección General de Seguros y Fondos de Pensiones.

Alejandro Peralta"""),
("es", "w4-teleconsulta-no-conecta-lisboa", "Celia Manzano <celia.manzano@example.es>", "Médico por videollamada", "technical", "",
"""Hola, estoy en Lisboa y quiero usar la teleconsulta médica de la app
porque tengo una otitis, pero al darle a "Conectar con un médico" sale
"Servicio no disponible en su ubicación". Portugal está dentro de la
cobertura, ¿no? He probado con wifi del hotel y con datos.
Celia"""),
("es", "w4-pdf-poliza-enlace-404", "Sergio Lamas <sergio.lamas@example.es>", "Fwd: Su póliza de viaje", "technical", "",
"""Hola, os reenvío el correo de confirmación. El botón "Descargar póliza"
lleva a una página de error 404. Necesito el PDF porque me lo piden para
el visado. Gracias.

---------- Forwarded message ---------
De: Seguros de Viaje <no-reply@example-viajeseguro.es>
Asunto: Su póliza de viaje
> Gracias por su contratación. Puede descargar su póliza en el botón
> inferior. [Descargar póliza]"""),
("es", "w4-viaje-cubre-esqui-29", "Mariano Ochoa <mariano.ochoa@example.es>", "Esquí", "general", "",
"""Hola, estoy mirando el seguro de viaje de 29 € para una semana en
Andorra en febrero. ¿Cubre accidentes esquiando o hay que coger el de
deportes de invierno? Y si hay que bajar en helicóptero, ¿eso entra?
Gracias"""),
("es", "w4-nombre-mal-escrito-poliza-pasaporte", "Xiomara Gutiérrez <xiomara.gutierrez@example.com.co>", "Error en el nombre", "general", "",
"""Buenas tardes,

En la póliza de viaje mi nombre aparece como "Xiomar Gutierres" y en el
pasaporte es "Xiomara Gutiérrez Páez". Me da miedo que luego en el
extranjero me pongan problemas. ¿Pueden corregirlo y mandarme el
documento nuevo?

Mil gracias,
Xiomara"""),
# ---- car insurance and roadside assistance ----
("es", "w4-coche-vendido-parte-no-usada", "Remedios Alba <remedios.alba@example.es>", "Venta del vehículo 0000 KLM", "billing", "",
"""Buenos días:

Vendí el coche el 15 de abril (les adjunto el contrato de compraventa y
el cambio de titularidad de Tráfico). El seguro lo pagué entero en
enero, 412 € por todo el año. ¿Me devuelven la parte de los meses que
ya no voy a tener el coche? ¿Tengo que hacer algo más por mi parte?

Remedios Alba"""),
("es", "w4-grua-cobro-asistencia-incluida", "Nicolás Ferro <nico.ferro@example.es>", "Grúa del sábado", "billing", "",
"""El sábado se me quedó el coche sin batería en Cuenca y llamé a
vuestra asistencia. Vino la grúa, me llevaron al taller y el conductor
me hizo pagar 120 € "por el kilometraje". Tengo asistencia en viaje
desde kilómetro cero en la póliza. Tengo el tique que me dio. ¿Me
devolvéis eso?"""),
("es", "w4-recibo-seguro-devuelto-banco", "Octavio Llamas <octavio.llamas@example.es>", "Re: Recibo impagado póliza 77-30021", "billing", "high",
"""No es un impago. Di de baja la póliza por escrito el 20 de noviembre,
un mes antes del vencimiento, y tengo el acuse de recibo. Aun así me
pasaron el recibo de 530 € en enero. Como nadie me contestaba, di
orden al banco de devolverlo y he abierto una reclamación con ellos.
Dejen de mandarme cartas de recobro.

Octavio Llamas

> Estimado cliente: le informamos de que el recibo de su póliza
> 77-30021 ha resultado impagado. Le rogamos regularice la situación."""),
("es", "w4-caja-negra-app-cero-km", "Vanesa Quiroga <vanesa.quiroga@example.es>", "Dispositivo del seguro joven", "technical", "",
"""Hola:

Tengo el seguro joven con la cajita que va enchufada en el coche. Hace
tres semanas que la app pone 0 km en todos los viajes, y yo uso el
coche todos los días para ir a la universidad. El piloto de la cajita
parpadea en naranja. Me da miedo que luego me digáis que no conduzco
bien o algo así por no tener datos.

Vanesa"""),
("es", "w4-app-grua-no-geolocaliza-arcen", "Esteban Cano <esteban.cano@example.es>", "ESTOY EN EL ARCÉN", "technical", "high",
"""Estoy parado en el arcén de la A-4, más o menos el km 218 dirección
Madrid, con el coche sin motor y mis dos hijos pequeños dentro. Es de
noche. La app de asistencia no me deja pedir la grúa, da "No podemos
determinar su ubicación" aunque el GPS funciona en el mapa del móvil.
El teléfono de asistencia tiene 25 minutos de espera. Hemos salido del
coche detrás del guardarraíl con los chalecos.

Póliza 77-41562, matrícula 0000 FGH. Esteban Cano 633 000 190"""),
("es", "w4-area-clientes-sesion-caducada", "Rosario Benítez <rosario.benitez@example.es>", "area de clientes", "technical", "",
"""Buenas tardes, cada vez que entro en el área de clientes con mi usuario
y contraseña me echa con el mensaje "Su sesión ha caducado" nada más
cargar la página de inicio. Me pasa en el ordenador y en la tablet.
Ya he borrado las cookies como dice la ayuda. Quería ver la fecha de
vencimiento de la póliza.
Rosario Benítez"""),
("es", "w4-certificado-siniestralidad-cambio", "Lorenzo Prats <lorenzo.prats@example.es>", "Certificado de siniestralidad", "general", "",
"""Hola,

Me han ofrecido en otra compañía el mismo seguro a todo riesgo por 380 €
en lugar de los 520 € que pago con ustedes y me piden el certificado de
siniestralidad de los últimos cinco años. ¿Me lo pueden enviar a este
correo? No tengo partes, creo.

Gracias,
Lorenzo Prats"""),
("es", "w4-gruista-grosero-responsable", "Inmaculada Roca <inma.roca@example.es>", "Queja sobre el servicio de grúa", "general", "high",
"""Buenos días:

El martes la grúa que me enviaron tardó dos horas, y cuando llegó el
conductor me habló de malas maneras, me dijo que "las mujeres no
saben ni abrir el capó" y me dejó el coche en la calle, delante del
taller cerrado, con las llaves puestas en el buzón.

Quiero que un responsable de su compañía me llame para hablar de esto.
No quiero un correo automático. Mi teléfono es el 600 000 517.

Inmaculada Roca"""),
# ---- driving-test booking ----
("es", "w4-gestion-cita-examen-35-por-dos", "Aitor Bengoa <aitor.bengoa@example.es>", "Cita examen práctico", "billing", "",
"""Hola, pagué los 35 de la gestión de la cita para el práctico y la
página se quedó en blanco, así que le di otra vez. Ahora tengo una sola
cita (el 14 a las 10:20) pero en la cuenta me han bajado 35 y 35.
Me sobra uno."""),
("es", "w4-cita-tres-meses-no-me-interesa", "Lucía Ballesteros <lucia.ballesteros@example.es>", "No me sirve", "billing", "",
"""Buenas,

Os pagué 49 € porque en la web decía "cita en menos de 30 días". Ahora
me dais fecha para el 2 de octubre, o sea más de tres meses. Para eso
la pido yo gratis. No quiero esa cita; quiero que me deis lo que pagué.

Lucía"""),
("es", "w4-web-examen-procesando", "Kevin Almagro <kevin.almagro@example.es>", "la web no avanza", "technical", "",
"""al elegir el centro de examen (Alcorcón) y la fecha, le doy a
continuar y se queda en "Procesando..." sin fin. he esperado 15 minutos.
probado en firefox y en el movil. el resto de la web va bien"""),
("es", "w4-codigo-verificacion-examen-no-llega", "Rafaela Díez <rafaela.diez@example.es>", "Código", "technical", "",
"""Hola:

Para entrar en mi cuenta y ver la cita me pedís un código que llega por
correo. No me llega, ni en la bandeja de entrada ni en spam, ni
después de pedirlo varias veces. El correo con el que me registré es
este mismo.

Rafaela"""),
("es", "w4-examen-que-documentacion", "Omar Benali <omar.benali@example.es>", "Día del examen", "general", "",
"""Hola, el examen práctico es el martes. ¿Qué tengo que llevar ese día?
¿Vale el DNI digital del móvil o tiene que ser el de plástico? Y el
justificante de la cita, ¿impreso o en el móvil?
Gracias, Omar"""),
("es", "w4-cita-cambiada-tercera-vez-responsable", "Gloria Terán <gloria.teran@example.es>", "TERCERA VEZ", "general", "high",
"""Es la tercera vez que me cambian la cita del examen sin avisarme. Me
entero porque miro la web. La primera era el 3, luego el 10, ahora el
24. He pedido días libres en el trabajo para cada una.

No quiero otro correo de "disculpe las molestias". Quiero hablar con el
responsable del servicio, por teléfono, esta semana.

Gloria Terán, 688 000 302"""),
# ---- passport-photo and ID services ----
("es", "w4-fotos-urgente-24h-cinco-dias", "Benjamín Orozco <benjamin.orozco@example.es>", "Pedido F-10455", "billing", "",
"""Hola,

Pagué 6,50 € más por el envío urgente de las fotos de pasaporte (24 h) y
han tardado cinco días en llegar. Tuve que hacérmelas en otro sitio
porque tenía cita en la comisaría. Por lo menos devolvedme lo del
urgente.

Benjamín"""),
("es", "w4-fotomaton-se-quedo-5", "Nuria Clemente <nuria.clemente@example.es>", "fotomatón estación de Atocha", "billing", "",
"""Buenas, ayer por la tarde metí un billete de 5 en vuestro fotomatón de
la estación de Atocha (el que está junto a la farmacia). Lo cogió, la
pantalla se quedó en "Procesando" y no salió ninguna foto ni me
devolvió nada. Los 5 euros se los quedó la máquina. ¿Cómo lo
recupero?
Nuria"""),
("es", "w4-app-foto-pasaporte-fondo-no-valido", "Gonzalo Paredes <gonzalo.paredes@example.es>", "App fotos DNI", "technical", "",
"""Hola, la app me rechaza todas las fotos con "Fondo no válido". Me la he
hecho contra una pared blanca, con buena luz, de día, sin sombras. Lo
he intentado ya unas veinte veces. En la última versión de la app ni
siquiera me deja recortar.

Gonzalo"""),
("es", "w4-fotomaton-calambre-pantalla", "Asunción Mora <asuncion.mora@example.es>", "Máquina de fotos del centro comercial", "technical", "high",
"""Buenas tardes:

Quería avisarles de que la máquina de fotos de carné que tienen en el
centro comercial Los Arcos da calambre. Al tocar la pantalla para
elegir el formato me dio una descarga en el dedo, no muy fuerte pero se
notó, y a mi hija de 12 años le pasó lo mismo al tocar el lateral
metálico. No la hemos vuelto a usar. Puede que haya un problema
eléctrico.

Asunción Mora"""),
("es", "w4-fotos-visado-eeuu-5x5", "Maximiliano Paz <maxi.paz@example.com.ar>", "consulta fotos visa", "general", "",
"""Hola, ¿ustedes hacen las fotos de 5x5 para la visa de Estados Unidos,
o solo las del DNI español? Y si las hacen, ¿hay que pedir turno o se
puede ir directo a la tienda de la calle Princesa?

Gracias,
Maxi"""),
("es", "w4-dni-viejo-olvidado-tienda", "Tere Sánchez <tere.sanchez@example.es>", "olvidé el DNI", "general", "",
"""hola creo que me deje el dni antiguo en vuestra tienda de la calle
mayor esta mañana, cuando me hicisteis las fotos para renovarlo. lo
saque para que la chica viera los datos. lo teneis? me paso a por el
mañana
Tere"""),
# ---- online opticians ----
("es", "w4-progresivas-devueltas-289", "Leandro Cuesta <leandro.cuesta@example.es>", "Devolución de gafas", "billing", "",
"""Buenos días:

Devolví las gafas progresivas (pedido 70931) el día 2, dentro del plazo
de prueba, porque no hubo manera de acostumbrarme. Tengo el justificante
de Correos, y según el seguimiento os llegaron el 5. Los 289 € todavía
no han vuelto a mi tarjeta.

Leandro Cuesta"""),
("es", "w4-lentillas-parar-envios-medio-ano", "Silvia Prado <silvia.prado@example.es>", "Lentillas mensuales", "billing", "",
"""Hola,

Me he dado cuenta de que tengo lentillas acumuladas para por lo menos
seis meses, porque últimamente uso más las gafas. ¿Podéis dejar de
mandarme cajas y de pasarme los 24 € del mes hasta enero? No quiero
darme de baja del todo, solo parar un tiempo.

Silvia"""),
("es", "w4-codigo-descuento-20-no-aplicado", "Íñigo Salas <inigo.salas@example.es>", "Pedido 71150", "billing", "",
"""Hola, puse el código VERANO20 en el pedido 71150 y la web dijo "código
aplicado", pero en el total y en el cobro de la tarjeta aparece el
precio completo, 145 €. Tendría que haber sido 116. Os adjunto pantallazo
de la cesta con el código.
Íñigo"""),
("es", "w4-probador-virtual-camara", "Francisca Heras <francisca.heras@example.es>", "Probador", "technical", "",
"""El probador virtual de monturas no funciona en mi ordenador: le doy a
"Probar" y dice que no detecta ninguna cámara, cuando la cámara
funciona en las videollamadas. En el móvil sí va, pero ahí la cara se
ve muy pequeña. Uso Windows y Edge.
Paqui"""),
("es", "w4-gafas-mareo-no-devolver", "Antonio Garrido <antonio.garrido@example.es>", "Gafas nuevas", "technical", "",
"""Buenas:

Me llegaron las gafas nuevas el lunes. No quiero devolverlas, la montura
me encanta, pero con ellas veo borroso de lejos con el ojo izquierdo y
al rato me mareo. Con las antiguas no me pasa. He comprobado que la
graduación que metí en el pedido es la de la receta.

¿Me las podéis revisar o cambiar el cristal?

Antonio Garrido"""),
("es", "w4-gafas-nina-cristal-saltado", "Belén Iglesias <belen.iglesias@example.es>", "Gafas de mi hija", "technical", "high",
"""Hola:

Las gafas infantiles que compramos para mi hija de seis años (las
"irrompibles" de policarbonato, pedido 71022) se le cayeron hoy en el
recreo desde su propia altura. El cristal derecho saltó del aro y se
partió en tres trozos con bordes cortantes. Por suerte no se le metió
nada en el ojo, solo un arañazo en la mejilla.

Se supone que no se rompían. Os mando fotos. Me preocupa que otras
familias tengan las mismas.

Belén Iglesias"""),
("es", "w4-receta-oculista-dos-anos", "Esperanza Cid <esperanza.cid@example.es>", "Receta", "general", "",
"""Buenos días, quiero encargar unas gafas pero mi receta del oculista es
de hace dos años. ¿Me vale o tengo que ir a graduarme otra vez? Y si me
vale, ¿cómo os la mando, foto o escaneada?

Gracias, Esperanza"""),
("es", "w4-optica-borrar-receta-datos", "Teodoro Ruano <teodoro.ruano@example.es>", "Protección de datos", "general", "",
"""Estimados señores:

Les compré unas gafas en 2021 y ya no voy a volver a comprarles. Les
solicito, en ejercicio de mi derecho de supresión, que eliminen mis
datos personales, incluida mi graduación y cualquier dato de salud que
tengan, y que me confirmen cuando esté hecho.

Atentamente,
Teodoro Ruano"""),
# ---- beauty subscription boxes ----
("es", "w4-caja-belleza-regalo-un-mes-sigue", "Marta Sepúlveda <marta.sepulveda@example.es>", "Caja de mi hermana", "billing", "",
"""Hola:

En marzo le regalé a mi hermana una caja de belleza, pensando que era
una sola caja. Ahora veo que en abril y mayo me habéis vuelto a pasar
19,90 con mi tarjeta y a ella le siguen llegando. Era un regalo, no
quería que siguiera. ¿Podéis cortarlo ya, y lo de abril y mayo
devolvérmelo?

Marta"""),
("es", "w4-caja-belleza-por-que-12-mas", "Zoe Carmona <zoe.carmona@example.es>", "???", "billing", "",
"""por qué este mes 31,90 y no 19,90 como siempre?? nadie me ha avisado
de nada, he mirado el correo y spam. 12 más así por la cara no"""),
("es", "w4-caja-belleza-tres-cargos-banco", "Valeria Núñez <valeria.nunez@example.com.mx>", "Reclamación", "billing", "high",
"""Buenas tardes:

Cancelé mi suscripción en enero desde la misma web (tengo el correo de
confirmación de la baja). Desde entonces me han cobrado febrero, marzo
y abril. Como en sus chats solo me contesta un robot, ya presenté la
disputa de los tres cargos con mi banco y me dijeron que lo resolverán
ellos.

Les pido que no me vuelvan a cobrar nada.

Valeria Núñez"""),
("es", "w4-serum-dispensador-no-bombea", "Raquel Pizarro <raquel.pizarro@example.es>", "Sérum caja de junio", "technical", "",
"""Hola, el sérum de vitamina C de la caja de junio no sale. El
dispensador de bomba no hace nada por mucho que apriete, y se ve que el
bote está lleno. Lo he limpiado con agua caliente por si estaba
atascado. ¿Se puede hacer algo o me mandáis otro?
Raquel"""),
("es", "w4-mascarilla-reaccion-ingredientes", "Amparo Toledo <amparo.toledo@example.es>", "Mascarilla de la caja de marzo", "general", "high",
"""Hola:

Anoche me puse la mascarilla de arcilla que venía en la caja de marzo y
a los diez minutos tenía la cara roja, ardiendo y con habones hasta el
cuello. Me la quité enseguida y he ido a urgencias esta mañana, donde me
han dicho que es una reacción alérgica y me han dado un antihistamínico.

No os escribo por dinero. El dermatólogo me pide la lista completa de
ingredientes, y en el sobre solo vienen en letra minúscula y coreano.
¿Me la podéis mandar hoy?

Amparo Toledo"""),
("es", "w4-personaliza-caja-boton-no-responde", "Noa Reguera <noa.reguera@example.es>", "no puedo elegir mis productos", "technical", "",
"""hola!! en "Personaliza tu caja" elijo los 3 productos y al darle a
guardar el botón no hace nada. ni sale error ni nada. lo he probado en
el movil y en el portatil, en chrome y safari. se cierra el plazo el
viernes 😭"""),
("es", "w4-caja-abril-cuando-sale", "Judit Ramos <judit.ramos@example.es>", "Caja de abril", "general", "",
"""Buenas, ¿cuándo se envía la caja de abril? Estaré fuera de casa del 10
al 20 y quería saber si me va a pillar fuera, para decirle a la
vecina que la recoja.

Judit"""),
# ---- florists and gift experiences ----
("es", "w4-ramo-marchito-devolved-dinero", "Cayetano Marín <cayetano.marin@example.es>", "Ramo para mi madre", "billing", "",
"""Hola:

El domingo le mandé a mi madre un ramo de peonías por su cumpleaños
(49,90 €). Me mandó una foto: la mitad de las flores venían mustias y
con los pétalos marrones, y al día siguiente estaban todas caídas. No
quiero otro ramo, ya pasó el cumpleaños. Prefiero que me devolváis lo
que pagué.

Cayetano"""),
("es", "w4-caja-experiencia-spa-15-fuera-plazo", "Lourdes Rius <lourdes.rius@example.es>", "Caja regalo spa", "billing", "",
"""Buenos días,

Me regalaron una caja de experiencia de spa para dos, que caducó hace
tres semanas porque estuve de baja. Al intentar reservar me dicen que
para ampliar la validez tengo que pagar 15 € de "gastos de gestión".
¿Eso es obligatorio? El regalo costó 79,90 y no lo he usado.

Lourdes"""),
("es", "w4-jarron-pagado-llego-sin", "Héctor Blasco <hector.blasco@example.es>", "Pedido 40982", "billing", "",
"""El ramo llegó bien pero sin el jarrón de cristal, que pagué aparte
(9,95). La tarjeta con el mensaje sí venía. Mi pareja tuvo que ponerlo
en una jarra de agua. Quiero esos 9,95 de vuelta, el jarrón ya no hace
falta.
Héctor"""),
("es", "w4-web-experiencias-fecha-en-blanco", "Miriam Toral <miriam.toral@example.es>", "No puedo reservar", "technical", "",
"""Hola, tengo un cofre de "Escapada con encanto" y al elegir el hotel y
pinchar en el calendario, la página se queda en blanco. No sale ni el
calendario ni nada. Me pasa en el móvil y en el ordenador, con
distintos hoteles. ¿Podéis mirarlo? Querría reservar para octubre.

Miriam"""),
("es", "w4-flores-entrega-hospital-planta", "Dolores Ávila <dolores.avila@example.es>", "Entrega en hospital", "general", "",
"""Hola, ¿podéis entregar un ramo en el Hospital La Fe de Valencia? Mi
amiga está ingresada en la planta de maternidad, habitación 512. No sé
si dejan subir flores o si lo tenéis que dejar en recepción. Si no se
puede, ¿qué me recomendáis mandarle?

Dolores"""),
("es", "w4-corona-funeral-gracias", "Eusebio Lara <eusebio.lara@example.es>", "Gracias por la corona", "general", "",
"""Buenas tardes,

Solo quería dar las gracias por la corona y el centro que enviaron al
tanatorio para el funeral de mi padre. Eran exactamente como los
pedimos por teléfono, con las margaritas que le gustaban, y llegaron a
la hora. En un día así, que todo salga bien se agradece más de lo que
imaginan.

Eusebio Lara y familia"""),
("es", "w4-repartidor-flores-vecino-encargado", "Nieves Castillo <nieves.castillo@example.es>", "Su repartidor", "general", "high",
"""Hola:

El ramo para mi aniversario lo dejaron en el buzón del vecino de abajo
sin llamar, tirado, y cuando bajé a preguntar al repartidor (que seguía
en la puerta con la moto) me contestó que "no es su problema" y se fue
riéndose. Mi mujer se enteró de la sorpresa por el vecino.

Quiero hablar con el encargado de la tienda. Por favor, que me llame al
611 000 845.

Nieves"""),
# ---- escape rooms and bowling ----
("es", "w4-escape-cancelado-120-sin-volver", "Pablo Rosales <pablo.rosales@example.es>", "reserva del 22", "billing", "",
"""Buenas, teníamos reservada la sala "El Laboratorio" para 6 el sábado
22 y nos la cancelasteis el viernes por la noche por una avería. En el
correo decíais que se devolvía todo en 3-5 días y ya han pasado dos
semanas. 120 € no son poca cosa.
Pablo"""),
("es", "w4-bolera-zapatos-dos-veces", "Sandra Mellado <sandra.mellado@example.es>", "Bolera Plenilunio", "billing", "",
"""Hola, el domingo fuimos a la bolera 4 personas. En el tique aparece el
alquiler de zapatos dos veces (4 x 2,50 y otra vez 4 x 2,50). Lo vi
en el coche al salir. Os mando foto del tique. ¿Me devolvéis los 10 €?
Gracias, Sandra"""),
("es", "w4-escape-calendario-sin-horas", "Joel Marín <joel.marin@example.es>", "Web reservas", "technical", "",
"""Hola, en la web de reservas, al elegir cualquier día de julio para la
sala del Faraón, sale "No hay horarios disponibles" en todos. Os he
llamado y me dicen que sí hay huecos. Pasa en varios navegadores.
Joel"""),
("es", "w4-escape-cofre-final-no-abre", "Rebeca Espinosa <rebeca.espinosa@example.es>", "La sala del Pirata", "technical", "",
"""Hola:

No os pido nada de dinero, lo pasamos bien igualmente, pero os aviso
para los siguientes grupos: el candado del cofre final de la sala del
Pirata no abre con la combinación correcta. El monitor nos confirmó que
la teníamos bien y tuvo que entrar a abrirlo él con la llave. Se nos
fueron diez minutos ahí.

Rebeca"""),
("es", "w4-escape-salida-emergencia-no-abria", "Fernando Aguado <fernando.aguado@example.es>", "Salida de emergencia", "general", "high",
"""Buenas tardes:

Ayer, en la sala "El Búnker", uno de mis amigos se agobió con el humo
de la máquina de niebla y quisimos salir. El botón rojo de salida de
emergencia no abría la puerta. Tuvimos que gritar y golpear hasta que
vino el monitor, unos dos o tres minutos. No pasó nada grave, pero si
hubiera sido un fuego de verdad...

Creo que deberían revisarlo antes del siguiente grupo.

Fernando Aguado"""),
("es", "w4-escape-ninos-10-anos", "Irati Elizondo <irati.elizondo@example.es>", "Cumple de mi hijo", "general", "",
"""Hola, ¿pueden jugar niños de 10 años solos en alguna sala o tiene que
entrar un adulto? Es para el cumple de mi hijo, serían 6 niños. ¿Cuál
de las salas nos recomendáis que no dé miedo?

Irati"""),
("es", "w4-bolera-chaqueta-taquilla", "Marcos Peláez <marcos.pelaez@example.es>", "chaqueta", "general", "",
"""me deje una chaqueta vaquera en la taquilla 23 de la bolera el viernes
por la noche. tiene un pin de un grupo de musica en el bolsillo. la
tenéis?"""),
# ---- children's party venues ----
("es", "w4-cumple-senal-varicela", "Gisela Moreno <gisela.moreno@example.es>", "Cumpleaños del 8 de junio", "billing", "",
"""Hola:

Tenemos reservado el cumpleaños de Leo para el sábado 8 de junio y
pagamos 100 € de señal. Leo y su hermana tienen varicela, así que no
vamos a poder celebrarlo (el pediatra dice que nada de fiestas en dos
semanas). ¿Se pierde la señal, nos la devolvéis o la podemos usar para
otra fecha más adelante? Os mando el informe si hace falta.

Gisela"""),
("es", "w4-fiesta-factura-ampa-cif", "AMPA CEIP Los Olivos <ampa.losolivos@example.es>", "Factura fiesta fin de curso", "billing", "",
"""Buenos días:

Necesitamos la factura de la fiesta de fin de curso del día 21 (los 560
€ que pagamos por transferencia) a nombre de la asociación, no a nombre
de la madre que hizo la reserva:

AMPA CEIP Los Olivos
G00000000
C/ Olivo 3, 41089 Dos Hermanas

Gracias,
Tesorería"""),
("es", "w4-fiesta-cobrada-dos-veces", "Rodrigo Valle <rodrigo.valle@example.es>", "Pago fiesta Martina", "billing", "",
"""Hola, el día de la fiesta de Martina pagué el resto (180 €) en el
datáfono del mostrador y el chico me dijo que no había salido, así que
pasé la tarjeta otra vez. Ahora veo en el banco los dos pagos de 180.
Tengo los dos mensajes del banco."""),
("es", "w4-bolas-tornillo-corte-nino", "Carolina Fuentes <carolina.fuentes@example.es>", "Tornillo en la zona de bolas", "general", "high",
"""Buenas tardes:

Hoy, en el cumpleaños al que llevamos a mi hijo de cinco años, se ha
hecho un corte en la pierna en la piscina de bolas. Al sacarle hemos
visto que en la esquina del fondo hay un tornillo que sobresale del
suelo acolchado, con la punta hacia arriba. El corte no es grande y se
lo hemos curado en casa, pero cualquier niño se puede hacer lo mismo.

Se lo dije a la monitora, pero la zona siguió abierta. Por favor,
revísenlo antes de la próxima fiesta.

Carolina Fuentes"""),
("es", "w4-photocall-qr-fotos-error", "Andrea Villalba <andrea.villalba@example.es>", "Fotos del photocall", "technical", "",
"""Hola, en la fiesta del sábado nos disteis una tarjeta con un QR para
descargar las fotos del photocall. El QR lleva a una página que dice
"Galería no encontrada". Los otros padres dicen que les pasa lo mismo.
¿Nos podéis mandar el enlace bueno?
Andrea"""),
("es", "w4-invitaciones-digitales-no-se-generan", "Jonás Carrera <jonas.carrera@example.es>", "Invitaciones", "technical", "",
"""Buenas, en vuestra web, después de reservar, hay una opción para crear
las invitaciones digitales con el nombre del niño. Relleno todo, le doy a
"Generar" y sale un cuadro gris vacío. Lo he hecho tres veces. La
fiesta es en diez días y quería mandarlas ya.

Jonás"""),
("es", "w4-monitora-lucia-gracias", "Pilar Ugarte <pilar.ugarte@example.es>", "La monitora Lucía", "general", "",
"""Hola,

Quería felicitar a la monitora Lucía, que llevó el cumpleaños de mi hija
el domingo. Tenía doce niños de seis años revolucionados y consiguió
que todos participaran, incluida una niña muy tímida que normalmente se
queda en un rincón. Los padres salimos encantados.

Pilar Ugarte"""),
# ---- baby formula and nappy subscriptions ----
("es", "w4-panales-talla-4-braguitas", "Ximena Robles <ximena.robles@example.com.mx>", "Ya no necesitamos pañales", "billing", "",
"""Hola,

¡Buenas noticias en casa: Mateo ya va al baño solito! Así que el
paquete mensual de pañales talla 4 ya no nos hace falta. Por favor, que
no llegue el del mes que viene y que no se cobre. Gracias por todo este
tiempo.

Ximena"""),
("es", "w4-leche-dos-meses-mismo-dia", "Raúl Cortina <raul.cortina@example.es>", "Cargo", "billing", "",
"""Hola, hoy me habéis cargado 2 x 74,40 € de la suscripción de leche de
continuación. Solo me ha llegado una caja y la siguiente tocaba el mes
que viene. ¿Qué ha pasado?
Raúl"""),
("es", "w4-suscripcion-agosto-saltar", "Maite Aranda <maite.aranda@example.es>", "Agosto", "billing", "",
"""Buenos días, nos vamos todo agosto a Galicia a casa de los abuelos y
allí compraremos los pañales en la farmacia. ¿Se puede saltar el envío
de agosto y que no se cobre ese mes, y que en septiembre siga todo
igual?

Maite"""),
("es", "w4-leche-polvo-trozo-plastico-lote", "Ezequiel Soria <ezequiel.soria@example.es>", "Bote de leche infantil", "general", "high",
"""Buenas noches:

Al preparar el biberón de las 22:00 he encontrado en la leche en polvo
(bote de 800 g de la caja de esta semana) un trozo de plástico azul
duro, de un centímetro más o menos, y al remover el polvo ha salido
otro más pequeño. Mi hija tiene cuatro meses. No le hemos dado nada de
ese bote.

El lote es el L24-1187B, caducidad 03/2026. En la caja vienen dos botes
más del mismo lote, sin abrir. Necesito saber si son seguros y qué
hacemos con ellos, y creo que deberíais mirar ese lote.

Ezequiel Soria"""),
("es", "w4-app-fecha-envio-no-guarda", "Tatiana Bello <tatiana.bello@example.es>", "cambiar fecha", "technical", "",
"""intento cambiar la fecha del próximo envío del 12 al 20 desde la app y
al darle a guardar dice "cambios guardados" pero si salgo y vuelvo a
entrar sigue el 12. lo he hecho 4 veces"""),
("es", "w4-login-correo-no-existe", "Dunia Medina <dunia.medina@example.es>", "No puedo entrar en mi cuenta", "technical", "",
"""Hola:

Me llegan los pañales cada mes y me llegan los correos, pero si intento
entrar en la web con este mismo correo me dice "No existe ninguna
cuenta con ese email". Si le doy a "He olvidado mi contraseña", no me
llega nada. Quería cambiar la talla.

Dunia Medina"""),
("es", "w4-leche-sin-lactosa-stock", "Gerardo Lagos <gerardo.lagos@example.es>", "Leche sin lactosa", "general", "",
"""Hola, ¿tenéis la leche de inicio sin lactosa en bote de 400 g? En la
web solo veo el de 800 y el pediatra nos ha dicho que probemos primero
con uno pequeño. Si no la tenéis, ¿sabéis si la vais a traer?
Gerardo"""),
# ---- pharmacy chains' loyalty schemes ----
("es", "w4-farmacia-puntos-martes", "Celestino Rubio <celestino.rubio@example.es>", "Mis puntos", "general", "",
"""Buenas, el martes compré en la farmacia de la plaza del Mercado unas
cremas solares y un protector labial, unos 46 €, y pasé la tarjeta de
cliente. En la app no me aparecen los puntos de esa compra. Tengo el
tique. ¿Me los podéis sumar?

Celestino"""),
("es", "w4-farmacia-cambio-movil-tarjeta", "Leonor Bermejo <leonor.bermejo@example.es>", "Cambio de teléfono", "general", "",
"""Hola, he cambiado de número de móvil. La tarjeta de puntos está
asociada al antiguo, el 600 000 112, y en la farmacia me dicen que lo
cambie por aquí. El nuevo es el 600 000 998. El número de la tarjeta es
la 4471 0000 2219.

Gracias, Leonor Bermejo"""),
("es", "w4-farmacia-cupon-5-no-descontado", "Agustina Ríos <agustina.rios@example.com.ar>", "cupón", "billing", "",
"""Hola, tenía en la app el cupón de 5 € de descuento por llegar a 500
puntos, se lo enseñé a la chica en la caja y lo escaneó, pero en el
tique pone 32,40 € sin ningún descuento y eso fue lo que pagué. Ahora en
la app el cupón aparece como "usado". O sea que lo perdí y encima no me
lo descontaron."""),
("es", "w4-farmacia-club-plus-no-pedi", "Vicente Lorca <vicente.lorca@example.es>", "3,99 todos los meses", "billing", "",
"""Buenos días:

Desde marzo me están pasando 3,99 € al mes con el concepto "Club Plus".
Yo solo tengo la tarjeta de puntos normal, que es gratis. No recuerdo
haber aceptado ningún club. Quiero que dejen de cobrarlo y que me
devuelvan lo de estos meses.

Vicente Lorca"""),
("es", "w4-farmacia-tarjeta-digital-codigo-barras", "Sonia Arce <sonia.arce@example.es>", "Tarjeta en la app", "technical", "",
"""Hola, en la app, cuando voy a "Mi tarjeta", en lugar del código de
barras sale un cuadrado blanco y una ruedita que no para. En la caja
tienen que meter el número a mano y siempre se hace cola por mi culpa.
Tengo la última versión de la app.
Sonia"""),
("es", "w4-farmacia-app-cierra-mis-cupones", "Bruno Echevarría <bruno.echevarria@example.es>", "La app se cierra", "technical", "",
"""Buenas. No escribo por los puntos ni por los cupones en sí: es que la
app se cierra sola cada vez que entro en "Mis cupones". Se queda la
pantalla en negro y me devuelve al inicio del móvil. El resto de la
app funciona. Tengo un Samsung A52.
Bruno"""),
("es", "w4-farmacia-correos-de-otra-persona-aepd", "Carlota Guerra <carlota.guerra@example.es>", "Me llegan los datos de otra persona", "general", "high",
"""Buenas tardes:

Desde hace dos semanas recibo en mi correo los resúmenes de compra del
programa de puntos de otra persona, con su nombre, su dirección y la
lista de lo que compra, incluidos medicamentos y productos que dicen
mucho de su salud. Ya les avisé el día 3 y siguen llegando.

Esto es una brecha de datos. Si en 48 horas no lo han corregido, lo
pondré en conocimiento de la Agencia Española de Protección de Datos.

Carlota Guerra"""),
# ---- private hospital wards ----
("es", "w4-hospital-suplemento-habitacion-individual", "Manuel Robledo <manuel.robledo@example.es>", "Factura ingreso de marzo", "billing", "",
"""Buenos días:

Estuve ingresado del 4 al 7 de marzo. En la factura que me ha llegado me
cobran 240 € de "suplemento habitación individual". Mi póliza de salud
incluye habitación individual, y así me lo confirmaron en admisión el
día del ingreso. ¿Pueden revisarlo con la aseguradora antes de que me
lo pasen al banco?

Manuel Robledo"""),
("es", "w4-hospital-cesarea-1800-abogado", "Yolanda Echeverría <yolanda.echeverria@example.es>", "Reclamación factura parto", "billing", "high",
"""Señores:

Me reclaman 1.800 € por el parto por cesárea del 12 de enero,
alegando que la autorización de la aseguradora "no llegó a tiempo". La
autorización existe, tiene fecha del 10 de enero y se la entregué yo
misma en admisión; tengo copia sellada.

No voy a pagar esa cantidad. Mi abogado ya tiene toda la documentación
y, si continúan con las reclamaciones de cobro, iniciaremos acciones
legales.

Yolanda Echeverría"""),
("es", "w4-hospital-cirugia-plazos", "Ignacio Sanz <ignacio.sanz@example.es>", "Presupuesto operación de rodilla", "billing", "",
"""Hola,

Me han dado un presupuesto de 6.300 € por la operación de rodilla (no
tengo seguro privado). ¿Es posible pagarlo en varios plazos, por ejemplo
en seis meses? ¿Hay que pagar algo por adelantado antes de la
intervención?

Ignacio Sanz"""),
("es", "w4-portal-paciente-resultados-vacio", "Elena Suárez <elena.suarez@example.es>", "Portal del paciente", "technical", "",
"""Buenas, el médico me dijo que los resultados de la resonancia estarían
en el portal del paciente el lunes. Entro y en "Mis informes" sale
"No se han podido cargar los documentos". En el móvil igual. Tengo
consulta el jueves y quería llevarlos leídos.
Elena"""),
("es", "w4-hospital-timbre-habitacion-no-suena", "Francisco Javier Moya <fj.moya@example.es>", "Habitación 412", "technical", "high",
"""Buenas noches:

Mi madre, de 84 años, está ingresada en la habitación 412 tras operarse
de cadera. El timbre de llamada de la cama no funciona: lo pulsamos y
no se enciende la luz de fuera ni viene nadie. Esta tarde tuve que
salir al pasillo a buscar a una enfermera porque se había quedado sin
poder moverse. Esta noche se queda sola.

Lo he dicho en el control de enfermería y me dicen que mañana lo ve
mantenimiento. No puede esperar a mañana.

Francisco Javier Moya"""),
("es", "w4-hospital-visitas-maternidad", "Rocío Aldana <rocio.aldana@example.es>", "Visitas en maternidad", "general", "",
"""Hola, mi hermana da a luz la semana que viene en vuestro hospital.
¿Cuál es el horario de visitas en la planta de maternidad? ¿Pueden
entrar niños? Mi hija de ocho años quiere conocer a su primo.
Gracias, Rocío"""),
("es", "w4-hospital-copia-historia-clinica", "Arturo Benavides <arturo.benavides@example.es>", "Solicitud de historia clínica", "general", "",
"""Estimados señores:

Solicito una copia completa de mi historia clínica en su centro, con los
informes de las consultas de cardiología y las pruebas realizadas entre
2020 y 2024, para aportarla a mi nuevo cardiólogo. Adjunto copia de mi
DNI. Prefiero recibirla en formato electrónico en este correo.

Atentamente,
Arturo Benavides Ortega"""),
# ---- home medical supplies and mobility scooters ----
("es", "w4-cama-articulada-padre-fallecio", "Olga Ferrándiz <olga.ferrandiz@example.es>", "Cama articulada - contrato 3310", "billing", "",
"""Buenos días:

Mi padre falleció el pasado domingo. Tenía alquilada con ustedes la cama
articulada y el colchón antiescaras (contrato 3310). Ya no van a hacer
falta, así que les pido que no se cobre el mes de julio y que me digan
cuándo pueden pasar a recogerlos.

Gracias por el servicio durante este tiempo.

Olga Ferrándiz"""),
("es", "w4-andador-iva-4-no-21", "Julián Mesa <julian.mesa@example.es>", "IVA andador", "billing", "",
"""Hola:

Compré el andador con asiento (pedido 20871) y en la factura aplican el
21 % de IVA. Según me dice mi gestor, los andadores y productos para
personas con movilidad reducida llevan el 4 %. ¿Pueden revisarlo y
devolverme la diferencia?

Julián Mesa"""),
("es", "w4-scooter-bateria-caliente-olor", "Anselmo Duque <anselmo.duque@example.es>", "El scooter", "technical", "high",
"""Hola, buenas.

Esta noche, cargando el scooter eléctrico en el garaje como siempre, la
tapa de la batería estaba tan caliente que no se podía tocar y olía a
plástico quemado. Lo he desenchufado con un guante. Ahora está fuera, en
el patio, lejos de todo.

Tengo 79 años y el scooter es como me muevo para ir al centro de día.
No me atrevo a volver a cargarlo. ¿Qué hago?

Anselmo Duque"""),
("es", "w4-silla-electrica-joystick-izquierda", "Encarna Vidal <encarna.vidal@example.es>", "silla de ruedas de mi marido", "technical", "",
"""la silla electrica de mi marido no gira a la izquierda. el joystick lo
mueves a la izquierda y no hace nada, a la derecha, adelante y atras va
bien. la bateria esta cargada. la compramos con ustedes hace un año y
medio. pueden venir a verla?
Encarna"""),
("es", "w4-tensiometro-error-e3", "Clemente Ortega <clemente.ortega@example.es>", "Tensiómetro", "technical", "",
"""Buenos días, el tensiómetro de brazo que me compraron mis hijos en su
web marca "E3" cada vez que lo uso y no da la tensión. He cambiado las
pilas y me he colocado el manguito como en el dibujo. Lo uso todas las
mañanas por la medicación.
Clemente Ortega"""),
("es", "w4-scooter-demostracion-domicilio", "Dolores Gallardo <dolores.gallardo@example.es>", "Scooter plegable", "general", "",
"""Buenas tardes:

Estamos pensando en comprarle a mi madre el scooter plegable que tienen
en la web a 1.450 €. Ella no está segura de si va a saber manejarlo.
¿Hacen demostraciones en casa para probarlo antes de comprar? Vivimos
en Alcalá de Henares.

Dolores Gallardo"""),
("es", "w4-grua-paciente-tecnico-gracias", "Ramón Ibáñez <ramon.ibanez@example.es>", "Técnico del jueves", "general", "",
"""Hola,

El jueves vino su técnico Adrián a arreglar la grúa de traslado de mi
mujer. Aparte de dejarla perfecta, nos enseñó a usar mejor el arnés y
tuvo una paciencia enorme con ella. La factura de la reparación ya la
tengo y está todo correcto. Solo quería que constara nuestro
agradecimiento.

Ramón Ibáñez"""),
# ---- garden centres and seed shops ----
("es", "w4-semillas-no-germinaron", "Fidel Armas <fidel.armas@example.es>", "semillas tomate", "billing", "",
"""Hola, compré 6 sobres de semillas de tomate de variedades antiguas
(pedido S-4410, 17,40 €). Sembré como pone el sobre, en semillero con
calor y humedad, junto con semillas de otra marca. Las de la otra marca
han salido todas; de las vuestras, ni una en cinco semanas. Os pido que
me devolváis el importe.
Fidel"""),
("es", "w4-vivero-envio-cobrado-dos-veces", "Luz Marina Pérez <luzmarina.perez@example.com.co>", "Pedido con dos envíos", "billing", "",
"""Buenas, en mi pedido de plantas de interior me aparecen dos veces los
gastos de envío, 6,95 y 6,95, aunque llegó todo en una sola caja y el
mismo día. ¿Me pueden devolver uno de los dos?

Luz Marina"""),
("es", "w4-programador-riego-wifi-no-conecta", "Rafael Carrasco <rafael.carrasco@example.es>", "Programador de riego", "technical", "",
"""Hola:

El programador de riego wifi que compré en vuestro centro de jardinería
no termina de conectarse: la app lo encuentra, le pongo la contraseña
del wifi y a los 30 segundos sale "Error de conexión (-3)". El router
está a cinco metros y es de 2,4 GHz. Lo he reseteado dos veces.

Mientras tanto estoy regando a mano, y con este calor...

Rafael Carrasco"""),
("es", "w4-vivero-web-carrito-se-vacia", "Marina Olivares <marina.olivares@example.es>", "carrito", "technical", "",
"""cada vez que añado algo al carrito y paso a la siguiente página, el
carrito sale vacío. me ha pasado con 3 navegadores. llevo media hora
intentando comprar unos bulbos"""),
("es", "w4-bulbos-tulipan-cuando", "Hortensia Blanco <hortensia.blanco@example.es>", "Tulipanes", "general", "",
"""Buenos días, ¿cuándo tendrán los bulbos de tulipán para plantar este
otoño? El año pasado compré los "Queen of Night" y quiero repetir.
¿Los puedo reservar?
Un saludo, Hortensia"""),
("es", "w4-garden-columpio-cadena-rota", "Esther Valverde <esther.valverde@example.es>", "Zona infantil del centro de jardinería", "general", "high",
"""Hola:

Esta mañana, en la zona infantil de su centro de jardinería de
Majadahonda, uno de los columpios tenía un eslabón de la cadena abierto
y, mientras mi hijo de cuatro años se columpiaba, se soltó de un lado.
Se cayó de lado, afortunadamente sobre el césped artificial, y solo se
llevó el susto.

Otros niños siguieron usando el columpio después. Por favor, precíntenlo
hasta que lo arreglen.

Esther Valverde"""),
# ---- office water coolers and office cleaning ----
("es", "w4-garrafas-6-cobradas-4-entregadas", "Administración Gestoría Llorente <admin@gestoria-llorente.example>", "Factura de agua mayo", "billing", "",
"""Buenos días:

En la factura de mayo aparecen 6 garrafas de 18 litros, pero el
repartidor solo dejó 4 (tenemos el albarán firmado con 4). Por favor,
corrijan la factura antes de pasar el recibo.

Gracias,
Administración"""),
("es", "w4-limpieza-coworking-a-partir-junio", "Estudio Baraka <hola@estudio-baraka.example>", "Nuestra oficina", "billing", "",
"""Hola, Susana:

Te escribo para contarte que a partir de junio dejamos la oficina de
la calle Zurbano y nos vamos a un coworking, donde la limpieza la hacen
ellos. Así que en junio ya no hará falta que vengan Rosa y Fátima, y no
queremos que se facture nada más a partir de entonces. Ha sido un gusto
trabajar con vosotras.

Un abrazo,
Carlos (Estudio Baraka)"""),
("es", "w4-fuente-agua-no-enfria-gotea", "Recepción Clínica Dental Sonríe <recepcion@sonrie.example>", "Fuente de agua", "technical", "",
"""Hola, la fuente de agua de la sala de espera ha dejado de enfriar (sale
del tiempo) y desde ayer gotea un poco por debajo; hemos puesto una
bandeja. El piloto verde está encendido. ¿Pueden mandar a alguien?
Gracias, Recepción"""),
("es", "w4-dispensador-agua-caliente-quemadura", "Prevención de Riesgos <prl@ingenia-oficinas.example>", "Dispensador de agua caliente planta 2", "technical", "high",
"""Buenos días:

El dispensador de agua fría/caliente de la planta 2 suelta agua
hirviendo por el grifo rojo sin necesidad de pulsar el seguro infantil.
Ayer una compañera se quemó la mano al coger agua fría, porque el grifo
rojo empezó a gotear solo encima del vaso. Lo hemos desenchufado y
precintado.

Necesitamos que lo revisen o lo sustituyan. En esa planta trabajan 60
personas.

Paula Morales
Prevención de Riesgos Laborales"""),
("es", "w4-limpieza-cambiar-martes-jueves", "Oficina Ferrer Abogados <oficina@ferrer-abogados.example>", "Día de limpieza", "general", "",
"""Buenos días, ¿sería posible que a partir del mes que viene la limpieza
semanal fuera los jueves en lugar de los martes? Los martes tenemos
reunión de equipo por la tarde y coincide. El horario nos da igual.

Un saludo,
Pilar (Ferrer Abogados)"""),
("es", "w4-limpieza-documentos-tirados-responsable", "Gerencia Asesoría Molina <gerencia@asesoria-molina.example>", "Incidente con el personal de limpieza", "general", "high",
"""Buenos días:

Anoche el personal de limpieza tiró a la basura las cajas de
expedientes de clientes que estaban junto a la destructora, pendientes
de archivar, pese a que tenían un cartel de "NO TIRAR". Hemos
recuperado parte del contenedor de la calle, pero faltan documentos
originales de clientes.

Exijo hablar hoy mismo con el responsable de su empresa para esta zona.

Antonio Molina
Gerente"""),
# ---- security guard companies ----
("es", "w4-vigilancia-festivo-cobrado-doble", "Polígono Las Navas - Comunidad <comunidad@pol-lasnavas.example>", "Factura vigilancia abril", "billing", "",
"""Buenas tardes:

En la factura de vigilancia de abril nos cobran el Jueves Santo y el
Viernes Santo con tarifa de festivo (doble) y además el Lunes de Pascua,
que en nuestra comunidad no es festivo. ¿Pueden revisarlo? Según
nuestras cuentas sobran 312 €.

Comunidad de propietarios Polígono Las Navas"""),
("es", "w4-vigilantes-tarifa-contrato-abogados", "Dirección Financiera <finanzas@logistica-iberia.example>", "Tarifa horaria vigilancia", "billing", "high",
"""Buenos días:

Nuestro contrato fija la tarifa hora de vigilante en 14,50 €. Desde
enero sus facturas aplican 16,20 € sin que se nos haya comunicado ni
firmado ninguna revisión. Lo reclamamos en febrero y en marzo sin
respuesta.

Hemos trasladado el asunto a nuestros servicios jurídicos. Si antes del
día 30 no recibimos facturas rectificativas, iniciarán las acciones que
correspondan.

Lidia Herrero
Dirección Financiera, Logística Iberia"""),
("es", "w4-app-rondas-nfc-no-registra", "Jefe de Seguridad <seguridad@hotel-mirador.example>", "Control de rondas", "technical", "",
"""Hola:

Desde la actualización de la app de rondas, los móviles de los
vigilantes no registran tres de los puntos NFC del aparcamiento (los
de la planta -2). Acercan el móvil y no pasa nada; los demás puntos sí
funcionan. En el informe parece que no hacen la ronda completa.

Marcelo, jefe de seguridad
Hotel Mirador"""),
("es", "w4-central-alarmas-sin-senal-nave", "Transportes Alcaraz <info@transalcaraz.example>", "NO RECIBEN NUESTRA ALARMA", "technical", "high",
"""Buenas:

Esta mañana al abrir la nave hemos visto que la central receptora no ha
recibido ninguna señal de nuestra alarma desde las 23:00 de ayer: ni la
conexión de anoche ni la desconexión de hoy. En el panel sale "Fallo de
comunicación". Tenemos 14 camiones cargados dentro y esta noche no
podemos quedarnos sin vigilancia conectada.

Llamen a Ginés al 968 000 774.

Transportes Alcaraz"""),
("es", "w4-vigilante-nocturno-gracias", "Administradora Residencial Los Pinos <admin@lospinos-residencial.example>", "Agradecimiento", "general", "",
"""Buenos días,

En nombre de la comunidad queremos agradecer a Ismael, vigilante del
turno de noche, su actuación del sábado, cuando detectó el agua que
salía del cuarto de contadores y avisó a los vecinos y al fontanero de
guardia. Gracias a él no se inundó el garaje.

Mercedes Galán
Administradora"""),
("es", "w4-vigilancia-evento-presupuesto", "Laura Pastor <laura.pastor@example.es>", "Boda en finca", "general", "",
"""Hola,

Celebramos una boda en una finca de Toledo el 14 de septiembre, unos 200
invitados, de 18:00 a 04:00. ¿Ofrecen vigilantes para eventos
privados? Nos interesaría saber cuántos recomiendan y qué necesitan que
les enviemos para hacernos un presupuesto.

Laura Pastor"""),
# ---- printer and copier leasing ----
("es", "w4-copias-excedentes-87-mas", "Contabilidad Colegio San Ignacio <contabilidad@colegio-sanignacio.example>", "Factura trimestral copiadoras", "billing", "",
"""Buenos días:

En la factura de este trimestre aparecen 87 € más que el anterior por
"copias en exceso". Nuestro contrato incluye 30.000 copias B/N al
trimestre y, según el contador que nos enseñó su técnico en la última
visita, hemos hecho unas 24.000. ¿Pueden enviarnos las lecturas que han
usado?

Departamento de contabilidad"""),
("es", "w4-renting-no-seguimos-septiembre", "Dirección Óptica Miralles <direccion@optica-miralles.example>", "Contrato de la multifunción", "billing", "",
"""Hola:

El contrato de renting de la multifunción termina el 30 de septiembre.
Hemos decidido no seguir con vosotros; casi no imprimimos desde que
todo va por email. Por favor, que no se renueve automáticamente y
decidnos cómo se hace la devolución del equipo.

Un saludo,
Jorge Miralles"""),
("es", "w4-renting-factura-cif-antiguo", "Administración Talleres Peña <admin@talleres-pena.example>", "CIF en las facturas", "billing", "",
"""Buenas, desde que cambiamos de sociedad en enero os mandamos el nuevo
CIF, pero las facturas del renting de la fotocopiadora siguen saliendo
con el antiguo (B00000011). El nuevo es B00000029, Talleres Peña
Hermanos S.L. ¿Nos rehacéis las de febrero a mayo?
Gracias"""),
("es", "w4-atascos-bandeja-2", "Secretaría IES Río Tajo <secretaria@ies-riotajo.example>", "Fotocopiadora sala de profesores", "technical", "",
"""Hola,

La fotocopiadora de la sala de profesores se atasca cada pocas hojas
cuando cogemos papel de la bandeja 2. Con la bandeja 1 va bien. Ya
hemos cambiado el paquete de papel y lo hemos abanicado. Sale el código
J-0201 en la pantalla.

Secretaría"""),
("es", "w4-cuatro-impresoras-no-imprimen-albaranes", "Almacén Distribuciones Gorka <almacen@dist-gorka.example>", "NO IMPRIME NINGUNA", "technical", "high",
"""Desde las 7 de la mañana ninguna de las 4 impresoras del almacén
imprime. Los trabajos se quedan en cola con "Error" y las máquinas
dicen "Esperando datos". Sin albaranes no pueden salir los camiones y
tenemos cinco esperando en el muelle. Ya hemos reiniciado todo.

Llamad al 944 000 512, preguntad por Gorka."""),
("es", "w4-escanear-email-tras-cambio-contrasena", "Marta Ledesma <marta.ledesma@clinica-fisio.example>", "Escanear a correo", "technical", "",
"""Hola:

Desde que cambiamos la contraseña del correo de la clínica la semana
pasada, la opción de "Escanear a email" de la copiadora da
"Error de autenticación SMTP". Imprimir y copiar funciona. Supongo que
hay que poner la contraseña nueva en algún sitio de la máquina, pero no
sé dónde.

Marta"""),
("es", "w4-retirar-maquina-vieja-entrega", "Gestión Residencia Virgen del Pilar <gestion@res-vpilar.example>", "Cambio de equipo", "general", "",
"""Buenos días, ¿cuando traigáis la copiadora nueva el día 18 os podéis
llevar la vieja en el mismo viaje? No tenemos sitio para guardarla. Y
¿a qué hora más o menos vendríais? Necesitamos saberlo para dejar libre
el ascensor de servicio.

Gracias, Amaia"""),
# ---- IT helpdesk outsourcing ----
("es", "w4-bolsa-horas-no-usadas", "Gerencia Arquitectos Sierra <gerencia@arq-sierra.example>", "Consumo bolsa de horas", "billing", "",
"""Hola:

En el informe de mayo nos descontáis 9 horas de la bolsa de soporte. Las
incidencias que abrimos ese mes fueron dos, y el técnico tardó menos de
una hora en cada una, en remoto. ¿Nos podéis mandar el detalle de esas
9 horas? Si no, pedimos que nos las reintegréis.

Elena Sierra"""),
("es", "w4-soporte-cambio-cuenta-domiciliacion", "Administración Dental Arias <admin@dental-arias.example>", "Cambio de cuenta bancaria", "billing", "",
"""Buenos días,

A partir del próximo mes queremos que la cuota del soporte informático
se domicilie en nuestra nueva cuenta: ES00 0000 0000 0000 0000 0001.
Adjuntamos el mandato SEPA firmado. Por favor, confirmadnos desde qué
recibo se aplica.

Un saludo,
Administración Clínica Dental Arias"""),
("es", "w4-servidor-caido-clinica-sin-agenda", "Clínica Dental Arias <recepcion@dental-arias.example>", "SIN SISTEMA", "technical", "high",
"""Buenos días:

No podemos acceder al programa de gestión de la clínica desde ningún
ordenador: sale "No se puede conectar con el servidor". No vemos la
agenda de hoy, ni las historias de los pacientes, ni podemos cobrar.
Tenemos la sala de espera llena y los doctores trabajando a ciegas.

Necesitamos a alguien ya, en remoto o en persona.

Recepción Clínica Dental Arias
910 000 340"""),
("es", "w4-portatil-nuevo-vpn-no-conecta", "Iker Goikoetxea <iker.goikoetxea@consultora-ibai.example>", "VPN portátil nuevo", "technical", "",
"""Kaixo, me habéis entregado el portátil nuevo y desde casa no conecta
la VPN: sale "El servidor remoto no respondió" a los pocos segundos. En
el portátil viejo, con la misma wifi, funciona. Mañana teletrabajo
todo el día.
Iker"""),
("es", "w4-correo-movil-no-sincroniza", "Nerea Altuna <nerea.altuna@consultora-ibai.example>", "correo en el movil", "technical", "",
"""hola, el correo del trabajo en el iphone dejó de actualizarse el
jueves. en el ordenador me llegan los correos perfectamente pero en el
móvil lo último que tengo es del miércoles. he borrado la cuenta y la he
vuelto a poner y me dice contraseña incorrecta, y la contraseña es la
misma del ordenador"""),
("es", "w4-tercer-dia-sin-correo-director-cuentas", "Dirección Consultora Ibai <direccion@consultora-ibai.example>", "Re: Ticket 20931 - sin correo", "technical", "high",
"""Llevamos tres días laborables sin correo electrónico en toda la
oficina: 18 personas que no reciben nada de clientes. El ticket 20931
sigue "en análisis" y cada técnico que llama nos pide lo mismo que el
anterior.

Quiero que me llame hoy el director de cuentas que lleva nuestro
contrato. Si no se resuelve esta semana, nos estamos planteando
seriamente cambiar de proveedor.

Unai Etxeberria
Director, Consultora Ibai

> Estimado cliente, su incidencia 20931 ha sido escalada al equipo de
> sistemas. Le informaremos de los avances."""),
("es", "w4-soporte-nueva-direccion-oficina", "Oficina Gestiones Campos <oficina@gestiones-campos.example>", "Cambio de dirección", "general", "",
"""Buenos días:

Les informamos de que desde el día 1 nuestra oficina está en la C/
Goya 88, 2.º, 28001 Madrid. Por favor, actualicen la dirección en su
ficha de cliente para las visitas presenciales de los técnicos. El
resto de datos (facturación, contactos) no cambia.

Gracias,
Raquel Campos"""),
# ---- post office and parcel shops ----
("es", "w4-envio-asegurado-llego-roto", "Mateo Galindo <mateo.galindo@example.es>", "Envío asegurado 88310", "billing", "",
"""Hola:

Envié una lámpara de cerámica desde vuestro punto de la calle Mayor
pagando el seguro adicional de hasta 150 € (el envío fueron 18,90 más
4,50 del seguro). Llegó hecha pedazos; el destinatario hizo fotos
delante del repartidor. La lámpara valía 120 €, tengo el tique. ¿Cómo
reclamo lo que cubre el seguro?

Mateo Galindo"""),
("es", "w4-contrareembolso-45-no-llego", "Anabel Prieto <anabel.prieto@example.es>", "contra reembolso", "billing", "",
"""Buenas, vendí una chaqueta por una app de segunda mano con envío
contra reembolso. El comprador me dice que pagó 45 € al repartidor el
día 9, y a mí en tres semanas no me ha llegado nada. ¿Dónde está ese
dinero?
Anabel"""),
("es", "w4-taquilla-codigo-no-abre", "Roberto Vila <roberto.vila@example.es>", "Taquilla no abre", "technical", "",
"""Hola, estoy delante de la taquilla de la gasolinera de la avenida del
Mar. Meto el código del SMS y la pantalla dice "Código no válido". Lo he
escrito cuatro veces bien. Mi paquete está dentro según el
seguimiento.
Roberto"""),
("es", "w4-lockers-estacion-nadie-puede", "Elisa Benito <elisa.benito@example.es>", "Las taquillas de la estación no funcionan", "technical", "high",
"""Hola:

Las taquillas de paquetes de la estación de Chamartín no abren para
nadie desde ayer por la tarde: la pantalla táctil está congelada en el
logo. Ahora mismo hay más de veinte personas esperando con el código
en el móvil, algunas con medicamentos dentro, y el teléfono de ayuda no
contesta.

Elisa"""),
("es", "w4-punto-pack-horario-agosto", "Marisol Pérez <marisol.perez@example.es>", "Horario agosto", "general", "",
"""¿El punto de recogida de la papelería de la calle Olmo abre en agosto?
Tengo que recoger un paquete y voy a estar de vacaciones la primera
quincena.
Gracias"""),
("es", "w4-autorizar-hermano-recoger", "Hugo Barrera <hugo.barrera@example.es>", "Recogida por otra persona", "general", "",
"""Hola, tengo un paquete en vuestra oficina de la calle Alcalá y no
puedo ir a recogerlo porque estoy trabajando. ¿Puede ir mi hermano? ¿Qué
tiene que llevar, mi DNI, el suyo, una autorización firmada?
Gracias,
Hugo"""),
("es", "w4-empleada-punto-pack-grosera-encargado", "Angustias Reyes <angustias.reyes@example.es>", "Trato en su oficina", "general", "high",
"""Esta mañana fui a recoger un paquete a su oficina de la plaza de
España. La empleada me dijo que no estaba, sin buscarlo. Cuando le
enseñé el aviso, me lo quitó de la mano, me dijo que "la gente mayor
no sabe leer los mensajes" y me hizo esperar fuera. Tengo 76 años.

Quiero hablar con el encargado de esa oficina.

Angustias Reyes
Tel. 956 000 211"""),
# ---- student housing ----
("es", "w4-residencia-fianza-600-junio", "Daniela Fuentes <daniela.fuentes@example.com.co>", "Depósito", "billing", "",
"""Hola, buenas tardes.

Dejé la habitación 218 el 28 de junio. En la revisión de salida la
encargada me dijo que todo estaba en orden y firmamos el acta. Ya es
agosto y los 600 € del depósito no han llegado a mi cuenta. Os escribo
desde Bogotá, así que no puedo pasar por recepción.

Daniela Fuentes"""),
("es", "w4-residencia-cuota-julio-ya-no-vivo", "Pau Serra <pau.serra@example.es>", "cuota juliol", "billing", "",
"""Hola, el contrato acababa el 30 de junio y me fui ese día (entregué la
llave en recepción). Me habéis pasado el recibo de julio, 540 €. No
vivo ahí desde hace un mes.
Pau"""),
("es", "w4-residencia-penalizacion-irme-antes", "Lorena Vidal <lorena.vidal@example.es>", "Penalización", "billing", "",
"""Buenas:

Me ha salido una beca Erasmus para el segundo cuatrimestre y me voy en
enero. En recepción me dicen que si dejo la habitación antes de junio
tengo que pagar dos meses de penalización. En mi contrato, cláusula 9,
pone un mes si se avisa con 30 días de antelación, y estoy avisando
con dos meses.

¿Me lo podéis aclarar?

Lorena Vidal"""),
("es", "w4-residencia-lavanderia-cobro-maquina", "Kenji Morales <kenji.morales@example.es>", "Lavandería", "billing", "",
"""hola, en la lavanderia de la residencia la lavadora 3 me cobró 3,50 de
la tarjeta monedero, no arrancó, y me volvió a cobrar cuando lo intenté
otra vez. en la tarjeta me faltan 7 euros y la ropa sigue sucia"""),
("es", "w4-residencia-wifi-cae-noches", "Alba Quintero <alba.quintero@example.es>", "wifi", "technical", "",
"""el wifi de la planta 4 se cae todas las noches entre las 11 y la 1 más
o menos. se conecta pero no carga nada. estoy en época de entregas y
tengo que subir los trabajos a esas horas. a los de mi pasillo les
pasa lo mismo
Alba, hab. 412"""),
("es", "w4-residencia-radiador-frio", "Tobías Lerma <tobias.lerma@example.es>", "Radiador habitación 307", "technical", "",
"""Hola:

El radiador de mi habitación (307) está frío desde hace cuatro días.
Los de la sala común sí calientan. He girado la rueda del termostato
hasta el 5 y nada. Por las noches hace bastante frío. ¿Puede subir
alguien de mantenimiento?

Tobías"""),
("es", "w4-residencia-olor-gas-cocina-planta-3", "Samuel Orduña <samuel.ordunya@example.es>", "Olor en la cocina de la tercera", "technical", "high",
"""Hola, no sé si es importante, pero desde hace un rato en la cocina
compartida de la planta 3 huele a gas, sobre todo cerca de los fuegos,
aunque están todos apagados. Hemos abierto la ventana y nadie está
cocinando. En recepción no hay nadie a esta hora y el teléfono de
guardia no lo coge.

Samuel, hab. 309"""),
# ---- language exchange and dating apps ----
("es", "w4-app-idiomas-renovo-anual", "Nadia Castell <nadia.castell@example.es>", "Renovación", "billing", "",
"""Hola:

Tenía el plan premium mensual (9,99) y hoy me habéis cobrado 89,99 por
un año entero. Yo no he cambiado nada. Solo quería seguir mes a mes, y
de hecho pensaba dejarlo en verano. ¿Me podéis devolver la diferencia y
dejarme otra vez en mensual?

Nadia"""),
("es", "w4-app-citas-ya-tengo-pareja-gold", "Martín Echegaray <martin.echegaray@example.com.ar>", "jaja", "billing", "",
"""hola! les cuento que conocí a alguien por la app y ya estamos juntos,
así que no hace falta que me sigan pasando el Gold cada mes 😅 gracias
por todo, de verdad"""),
("es", "w4-app-idiomas-cobro-dolares", "Jacinta Rubio <jacinta.rubio@example.es>", "Pago en dólares", "billing", "",
"""Buenas, me suscribí en la web con el precio en euros, 59,99 €, y en el
extracto aparece un cargo de 64,99 USD más 1,60 € de comisión del banco
por divisa. Yo vivo en Zaragoza. ¿Por qué me cobráis en dólares?
Jacinta"""),
("es", "w4-app-citas-mensajes-no-llegan", "Rodrigo Saldaña <rodrigo.saldana@example.es>", "Los mensajes no se envían", "technical", "",
"""Hola,

Desde ayer los mensajes que envío se quedan con el relojito y nunca
salen. Los que me envían a mí los veo con horas de retraso. He borrado
la caché, he reinstalado la app y he cambiado de wifi a datos. Uso un
Xiaomi con Android 13.

Rodrigo"""),
("es", "w4-intercambio-idiomas-videollamada-sin-audio", "Chloé Durand <chloe.durand@example.fr>", "Videollamada", "technical", "",
"""Hola, estoy aprendiendo español en la app. En las videollamadas con mi
compañera de Sevilla yo la veo y ella me ve, pero no nos oímos ninguna
de las dos. El micrófono funciona en otras apps. Perdón por los errores
de español.
Chloé"""),
("es", "w4-app-idiomas-no-puedo-iniciar-sesion-google", "Yolanda Pérez <yolanda.perez@example.es>", "Iniciar sesión con Google", "technical", "",
"""Hola, siempre entraba con el botón de "Continuar con Google" y desde la
última actualización me sale "Algo ha ido mal" y me devuelve a la
pantalla de inicio. No tengo contraseña propia porque siempre entré con
Google. No me importa el dinero del plan, solo quiero recuperar mis
conversaciones.
Yolanda"""),
# ---- airport parking ----
("es", "w4-parking-aeropuerto-vuelo-retraso-38", "Marcelino Vega <marcelino.vega@example.es>", "Reserva P-55123", "billing", "",
"""Hola:

Tenía la reserva del parking hasta el domingo a las 23:00. El vuelo de
vuelta llegó con cinco horas de retraso (os puedo mandar el certificado
de la aerolínea) y al salir el lunes de madrugada la barrera me cobró
38 € más. Creo que eso no es justo, no fue culpa mía. ¿Lo podéis
revisar?

Marcelino Vega"""),
("es", "w4-parking-prepagado-barrera-cobro", "Begoña Lamas <begona.lamas@example.es>", "Me cobraron dos veces el parking", "billing", "",
"""Pagué online el parking de la T4 para 8 días (72 €). A la salida la
barrera no reconocía la reserva y el empleado me dijo que pagara en el
cajero y que ya me lo devolveríais. Pagué 96 €. Han pasado 10 días.
Begoña"""),
("es", "w4-valet-golpe-paragolpes-consumo", "Diego Salcedo <diego.salcedo@example.es>", "Daños en mi coche - servicio de aparcacoches", "billing", "high",
"""Buenos días:

Dejé mi coche en su servicio de aparcacoches el 2 de julio sin ningún
daño (tengo fotos de ese momento, con fecha). Al devolvérmelo el 9 tenía
el paragolpes trasero rajado y una rozadura larga. El taller me
presupuesta 640 €. Su respuesta es que "no consta incidencia".

Si no se hacen cargo de la reparación, presentaré una reclamación ante
la oficina de consumo de la Comunidad de Madrid.

Diego Salcedo"""),
("es", "w4-barrera-no-lee-matricula", "Isabel Cortés <isabel.cortes@example.es>", "entrada parking", "technical", "",
"""Hola, tengo reserva para mañana a las 6:00 y en el correo dice que la
barrera lee la matrícula. Hace un mes fui y no la leyó, tuve que llamar
al interfono 10 minutos. ¿Podéis comprobar que la matrícula está bien
metida en el sistema? Es 0000 JKL, no sé si la registré con espacio.
Isabel"""),
("es", "w4-salida-parking-lector-cola-vuelos", "Gabriel Montes <gabriel.montes@example.es>", "Salida bloqueada", "technical", "high",
"""Escribo desde la cola del parking exprés: el lector de la entrada no
funciona desde hace al menos 45 minutos y no entra ni sale nadie. Hay
unos 40 coches detrás de mí y gente que va a perder el vuelo; algunos
están dejando el coche en el arcén y corriendo con las maletas. El
interfono no contesta.

Gabriel"""),
("es", "w4-parking-lanzadera-bolsa-olvidada", "Patricio Luna <patricio.luna@example.com.ar>", "Objeto olvidado en la lanzadera", "general", "",
"""Buenas, el martes a las 7:30 tomé su lanzadera desde el parking a la T1
y creo que dejé en el asiento una bolsa de tela verde con un libro y un
cargador. ¿Alguien la entregó? Vuelvo el sábado y podría recogerla
entonces.

Patricio Luna"""),
# ---- hotel chains' loyalty programmes ----
("es", "w4-hotel-minibar-no-consumi", "Elena Rosado <elena.rosado@example.es>", "Estancia Barcelona 3-5 mayo", "billing", "",
"""Hola:

En la factura de mi estancia en el hotel de Barcelona aparecen 27,50 €
de minibar. No tomé nada del minibar; de hecho, el primer día pedí que
lo vaciaran para meter una medicina que necesitaba frío. El cargo se
hizo en la tarjeta que dejé en el check-in. Soy socia Gold, número
GLD-00412.

Elena Rosado"""),
("es", "w4-hotel-no-show-cancele-a-tiempo", "Alfonso Martí <alfonso.marti@example.es>", "Re: Cargo por no presentación", "billing", "high",
"""Cancelé la reserva ocho días antes desde la app y tengo el correo de
confirmación de la cancelación (lo adjunto). Aun así me cobraron la
noche entera, 145 €, como no presentado. Llevo tres semanas de correos
sin solución, así que he abierto una disputa con Visa por ese cargo.

Alfonso Martí

> Estimado Sr. Martí: según nuestros registros, la reserva 8837712
> figuraba como activa en la fecha de llegada."""),
("es", "w4-hotel-compre-puntos-no-aparecen", "Carla Ibarra <carla.ibarra@example.es>", "compra de puntos", "billing", "",
"""Hola, el viernes compré 10.000 puntos en la web por 125 € para poder
canjear una noche. El pago salió en mi tarjeta pero los puntos no están
en la cuenta. ¿Dónde se han quedado?
Carla"""),
("es", "w4-hotel-llave-digital-no-abre", "Rubén Ortiz <ruben.ortiz@example.es>", "Llave digital", "technical", "",
"""Hola, estoy en el hotel de Valencia, habitación 614. La llave digital
de la app dice "Puerta abierta" pero la cerradura no hace nada y la luz
se pone roja. El bluetooth está activado. En recepción me han dado una
tarjeta de plástico de momento, pero me gustaría que funcionara.
Rubén"""),
("es", "w4-hotel-fusion-programas-no-entro", "Mercè Pujol <merce.pujol@example.es>", "No puedo entrar a mi cuenta tras el cambio", "technical", "",
"""Bon dia,

Desde que unificaron los dos programas de fidelización, mi usuario y
contraseña de siempre no funcionan ("Credenciales incorrectas"), y al
pedir una contraseña nueva me dicen que el correo no está registrado.
Tenía más de 40.000 puntos. Necesito poder entrar, no quiero cambiar
nada más.

Mercè Pujol"""),
("es", "w4-hotel-puntos-estancia-sevilla", "Joaquín Lobo <joaquin.lobo@example.es>", "Puntos", "general", "",
"""Hola, estuve dos noches en el hotel de Sevilla la semana pasada (pagué
unos 260 €) y di mi número de socio en el check-in, pero la estancia no
aparece en mi cuenta ni me han sumado los puntos. Número de socio
SLV-77120.
Joaquín"""),
# ---- train season tickets ----
("es", "w4-abono-mensual-pagado-no-cargado", "Noelia Cabrera <noelia.cabrera@example.es>", "Abono de septiembre", "billing", "",
"""Buenos días:

El día 30 recargué el abono mensual en la web y me cobraron 54,60 €,
pero al pasar la tarjeta por el torno el día 1 me dice "Título no
válido" y en la máquina aparece que el abono de septiembre no está
cargado. Tuve que comprar billete sencillo. Tengo el justificante del
pago.

Noelia Cabrera"""),
("es", "w4-abono-anual-teletrabajo", "Gustavo Herrero <gustavo.herrero@example.es>", "Abono anual", "billing", "",
"""Hola,

Desde septiembre mi empresa nos ha pasado a teletrabajo completo, así
que el abono anual que compré en enero ya no lo voy a usar. ¿Qué parte
de lo que pagué me corresponde? ¿Tengo que entregar la tarjeta en
alguna taquilla?

Gustavo"""),
("es", "w4-abono-factura-empresa", "Recursos Humanos Grupo Ávalos <rrhh@grupo-avalos.example>", "Facturas abonos empleados", "billing", "",
"""Buenos días:

Compramos los abonos trimestrales de 12 empleados en la taquilla de
Atocha y solo nos dieron tiques. Para la retribución flexible
necesitamos una factura a nombre de la empresa (Grupo Ávalos S.A.,
A00000000) con el detalle de los abonos. ¿Cómo la solicitamos?

Recursos Humanos"""),
("es", "w4-tarjeta-abono-no-pasa-tornos", "Marina Soto <marina.soto@example.es>", "tarjeta", "technical", "",
"""mi tarjeta del abono no pasa por los tornos desde el lunes, pita y
sale la luz roja. el abono está pagado hasta fin de mes, lo he mirado
en la máquina y lo pone. el del mostrador me abre la puerta pero todos
los días igual no puede ser. está un poco doblada igual es eso
Marina"""),
("es", "w4-validadoras-estacion-colapso", "Esteban Gil <esteban.gil@example.es>", "Validadoras de Guadalajara", "technical", "high",
"""Buenos días:

Esta mañana ninguna de las validadoras de la estación de Guadalajara
funcionaba: pantallas apagadas en todos los tornos. Más de doscientas
personas esperando en el vestíbulo a la hora punta, el personal
abriendo la puerta de uno en uno y varios perdimos el tren de las
7:12. Los revisores en el tren, además, multaban a quien no tenía el
abono validado.

Y por lo que me dicen los compañeros, ahora mismo sigue igual.

Esteban Gil"""),
("es", "w4-app-abono-qr-no-genera", "Leire Azkue <leire.azkue@example.es>", "QR del abono en la app", "technical", "",
"""Kaixo, tengo el abono digital en la app y al abrir "Mi título" tendría
que salir el QR, pero sale un recuadro gris con "Cargando" que no
termina. Sin QR no puedo pasar. Tengo la app actualizada y he probado
con wifi y con datos.
Leire"""),
("es", "w4-revisor-trato-abono-responsable", "Francisco Lozano <francisco.lozano@example.es>", "Trato de un revisor", "general", "high",
"""Buenas tardes:

Hoy, en el tren de las 18:05 de Alcalá, el revisor me acusó a gritos,
delante de todo el vagón, de llevar "un abono falsificado" porque la
foto es de hace unos años, y me amenazó con bajarme en la siguiente
estación. Al final el lector lo dio por bueno, pero no se disculpó.

Llevo nueve años con abono. Quiero hablar con el responsable de ese
servicio.

Francisco Lozano
667 000 413"""),
]
