# batch127.py -- labelled test mails held out of the tree until the rules
# it measures are final.  Nothing is to be tuned or trained on them.
# Drawn mostly from car businesses: car subscriptions, dashcams, car
# audio installers, window tinting, car detailing, parking sensor
# fitters, towing and recovery.  Covers the failure classes --
# escalation demands and legal threats that keep their topic,
# chargebacks, negations, subjects that say nothing or something else,
# replies quoting an earlier mail, paid plans ended or paused in unusual
# wording, business outages told only by their consequences, safety
# hazards told calmly, praise, payment questions -- and everyday mail of
# all three queues, 40 per language (en, el with Greeklish, es, pl).
# Same tuple format as batch12.py:
# (lang, slug, from, subject, queue, priority, body)
M += [
# ---------------- English ----------------
("en", "b127-en-sub-pause-licence", "Martin Hale <martin.hale@example.co.uk>", "Six months off the road", "billing", "",
"""Hello,

Slightly embarrassing one. I've had my licence taken off me for six
months (speeding, my own fault) so the Golf is going to sit on the drive
doing nothing until October. Is there any way to put the subscription
on hold for that time rather than paying 489 a month for a car I'm not
allowed to drive? I'm happy to carry on afterwards.

Martin Hale"""),
("en", "b127-en-husband-passed-sub", "Margaret Ellison <m.ellison@example.co.uk>", "My husband's account", "billing", "",
"""Dear Sir or Madam,

My husband Geoffrey passed away on the 3rd of this month. He had the
little blue car from you on a monthly arrangement, the account is in
his name. I do not drive myself and our son will bring the car back to
you whenever you tell him to.

Could you please stop the monthly payments from his account. I am sorry
if I have not put this in the right way, he always dealt with these
things.

Yours faithfully,
Margaret Ellison"""),
("en", "b127-en-tint-deposit-small-claims", "Declan Fry <declan.fry@example.co.uk>", "Deposit - booking TN-2291", "billing", "high",
"""I paid a 100 deposit to have the rear windows of my Qashqai tinted on
the 14th. I cancelled by email on the 9th, five days ahead, which your
own terms say gets a full refund of the deposit. That was seven weeks
ago. Three emails and two phone calls later I still have nothing.

If the 100 isn't back on my card within 14 days I will file a claim
through the small claims court for the deposit plus costs. I'd rather
not, but I will.

Declan Fry"""),
("en", "b127-en-tow-charged-twice", "Brandon Ruiz <bruiz@example.com>", "charged 2x", "billing", "",
"""hey, you guys towed my Civic from I-35 to the shop in Round Rock last
Thursday. Price was $185 which is fine but my Chase app shows two
charges of $185 the same day. Can you reverse one of them?

thanks
Brandon"""),
("en", "b127-en-dashcam-return-gift", "Kylie Brennan <kylie.brennan@example.com.au>", "Dash cam return", "billing", "",
"""Hi team,

My partner and I both bought each other the same dash cam for
Christmas, which is funny but we only need one! The one I bought from
you is still in the box with the plastic on. How do I send it back and
will I get the full $249 back or is there a fee?

Cheers,
Kylie"""),
("en", "b127-en-detailing-voucher-expired", "Siobhan Kavanagh <siobhan.kav@example.ie>", "Gift voucher", "billing", "",
"""Hi there,

My sister gave me one of your full valet vouchers (EUR 120) for my
birthday last year and I only noticed today it ran out on the 31st of
last month. Mortified. Is there any chance you'd extend it, or let me
put it towards a smaller job? I'm in Naas.

Thanks a million,
Siobhan"""),
("en", "b127-en-audio-install-chargeback", "Tyler Morgan <tmorgan88@example.com>", "Install cancelled twice - want my money", "billing", "high",
"""I prepaid $1,450 in full for the sub, amp and 4 speakers plus install
on my F-150 back in March. Your shop cancelled the install appointment
twice, the second time the morning of, after I took a day off work.
I've now had the whole system installed somewhere else.

I want the full $1,450 refunded. I have already opened a dispute with
Amex and sent them your emails. If you refund before they decide I'll
withdraw it.

Tyler Morgan"""),
("en", "b127-en-fleet-vat-invoices", "Accounts <accounts@hollisplumbing.example>", "Invoices for the vans", "billing", "",
"""Good morning,

You fitted rear parking sensors to six of our vans at the Leeds depot
last week. We were given one till receipt for the lot (1,074.00) but
our accountant needs a proper VAT invoice for each van, with the
registration on it, so they can go against the right vehicle.

Registrations: YK21 HBF, YK21 HBG, YK70 OPA, YK70 OPC, YJ19 XRT, YJ19 XRW.

Kind regards,
Sandra Hollis
Hollis Plumbing & Heating Ltd"""),
("en", "b127-en-tint-emi-options", "Rohit Menon <rohit.menon@example.in>", "Regarding payment option for sun film", "billing", "",
"""Dear Sir/Madam,

I am interested in the ceramic sun control film for my Hyundai Creta
which is showing Rs. 18,500 on your website for the full car. Kindly
inform whether EMI option is available on credit card and if any
processing charges will be levied. Also please confirm whether GST is
included in the above amount.

Thanks and regards,
Rohit Menon
Kochi"""),
("en", "b127-en-re-refund-detailing-short", "Jess Whitfield <jess.whitfield@example.co.uk>", "Re: Your refund", "billing", "",
"""Hi Amy,

Thanks, but that doesn't add up. I paid 189 for the Gold package and
the interior shampoo wasn't done because your machine was broken - you
said so on the day. The interior part is listed at 65 on your own
price list, not 30.

Jess

On Tue, 4 Jun, Amy <bookings@shinebros.example> wrote:
> Hi Jess,
> Sorry again about the interior. We have refunded 30.00 to your card
> as a goodwill gesture for the missed shampoo.
> Amy"""),
("en", "b127-en-recovery-mileage-supervisor", "Craig Dunstan <craig.dunstan@example.com.au>", "Invoice RC-88120 - wrong depot", "billing", "high",
"""I was quoted $320 on the phone for a tow from Gawler to my mechanic in
Elizabeth. The invoice that came through is $612 because apparently
the truck was sent out from your Murray Bridge yard and I've been
charged the kilometres from there. That's not my problem, your call
centre chose the truck.

I've already been round in circles with two people on the phone who
both said they "can't change invoices". I want this passed to a
supervisor or whoever can actually fix it.

Craig Dunstan"""),
("en", "b127-en-not-fault-price-drop", "Helen Ashworth <helen.ashworth@example.co.uk>", "Parking sensors", "billing", "",
"""Nothing wrong with the sensors at all, they work beautifully and the
fitter was lovely. It's just that you had them on offer at 179 fitted
four days after I paid 249. Do you do anything for customers who bought
just before a sale?

Helen"""),
("en", "b127-en-off-to-perth-club", "Aoife Nolan <aoife.nolan@example.ie>", "Shine Club", "billing", "",
"""Hi lads,

We're off to Perth for good at the end of the month (sold the car
yesterday, sad day), so I won't be needing the monthly wash club any
more. The EUR 29 comes out on the 1st - can you make sure August is the
last one?

It's been great, thanks for keeping the old Yaris looking half decent.

Aoife"""),
("en", "b127-en-sub-upgrade-cost", "Dev Chauhan <dev.chauhan@example.co.uk>", "Bigger car", "billing", "",
"""Hi, we've got twins on the way (!) and the Fiesta on my subscription
won't fit two car seats and a pram. If I switch to one of the estates
or a small SUV from next month, what does the monthly price go up to,
and is there a fee for swapping mid-term?

Dev"""),
("en", "b127-en-dashcam-card-error-no-refund", "Paul Greaves <paul.greaves@example.co.uk>", "Dash cam keeps saying card error", "technical", "",
"""I don't want a refund or a replacement, I just want the thing to
work. Every few days the dash cam beeps and says "SD card error, please
format". I format it, it's fine for a couple of days, then it's back.
It's the 64GB card that came in the box. Firmware is whatever it
shipped with. Is there an update, or is it the card?

Paul"""),
("en", "b127-en-sub-app-code-never-arrives", "Lauren Pike <lauren.pike@example.com>", "Can't get into my account", "technical", "",
"""The app asks for a 6-digit code every time I log in, and the text with
the code never comes. I've tried maybe ten times over two days. My
number is right because your delivery driver texted me on it. I need
to get in to book the service on the car."""),
("en", "b127-en-hello-sensors-beep", "Gary Firth <gary.firth@example.co.uk>", "Hello", "technical", "",
"""Hello

Had rear sensors fitted Saturday at your Doncaster place. Since then
they beep non stop when I'm in reverse even with nothing behind the
car, empty car park, still beeping like mad. Wife says it's the one on
the left as it goes quiet if you put your hand over it.

Gary"""),
("en", "b127-en-tint-bubbles-three-weeks", "Ciaran Doyle <ciaran.doyle@example.ie>", "Tint", "technical", "",
"""Hi, had the back windows done three weeks ago. Kept them closed the
first week like ye said. Now there's a rake of small bubbles on the
driver's side rear window and one bigger one near the top edge. The
passenger side is perfect. Is this something that settles or does it
need to be redone?

Ciaran"""),
("en", "b127-en-amp-hot-plastic-smell", "Robert Kinnear <rob.kinnear@example.co.uk>", "Amplifier under the seat", "technical", "high",
"""Good afternoon,

Probably nothing, but I thought I'd mention it. Since your chap fitted
the amplifier under the passenger seat last Tuesday, after a half-hour
drive the amp is too hot to keep your hand on, and my wife noticed a
faint smell like hot plastic yesterday. There's also a smell around
where the new cable goes through the floor.

I've pulled the fuse by the battery for now and we're not using the
system. When can someone look at it?

Robert Kinnear"""),
("en", "b127-en-taxi-dashcams-offline", "Ops <ops@citycabsnottingham.example>", "Cameras", "technical", "high",
"""Morning,

Since about 5am none of our cars will show as online in your camera
portal. Under our licence conditions the council requires the in-car
camera to be recording before a driver can take fares, so 38 drivers
have been sat at the rank or at home all morning. We're turning away
school runs and hospital appointments.

Can someone call me on 0115 496 0732 please.

Tony Bradshaw
Operations, City Cabs"""),
("en", "b127-en-sub-car-brake-pedal", "Angela Brooks <angela.brooks@example.com>", "The Camry", "technical", "high",
"""Hi,

The brake warning light on the subscription Camry came on this
morning, and on the way home the pedal felt softer than usual and went
further down before the car stopped. Nothing dramatic, I drove slowly.
I've parked it in the driveway and I'm not going to drive it until
someone checks it. Can you arrange for it to be looked at or swapped?

Angela Brooks
Columbus, OH"""),
("en", "b127-en-carshare-wont-unlock", "Nathan Cole <nathan.cole@example.com>", "Order 48811", "technical", "",
"""Picked up the subscription car yesterday from the Bristol hub. Today
the app says "vehicle not reachable" when I press unlock. Phone has
signal, Bluetooth is on, I've reinstalled the app. Used the spare key
to get in for now but the app's meant to be the key. Any ideas?"""),
("en", "b127-en-reversing-camera-flicker", "Shane Walsh <shane.walsh@example.com.au>", "reversing camera", "technical", "",
"""G'day, you put a reversing camera in my Hilux about a month back. Works
fine on the bitumen but as soon as I'm on a gravel road the picture
flickers and drops out, sometimes just goes blue. Reckon it's a loose
plug somewhere. Can I bring it in to the Toowoomba shop?

Shane"""),
("en", "b127-en-usb-charger-melted", "Priya Raghavan <priya.raghavan@example.in>", "Regarding car charger purchased", "technical", "high",
"""Dear Team,

I purchased the dual USB fast car charger (order 20466) from your
accessories store two weeks back. Yesterday while charging my phone on
highway the charger became very hot and there was burning smell in the
car. When I pulled it out the plastic near the tip had melted and the
socket fuse is blown. My 6 year old daughter was sitting in the front
seat.

Kindly take this seriously. Please advise how to send the item for
inspection, and I suggest other customers be warned.

Regards,
Priya Raghavan
Bengaluru"""),
("en", "b127-en-booking-page-error-not-billing", "Hannah Webb <hannah.webb@example.co.uk>", "Booking page broken", "technical", "",
"""Not a question about prices or payment, I'm happy to pay! The
booking page for the mini valet gets as far as "confirm your slot" and
then shows "Error 500 - something went wrong" every time. Tried phone
and laptop. Wanted Saturday morning at the Chester site."""),
("en", "b127-en-head-unit-bluetooth", "Suresh Iyer <suresh.iyer@example.in>", "Pairing issue with new stereo", "technical", "",
"""Hello,

The new touchscreen stereo fitted in my Baleno at your Andheri outlet
last Saturday is not pairing with my phone. It shows my phone in the
list but after entering PIN it says "connection failed". My wife's
phone is pairing without issue. I have already done restart of both
devices. Please do the needful.

Suresh Iyer"""),
("en", "b127-en-tint-peeling-trading-standards", "Lisa Carver <lisa.carver@example.co.uk>", "Rear windscreen tint - second time of asking", "technical", "high",
"""The tint on my rear windscreen is peeling away at the top corners and
has been since about a fortnight after you fitted it in April. Your
manager at the Swindon branch looked at it and said it was "the heated
element lines" and not your problem. Every other window is fine.

I'm not after my money back, I want it done properly. If you won't put
it right I will be reporting this to Trading Standards, and I have
photos from the day after fitting showing it was already lifting.

Lisa Carver"""),
("en", "b127-en-urgent-saturday-hours", "Debbie Shaw <debbie.shaw@example.co.uk>", "URGENT!!!", "general", "",
"""Hi are you open this Saturday and what time do you shut?? Need the car
cleaned before my daughter's wedding, its an absolute state!!

Debbie"""),
("en", "b127-en-praise-kieran-detail", "Jordan Blake <jordan.blake@example.com>", "Kieran", "general", "",
"""Just wanted to say the detail Kieran did on my Mustang on Friday was
insane. The paint looks better than the day I bought it, the wheels
actually look black again and he even got the sand out of the trunk
carpet from last summer. Absolutely killed it. Please pass it on to
him and his boss.

Jordan"""),
("en", "b127-en-lost-sunglasses-waiting", "Fiona Grant <fiona.grant@example.co.uk>", "Sunglasses", "general", "",
"""Hello, I think I left my sunglasses (black Ray-Bans in a brown case)
in your waiting room in Perth on Wednesday while the sensors were being
fitted. If they've turned up could you keep them aside? I can collect
on Monday.

Fiona Grant"""),
("en", "b127-en-tow-driver-swore-manager", "Rachel Dunne <rachel.dunne@example.co.uk>", "Your driver on Sunday night", "general", "high",
"""On Sunday night my mother, who is 79, broke down on the A46 near
Lincoln and your recovery driver came out to her. She was frightened
and asked if she could sit in the cab, and he swore at her, told her to
"stop fussing" and made her wait outside in the rain while he loaded
the car. She was in tears when she rang me.

I want a manager to call me about this, not an email. My number is
07700 900518.

Rachel Dunne"""),
("en", "b127-en-new-address-sub-docs", "Ben Sutcliffe <ben.sutcliffe@example.co.uk>", "Change of address", "general", "",
"""Hi, I've moved house. Please update the address on my car subscription
to 22 Kestrel Close, Harrogate HG2 7QP so the renewal documents and
the new parking permit letter come here. Payment details stay the
same.

Thanks, Ben"""),
("en", "b127-en-what-data-dashcam-keeps", "Owen Lloyd <owen.lloyd@example.co.uk>", "Data", "general", "",
"""Hello,

I have one of your connected dash cams with the cloud plan. Could you
tell me what you keep about me - location history, the video clips,
how long for - and send me a copy of whatever you hold under my
account? Email is fine.

Regards,
Owen Lloyd"""),
("en", "b127-en-data-request-ico", "Sian Pritchard <sian.pritchard@example.co.uk>", "Subject access request - 2 months overdue", "general", "high",
"""On 2 April I made a subject access request for all personal data you
hold on me, including GPS data from the subscription car I had from
you last year. You acknowledged it on 3 April. It is now 5 June and I
have received nothing.

You had one month. If I don't have the data within seven days I will
be making a complaint to the Information Commissioner's Office.

Sian Pritchard"""),
("en", "b127-en-car-club-show-sponsor", "Mark Holloway <secretary@fensmotorclub.example>", "Fens Motor Club summer show", "general", "",
"""Hello,

I'm the secretary of the Fens Motor Club. We run a summer show at
Wisbech every August, around 300 cars and 2,000 visitors. We wondered
if your detailing team would like to sponsor the "Best in Show" award
or have a stand on the day. Happy to send last year's programme.

Best wishes,
Mark Holloway"""),
("en", "b127-en-oil-on-waiting-floor", "Greg Ambrose <greg.ambrose@example.co.uk>", "Waiting area at Stockport", "general", "high",
"""Just to let you know, while I was waiting for my tint job at the
Stockport unit this morning there was a patch of oil on the floor
between the workshop door and the coffee machine, right where people
walk. An older gentleman went over on it and only just caught himself
on the counter. Nobody had put a sign or anything down, and it was
still there when I left an hour later.

Greg"""),
("en", "b127-en-mobile-valet-gate-code", "Claire Dixon <claire.dixon@example.co.uk>", "Tomorrow's mobile valet", "general", "",
"""Hi, for tomorrow's 10am mobile valet - I'll be at work. The car is the
grey Octavia on the drive, keys are in the key safe by the back door,
code 2580. Please use the outside tap on the side wall, and mind the
cat, she'll try to get in the car.

Claire"""),
("en", "b127-en-question-tint-legal-vic", "Matt Kowalski <matt.k@example.com.au>", "Question", "general", "",
"""Quick one - what's the darkest tint that's legal on the front side
windows in Victoria? Don't want to get pinged by the cops. Thinking
about getting it done but want to know before I book."""),
("en", "b127-en-re-fitting-son-brings-car", "Patricia Moore <pat.moore@example.co.uk>", "Re: Your booking on 18 July", "general", "",
"""Thank you. My son Daniel will be bringing the car in for me as I
don't drive on motorways any more. Is that all right, and does he need
to bring anything?

Patricia Moore

> Dear Mrs Moore,
> Your booking for front and rear parking sensors is confirmed for
> Thursday 18 July at 9.00 at our Warrington centre. Please allow
> around three hours.
> Kind regards, the Bookings Team"""),
("en", "b127-en-thanks-recovery-kids", "Emily Rhodes <emily.rhodes@example.com>", "Not a complaint!", "general", "",
"""Not a complaint for once! Our car died on the M6 at 11pm on Friday with
the two kids asleep in the back. Your driver, Wayne I think, was there
in 40 minutes, kept the kids giggling the whole time and got us all
home to Preston. Just wanted someone to know how brilliant he was.

Emily Rhodes"""),
# ---------------- Greek (and Greeklish) ----------------
("el", "b127-el-gl-germania-syndromi", "Kostas Lymperis <kostas.lymperis@example.gr>", "Syndromh aftokinhtou", "billing", "",
"""Kalhspera sas,

Fevgw Germania gia douleia apo 1 Septemvriou kai 8a meinw toulaxiston
ena xrono, opote to Corolla ths syndromhs den 8a to xreiastw allo. Pws
to kleinoume? 8elw na mhn parw allh xrewsh twn 420e meta ton Avgousto.
To amaxi mporw na to ferw sto Marousi opoia mera pate.

Eyxaristw,
Kwstas Lymperis"""),
("el", "b127-el-skylos-paketo-trixes", "Ελισάβετ Ζαχαρίου <elisavet.z@example.gr>", "Πακέτο κατοικιδίου", "billing", "",
"""Καλημέρα σας,

Εδώ και δύο χρόνια είχα το μηνιαίο πακέτο καθαρισμού σαλονιού «για
κατοικίδια», για τις τρίχες του σκύλου μας. Ο Ρεξ έφυγε την περασμένη
εβδομάδα, ήταν 14 χρονών. Δεν θα χρειαστώ πια το πακέτο, οπότε σας
παρακαλώ να σταματήσει η μηνιαία χρέωση των 35€.

Ευχαριστώ για όλα αυτά τα χρόνια, ο Παναγιώτης σας τον αγαπούσε πολύ.

Ελισάβετ"""),
("el", "b127-el-timologio-fime-afm", "Λογιστήριο <logistirio@karras-metafores.example>", "Τιμολόγιο για φιμέ", "billing", "",
"""Καλησπέρα,

Την Πέμπτη κάνατε φιμέ στα δύο φορτηγάκια μας (ΚΗΗ-4512 και
ΚΗΟ-2280) στο κατάστημα της Πυλαίας και ο οδηγός πήρε απόδειξη
λιανικής των 380€. Χρειαζόμαστε τιμολόγιο στα στοιχεία της εταιρείας:

ΚΑΡΡΑΣ ΜΕΤΑΦΟΡΙΚΗ ΜΟΝΟΠΡΟΣΩΠΗ ΙΚΕ
ΑΦΜ 802345671, ΔΟΥ Καλαμαριάς
Εγνατίας 112, Θεσσαλονίκη

Ευχαριστούμε,
Βάσω Καρρά"""),
("el", "b127-el-doseis-ixosystima", "Άρης Παπαδάκης <aris.papadakis@example.gr>", "Πληρωμή με δόσεις", "billing", "",
"""Γεια σας, ενδιαφέρομαι για το πακέτο ηχοσυστήματος (οθόνη, 4 ηχεία,
ενισχυτής) με τοποθέτηση, που βγαίνει 1.280€. Γίνεται να το πληρώσω σε
άτοκες δόσεις με πιστωτική; Αν ναι, σε πόσες και με ποιες τράπεζες;
Επίσης, θέλετε προκαταβολή για να κλείσω ραντεβού;

Άρης"""),
("el", "b127-el-diplh-xreosi-odiki-amfisvitisi", "Χαράλαμπος Μπούρας <ch.bouras@example.gr>", "Ανανέωση οδικής βοήθειας", "billing", "high",
"""Κύριοι,

Στις 2 του μήνα ανανεώθηκε η ετήσια συνδρομή μου στην οδική βοήθεια και
με χρεώσατε 89€ δύο φορές στην ίδια κάρτα, με διαφορά ενός λεπτού. Το
έχω αναφέρει τηλεφωνικά στις 5 και στις 12, και τις δύο φορές μου
είπαν ότι «θα το δει το λογιστήριο».

Αν δεν επιστραφούν τα 89€ μέχρι την Παρασκευή, θα κάνω αμφισβήτηση της
χρέωσης στην τράπεζα και θα την ακυρώσουν αυτοί.

Χ. Μπούρας"""),
("el", "b127-el-gl-allagi-kameras-piso", "Vaggelis T. <vaggelis.t@example.gr>", "allagh kameras", "billing", "",
"""Geia, phra thn kamera tamplo me ton kwdiko DC-200 prin 5 meres apo to
eshop. Den 8elw ta lefta pisw, 8elw na thn allaksw me to DC-220 pou exei
kai pisw kamera, giati telika to 8elw kai gia to parkarisma. Einai
akomh sto kouti, den thn anoiksa kan. Poso einai h diafora kai pws
ginetai h allagh?

Vaggelis"""),
("el", "b127-el-keramiki-ekptosi-ypefthynos", "Σταύρος Αλεξίου <stavros.alexiou@example.gr>", "Κεραμική επίστρωση - έκπτωση που δεν έγινε", "billing", "high",
"""Καλησπέρα,

Στις αρχές Μαΐου έκλεισα κεραμική επίστρωση στο κατάστημα του Χαλανδρίου
με την προσφορά -20% που είχατε στο Instagram. Ο υπάλληλος μου το
επιβεβαίωσε και γραπτώς σε μήνυμα. Την ημέρα της παράδοσης πλήρωσα
450€, δηλαδή την πλήρη τιμή, γιατί «το σύστημα δεν έβγαζε την
έκπτωση» και θα μου επέστρεφαν τα 90€ «σε λίγες μέρες».

Έχει περάσει ένας μήνας. Δεν θέλω να ξαναμιλήσω με το κατάστημα. Θέλω
να επικοινωνήσει μαζί μου ο υπεύθυνος της εταιρείας.

Σταύρος Αλεξίου
697 000 4521"""),
("el", "b127-el-eggyisi-syndromis-synigoros", "Ευτυχία Ραφαηλίδου <eftychia.raf@example.gr>", "Εγγύηση 600€ - σύμβαση ΣΥΝ-10772", "billing", "high",
"""Αξιότιμοι κύριοι,

Επέστρεψα το αυτοκίνητο της συνδρομής μου στις 28 Μαρτίου, χωρίς καμία
ζημιά, όπως φαίνεται και στο πρωτόκολλο παράδοσης που υπέγραψε ο
υπάλληλός σας. Σύμφωνα με τη σύμβαση, η εγγύηση των 600€ επιστρέφεται
εντός 30 ημερών. Έχουν περάσει δύο μήνες.

Σας ενημερώνω ότι αν δεν επιστραφεί το ποσό εντός δέκα ημερών, θα
υποβάλω αναφορά στον Συνήγορο του Καταναλωτή και στη Γενική Γραμματεία
Εμπορίου.

Με εκτίμηση,
Ευτυχία Ραφαηλίδου"""),
("el", "b127-el-re-prosfora-aisthitires-fpa", "Μιχάλης Δούκας <michalis.doukas@example.gr>", "Re: Προσφορά για αισθητήρες στάθμευσης", "billing", "",
"""Ευχαριστώ για την προσφορά. Τα 210€ είναι με ΦΠΑ ή χωρίς; Και αν
βάλω και μπροστά αισθητήρες μαζί, υπάρχει κάποια καλύτερη τιμή;

Μιχάλης

> Καλησπέρα κ. Δούκα,
> Για το Peugeot 308 του 2019 η τοποθέτηση 4 πίσω αισθητήρων
> στο χρώμα του αυτοκινήτου κοστίζει 210€. Η εργασία διαρκεί
> περίπου 3 ώρες.
> Με εκτίμηση, Τμήμα Πωλήσεων"""),
("el", "b127-el-dyo-dorokartes-mazi", "Γιωργος Καλφας <g.kalfas@example.gr>", "δωροκαρτες", "billing", "",
"""Καλησπερα. Μου χαρισαν δυο δωροκαρτες σας, μια των 50 και μια των 30
ευρω. Μπορω να τις χρησιμοποιησω μαζι για το πληρες πλυσιμο με
γυαλισμα που κανει 95 και να δωσω τα υπολοιπα μετρητα;"""),
("el", "b127-el-gl-vasiko-paketo", "Dimitris Andreou <d.andreou@example.gr>", "Allagh paketou", "billing", "",
"""Kalhmera. Exw to "Premium" paketo sth syndromh me thn mikth asfaleia
kai ta dwrean elastika. Phra kai deutero amaxi kai to pame ligotero
auto, opote den mou xreiazetai. 8elw na paw sto "Basic" apo ton epomeno
mhna. Poso 8a pefthei h dosh?

Dhmhtrhs"""),
("el", "b127-el-foititis-pafsi-kalokairi", "Νεφέλη Σταματοπούλου <nefeli.stam@example.gr>", "Καλοκαίρι", "billing", "",
"""Γεια σας! Είμαι φοιτήτρια στην Πάτρα και έχω το μικρό αυτοκίνητο από
τη συνδρομή για φοιτητές. Τον Ιούλιο και τον Αύγουστο θα είμαι στο χωριό
στη Νάξο και εκεί θα οδηγώ του παππού μου. Μπορώ να «παγώσω» τη
συνδρομή αυτούς τους δύο μήνες και να το αφήσω σε εσάς;

Νεφέλη"""),
("el", "b127-el-gl-xreosi-karta-odikis", "Spyros Xatzis <spyros.xatzis@example.gr>", "15 euro???", "billing", "",
"""Geia sas, mou hr8e xrewsh 15 euro gia "ekdosh neas kartas melous"
sthn odikh voh8eia. Egw den zhthsa kamia nea karta, h palia einai mia
xara sto portofoli mou. Ti einai auth h xrewsh?"""),
("el", "b127-el-oxi-texniko-iris", "Παρασκευή Λιάπη <p.liapi@example.gr>", "Κάμερα αυτοκινήτου", "billing", "",
"""Καλησπέρα, δεν έχω κάποιο πρόβλημα με την κάμερα, δουλεύει τέλεια!
Θέλω να παραγγείλω άλλη μία για το αυτοκίνητο του άντρα μου και
ήθελα να ρωτήσω αν μπορώ να πληρώσω με IRIS από το κινητό ή μόνο με
κάρτα και αντικαταβολή.

Ευχαριστώ,
Βούλα"""),
("el", "b127-el-gl-kamera-nyxta-arxeia", "Thanos P. <thanos.p@example.gr>", "Kamera tamplo", "technical", "",
"""Kalhspera, h kamera tamplo grafei kanonika thn hmera alla ta arxeia
apo to bradu einai ola 0 KB kai den anoigoun. Xthes gyrizontas apo
Thessaloniki grapse 2 wres kai den exw tipota. Ekana format thn karta,
idio. Ti na kanw?"""),
("el", "b127-el-aisthitires-vroxi", "Ιωάννα Κουκουλάκη <ioanna.koukoulaki@example.gr>", "Αισθητήρες", "technical", "",
"""Καλημέρα,

Οι πίσω αισθητήρες που μου βάλατε τον Φεβρουάριο δουλεύουν κανονικά
όταν έχει καλό καιρό, αλλά μόλις βρέξει σωπαίνουν τελείως. Χθες με τη
βροχή κόντεψα να ακουμπήσω την κολόνα στο υπόγειο πάρκινγκ. Μήπως
μπαίνει νερό κάπου;

Ιωάννα Κ.
Χανιά"""),
("el", "b127-el-kapnos-taplo-meta-egkatastasi", "Λεωνίδας Σιδέρης <leonidas.sideris@example.gr>", "Μετά την τοποθέτηση της οθόνης", "technical", "high",
"""Καλησπέρα σας,

Σήμερα το μεσημέρι μου τοποθετήσατε την οθόνη Android στο Corsa. Στη
διαδρομή για το σπίτι, μετά από κάνα εικοσάλεπτο, είδα λίγο καπνό να
βγαίνει από τη σχισμή κάτω από την οθόνη και μύριζε καμένο. Σταμάτησα,
έσβησα τη μηχανή και αποσύνδεσα τον πόλο της μπαταρίας. Το αυτοκίνητο
είναι παρκαρισμένο έξω από το σπίτι μου στο Περιστέρι και δεν θα το
ξαναβάλω μπρος μέχρι να το δείτε.

Πότε μπορεί να έρθει κάποιος;

Λεωνίδας Σιδέρης"""),
("el", "b127-el-gl-efarmogi-odikis-kleinei", "Marina K. <marina.k@example.gr>", "H efarmogh", "technical", "",
"""H efarmogh ths odikhs voh8eias kleinei monh ths molis pathsw "Syndesh".
Thn esvhsa kai thn ekana pali egkatastash, tipota. iPhone 12 me thn
teleutaia ekdosh iOS. Thelw na exw thn karta mou sto kinhto gia ta
taksidia tou kalokairiou."""),
("el", "b127-el-sxoli-odigon-kleidia-app", "Σχολή Οδηγών Πετρίδη <info@sxoli-petridi.example>", "Αυτοκίνητα εκπαίδευσης", "technical", "high",
"""Καλημέρα,

Από τις 7 το πρωί κανένα από τα πέντε αυτοκίνητα που έχουμε με
συνδρομή από εσάς δεν ανοίγει από την εφαρμογή, βγάζει «σφάλμα
διακομιστή». Φυσικά κλειδιά δεν έχουμε, γιατί έτσι είναι το πακέτο σας.
Έχουμε ήδη ακυρώσει 12 μαθήματα και στις 11 έχουμε δύο μαθητές για
εξετάσεις στο Υπουργείο που περιμένουν αυτοκίνητο.

Παρακαλώ πάρτε μας τηλέφωνο στο 2310 000 456.

Νίκος Πετρίδης"""),
("el", "b127-el-fime-antistasi-piso", "Τάσος Βλαχογιάννης <tasos.vlachogiannis@example.gr>", "Πίσω τζάμι", "technical", "",
"""Καλησπέρα. Από τότε που κάνατε φιμέ το πίσω παρμπρίζ, η αντίσταση δεν
ξεθολώνει το τζάμι. Πριν δούλευε μια χαρά. Οι γραμμές φαίνονται
κανονικά από μέσα. Μήπως κόπηκε κάποια κατά την τοποθέτηση;

Τάσος"""),
("el", "b127-el-syndromi-check-engine", "Ανδρέας Καραγιάννης <a.karagiannis@example.gr>", "Λαμπάκι στο καντράν", "technical", "",
"""Καλησπέρα,

Στο Fiat 500 της συνδρομής άναψε σήμερα το κίτρινο λαμπάκι του
κινητήρα. Το αυτοκίνητο πάει κανονικά, δεν κάνει κάποιον περίεργο
θόρυβο. Να το φέρω κάπου για έλεγχο ή να περιμένω το σέρβις του
Ιουλίου;

Ανδρέας"""),
("el", "b127-el-gl-mpataria-fouskose", "Eleni Mavridou <eleni.mavridou@example.gr>", "kamera", "technical", "high",
"""Kalhmera. Prosexa shmera oti h kamera tamplo pou phra apo esas ton
Dekemvrio exei fouskwsei apo pisw, to kapaki exei anoiksei ligo kai
fainetai h mpataria fouskwmenh. To amaxi htan olh mera ston hlio sth
douleia. Thn evgala kai thn afhsa sto mpalkoni panw se plakaki. Ti
prepei na kanw, kai einai epikindyno?

Elenh"""),
("el", "b127-el-kodikos-link-lixi", "Στελιος Μανωλακης <stelios.manolakis@example.gr>", "επαναφορα κωδικου", "technical", "",
"""Καλημερα, παταω "ξεχασα τον κωδικο" στο eshop σας, μου ερχεται το
email, αλλα οταν πατησω τον συνδεσμο λεει "ο συνδεσμος εχει ληξει",
ακομα κι αν το ανοιξω αμεσως. Το εκανα τρεις φορες."""),
("el", "b127-el-den-thelo-lefta-vouitos", "Πέτρος Γαλάνης <petros.galanis@example.gr>", "Subwoofer", "technical", "",
"""Να το ξεκαθαρίσω από την αρχή: δεν θέλω επιστροφή χρημάτων, το
σύστημα ακούγεται φανταστικά. Το μόνο πρόβλημα είναι ότι όταν πάρει
μπρος η μηχανή, το subwoofer βγάζει ένα βουητό που ανεβαίνει και
κατεβαίνει μαζί με τις στροφές. Με σβηστή μηχανή δεν το κάνει. Ο
τεχνικός στο Ηράκλειο είπε «ίσως γείωση». Πότε μπορώ να περάσω;

Πέτρος"""),
("el", "b127-el-kamera-wifi-syndesi", "Αθηνά Δημοπούλου <athina.dimopoulou@example.gr>", "Σύνδεση με κινητό", "technical", "",
"""Καλησπέρα, προσπαθώ να συνδέσω την κάμερα με την εφαρμογή στο κινητό
μέσω wifi για να κατεβάσω ένα βίντεο, αλλά ζητάει κωδικό και ο
«12345678» που γράφει το εγχειρίδιο δεν τον δέχεται. Ποιος είναι ο
σωστός;

Αθηνά"""),
("el", "b127-el-gl-spinthires-priza", "Giorgos Fotiou <giorgos.fotiou@example.gr>", "Priza 12V", "technical", "high",
"""Kalhspera. Thn Triti o texnikos sas evale mia deuterh priza 12V sto
portbagkaz tou Doblo gia to psygeiaki. Shmera molis evala to fis tou
psygeiou petaxthkan spin8hres apo thn priza kai mirise kammeno
plastiko. Evgala to fis kai den to ksanakoumphsa. Ta kalwdia
pisw apo thn epenthsh einai zesta. Mporei na to dei kapoios?

Giwrgos"""),
("el", "b127-el-aisthitires-tris-fores-dikigoros", "Κωνσταντίνα Λαμπράκη <k.lamprakh@example.gr>", "Τρίτη φορά στο συνεργείο σας", "technical", "high",
"""Κύριοι,

Τους μπροστινούς αισθητήρες στο Tucson μου τους τοποθετήσατε τον
Μάρτιο και από τότε δεν έχουν δουλέψει σωστά ούτε μία εβδομάδα:
χτυπάνε χωρίς λόγο ή δεν χτυπάνε καθόλου. Έχω φέρει το αυτοκίνητο
τρεις φορές και κάθε φορά «ρυθμίζεται».

Δεν δέχομαι τέταρτη «ρύθμιση». Θέλω να αντικατασταθούν με καινούργιους
ή να μου πείτε τι άλλο θα γίνει. Έχω ήδη μιλήσει με τη δικηγόρο μου
και αν δεν λυθεί μέσα στον μήνα θα προχωρήσουμε νομικά.

Κωνσταντίνα Λαμπράκη"""),
("el", "b127-el-orario-agiou-pnevmatos", "Ρένα Μουρατίδη <rena.mouratidi@example.gr>", "Δευτέρα του Αγίου Πνεύματος", "general", "",
"""Καλησπέρα, το πλυντήριο στη Λάρισα θα είναι ανοιχτό τη Δευτέρα του
Αγίου Πνεύματος; Αν ναι, τι ώρα;"""),
("el", "b127-el-gl-epainos-stelios", "Nikolas Z. <nikolas.z@example.gr>", "Stelios", "general", "",
"""Re paidia, o Stelios sto plysimo sthn Ano Glyfada einai TERAS. To
amaxi vghke fwtia, ta zantolasixa lampoun, mou ekopse ta podia. Kai
mou ekshghse kai ti na kanw me to kerh. Pes tou na synexisei etsi!

Nikolas"""),
("el", "b127-el-kleidia-spitiou-xechastikan", "Φωτεινή Ανδρικοπούλου <foteini.andr@example.gr>", "Ξεχάσαμε κλειδιά", "general", "",
"""Καλησπέρα σας,

Ο σύζυγός μου έφερε το αυτοκίνητο για φιμέ στο κατάστημα της Γλυφάδας
σήμερα το πρωί και, απ' ό,τι φαίνεται, ξέχασε στον πάγκο της υποδοχής
τα κλειδιά του σπιτιού (μπρελόκ με ένα μικρό σκυλάκι). Αν τα βρήκατε,
μπορείτε να τα κρατήσετε να περάσει αύριο;

Ευχαριστώ πολύ,
Φωτεινή"""),
("el", "b127-el-gl-gerano-fonaze-ypeuthinos", "Katerina Roussou <katerina.roussou@example.gr>", "O odhgos tou gyranou", "general", "high",
"""Kalhspera,

Xthes to vrady emeina me to amaxi sthn E.O. Athinwn-Lamias me thn kori
mou 6 xronwn. O odhgos tou gyranou pou hr8e htan apo thn prwth stigmh
agenestatos, fwnaze oti "ton kaname na er8ei tetoia wra", kapnize mesa
sthn kampina me to paidi dipla kai mou milage san na htan dikh mou h
vlavh.

8elw na milhsw me ton ypeuthyno ths yphresias, oxi me to thlefwniko
kentro. To thlefwno mou einai 694 000 7733.

Katerina Roussou"""),
("el", "b127-el-allagi-kinitou-syndromi", "Σωτήρης Νικολαΐδης <sotiris.nikolaidis@example.gr>", "Αλλαγή τηλεφώνου", "general", "",
"""Καλημέρα, άλλαξα αριθμό κινητού. Παρακαλώ ενημερώστε τον λογαριασμό
μου στη συνδρομή αυτοκινήτου (αρ. πελάτη 55018) με το νέο νούμερο
6970 001 884, για να μου έρχονται τα μηνύματα για σέρβις κλπ.

Σωτήρης Νικολαΐδης"""),
("el", "b127-el-gl-diagrafi-stoixeion", "Apostolis M. <apostolis.m@example.gr>", "Diagrafh", "general", "",
"""Kalhspera. Den eimai pleon pelaths sas edw kai 2 xronia. Parakalw na
diagrapsete ola ta stoixeia mou apo ta arxeia sas kai na mhn mou
ksanasteilete newsletter h sms. Steilte mou mia epivevaiwsh otan
ginei.

Apostolhs Markou"""),
("el", "b127-el-syllogos-klasikon-xorigia", "Λέσχη Κλασικού Αυτοκινήτου Θεσσαλίας <lesxi@klasika-thessalias.example>", "Έκθεση κλασικών αυτοκινήτων - Σεπτέμβριος", "general", "",
"""Αγαπητοί κύριοι,

Η Λέσχη μας διοργανώνει στις 21 Σεπτεμβρίου την 8η έκθεση κλασικών
αυτοκινήτων στην κεντρική πλατεία της Λάρισας, με περίπου 120
αυτοκίνητα. Θα σας ενδιέφερε να συμμετάσχετε ως χορηγός ή να στήσετε
περίπτερο με επίδειξη περιποίησης αυτοκινήτου;

Με εκτίμηση,
Απόστολος Γκούμας
Πρόεδρος"""),
("el", "b127-el-spasmeno-skalopati-katastima", "Ευάγγελος Τσιρίγος <vangelis.tsirigos@example.gr>", "Σκαλοπάτι στην είσοδο", "general", "high",
"""Καλησπέρα,

Για να το ξέρετε: στο κατάστημα αξεσουάρ στην Πατησίων, το δεύτερο
σκαλοπάτι της εισόδου έχει σπάσει στην άκρη και κουνιέται το μάρμαρο.
Σήμερα μια κυρία με μπαστούνι σκόνταψε εκεί και την πιάσαμε την
τελευταία στιγμή. Δεν έχει καμία σήμανση. Καλό θα ήταν να το
φτιάξετε πριν πέσει κάποιος.

Βαγγέλης Τσιρίγος"""),
("el", "b127-el-erotisi-palia-mercedes", "Χρηστος Ζερβος <christos.zervos@example.gr>", "Ερωτηση", "general", "",
"""Καλησπερα. Βαζετε αισθητηρες παρκαρισματος και σε παλια αυτοκινητα;
Εχω μια Mercedes W124 του 1993 με μεταλλικους προφυλακτηρες. Γινεται
ή δεν εχει νοημα;"""),
("el", "b127-el-gl-paketo-periptero", "Maria Kalogeropoulou <maria.kalog@example.gr>", "Paraggelia 30981", "general", "",
"""Geia sas, gia thn paraggelia 30981 (hxeia aftokinhtou) - 8a leipw
apo to spiti Tetarth kai Pempth. Ean er8ei o courier, parakalw na to
afhsei sto periptero sth gwnia (Kyrou & Agiou Dhmhtriou), tous exw
enhmerwsei.

Maria"""),
("el", "b127-el-re-rantevou-anamoni-wifi", "Όλγα Τριανταφύλλου <olga.triantafyllou@example.gr>", "Re: Επιβεβαίωση ραντεβού", "general", "",
"""Ευχαριστώ! Μπορώ να περιμένω εκεί όσο γίνεται η δουλειά; Αν ναι,
υπάρχει wifi; Θα φέρω το λάπτοπ να δουλέψω.

Όλγα

> Αγαπητή κα Τριανταφύλλου,
> Το ραντεβού σας για πλήρη εσωτερικό καθαρισμό επιβεβαιώνεται για
> την Τετάρτη 12/6 στις 10:00, στο κατάστημα του Αμαρουσίου.
> Η εργασία διαρκεί περίπου 4 ώρες."""),
("el", "b127-el-gl-efxaristo-odiki-pappous", "Vasilis Kyriakou <vasilis.kyriakou@example.gr>", "Eyxaristhrio", "general", "",
"""Kalhmera sas. Eimai 76 xronwn kai thn Kyriakh emeina me lasticho
ekso apo to Aigio. O nearos sas o Panagiwths hr8e se mish wra, mou
allakse to lastixo, kai epeidh eixa zalisei apo th zesth mou edwse kai
ena nero. Na ton exete kala. Eyxaristw polu.

Vasilhs Kyriakou"""),
("el", "b127-el-aitisi-ergasias-fime", "Θοδωρής Μελάς <thodoris.melas@example.gr>", "Βιογραφικό", "general", "",
"""Καλησπέρα σας,

Έχω 6 χρόνια εμπειρία στην τοποθέτηση μεμβρανών φιμέ και PPF σε
συνεργείο στην Κόρινθο και μετακομίζω στην Αθήνα τον Σεπτέμβριο.
Ψάχνετε τεχνικό; Επισυνάπτω το βιογραφικό μου.

Με εκτίμηση,
Θοδωρής Μελάς"""),
# ---------------- Spanish ----------------
("es", "b127-es-coche-empresa-baja", "Alberto Sanz <alberto.sanz@example.es>", "Suscripción", "billing", "",
"""Buenas tardes:

Desde el lunes la empresa me pone coche, así que el León que tengo con
vosotros por suscripción va a estar muerto de risa en el garaje. Quiero
darlo de baja a final de mes y que no me paséis más los 399 €. ¿Dónde
lo devuelvo y qué papeles tengo que traer?

Un saludo,
Alberto Sanz"""),
("es", "b127-es-mx-doble-cargo-grua", "Guadalupe Herrera <lupita.herrera@example.com.mx>", "Cobro doble", "billing", "",
"""Buenas tardes, el sábado me llevaron el carro con la grúa de Tlalnepantla
a un taller en Azcapotzalco. El servicio fue de $2,350 pesos y en mi
estado de cuenta de BBVA aparece dos veces el mismo cargo, el mismo
día. ¿Me pueden regresar uno por favor?

Gracias,
Lupita Herrera"""),
("es", "b127-es-ar-cuotas-polarizado", "Facundo Romero <facu.romero@example.com.ar>", "Consulta cuotas", "billing", "",
"""Hola, qué tal. Quería saber si el polarizado completo del Etios (que en
la web figura $185.000) se puede pagar en cuotas sin interés con
tarjeta, y si con Mercado Pago hay algún recargo. Gracias!

Facu"""),
("es", "b127-es-fianza-consumo", "Inmaculada Reyes <inma.reyes@example.es>", "Fianza no devuelta - contrato SUS-44182", "billing", "high",
"""Muy señores míos:

El 15 de marzo devolví en su centro de Valencia el vehículo de mi
suscripción, sin ningún daño, como consta en el acta de entrega firmada
por su empleado. Según el contrato, la fianza de 750 € se devuelve en
un plazo máximo de 30 días. Han pasado más de dos meses y, pese a mis
tres correos, no he recibido ni el dinero ni una explicación.

Si en diez días no tengo el importe en mi cuenta, presentaré una
reclamación ante la Oficina Municipal de Información al Consumidor y
acudiré a la Junta Arbitral de Consumo.

Atentamente,
Inmaculada Reyes Ortega"""),
("es", "b127-es-co-devolucion-camara", "Andrés Felipe Gómez <andres.gomez@example.com.co>", "Devolución cámara", "billing", "",
"""Buenos días, compré la cámara para carro en la tienda online y no le
sirve a mi camioneta porque el soporte no pega en el vidrio (tiene
sensor de lluvia justo ahí). Está nuevecita, sin usar. ¿Cómo hago la
devolución y en cuántos días me reintegran los $389.900?

Muchas gracias,
Andrés Felipe"""),
("es", "b127-es-factura-autonomo-nif", "Jordi Puig <jordi.puig@example.es>", "Factura", "billing", "",
"""Hola,

El martes me hicisteis la limpieza completa de la furgoneta en el centro
de Sabadell (ticket 0081-2294, 140 €). Soy autónomo y necesito factura
a mi nombre para desgravarla:

Jordi Puig Casals
NIF 12345678Z
C/ de la Indústria 42, 08202 Sabadell

Gràcies!
Jordi"""),
("es", "b127-es-mx-anticipo-contracargo", "Ricardo Salinas <ricardo.salinas@example.com.mx>", "Anticipo del audio", "billing", "high",
"""Buenas tardes,

El 2 de mayo les di un anticipo de $6,500 MXN para la instalación del
estéreo, bocinas y subwoofer en mi Jetta, en la sucursal de Zapopan.
Me cambiaron la cita tres veces y la última vez que fui el local
estaba cerrado y nadie contesta el teléfono.

Ya no quiero la instalación, quiero mi dinero. Ya levanté la
aclaración con mi banco para hacer el contracargo; si me depositan
antes, la cancelo.

Ricardo Salinas"""),
("es", "b127-es-cl-re-presupuesto-efectivo", "Camila Fuentes <camila.fuentes@example.cl>", "Re: Presupuesto sensores", "billing", "",
"""Hola Sebastián, gracias por el presupuesto. ¿Hay algún descuento si
pago en efectivo o con transferencia? Y ¿se puede pagar la mitad al
reservar y la otra mitad cuando lo retire?

Saludos,
Camila

> Estimada Camila:
> Para su Mazda CX-5 2020, la instalación de 4 sensores de
> estacionamiento traseros pintados del color del vehículo tiene un
> valor de $159.990 IVA incluido.
> Quedo atento, Sebastián"""),
("es", "b127-es-bono-lavados-caducidad", "Pilar Navarro <pilar.navarro@example.es>", "bono de lavados", "billing", "",
"""Hola buenas, tengo un bono de 10 lavados que compre en febrero y no se
cuantos me quedan, creo que 4. Caducan? Lo digo porque en verano me voy
al pueblo y no voy a ir por ahi hasta septiembre."""),
("es", "b127-es-ar-remolque-km-supervisor", "Gustavo Ferreyra <gustavo.ferreyra@example.com.ar>", "Factura remolque - quiero hablar con un supervisor", "billing", "high",
"""Buenas. El jueves pedí el remolque desde Ruta 2 a la altura de
Chascomús hasta mi casa en La Plata. Por teléfono me dijeron
$95.000. Ahora me llega la factura por $168.000 porque me cobraron los
kilómetros desde la base de Dolores, cuando la grúa la eligieron
ustedes, no yo.

Ya hablé dos veces con el 0800 y me dicen que "no pueden modificar
facturas". Quiero que me llame un supervisor o alguien que sí pueda.

Gustavo Ferreyra"""),
("es", "b127-es-padre-residencia-baja", "Rocío Delgado <rocio.delgado@example.es>", "Coche de mi padre", "billing", "",
"""Buenos días,

Les escribo en nombre de mi padre, Manuel Delgado Ruiz. Desde este mes
vive en una residencia en Jerez y ya no va a conducir. Tenía con
ustedes el Clio con la cuota mensual de 289 €. Les agradecería que me
dijeran cómo dejar de pagarlo y dónde llevamos el coche. Tengo su
autorización firmada si la necesitan.

Gracias,
Rocío Delgado"""),
("es", "b127-es-mx-intercambio-pausar-club", "Valeria Ortiz <vale.ortiz@example.com.mx>", "Membresía", "billing", "",
"""Holaa! Me voy de intercambio a Montreal de agosto a enero y el coche
se queda guardado en casa de mis papás. ¿Puedo congelar la membresía
de lavado ilimitado ($499 al mes) esos meses y reactivarla a mi
regreso? No la quiero cancelar porque tengo el precio viejo jaja

Vale"""),
("es", "b127-es-no-es-la-camara-tarjeta", "Elena Castaño <elena.castano@example.es>", "Cambio de tarjeta", "billing", "",
"""Hola, no es ningún problema con la cámara, va estupendamente. Es que
me han cambiado la tarjeta del banco y el mes que viene os va a
rebotar el cobro del plan de nube (4,99 €). ¿Cómo pongo la nueva? En
la app no encuentro dónde.

Elena"""),
("es", "b127-es-pe-precio-tienda-web", "Luis Quispe <luis.quispe@example.pe>", "Precio distinto", "billing", "",
"""Buenas tardes. Ayer compré la cámara de retroceso en su tienda de
Miraflores y me cobraron S/ 329. En la página web está a S/ 279 el
mismo modelo. ¿Me pueden devolver la diferencia? Tengo la boleta.

Luis Quispe"""),
("es", "b127-es-dashcam-modo-aparcamiento", "Sergio Llorente <sergio.llorente@example.es>", "Modo aparcamiento", "technical", "",
"""Hola,

Me instalasteis la dashcam con el kit de alimentación permanente para
que grabe aparcado. Esta mañana me encontré el retrovisor roto y la
cámara no había grabado nada desde que apagué el motor. En la app el
modo aparcamiento aparece activado. ¿Qué más hay que configurar?

Sergio"""),
("es", "b127-es-mx-sensores-pitan-solos", "Jorge Medina <jorge.medina@example.com.mx>", "Sensores", "technical", "",
"""Que tal, los sensores de reversa que me pusieron en la Hilux pitan
solos aunque no haya nada atrás, sobre todo en la mañana cuando está
húmedo. Ya les pasé un trapo. ¿Los pueden revisar? Estoy en Querétaro.

Jorge"""),
("es", "b127-es-ar-usuario-bloqueado", "Sofia Benitez <sofi.benitez@example.com.ar>", "no puedo entrar", "technical", "",
"""hola, me equivoque la contraseña en la app de la suscripcion y ahora
dice "usuario bloqueado, intente en 24 hs". ya pasaron 3 dias y sigue
igual. le di a recuperar contraseña y no llega ningun mail. necesito
entrar para ver lo del service"""),
("es", "b127-es-olor-quemado-altavoces", "Francisco Javier Molina <fj.molina@example.es>", "Después de la instalación", "technical", "high",
"""Buenas tardes:

Ayer por la mañana me cambiasteis los altavoces delanteros y pusisteis
un amplificador pequeño detrás de la guantera en el Ibiza. Esta tarde,
volviendo de Getafe, empezó a oler a quemado dentro del coche y salió
un poco de humo por la rejilla de la guantera. He parado, he quitado el
contacto y he desconectado la batería. El coche está en mi calle y no
pienso moverlo hasta que lo reviséis.

¿Podéis mandar a alguien o decirme qué hago?

Francisco Javier Molina"""),
("es", "b127-es-co-inmovilizador-mensajeria", "Operaciones <operaciones@rapidoenvios.example>", "Camionetas", "technical", "high",
"""Buenos días,

Desde las 6:00 a.m. ninguna de las 14 camionetas a las que ustedes les
instalaron el inmovilizador con GPS enciende. La plataforma dice
"vehículo bloqueado" y el botón de desbloquear no hace nada. Tenemos a
todos los conductores en la bodega de Fontibón, más de 600 paquetes sin
salir y los clientes llamando.

Por favor llámenme al 601 555 0192.

Diana Cárdenas
Jefe de Operaciones, Rápido Envíos"""),
("es", "b127-es-lamina-se-despega", "Beatriz Ramos <bea.ramos@example.es>", "Lunas tintadas", "technical", "",
"""Hola, hace un mes me tintasteis las lunas traseras del Captur y la de
la puerta trasera derecha se está despegando por el borde de abajo,
justo donde sube y baja el cristal. Las demás están perfectas. ¿Tengo
que pedir cita o puedo pasarme?

Bea"""),
("es", "b127-es-mx-cable-escape", "Alejandro Vázquez <alex.vazquez@example.com.mx>", "Cámara de reversa", "technical", "high",
"""Buenas, ayer lavando el carro vi que el cable de la cámara de reversa
que me instalaron el viernes va colgando por debajo del carro y está
pegado al tubo de escape. El forro ya está derretido en una parte y se
ve el cobre. No sé si eso puede provocar un corto o algo peor. Mejor
no lo he vuelto a usar. ¿Cuándo me lo pueden arreglar?

Alejandro"""),
("es", "b127-es-presion-neumaticos-aviso", "Marta Gil <marta.gil@example.es>", "Aviso en el cuadro", "technical", "",
"""Hola, en el Tucson de la suscripción se enciende cada dos por tres el
aviso de presión de neumáticos. He ido a la gasolinera y las cuatro
ruedas están a la presión que pone en la puerta. Lo reinicio desde el
menú y a los dos días vuelve. ¿Es un sensor?

Marta"""),
("es", "b127-es-cl-radio-se-apaga", "Matías Contreras <matias.contreras@example.cl>", "Radio", "technical", "",
"""Hola, no quiero que me devuelvan la plata ni nada, la radio suena
bacán. El problema es que cuando freno fuerte o paso un lomo de toro se
apaga y se vuelve a prender sola, y se pierde la conexión del
bluetooth. Me la instalaron en la sucursal de Maipú hace dos semanas.

Matías"""),
("es", "b127-es-ar-camara-defensa-consumidor", "Silvina Acosta <silvina.acosta@example.com.ar>", "Tercera vez", "technical", "high",
"""Señores:

La cámara de estacionamiento que me instalaron en el 208 en marzo dejó
de funcionar por tercera vez. Las dos veces anteriores me la
"arreglaron" en el taller de Caballito y a la semana la pantalla
volvió a quedar en negro al poner marcha atrás.

No voy a llevar el auto una cuarta vez para lo mismo. Quiero que me
cambien la cámara por una nueva y bien instalada. Si no tengo una
respuesta concreta esta semana, hago la denuncia en Defensa del
Consumidor.

Silvina Acosta"""),
("es", "b127-es-web-calendario-no-carga", "David Ortega <david.ortega@example.es>", "Reservar cita", "technical", "",
"""Buenas. Llevo dos días intentando reservar cita para tintar las lunas
en la web y el calendario se queda cargando, la ruedecita dando vueltas
y nada. Probado en Chrome y en el móvil. ¿Se puede reservar de otra
forma?"""),
("es", "b127-es-rentacar-contratos-mostrador", "Costa Sol Rent <reservas@costasolrent.example>", "Plataforma", "technical", "high",
"""Buenos días,

Desde primera hora la plataforma de suscripciones que usamos con
ustedes no genera los contratos: al pulsar "emitir" sale una pantalla
en blanco. Tenemos 30 entregas programadas hoy en el aeropuerto de
Málaga y ahora mismo hay una cola de clientes en el mostrador a los que
no podemos dar las llaves sin contrato. Algunos llevan más de una hora
esperando.

Necesitamos que alguien lo mire ya. Teléfono: 952 000 318.

Antonio Luque
Jefe de oficina"""),
("es", "b127-es-mx-app-grua-ubicacion", "Daniela Ruiz <dani.ruiz@example.com.mx>", "la app no me ubica", "technical", "",
"""Buen dia, la app de asistencia vial no detecta mi ubicacion, siempre
me pone en el centro de la CDMX aunque yo este en Puebla. Ya le di
permisos de ubicacion. No es urgente ahorita porque no tengo ninguna
emergencia pero quiero que funcione para cuando la necesite."""),
("es", "b127-es-horario-agosto", "Carmen Vidal <carmen.vidal@example.es>", "Horario", "general", "",
"""Hola, ¿en agosto el centro de lavado de Alicante abre con el mismo
horario o cerráis alguna semana? Gracias."""),
("es", "b127-es-mx-felicitaciones-instalador", "Eduardo Cruz <lalo.cruz@example.com.mx>", "Felicitaciones", "general", "",
"""Nomás quería decirles que el trabajo que hizo Beto en mi Mustang
quedó de poca. Cero cables a la vista, el sonido está brutal y hasta
me explicó cómo ecualizarlo. Ojalá todos los talleres fueran así.
Díganle a su jefe que se merece un aumento.

Lalo"""),
("es", "b127-es-ar-termo-olvidado", "Mariana Sosa <mariana.sosa@example.com.ar>", "Me olvidé el termo", "general", "",
"""Hola! El martes estuve en la sala de espera de la sucursal de Rosario
mientras le hacían el lavado al auto y me olvidé un termo Stanley
verde con un mate de calabaza. Si lo encontraron, ¿me lo guardan? Paso
el sábado.

Gracias!! Mariana"""),
("es", "b127-es-recepcionista-encargado", "Ángel Morales <angel.morales@example.es>", "Trato recibido en recepción", "general", "high",
"""Buenas tardes:

Esta mañana fui al taller de Zaragoza a recoger mi coche después de la
instalación de los sensores. El chico de recepción me atendió con el
móvil en la mano, sin mirarme, y cuando le pregunté por la factura me
contestó "eso no es cosa mía, espabile". Delante de otros clientes. Tengo
72 años y no me habían hablado así en mi vida.

Exijo hablar con el encargado o con quien esté por encima de él.

Ángel Morales Sancho
Tel. 976 000 421"""),
("es", "b127-es-co-cambio-correo", "Natalia Vargas <natalia.vargas@example.com.co>", "Actualizar datos", "general", "",
"""Buenas tardes, por favor actualizar el correo de mi cuenta de la
suscripción al nuevo: natalia.vargas.r@example.com.co. El anterior lo
voy a cerrar. Mi cédula es la misma.

Natalia Vargas"""),
("es", "b127-es-datos-localizacion", "Iván Serrano <ivan.serrano@example.es>", "Protección de datos", "general", "",
"""Hola,

Tuve uno de vuestros coches de suscripción de 2022 a 2023. Quisiera
ejercer mi derecho de acceso: ¿qué datos guardáis de mí, incluidos los
de localización del coche, y durante cuánto tiempo? Os agradecería una
copia por correo electrónico.

Saludos,
Iván Serrano"""),
("es", "b127-es-mx-patrocinio-clasicos", "Club de Autos Clásicos de Puebla <contacto@clasicospuebla.example>", "Exhibición de autos clásicos", "general", "",
"""Estimados:

El Club de Autos Clásicos de Puebla organiza el 12 de octubre su
exhibición anual en el Paseo Bravo, con más de 150 vehículos. Nos
gustaría invitarlos a participar como patrocinadores o con un stand de
detallado. Con gusto les enviamos la carpeta con las opciones.

Atentamente,
Ing. Roberto Aguilar
Presidente"""),
("es", "b127-es-rejilla-suelta-lavado", "Nuria Campos <nuria.campos@example.es>", "Rejilla en el túnel de lavado", "general", "high",
"""Hola,

Os aviso de que en el centro de lavado de Leganés, en la zona de
aspiradores, hay una rejilla del desagüe suelta y medio levantada. Hoy
un niño ha metido el pie y se ha hecho un buen raspón en el tobillo;
podía haber sido peor. No había ningún cono ni aviso.

Un saludo,
Nuria Campos"""),
("es", "b127-es-cl-polarizado-legal", "Felipe Muñoz <felipe.munoz@example.cl>", "Pregunta", "general", "",
"""Hola, una consulta antes de ir: ¿qué porcentaje de polarizado se
permite en los vidrios delanteros en Chile? No quiero tener problemas
en la revisión técnica."""),
("es", "b127-es-ar-porteria-paquete", "Lucas Gimenez <lucas.gimenez@example.com.ar>", "Pedido 71403", "general", "",
"""Buenas, el pedido 71403 (la camara para el auto) por favor dejenlo en
la porteria del edificio, Av. Santa Fe 2450, con Ruben, el encargado.
Yo trabajo todo el dia y no hay nadie en el depto.

Gracias, Lucas"""),
("es", "b127-es-re-cita-recoge-padre", "Lorena Pascual <lorena.pascual@example.es>", "Re: Confirmación de cita", "general", "",
"""Perfecto, gracias. Una cosa: ese día trabajo hasta tarde, ¿puede
recoger el coche mi padre, Ramón Pascual? ¿Tiene que llevar alguna
autorización firmada o con el DNI vale?

Lorena

-----Mensaje original-----
De: Citas <citas@brillocar.example>
Asunto: Confirmación de cita
> Le confirmamos su cita para el detallado completo el jueves 20 a las
> 9:00 en nuestro centro de Burgos. El vehículo estará listo a partir
> de las 18:00."""),
("es", "b127-es-gracias-grua-abuela", "Josefa Martín <josefa.martin@example.es>", "Agradecimiento", "general", "",
"""Muy señores míos:

Quiero dar las gracias al conductor de la grúa que me atendió el
domingo en la carretera de Ávila. Se me había calado el coche y no
arrancaba, y con mis 81 años estaba muy nerviosa. El muchacho, que se
llamaba Rubén, fue muy amable, me llevó a casa y hasta me ayudó con la
compra.

Reciban un cordial saludo,
Josefa Martín"""),
("es", "b127-es-mx-hola-mascotas-espera", "Paola Jiménez <paola.jimenez@example.com.mx>", "Hola", "general", "",
"""Hola! Tengo cita el sábado para el polarizado en Monterrey. ¿Puedo
esperar ahí con mi perrita (es chiquita, una chihuahua) o no se
permiten mascotas en la sala de espera?"""),
# ---------------- Polish ----------------
("pl", "b127-pl-emerytura-wnuk-wozi", "Zdzisław Kamiński <zdzislaw.kaminski@example.pl>", "Umowa na samochód", "billing", "",
"""Szanowni Państwo,

od 1 lipca przechodzę na emeryturę, a wnuk zrobił prawo jazdy i
obiecał, że będzie mnie woził do lekarza i na działkę. Skody z
abonamentu już nie potrzebuję. Proszę o informację, jak zakończyć
umowę, żeby nie płacić dalej 1 390 zł miesięcznie, i gdzie mam
oddać samochód.

Z poważaniem
Zdzisław Kamiński"""),
("pl", "b127-pl-laweta-dwa-razy", "Kamil Wróbel <kamil.wrobel@example.pl>", "podwojna platnosc", "billing", "",
"""Dzien dobry, w sobote holowaliscie moje auto z A2 pod Konotopa do
warsztatu w Blonie. Zaplacilem 450 zl karta kierowcy, a w aplikacji
banku widze dwie transakcje po 450 zl z tej samej godziny. Prosze o
zwrot jednej.

Kamil Wrobel"""),
("pl", "b127-pl-raty-car-audio", "Patryk Zieliński <patryk.zielinski@example.pl>", "Raty", "billing", "",
"""Cześć, planuję u Was zestaw: radio 2DIN, głośniki na przód i tył plus
wzmacniacz z montażem, wyszło w konfiguratorze 3 200 zł. Czy da się
to rozłożyć na raty 0%? Jeśli tak, to na ile i czy trzeba wpłacić coś
na start?

Patryk"""),
("pl", "b127-pl-kaucja-rzecznik", "Joanna Sadowska <joanna.sadowska@example.pl>", "Zwrot kaucji - umowa AB/2023/1187", "billing", "high",
"""Szanowni Państwo,

dnia 11 marca zwróciłam w Waszym oddziale w Poznaniu samochód z
abonamentu. W protokole zdawczo-odbiorczym, podpisanym przez Państwa
pracownika, nie wpisano żadnych uszkodzeń. Zgodnie z umową kaucja w
wysokości 2 500 zł miała zostać zwrócona w ciągu 30 dni. Minęły ponad
dwa miesiące, a na moje maile nikt nie odpowiada.

Jeżeli kwota nie wpłynie na moje konto w ciągu 7 dni, zgłoszę sprawę do
miejskiego rzecznika konsumentów i do UOKiK.

Z poważaniem
Joanna Sadowska"""),
("pl", "b127-pl-zwrot-wideorejestratora", "Marta Lis <marta.lis@example.pl>", "Odstąpienie od umowy", "billing", "",
"""Dzień dobry,

w zeszły wtorek kupiłam u Was wideorejestrator (zamówienie 60442,
399 zł). Mąż w międzyczasie dostał taki sam w pracy, więc chciałabym
go zwrócić w ramach 14 dni. Jest nieotwierany, w folii. Na jaki
adres odesłać i czy zwracacie też koszt wysyłki?

Pozdrawiam
Marta Lis"""),
("pl", "b127-pl-faktura-vat-flota", "Biuro <biuro@transbud-kielce.example>", "Faktura VAT", "billing", "",
"""Dzień dobry,

w czwartek przyciemnialiście tylne szyby w trzech naszych autach
(TK 4512A, TK 8830C, TK 2291F) w punkcie przy ul. Krakowskiej. Kierowca
dostał paragon na 1 650 zł bez NIP-u. Proszę o wystawienie faktury VAT
na firmę:

TRANSBUD Sp. z o.o.
ul. Zagnańska 71, 25-528 Kielce
NIP 6570000000

Z poważaniem
Ewa Nowakowska, księgowość"""),
("pl", "b127-pl-ceramika-chargeback", "Bartosz Kaczmarek <bartosz.kaczmarek@example.pl>", "Powłoka ceramiczna - zwrot 1 800 zł", "billing", "high",
"""Dzień dobry,

3 kwietnia zapłaciłem z góry 1 800 zł za korektę lakieru i powłokę
ceramiczną. Termin przekładaliście dwa razy, a gdy w końcu
przyjechałem, okazało się, że "nie ma detailera" i mam przyjechać za
miesiąc. Zrezygnowałem na miejscu i poprosiłem o zwrot.

Od tego czasu minęły trzy tygodnie. Dziś złożyłem w banku reklamację
transakcji w ramach procedury chargeback. Jeśli zwrócicie pieniądze
wcześniej, wycofam ją.

Bartosz Kaczmarek"""),
("pl", "b127-pl-odp-wycena-drugie-auto", "Agnieszka Michalak <agnieszka.michalak@example.pl>", "Odp: Wycena czujników parkowania", "billing", "",
"""Dziękuję za wycenę. A jeśli w tym samym dniu zamontujemy czujniki
także w drugim aucie (Toyota Yaris 2018), to czy jest jakiś rabat na
oba? I czy można zapłacić kartą na miejscu?

Agnieszka

> Dzień dobry,
> montaż 4 tylnych czujników parkowania w kolorze nadwozia w
> Kia Ceed 2021 to koszt 690 zł brutto. Czas montażu ok. 3 godzin.
> Pozdrawiamy, zespół Parkomat"""),
("pl", "b127-pl-karnet-myjnia-waznosc", "Krzysztof Pawlak <k.pawlak@example.pl>", "karnet", "billing", "",
"""dzien dobry, mam karnet na 10 myc kupiony w styczniu, zostalo mi
jeszcze 6, a na karnecie pisze wazny do 30.06. bylem 2 miesiace w
szpitalu i nie dalem rady wykorzystac. czy jest szansa przedluzyc?"""),
("pl", "b127-pl-oplata-nocna-kierownik", "Tomasz Grabowski <tomasz.grabowski@example.pl>", "Faktura za holowanie - proszę o kontakt kierownika", "billing", "high",
"""Dzień dobry,

w niedzielę o 19:30 zamówiłem lawetę spod Łodzi. Przez telefon podano
mi cenę 600 zł. Na fakturze jest 980 zł, bo doliczono "dodatek nocny"
i "opłatę za oczekiwanie", chociaż było jeszcze jasno, a kierowca
spóźnił się godzinę, nie ja.

Dwa razy dzwoniłem na infolinię i słyszę tylko, że "system tak
naliczył". Proszę, żeby sprawą zajął się kierownik albo ktoś, kto
może tę fakturę skorygować.

Tomasz Grabowski
tel. 600 000 214"""),
("pl", "b127-pl-auto-na-zlom-pakiet", "Dorota Wysocka <dorota.wysocka@example.pl>", "Pakiet mycia", "billing", "",
"""Dzień dobry,

moja Corsa po stłuczce poszła do kasacji (na szczęście nikomu nic się
nie stało), a nowego auta na razie nie kupuję. Proszę więc o
zakończenie miesięcznego pakietu mycia za 79 zł, który jest do niej
przypisany. Szkoda, bo lubiłam do Was przyjeżdżać.

Dorota"""),
("pl", "b127-pl-norwegia-zawieszenie", "Michał Kowalczyk <michal.kowalczyk@example.pl>", "Wyjazd", "billing", "",
"""Hej, od sierpnia do listopada będę na kontrakcie w Norwegii, a auto
z abonamentu postoi w garażu u rodziców w Olsztynie. Czy mogę na te
cztery miesiące zawiesić abonament albo chociaż zmniejszyć ratę?
Potem normalnie wracam.

Michał"""),
("pl", "b127-pl-nie-reklamacja-brak-gps", "Rafał Jankowski <rafal.jankowski@example.pl>", "Zamówienie 61873", "billing", "",
"""Dzień dobry, to nie jest reklamacja - kamera działa bez zarzutu. Chodzi
o to, że zapłaciłem za wersję z modułem GPS (549 zł), a przyszła
wersja bez GPS, która u Was kosztuje 449 zł. Nie chcę jej wymieniać,
wystarczy mi zwrot różnicy 100 zł.

Rafał"""),
("pl", "b127-pl-bon-prezent-tata", "Natalia Wójcik <natalia.wojcik@example.pl>", "Bon na prezent", "billing", "",
"""Dzień dobry! Tata ma w sierpniu 60. urodziny i kocha swoje stare
Volvo. Czy sprzedajecie bony podarunkowe na detailing, najlepiej
elektroniczne do wydrukowania, i na jaką kwotę można je kupić?

Natalia"""),
("pl", "b127-pl-rejestrator-restart", "Grzegorz Mazur <grzegorz.mazur@example.pl>", "Rejestrator się restartuje", "technical", "",
"""Dzień dobry,

wideorejestrator kupiony u Was w marcu od tygodnia restartuje się co
kilka minut w trakcie jazdy - ekran gaśnie, pojawia się logo i od
nowa. Karta pamięci nowa, sformatowana w kamerze. Zasilanie z
oryginalnej ładowarki do zapalniczki.

Grzegorz Mazur"""),
("pl", "b127-pl-dzien-dobry-czujnik-piszczy", "Halina Szczepańska <halina.szczepanska@example.pl>", "Dzień dobry", "technical", "",
"""Dzień dobry,

po montażu czujników parkowania w zeszły piątek, przy cofaniu cały
czas piszczy ciągłym dźwiękiem, tak jakby coś stało za autem, a plac
jest pusty. Na wyświetlaczu świeci się zawsze ten sam, skrajny prawy.
Kiedy mogę przyjechać?

Halina Szczepańska"""),
("pl", "b127-pl-aplikacja-po-aktualizacji", "Oskar Lewandowski <oskar.lewandowski@example.pl>", "apka", "technical", "",
"""siema, od wczorajszej aktualizacji apka do abonamentu wywala mnie od
razu po zalogowaniu, bialy ekran i powrot do logowania. android 14,
samsung a54. czyscilem dane i cache, nic. potrzebuje umowic serwis"""),
("pl", "b127-pl-iskrzy-przy-akumulatorze", "Wojciech Dudek <wojciech.dudek@example.pl>", "Kabel od wzmacniacza", "technical", "high",
"""Dzień dobry,

wczoraj montowaliście u mnie wzmacniacz i subwoofer w Passacie.
Dzisiaj rano podniosłem maskę, bo coś mi pachniało, i zobaczyłem, że
gruby kabel zasilający wzmacniacz przy akumulatorze nie ma żadnego
bezpiecznika, a w miejscu, gdzie przechodzi przez ścianę grodziową,
ociera o gołą blachę - izolacja jest już przetarta i przy ruszaniu
widziałem małą iskrę. Odłączyłem klemę i auto stoi pod domem.

Proszę o pilny termin poprawki.

Wojciech Dudek"""),
("pl", "b127-pl-wypozyczalnia-depozytor", "Busy Gdańsk <biuro@busy-gdansk.example>", "Depozytor kluczy", "technical", "high",
"""Dzień dobry,

od 7:00 depozytor kluczy, który u nas zamontowaliście, nie otwiera
żadnej skrytki - na ekranie "błąd komunikacji z serwerem". Mamy
dziś 9 wydań busów, klienci stoją pod biurem, dwie przeprowadzki
już się odwołały, a firma, która miała wieźć sprzęt na koncert, grozi
nam karą umowną. Kluczy zapasowych do skrytek nie mamy.

Proszę o telefon: 58 000 41 22.

Paweł Rogalski"""),
("pl", "b127-pl-folia-brak-zasiegu", "Ewelina Krawczyk <ewelina.krawczyk@example.pl>", "Po przyciemnieniu szyb", "technical", "",
"""Dzień dobry,

od kiedy założyliście mi folię na szyby, w aucie prawie nie ma zasięgu
w telefonie, a bramki na A4 nie odczytują mojego e-TOLL-a i muszę
stawać. Wcześniej wszystko działało. Czy to może być przez folię i
czy da się coś z tym zrobić?

Ewelina"""),
("pl", "b127-pl-hak-kula-luzna", "Leszek Baran <leszek.baran@example.pl>", "Hak holowniczy", "technical", "high",
"""Dzień dobry,

w sobotę zamontowaliście mi hak holowniczy w Outlanderze. W niedzielę
pojechałem z przyczepką kempingową nad jezioro i na postoju zauważyłem,
że kula się rusza - da się nią poruszać ręką na boki. Odczepiłem
przyczepę i wróciłem bez niej. Nie chcę więcej ryzykować, proszę o
sprawdzenie montażu jak najszybciej.

Leszek Baran"""),
("pl", "b127-pl-radio-pendrive", "Adrian Sikora <adrian.sikora@example.pl>", "radio nie czyta pendrive", "technical", "",
"""Dzien dobry, radio ktore montowaliscie tydzien temu nie widzi
pendrive, pisze "brak urzadzenia". Ten sam pendrive dziala w
komputerze, mp3, FAT32, probowalem tez innego. Telefon przez USB sie
laduje, wiec gniazdo chyba ma prad."""),
("pl", "b127-pl-kamera-nie-nagrala-prawnik", "Renata Kubiak <renata.kubiak@example.pl>", "Trzecia reklamacja wideorejestratora", "technical", "high",
"""Dzień dobry,

wideorejestrator, który kupiłam u Was w styczniu, był już dwa razy w
serwisie, bo przestawał nagrywać. W zeszłym tygodniu ktoś wjechał mi w
tył na skrzyżowaniu i okazało się, że kamera znowu nie nagrała nic od
trzech dni, bez żadnego komunikatu.

Nie zgadzam się na kolejną "naprawę". Oczekuję wymiany na nowy,
sprawny egzemplarz. Sprawę przekazałam już prawnikowi i jeśli w ciągu
14 dni nie dostanę odpowiedzi, skieruję ją do sądu.

Renata Kubiak"""),
("pl", "b127-pl-formularz-rezerwacji", "Izabela Górska <izabela.gorska@example.pl>", "Rezerwacja online", "technical", "",
"""Dzień dobry, formularz rezerwacji na myjnię ręczną nie chce się
wysłać. Po kliknięciu "Zarezerwuj" pokazuje się na chwilę kółko i
wracam do pustego formularza, bez żadnego komunikatu. Próbowałam na
laptopie i telefonie."""),
("pl", "b127-pl-kamera-cofania-lustro", "Sławomir Czarnecki <slawomir.czarnecki@example.pl>", "Kamera cofania", "technical", "",
"""Dzień dobry, kamera cofania, którą założyliście w piątek, pokazuje
obraz odwrócony - jak coś jest po prawej stronie auta, na ekranie jest
po lewej. Linie pomocnicze też skręcają w złą stronę. Da się to
przestawić w menu czy trzeba przyjechać?

Sławek"""),
("pl", "b127-pl-nie-chce-zwrotu-zamek", "Jolanta Wieczorek <jolanta.wieczorek@example.pl>", "Alarm i zamek", "technical", "",
"""Dzień dobry,

nie chcę zwrotu pieniędzy ani rezygnować z alarmu, chcę tylko, żeby
to działało jak należy. Od montażu centralny zamek czasem sam zamyka
auto po kilku sekundach od otwarcia, a raz zamknął mi kluczyki w
środku. Mąż musiał jechać z zapasowymi.

Jolanta Wieczorek"""),
("pl", "b127-pl-przetwornica-kopnela", "Marek Jabłoński <marek.jablonski@example.pl>", "Przetwornica 12/230V", "technical", "high",
"""Dzień dobry,

przetwornica 12/230V kupiona u Was w maju (zam. 59120) przy podłączaniu
laptopa kopnęła mnie prądem - złapałem za metalową obudowę, drugą ręką
trzymałem drzwi auta. Poczułem wyraźne uderzenie w całym ramieniu.
Nic mi nie jest, ale odłączyłem ją i więcej nie używam. Proszę o
informację, co dalej, bo to nie powinno się zdarzyć.

Marek Jabłoński"""),
("pl", "b127-pl-majowka-godziny", "Beata Zając <beata.zajac@example.pl>", "Majówka", "general", "",
"""Dzień dobry, czy 2 maja myjnia w Rzeszowie będzie otwarta, i w jakich
godzinach? Dziękuję."""),
("pl", "b127-pl-pochwala-detailing-petarda", "Łukasz Adamczyk <lukasz.adamczyk@example.pl>", "Detailing", "general", "",
"""Panowie, po prostu petarda. Odebrałem wczoraj BMW po korekcie i
połysk jest zabójczy, sąsiad myślał, że kupiłem nowe auto. Pan Darek
jeszcze pokazał mi, jak myć, żeby nie porysować. Pozdrowienia dla
całej ekipy z Wrocławia!

Łukasz"""),
("pl", "b127-pl-etui-dokumenty-laweta", "Stanisław Michalski <stanislaw.michalski@example.pl>", "Zostawione dokumenty", "general", "",
"""Dzień dobry,

we wtorek wieczorem Wasz kierowca lawety wiózł mnie z autem z Radomia
do Warszawy. Chyba zostawiłem w kabinie brązowe etui z dowodem
rejestracyjnym i okularami. Czy mogą Państwo sprawdzić u kierowcy?

Stanisław Michalski
tel. 501 000 377"""),
("pl", "b127-pl-pracownik-zarty-przelozony", "Anna Kozłowska <anna.kozlowska@example.pl>", "Zachowanie pracownika", "general", "high",
"""Dzień dobry,

w czwartek odbierałam samochód po przyciemnianiu szyb w punkcie na
Mokotowie. Pracownik, który wydawał auto, przy dwóch kolegach komentował
moje parkowanie i wygląd, a gdy zwróciłam mu uwagę, powiedział, że
"przecież to tylko żarty" i śmiali się dalej.

Nie zamierzam tego tak zostawić. Proszę o kontakt jego przełożonego
lub kierownika punktu.

Anna Kozłowska"""),
("pl", "b127-pl-zmiana-nazwiska-umowa", "Paulina Nowak-Zając <paulina.nowak@example.pl>", "Zmiana nazwiska", "general", "",
"""Dzień dobry, w czerwcu wyszłam za mąż i zmieniłam nazwisko z Nowak na
Nowak-Zając. Proszę o zmianę danych w umowie abonamentu na samochód
(nr klienta 30517). Mogę przesłać skan nowego dowodu osobistego.

Paulina Nowak-Zając"""),
("pl", "b127-pl-nagranie-monitoringu-myjnia", "Piotr Wiśniewski <piotr.wisniewski@example.pl>", "Nagranie z monitoringu", "general", "",
"""Dzień dobry,

w sobotę około 14:00 na Waszej myjni bezdotykowej przy ul. Hallera
ktoś z sąsiedniego stanowiska obił mi drzwi i odjechał. Czy mogą
Państwo zabezpieczyć nagranie z monitoringu z tej godziny? Policja
może się o nie zwrócić oficjalnie, sprawa jest zgłoszona.

Piotr Wiśniewski"""),
("pl", "b127-pl-rajd-charytatywny", "Fundacja Mały Kierowca <kontakt@malykierowca.example>", "Rajd charytatywny - wrzesień", "general", "",
"""Dzień dobry,

14 września organizujemy w Lublinie rajd charytatywny dla dzieci z
oddziału onkologii. Szukamy partnerów - czy Państwa firma mogłaby
zostać sponsorem jednego z punktów kontrolnych albo przekazać voucher
na licytację? Chętnie prześlemy szczegóły.

Z pozdrowieniami
Karolina Mroczek"""),
("pl", "b127-pl-studzienka-parking", "Henryk Pietrzak <henryk.pietrzak@example.pl>", "Parking przed salonem", "general", "high",
"""Dzień dobry,

na parkingu przed Waszym salonem car audio w Katowicach studzienka
przy wjeździe od dwóch dni nie ma pokrywy - jest tylko ta dziura,
bez taśmy ani pachołka. Wieczorem jej w ogóle nie widać. Dziś
kobieta z wózkiem o mało w nią nie wjechała.

Henryk Pietrzak"""),
("pl", "b127-pl-pytanie-laweta-niemcy", "Damian Szymański <damian.szymanski@example.pl>", "Pytanie", "general", "",
"""Dzień dobry, czy wozicie lawetą auta za granicę? Kupiłem auto w
Niemczech (okolice Hanoweru) i szukam transportu do Gdańska, najlepiej
w lipcu. Jak to u Was wygląda?"""),
("pl", "b127-pl-paczka-u-sasiada", "Weronika Kwiatkowska <weronika.kwiatkowska@example.pl>", "Dostawa zamówienia 62015", "general", "",
"""Dzien dobry, zamowienie 62015 (czujniki do samodzielnego montazu) -
w czwartek nie bedzie mnie w domu. Prosze przekazac kurierowi, zeby
zostawil paczke u sasiadki pod numerem 4, pani Krystyny. Wie o tym.

Weronika"""),
("pl", "b127-pl-odp-auto-dzien-wczesniej", "Jacek Wróblewski <jacek.wroblewski@example.pl>", "Odp: Potwierdzenie terminu", "general", "",
"""Dzień dobry, czy mogę przywieźć auto już w poniedziałek wieczorem i
zostawić na Waszym placu? Rano we wtorek nie dam rady dojechać przed
pracą. Kluczyki mogę wrzucić do skrzynki.

Jacek

-----Wiadomość oryginalna-----
Od: Rezerwacje <rezerwacje@autotint.example>
Temat: Potwierdzenie terminu
> Potwierdzamy termin przyciemniania szyb: wtorek 16.07, godz. 8:00,
> ul. Grunwaldzka 12, Bydgoszcz. Usługa trwa ok. 4 godzin."""),
("pl", "b127-pl-podziekowanie-pani-magda", "Irena Lewandowska <irena.lewandowska@example.pl>", "Podziękowanie", "general", "",
"""Szanowni Państwo,

chciałam tylko podziękować pani Magdzie z działu obsługi. Pomogła mi
przez telefon cierpliwie, krok po kroku, choć nie jestem biegła w
tych internetach. Dawno nie spotkałam się z taką życzliwością.

Z wyrazami szacunku
Irena Lewandowska"""),
("pl", "b127-pl-praktyki-technikum", "Kacper Dąbrowski <kacper.dabrowski@example.pl>", "Praktyki", "general", "",
"""Dzien dobry, jestem uczniem technikum samochodowego w Opolu, 3 klasa.
Czy przyjmujecie na praktyki wakacyjne do montazu car audio albo
przyciemniania szyb? Moge przyjsc na rozmowe w kazdej chwili.

Kacper Dabrowski"""),
]
