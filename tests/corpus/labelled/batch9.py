# batch9.py -- read by gen.py: labelled mails written AFTER the fifth round
# of the example rules (issue 15); their score is that round's honest figure.
M += [
# ---------------- English ----------------
("en", "iron-leaks-steam", "Carol Vine <carol.vine@example.com>", "Steam iron", "technical", "",
"""The steam iron spits brown water on the clothes and the temperature dial
is stuck on the lowest setting."""),
("en", "wrong-price-receipt", "Tony Marsh <tony.marsh@example.co.uk>", "Price on shelf", "billing", "",
"""The shelf said 24.99 for the lamp but I paid 29.99 at the till. Can I
have the difference back?"""),
("en", "store-manager-callback", "Gloria Hunt <gloria.hunt@example.com>", "Awful visit", "general", "high",
"""I waited 40 minutes at your collection point and the staff ignored me.
I'd like the store manager to ring me."""),
("en", "not-billing-sofa-colour", "Pete Lamb <pete.lamb@example.org>", "Sofa fabric", "general", "",
"""Nothing to do with payment - could you tell me if the grey sofa fabric
is the same shade as in the photos? The website looks darker."""),
("en", "hello-voucher", "Milly Shaw <milly.shaw@example.com>", "Hello", "billing", "",
"""Hello, I paid for a gift voucher by card last night but the money left
my account twice. Please refund one of them."""),
("en", "stop-meal-plan", "Jacob Ray <jacob.ray@example.net>", "Meal plan", "billing", "",
"""Please stop my weekly meal plan from next Monday and don't take any more
payments."""),
("en", "broadband-whole-street", "Harbour Cafe <info@harbourcafe.example>", "No internet", "technical", "high",
"""The broadband you supply has been down since 7am, we can't take card
payments or orders. Please send an engineer immediately."""),
("en", "thanks-fitter", "Agnes Rowe <agnes.rowe@example.com>", "Carpet fitter", "general", "",
"""The carpet fitter did a wonderful job, very neat work. Please thank
him for us."""),
("en", "tracking-wrong-city", "Nick Fox <nick.fox@example.com>", "Tracking", "general", "",
"""The tracking says my parcel is in Glasgow but I live in Bristol. Has it
been sent to the wrong place?"""),
("en", "game-console-hdmi", "Zack Bird <zack.bird@example.net>", "Console", "technical", "",
"""The console shows no signal on the TV through HDMI, but the TV works
fine with the cable box on the same port."""),
("en", "court-faulty-car-seat", "Laura Stone <laura.stone@example.co.uk>", "Car seat", "billing", "high",
"""The car seat buckle was faulty and you refused a refund. I'm taking this
to the small claims court unless you refund me in full."""),
("en", "invoice-po", "Finance <finance@oakwood.example>", "PO number", "billing", "",
"""Please add our purchase order number PO-7781 to invoice 3310 and send it
again, we can't pay it without."""),
# ---------------- Greek (and Greeklish) ----------------
("el", "sidero-atmou", "Καρολίνα Β. <karolina.v@example.gr>", "Σίδερο", "technical", "",
"""Το σίδερο ατμού πετάει καφέ νερά στα ρούχα και ο διακόπτης θερμοκρασίας
έχει κολλήσει στο χαμηλότερο."""),
("el", "gl-timh-rafi", "Tonis M. <tonis.m@example.gr>", "timh", "billing", "",
"""Sto rafi to fwtistiko elege 24,99 alla sto tameio plhrwsa 29,99.
Mporw na parw pisw th diafora?"""),
("el", "diefthyntis-katastimatos", "Γλυκερία Χ. <glykeria.x@example.gr>", "Απαράδεκτη εξυπηρέτηση", "general", "high",
"""Περίμενα 40 λεπτά στο σημείο παραλαβής και το προσωπικό με αγνοούσε.
Θέλω να με πάρει τηλέφωνο ο διευθυντής του καταστήματος."""),
("el", "oxi-plirwmi-xroma-kanape", "Πέτρος Λ. <petros.l@example.gr>", "Ύφασμα καναπέ", "general", "",
"""Δεν έχει να κάνει με πληρωμή: μπορείτε να μου πείτε αν το γκρι ύφασμα
του καναπέ είναι ίδια απόχρωση με τις φωτογραφίες;"""),
("el", "gl-dwroepitagh-dyo-fores", "Milia S. <milia.s@example.gr>", "Geia sas", "billing", "",
"""Geia sas, plhrwsa mia dwroepitagh me karta xthes to vrady alla ta lefta
fygane apo to logariasmo dyo fores. Epistrepste th mia."""),
("el", "stop-programma-geumatwn", "Ιάκωβος Ρ. <iakovos.r@example.gr>", "Πρόγραμμα γευμάτων", "billing", "",
"""Παρακαλώ σταματήστε το εβδομαδιαίο πρόγραμμα γευμάτων από την επόμενη
Δευτέρα και μην παίρνετε άλλες πληρωμές."""),
("el", "gl-internet-kafe", "Kafe Limani <info@kafelimani.example>", "Den exoume internet", "technical", "high",
"""To internet pou mas parexete exei pesei apo tis 7 to prwi, den
mporoume na paroume plhrwmes me karta. Steilte texniko amesws."""),
("el", "epainos-mokete", "Αγνή Ρ. <agni.r@example.gr>", "Μοκέτα", "general", "",
"""Ο τεχνικός που έστρωσε τη μοκέτα έκανε υπέροχη δουλειά, πολύ προσεγμένη.
Ευχαριστήστε τον εκ μέρους μας."""),
("el", "gl-tracking-lathos-poli", "Nikos F. <nikos.f@example.gr>", "tracking", "general", "",
"""To tracking leei oti to dema einai sth Larisa alla egw menw sta
Xania. Mhpws stalthke se lathos meros?"""),
("el", "konsola-hdmi", "Ζαχαρίας Π. <zacharias.p@example.gr>", "Κονσόλα", "technical", "",
"""Η κονσόλα δεν δίνει σήμα στην τηλεόραση μέσω HDMI, ενώ η τηλεόραση
δουλεύει κανονικά με άλλη συσκευή στην ίδια θύρα."""),
("el", "kathisma-dikastirio", "Λαύρα Σ. <lavra.s@example.gr>", "Παιδικό κάθισμα", "billing", "high",
"""Η πόρπη του παιδικού καθίσματος ήταν ελαττωματική και αρνηθήκατε την
επιστροφή χρημάτων. Θα πάω στα δικαστήρια αν δεν μου επιστρέψετε όλο το
ποσό."""),
("el", "timologio-arithmos-paraggelias", "Λογιστήριο <logistirio@oxia.example>", "Αριθμός εντολής", "billing", "",
"""Παρακαλώ προσθέστε τον αριθμό εντολής αγοράς PO-7781 στο τιμολόγιο 3310
και στείλτε το ξανά, δεν μπορούμε να το πληρώσουμε χωρίς αυτόν."""),
# ---------------- Spanish ----------------
("es", "plancha-vapor", "Carolina Vera <carolina.vera@example.es>", "Plancha", "technical", "",
"""La plancha de vapor suelta agua marrón en la ropa y el selector de
temperatura se ha quedado atascado en el mínimo."""),
("es", "precio-estanteria", "Toño Marcos <tono.marcos@example.es>", "Precio de la estantería", "billing", "",
"""En la estantería ponía 24,99 la lámpara pero en caja pagué 29,99. ¿Me
pueden devolver la diferencia?"""),
("es", "encargado-tienda-llamada", "Gloria Hurtado <gloria.h@example.es>", "Visita horrible", "general", "high",
"""Esperé 40 minutos en el punto de recogida y los empleados me ignoraron.
Quiero que me llame el encargado de la tienda."""),
("es", "no-pago-tela-sofa", "Pedro Lama <pedro.lama@example.es>", "Tela del sofá", "general", "",
"""No tiene nada que ver con el pago: ¿me pueden decir si la tela gris del
sofá es del mismo tono que en las fotos? En la web parece más oscura."""),
("es", "hola-bono-regalo", "Mila Sanz <mila.sanz@example.es>", "Hola", "billing", "",
"""Hola, anoche pagué un bono regalo con tarjeta pero el dinero salió de mi
cuenta dos veces. Devuélvanme uno de los dos cargos."""),
("es", "parar-plan-comidas", "Jacobo Ruiz <jacobo.ruiz@example.es>", "Plan de comidas", "billing", "",
"""Por favor, paren mi plan semanal de comidas a partir del lunes y no me
cobren más."""),
("es", "fibra-caida-bar", "Bar Puerto <info@barpuerto.example>", "Sin internet", "technical", "high",
"""La fibra que nos dan está caída desde las 7, no podemos cobrar con
tarjeta ni recibir pedidos. Manden un técnico inmediatamente."""),
("es", "gracias-moquetero", "Águeda Roca <agueda.roca@example.es>", "Moqueta", "general", "",
"""El instalador de la moqueta hizo un trabajo maravilloso, muy limpio.
Denle las gracias de nuestra parte."""),
("es", "seguimiento-ciudad-equivocada", "Nico Fuentes <nico.fuentes@example.es>", "Seguimiento", "general", "",
"""El seguimiento dice que mi paquete está en Bilbao pero yo vivo en
Cádiz. ¿Lo han mandado a otro sitio?"""),
("es", "consola-hdmi", "Zacarías Pino <zacarias.pino@example.es>", "Consola", "technical", "",
"""La consola no da señal en la tele por HDMI, pero la tele funciona bien
con el decodificador en el mismo puerto."""),
("es", "silla-coche-juicio", "Laura Piedra <laura.piedra@example.es>", "Silla de coche", "billing", "high",
"""El cierre de la silla de coche venía defectuoso y me negaron el
reembolso. Iré a los tribunales si no me devuelven el importe completo."""),
("es", "factura-pedido-compra", "Finanzas <finanzas@robledal.example>", "Número de pedido", "billing", "",
"""Añadan nuestro número de pedido de compra PO-7781 a la factura 3310 y
envíenla de nuevo, sin él no podemos pagarla."""),
# ---------------- Polish ----------------
("pl", "zelazko-parowe", "Karolina Wit <karolina.wit@example.pl>", "Żelazko", "technical", "",
"""Żelazko parowe pluje brązową wodą na ubrania, a pokrętło temperatury
zablokowało się na najniższym ustawieniu."""),
("pl", "cena-na-polce", "Antoni Marek <antoni.marek@example.pl>", "Cena na półce", "billing", "",
"""Na półce lampa kosztowała 99 zł, a przy kasie zapłaciłem 119 zł. Czy
mogę dostać różnicę z powrotem?"""),
("pl", "kierownik-sklepu-telefon", "Gloria Hetman <gloria.hetman@example.pl>", "Fatalna wizyta", "general", "high",
"""Czekałam 40 minut w punkcie odbioru, a obsługa mnie ignorowała. Chcę,
żeby zadzwonił do mnie kierownik sklepu."""),
("pl", "nie-platnosc-tkanina", "Piotr Jagnię <piotr.jagnie@example.pl>", "Tkanina sofy", "general", "",
"""To nie ma związku z płatnością: czy szara tkanina sofy ma ten sam
odcień co na zdjęciach? Na stronie wygląda ciemniej."""),
("pl", "czesc-bon", "Emilia Szach <emilia.szach@example.pl>", "Cześć", "billing", "",
"""Cześć, wczoraj wieczorem zapłaciłam kartą za bon podarunkowy, ale
pieniądze zeszły z konta dwa razy. Proszę zwrócić jedną płatność."""),
("pl", "stop-plan-posilkow", "Jakub Rej <jakub.rej@example.pl>", "Plan posiłków", "billing", "",
"""Proszę zatrzymać mój tygodniowy plan posiłków od przyszłego poniedziałku
i nie pobierać kolejnych opłat."""),
("pl", "internet-kawiarnia", "Kawiarnia Port <info@kawiarniaport.example>", "Brak internetu", "technical", "high",
"""Internet, który nam dostarczacie, nie działa od 7 rano, nie możemy
przyjmować płatności kartą ani zamówień. Proszę natychmiast wysłać
technika."""),
("pl", "dzieki-wykladzina", "Agnieszka Rola <agnieszka.rola@example.pl>", "Wykładzina", "general", "",
"""Pan, który kładł wykładzinę, wykonał wspaniałą pracę, bardzo starannie.
Proszę mu od nas podziękować."""),
("pl", "sledzenie-zle-miasto", "Mikołaj Lis <mikolaj.lis@example.pl>", "Śledzenie", "general", "",
"""Śledzenie pokazuje, że paczka jest w Gdańsku, a mieszkam w Rzeszowie.
Czy została wysłana w złe miejsce?"""),
("pl", "konsola-hdmi", "Zachariasz Pik <zachariasz.pik@example.pl>", "Konsola", "technical", "",
"""Konsola nie daje sygnału na telewizor przez HDMI, a telewizor działa
normalnie z dekoderem na tym samym porcie."""),
("pl", "fotelik-sad", "Laura Kamień <laura.kamien@example.pl>", "Fotelik", "billing", "high",
"""Zapięcie fotelika było wadliwe, a odmówiliście zwrotu pieniędzy. Jeśli
nie oddacie całej kwoty, sprawa pójdzie do sądu."""),
("pl", "faktura-numer-zamowienia", "Finanse <finanse@debowy.example>", "Numer zamówienia", "billing", "",
"""Proszę dopisać nasz numer zamówienia PO-7781 do faktury 3310 i wysłać ją
ponownie, bez niego nie możemy jej opłacić."""),
]
