# batch152.py -- labelled mails held out of the tree until the rules it
# measures are final.  Nothing is tuned or trained on them.  Kinds of
# business drawn on most: events -- charity runs, wedding venues,
# conference organisers, school proms, children's party entertainers,
# village fetes, Christmas markets.  Covers escalation demands that keep
# their topic, legal threats and chargebacks, negations, subjects that
# say nothing or something else, replies quoting an earlier mail, paid
# plans ended or paused in unusual wording, business outages told only by
# their consequences, safety hazards told calmly, praise, payment
# questions, and everyday mail of all three queues; Greek partly in
# Greeklish, Polish and Spanish with and without diacritics.
M += [
# ---------------- English ----------------
("en", "b152-10k-entry-charged-twice", "Hannah Whitcombe <hannah.whitcombe@example.co.uk>", "10k entry", "billing", "",
"""Hi there,

I entered the Riverside 10k for the hospice on Sunday night and my bank
shows two payments of 28.00 to you, both on the same day, a minute
apart. I only got one confirmation email and one race number. Could you
refund the second one please?

Thanks,
Hannah"""),
("en", "b152-venue-cancelled-deposit-solicitor", "Richard Oyelaran <r.oyelaran@example.co.uk>", "Our wedding date - 14 September", "billing", "high",
"""Dear Sir or Madam,

On 3 March we were told by phone that Ashcombe Barn can no longer host
our wedding on 14 September because the venue has been "double booked".
We paid a deposit of 2,500.00 in January 2023 and a further 1,800.00 in
May. We were promised a full refund within 14 days. That was seven
weeks ago and nothing has arrived, and my emails to the events team go
unanswered.

I have now passed the contract and the payment receipts to my solicitor.
If the full 4,300.00 is not back in our account by Friday 26 April she
will issue a claim without further notice.

Richard and Tolu Oyelaran"""),
("en", "b152-prom-ticket-pay-in-parts", "Debbie Harrop <debbieharrop@example.co.uk>", "Question", "billing", "",
"""hi, my son is in year 11 and the prom ticket is 65 pound which we have
to pay through your website by the 30th. is there any way of paying it
in two or three bits? things are a bit tight this month with the car.
thanks debbie"""),
("en", "b152-conference-invoice-gst-po", "Accounts Payable <ap@kestrelsoft.example.in>", "Invoice INV-24-0917 - PO and GSTIN missing", "billing", "",
"""Dear Team,

Kindly refer to the above invoice raised towards registration of 6
delegates for the Bengaluru Cloud Summit (INR 1,14,000 + GST).

Our finance system will not accept the invoice as it does not mention
our Purchase Order number 4500218876 and our GSTIN 29AABCK1234F1Z5.
Request you to kindly revise and resend the invoice at the earliest so
that payment can be released in this month's cycle.

Thanks and regards,
Lakshmi Narayanan
Accounts Payable, Kestrel Softworks Pvt Ltd"""),
("en", "b152-market-pitch-fee-manager", "Gwen Pritchard <gwen@pritchardscandles.example>", "Pitch fee - Cathedral Christmas Market", "billing", "high",
"""I'm writing again about the pitch fee for chalet 17.

I paid the full 1,150 for the 24 days of the market. The market was shut
on the 8th, 9th and 14th for the wind and on the 21st because of the
power, so four of my 24 days didn't happen. Your office says "no refunds
for weather" but it wasn't me who didn't turn up, you closed the gates.

The girl on the phone has told me twice she can't do anything. Fine, then
I want this passed to the market manager or whoever above her can
actually make a decision. I'm asking for 4/24 of my fee back, which is
191.67.

Gwen Pritchard
Pritchard's Candles"""),
("en", "b152-entertainer-no-show-card-dispute", "Kayla Brennan <kayla.brennan@example.com>", "Party on Saturday", "billing", "high",
"""Hi,

I booked "Mister Jingles" through your site for my daughter's 6th
birthday this past Saturday, 2pm, and paid $180 in full up front. He
never showed. Nobody answered the number on the booking. Fifteen six
year olds sat in my backyard waiting and I had to make it up as I went.

I have emailed twice since Sunday and got the automatic reply only. I
am not waiting any longer - I've opened a dispute with my credit card
company this morning for the full $180. If you refund it yourselves
first I'll withdraw it.

Kayla Brennan
Columbus, OH"""),
("en", "b152-fete-stall-fee-receipt", "Margaret Ellery <m.ellery@example.co.uk>", "Receipt please", "billing", "",
"""Dear Fete Committee,

I paid 15.00 in cash to the lady at the village hall for my cake stall
at the summer fete on 6 July. The W.I. treasurer needs a receipt for
our books. Could someone please send one, made out to Much Wenlock
W.I.?

With thanks,
Margaret Ellery (Mrs)"""),
("en", "b152-race-pass-knee-gone", "Brodie Kelleher <brodie.k@example.com.au>", "Season pass", "billing", "",
"""G'day,

Had the knee scoped last week and the surgeon reckons that's me done for
running till at least next winter, so there's not much point paying for
the Trail Series season pass every month (AUD 24.95). Can you knock it
on the head from this month? Happy to come back next year.

Cheers
Brodie"""),
("en", "b152-planner-premium-married-now", "Aoife Gallagher <aoife.gallagher@example.ie>", "We did it!!", "billing", "",
"""Hi lads,

Just a quick one - we got married on Saturday in Kilkenny and it was
class, and your seating chart thing saved my sanity. But I won't be
planning any more weddings (hopefully!) so I don't need the Premium plan
anymore at 9.99 a month. Can you make sure it doesn't go out again on
the 1st?

Thanks a million,
Aoife"""),
("en", "b152-re-marquee-quote-charity-discount", "Neil Ashworth <neil.ashworth@example.co.uk>", "Re: Your marquee quotation Q-3391", "billing", "",
"""Hi Jo,

Thanks for this. Before I take it to the committee - do you do any
discount for registered charities? We're a volunteer-run fun day for
the children's ward and the whole thing is on a shoestring. Also is the
VAT included in the 1,640 or on top?

Neil

> From: Jo Barnes <jo@example-marquees.example>
> Sent: 2 May 10:14
> Subject: Your marquee quotation Q-3391
>
> Hi Neil,
> Please find below the quote for a 9m x 18m marquee with
> flooring, lining and lighting for Saturday 22 June,
> erected on the 21st and removed on the 24th: 1,640.00.
> Any questions just shout.
> Jo"""),
("en", "b152-early-bird-ended-in-basket", "Priya Venkatesan <priya.v@example.com>", "Order 48213", "billing", "",
"""Hello,

I added two tickets for the Women in Data conference to my basket on
the 31st at around 11.30pm, early bird price $149 each. By the time my
card verification went through it was past midnight and I was charged
$199 each. Is there any chance you could honour the early bird rate? The
difference is $100 in total.

Best,
Priya"""),
("en", "b152-face-painter-keep-deposit", "Lauren Fitch <lauren.fitch@example.co.uk>", "Booking ref FP-1183", "billing", "",
"""Hi, we've had to move Maisie's party from the 12th to the 26th because
half her class has chicken pox. I don't want a refund! I'd just like the
40 deposit I paid to move over to the new date if the face painter is
free. If she isn't, can the deposit sit on account for now?

Lauren"""),
("en", "b152-gala-dinner-voucher-part", "Vikram Shah <vikram.shah@example.co.uk>", "Gala dinner voucher", "billing", "",
"""Good afternoon,

I have a voucher worth 250 from last year's raffle for your charity
gala dinner. A table of ten is 650. Can I put the voucher towards the
table and pay the remaining 400 by card, and if so do I do that online
or over the phone?

Kind regards
Vikram Shah"""),
("en", "b152-entry-form-resets-not-payment", "Tom Ridley <tomridley@example.co.uk>", "Can't enter the half", "technical", "",
"""This is NOT a payment problem before anyone says so - my card works
fine everywhere else. The entry form for the Harbour Half Marathon
resets itself to page 1 every time I press Submit on the last page.
Emergency contact, T-shirt size, everything gone. Tried four times on
my laptop (Firefox) and twice on my phone. Entries close Sunday."""),
("en", "b152-bouncy-castle-blower-smell", "Jess Morton <jess.morton@example.co.uk>", "Castle hire yesterday", "technical", "high",
"""Hi,

Just so you know before it goes out to anyone else - the blower on the
pirate bouncy castle we hired yesterday (booking 5530) started to smell
of hot plastic after about an hour and then cut out with the castle
half deflated. Luckily the children were already out having cake. The
casing near the cable was too hot to touch. We've left it unplugged in
the garage for your driver to collect.

Jess"""),
("en", "b152-checkin-app-zero-delegates", "Ops <ops@northlightevents.example>", "Check-in", "technical", "high",
"""We open doors at 8:00 at the Manchester Central venue. It is now 7:05.
The check-in app on all six of our kiosks shows 0 registered delegates
and the badge printers have nothing to print. We have 412 people
arriving in under an hour and the registration desk is staffed and
waiting. The web dashboard shows the list fine.

Call Dan on 07700 900412 please.

Dan Hughes
Northlight Events"""),
("en", "b152-timing-chip-no-result", "Seamus Doyle <seamus.doyle@example.ie>", "My result", "technical", "",
"""Hello,

I ran the Phoenix Park 5 mile on Sunday, bib 2217, and I'm not in the
results at all. I had the chip on the back of the bib the whole way
and crossed both mats. My Garmin says 38:41. Could somebody have a
look?

Seamus"""),
("en", "b152-stall-lights-sparking-rain", "Alan Pike <alan.pike@example.co.uk>", "Lighting on chalet 9", "technical", "high",
"""Morning,

The festoon lighting your electrician fitted on chalet 9 crackles and
sparks at the third bulb from the left whenever it rains, and last night
the RCD tripped twice and took out my till and the chalet next door. I've
switched it off at the board and put a sign up so nobody touches it, but
it wants looking at before tonight.

Alan (Pike's Pies)"""),
("en", "b152-ticket-app-code-never-arrives", "Malcolm Reid <malcolm.reid@example.com>", "App", "technical", "",
"""Good evening. I am trying to log in to your tickets app to show my
grandson's concert ticket at the door. It asks for a code sent by text
message but no message ever comes. I have pressed resend many times. My
phone number is correct. I am 78 and not very good with these things.

Malcolm Reid"""),
("en", "b152-photo-booth-stopped-printing", "Ellie Turnbull <ellie.turnbull@example.co.uk>", "Photo booth at our wedding", "technical", "",
"""Hi,

We hired your photo booth for our wedding at Lowther Hall on Saturday.
It printed fine for about an hour and then the screen said "printer
error 0x2F" and nothing came out for the rest of the night, although it
kept taking the pictures. Guests were a bit disappointed. Is there a way
to get the photos that were taken after it stopped?

Ellie"""),
("en", "b152-tickets-pdf-wont-open", "Harpreet Gill <harpreet.gill@example.co.uk>", "Tickets", "technical", "",
"""The PDF for our Christmas market tickets (order 88104) won't open.
Adobe says the file is damaged or not a supported type. I downloaded it
three times from the confirmation email and from my account. Can you
resend it another way?"""),
("en", "b152-rsvp-page-blank-iphone", "Mark & Sophie <markandsophie@example.com>", "RSVP page", "technical", "",
"""Hey guys, a few of our guests say the RSVP page on our wedding website
is just a white page on their iPhones. Works on Android and on my Mac.
The wedding's in 5 weeks and we need numbers for the caterer, so would
be great if you could look. Link is on our site, code SOPHMARK26."""),
("en", "b152-password-reset-link-expired", "Doreen Caldwell <doreen.caldwell@example.co.uk>", "password", "technical", "",
"""Dear Sir/Madam

I have pressed the forgotten password button five times and every time
I click the link in the email it says the link has expired, even when I
click it straight away. I only want to see my booking for the Carols by
Candlelight evening.

Yours faithfully
Doreen Caldwell"""),
("en", "b152-prom-karaoke-mic-shocks", "Steve Mansell <s.mansell@example-school.example>", "Karaoke hire - Friday", "technical", "high",
"""Hello,

At our Year 13 prom on Friday two students said they got a small shock
off the karaoke microphone when they held it near the speaker stand. I
tried it myself and felt a tingle in my fingers through the metal grille.
We stopped using it at once. It is boxed up in the school office and
nobody will use it. Please let me know how you want to proceed and
whether any of your other units could be affected.

Steve Mansell
Head of Sixth Form"""),
("en", "b152-candyfloss-machine-wont-heat", "Rhys Morgan <rhys.morgan@example.co.uk>", "Candy floss machine", "technical", "",
"""Hiya, picked up the candy floss machine this morning for the school
fair tomorrow. The motor spins but the head never gets hot, left it
running 20 minutes. Switch on the side is on. Is there a trick to it?
Rhys"""),
("en", "b152-stream-no-audio-my-laptop", "Ruth Adeyemi <ruth.adeyemi@example.com>", "Virtual pass - no sound", "technical", "",
"""Hi, I bought the virtual pass for the HR Leaders conference and the
livestream plays fine but there is no sound at all, on Chrome or Edge.
YouTube plays sound fine on the same laptop so it's not my speakers.
Colleagues watching in the office can hear it, so I think it's just me.
Any ideas? The afternoon keynote is the one I really need.

Ruth"""),
("en", "b152-lost-jacket-bag-drop", "Chloe Adebayo <chloe.adebayo@example.co.uk>", "Lost jacket", "general", "",
"""Hi, I left a navy Berghaus jacket at the bag drop tent at the Clapham
Common Colour Run on Saturday - my car keys were in the zip pocket (Ford
key with a little red Lego brick on it). Has anything been handed in?
Thank you!!"""),
("en", "b152-venue-terrace-step-loose", "Fiona Lennox <fiona.lennox@example.co.uk>", "Terrace steps", "general", "high",
"""Hello,

We were guests at a wedding at your venue on Saturday. I wanted to let
you know that the second stone step down from the terrace to the lawn is
loose and rocks when you stand on it. An older gentleman in our party
lost his footing on it after the speeches and was lucky to be caught. In
the dark it is very hard to see. I would hate for someone to be hurt at
the next event.

Fiona Lennox"""),
("en", "b152-magician-thanks-kids-went-wild", "Rebecca Holt <rebecca.holt@example.com>", "THANK YOU", "general", "",
"""Just wanted to say a massive thank you to Captain Sparkle who did
Ollie's 5th on Sunday. The kids went absolutely wild, it was carnage in
the best possible way, and he handled 20 five year olds like a pro.
Ollie is still talking about the disappearing sausage. We'll be booking
again for his sister!

Rebecca"""),
("en", "b152-prom-door-staff-senior", "Angela Fairclough <angela.fairclough@example.co.uk>", "Door staff at the Westfield prom", "general", "high",
"""To whom it may concern,

My daughter attended the Westfield Academy prom at your venue on
Thursday. She is a wheelchair user. The man on the front door told her
in front of her friends that she would "have to go round the back with
the bins" because the ramp was "not his problem", and laughed about it
with a colleague. She was in tears before she got in.

I do not want an apology from him. I want to speak to the general
manager or the owner of the venue this week. Please tell me who that is
and when I can call.

Angela Fairclough"""),
("en", "b152-christmas-market-boxing-day", "Gary Nuttall <gary.nuttall@example.co.uk>", "Boxing Day", "general", "",
"""Is the Christmas market open on Boxing Day, and if so what time till?
Bringing the in-laws. Cheers, Gary"""),
("en", "b152-new-surname-on-entry", "Natalie Brooks <natalie.brooks@example.com>", "Name change", "general", "",
"""Hi,

I entered the Great Cotswold Walk under my maiden name, Natalie Crane,
back in January. I got married in March so my ID and everything now
says Brooks. Can you change the name on my entry so it matches on the
day? Entry number GCW-04471.

Thanks,
Natalie"""),
("en", "b152-delete-my-race-photos", "Daniel Okafor <daniel.okafor@example.co.uk>", "Photos of me", "general", "",
"""Hello,

Under UK GDPR I would like you to remove all photographs of me from the
Leeds Abbey Dash gallery on your website and from your Facebook page,
and to tell me what other personal data you hold about me. My bib
number was 5120.

Regards,
Daniel Okafor"""),
("en", "b152-fete-sponsor-garage", "Kev Durrant <kev@durrantsgarage.example>", "Sponsorship for the fete", "general", "",
"""Hi, Kev from Durrant's Garage on the Stow road. We'd like to sponsor
something at this year's village fete - dog show, tug of war, whatever
needs it. Happy to put up prizes and a banner. Who do I speak to?"""),
("en", "b152-chair-delivery-back-gate", "St Mary's Hall <bookings@stmaryshall.example>", "Delivery Friday", "general", "",
"""Hello,

For the 120 chairs and 15 trestles coming on Friday for the craft fair,
please could your driver use the back gate off Church Lane, not the
front - the front car park is full on Fridays for the toddler group.
Our caretaker Barry will be there from 2pm and will sign for them.

Many thanks
Sue (hall bookings)"""),
("en", "b152-gala-veg-jain-options", "Anil Mehra <anil.mehra@example.in>", "Regarding food at the gala night", "general", "",
"""Dear Sir,

I am attending the conference gala dinner at the Taj on 14th along with
my wife. She is Jain and does not take onion, garlic or root vegetables.
Please advise whether Jain meals can be arranged or if we should inform
somebody separately.

Thanking you,
Anil Mehra"""),
("en", "b152-glass-in-childrens-area", "Paula Dempsey <paula.dempsey@example.ie>", "Childrens area at the fair", "general", "high",
"""Hi,

I was at the summer fair on the green today with my two small ones.
There is broken glass, looks like a smashed bottle, in the sand under
the little slide in the children's area. I picked up what I could see
but there's more in the sand. The fair is on again tomorrow so someone
needs to rake it or close it off before kids are let in.

Paula"""),
("en", "b152-hello-parking-fun-run", "Jenny Cole <jenny.cole@example.com.au>", "Hello", "general", "",
"""Hi, is there parking near the start of the Mother's Day fun run at
Centennial Park, or are we better off getting the bus? We've got a
pram. Thanks, Jen"""),
("en", "b152-re-marshal-volunteer", "Peter Grainger <peter.grainger@example.co.uk>", "Re: Volunteers wanted - Hilltop 10k", "general", "",
"""Count me in. I can do any of the water stations but would rather not
do the one on the hill as I can't stand for four hours. My mobile is
07700 900655.

Peter

> We're looking for 40 marshals for the Hilltop 10k on Sunday 9 June.
> Marshals get a free T-shirt, lunch and our eternal gratitude.
> Reply to this email if you can help."""),
("en", "b152-steward-rude-just-saying", "Martin Quinn <martin.quinn@example.co.uk>", "Feedback", "general", "",
"""Not looking for anything back, just feedback. The steward at the car
park on the way in to the county show was really short with my mum,
who'd asked a simple question about where the disabled parking was.
Rolled his eyes and pointed. Everyone else was lovely. Might be worth a
word.

Martin"""),
# ---------------- Spanish ----------------
("es", "b152-boda-menus-infantiles-como-adultos", "Elena Carrasco Vidal <elena.carrasco@example.es>", "Factura banquete 8 de junio", "billing", "",
"""Hola, buenas:

Hemos recibido la factura final del banquete de nuestra boda (Masía Can
Pujol, 8 de junio) y nos habéis cobrado 142 menús de adulto a 95 €. En
el listado definitivo que os mandamos el 25 de mayo había 134 adultos y
8 niños, y el menú infantil era de 45 €. La diferencia son 400 €.

Os adjunto el listado. ¿Nos podéis rehacer la factura?

Gracias,
Elena y Marc"""),
("es", "b152-xv-anos-anticipo-profeco", "Guadalupe Sánchez <lupita.sanchez@example.com.mx>", "Anticipo salón XV años de Ximena", "billing", "high",
"""Buenas tardes.

El 10 de enero les di un anticipo de $18,000 pesos para el salón Jardín
Real para los XV años de mi hija el 14 de septiembre. La semana pasada
me hablaron para decirme que esa fecha "ya no está disponible" y que la
única opción es el 2 de noviembre. No nos sirve, ya tenemos la misa y
los chambelanes para septiembre.

Pedí que me regresaran el anticipo y me dicen que "no es reembolsable".
El que canceló fueron ustedes, no yo. Si en cinco días hábiles no tengo
mi dinero voy a poner la queja en Profeco con el contrato y los recibos.

Guadalupe Sánchez"""),
("es", "b152-cambio-10k-a-media-diferencia", "Iker Urrutia <iker.urrutia@example.es>", "Duda", "billing", "",
"""Kaixo, me apunté al 10k de la Bilbao Night pero me he venido arriba y
quiero pasarme a la media. ¿Se puede cambiar? ¿Pago solo la diferencia
(creo que son 12 €) o tengo que hacer otra inscripción y pedir la
devolución de la primera?"""),
("es", "b152-feria-artesanos-cargo-luz-sin-enchufe", "Paula Benítez <paula.benitez.ceramica@example.com.ar>", "cobro de electricidad stand 31", "billing", "",
"""Hola, tengo el stand 31 en la Feria Navideña de artesanos de San Telmo.
En la liquidación me cobraron $45.000 de "suplemento electricidad", pero
mi stand no tiene enchufe, vendo cerámica y trabajo con luz de día. Lo
marqué así en la inscripción. Me lo pueden descontar?

Gracias
Paula"""),
("es", "b152-congreso-cancelado-solo-bono-supervisor", "Rodrigo Valenzuela <rodrigo.valenzuela@example.cl>", "Congreso cancelado - exijo devolución", "billing", "high",
"""Estimados:

Pagué $390.000 por la inscripción al Congreso Chileno de Logística que
iba a realizarse en Viña del Mar en octubre. Ustedes lo cancelaron y
ahora me ofrecen solo un "crédito" para la edición del próximo año, que
todavía no tiene ni fecha ni sede. Yo pagué por un evento concreto que
no se hizo y quiero mi dinero, no un bono.

Ya hablé dos veces con el call center y me repiten el mismo guion.
Necesito que mi caso lo vea un supervisor o alguien de la gerencia con
capacidad de decisión.

Rodrigo Valenzuela"""),
("es", "b152-cena-gala-cuatro-cubiertos-banco", "Amparo Soler <amparo.soler@example.es>", "Cena benéfica Fundación - cobro de 4 cubiertos", "billing", "high",
"""Buenos días:

Reservé cuatro cubiertos para la cena benéfica del 15 de noviembre
(75 € cada uno) y el 2 de noviembre os escribí para anular dos, dentro
del plazo que indicaba la web. Me contestasteis que "queda anotado". Aun
así me habéis cobrado los cuatro: 300 €.

Desde entonces he escrito tres veces sin respuesta. Ayer abrí una
reclamación con mi banco por los 150 € de los dos cubiertos anulados.

Amparo Soler"""),
("es", "b152-abono-mercadillo-cuelgo-delantal", "Agustín Peral <agustin.peral@example.es>", "Mi puesto del mercadillo", "billing", "",
"""Estimados señores:

Después de 31 años en el mercadillo artesano de los domingos, cuelgo el
delantal: me jubilo y cierro el taller de marroquinería a final de mes.
Les ruego que no me pasen más el recibo mensual del puesto 14 (60 €) a
partir de julio.

Ha sido un placer. Un saludo muy cordial,
Agustín Peral"""),
("es", "b152-app-invitaciones-boda-no-sigue", "Karla Domínguez <karla.dominguez@example.com.mx>", "plan anual", "billing", "",
"""Hola. La boda ya no va (no voy a entrar en detalles). Por favor den de
baja mi plan anual de la app de invitaciones digitales ($1,290) y si se
puede que me regresen la parte que no voy a usar, lo contraté hace apenas
tres semanas. Ya borré el sitio de la boda.
Karla"""),
("es", "b152-re-factura-congreso-inversion-sujeto-pasivo", "Joana Mendes <joana.mendes@example.pt>", "RE: Factura F-2024-2291", "billing", "",
"""Hola Sergio:

Gracias por la factura, pero somos una empresa portuguesa con NIF-IVA
PT509876543 y la operación debería ir sin IVA español (inversión del
sujeto pasivo). ¿Podéis emitir una rectificativa sin el 21 %? Hasta
entonces no puedo pagarla.

Un saludo,
Joana Mendes
Tejo Eventos Lda.

-----Mensaje original-----
De: Sergio Ballester <administracion@example-congresos.example>
Enviado: lunes, 3 de junio de 2024 12:05
Asunto: Factura F-2024-2291

Buenos días, Joana:
Adjuntamos factura por la contratación de stand en el Congreso
Iberoamericano de Turismo (Málaga), importe 4.840,00 € IVA incluido.
Saludos, Sergio"""),
("es", "b152-cuota-fiesta-egresados-aumento", "Gabriela Romero <gabi.romero@example.com.ar>", "cuota 6 fiesta de egresados", "billing", "",
"""Hola, buenas. Mi hijo está en 5° año del Nacional y pagamos la fiesta
de egresados en 10 cuotas. Hasta la 5 veníamos pagando $85.000 y la 6
vino de $112.000. En ningún lado nos avisaron del aumento. Me pueden
explicar cómo se calcula y si las que faltan van a seguir subiendo?

Gabriela (mamá de Tomás Romero)"""),
("es", "b152-inflables-pago-yape", "Miluska Quispe <miluska.quispe@example.pe>", "Consulta", "billing", "",
"""Buenas tardes, quiero alquilar el inflable del castillo y la cama
elástica para el 20 (S/ 450). Se puede pagar la mitad por Yape ahora y
la otra mitad en efectivo el día que lo instalan? Gracias"""),
("es", "b152-equipo-empresa-descuento-grupo", "Recursos Humanos Grupo Alvia <rrhh@grupoalvia.example>", "Inscripción de equipo - Carrera por la Esclerosis", "billing", "",
"""Buenos días:

Queremos inscribir a un equipo de 25 empleados en la Carrera por la
Esclerosis Múltiple de Zaragoza. ¿Existe tarifa de grupo o descuento
para empresas? Además, necesitaríamos una única factura a nombre de
Grupo Alvia, S.L. (B-50123456) en lugar de 25 pagos individuales.
¿Es posible?

Un saludo,
Noelia Gracia
RR. HH."""),
("es", "b152-pausar-cuota-club-trail-erasmus", "Hugo Pastor <hugo.pastor@example.es>", "Cuota del club", "billing", "",
"""Ey! Me voy de Erasmus a Gante de septiembre a febrero, así que no voy a
pisar los entrenos del club en todo ese tiempo. Se puede dejar la cuota
(18 €/mes) en pausa esos meses y que se reactive sola en marzo? No me
quiero dar de baja del todo.
Hugo"""),
("es", "b152-pulsera-cashless-no-la-leen", "Carlos Ferrer <carlos.ferrer@example.es>", "Pulsera fiestas", "technical", "",
"""Hola, no es tema de saldo: tengo 30 € cargados en la pulsera de las
fiestas y en la app aparecen bien. El problema es que en las barras de
la carpa los lectores no la leen, pitan en rojo y ya está. A mi novia
con la suya sí le funciona. La mía es la 0048-7713. ¿Se puede arreglar
o cambiar por otra?"""),
("es", "b152-generador-kermes-humo-gasolina", "Parroquia San Judas <kermes@parroquiasanjudas.example>", "Generador rentado para la kermés", "technical", "high",
"""Buenas tardes,

Les escribimos por el generador que nos rentaron para la kermés de este
fin de semana. Desde que lo arrancamos echa humo negro y huele mucho a
gasolina; debajo del tanque se está formando un charco. Lo apagamos y lo
alejamos de los puestos de comida, que usan anafres. Necesitamos que
vengan a revisarlo o a cambiarlo, la kermés sigue mañana.

Atte.
Martín Velázquez
Comité de la kermés"""),
("es", "b152-venta-entradas-concierto-benefico-caida", "Asociación Sonrisas <info@asociacionsonrisas.example>", "Concierto del sábado", "technical", "high",
"""Buenos días:

Desde las 9 la página de venta no carga, sale "servicio no disponible".
Tenemos el teléfono de la asociación sin parar de sonar, la gente nos
escribe por Instagram que no puede comprar y la taquilla del teatro nos
dice que no puede vender porque su sistema tira del vuestro. El
concierto solidario es el sábado y el 80 % de la venta se hace esta
semana.

Llamadnos al 976 555 210, por favor.

Marisa Lacasa
Asociación Sonrisas"""),
("es", "b152-posnet-feria-ningun-puesto-cobra", "Coordinación Feria Sabores <coordinacion@feriasabores.example.com.ar>", "posnets", "technical", "high",
"""Desde las 11 ninguna de las terminales que nos dieron para la feria
conecta, dicen "sin comunicación con el host". Son 40 puestos y ninguno
puede cobrar con tarjeta ni QR, y la gente se está yendo porque casi
nadie anda con efectivo. Es sábado al mediodía, el día más fuerte.
Necesitamos a alguien ya.

Leandro Castro - 11 5555 0177"""),
("es", "b152-estufa-terraza-olor-gas", "Rocío Medina <rocio.medina@example.es>", "Estufas de terraza", "technical", "high",
"""Hola:

Os escribo por las estufas de exterior que nos alquilasteis para la
boda del sábado en el jardín. Una de ellas, la que tiene la pegatina 07,
huele a gas junto a la llave de la bombona incluso apagada. La hemos
cerrado, sacado la bombona y dejado apartada en el cobertizo. Las demás
funcionan bien. ¿Podéis mandar otra o venir a revisarla antes del
sábado?

Rocío"""),
("es", "b152-microfonos-inalambricos-cortes", "Producción Foro Agro <produccion@foroagro.example>", "Micrófonos de mano - sala B", "technical", "",
"""Hola, los dos micrófonos de mano inalámbricos de la sala B se cortan
cada tres o cuatro minutos durante un par de segundos. Hemos cambiado
pilas y los hemos acercado al receptor y sigue igual. Mañana hay mesas
redondas todo el día en esa sala; ¿podéis pasar a revisarlos esta tarde
o cambiarlos?

Álex - Producción"""),
("es", "b152-app-seguimiento-corredor-km3", "Natalia Rojas <natalia.rojas@example.com.co>", "seguimiento en vivo", "technical", "",
"""Hola, ayer estuve siguiendo a mi esposo en la Media Maratón de Bogotá
con la aplicación y se quedó todo el tiempo en el km 3, nunca se movió.
Él terminó sin problema (en 1:52) y en los resultados sí aparece. A
otras personas les funcionó. Quería saber qué pasó para la próxima, que
es la maratón de Medellín."""),
("es", "b152-certificado-asistencia-error-descarga", "Dra. Silvina Acuña <silvina.acuna@example.com.ar>", "Certificado", "technical", "",
"""Estimados:

Asistí a las Jornadas de Pediatría del 12 y 13 y necesito el
certificado para la recertificación. Al darle a "Descargar certificado"
en mi perfil aparece "Error al generar el documento". Lo intenté en la
computadora y en el celular, distintos días.

Dra. Silvina Acuña
MN 123456"""),
("es", "b152-plano-mesas-boda-no-guarda", "Sergio Amat <sergio.amat@example.es>", "plano de mesas", "technical", "",
"""Buenas, el plano de mesas de la web no me guarda los cambios. Muevo a
los invitados, le doy a guardar, sale el tic verde y al recargar está
todo como antes. Llevo dos tardes con esto y se me va a ir la cabeza.
Uso Safari en un Mac."""),
("es", "b152-pantalla-led-rayas-graduacion", "Colegio Anáhuac del Valle <eventos@anahuacdelvalle.example>", "Pantalla LED", "technical", "",
"""Buen día. La pantalla LED que nos instalaron ayer en el patio para la
ceremonia de graduación del viernes muestra unas franjas verticales de
colores en el lado derecho, como un tercio de la pantalla. Apagamos y
prendimos y sigue igual. ¿Pueden mandar al técnico antes del viernes?

Lic. Teresa Cervantes
Coordinación de Eventos"""),
("es", "b152-doble-factor-movil-nuevo", "Mónica Prieto <monica.prieto@example.es>", "No puedo entrar al panel de organizador", "technical", "",
"""Hola:

He cambiado de móvil y la verificación en dos pasos del panel de
organizador sigue mandando los códigos a la app del teléfono antiguo,
que ya no tengo. No puedo entrar para ver las inscripciones de nuestra
marcha solidaria. ¿Cómo lo reseteo?

Mónica Prieto
Asociación Caminantes de Alcalá"""),
("es", "b152-maquina-burbujas-no-hace-burbujas", "Javiera Fuentes <javiera.fuentes@example.cl>", "maquina de burbujas", "technical", "",
"""hola, arrendamos la maquina de burbujas para el cumple de la Emilia
el sábado y no hace burbujas. El ventilador funciona y la rueda gira
pero no moja en el líquido, creo. Le echamos el líquido que venía. Me
pueden decir qué hacer antes del sábado? gracias"""),
("es", "b152-pedido-sin-correo-ni-qr", "Tomás Aguilar <tomas.aguilar@example.es>", "Pedido 77120", "technical", "",
"""Compré ayer tres entradas para el musical benéfico del colegio
(pedido 77120, ya cobrado, eso está bien) pero no me ha llegado ningún
correo con las entradas ni aparecen en "Mis entradas", donde pone "no
tienes entradas". Spam revisado."""),
("es", "b152-manton-abuela-olvidado-finca", "Inmaculada Reina <inma.reina@example.es>", "Mantón de la abuela", "general", "",
"""Buenas tardes:

El sábado celebramos la boda de mi hija en su finca y mi madre se dejó
un mantón de Manila color marfil con flecos, creo que en el respaldo de
una silla de la mesa 3 o en el baño de señoras. Tiene mucho valor
sentimental. ¿Lo habéis encontrado?

Muchas gracias,
Inmaculada Reina"""),
("es", "b152-zanja-sin-senalizar-marcha-nocturna", "Fermín Aldaz <fermin.aldaz@example.es>", "Recorrido de la marcha nocturna", "general", "high",
"""Hola:

Hice ayer el recorrido de prueba de la marcha nocturna del sábado. En el
tramo del parque fluvial, unos 200 m después del puente de hierro, hay
una zanja abierta de las obras del colector, de casi un metro de
profundidad, sin valla ni luz. De noche y con 800 personas andando en
grupo alguien va a acabar dentro. Habría que desviar el recorrido o
señalizarla bien.

Fermín"""),
("es", "b152-felicitaciones-maraton-locura", "Lorenzo Pons <lorenzo.pons@example.es>", "Enhorabuena", "general", "",
"""Solo quería felicitaros. Primera maratón a mis 54 años y fue una
auténtica locura: la gente en el km 40 estaba desatada, los
avituallamientos perfectos y los voluntarios unos cracks. Me habéis
matado de emoción en la meta. Gracias a todos."""),
("es", "b152-coordinadora-boda-grosera-gerente", "Alejandra Treviño <ale.trevino@example.com.mx>", "Trato de la coordinadora", "general", "high",
"""Buenas noches,

Me casé el sábado en su hacienda. La coordinadora asignada, Vanessa, le
gritó a mi suegra delante de los invitados porque movió un centro de
mesa, y a mí me dijo en plena fiesta que "si no me gustaba, me hubiera
casado en otro lado". Varios invitados lo vieron.

No quiero hablar con ella. Quiero que me llame el gerente general o el
dueño de la hacienda esta semana. Díganme quién es.

Alejandra Treviño"""),
("es", "b152-horario-pista-hielo-navidad", "Sara Núñez <sara.nunez@example.es>", "pista de hielo", "general", "",
"""hola! la pista de hielo del mercado de navidad abre por las mañanas
entre semana o solo por la tarde? vamos con niños pequeños el 27"""),
("es", "b152-cambiar-talla-club-inscripcion", "Diego Salas <diego.salas@example.es>", "Cambiar datos de la inscripción", "general", "",
"""Hola, en la inscripción de la San Silvestre Vallecana puse talla M de
camiseta y sin club. ¿Me la podéis cambiar a L y ponerme en el club
Corredores de Getafe? Dorsal 22871. Gracias"""),
("es", "b152-cesion-datos-patrocinadores-congreso", "Andrés Molina <andres.molina@example.com.co>", "Uso de mis datos personales", "general", "",
"""Buenos días:

Desde que asistí al Congreso de Ingeniería de Medellín recibo correos y
llamadas de al menos cuatro empresas patrocinadoras. En ningún momento
autoricé que se compartieran mis datos. En virtud de la Ley 1581 de
2012 solicito que me informen a quién se los entregaron y que los
eliminen de sus bases de datos y de las de los patrocinadores.

Andrés Molina"""),
("es", "b152-coro-actuar-mercado-navidad", "Coral Santa Cecilia <coralsantacecilia@example.es>", "Actuación en el Mercado de Navidad", "general", "",
"""Buenas tardes:

Somos la Coral Santa Cecilia, 28 voces, de Ponferrada. Nos encantaría
cantar villancicos algún fin de semana en el escenario del Mercado de
Navidad de forma desinteresada. ¿Con quién tendríamos que hablar para
entrar en la programación?

Un saludo,
Maite (secretaria)"""),
("es", "b152-entrega-tarjetas-porteria", "Julieta Sosa <julieta.sosa@example.com.ar>", "envío de las participaciones", "general", "",
"""Hola! Para el envío de las participaciones impresas de la boda: en mi
edificio el timbre no anda, así que por favor que las dejen en la
portería con Rubén (de 8 a 16) y que no las dejen en el buzón que se
mojan. Depto 4°B, Gorriti 4520. Gracias!!"""),
("es", "b152-edad-minima-10k-hijo", "Verónica Lara <veronica.lara@example.es>", "Edad mínima", "general", "",
"""Hola, mi hijo tiene 14 años y quiere correr conmigo el 10 km de la
Carrera de Navidad de Logroño. ¿Puede participar con autorización o hay
edad mínima? Gracias."""),
("es", "b152-salida-emergencia-candado-salon", "Héctor Villarreal <hector.villarreal@example.com.mx>", "Salida de emergencia", "general", "high",
"""Buenas tardes,

El domingo estuvimos en una fiesta infantil en su salón de Plaza
Cumbres. La puerta de emergencia del fondo, junto a la zona de
brincolines, estaba cerrada con cadena y candado toda la tarde, y
delante tenían apiladas las mesas sobrantes. Había más de 60 niños
dentro. Le pregunté a un empleado y me dijo que "así la tienen siempre".
Les pido que lo corrijan.

Héctor Villarreal"""),
("es", "b152-consulta-fotos-graduacion", "Beatriz Ocampo <beatriz.ocampo@example.com.co>", "Consulta", "general", "",
"""Buenas, cuándo van a estar las fotos oficiales de la ceremonia de
grado del colegio Los Andes del viernes? Y se pueden ver en línea o hay
que ir a recogerlas? Gracias, Beatriz"""),
("es", "b152-re-autobus-invitados-punto-recogida", "Miguel Ángel Pardo <miguelangel.pardo@example.es>", "Re: Autobús invitados - boda Pardo/Navas", "general", "",
"""Hola Lidia:

Perfecto lo del horario. Solo un cambio: el punto de recogida en Toledo
mejor en la estación de autobuses en vez de en Zocodover, que ahí no
puede parar un autocar. Los de Madrid siguen igual.

Gracias,
Miguel Ángel

El 12/06/2024, a las 10:31, Lidia (Eventos) escribió:
> Buenos días, Miguel Ángel:
> Te confirmo los dos autocares para el sábado 29: salida de Madrid
> (Plaza de Castilla) a las 17:00 y de Toledo (Zocodover) a las 17:30.
> Vuelta desde la finca a la 01:30 y a las 04:00.
> Un saludo, Lidia"""),
("es", "b152-vecino-ruido-bodas-finca", "Consuelo Mirallas <consuelo.mirallas@example.es>", "Música de las bodas", "general", "",
"""Buenas:

Vivo en la casa de al lado de su finca. Entiendo que es un negocio de
bodas, pero los últimos tres sábados la música ha seguido a todo volumen
hasta las cuatro y media de la mañana, y tengo 81 años. ¿No podrían
bajar el volumen a partir de la una o cerrar las ventanas del salón?

Atentamente,
Consuelo Mirallas"""),
# ---------------- Greek ----------------
("el", "b152-gl-panigyri-pagkaki-dyo-fores", "Giorgos Lamprou <g.lamprou@example.gr>", "pagkaki panhgyri", "billing", "",
"""Kalhspera, plhrwsa to pagkaki gia to panhgyri ths Agias Marinas
(ta 60 euro) me karta apo to site sas kai mou ta xrewse 2 fores,
blepw dyo kinhseis sthn trapeza idia wra. Pagkaki exw ena. Mporeite na
mou epistrepsete to ena 60ari?
Eyxaristw, Giorgos"""),
("el", "b152-ktima-gamou-afxisi-timis-synigoros", "Αλέξανδρος Μαυρίδης <alex.mavridis@example.gr>", "Αύξηση τιμής μετά την υπογραφή", "billing", "high",
"""Κύριοι,

Στις 12 Νοεμβρίου υπογράψαμε σύμβαση με το Κτήμα Αμπελώνες για τη
δεξίωση του γάμου μας στις 7 Σεπτεμβρίου, με τιμή 45 € ανά άτομο για
220 άτομα, και καταβάλαμε προκαταβολή 3.000 €. Χθες λάβαμε ενημέρωση
ότι «λόγω αυξήσεων» η τιμή διαμορφώνεται σε 58 € ανά άτομο, δηλαδή
2.860 € επιπλέον, διαφορετικά «δεν μπορούν να εγγυηθούν» την ημερομηνία.

Η σύμβαση δεν προβλέπει καμία αναπροσαρμογή. Σας ενημερώνω ότι έχω ήδη
απευθυνθεί σε δικηγόρο και ότι, εάν δεν μου επιβεβαιώσετε γραπτώς την
αρχική τιμή εντός πέντε ημερών, θα καταθέσω αναφορά στον Συνήγορο του
Καταναλωτή.

Αλέξανδρος Μαυρίδης"""),
("el", "b152-gl-xoros-apofoitisis-doseis", "Vasso K. <vasso.k@example.gr>", "erwthsh", "billing", "",
"""geia sas, h kori mou teleiwnei to lykeio kai to eisithrio gia to
xoro apofoithshs einai 70 euro. mporoume na to plhrwsoume se 2 doseis?
h na to plhrwsei mia fora h nonh ths me thn dikh ths karta? eyxaristw
Vasso"""),
("el", "b152-synedrio-apodeixi-anti-timologiou", "Λογιστήριο Ιατρικού Κέντρου Ηλιούπολης <logistirio@ikilioupolis.example>", "Τιμολόγιο αντί απόδειξης - συνέδριο καρδιολογίας", "billing", "",
"""Καλημέρα σας,

Για την εγγραφή τριών ιατρών μας στο Πανελλήνιο Συνέδριο Καρδιολογίας
(σύνολο 1.050 €) εκδώσατε απόδειξη λιανικής αντί για τιμολόγιο. Σας
παρακαλούμε να ακυρώσετε την απόδειξη και να εκδώσετε τιμολόγιο με τα
εξής στοιχεία:

Ιατρικό Κέντρο Ηλιούπολης Α.Ε.
ΑΦΜ 099123456, ΔΟΥ Ηλιούπολης
Λεωφ. Σοφοκλή Βενιζέλου 112, 163 42 Ηλιούπολη

Ευχαριστούμε,
Μαρία Δήμου
Λογιστήριο"""),
("el", "b152-xristougenniatiko-xorio-nipio-proistamenos", "Θεοδώρα Παπαδάκη <theodora.papadaki@example.gr>", "Εισιτήρια Χριστουγεννιάτικου Χωριού", "billing", "high",
"""Καλησπέρα,

Την Κυριακή επισκεφθήκαμε το Χριστουγεννιάτικο Χωριό με τα δύο παιδιά
μας. Στην ιστοσελίδα σας γράφει ξεκάθαρα ότι τα παιδιά κάτω των 4 ετών
μπαίνουν δωρεάν. Στο ταμείο χρέωσαν κανονικό εισιτήριο 12 € για τον
τρίχρονο γιο μας και, όταν το έδειξα στο κινητό, η ταμίας είπε ότι
«αυτό ισχύει μόνο καθημερινές», κάτι που δεν γράφει πουθενά.

Έστειλα δύο email και πήρα την ίδια έτοιμη απάντηση. Ζητώ να
επικοινωνήσει μαζί μου ο υπεύθυνος της διοργάνωσης, όχι το τμήμα
εξυπηρέτησης, και να μου επιστραφούν τα 12 €.

Θεοδώρα Παπαδάκη"""),
("el", "b152-gl-animater-vaftisi-trapeza", "Stella Charalampous <stella.ch@example.gr>", "animater vaftish 14/4", "billing", "high",
"""Kalhspera,

Kleisame mesw ths selidas sas animater gia th vaftish tou gyiou mas
sto ktima sthn Pallhnh, gia 2 wres, kai plhrwsame prokatabolika 220
eyrw. H kopela hr8e 40 lepta argotera, ekane 45 lepta programma kai
efyge legontas oti "exei allo party". Ta paidia emeinan me ta xeria
adeia.

Sas exw steilei 3 mail apo thn Deytera kai kanenas den apanta. Shmera
to prwi ekana amfisbhthsh ths xrewshs sthn trapeza mou. An mou
epistrepsete ta xrhmata prin ths th diakopsw.

Stella Charalampous"""),
("el", "b152-syndromi-omilou-metathesi-kozani", "Παναγιώτης Ζαφειρίου <p.zafeiriou@example.gr>", "Συνδρομη ομιλου", "billing", "",
"""Καλησπερα σας,

Πηρα μεταθεση για Κοζανη απο 1η Σεπτεμβριου (εκπαιδευτικος) οποτε δεν
θα μπορω να ερχομαι στις προπονησεις του ομιλου στο Πεδιον του Αρεως.
Παρακαλω σταματηστε τη μηνιαια συνδρομη των 25 ευρω απο Σεπτεμβριο.
Ηταν χαρα μου που ετρεξα μαζι σας.

Παναγιωτης"""),
("el", "b152-syndromi-filon-festival-mitera-efyge", "Ιωάννα Στεφανίδου <ioanna.stefanidou@example.gr>", "Συνδρομή μέλους - Ευτέρπη Στεφανίδου", "billing", "",
"""Αγαπητοί φίλοι,

Η μητέρα μου, Ευτέρπη Στεφανίδου, έφυγε από τη ζωή τον Μάρτιο. Ήταν
μέλος του Συλλόγου Φίλων του Φεστιβάλ από το 2009 και η ετήσια συνδρομή
των 40 € πληρωνόταν με πάγια εντολή από τον λογαριασμό της, τον οποίο
κλείνουμε. Σας παρακαλώ να διαγράψετε τη συνδρομή ώστε να μη γίνει
χρέωση τον Ιούνιο.

Αγαπούσε πολύ τις βραδιές σας.

Με εκτίμηση,
Ιωάννα Στεφανίδου"""),
("el", "b152-re-prosfora-ixos-fotismos-fpa", "Κωνσταντίνος Ρήγας <k.rigas@example.gr>", "Re: Προσφορά ήχου-φωτισμού - γάμος 21/9", "billing", "",
"""Καλησπέρα κ. Λαζαρίδη,

Ευχαριστώ για την προσφορά. Δύο ερωτήσεις πριν την αποδεχτούμε: τα
1.950 € περιλαμβάνουν ΦΠΑ 24% ή είναι επιπλέον; Και μπορούμε να
δώσουμε το μισό τώρα και το υπόλοιπο μετά τον γάμο, με κατάθεση;

Κωνσταντίνος

Στις Τετ, 5 Ιουν 2024 στις 11:20, ο/η Sound & Light Λαζαρίδης έγραψε:
> Αγαπητέ κ. Ρήγα,
> σας στέλνουμε την προσφορά για ηχητική κάλυψη και φωτισμό
> πίστας της δεξίωσης στις 21/9 στο κτήμα στη Βάρη:
> σύνολο 1.950 €, με τεχνικό επί τόπου έως τις 03:00.
> Με εκτίμηση, Γ. Λαζαρίδης"""),
("el", "b152-gl-eisitirio-synavlias-xrewsh-ypiresias", "Dimitris Tsol. <dtsol@example.gr>", "Paraggelia 40512", "billing", "",
"""Geia, agorasa 4 eisithria gia th fila8rwpikh synaulia sto Hrwdeio,
sto site eleje 15e to ka8e ena kai sthn karta mou xrew8hkan 72e. Poy
briskontai ta 12e parapanw? Den eida pouthena "xrewsh yphresias" prin
plhrwsw."""),
("el", "b152-dorokarta-paidotopou-liksi", "Ευγενία Αθανασίου <evgenia.ath@example.gr>", "Δωροκάρτα παιδότοπου", "billing", "",
"""Καλημέρα,

Η μικρή μας πήρε στα γενέθλιά της δωροκάρτα 80 € για πάρτι στον
παιδότοπό σας, αλλά βλέπω ότι έληξε στις 31 Μαΐου. Με τις ιώσεις του
χειμώνα δεν προλάβαμε να την κλείσουμε. Υπάρχει περίπτωση να μας δώσετε
παράταση έστω για έναν μήνα;

Ευχαριστώ πολύ,
Ευγενία"""),
("el", "b152-pagoma-syndromis-fantaros", "Στέλιος Καραγιάννης <stelios.karagiannis@example.gr>", "Πάγωμα συνδρομής", "billing", "",
"""Γεια σας,

Παρουσιάζομαι στον στρατό στις 18 του μήνα και μου βγήκε φύλλο πορείας
για Έβρο, οπότε για τους επόμενους εννέα μήνες ούτε αγώνες ούτε
προπονήσεις. Μπορείτε να παγώσετε τη συνδρομή μου στο Running Club (19 €
τον μήνα) μέχρι να απολυθώ, αντί να τη διακόψω;

Στέλιος"""),
("el", "b152-gl-ypoloipo-ktimatos-metrita", "Marios Anagnostou <marios.anagn@example.gr>", "ypoloipo gamou", "billing", "",
"""Kalhmera, meta ton gamo prepei na dwsoume to ypoloipo sto ktima,
peripou 9.400e. O pateras mou leei na ta dwsoume metrhta kai na
teleiwnoume, alla nomizw de ginetai panw apo 500. Pws to kanoume,
trapezikh katathesh h karta? Kai tha mas kopsete apodeixh gia olo to
poso? Marios"""),
("el", "b152-eggrafi-agona-den-einai-pliromi-captcha", "Χρυσάνθη Μπαλτά <chrysanthi.balta@example.gr>", "Δεν μπορώ να κάνω εγγραφή", "technical", "",
"""Καλησπέρα,

Δεν είναι θέμα πληρωμής, δεν φτάνω καν μέχρι εκεί. Στη φόρμα εγγραφής
για τον Νυχτερινό Ημιμαραθώνιο Θεσσαλονίκης, στο τέλος, το «Δεν είμαι
ρομπότ» μου βγάζει συνέχεια νέες εικόνες με φανάρια και ποτέ δεν με
αφήνει να προχωρήσω. Το δοκίμασα σε υπολογιστή και κινητό, με Chrome και
Safari.

Χρυσάνθη"""),
("el", "b152-psistaria-panigyri-spithes-kalodio", "Πολιτιστικός Σύλλογος Αγίου Γεωργίου <syllogos.agiosgeorgios@example.gr>", "Ηλεκτρική ψησταριά", "technical", "high",
"""Καλημέρα σας,

Σας ενημερώνουμε ότι η ηλεκτρική ψησταριά που μας νοικιάσατε για το
πανηγύρι του χωριού βγάζει σπίθες στο σημείο που το καλώδιο μπαίνει στο
σώμα της, και χθες το βράδυ έπεσε δύο φορές η ασφάλεια. Τη βγάλαμε από
την πρίζα και την αφήσαμε στην άκρη της αυλής, μακριά από τον κόσμο.
Το πανηγύρι συνεχίζεται απόψε και αύριο. Παρακαλούμε να στείλετε κάποιον
να την πάρει ή να μας φέρετε άλλη.

Για τον Σύλλογο,
Νίκος Φωτόπουλος"""),
("el", "b152-synedrio-parousiaseis-den-ftanoun-aithouses", "Τεχνική Γραμματεία Συνεδρίου <tech@ortho-congress.example>", "Σύστημα παρουσιάσεων", "technical", "high",
"""Από τις 8:30 το σύστημα διαχείρισης παρουσιάσεων δεν στέλνει τα
αρχεία στους υπολογιστές των τεσσάρων αιθουσών. Οι ομιλητές ανεβάζουν
τις παρουσιάσεις στο speaker ready room, φαίνονται «uploaded», αλλά
στις αίθουσες η λίστα είναι άδεια. Οι πρώτες συνεδρίες ξεκίνησαν με 20
λεπτά καθυστέρηση με USB στικάκια και έχουμε 900 συνέδρους και 60
ομιλίες μέχρι το μεσημέρι.

Καλέστε στο 210 555 0143, ζητήστε την Ελένη.

Ελένη Σακελλαρίου
Τεχνική Γραμματεία"""),
("el", "b152-gl-psygeio-thalamos-agoras-den-psyxei", "Fotis Dal. <fotis.dal@example.gr>", "PSYGEIO", "technical", "high",
"""Kalhmera, o koinos 8alamos-psygeio pou mas dinete sth xristougenniatikh
agora sthn plateia Aristotelous den krywnei apo xthes to bradu. Exei
mesa 18 grad. Exoume mesa oloi oi 12 pagkoi tyria, allantika, glyka me
krema. An den erthei kapoios mexri to meshmeri tha ta petaksoume ola kai
den tha exoume ti na poulhsoume to Sabbatokyriako.
Fotis - pagkos 5"""),
("el", "b152-gl-mpataria-scooter-kriton-fouskwse", "Thanasis Ver. <thanasis.ver@example.gr>", "scooter krites", "technical", "high",
"""Geia sas. Apo ta hlektrika scooter pou mas dwsate gia tous krites ths
diadromhs, to noumero 3 exei th mpataria fouskwmenh, to kapaki den
kleinei kala kai otan to fortizame htan zesto san sidero. To
aposyndesame kai to afhsame eksw sto mpalkoni panw se plakakia. Pws na
to epistrepsoume me asfaleia? Ta alla einai ok.
Thanasis (ekdhlwsh Trexoume gia to Xamogelo)"""),
("el", "b152-apotelesmata-lathos-kategoria-ilikias", "Αντώνης Κουτσούκος <antonis.koutsoukos@example.gr>", "Λάθος κατηγορία στα αποτελέσματα", "technical", "",
"""Καλησπέρα. Στα αποτελέσματα του αγώνα 10 χλμ. της Πάτρας εμφανίζομαι
στην κατηγορία Γ40-44, ενώ είμαι 46 ετών (γεννημένος 1978, όπως δήλωσα
στην εγγραφή). Αριθμός 1184. Μπορείτε να το διορθώσετε; Βγαίνω 3ος στην
πραγματική μου κατηγορία."""),
("el", "b152-gl-webinar-link-den-anoigei", "Eleni Pap. <eleni.pap@example.gr>", "link", "technical", "",
"""kalhmera, exw diktyako eisithrio gia to synedrio marketing kai to link
pou mou steilate mou leei "the host has not started this meeting" enw
h syneleysh exei ksekinhsei edw kai 20 lepta (to blepw sto live sto
facebook). To dokimasa kai sto kinhto. ti kanw?"""),
("el", "b152-proskliseis-rsvp-diplometra", "Νεφέλη Ανδρεάδου <nefeli.andreadou@example.gr>", "Μετράει διπλά τους καλεσμένους", "technical", "",
"""Γεια σας! Στην πλατφόρμα με τις ψηφιακές προσκλήσεις, όσοι απαντάνε
«ερχόμαστε 2» εμφανίζονται στη λίστα δύο φορές, κι έτσι το σύνολο μάς
βγάζει 312 άτομα ενώ έχουμε καλέσει 180. Πρέπει να δώσουμε αριθμό στο
κτήμα την άλλη εβδομάδα, δεν ξέρω πια τι ισχύει. Βοήθεια!

Νεφέλη"""),
("el", "b152-ixeia-ktimatos-den-syndeetai-laptop", "Άρης Γεωργιάδης <aris.dj@example.gr>", "Ηχεία αίθουσας - σύνδεση", "technical", "",
"""Καλησπέρα,

Θα παίξω μουσική στον γάμο Τσιρίγου-Μπάκα στο κτήμα σας το Σάββατο. Στη
δοκιμή σήμερα, η κονσόλα της αίθουσας δεν βγάζει ήχο από το laptop ούτε
με το καλώδιο RCA ούτε με το XLR· το μικρόφωνο της αίθουσας παίζει
κανονικά. Ο υπάλληλος δεν ήξερε τι να κάνει. Μπορεί να έρθει ο τεχνικός
σας πριν το Σάββατο;

Άρης Γεωργιάδης"""),
("el", "b152-gl-kwdikos-den-ton-dexetai", "Kyriakos M. <kyriakos.m@example.gr>", "kwdikos", "technical", "",
"""allaksa ton kwdiko sto logariasmo mou xthes kai twra den mpainw oute
me ton kainourgio oute me ton palio, leei "lathos stoixeia" kai meta
apo 5 prospatheies me kleidwse gia 1 wra. 8elw na dw ta eishthria mou
gia to party ths Ergenikhs. Kyriakos"""),
("el", "b152-michani-xioniou-den-vgazei", "Ολυμπία Χατζή <olympia.chatzi@example.gr>", "μηχανη χιονιου", "technical", "",
"""Καλησπερα, η μηχανη τεχνητου χιονιου που νοικιασαμε για τη
χριστουγεννιατικη γιορτη του νηπιαγωγειου ανοιγει, το ανεμιστηρακι
δουλευει αλλα χιονι δεν βγαζει καθολου. Βαλαμε το υγρο που ηταν μεσα
στο κουτι. Η γιορτη ειναι την Πεμπτη. Τι φταιει;

Ολυμπια"""),
("el", "b152-eisitiria-wallet-den-prostithentai", "Μιχάλης Σπυρόπουλος <m.spyropoulos@example.gr>", "Εισιτήρια στο Wallet", "technical", "",
"""Γεια σας, πατάω «Προσθήκη στο Apple Wallet» στα εισιτήρια για τη
φιλανθρωπική βραδιά και μου βγάζει «Δεν είναι δυνατή η προσθήκη
κάρτας». iPhone 13, τελευταία έκδοση iOS. Υπάρχει άλλος τρόπος να τα
έχω στο κινητό χωρίς ίντερνετ; Στον χώρο δεν πιάνει καλά."""),
("el", "b152-fotografies-xorou-zip-katestrammeno", "Δέσποινα Λιάκου <despoina.liakou@example.gr>", "Φωτογραφίες χορού αποφοίτησης", "technical", "",
"""Καλησπέρα σας,

Προσπαθώ να κατεβάσω τις φωτογραφίες από τον χορό αποφοίτησης του 2ου
Λυκείου Καλαμάτας. Το αρχείο zip κατεβαίνει (1,2 GB) αλλά όταν πάω να
το ανοίξω λέει ότι είναι κατεστραμμένο. Το κατέβασα τρεις φορές, από
δύο υπολογιστές. Στην online συλλογή οι φωτογραφίες φορτώνουν μόνο μέχρι
τη μέση.

Δέσποινα Λιάκου"""),
("el", "b152-stavroudaki-vaftisis-ktima", "Σοφία Ντάλη <sofia.ntali@example.gr>", "Χαμένο σταυρουδάκι", "general", "",
"""Καλημέρα,

Την Κυριακή κάναμε τη βάφτιση της ανιψιάς μου στο κτήμα σας και η
μικρή έχασε το χρυσό σταυρουδάκι που της χάρισε η νονά, με λεπτή
αλυσίδα. Πιθανότατα στον κήπο κοντά στην κούνια ή στην αίθουσα. Μήπως
το βρήκε κάποιος από το προσωπικό;

Σας ευχαριστώ,
Σοφία Ντάλη"""),
("el", "b152-gl-taratsa-xwris-kagkela-xoros", "Anna-Maria T. <annamaria.t@example.gr>", "taratsa", "general", "high",
"""Kalhspera, htan xthes o xoros apofoithshs tou sxoleiou ths koris mou
sto xwro sas sto Marousi. H skala pou anebainei sthn taratsa (ekei
pou bgazan fwtografies ta paidia) den exei kagkelo sth mia meria kai
h taratsa exei mono ena xamhlo pezouli, sto ypsos tou gonatou. Eida
paidia me takouni na ka8ontai panw sto pezouli meta ta mesanyxta. Den
egine tipota alla prepei na to kleisete h na balete kagkela prin ton
epomeno xoro.
Anna-Maria"""),
("el", "b152-eyxaristiria-klooun-egine-xamos", "Ρένα Μουστάκα <rena.moustaka@example.gr>", "Ευχαριστούμε τον Μπουμπούκο!", "general", "",
"""Θέλαμε να πούμε ένα τεράστιο ευχαριστώ στον κλόουν Μπουμπούκο που
ήρθε στα γενέθλια του Αχιλλέα την Κυριακή. Έγινε χαμός, τα παιδιά
τρελάθηκαν, κι εκείνος με 22 πιτσιρίκια τα έβγαλε πέρα σαν να ήταν
παιχνιδάκι. Ακόμα μας ζητάει να ξανάρθει «ο κύριος με τα μπαλόνια»!

Ρένα και Γιάννης"""),
("el", "b152-gl-security-esprwxe-mathiti-proistameno", "Kostas Vlachos <kostas.vlachos@example.gr>", "Security ston xoro tou 3ou Lykeiou", "general", "high",
"""Kalhspera sas,

O gios mou htan thn Paraskeyh ston xoro apofoithshs tou 3ou Lykeiou
Larisas sto magazi sas. Bghke gia ligo eksw na milhsei sto thlefwno kai
otan hr8e na ksanampei o ypallhlos ths asfaleias sthn porta ton
esprwkse sta skalia kai tou eipe "mhn kaneis ton magka" mprosta stous
filous tou. Den eixe piei tipota, einai 18 xronwn.

Den 8elw na milhsw me to idio atomo. 8elw na milhsw me ton ypeu8ino h
ton idiokthth tou magaziou mesa sthn ebdomada. Pes te mou poios einai
kai pote mporw na ton parw.

Kostas Vlachos"""),
("el", "b152-ores-agoras-paramoni-protoxronias", "Λίνα Ευθυμίου <lina.efthymiou@example.gr>", "Ωράριο", "general", "",
"""Καλησπερα, η χριστουγεννιατικη αγορα στο Ναυπλιο ειναι ανοιχτη την
παραμονη της Πρωτοχρονιας και μεχρι τι ωρα; Ευχαριστω"""),
("el", "b152-allagi-diefthynsis-metallio", "Γιώργος Σταθόπουλος <g.stathopoulos@example.gr>", "Αλλαγή διεύθυνσης για το πακέτο τερματισμού", "general", "",
"""Καλημέρα,

Έτρεξα τον εικονικό αγώνα «Τρέχουμε για το Παιδί» και ανέφερα στην
εγγραφή τη διεύθυνση Αγίου Δημητρίου 14 στο Περιστέρι. Μετακόμισα,
οπότε παρακαλώ στείλτε το μετάλλιο και το μπλουζάκι στη νέα μου
διεύθυνση: Καποδιστρίου 8, 153 43 Αγία Παρασκευή. Αριθμός εγγραφής
VR-2291.

Ευχαριστώ,
Γιώργος"""),
("el", "b152-diagrafi-stoixeion-synedrio", "Ευάγγελος Ράπτης <evangelos.raptis@example.gr>", "Αίτημα διαγραφής δεδομένων", "general", "",
"""Κύριοι,

Σύμφωνα με τον ΓΚΠΔ (άρθρο 17), ζητώ να διαγράψετε όλα τα προσωπικά μου
δεδομένα που τηρείτε από τη συμμετοχή μου στα συνέδρια που
διοργανώσατε το 2019 και το 2022, και να με ενημερώσετε γραπτώς για τη
διαγραφή. Δεν επιθυμώ καμία περαιτέρω επικοινωνία.

Ευάγγελος Ράπτης"""),
("el", "b152-gl-xorigia-fournos-panigyri", "Fournos Hliopoulos <info@fournos-hliopoulos.example>", "xorhgia panhgyri", "general", "",
"""Kalhmera, eimaste o fournos Hliopoulos sto kentro tou xwriou. Fetos
8eloume na xorhghsoume kati sto panhgyri tou Dekapentaygoustou, px ta
lagana gia ola ta trapezia h ta dwra gia ton agwna tavli. Me poion
prepei na milhsoume?
Xristina Hliopoulou"""),
("el", "b152-bomponieres-paradosi-magazi-mitera", "Ζωή Κανελλοπούλου <zoi.kanellopoulou@example.gr>", "Παράδοση μπομπονιερών", "general", "",
"""Καλησπέρα σας,

Για την παράδοση των 200 μπομπονιερών την Πέμπτη: σας παρακαλώ να μην
έρθετε στο σπίτι γιατί θα λείπουμε όλη μέρα, αλλά στο κατάστημα της
μητέρας μου, «Καλλιόπη - Νυφικά», Ερμού 42, Λάρισα, ανοιχτό 9:00-14:00 και
17:30-21:00. Θα τις παραλάβει η ίδια.

Ευχαριστώ,
Ζωή"""),
("el", "b152-moro-sto-synedrio-thilasmos", "Κατερίνα Μελά <katerina.mela@example.gr>", "Συμμετοχή με βρέφος", "general", "",
"""Καλησπέρα,

Έχω εγγραφεί στο Συνέδριο Παιδιατρικής Νοσηλευτικής τον Οκτώβριο στα
Ιωάννινα και θα είμαι με το μωρό μου, που θα είναι τότε πέντε μηνών.
Μπορώ να το έχω μαζί στις αίθουσες; Υπάρχει χώρος θηλασμού/αλλαξιέρα
στο συνεδριακό κέντρο;

Ευχαριστώ,
Κατερίνα Μελά"""),
("el", "b152-paidotopos-trampolino-xtypimeno-dixty", "Βασιλης Κοντος <vasilis.kontos@example.gr>", "Τραμπολινο", "general", "high",
"""Καλησπερα, ημασταν σε παρτι στον παιδοτοπο σας στην Καλαμαρια το
Σαββατο. Το διχτυ γυρω απο το μεγαλο τραμπολινο ειναι σκισμενο στη μια
πλευρα, περιπου ενα μετρο, και τα παιδια πηδουσαν ακριβως διπλα. Ενα
παιδακι κοντεψε να βγει απο το ανοιγμα και να πεσει στο τσιμεντο. Η
κοπελα που ηταν εκει ειπε οτι το εχουν αναφερει. Καλο θα ηταν να το
κλεισετε μεχρι να φτιαχτει.

Βασιλης Κοντος"""),
("el", "b152-gl-geia-sas-skylos-peripatos", "Marina Sg. <marina.sg@example.gr>", "Geia sas", "general", "",
"""geia sas! ston fila8rwpiko peripato gia ta adespota thn Kyriakh sto
Pedio tou Areos mporw na ferw kai to skylaki mou me loyri? einai mikro
kai hsyxo :)"""),
("el", "b152-re-programma-omilia-allagi-ora", "Καθ. Δημήτριος Ξενάκης <d.xenakis@example.gr>", "Re: Πρόγραμμα συνεδρίου - η ομιλία σας", "general", "",
"""Αγαπητή κα Παππά,

Σας ευχαριστώ. Δυστυχώς την Παρασκευή το πρωί έχω εξετάσεις στο
Πανεπιστήμιο. Θα ήταν δυνατόν η ομιλία μου να μεταφερθεί στο
απογευματινό τμήμα της ίδιας μέρας ή στο Σάββατο;

Με εκτίμηση,
Δ. Ξενάκης

> Αξιότιμε κύριε Ξενάκη,
> η ομιλία σας «Αρχαία ύδρευση και σύγχρονες πόλεις» έχει
> προγραμματιστεί για την Παρασκευή 18/10, 10:30-11:00, αίθουσα Α.
> Με εκτίμηση,
> Μαρίνα Παππά, Οργανωτική Επιτροπή"""),
("el", "b152-dj-aggenis-sxolio", "Θοδωρής Γαλάνης <thodoris.galanis@example.gr>", "Σχόλιο για τη βραδιά", "general", "",
"""Δεν ζητάω τίποτα, απλώς να το ξέρετε. Στο πάρτι των 50 χρόνων της
γυναίκας μου στην αίθουσά σας, ο DJ έπαιζε τόσο δυνατά που δεν
ακουγόμασταν στα τραπέζια, και όταν η πεθερά μου του ζήτησε ευγενικά να
χαμηλώσει της απάντησε «εδώ είναι πάρτι, όχι ΚΑΠΗ». Κατά τα άλλα όλα
ήταν πολύ ωραία και το φαγητό εξαιρετικό."""),
# ---------------- Polish ----------------
("pl", "b152-studniowka-rata-wplacona-dwa-razy", "Agnieszka Wrobel <agnieszka.wrobel@example.pl>", "studniowka - podwojna wplata", "billing", "",
"""Dzien dobry,

przez pomylke zrobilam dwa razy przelew za druga rate studniowki syna
(kl. 4c, Kacper Wrobel), 2 x 350 zl, 12 i 13 stycznia. Chcialabym
prosic o zwrot jednej raty na konto, z ktorego przyszla wplata.

Pozdrawiam
Agnieszka Wrobel"""),
("pl", "b152-dom-weselny-oplata-serwisowa-rzecznik", "Tomasz Jankowski <tomasz.jankowski@example.pl>", "Rozliczenie wesela 15.06 - opłata serwisowa", "billing", "high",
"""Szanowni Państwo,

w końcowym rozliczeniu naszego wesela w Dworze pod Dębami doliczyli
Państwo „opłatę serwisową 10%”, czyli 2 800 zł. W umowie z 20 listopada
nie ma ani słowa o takiej opłacie, jest tylko cena za talerzyk 280 zł i
liczba gości. Zapłaciliśmy pod presją w dniu wesela, bo inaczej nie
chciano nam wydać tortu i ciast dla gości.

Żądam zwrotu 2 800 zł w ciągu 14 dni. W przeciwnym razie sprawę zgłoszę
do miejskiego rzecznika konsumentów i skieruję do sądu.

Tomasz Jankowski"""),
("pl", "b152-jarmark-oplata-blik-pytanie", "Halina Kubacka <halina.kubacka@example.pl>", "Pytanie", "billing", "",
"""Dzień dobry, dostałam potwierdzenie miejsca na Jarmarku Bożonarodzeniowym
(stoisko z pierniczkami). Czy opłatę 1 900 zł mogę zapłacić BLIK-iem albo
kartą, czy tylko przelewem? I czy da się w dwóch częściach?
Halina"""),
("pl", "b152-konferencja-proforma-uczelnia", "Dział Zamówień Uczelni <zamowienia@uczelnia-nadwislanska.example>", "Faktura pro forma - Konferencja Polskiej Lingwistyki", "billing", "",
"""Szanowni Państwo,

dwie nasze pracowniczki zarejestrowały się na Konferencję Polskiej
Lingwistyki w Lublinie (2 x 690 zł). Uczelnia może zapłacić wyłącznie
na podstawie faktury pro forma wystawionej na:

Uniwersytet Nadwiślański, ul. Gagarina 99, 87-100 Toruń, NIP 956-000-41-27

Opłaty kartą nie możemy zrealizować. Prosimy o przesłanie pro formy i
potwierdzenie, że rejestracja nie zostanie anulowana przed wpływem
przelewu (zwykle ok. 14 dni).

Z poważaniem
Joanna Szulc
Dział Zamówień Publicznych"""),
("pl", "b152-animator-dodatkowa-godzina-kierownik", "Marta Sobczak <marta.sobczak@example.pl>", "Dodatkowa godzina, której nie było", "billing", "high",
"""Dzień dobry,

zamówiłam u Państwa animatora na urodziny córki 9 marca, 15:00–17:00,
pakiet „Piraci” za 450 zł. Impreza skończyła się punktualnie o 17:00,
animatorka wyszła kilka minut później. Dziś na fakturze widzę 600 zł –
doliczono „dodatkową godzinę animacji”.

Dzwoniłam dwa razy, pani w biurze mówi, że „system tak naliczył” i nic
nie może zrobić. Proszę, żeby sprawą zajął się kierownik albo właściciel
firmy, a nie kolejna osoba z infolinii. Oczekuję korekty faktury o
150 zł.

Marta Sobczak"""),
("pl", "b152-bieg-wirtualny-brak-zwrotu-chargeback", "Paweł Zieliński <pawel.zielinski@example.pl>", "Bieg Mikołajkowy - zwrot", "billing", "high",
"""Dzień dobry,

zapłaciłem 120 zł za start w Biegu Mikołajkowym w Gdyni. Tydzień przed
biegiem dostałem maila, że bieg „zmienia formułę na wirtualną” i zwrotów
nie ma. Ja się zapisywałem na bieg nad morzem z pomiarem czasu, a nie na
bieganie po osiedlu z aplikacją.

Napisałem trzy razy, odpowiedzi brak. Wczoraj złożyłem w banku
reklamację transakcji (chargeback). Jeśli zwrócicie pieniądze sami, dam
znać w banku.

Paweł Zieliński"""),
("pl", "b152-grand-prix-kontrakt-platforma", "Krzysztof Nowicki <krzysztof.nowicki@example.pl>", "Karnet Grand Prix", "billing", "",
"""Czesc, od kwietnia lece na kontrakt na platforme na Morzu Polnocnym,
szesc tygodni tam, trzy w domu, wiec z cyklu Grand Prix Bieszczad nic
nie bede mial. Prosze zakonczyc moj karnet platny co miesiac (39 zl) od
kwietnia. Dzieki za swietne biegi!
Krzysiek"""),
("pl", "b152-bieg-z-psem-burek-teczowy-most", "Barbara Mazur <barbara.mazur@example.pl>", "Pakiet Bieg z Psem", "billing", "",
"""Dzień dobry,

nasz Burek odszedł w zeszłym tygodniu za tęczowy most, miał prawie 13
lat. Bez niego nie będę już startować w cyklu „Bieg z Psem”, więc proszę
o wyłączenie automatycznego odnawiania rocznego pakietu (149 zł), który
odnawia się w maju.

Dziękujemy za wszystkie wspólne starty, Burek je uwielbiał.

Barbara Mazur"""),
("pl", "b152-re-kosztorys-naglosnienie-dozynki", "Sołectwo Zawada <solectwo.zawada@example.pl>", "Re: Kosztorys - nagłośnienie i scena, dożynki 2024", "billing", "",
"""Dzień dobry Panie Marku,

dziękujemy za kosztorys. Czy kwota 6 400 zł to brutto? I czy możemy
zapłacić dopiero po dożynkach, do 15 września? Gmina przelewa nam
dotację na fundusz sołecki pod koniec sierpnia i wcześniej nie damy rady.

Z poważaniem
Jadwiga Mróz, sołtys

-----Wiadomość oryginalna-----
Od: Marek Sound Service <biuro@example-msound.example>
Wysłano: wtorek, 4 czerwca 2024 14:12
Temat: Kosztorys - nagłośnienie i scena, dożynki 2024

Dzień dobry,
przesyłam kosztorys: scena 8x6 m z zadaszeniem, nagłośnienie,
oświetlenie, obsługa akustyka 14:00-02:00, transport.
Razem 6 400 zł.
Pozdrawiam, Marek"""),
("pl", "b152-zamowienie-kod-student-nie-odjal", "Wiktoria Lis <wiktoria.lis@example.pl>", "Zamówienie 55617", "billing", "",
"""Hej, kupilam 2 bilety na Koncert Kolęd w Filharmonii, wpisalam kod
STUDENT i pokazalo "kod zastosowany", ale zaplacilam normalna cene 2 x
80 zl zamiast 2 x 40. Legitymacje mam wazna. Mozna prosic o zwrot
roznicy?"""),
("pl", "b152-nie-chce-zwrotu-tylko-faktury", "Grzegorz Pawlak <grzegorz.pawlak@example.pl>", "Faktura", "billing", "",
"""Dzień dobry, nie chcę żadnego zwrotu ani reklamacji, wszystko było
super. Potrzebuję tylko faktury na firmę za bilety na Sylwestra pod
Gwiazdami (zam. 88-2041, 1 240 zł). NIP 521-304-88-17, Pawlak Usługi
Elektryczne, ul. Lipowa 7, Łomianki. Dziękuję."""),
("pl", "b152-sala-weselna-reszta-w-ratach", "Natalia i Michał <natalia.michal.slub@example.pl>", "Płatność za salę", "billing", "",
"""Dzień dobry,

zadatek 5 000 zł za salę na 24 sierpnia mamy wpłacony. Zostało do
zapłaty ok. 21 000 zł. Czy jest możliwość rozłożenia tego na trzy raty –
czerwiec, lipiec i ostatnia po weselu? Jeśli tak, to czy potrzebny jest
aneks do umowy?

Pozdrawiamy
Natalia Kaczmarek i Michał Sowa"""),
("pl", "b152-zawieszenie-skladki-opieka-mama", "Ewa Jaworska <ewa.jaworska@example.pl>", "składka klubowa", "billing", "",
"""Dzień dobry,

mama miała udar i przez najbliższe miesiące muszę się nią zajmować, więc
treningi i starty odpadają. Czy mogę zawiesić składkę członkowską w
klubie (50 zł miesięcznie) do końca roku, a nie rezygnować całkiem?
Chciałabym wrócić, jak tylko sytuacja się uspokoi.

Ewa"""),
("pl", "b152-zapisy-to-nie-platnosc-data-urodzenia", "Olena Kravchenko <olena.kravchenko@example.pl>", "Nie mogę się zapisać", "technical", "",
"""Dzień dobry, to nie jest problem z płatnością, do płatności w ogóle nie
dochodzę. W formularzu zapisów na Bieg Niepodległości nie mam numeru
PESEL, więc zaznaczam „cudzoziemiec” i wpisuję datę urodzenia
(04.02.1991), a formularz i tak pokazuje „Niepoprawny PESEL” i nie
puszcza dalej. Próbowałam w dwóch przeglądarkach.

Olena"""),
("pl", "b152-fontanna-czekoladowa-kopie-pradem", "Magdalena Rutkowska <magdalena.rutkowska@example.pl>", "Fontanna czekoladowa - wesele", "technical", "high",
"""Dzień dobry,

na sobotnim weselu w Dworku Zacisze fontanna czekoladowa, którą od
Państwa wypożyczyliśmy, kopała prądem – kelnerka poczuła wyraźne
uderzenie, gdy dotknęła metalowej podstawy, a potem jeszcze jeden z
gości. Wyłączyliśmy ją od razu z gniazdka i już nie była używana. Stoi
zapakowana w magazynie sali. Proszę o informację, kiedy ją odbierzecie,
i sprawdzenie pozostałych fontann.

Magdalena Rutkowska"""),
("pl", "b152-system-rezerwacji-sali-pusty-kalendarz", "Dom Weselny Pod Jarzębiną <biuro@podjarzebina.example>", "Kalendarz", "technical", "high",
"""Od rana w panelu nie ma żadnych rezerwacji – kalendarz na cały rok jest
pusty, karty imprez też. W sobotę mamy trzy wesela i kuchnia nie wie, ile
porcji zamawiać, bo menu i liczby gości są tylko u Was. Pary dzwonią z
pytaniami o ustalenia, a my nie mamy czego otworzyć. Hurtownia czeka na
zamówienie do 14:00.

Prosimy o pilny telefon: 601 555 214.

Renata Kowalczyk
Dom Weselny Pod Jarzębiną"""),
("pl", "b152-meta-czytniki-nie-lapia-chipow", "Sztab Biegu WOŚP Rzeszów <bieg@wosp-rzeszow.example>", "META", "technical", "high",
"""Od startu o 12:00 maty na mecie nie łapią chipów – na ekranie z
wynikami 40 osób na prawie 1 600, które już przybiegły. Ludzie stoją
przy namiocie sędziowskim i pytają o czasy, dekoracja zwycięzców o 13:30
i nie wiemy, kogo wywołać. Zapasowy czytnik tak samo. Potrzebny ktoś od
pomiaru czasu natychmiast, tel. 504 555 332 (Adam)."""),
("pl", "b152-przedluzacz-dozynki-stopiony", "Stanisław Pietrzak <stanislaw.pietrzak@example.pl>", "przedluzacz od sceny", "technical", "high",
"""Dzien dobry,

przedluzacz bebnowy, ktory przyjechal razem z wypozyczona scena na
dozynki, w niedziele po poludniu zaczal smierdziec spalenizna. Jak go
odlaczylem, to izolacja przy wtyczce byla stopiona, a beben goracy.
Wisial na nim tylko wzmacniacz i lodowka z napojami. Schowalem go w
remizie, nikt go nie rusza. Prosze go zabrac i sprawdzic reszte, bo w
sobote mamy festyn strazacki i znowu bierzemy od Was sprzet.

Stanislaw Pietrzak
OSP Wola Rzędzińska"""),
("pl", "b152-aplikacja-zdjecia-gosci-nie-wgrywa", "Julia Majewska <julia.majewska@example.pl>", "Zdjęcia od gości", "technical", "",
"""Hej! Po weselu goście próbują wrzucać zdjęcia przez kod QR do naszego
albumu w Waszej aplikacji i większości wyskakuje „Błąd przesyłania”,
zwłaszcza przy filmikach. Pojedyncze zdjęcia czasem przechodzą. Album
nazywa się JuliaiKuba2024. Da się coś z tym zrobić?"""),
("pl", "b152-bilety-data-z-zeszlego-roku", "Roman Kwiatkowski <roman.kwiatkowski@example.pl>", "Bilet", "technical", "",
"""Dzien dobry, bilety na Jarmark na Rynku w aplikacji pokazuja date
14.12.2023 zamiast 14.12.2024. Kupione w tym tygodniu. Czy na bramce
beda dzialac, czy trzeba je jakos odswiezyc? Android 14."""),
("pl", "b152-logowanie-facebook-petla", "Karolina Dudek <karolina.dudek@example.pl>", "Logowanie", "technical", "",
"""Dzień dobry, w aplikacji konferencji próbuję się zalogować przez
Facebooka, zatwierdzam, a aplikacja wraca do ekranu logowania i tak w
kółko. Przez maila też nie mogę, bo pisze, że konto jest „powiązane z
Facebookiem”. Agenda i moje sesje są tylko tam.

Karolina Dudek"""),
("pl", "b152-zimne-iskry-nie-odpalaja", "Adrian Grabowski <adrian.grabowski@example.pl>", "Maszyny do zimnych iskier", "technical", "",
"""Dzień dobry,

odebrałem dziś dwie maszyny do zimnych iskier na pierwszy taniec. Na
próbie w domu włączają się, dioda świeci na zielono, ale po naciśnięciu
pilota nic – zero iskier, tylko szum wentylatora. Granulat wsypany tak
jak w instrukcji. Wesele w sobotę, proszę o pomoc.

Adrian"""),
("pl", "b152-kalendarz-animatorow-wszystko-zajete", "Sylwia Baran <sylwia.baran@example.pl>", "rezerwacja", "technical", "",
"""Dzien dobry, na stronie przy rezerwacji animatora kazdy dzien do konca
roku jest na szaro jako "zajety", nawet wtorki w listopadzie. Kolezanka
rezerwowala wczoraj bez problemu. Czy to blad strony czy naprawde nie ma
terminow?"""),
("pl", "b152-sms-przypomnienia-goscie-nie-dostali", "Dominika Kaczor <dominika.kaczor@example.pl>", "SMS-y do gości", "technical", "",
"""Dzień dobry, w pakiecie mieliśmy automatyczne SMS-y z przypomnieniem
o potwierdzeniu obecności. W panelu wszystkie są „wysłane” 10 maja, a
nikt z gości, których pytałam (ok. 15 osób), niczego nie dostał. Numery
są poprawne, sprawdzałam.

Dominika"""),
("pl", "b152-haslo-konto-zablokowane-seniorka", "Irena Sadowska <irena.sadowska@example.pl>", "hasło", "technical", "",
"""Szanowni Państwo,

wnuczka założyła mi konto, żeby kupić bilety na Koncert Noworoczny.
Wpisałam hasło z kartki kilka razy i teraz pisze, że konto jest
zablokowane. Wnuczka jest za granicą. Co mam zrobić? Mam 81 lat i nie
bardzo się na tym znam.

Z poważaniem
Irena Sadowska"""),
("pl", "b152-drukarka-identyfikatorow-pasy", "Biuro Konferencji Med-Forum <biuro@medforum.example>", "Drukarka identyfikatorów", "technical", "",
"""Dzień dobry,

drukarka identyfikatorów, którą wypożyczyliśmy na konferencję w
przyszłym tygodniu, na próbie drukuje z poziomymi białymi pasami przez
całą kartę. Czyściliśmy głowicę według instrukcji, wymieniliśmy taśmę.
Czy możecie ją wymienić albo przysłać serwisanta przed poniedziałkiem?

Łukasz Michalak"""),
("pl", "b152-zgubiony-aparat-studniowka", "Kinga Zawadzka <kinga.zawadzka@example.pl>", "zgubiony aparat", "general", "",
"""Dzien dobry, na studniowce II LO w sobote zgubilam aparat Fujifilm
instax (mietowy) w czarnym etui, chyba przy szatni albo przy stoliku
nr 12. Sa w nim zdjecia ktorych bardzo szkoda. Czy ktos go oddal? Kinga"""),
("pl", "b152-jarmark-oblodzone-schody-sceny", "Jerzy Wawrzyniak <jerzy.wawrzyniak@example.pl>", "Schody przy scenie", "general", "high",
"""Dzień dobry,

byłem wczoraj wieczorem na Jarmarku na Starym Rynku. Drewniane schody
prowadzące na podest przy scenie, gdzie ustawiają się ludzie do zdjęć z
Mikołajem, są całkowicie oblodzone i nikt ich nie posypał. Widziałem,
jak starsza pani i dwójka dzieci się na nich poślizgnęli, na szczęście
bez urazu. Przy dzisiejszym mrozie będzie to samo.

Jerzy Wawrzyniak"""),
("pl", "b152-podziekowania-wesele-petarda", "Ola i Bartek <olaibartek@example.pl>", "DZIĘKUJEMY!!!", "general", "",
"""Kochani, wesele było petarda! Parkiet rozniesiony w drobny mak, goście
do dziś piszą, że to była najlepsza impreza w ich życiu. Pani Bożenka z
obsługi to anioł, a rosół teściowa chce zamawiać na święta :) Dziękujemy
za wszystko i polecamy każdemu!

Ola i Bartek"""),
("pl", "b152-ochrona-jarmark-wystawczyni-przelozony", "Oksana Melnyk <oksana.melnyk@example.pl>", "Zachowanie ochrony na Jarmarku", "general", "high",
"""Dzień dobry,

mam stoisko nr 27 z rękodziełem na Jarmarku w Katowicach. W sobotę
pracownik ochrony przy bramie C nie chciał mnie wpuścić rano z towarem,
mimo identyfikatora wystawcy, i powiedział do mnie przy klientach „wracaj
do siebie, tu się mówi po polsku”. Kolega ze stoiska obok to słyszał.

Nie chcę więcej rozmawiać z tym panem ani z koordynatorem zmiany.
Proszę o kontakt osoby przełożonej nad ochroną lub dyrektora Jarmarku
w tym tygodniu.

Oksana Melnyk"""),
("pl", "b152-godziny-jarmarku-wigilia", "Zbigniew Tomczak <zbigniew.tomczak@example.pl>", "Wigilia", "general", "",
"""Witam, czy Jarmark w Gdańsku jest czynny w Wigilię i do której
godziny? Pozdrawiam"""),
("pl", "b152-zmiana-numeru-telefonu-rezerwacja", "Beata Sikorska <beata.sikorska@example.pl>", "Zmiana danych kontaktowych", "general", "",
"""Dzień dobry, w rezerwacji urodzin syna (sobota 16.11, sala Dżungla)
podałam stary numer telefonu. Proszę o zmianę na 692 555 018 i adres
e-mail beata.sikorska@example.pl. Dziękuję!"""),
("pl", "b152-rodo-kopia-danych-bieg", "Marcin Wojciechowski <marcin.wojciechowski@example.pl>", "Wniosek o dostęp do danych", "general", "",
"""Szanowni Państwo,

na podstawie art. 15 RODO proszę o przesłanie kopii moich danych
osobowych przetwarzanych w związku z moimi startami w biegach
organizowanych przez Państwa w latach 2019–2024 oraz informacji, komu
zostały udostępnione.

Z poważaniem
Marcin Wojciechowski"""),
("pl", "b152-sponsoring-festyn-salon-aut", "Auto-Gala Nowy Targ <marketing@autogala.example>", "Współpraca - festyn rodzinny", "general", "",
"""Dzień dobry,

jesteśmy salonem samochodowym z Nowego Targu. Chętnie zostalibyśmy
sponsorem Festynu Rodzinnego w Ludźmierzu – możemy ufundować nagrody w
konkursach dla dzieci i wystawić kilka aut. Z kim możemy porozmawiać o
szczegółach?

Pozdrawiam
Anna Gąsienica"""),
("pl", "b152-dostawa-tortu-wejscie-kuchenne", "Cukiernia Słodki Kącik <zamowienia@slodkikacik.example>", "Dostawa tortu - sobota", "general", "",
"""Dzień dobry, w sobotę o 15:00 przywozimy tort weselny (5 pięter) dla
państwa Zając. Czy możemy podjechać pod wejście kuchenne od strony
parkingu i czy ktoś z obsługi będzie, żeby wskazać chłodnię? Prosimy o
numer do osoby na miejscu.

Cukiernia Słodki Kącik"""),
("pl", "b152-konferencja-tlumacz-pjm", "Piotr Adamczyk <piotr.adamczyk@example.pl>", "Tłumaczenie na PJM", "general", "",
"""Dzień dobry, czy podczas Kongresu Samorządowego będzie tłumaczenie na
polski język migowy, przynajmniej na sesjach plenarnych? Jestem osobą
głuchą i chciałbym wiedzieć, zanim kupię bilet. Pozdrawiam, Piotr"""),
("pl", "b152-animator-przeklinal-wlasciciel", "Joanna Krawczyk <joanna.krawczyk@example.pl>", "Animator na urodzinach", "general", "high",
"""Dzien dobry,

na urodzinach mojego syna (7 lat) w sobote animator, ktorego
przyslaliscie, kilka razy przeklinal przy dzieciach, a w przerwie palil
e-papierosa w sali, gdzie byly dzieci. Zwrocilam mu uwage, to wzruszyl
ramionami. Kilkoro rodzicow bylo oburzonych.

Nie interesuja mnie przeprosiny od biura obslugi. Chce rozmawiac z
wlascicielem firmy. Prosze o telefon: 608 555 740.

Joanna Krawczyk"""),
("pl", "b152-dzien-dobry-szatnia-bieg", "Renata Górecka <renata.gorecka@example.pl>", "Dzień dobry", "general", "",
"""Dzień dobry, czy na Biegu Walentynkowym będzie depozyt na rzeczy? Jedziemy
prosto z pociągu z plecakami i nie wiem, gdzie je zostawić na czas
biegu. Dziękuję."""),
("pl", "b152-re-potwierdzenie-sali-balony-konfetti", "Leszek Mazurek <leszek.mazurek@example.pl>", "Re: Potwierdzenie rezerwacji sali - 50. urodziny", "general", "",
"""Dzień dobry,

dziękuję za potwierdzenie. Czy możemy sami przywieźć dekoracje – balony
z helem, girlandę i konfetti na stoły? I od której godziny w piątek
możemy wejść, żeby to rozwiesić?

Leszek

> Dzień dobry,
> potwierdzamy rezerwację Sali Kominkowej na sobotę 12.10,
> godz. 18:00-02:00, 60 osób, menu nr 3.
> Pozdrawiamy, Zespół Restauracji Pod Zegarem"""),
("pl", "b152-zgloszenia-wystawcow-termin", "Kazimierz Laskowski <kazimierz.laskowski@example.pl>", "Jarmark - zgłoszenia", "general", "",
"""Witam, do kiedy przyjmujecie zgloszenia wystawcow na tegoroczny Jarmark
Bozonarodzeniowy w Toruniu i gdzie jest formularz? Robie rzezby w
drewnie, w zeszlym roku nie zdazylem. Pozdrawiam, K. Laskowski"""),
]
