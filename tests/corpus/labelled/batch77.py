# batch77.py -- labelled test mails for the helpdesk classifier, held out
# of the tree until the rules it measures are final.  Kind of business:
# home heating -- boiler service plans, heat pump installers, wood-burner
# fitters, chimney liners, underfloor heating, loft and wall insulation,
# radiator repairs.  Covers escalation demands that keep their topic,
# legal threats and chargebacks, negations, Greeklish, subjects that say
# nothing or something else, replies quoting an earlier mail, plans ended
# or paused in unusual wording, business outages told only by their
# consequences, safety hazards told calmly, praise and thanks, payment
# questions, and everyday mail of all three queues.  40 mails in each of
# en, el, es, pl, written separately for each language.
M += [
# ---------------- English ----------------
("en", "b77-boiler-cover-dd-after-move", "Gareth Pryce <gareth.pryce@example.co.uk>", "Boiler cover", "billing", "",
"""Hello,

We sold the house in Pontypridd at the end of August and the new owners
have their own boiler cover. I rang in July to say so, but you have
taken 18.75 by direct debit in September and again in October.

Please stop the plan and pay back the two months. Our new address is
7 Heol y Nant, Llantrisant, CF72 8DN if you need to write.

Gareth Pryce"""),
("en", "b77-bus-grant-not-deducted", "Fiona Lindqvist <fiona.lindqvist@example.co.uk>", "Final invoice HP-20418", "billing", "",
"""Hi,

The heat pump is in and running nicely, no complaints there. But the
final invoice you emailed on Friday is for the full 11,940, and the
quote we signed showed the 7,500 Boiler Upgrade Scheme grant taken off,
leaving 4,440 for us to pay. We've already paid the 1,000 deposit.

Can you send a corrected invoice before I pay anything else?

Thanks
Fiona"""),
("en", "b77-stove-deposit-small-claims", "Daniel Whitcombe <dan.whitcombe@example.co.uk>", "Deposit for stove installation - final request", "billing", "high",
"""To whom it may concern,

On 3 September I paid a deposit of 900.00 for the supply and fitting
of a 5kW multi-fuel stove, fitting date 1 October. Nobody turned up on
1 October. Nobody turned up on the rearranged date either, and your
office has stopped answering the phone.

I cancelled the job in writing on 22 October and asked for the deposit
back. That was five weeks ago.

If the 900.00 is not back in my account within 14 days of this email I
will file a claim through the small claims court without further
notice. I have kept copies of everything.

Daniel Whitcombe
14 Church Road, Frome"""),
("en", "b77-husband-wont-need-cover", "Margaret Allsopp <m.allsopp@example.org.uk>", "Mr R Allsopp - account 40017723", "billing", "",
"""Dear Sirs,

My husband Roy looked after all our household accounts and I am now
going through his papers. Roy died in the spring, and I have since
moved in with my daughter in Harrogate, so the bungalow's boiler will
not be needing your Gold Care any more.

I see the plan is paid monthly from his bank account. Could you please
bring it to an end and let me know if anything is owed either way.

Yours faithfully,
Margaret Allsopp (Mrs)"""),
("en", "b77-attic-quote-vat-seai", "Niamh Brennan <niamh.brennan@example.ie>", "Quote Q-3381", "billing", "",
"""Hi there,

Thanks for the quote for the attic insulation in Ballincollig. Just a
couple of questions before we go ahead:

- Is the 2,850 inclusive of VAT at 13.5% or is that added on?
- You mention the SEAI grant of 1,500 - do you deduct that from the
  price up front or do we pay the full amount and claim it back?

Thanks a million,
Niamh"""),
("en", "b77-radiator-callout-twice", "Kwame Asante <kwame.asante@example.co.uk>", "charged twice", "billing", "",
"""Hi, your engineer replaced the valve on our kitchen radiator last
Tuesday (job 55821), 95 for the callout which is fine. But the card has
been charged 95 twice, both on the 12th. Can you refund one please.

Kwame"""),
("en", "b77-furnace-plan-florida-winter", "Barbara Kowalczyk <barb.kowalczyk@example.com>", "Maintenance plan while we're away", "billing", "",
"""Good morning,

My husband and I spend January through April with our daughter in
Sarasota, and the house in Grand Rapids is winterized while we're gone
(water off, thermostat at 50). We're on your Comfort Club plan at
$24.95/month.

Is there any way to put the plan on hold for those four months and
pick it back up in May? We'd still like the spring AC tune-up.

Thank you,
Barbara Kowalczyk"""),
("en", "b77-liner-survey-chargeback", "Tom Ellery <tom.ellery@example.co.uk>", "Survey fee", "billing", "high",
"""I booked a chimney survey for a liner quote and cancelled it by email
four days before the date, which your own terms say is free of charge.
You've charged my card 120 anyway.

I asked for it back on the 2nd and again on the 9th and got nothing but
an automatic reply. I've now opened a dispute with my card provider and
sent them the emails. If you refund it before they rule on it, fine,
let me know and I'll withdraw it.

Tom Ellery"""),
("en", "b77-emi-heatpump-water-heater", "Rajesh Verma <rajesh.verma@example.in>", "EMI facility for heat pump water heater", "billing", "",
"""Dear Sir/Madam,

I am interested in the 200 litre heat pump water heater for my house in
Dehradun, price shown on your website is Rs 1,18,500 including
installation.

Kindly let me know if EMI facility is available on HDFC credit card and
for how many months. Also please confirm whether any processing fee will
be charged.

Awaiting your reply.

Thanks and regards,
Rajesh Verma"""),
("en", "b77-urgent-invoice-accountant", "Lisa Marchetti <lisa@marchetti-dental.example>", "URGENT!!! invoice", "billing", "",
"""Hi guys, URGENT please - my accountant needs a proper VAT invoice for
the underfloor heating you put in the surgery waiting room back in
March, by this Friday for the year end. All I've got is the card
receipt. Job was under Marchetti Dental Ltd.

Lisa"""),
("en", "b77-not-boiler-renewal-price", "Peter Hollis <peter.hollis@example.co.uk>", "Renewal letter", "billing", "",
"""Dear Sir or Madam,

Let me say straight away that there is nothing wrong with the boiler.
It was serviced in June and has run perfectly since.

My question is about the renewal letter for HomeHeat Plus. The monthly
payment is going up from 14.50 to 21.99, which is more than 50 per cent.
New customers are being offered the same plan on your website for
15.00. Can you match that for me, or I'm afraid I shall go elsewhere.

Yours faithfully,
P. Hollis"""),
("en", "b77-ducted-overcharge-manager", "Shane O'Loughlin <shane.oloughlin@example.com.au>", "Invoice 7714 - want to speak to the manager", "billing", "high",
"""G'day,

Your bloke quoted us $4,200 for the ducted gas heating, six outlets, and
that's what we signed. The invoice that turned up yesterday is $5,150.
There's a line for "additional ducting and labour" that nobody ever
mentioned to us.

I've already rung the office twice and been told it's "correct". I'm not
paying the extra $950 and I want the manager or the owner to ring me,
not the girl on reception again. 0412 000 417.

Shane O'Loughlin
Ballarat"""),
("en", "b77-re-ufh-deposit-how-pay", "Helen Cartwright <helen.cartwright@example.co.uk>", "Re: Your quotation Q-11906 - underfloor heating", "billing", "",
"""Hi Jo,

Thanks, we're happy to go ahead. Can we pay the 30% deposit by bank
transfer rather than card? If so, what reference do you need on it?

Helen

On Tue, 4 Feb, Jo Fenwick <jo@warmfloors.example> wrote:
> Dear Mrs Cartwright,
>
> Please find attached our quotation Q-11906 for wet underfloor heating
> to the kitchen-diner and utility (approx. 38 m2), 6,120.00 inc. VAT.
> A 30% deposit secures your installation date.
>
> Kind regards,
> Jo Fenwick
> Warm Floors Ltd"""),
("en", "b77-return-thermostat-wrong-model", "Chris Penhaligon <chris.penhaligon@example.co.uk>", "Order 30517", "billing", "",
"""Hiya, I ordered the wireless room thermostat but it turns out our
combi needs the other model. This one hasn't been opened. How do I send
it back and will I get the full 89 back or is there a charge?

Chris"""),
("en", "b77-gas-smell-airing-cupboard", "Janet Rowley <janet.rowley@example.co.uk>", "Since the service", "technical", "high",
"""Good afternoon,

Your engineer serviced our boiler yesterday morning. Since then there
has been a faint smell of gas in the airing cupboard where the boiler
is, mostly when the heating comes on. It isn't strong and it may well
be nothing, I know they sometimes smell a bit after a clean, but I
thought I had better mention it.

Could someone let me know whether to just leave it?

Janet Rowley"""),
("en", "b77-mum-89-no-heating", "Alison Kerr <alison.kerr@example.co.uk>", "My mother's boiler - account 20093341", "technical", "high",
"""Please can somebody help. My mum is 89, lives alone in Kirkcaldy and
her boiler stopped on Saturday, the display shows F28. It is minus 3
at night this week. I've given her fan heaters but she is frail and
has a heart condition and the house is freezing.

Your phone line said the first engineer slot is Thursday. She is on
your Priority Care plan precisely so that this doesn't happen. Can you
get someone out today or tomorrow?

Alison Kerr (daughter)
07700 900 412"""),
("en", "b77-guesthouse-no-hot-water", "Mark Haworth <stay@fellsidehouse.example>", "Fellside House, Keswick", "technical", "high",
"""Hi,

The heat pump you installed in the spring has been throwing an E7 code
since about 6 this morning and won't restart. Three couples had cold
showers, one checked out early and wants their second night back, and
I've had to ring tomorrow's arrivals to warn them. We're full all week
for half term.

Your emergency number goes to voicemail. Can an engineer come today?

Mark Haworth
Fellside House"""),
("en", "b77-stove-smoke-co-alarm", "Ciarán Doherty <ciaran.doherty@example.ie>", "Stove", "technical", "high",
"""Hi,

The stove you fitted in Letterkenny three weeks ago smokes back into the
room every time we open the door to put on a sod of turf, even with the
air vents fully open. The carbon monoxide alarm in the sitting room
went off on Sunday night and again last night, so we've stopped using
it for now and opened the windows.

Nobody's sick, we're grand, but I'd like someone out to look at the
flue before we light it again.

Ciarán"""),
("en", "b77-flue-trading-standards", "Rebecca Ashworth <rebecca.ashworth@example.co.uk>", "Flue installation - HETAS inspection", "technical", "high",
"""Dear Sir or Madam,

Following the installation of our wood burner on 28 November I had an
independent HETAS engineer inspect it, because the chimney breast
upstairs gets too hot to touch. His report (attached) says the liner
has not been sealed at the register plate and the distance to the
timber lintel does not meet the regulations. He has told us not to
use the stove.

I expect you to put this right at no cost within seven days. If I do
not hear from you by Friday I will report the installation to Trading
Standards and to HETAS.

Rebecca Ashworth"""),
("en", "b77-thermostat-offline-not-bill", "Sandeep Gill <sandeep.gill@example.co.uk>", "Account query", "technical", "",
"""Hi, this isn't actually about my account or my bill, the form just
didn't have another option. The smart thermostat you fitted keeps going
offline in the app ("hub not responding") a few times a day. Wifi in
the house is fine, everything else is connected. I've unplugged the hub
and plugged it back in. Any ideas?"""),
("en", "b77-ufh-kitchen-zone-cold", "Olivia Sutherland <olivia.sutherland@example.com>", "Kitchen floor", "technical", "",
"""Hello, the underfloor heating is warm in the lounge and hall but the
kitchen zone stays stone cold, even set to 23. The little light on the
manifold actuator for that loop never comes on. Installed in September
by your team. Could someone have a look?

Olivia"""),
("en", "b77-radiators-cold-top", "Graham Tuffnell <g.tuffnell@example.co.uk>", "Radiators", "technical", "",
"""Two of the upstairs radiators are cold at the top and warm at the
bottom. I bled them on Sunday, lots of air came out, and by Tuesday
they were the same again. Boiler pressure is 1.2. This started after
your lad replaced the pump last month."""),
("en", "b77-heatpump-app-reset-email", "Anjali Menon <anjali.menon@example.com>", "Can't log in", "technical", "",
"""Hi, I can't log into the app for our heat pump. When I press "forgot
password" it says an email has been sent but nothing ever arrives, not
in spam either. Tried three times over two days. Same email address as
this one.

Thanks
Anjali"""),
("en", "b77-no-money-back-pressure", "Derek Moffat <derek.moffat@example.co.uk>", "New boiler", "technical", "",
"""Hello,

I'm not looking for money back or anything like that, the installation
was done well and the lads were tidy. It's just that the pressure on
the new boiler keeps dropping, from 1.5 to under 0.5 in about four days,
and I have to top it up with the filling loop. No drips anywhere that I
can see. Is that normal for a new system?

Derek"""),
("en", "b77-furnace-short-cycling", "Tyler Brooks <tbrooks@example.com>", "furnace", "technical", "",
"""the furnace you guys installed in october keeps short cycling. kicks
on, runs maybe 2 min, shuts off, then starts again 3-4 min later. house
never gets above 64. filter is new. tech came out once and said it was
fine but it's not. can someone come back out"""),
("en", "b77-re-case-outdoor-unit-grinding", "Nicola Barnes <nicola.barnes@example.co.uk>", "Re: Case 80314 - closed", "technical", "",
"""No, it's not fixed, please reopen it. The outdoor unit still makes a
grinding noise every time it goes into defrost, it just happens less
in the mild weather we had last week. The neighbours have mentioned it.

Nicola

-----Original Message-----
From: Customer Care <care@airsourcecomfort.example>
Sent: 12 January 09:14
Subject: Case 80314 - closed

Dear Ms Barnes,

Our engineer visited on 9 January and adjusted the fan guard. As we
have not heard from you, we have now closed this case.

Regards,
Customer Care"""),
("en", "b77-loft-insulation-mould", "Sinead Farrelly <sinead.farrelly@example.co.uk>", "Loft", "technical", "",
"""Hi

You put 270mm of insulation in our loft in October. Went up there at
the weekend for the Christmas decorations and the underside of the roof
felt is dripping, there's black mould on the timbers near the eaves and
the boxes are damp. Never had this before. Have the vents been covered?

Sinead Farrelly
Northampton"""),
("en", "b77-praise-engineer-wayne", "Dorothy Palmer <dorothy.palmer@example.org.uk>", "Thank you", "general", "",
"""Dear all,

I would like to say thank you for Wayne, who came to service my boiler
on Monday. He explained everything, took his shoes off without being
asked, and even changed the bulb in my hall light because I cannot
manage the steps any more. He is a credit to your firm.

Kind regards,
Dorothy Palmer (aged 84)"""),
("en", "b77-showroom-christmas-hours", "Ben Okafor <ben.okafor@example.co.uk>", "Showroom", "general", "",
"""Is the stove showroom in Hexham open between Christmas and New Year?
Want to bring my dad to look at a few."""),
("en", "b77-key-with-neighbour", "Rachel Stead <rachel.stead@example.co.uk>", "Service on Thursday 14th", "general", "",
"""Hi, I'll be at work on Thursday when the engineer comes for the annual
service. The key will be with my neighbour at number 12 (Mrs Ali), she
knows to expect him. The boiler is in the garage, the side door is
unlocked. Please ask him to pop the key back through my letterbox.

Thanks, Rachel"""),
("en", "b77-change-email-address", "Philip Gower <philip.gower@example.net>", "Change of details", "general", "",
"""Please update my email address on account 30045518 from
p.gower@oldmail.example to this one. Phone number is unchanged.

Phil Gower"""),
("en", "b77-subject-access-request", "Eleanor Vaughan <eleanor.vaughan@example.co.uk>", "Subject access request", "general", "",
"""Dear Data Protection Officer,

Under the UK GDPR I am requesting a copy of all personal data you hold
about me, including call recordings and engineer notes relating to my
property at 3 Wellington Terrace, Cheltenham, from 2019 to date.

I look forward to your response within one month.

Eleanor Vaughan"""),
("en", "b77-engineer-rude-father-manager", "Imogen Hartley <imogen.hartley@example.co.uk>", "The engineer who came to my father's", "general", "high",
"""I'm writing about the engineer who attended my father's house on
Wednesday. My father is 81 and a bit deaf. When he asked him to repeat
something, your engineer rolled his eyes, told him to "get his ears
syringed", and swore under his breath in the kitchen. My dad was shaken
and rang me in tears.

The work itself isn't the issue. The way he spoke to an elderly
customer is. I want a manager - not customer services - to contact me
this week, and I don't want that engineer sent to him again.

Imogen Hartley"""),
("en", "b77-showroom-step-loose", "Graham Leach <graham.leach@example.co.uk>", "Your showroom entrance", "general", "high",
"""Hello,

Just a heads up. The second stone step at the front entrance of your
Leek showroom is loose and rocks when you stand on it. An older lady
in front of me on Saturday caught her heel on it and would have gone
down if her son hadn't grabbed her. It's easy to miss because of the
mat over it.

Someone is going to get hurt, so you may want to tape it off until
it's fixed.

Graham Leach"""),
("en", "b77-school-fair-sponsor", "PTA Treasurer <pta@stmarksprimary.example>", "Christmas fair - local sponsors", "general", "",
"""Dear Sir/Madam,

St Mark's Primary PTA is holding its Christmas Fair on Saturday 7
December. We're looking for local businesses to sponsor a stall (25)
or donate a raffle prize, and in return we list sponsors in the
programme and on our Facebook page.

Would you be interested? A free boiler service would make a very
popular raffle prize!

With thanks,
Karen Mills, PTA Treasurer"""),
("en", "b77-hello-cover-kerry", "Donal Sheehan <donal.sheehan@example.ie>", "Hello", "general", "",
"""Hello, do ye cover Cahersiveen or is that outside your area? Looking
at getting an air to water heat pump fitted next year.
Donal"""),
("en", "b77-lost-reading-glasses", "Maureen Clegg <maureen.clegg@example.co.uk>", "Glasses", "general", "",
"""Hello, I think I left my reading glasses on the counter in your
showroom on Friday afternoon when I was looking at the radiator
brochures. Tortoiseshell frames in a blue case. Has anyone handed
them in?

Maureen Clegg"""),
("en", "b77-stove-absolute-killer", "Jamie Rourke <jamie.rourke@example.co.uk>", "the new stove!!", "general", "",
"""Just had to send a quick one - the stove your lads put in last week
is an absolute killer. We lit it Friday and it's been murder trying to
keep the living room below 25, the dog hasn't moved from the rug since.
Should have done this years ago. Cheers to Lee and Kyle, top blokes."""),
("en", "b77-permit-parking-van", "Kylie Nguyen <kylie.nguyen@example.com.au>", "Install on Monday", "general", "",
"""Hi team, just so you know, our street (Lygon St end) is permit
parking only from 8am and the inspectors are pretty keen. I've got a
visitor permit for the installers' van - I'll leave it in the
letterbox, or they can park in our driveway if it's just the one
vehicle. Ring me on 0423 111 908 when they're 15 min away.

Cheers,
Kylie"""),
("en", "b77-apprentice-application", "Arjun Reddy <arjun.reddy@example.com>", "Application for apprentice heating engineer", "general", "",
"""Respected Sir/Madam,

I am Arjun Reddy, 19 years, recently moved to Leicester with my family.
I have completed ITI in Refrigeration and Air Conditioning in
Hyderabad. I saw your advertisement for apprentice heating engineer
and I am very much interested to apply for the same.

PFA my CV. Kindly let me know the further process.

Thanking you,
Arjun Reddy"""),
# ---------------- Greek ----------------
("el", "b77-gl-symvolaio-fevgoume-germania", "Thanos K. <thanos.kar@example.gr>", "symvolaio syntirhshs", "billing", "",
"""Kalhspera sas,
exw symvolaio syntirhshs gia ton levhta aeriou sto diamerisma sthn
Kalamaria (45 eyrw to e3amhno me pagia entolh). Apo ton Ianouario
fevgoume oikogeneiaka gia Germania gia douleia kai to spiti 8a meinei
kleisto, den 8a to noikiasoume. Den to xreiazomaste loipon. Ti prepei
na kanw gia na stamathsei h xrewsh?
Eyxaristw poly
Thanos Karamanlis"""),
("el", "b77-exoikonomo-timologio-lathos-afm", "Βασιλική Τσολάκη <v.tsolaki@example.gr>", "Τιμολόγιο αντλίας θερμότητας - Εξοικονομώ", "billing", "",
"""Καλημέρα σας,

Στο τιμολόγιο που μου στείλατε για την αντλία θερμότητας (αρ. 1187,
9.300€) έχει γραφτεί λάθος ΑΦΜ: το σωστό είναι 123456789 και όχι
123456798. Ο σύμβουλος του Εξοικονομώ μου λέει ότι με λάθος ΑΦΜ δεν
περνάει η εκταμίευση της επιδότησης.

Μπορείτε να εκδώσετε πιστωτικό και νέο τιμολόγιο με τα σωστά στοιχεία;
Η προθεσμία για την υποβολή είναι στο τέλος του μήνα.

Ευχαριστώ,
Βασιλική Τσολάκη
Κοζάνη"""),
("el", "b77-prokatavoli-tzaki-dikigoros", "Ιωάννης Μπακάλης <i.bakalis@example.gr>", "Προκαταβολή 1.500€ - ενεργειακό τζάκι", "billing", "high",
"""Κύριοι,

Στις 12 Σεπτεμβρίου σας κατέβαλα προκαταβολή 1.500€ για την προμήθεια
και τοποθέτηση ενεργειακού τζακιού στην κατοικία μου στα Τρίκαλα, με
συμφωνημένη ημερομηνία τοποθέτησης τις 20 Οκτωβρίου. Από τότε δεν ήρθε
κανείς, ενώ στα τηλέφωνα μου λένε συνεχώς "την άλλη εβδομάδα".

Στις 5 Νοεμβρίου σας ενημέρωσα εγγράφως ότι υπαναχωρώ από τη σύμβαση
και ζήτησα την επιστροφή της προκαταβολής. Δεν έχω λάβει τίποτα.

Σας ενημερώνω ότι έχω ήδη αναθέσει την υπόθεση σε δικηγόρο. Αν το ποσό
δεν επιστραφεί εντός 10 ημερών, θα κινηθούμε δικαστικά χωρίς άλλη
ειδοποίηση.

Ιωάννης Μπακάλης"""),
("el", "b77-gl-dipli-xreosi-service", "Marina P. <marina.p@example.gr>", "xrewsh", "billing", "",
"""Geia sas, o texnikos sas hr8e thn Triti gia to service tou kaysthra
(70 eyrw) kai plhrwsa me karta sto pos tou. Shmera vlepw sto e-banking
dyo xrewseis twn 70 eyrw me thn idia wra. Mporeite na epistrepsete th
mia? Sas stelnw kai screenshot an xreiazetai.
Marina"""),
("el", "b77-mitera-efyge-symvolaio", "Χρυσούλα Δημάκη <chr.dimaki@example.gr>", "Σύμβαση συντήρησης Ευδοκίας Δημάκη", "billing", "",
"""Καλησπερα σας,

Η μητερα μου, Ευδοκια Δημακη, εφυγε απο τη ζωη τον Οκτωβριο. Ειχε μαζι
σας συμβαση ετησιας συντηρησης για το καλοριφερ πετρελαιου στο σπιτι
στη Λαμια. Το σπιτι θα πουληθει και δεν θα χρειαστει πια η συντηρηση.

Παρακαλω να λυθει η συμβαση και να μην ξαναχρεωθει ο λογαριασμος της.
Αν χρειαζεστε ληξιαρχικη πραξη θανατου μπορω να σας τη στειλω.

Ευχαριστω,
Χρυσουλα Δημακη"""),
("el", "b77-doseis-thermoprosopsi", "Αλέξανδρος Ρούσσος <a.roussos@example.gr>", "Θερμοπρόσοψη μονοκατοικίας", "billing", "",
"""Καλησπέρα,

Λάβαμε την προσφορά σας για θερμοπρόσοψη 10 εκ. στη μονοκατοικία μας
στο Περιστέρι, 14.800€ με ΦΠΑ. Θα θέλαμε να ρωτήσουμε αν μπορεί να
εξοφληθεί σε άτοκες δόσεις με πιστωτική κάρτα και σε πόσες, ή αν η
προκαταβολή πρέπει να δοθεί μετρητά/με κατάθεση.

Ευχαριστούμε,
Αλέξανδρος Ρούσσος"""),
("el", "b77-episkepsi-akyromeni-amfisvitisi", "Κατερίνα Σταθοπούλου <k.stathopoulou@example.gr>", "Χρέωση για επίσκεψη που ακύρωσα", "billing", "high",
"""Καλημέρα,

Είχα κλείσει αυτοψία για ενδοδαπέδια θέρμανση για τις 14/11 και την
ακύρωσα με email στις 8/11, δηλαδή έξι μέρες πριν. Στους όρους σας
γράφει ότι η ακύρωση έως 48 ώρες πριν δεν χρεώνεται. Παρόλα αυτά
χρεώθηκε η κάρτα μου 60€.

Σας έστειλα δύο φορές και δεν απάντησε κανείς. Σήμερα υπέβαλα αίτημα
αμφισβήτησης της χρέωσης στην τράπεζά μου, με τα email ως αποδεικτικά.

Κατερίνα Σταθοπούλου"""),
("el", "b77-gl-poso-kostizei-solinas-inox", "Giannis Vlachos <giannis.vlachos@example.gr>", "kaminada", "billing", "",
"""kalhmera, poso kostizei peripou h topo8ethsh swlhna inox mesa se
palia kaminada gia 3ylosompa? einai monokatoikia sta Grevena, ypsos
kaminadas kamia 7 metra. h timh ths selidas einai me fpa h xwris? kai
pairnete kai metrhta h mono karta?
euxaristw"""),
("el", "b77-re-prosfora-iban", "Ευαγγελία Λαζαρίδου <e.lazaridou@example.gr>", "Re: Προσφορά αρ. 2291 - σώματα καλοριφέρ", "billing", "",
"""Καλημέρα κ. Σωτηρίου,

Συμφωνούμε με την προσφορά. Για την προκαταβολή του 30% θα θέλαμε να
κάνουμε κατάθεση σε λογαριασμό. Μπορείτε να μου στείλετε το IBAN και τι
αιτιολογία να γράψω;

Ευαγγελία Λαζαρίδου

-----Αρχικό μήνυμα-----
Από: Σωτηρίου Θέρμανση <info@sotiriou-thermansi.example>
Θέμα: Προσφορά αρ. 2291 - σώματα καλοριφέρ

Αγαπητή κα Λαζαρίδου,

Σας επισυνάπτουμε την προσφορά για αντικατάσταση 8 σωμάτων
καλοριφέρ με θερμοστατικές κεφαλές, συνολικό κόστος 2.640€ με ΦΠΑ.

Με εκτίμηση,
Δ. Σωτηρίου"""),
("el", "b77-epistrofi-thermostati", "Πέτρος Αναγνώστου <p.anagnostou@example.gr>", "Παραγγελία 50734", "billing", "",
"""Γεια σας,

Παρήγγειλα τον ασύρματο θερμοστάτη χώρου αλλά τελικά ο λέβητάς μου
θέλει άλλο μοντέλο. Είναι σφραγισμένος στη συσκευασία του. Μπορώ να τον
επιστρέψω και να πάρω πίσω τα 79€; Τα μεταφορικά ποιος τα πληρώνει;

Πέτρος"""),
("el", "b77-ochi-provlima-ananeosi-timi", "Δημοσθένης Κυριακίδης <d.kyriakidis@example.gr>", "Ανανέωση", "billing", "",
"""Καλησπέρα σας,

Ο λέβητας δουλεύει άψογα, δεν έχω κανένα πρόβλημα, και ο τεχνικός σας
είναι πάντα συνεπής.

Το θέμα είναι η επιστολή ανανέωσης: το ετήσιο συμβόλαιο πάει από 95€
σε 140€. Στην ιστοσελίδα σας βλέπω ότι οι νέοι πελάτες το παίρνουν
110€. Θα μπορούσατε να μου κάνετε την ίδια τιμή; Είμαι πελάτης σας από
το 2016.

Με εκτίμηση,
Δ. Κυριακίδης"""),
("el", "b77-gl-endodapedia-ylika-diefthyntis", "Stelios Mpakas <stelios.mpakas@example.gr>", "TIMOLOGIO 3391", "billing", "high",
"""Kalhspera.
Sto timologio gia thn endodapedia 8ermansh mas xrewnete 2 syllektes kai
140 metra swlhna parapanw apo auta pou mphkan. Ton syllekth ton exw
mprosta mou, einai ENAS. To exw pei hdh 2 fores sto grafeio kai mou
leei h kopela oti "etsi to evgale to systhma".
De 8elw na ksanamilhsw me th grammateia. 8elw na me parei thlefwno o
ypeu8ynos h o idiokthths ths etaireias, mexri thn Paraskevh.
Stelios Mpakas
6944 000 218"""),
("el", "b77-epeigon-apodeixi-forologiki", "Ζωή Μαυροπούλου <zoi.mavropoulou@example.gr>", "ΕΠΕΙΓΟΝ", "billing", "",
"""ΕΠΕΙΓΟΝ παρακαλώ! Ο λογιστής μου θέλει μέχρι αύριο την απόδειξη για την
αλλαγή του καυστήρα (Μάρτιος, 1.250€) για τη φορολογική δήλωση και την
έχω χάσει. Μπορείτε να μου στείλετε αντίγραφο με email;

Ζωή Μαυροπούλου"""),
("el", "b77-kalodio-antlias-myrizei-kammeno", "Σπυριδούλα Ζαχαρίου <s.zachariou@example.gr>", "Αντλία θερμότητας", "technical", "high",
"""Καλησπέρα,

Από χθες το βράδυ, όταν δουλεύει η αντλία θερμότητας, μυρίζει λίγο
καμένο πλαστικό κοντά στο ηλεκτρικό κουτί που έβαλε ο ηλεκτρολόγος σας
δίπλα στον πίνακα. Το καλώδιο που μπαίνει στο κουτί είναι ζεστό όταν το
ακουμπάω. Για σιγουριά κατέβασα την ασφάλεια της αντλίας και την έχω
κλειστή.

Δεν βιάζομαι ιδιαίτερα, έχουμε και κλιματιστικό, αλλά θα ήθελα να
έρθει κάποιος να το δει.

Σπυριδούλα Ζαχαρίου"""),
("el", "b77-gl-giagia-florina-xoris-thermansi", "Nikos T. <nikos.tsiou@example.gr>", "giagia mou xwris 8ermansh", "technical", "high",
"""Kalhmera, h giagia mou einai 87 xronwn kai menei mono ths sth Florina.
O kausthras petreleou pou ton ekanes service prin apo mia evdomada den
anavei apo to Savvato, anavei ena kokkino lampaki. Ekei exei -6 to vrady.
Exei anapnevstika provlhmata kai kanei krywma. Sto thlefwno mou eipan
Tetarth to nwritero. Mporei na er8ei kapoios shmera h avrio? Einai sto
symvolaio syntirhshs sas.
Nikos Tsioumas"""),
("el", "b77-xenonas-metsovo-kryo", "Ξενώνας Πέτρινο <info@petrino-metsovo.example>", "Ξενώνας Πέτρινο - καλοριφέρ", "technical", "high",
"""Καλημέρα,

Ο λέβητας πέλλετ που εγκαταστήσατε τον Σεπτέμβριο σταματάει κάθε λίγες
ώρες με σφάλμα Ε4. Χθες το βράδυ τα δωμάτια είχαν 14 βαθμούς, δύο
ζευγάρια έφυγαν σήμερα το πρωί μία μέρα νωρίτερα και ζήτησαν πίσω τα
χρήματα της βραδιάς, και το Σαββατοκύριακο είμαστε γεμάτοι για τα
Χριστούγεννα.

Το τηλέφωνο βλαβών δεν απαντάει. Χρειαζόμαστε τεχνικό σήμερα.

Αποστόλης Γκαγκάς
Ξενώνας Πέτρινο, Μέτσοβο"""),
("el", "b77-xylosompa-kapnos-anichneftis", "Ηλίας Καραγιάννης <ilias.karagiannis@example.gr>", "Ξυλόσομπα", "technical", "high",
"""Καλησπέρα σας,

Η ξυλόσομπα που τοποθετήσατε πριν από 10 μέρες βγάζει καπνό μέσα στο
σαλόνι κάθε φορά που ανοίγουμε την πόρτα να βάλουμε ξύλα. Χθες το βράδυ
χτύπησε και ο ανιχνευτής μονοξειδίου. Ανοίξαμε τα παράθυρα, είμαστε όλοι
καλά, και τη σβήσαμε.

Δεν θα την ξανανάψουμε μέχρι να έρθει κάποιος να δει την καμινάδα.
Πότε μπορείτε;

Ηλίας Καραγιάννης, Καστοριά"""),
("el", "b77-levitas-sfalma-den-thelo-lefta", "Φωτεινή Αλεξίου <f.alexiou@example.gr>", "Λέβητας αερίου", "technical", "",
"""Καλημερα,

Δεν ζηταω να μου επιστρεψετε χρηματα ουτε κατι τετοιο, η εγκατασταση
εγινε καλα. Απλως ο καινουριος λεβητας απο την περασμενη εβδομαδα
εμφανιζει καθε πρωι το σφαλμα F.28 και πρεπει να πατησω reset για να
παρουμε ζεστο νερο. Μετα δουλευει κανονικα ολη μερα. Ειναι κατι που
πρεπει να ρυθμιστει;

Φωτεινη Αλεξιου"""),
("el", "b77-gl-thermostatis-wifi", "Kostas Dimitriou <kdimitriou@example.gr>", "8ermostaths", "technical", "",
"""geia sas, o wifi 8ermostaths pou mas valate den syndeetai sto router meta
to update ths efarmoghs. vgazei "h syskeuh den vre8hke". to router einai
idio, to kwdiko ton exw valei swsta. dokimasa kai reset. ti allo na kanw?"""),
("el", "b77-endodapedia-mpanio-krya", "Ελισάβετ Χατζή <elisavet.chatzi@example.gr>", "Ενδοδαπέδια στο μπάνιο", "technical", "",
"""Καλησπέρα,

Η ενδοδαπέδια θέρμανση ζεσταίνει κανονικά σε όλο το σπίτι εκτός από το
μπάνιο, όπου το πάτωμα μένει κρύο ακόμα κι όταν ο θερμοστάτης είναι στους
24. Στον συλλέκτη το κύκλωμα του μπάνιου φαίνεται ανοιχτό. Η εγκατάσταση
έγινε από το συνεργείο σας τον Οκτώβριο στη Θέρμη.

Ευχαριστώ,
Ελισάβετ Χατζή"""),
("el", "b77-gl-kalorifer-kryo-pano", "Dimitra <dimitra.ko@example.gr>", "kalorifer", "technical", "",
"""Kalispera, 2 swmata sto panw orofo einai kria sto epanw meros kai
zesta mono kato. Ta e3aerwsa thn Kyriakh, vghke polys aeras, alla shmera
einai pali ta idia. H piesh ston levhta leei 1,3. Ksekinhse afou
allaxate ton kyklofrhth ton prohgoumeno mhna.
Dimitra Kolovou"""),
("el", "b77-re-ypothesi-thoryvos-antlias", "Μιχάλης Σαρρής <m.sarris@example.gr>", "Re: Υπόθεση 6120 - Ολοκληρώθηκε", "technical", "",
"""Όχι, δεν έχει λυθεί. Η εξωτερική μονάδα κάνει ακόμα δυνατό τρίξιμο
κάθε φορά που μπαίνει σε απόψυξη. Απλώς τις ζεστές μέρες δεν γίνεται
τόσο συχνά. Σας παρακαλώ ανοίξτε ξανά την υπόθεση.

Μιχάλης Σαρρής

Στις 9/1, η Εξυπηρέτηση Πελατών έγραψε:
> Αγαπητέ κ. Σαρρή,
> ο τεχνικός μας επισκέφθηκε τον χώρο σας στις 5/1 και ρύθμισε τον
> ανεμιστήρα. Καθώς δεν λάβαμε νεότερα από εσάς, η υπόθεση έκλεισε.
> Με εκτίμηση"""),
("el", "b77-thermoprosopsi-mouchla", "Ανδρέας Παπαθανασίου <a.papathanasiou@example.gr>", "Υγρασία μετά τη θερμοπρόσοψη", "technical", "",
"""Καλημέρα σας,

Τον Σεπτέμβριο κάνατε θερμοπρόσοψη στο σπίτι μας στα Ιωάννινα. Από τον
Νοέμβριο εμφανίστηκε υγρασία και μαύρη μούχλα στη γωνία του υπνοδωματίου
πάνω από το παράθυρο, κάτι που δεν είχαμε ποτέ πριν. Απ' έξω, στο ίδιο
σημείο, ο σοβάς έχει ένα ράγισμα.

Μπορεί να περάσει κάποιος να το δει;

Ανδρέας Παπαθανασίου"""),
("el", "b77-efarmogi-den-einai-logariasmos", "Ραφαήλ Ιωαννίδης <rafail.ioannidis@example.gr>", "Λογαριασμός", "technical", "",
"""Καλησπερα, δεν ειναι θεμα λογαριασμου, απλως η φορμα δεν ειχε αλλη
επιλογη. Η εφαρμογη της αντλιας θερμοτητας δεν με αφηνει να συνδεθω,
λεει "λαθος κωδικος" και οταν πατω "ξεχασα τον κωδικο" δεν ερχεται
κανενα email, ουτε στα ανεπιθυμητα.
Ραφαηλ"""),
("el", "b77-gl-polykatoikia-kentriki", "Diaxeirish Polykatoikias <diaxeirish.tsimiski44@example.gr>", "Kentrikh 8ermansh Tsimiskh 44", "technical", "high",
"""Kalhmera,
grafw ws diaxeirisths ths polykatoikias sthn Tsimiskh 44. Meta thn allagh
tou kaysthra apo to synergeio sas thn Paraskevh, h kentrikh 8ermansh
den douleyei kan. 16 diamerismata einai xwris 8ermansh apo to
Savvatokyriako, exoume hlikiwmenous kai ena mwro 2 mhnwn ston 3o.
Parakalw steilte texniko shmera.
Lazaros Fotiadis, diaxeirisths
6977 000 533"""),
("el", "b77-gl-kaustiras-svinei", "Vaggelis <vaggelis.pap@example.gr>", "Erwthsh", "technical", "",
"""Geia sas, mia erwthsh. O kausthras petreleou svhnei kathe 2-3 wres kai
anavei to kokkino lampaki. Pataw to koumpi kai 3anaksekinaei. Petreleo
exei, to depositorio einai miso. Ti mporei na ftaiei? Na kanonisoume
episkepsh?
Vaggelis, Larisa"""),
("el", "b77-kaminada-synigoros-katanaloti", "Θεοδώρα Μακρή <theodora.makri@example.gr>", "Επίσημη καταγγελία - τοποθέτηση καμινάδας", "technical", "high",
"""Αξιότιμοι κύριοι,

Στις 2 Δεκεμβρίου τοποθετήσατε μεταλλική καμινάδα για το τζάκι μας. Από
την πρώτη μέρα ο τοίχος στο υπνοδωμάτιο του πάνω ορόφου, από όπου περνά
η καμινάδα, ζεσταίνεται τόσο που δεν μπορείς να βάλεις το χέρι σου, και
η μπογιά έχει αρχίσει να φουσκώνει. Ανεξάρτητος μηχανικός που φέραμε
διαπίστωσε ότι δεν τηρήθηκε η απόσταση από τα ξύλινα δοκάρια και μας
είπε να μην ανάψουμε το τζάκι.

Αναμένω να αποκαταστήσετε τη βλάβη χωρίς χρέωση εντός επτά ημερών. Σε
διαφορετική περίπτωση θα απευθυνθώ στον Συνήγορο του Καταναλωτή.

Θεοδώρα Μακρή"""),
("el", "b77-gl-efxaristo-texniko-strato", "Katerina Lamprou <katerina.lamprou@example.gr>", "eyxaristw", "general", "",
"""Kalhspera, h8ela na pw ena megalo eyxaristw ston Strato pou hr8e
shmera gia to service tou levhta. Poly eygenikos, e3hghse ta panta sth
mhtera mou me ypomonh kai afhse kai ola ka8ara. Spania vriskeis tetoious
anthrwpous. Na ton prosexete!
Katerina"""),
("el", "b77-ekthesi-orario-xristougenna", "Σοφία Νικολαΐδου <sofia.nikolaidou@example.gr>", "Ωράριο έκθεσης", "general", "",
"""Καλησπέρα, η έκθεση με τα τζάκια στη Λάρισα είναι ανοιχτή τα Σάββατα
του Δεκεμβρίου; Και μέχρι τι ώρα; Ευχαριστώ."""),
("el", "b77-kleidi-thyroro", "Λεωνίδας Παππάς <leonidas.pappas@example.gr>", "Επίσκεψη Πέμπτη 16/1", "general", "",
"""Καλημέρα,

Την Πέμπτη που θα έρθει ο τεχνικός για τη συντήρηση δεν θα είμαι στο
σπίτι. Τα κλειδιά θα τα έχει η κυρία Ροδούλα στο ισόγειο (διαμέρισμα
Α1). Ο λέβητας είναι στο μπαλκόνι της κουζίνας. Παρακαλώ να αφήσει τα
κλειδιά πάλι σε εκείνη όταν τελειώσει.

Ευχαριστώ,
Λεωνίδας Παππάς"""),
("el", "b77-gl-allagi-kinitou", "Giorgos S. <giorgos.sar@example.gr>", "allagh thlefwnou", "general", "",
"""Geia sas, allaksa kinhto. To neo einai 6983 000 771, to palio na to
svhsete. Arithmos pelath 204417. Eyxaristw, Giwrgos Saridakis"""),
("el", "b77-gdpr-diagrafi", "Αικατερίνη Βλάχου <aikaterini.vlachou@example.gr>", "Αίτημα διαγραφής προσωπικών δεδομένων", "general", "",
"""Κύριοι,

Σύμφωνα με το άρθρο 17 του ΓΚΠΔ, ζητώ τη διαγραφή όλων των προσωπικών
μου δεδομένων από τα αρχεία σας και από τη λίστα αποστολής
ενημερωτικών. Δεν έχω πλέον κανένα συμβόλαιο μαζί σας.

Παρακαλώ επιβεβαιώστε εγγράφως τη διαγραφή.

Αικατερίνη Βλάχου"""),
("el", "b77-agenis-ypalliloi-proistamenos", "Παναγιώτα Γεωργίου <panagiota.georgiou@example.gr>", "Συμπεριφορά υπαλλήλου στο τηλέφωνο", "general", "high",
"""Καλησπέρα,

Τηλεφώνησα χθες στις 11:20 στο κέντρο εξυπηρέτησης για να ρωτήσω πότε
θα έρθει ο τεχνικός. Η υπάλληλος που απάντησε μου μίλησε απαξιωτικά,
με είπε "κυρία μου, δεν καταλαβαίνετε τι σας λέω" και μου έκλεισε το
τηλέφωνο. Είμαι 72 ετών και δεν δέχομαι να μου μιλάνε έτσι.

Ζητώ να επικοινωνήσει μαζί μου ο προϊστάμενος του τμήματος, όχι άλλος
υπάλληλος. Τηλέφωνο 2310 000 482.

Παναγιώτα Γεωργίου"""),
("el", "b77-xorigia-akadimia-podosfairou", "Ακαδημία Ποδοσφαίρου Αστέρας Κιλκίς <info@asteras-kilkis.example>", "Πρόταση χορηγίας", "general", "",
"""Αγαπητοί κύριοι,

Η Ακαδημία Ποδοσφαίρου Αστέρας Κιλκίς απασχολεί 120 παιδιά 6-14 ετών.
Αναζητούμε τοπικές επιχειρήσεις για χορηγία των φανελών της νέας
σεζόν. Σε αντάλλαγμα, το λογότυπό σας θα τυπωθεί στις φανέλες και θα
αναρτηθεί στην ιστοσελίδα μας.

Θα χαρούμε να σας δώσουμε περισσότερες πληροφορίες.

Με εκτίμηση,
Θεμιστοκλής Ζήσης, Πρόεδρος"""),
("el", "b77-gl-kalyptete-kastoria", "Apostolos <apostolos.k@example.gr>", "Erwthsh", "general", "",
"""kalhmera, kanete egkatastash antlias 8ermothtas kai sthn Kastoria h mono
Kozani? to spiti einai sto Argos Orestiko. euxaristw"""),
("el", "b77-xechasa-omprela-ekthesi", "Ευτυχία Σπανού <eftychia.spanou@example.gr>", "Ξεχάσαμε κάτι στην έκθεση", "general", "",
"""Καλημέρα σας,

Το Σάββατο το μεσημέρι ήρθαμε με τον άντρα μου στην έκθεσή σας στο
Μαρούσι για τις ξυλόσομπες και νομίζω ότι ξεχάσαμε μια μαύρη ομπρέλα
με ξύλινη λαβή, δίπλα στο τραπεζάκι με τα φυλλάδια. Μήπως τη βρήκατε;
Μπορούμε να περάσουμε να την πάρουμε.

Ευτυχία Σπανού"""),
("el", "b77-tzaki-fotia-kai-lavra", "Χρήστος Μαργαρίτης <christos.margaritis@example.gr>", "Το τζάκι!!", "general", "",
"""Έπρεπε να σας γράψω! Το ενεργειακό τζάκι που μας βάλατε είναι φωτιά
και λαύρα, σκότωσε το κρύο σε όλο το σπίτι από την πρώτη μέρα, μέχρι
και τα σώματα στα υπνοδωμάτια καίνε. Ο πεθερός μου που δεν του αρέσει
τίποτα είπε "καλή δουλειά". Μπράβο στον Άκη και στον Βασίλη!"""),
("el", "b77-gl-thesi-ydravlikou", "Panos Vlachodimos <panos.vlachodimos@example.gr>", "douleia", "general", "",
"""Kalhspera, eimai ydraulikos me 8 xronia empeiria se levhtes kai
endodapedia, exw adeia. Eida oti psaxnete texniko gia th Thessalonikh.
Pou na steilw viografiko?
Panos"""),
("el", "b77-parkarisma-skylos-avli", "Ρένα Κουτσούκου <rena.koutsoukou@example.gr>", "Τοποθέτηση αντλίας την Τρίτη", "general", "",
"""Καλησπέρα,

Για την Τρίτη που θα έρθει το συνεργείο: ο δρόμος μας στην Κηφισιά είναι
πολύ στενός και το φορτηγάκι δεν χωράει μπροστά στο σπίτι. Καλύτερα να
σταθμεύσει στη γωνία, στο πάρκινγκ του σούπερ μάρκετ. Έχουμε και
σκύλο στην αυλή, είναι φιλικός αλλά θα τον κλείσουμε στην αποθήκη.
Καλέστε με στο 6945 000 120 όταν είστε κοντά.

Ρένα Κουτσούκου"""),
("el", "b77-imerida-antlies-thermotitas", "Ματθαίος Ρήγας <matthaios.rigas@example.gr>", "Ενημερωτική εκδήλωση", "general", "",
"""Καλημερα,

Ειδα σε μια αναρτηση σας οτι κανετε ενημερωτικη εκδηλωση για τις αντλιες
θερμοτητας στο Βολο. Ποτε ακριβως θα γινει και χρειαζεται να δηλωσω
συμμετοχη; Θα ερθω με τον γειτονα μου.

Ευχαριστω,
Ματθαιος Ρηγας"""),
# ---------------- Spanish ----------------
("es", "b77-baja-mantenimiento-nos-vamos-valencia", "Remedios Alonso <remedios.alonso@example.es>", "Contrato de mantenimiento", "billing", "",
"""Buenos días:

Tengo contratado con ustedes el mantenimiento de la caldera de gas del
piso de la calle Vitoria, en Burgos (9,90 al mes por domiciliación). En
diciembre me voy a vivir a Valencia con mi hija y el piso lo hemos puesto
a la venta, así que ya no voy a necesitar sus servicios.

¿Qué tengo que hacer para que dejen de pasarme el recibo a partir de
enero?

Muchas gracias,
Remedios Alonso"""),
("es", "b77-factura-desglosada-ayuda-aerotermia", "Jordi Puigvert <jordi.puigvert@example.es>", "Factura aerotermia - ayuda", "billing", "",
"""Hola,

Para tramitar la ayuda de la comunidad autónoma por la aerotermia me
piden una factura desglosada (equipo, instalación y mano de obra por
separado) y la que me enviaron es por el total, 12.480 EUR IVA incluido,
en una sola línea. ¿Me la pueden volver a emitir desglosada? El plazo
para presentar la documentación acaba el día 30.

Gracias,
Jordi Puigvert
Girona"""),
("es", "b77-sena-salamandra-defensa-consumidor", "Martín Echeverría <martin.echeverria@example.com.ar>", "Seña salamandra - último aviso", "billing", "high",
"""Señores:

El 3 de abril les dejé una seña de $450.000 para la provisión e
instalación de una salamandra a leña en mi casa de Bariloche, con fecha
de colocación el 15 de mayo. Estamos en julio, no vino nadie, no tengo
salamandra y ustedes ya no atienden el teléfono.

El 10 de junio les pedí por escrito la devolución de la seña. No tuve
respuesta.

Les aviso que ya hice la denuncia en Defensa del Consumidor y que mi
abogado les va a mandar una carta documento esta semana si no me
devuelven la plata.

Martín Echeverría"""),
("es", "b77-cobro-doble-mantenimiento-boiler", "Guadalupe Ríos <lupita.rios@example.com.mx>", "cobro doble", "billing", "",
"""Buenas tardes, el martes vino su técnico a darle mantenimiento al
boiler de gas y le pagué con tarjeta, $1,150. Hoy reviso mi estado de
cuenta y me aparecen dos cargos de $1,150 a la misma hora. ¿Me pueden
regresar uno por favor? Les mando la captura si la necesitan.

Saludos,
Lupita Ríos"""),
("es", "b77-padre-nos-dejo-revision", "Ignacio Beltrán <ignacio.beltran@example.es>", "Contrato de revisión de mi padre", "billing", "",
"""Buenas tardes,

Mi padre, Anselmo Beltrán, nos dejó en septiembre. Tenía con ustedes el
contrato de revisión anual del gasoil de la casa del pueblo (en Tábara,
Zamora). La casa se va a quedar cerrada y ya no tiene sentido mantenerlo.

Les agradecería que lo dieran de baja y que no vuelvan a cargar nada en
su cuenta. Si necesitan el certificado de defunción, me dicen.

Un saludo,
Ignacio Beltrán"""),
("es", "b77-insuflado-financiacion", "Susana Lorenzo <susana.lorenzo@example.es>", "Presupuesto insuflado", "billing", "",
"""hola buenas, nos ha llegado el presupuesto para el insuflado de la
camara de la fachada, 3.960 euros. se puede pagar a plazos? cuantos
meses y si tiene intereses. y cuanto hay que adelantar antes de que
empiecen la obra

gracias
Susana"""),
("es", "b77-visita-cancelada-contracargo", "Álvaro Prats <alvaro.prats@example.es>", "Cargo indebido", "billing", "high",
"""Buenos días,

Anulé por correo la visita técnica para el presupuesto de suelo
radiante seis días antes de la fecha, como permiten sus condiciones
(cancelación gratuita hasta 48 horas antes). Aun así me han cobrado 75
euros en la tarjeta.

Les he escrito dos veces sin respuesta. Hoy he abierto una reclamación
con mi banco para que me devuelvan el cargo, adjuntando los correos. Si
ustedes lo reembolsan antes, avísenme.

Álvaro Prats"""),
("es", "b77-estufa-pellet-transferencia-temuco", "Camila Sandoval <camila.sandoval@example.cl>", "Consulta", "billing", "",
"""Hola, buenas tardes. Quiero comprar la estufa a pellet de 9 kW que
tienen en la página a $899.990 con instalación incluida, para mi casa en
Temuco. ¿Aceptan transferencia o solo tarjeta? ¿Y la instalación se paga
aparte del kit de cañón o ya viene todo en ese precio?

Gracias,
Camila"""),
("es", "b77-re-presupuesto-suelo-radiante-bizum", "Marta Goikoetxea <marta.goikoetxea@example.es>", "Re: Presupuesto 2024-118 suelo radiante", "billing", "",
"""Hola Iñaki,

Nos parece bien, adelante. ¿La señal del 30% la podemos pagar por
transferencia o por Bizum? Si es transferencia, pásame el número de
cuenta y qué concepto pongo.

Marta

El 14 feb, Iñaki Etxeberria <inaki@beroa-instalaciones.example> escribió:
> Buenos días, Marta:
>
> Te adjunto el presupuesto 2024-118 para suelo radiante por agua en
> planta baja (unos 65 m2), 5.870 EUR IVA incluido. Para reservar fecha
> pedimos una señal del 30%.
>
> Un saludo,
> Iñaki"""),
("es", "b77-devolucion-termostato-cerrado", "Héctor Villaseñor <hector.villasenor@example.com.mx>", "Pedido 40218", "billing", "",
"""Qué tal, compré el termostato inalámbrico pero resulta que no es
compatible con mi calefactor. Está cerrado, ni lo saqué de la caja.
¿Cómo lo devuelvo y me reembolsan los $2,340 completos o me cobran el
envío?

Gracias
Héctor"""),
("es", "b77-caldera-perfecta-subida-cuota", "Eulalia Ferrer <eulalia.ferrer@example.es>", "Renovación", "billing", "",
"""Muy señores míos:

Quiero dejar claro que la caldera funciona perfectamente y que el
técnico que viene cada año es muy formal.

Mi consulta es sobre la carta de renovación: la cuota anual pasa de 89
a 132 euros. En su web ofrecen el mismo servicio a clientes nuevos por
99. Llevo con ustedes desde 2015; ¿podrían dejármelo al mismo precio?

Atentamente,
Eulalia Ferrer"""),
("es", "b77-factura-radiadores-responsable", "Rubén Castaño <ruben.castano@example.es>", "FACTURA 2291 - QUIERO HABLAR CON EL RESPONSABLE", "billing", "high",
"""Buenas.

En la factura de la sustitución de radiadores me cobran 9 radiadores y
me han puesto 7, los he contado tres veces. Además aparecen 4 llaves
termostáticas que no existen. Ya lo he dicho dos veces por teléfono y
la chica de la oficina me dice que "es lo que sale en el sistema".

No pienso pagar esa factura tal como está y no quiero volver a hablar
con la oficina. Quiero que me llame el responsable o el dueño de la
empresa antes del viernes. 655 000 184.

Rubén Castaño"""),
("es", "b77-urgente-factura-a-contador", "Facundo Giménez <facundo@gimenez-estudio.example>", "URGENTE", "billing", "",
"""Hola! URGENTE por favor, mi contador necesita para mañana la factura A
de la instalación del calefactor tiro balanceado en la oficina (la
hicieron en mayo). Me dieron factura B y soy responsable inscripto. CUIT
20-00000000-1, razón social Giménez Estudio SRL.

Gracias!
Facundo"""),
("es", "b77-congelar-plan-temporada-uruguay", "Rosario Pereyra <rosario.pereyra@example.com.uy>", "Plan de mantenimiento", "billing", "",
"""Buen día. Tenemos el plan de mantenimiento de la estufa a leña de la
casa de Piriápolis, que pagamos $U 690 por mes. La casa la usamos solo
en invierno; de noviembre a marzo queda cerrada. ¿Se puede congelar el
plan esos meses y retomarlo en abril? No queremos darlo de baja.

Muchas gracias,
Rosario"""),
("es", "b77-olor-gas-tras-revision", "Pilar Sanchís <pilar.sanchis@example.es>", "Después de la revisión", "technical", "high",
"""Buenas tardes,

Ayer por la mañana vino su técnico a hacer la revisión de la caldera.
Desde entonces, en la galería donde está la caldera huele un poco a gas,
sobre todo cuando se enciende la calefacción. No es un olor fuerte y a
lo mejor es normal después de limpiarla, no lo sé, pero prefiero
comentarlo.

¿Me pueden decir si lo dejo así o si alguien debería mirarlo?

Pilar Sanchís"""),
("es", "b77-abuela-leon-sin-calefaccion", "Noelia Fernández <noelia.fernandez@example.es>", "Mi abuela sin calefacción", "technical", "high",
"""Por favor, necesito ayuda. Mi abuela tiene 90 años y vive sola en León.
La caldera se paró el sábado y da el error E133. Esta semana están a
menos cuatro por la noche. Le hemos llevado un radiador eléctrico, pero
tiene EPOC y la casa está helada.

Por teléfono me dicen que el primer técnico disponible es el jueves.
Tiene el contrato de mantenimiento con atención preferente. ¿Puede ir
alguien hoy o mañana?

Noelia Fernández (nieta)
676 000 219"""),
("es", "b77-guarderia-ninos-a-casa", "Escuela Infantil Los Pinos <direccion@eilospinos.example>", "Escuela Infantil Los Pinos", "technical", "high",
"""Buenos días,

La bomba de calor que nos instalaron en octubre se ha parado esta
mañana con un aviso de alta presión y no arranca. Las aulas están a 13
grados, hemos tenido que llamar a las familias para que vengan a por los
bebés y hoy solo nos quedan 9 niños de 54, todos con el abrigo puesto.

El teléfono de averías no contesta. Necesitamos un técnico hoy.

Beatriz Molina
Directora, E.I. Los Pinos (Alcobendas)"""),
("es", "b77-estufa-lena-humo-monoxido", "Gonzalo Aguirre <gonzalo.aguirre@example.com.ar>", "Salamandra", "technical", "high",
"""Hola, qué tal.

La salamandra que nos instalaron hace dos semanas en San Martín de los
Andes echa humo adentro cada vez que abrimos la puerta para cargar
leña, aunque tenga el tiraje abierto del todo. Anoche sonó la alarma de
monóxido en el living. Abrimos todo, estamos todos bien, y la apagamos.

No la vamos a volver a prender hasta que alguien venga a revisar el
caño. ¿Cuándo pueden venir?

Gonzalo"""),
("es", "b77-boiler-fuga-gas-profeco", "Adriana Castillo <adriana.castillo@example.com.mx>", "Instalación de boiler - queja formal", "technical", "high",
"""A quien corresponda:

El 18 de noviembre instalaron en mi casa en Toluca un boiler de paso de
gas. Desde entonces huele a gas en el patio de servicio. Vino el técnico
de la gasera y encontró una fuga en la conexión que hizo su instalador;
cerró la llave y nos dijo que no lo usáramos. Llevamos cinco días
bañándonos con agua calentada en la estufa.

Exijo que corrijan la instalación sin costo en un máximo de 48 horas.
De no ser así, presentaré la queja ante PROFECO.

Adriana Castillo"""),
("es", "b77-termostato-wifi-no-es-factura", "Raul Medina <raul.medina@example.es>", "Mi factura", "technical", "",
"""Hola, no es por la factura, es que no habia otra opcion en el
formulario. El termostato wifi que me instalaron se desconecta de la
app varias veces al dia ("dispositivo sin conexion"). El wifi de casa va
bien, el resto de cosas funcionan. Ya lo he desenchufado y vuelto a
enchufar. Alguna idea?"""),
("es", "b77-suelo-radiante-circuito-frio", "Ainhoa Larrañaga <ainhoa.larranaga@example.es>", "Suelo radiante dormitorio", "technical", "",
"""Buenas,

El suelo radiante calienta bien en toda la casa menos en el dormitorio
principal, que está frío aunque pongamos el termostato a 23. En el
colector, el cabezal de ese circuito no se abre nunca (la lucecita no se
enciende). Lo instalaron ustedes en septiembre.

¿Podría pasar alguien a mirarlo?

Ainhoa"""),
("es", "b77-radiadores-frios-arriba", "Esteban Quintero <esteban.quintero@example.es>", "radiadores", "technical", "",
"""Dos radiadores del piso de arriba están fríos por la parte de arriba y
calientes abajo. Los purgué el domingo, salió mucho aire, y el martes
estaban igual. La presión de la caldera marca 1,3. Empezó después de que
cambiaron la bomba el mes pasado."""),
("es", "b77-re-incidencia-aerotermia-ruido", "Carmen Olmedo <carmen.olmedo@example.es>", "RE: Incidencia 5521 cerrada", "technical", "",
"""No, no está resuelto, por favor vuelvan a abrirla. La unidad exterior
sigue haciendo un ruido metálico muy fuerte cada vez que entra en
desescarche, solo que con los días templados de la semana pasada pasaba
menos. Los vecinos ya se han quejado.

Carmen Olmedo

De: Atención al Cliente <clientes@aerotermiasur.example>
Enviado: jueves, 11 de enero 9:02
Asunto: Incidencia 5521 cerrada

Estimada Sra. Olmedo:
Nuestro técnico visitó su domicilio el 8 de enero y ajustó la rejilla
del ventilador. Al no tener noticias suyas, damos por cerrada la
incidencia.
Un saludo"""),
("es", "b77-sate-humedad-dormitorio", "Francisco Javier Ocaña <fj.ocana@example.es>", "Humedades después del SATE", "technical", "",
"""Buenos días,

En septiembre nos pusieron el aislamiento SATE en la fachada de la casa
en Soria. Desde noviembre ha salido humedad y moho negro en la esquina
del dormitorio, encima de la ventana, cosa que no habíamos tenido nunca.
Por fuera, a la misma altura, el revoco tiene una grieta.

¿Pueden venir a verlo?

Fco. Javier Ocaña"""),
("es", "b77-app-no-deja-entrar", "Daniela Treviño <daniela.trevino@example.com.mx>", "No puedo entrar", "technical", "",
"""Hola, no puedo entrar a la app de la bomba de calor. Le doy "olvidé mi
contraseña", me dice que ya me mandó un correo pero nunca llega, ni en
spam. Ya lo intenté 3 veces. Es el mismo correo desde el que escribo.

Gracias"""),
("es", "b77-no-quiero-plata-presion-caldera", "Lucas Bertolini <lucas.bertolini@example.com.ar>", "Caldera nueva", "technical", "",
"""Buenas, aclaro de entrada que no estoy pidiendo que me devuelvan la
plata ni nada parecido, la instalación quedó prolija y los muchachos
fueron muy amables.

Pasa que la presión de la caldera nueva baja sola, de 1,5 a menos de
0,5 en cuatro o cinco días, y tengo que cargarla con la canilla de
llenado. No veo pérdidas por ningún lado. ¿Es normal en una instalación
nueva?

Lucas, Rosario"""),
("es", "b77-estufa-pellet-se-apaga", "Ignacio Muñoz <ignacio.munoz@example.cl>", "Estufa se apaga", "technical", "",
"""Hola, la estufa a pellet que compramos con ustedes en mayo se apaga
sola después de una hora más o menos y marca "Er 05". El depósito está
lleno y limpio el brasero todos los días. Estamos en Puerto Montt y
justo ahora hace frío. ¿Qué puede ser?

Saludos,
Ignacio Muñoz"""),
("es", "b77-gracias-tecnico-sergio", "Mercedes Campos <mercedes.campos@example.es>", "Agradecimiento", "general", "",
"""Buenas tardes,

Quería dar las gracias a Sergio, el técnico que vino el lunes a hacer
la revisión de la caldera de mi madre. Tuvo muchísima paciencia con
ella, le explicó todo dos veces sin perder la sonrisa y lo dejó todo
limpísimo. Da gusto.

Un saludo,
Mercedes Campos"""),
("es", "b77-horario-sala-exhibicion-puebla", "Jorge Salinas <jorge.salinas@example.com.mx>", "horario", "general", "",
"""buen dia, a que hora abren la sala de exhibicion de chimeneas en Puebla
los sabados? queremos ir a ver unas"""),
("es", "b77-llaves-portero-revision", "Teresa Oliva <teresa.oliva@example.es>", "Revisión del jueves 16", "general", "",
"""Hola,

El jueves, cuando venga el técnico a la revisión, no voy a estar en
casa. Las llaves las tendrá Paco, el portero, en la garita de la
entrada. La caldera está en la terraza de la cocina. Cuando termine, que
le devuelva las llaves a Paco, por favor.

Gracias,
Teresa Oliva"""),
("es", "b77-cambio-apellido-casada", "Valentina Ortiz de Rossi <valentina.rossi@example.com.ar>", "Cambio de datos", "general", "",
"""Hola, me casé y ahora uso también el apellido de mi marido. ¿Pueden
cambiar el nombre del titular a Valentina Ortiz de Rossi? N° de cliente
88120. El resto de los datos queda igual. Gracias!"""),
("es", "b77-rgpd-acceso-datos", "Andrés Villalobos <andres.villalobos@example.es>", "Solicitud de acceso - RGPD", "general", "",
"""Estimados señores:

En virtud del artículo 15 del RGPD, solicito una copia de todos los
datos personales que conservan sobre mí, incluidas las grabaciones de
llamadas y las notas de los técnicos sobre mi vivienda de la calle
Alfonso I, 12, Zaragoza.

Quedo a la espera de su respuesta en el plazo de un mes.

Andrés Villalobos"""),
("es", "b77-tecnico-fumando-superior", "Inmaculada Robles <inma.robles@example.es>", "Queja por el técnico", "general", "high",
"""Buenas tardes,

Escribo por el técnico que vino el miércoles a casa de mi madre, que
tiene 84 años y está delicada de los pulmones. Se encendió un cigarro
en la cocina sin preguntar, y cuando mi madre le pidió que lo apagara
le contestó de malas maneras que "así trabajaba más a gusto".

El trabajo en sí no es el problema. El problema es el trato. Quiero
que me llame un superior, no el teléfono de atención al cliente, y no
quiero que ese señor vuelva a casa de mi madre.

Inmaculada Robles"""),
("es", "b77-patrocinio-club-baloncesto", "CB Ribera Alta <info@cbriberaalta.example>", "Patrocinio equipaciones", "general", "",
"""Buenos días:

El Club Baloncesto Ribera Alta, de Alzira, tiene 140 niños y niñas en
escuelas y equipos de base. Estamos buscando empresas de la comarca que
quieran patrocinar las equipaciones de la próxima temporada. A cambio,
su logo iría en las camisetas y en nuestras redes.

Si les interesa, les enviamos la propuesta.

Un saludo,
Vicent Mompó, presidente"""),
("es", "b77-hola-trabajan-en-cuenca", "Julián Moya <julian.moya@example.es>", "Hola", "general", "",
"""Hola, ¿trabajáis también en la provincia de Cuenca o solo en Albacete?
Estamos pensando en poner aerotermia en una casa en Motilla del
Palancar."""),
("es", "b77-llaves-auto-olvidadas", "Francisca Vera <francisca.vera@example.cl>", "Llaves", "general", "",
"""Hola, el sábado en la tarde estuve en su local de Providencia viendo
estufas y creo que dejé unas llaves de auto con un llavero rojo de
Colo-Colo. ¿Alguien las encontró? Paso a buscarlas cuando me digan.

Francisca"""),
("es", "b77-estufa-es-una-bomba", "Borja Iglesias <borja.iglesias@example.es>", "La estufa!!!", "general", "",
"""Tenía que escribiros: la estufa que nos pusisteis es una bomba, nos
está matando de calor, ¡hemos tenido que abrir la ventana en pleno
enero en Ávila! Hasta mi suegra, que no le gusta nada, ha dicho que
qué maravilla. Gracias a Dani y a Fran, unos cracks."""),
("es", "b77-bolsa-trabajo-tecnico", "Omar Gutiérrez <omar.gutierrez@example.com.mx>", "Vacante", "general", "",
"""Buenas tardes, soy técnico en gas con 6 años de experiencia en
calentadores y calefacción, vivo en Monterrey. Vi que buscan personal
para instalaciones. ¿A dónde mando mi CV?

Saludos
Omar"""),
("es", "b77-cristal-roto-zona-infantil", "Laura Peñalver <laura.penalver@example.es>", "Zona infantil de la exposición", "general", "high",
"""Hola,

Solo para avisaros: el sábado por la mañana, en la zona de juegos para
niños de vuestra exposición de Getafe, había trozos de cristal en el
suelo, al lado de la mesita de colorear; parece que se había roto el
cristal de una de las puertas de la estantería. Mi hija de 3 años casi
coge uno. Se lo dije a un chico de la tienda pero cuando nos fuimos
seguía ahí.

Alguien se va a cortar, igual conviene cerrar esa zona hasta que lo
arreglen.

Laura Peñalver"""),
("es", "b77-charla-informativa-montevideo", "Diego Fernández <diego.fernandez@example.com.uy>", "Charla", "general", "",
"""Buenas, vi en Instagram que van a hacer una charla sobre calefacción
por bomba de calor en Montevideo. ¿Qué día es y hay que anotarse? Iría
con mi viejo.

Gracias"""),
# ---------------- Polish ----------------
("pl", "b77-umowa-serwisowa-wyjazd-norwegia", "Tadeusz Kamiński <tadeusz.kaminski@example.pl>", "Umowa serwisowa kotła", "billing", "",
"""Dzień dobry,

mam u Państwa umowę serwisową na kocioł gazowy w domu w Olsztynie
(39 zł miesięcznie, polecenie zapłaty). Dom sprzedaliśmy, akt notarialny
podpisany w zeszłym tygodniu, a od stycznia wyjeżdżamy do syna do
Norwegii. Nowi właściciele mają własnego serwisanta.

Co muszę zrobić, żeby od przyszłego miesiąca nie pobierali Państwo już
opłaty?

Z poważaniem
Tadeusz Kamiński"""),
("pl", "b77-czyste-powietrze-faktura-nip", "Agnieszka Wróblewska <a.wroblewska@example.pl>", "Faktura pompa ciepła - Czyste Powietrze", "billing", "",
"""Dzień dobry,

na fakturze za pompę ciepła (FV 118/11, 46 800 zł brutto) jest błędny
adres inwestycji - wpisano ul. Leśną 4 zamiast Leśnej 14 w Kościerzynie.
Doradca z gminy mówi, że z takim adresem WFOŚiGW nie wypłaci dotacji z
Czystego Powietrza.

Czy mogą Państwo wystawić korektę? Wniosek o płatność musimy złożyć do
końca miesiąca.

Pozdrawiam
Agnieszka Wróblewska"""),
("pl", "b77-zaliczka-kominek-sad", "Zbigniew Pawlak <zbigniew.pawlak@example.pl>", "Zaliczka 5000 zł - wkład kominkowy - wezwanie do zapłaty", "billing", "high",
"""Szanowni Państwo,

5 września wpłaciłem zaliczkę 5000 zł na dostawę i montaż wkładu
kominkowego z płaszczem wodnym w moim domu w Nowym Sączu. Termin
montażu: 10 października. Nikt się nie pojawił ani wtedy, ani w nowym
terminie, a telefon w biurze od dwóch tygodni nie odpowiada.

Pismem z 28 października odstąpiłem od umowy i wezwałem do zwrotu
zaliczki. Do dziś nie otrzymałem ani pieniędzy, ani odpowiedzi.

Niniejszym ostatecznie wzywam do zwrotu 5000 zł w terminie 7 dni. Po
tym terminie sprawa zostanie skierowana do sądu, a kosztami postępowania
zostaną Państwo obciążeni. Kopię korespondencji przekazałem już
prawnikowi.

Zbigniew Pawlak"""),
("pl", "b77-podwojna-platnosc-przeglad", "Kasia Nowicka <kasia.nowicka@example.pl>", "platnosc", "billing", "",
"""Dzien dobry, we wtorek byl u mnie serwisant na przegladzie kotla,
zaplacilam karta 250 zl. Dzis w banku widze dwie transakcje po 250 zl o
tej samej godzinie. Prosze o zwrot jednej. Moge podeslac zrzut ekranu.
Kasia Nowicka"""),
("pl", "b77-mama-odeszla-przeglady", "Elżbieta Sikora <elzbieta.sikora@example.pl>", "Umowa na przeglądy - Helena Sikora", "billing", "",
"""Dzień dobry,

moja mama, Helena Sikora, odeszła w październiku. Miała u Państwa
abonament na coroczne przeglądy pieca i kominiarza w mieszkaniu na
Bałutach w Łodzi. Mieszkanie przechodzi na wnuczkę, która ma swoją
firmę serwisową, więc abonament nie będzie już potrzebny.

Proszę o rozwiązanie umowy i niepobieranie kolejnych opłat z konta
mamy. W razie potrzeby prześlę akt zgonu.

Dziękuję,
Elżbieta Sikora"""),
("pl", "b77-raty-docieplenie-poddasza", "Marcin Górecki <marcin.gorecki@example.pl>", "Oferta docieplenie poddasza", "billing", "",
"""Dzień dobry, dostaliśmy ofertę na docieplenie poddasza wełną 30 cm,
18 400 zł. Czy można to rozłożyć na raty, na ile miesięcy i czy jest
jakieś oprocentowanie? Ile trzeba wpłacić przed rozpoczęciem prac?

Marcin"""),
("pl", "b77-pomiar-odwolany-chargeback", "Paulina Zając <paulina.zajac@example.pl>", "Nienależna opłata", "billing", "high",
"""Dzień dobry,

pomiar pod ogrzewanie podłogowe odwołałam mailowo sześć dni przed
terminem. Według Państwa regulaminu odwołanie do 48 godzin wcześniej
jest bezpłatne. Mimo to z karty pobrano 150 zł.

Pisałam w tej sprawie dwa razy i nikt nie odpowiedział. Dziś złożyłam
w banku reklamację transakcji (chargeback), załączając maile. Jeżeli
zwrócą Państwo pieniądze wcześniej, proszę o informację.

Paulina Zając"""),
("pl", "b77-ile-wklad-kominowy-gotowka", "Henryk <henryk.bieniek@example.pl>", "komin", "billing", "",
"""dzien dobry ile mniej wiecej kosztuje wklad kominowy kwasoodporny do
kozy, komin ma jakies 8 metrow, dom pod Bialymstokiem. cena na stronie
jest z vatem czy bez? i czy moge zaplacic gotowka monterowi
Henryk Bieniek"""),
("pl", "b77-re-oferta-podlogowka-blik", "Justyna Malinowska <justyna.malinowska@example.pl>", "Re: Oferta 2024/087 - ogrzewanie podłogowe", "billing", "",
"""Dzień dobry Panie Piotrze,

akceptujemy ofertę. Czy zaliczkę 30% możemy zapłacić BLIKIEM na
telefon, czy tylko przelewem? Jeśli przelewem, proszę o numer konta i
tytuł.

Justyna Malinowska

W dniu 12.02 Piotr Lis <piotr.lis@ciepla-podloga.example> napisał:
> Dzień dobry,
>
> w załączeniu oferta 2024/087 na wodne ogrzewanie podłogowe parteru
> (ok. 70 m2), 21 300 zł brutto. Termin rezerwujemy po wpłacie zaliczki
> w wysokości 30%.
>
> Pozdrawiam
> Piotr Lis"""),
("pl", "b77-zwrot-termostatu-nieotwarty", "Łukasz Baran <lukasz.baran@example.pl>", "Zamówienie 77214", "billing", "",
"""Dzień dobry, zamówiłem bezprzewodowy termostat pokojowy, ale okazało
się, że do mojego kotła potrzebny jest inny model. Nie otwierałem
opakowania. Jak go odesłać w ramach 14 dni i czy dostanę zwrot całych
349 zł razem z wysyłką?

Łukasz Baran"""),
("pl", "b77-kociol-dziala-podwyzka-abonamentu", "Stanisław Kubiak <stanislaw.kubiak@example.pl>", "Przedłużenie umowy", "billing", "",
"""Szanowni Państwo,

od razu zaznaczam, że kocioł działa bez zarzutu, a serwisant, który do
mnie przyjeżdża, jest bardzo solidny.

Chodzi o pismo w sprawie przedłużenia umowy: roczny abonament rośnie z
290 do 420 zł. Na Państwa stronie ten sam pakiet dla nowych klientów
kosztuje 320 zł. Czy mogę liczyć na taką samą cenę? Jestem klientem od
2014 roku.

Z poważaniem
Stanisław Kubiak"""),
("pl", "b77-faktura-grzejniki-kierownik", "Rafał Dudek <rafal.dudek@example.pl>", "FAKTURA 2291 - CHCĘ ROZMAWIAĆ Z KIEROWNIKIEM", "billing", "high",
"""Dzień dobry.

Na fakturze za wymianę grzejników mam policzone 9 grzejników, a
zamontowano 7 - liczyłem trzy razy. Do tego 4 głowice termostatyczne,
których w ogóle nie ma. Zgłaszałem to już dwa razy telefonicznie i pani
z biura mówi, że "tak wyszło z systemu".

Nie zapłacę tej faktury w tej formie i nie chcę już rozmawiać z biurem.
Proszę, żeby do piątku zadzwonił do mnie kierownik albo właściciel
firmy. 601 000 388.

Rafał Dudek"""),
("pl", "b77-pilne-faktura-ksiegowa", "Monika Szewczyk <biuro@szewczyk-gabinet.example>", "PILNE!!!", "billing", "",
"""Dzien dobry, PILNE - ksiegowa potrzebuje do jutra faktury VAT za montaz
pompy ciepla w gabinecie (marzec), a ja mam tylko paragon. Dane: Gabinet
Fizjoterapii Monika Szewczyk, NIP 0000000000, ul. Ogrodowa 3, Kielce.
Dziekuje!"""),
("pl", "b77-zawieszenie-abonamentu-holandia", "Dariusz Wojciechowski <dariusz.wojciechowski@example.pl>", "abonament serwisowy", "billing", "",
"""Dzień dobry, od listopada do kwietnia wyjeżdżam do pracy do Holandii,
dom będzie zamknięty, kocioł ustawiony na ochronę przed zamarzaniem.
Czy mogę zawiesić abonament serwisowy (45 zł/mies.) na ten czas i
wznowić go w maju? Nie chcę go całkiem rozwiązywać.

Dariusz"""),
("pl", "b77-zapach-gazu-po-przegladzie", "Halina Mazur <halina.mazur@example.pl>", "Po przeglądzie", "technical", "high",
"""Dzień dobry,

wczoraj rano był u nas Państwa serwisant na przeglądzie kotła. Od tego
czasu w łazience, gdzie wisi kocioł, czuć lekki zapach gazu, głównie
kiedy włącza się ogrzewanie. Nie jest mocny i może to normalne po
czyszczeniu, nie wiem, ale wolę o tym napisać.

Czy mogą Państwo dać znać, czy tak może być, czy ktoś powinien to
sprawdzić?

Halina Mazur"""),
("pl", "b77-babcia-zakopane-bez-ogrzewania", "Michał Chowaniec <michal.chowaniec@example.pl>", "Babcia bez ogrzewania", "technical", "high",
"""Bardzo prosze o pomoc. Moja babcia ma 88 lat i mieszka sama w
Zakopanem. Kociol stanal w sobote, na wyswietlaczu jest blad E04. W
nocy jest tam minus dwanascie. Zawiezlismy jej farelke, ale babcia
choruje na serce i w domu jest lodowato.

Na infolinii uslyszalem, ze najwczesniej serwisant bedzie w czwartek.
Babcia ma u Panstwa pakiet z priorytetowym serwisem. Czy ktos moze
przyjechac dzis albo jutro?

Michal Chowaniec (wnuk)
604 000 771"""),
("pl", "b77-salon-fryzjerski-odwolane-wizyty", "Studio Fryzur Ola <kontakt@studio-ola.example>", "Studio Fryzur Ola, ul. Mickiewicza 8", "technical", "high",
"""Dzień dobry,

pompa ciepła, którą montowali Państwo w październiku, od rana stoi z
błędem wysokiego ciśnienia i nie da się jej uruchomić. W salonie jest
13 stopni, klientki siedzą w kurtkach, z mokrymi włosami nie da się
pracować. Odwołałyśmy już wszystkie wizyty do 14:00, a popołudnie i
sobota są pełne.

Telefon awaryjny nie odbiera. Potrzebujemy serwisanta dzisiaj.

Aleksandra Wiśniewska
Studio Fryzur Ola, Rzeszów"""),
("pl", "b77-koza-dym-czujnik-czadu", "Wojciech Pietrzak <wojciech.pietrzak@example.pl>", "Koza", "technical", "high",
"""Dzień dobry,

koza, którą zamontowali Państwo dwa tygodnie temu, przy każdym otwarciu
drzwiczek dymi do pokoju, nawet przy całkiem otwartym szybrze. Wczoraj
wieczorem zapiszczał czujnik czadu w salonie. Otworzyliśmy okna,
wszyscy czujemy się dobrze, kozę wygasiliśmy.

Nie będziemy jej rozpalać, dopóki ktoś nie sprawdzi podłączenia do
komina. Kiedy mogą Państwo przyjechać?

Wojciech Pietrzak, Suwałki"""),
("pl", "b77-wklad-kominowy-rzecznik-konsumentow", "Grażyna Kołodziej <grazyna.kolodziej@example.pl>", "Reklamacja - montaż wkładu kominowego", "technical", "high",
"""Szanowni Państwo,

2 grudnia zamontowali Państwo wkład kominowy do naszego kominka. Od
pierwszego dnia ściana w sypialni na piętrze, przez którą przechodzi
komin, nagrzewa się tak, że nie da się przyłożyć ręki, a farba zaczęła
pękać. Kominiarz, którego wezwaliśmy, stwierdził nieszczelność na
połączeniu i brak wymaganego odstępu od drewnianej belki, i zakazał
palenia w kominku do czasu naprawy.

Oczekuję bezpłatnego usunięcia wady w ciągu 7 dni. W przeciwnym razie
zwrócę się do Miejskiego Rzecznika Konsumentów.

Grażyna Kołodziej"""),
("pl", "b77-termostat-wifi-nie-rachunek", "Adrian Sobczak <adrian.sobczak@example.pl>", "Moje rozliczenie", "technical", "",
"""Dzień dobry, to nie w sprawie rachunku, po prostu w formularzu nie było
innej opcji. Termostat wifi, który Państwo zamontowali, kilka razy
dziennie traci połączenie z aplikacją ("urządzenie offline"). Wifi w
domu działa normalnie, reszta sprzętów jest podłączona. Odłączałem go i
podłączałem ponownie. Co jeszcze mogę zrobić?"""),
("pl", "b77-podlogowka-lazienka-zimna", "Ewelina Krawczyk <ewelina.krawczyk@example.pl>", "Podłogówka w łazience", "technical", "",
"""Dzień dobry,

ogrzewanie podłogowe grzeje normalnie w całym domu oprócz łazienki na
piętrze - tam podłoga jest zimna, nawet przy termostacie na 24 stopnie.
Na rozdzielaczu siłownik tej pętli chyba w ogóle się nie otwiera
(lampka się nie zapala). Montaż robiła Państwa ekipa we wrześniu.

Czy ktoś mógłby przyjechać?

Ewelina Krawczyk"""),
("pl", "b77-grzejniki-zimne-u-gory", "Piotr Wasik <piotr.wasik@example.pl>", "kaloryfery", "technical", "",
"""dwa grzejniki na gorze sa zimne u gory a cieple na dole. odpowietrzylem
je w niedziele, wylecialo duzo powietrza, a we wtorek znowu to samo.
cisnienie w kotle 1,3 bara. zaczelo sie po tym jak wymieniliscie pompe
w zeszlym miesiacu."""),
("pl", "b77-re-zgloszenie-pompa-halas", "Dorota Jankowska <dorota.jankowska@example.pl>", "Re: Zgłoszenie 6120 - zamknięte", "technical", "",
"""Nie, nie jest naprawione, proszę o ponowne otwarcie zgłoszenia.
Jednostka zewnętrzna nadal głośno zgrzyta za każdym razem, gdy
przechodzi w odszranianie, tylko w cieplejsze dni w zeszłym tygodniu
zdarzało się to rzadziej. Sąsiedzi już zwracali uwagę.

Dorota Jankowska

-----Wiadomość oryginalna-----
Od: Obsługa Klienta <serwis@pompy-polnoc.example>
Wysłano: czwartek, 11 stycznia 09:05
Temat: Zgłoszenie 6120 - zamknięte

Szanowna Pani,
nasz serwisant był u Pani 8 stycznia i wyregulował osłonę wentylatora.
Ponieważ nie otrzymaliśmy od Pani informacji, zgłoszenie zostało
zamknięte.
Pozdrawiamy"""),
("pl", "b77-ocieplenie-scian-plesn", "Krzysztof Adamczyk <krzysztof.adamczyk@example.pl>", "Wilgoć po ociepleniu", "technical", "",
"""Dzień dobry,

we wrześniu ocieplaliście Państwo styropianem nasz dom w Lublinie. Od
listopada w rogu sypialni, nad oknem, pojawiła się wilgoć i czarna
pleśń, czego nigdy wcześniej nie mieliśmy. Na zewnątrz, na tej samej
wysokości, na tynku jest pęknięcie.

Czy ktoś może przyjechać to obejrzeć?

Krzysztof Adamczyk"""),
("pl", "b77-aplikacja-nie-loguje", "Natalia Kaczmarek <natalia.kaczmarek@example.pl>", "Nie mogę się zalogować", "technical", "",
"""Dzień dobry, nie mogę zalogować się do aplikacji od pompy ciepła. Po
kliknięciu "nie pamiętam hasła" pisze, że wysłano maila, ale nic nie
przychodzi, w spamie też nie ma. Próbowałam trzy razy przez dwa dni.
Adres ten sam, z którego piszę.

Natalia"""),
("pl", "b77-nie-chodzi-o-zwrot-cisnienie", "Jerzy Michalski <jerzy.michalski@example.pl>", "Nowy kocioł", "technical", "",
"""Dzień dobry,

od razu mówię, że nie chodzi mi o żaden zwrot pieniędzy, montaż był
zrobiony porządnie i panowie posprzątali po sobie.

Problem w tym, że ciśnienie w nowym kotle samo spada, z 1,5 do poniżej
0,5 bara w ciągu czterech dni, i muszę dopuszczać wodę zaworem. Nigdzie
nie widzę przecieku. Czy to normalne przy nowej instalacji?

Jerzy Michalski"""),
("pl", "b77-kociol-pellet-wygasa", "Bogdan Wilk <bogdan.wilk@example.pl>", "kociol na pellet", "technical", "",
"""Dzien dobry, kociol na pellet kupiony u Panstwa w maju wygasa sam po
godzinie, dwoch i pokazuje blad "brak plomienia". Zasobnik pelny,
palnik czyszcze codziennie, pellet ten sam co w zeszlym roku. Mieszkam
pod Opolem. Co moze byc?
Bogdan Wilk"""),
("pl", "b77-podziekowania-pan-mariusz", "Teresa Kowalczyk <teresa.kowalczyk@example.pl>", "Podziękowanie", "general", "",
"""Szanowni Państwo,

chciałabym bardzo podziękować panu Mariuszowi, który w poniedziałek
robił przegląd kotła u mojej mamy. Był niezwykle cierpliwy, dwa razy
wszystko jej wytłumaczył, a na koniec posprzątał po sobie lepiej niż
ktokolwiek przed nim. Takich fachowców ze świecą szukać.

Z pozdrowieniami
Teresa Kowalczyk"""),
("pl", "b77-salon-kominkow-godziny-sobota", "Grzegorz Lewandowski <grzegorz.lewandowski@example.pl>", "godziny", "general", "",
"""w jakich godzinach jest otwarty salon kominkow w Poznaniu w sobote
przed swietami? chcemy przyjechac obejrzec"""),
("pl", "b77-klucze-u-sasiadki", "Beata Zawadzka <beata.zawadzka@example.pl>", "Przegląd w czwartek 16.01", "general", "",
"""Dzień dobry,

w czwartek, kiedy przyjdzie serwisant na przegląd, będę w pracy. Klucze
zostawię u sąsiadki z mieszkania nr 3, pani Jadwigi, będzie wiedziała.
Kocioł jest w kuchni, w zabudowie nad lodówką. Po skończonej pracy
proszę oddać klucze pani Jadwidze.

Dziękuję,
Beata Zawadzka"""),
("pl", "b77-zmiana-numeru-telefonu", "Sebastian Duda <sebastian.duda@example.pl>", "zmiana danych", "general", "",
"""Dzien dobry, zmienilem numer telefonu, nowy to 512 000 904, stary
prosze usunac. Nr klienta 30417. Pozdrawiam, Sebastian Duda"""),
("pl", "b77-rodo-usuniecie-danych", "Joanna Przybylska <joanna.przybylska@example.pl>", "Żądanie usunięcia danych osobowych", "general", "",
"""Szanowni Państwo,

na podstawie art. 17 RODO żądam usunięcia wszystkich moich danych
osobowych z Państwa baz oraz z listy mailingowej. Nie mam już z
Państwem żadnej umowy.

Proszę o pisemne potwierdzenie usunięcia danych.

Joanna Przybylska"""),
("pl", "b77-monter-niegrzeczny-przelozony", "Barbara Olszewska <barbara.olszewska@example.pl>", "Skarga na montera", "general", "high",
"""Dzień dobry,

piszę w sprawie montera, który w środę był u mojego taty. Tata ma 83
lata i słabo słyszy. Kiedy poprosił o powtórzenie, monter przewrócił
oczami, powiedział, żeby "sobie uszy przeczyścił", a potem przeklinał
pod nosem w kuchni. Tata zadzwonił do mnie roztrzęsiony.

Sama praca nie jest tu problemem. Problemem jest sposób, w jaki
potraktowano starszego człowieka. Chcę, żeby skontaktował się ze mną
przełożony tego pana, a nie infolinia, i nie życzę sobie, żeby ten
monter jeszcze kiedyś przyjechał do taty.

Barbara Olszewska"""),
("pl", "b77-sponsoring-festyn-osp", "OSP Stara Wieś <osp.starawies@example.pl>", "Festyn rodzinny - prośba o wsparcie", "general", "",
"""Szanowni Państwo,

Ochotnicza Straż Pożarna w Starej Wsi organizuje 8 czerwca festyn
rodzinny z okazji 100-lecia jednostki. Szukamy lokalnych firm, które
zechciałyby zostać sponsorem lub ufundować nagrodę w loterii fantowej.
W zamian umieścimy logo firmy na plakatach i podziękujemy ze sceny.

Będziemy wdzięczni za odpowiedź.

Druh Andrzej Gil, prezes OSP"""),
("pl", "b77-pytanie-suwalki", "Irena Sadowska <irena.sadowska@example.pl>", "Pytanie", "general", "",
"""Dzień dobry, czy montujecie pompy ciepła także w okolicach Augustowa,
czy tylko w Białymstoku? Dziękuję."""),
("pl", "b77-zgubione-rekawiczki-salon", "Anna Wróbel <anna.wrobel@example.pl>", "Rękawiczki", "general", "",
"""Dzień dobry, w piątek po południu oglądałam kominki w Państwa salonie
w Krakowie przy Zakopiańskiej i chyba zostawiłam na stoliku z
katalogami skórzane brązowe rękawiczki. Czy ktoś je znalazł?

Anna Wróbel"""),
("pl", "b77-kominek-petarda", "Kamil Jasiński <kamil.jasinski@example.pl>", "kominek!!!", "general", "",
"""Musze napisac - kominek ktory nam postawiliscie to jest petarda,
zabija nas cieplem, w styczniu chodzimy w koszulkach! Nawet tesciowa,
ktorej nic sie nie podoba, powiedziala ze robota pierwsza klasa. Dzieki
dla Bartka i Sylwka, mistrzowie."""),
("pl", "b77-praca-monter-instalacji", "Patryk Zieliński <patryk.zielinski@example.pl>", "praca", "general", "",
"""Dzień dobry, jestem instalatorem z uprawnieniami gazowymi G3, 7 lat
doświadczenia przy kotłach i podłogówkach. Widziałem ogłoszenie, że
szukacie montera na Śląsk. Gdzie mogę wysłać CV?

Patryk"""),
("pl", "b77-plyta-chodnika-przed-salonem", "Leszek Borkowski <leszek.borkowski@example.pl>", "Wejście do Państwa salonu", "general", "high",
"""Dzień dobry,

tak tylko informuję: przed wejściem do Państwa salonu przy ul.
Kościuszki w Kielcach jedna płyta chodnikowa się rusza i jest wyżej od
pozostałych, a teraz jeszcze jest na niej lód. W sobotę starsza pani
przede mną potknęła się i gdyby nie syn, który ją złapał, leżałaby na
ziemi.

Ktoś sobie w końcu coś zrobi, więc może warto to oznaczyć albo
posypać, zanim zostanie naprawione.

Leszek Borkowski"""),
("pl", "b77-dzien-otwarty-pompy-ciepla", "Ryszard Czarnecki <ryszard.czarnecki@example.pl>", "Dzień otwarty", "general", "",
"""Dzien dobry, na Facebooku widzialem, ze robicie dzien otwarty z
pokazem pomp ciepla w Gnieznie. Kiedy dokladnie i czy trzeba sie
zapisac? Przyjechalbym z sasiadem.

Pozdrawiam
Ryszard Czarnecki"""),
]
