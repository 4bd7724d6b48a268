# batch123.py -- labelled mails held out of the tree until the rules it
# measures are final, so that nothing is tuned or trained on them before
# then.  Kinds of business this time: farming and wine -- vineyards and
# wine tours, olive groves, horse and animal feed, farm veterinary
# supplies, farm machinery repair, hay and straw delivery.  The failure
# classes in new situations -- escalation demands that keep their topic,
# legal threats and chargebacks, negations, Greeklish, subjects that say
# nothing or something else, quoted replies, plans ended or paused in
# unusual wording, business outages told only by their consequences,
# safety hazards told calmly, praise -- and everyday mail of all three
# queues.  40 mails each in en, el, es and pl, written separately for
# each language.  Same tuple format as batch12.py:
# (lang, slug, from, subject, queue, priority, body).
M += [
# ---------------- English ----------------
("en", "b123-en-wine-club-baby-pause", "Harriet Coombes <harriet.coombes@example.co.uk>", "Wine club", "billing", "",
"""Hi there,

Some happy news - I'm expecting in October! Which means the quarterly
case of Sussex sparkling is going to sit in the cupboard looking at me
for a good while. Could you put my wine club membership on hold until
next summer rather than cancel it? I don't want to lose my founder
member price of 54 a quarter.

Thanks so much,
Harriet"""),
("en", "b123-en-tour-tickets-twice", "Ciaran Brennan <ciaran.brennan@example.ie>", "Vineyard tour booking", "billing", "",
"""Hello,

I booked two places on the Saturday afternoon tour and tasting at your
vineyard for my parents' anniversary. The site hung on the payment page
so I pressed pay again, and now my Revolut shows two payments of
76.00 EUR. I only got one confirmation email (ref VT-22914). Can you
refund the second one please?

Many thanks,
Ciaran Brennan"""),
("en", "b123-en-invoice-120-bales-got-100", "Shane Mulcahy <shane@mulcahy-pastoral.example.com.au>", "Inv 8831", "billing", "",
"""G'day,

Invoice 8831 has us down for 120 small square bales of lucerne at
$14.50 but the truck only dropped 100 - I counted them into the shed
myself with the driver standing there. Can you redo the invoice for 100
and I'll pay it straight away.

Cheers
Shane Mulcahy
Mulcahy Pastoral Co, Gunnedah"""),
("en", "b123-en-dottie-feed-stop", "Pauline Ashworth <pauline.ashworth@example.co.uk>", "Dottie", "billing", "",
"""Dear all,

I'm sorry to say we had to let our old mare Dottie go on Thursday. She
was 31 and had a wonderful life. She was the only one eating the senior
mix, so please don't send the monthly bags any more or take the
direct debit from next month.

Thank you for looking after us all these years.

Pauline Ashworth"""),
("en", "b123-en-adopted-tree-moving-abroad", "Megan Alvarez <megan.alvarez@example.com>", "Our olive tree", "billing", "",
"""Hi folks,

We've had "our" tree in your Paso Robles grove for three years now and
the oil has been amazing. Sadly we're relocating to Singapore in
August and you can't ship oil there, so I guess it's time to say
goodbye to the tree. Please make sure the $165 annual adoption doesn't
renew on September 1st.

Thanks!
Megan & Luis"""),
("en", "b123-en-vat-invoice-wormer", "Gwen Pritchard <accounts@pentre-farm.example.co.uk>", "VAT invoice please", "billing", "",
"""Hello,

We ordered the sheep drench and the foot-rot spray online last week
(order 40172) but the email only has a plain receipt on it. Our
accountant needs a proper VAT invoice showing your VAT number and
ours, GB 123 4567 89, Pentre Farm Partnership.

Diolch,
Gwen"""),
("en", "b123-en-tractor-bill-instalments", "Rajesh Patil <rajesh.patil@example.in>", "Regarding payment of repair bill", "billing", "",
"""Respected Sir/Madam,

My Mahindra tractor was repaired at your Nashik workshop last week and
the bill has come to Rs 84,600 for the gearbox work. Due to the late
monsoon this year our onion crop has not been sold yet. Kindly let me
know if it is possible to pay the amount in 3 or 4 monthly
instalments. I have been your customer for nine years.

Thanking you,
Rajesh Patil
Village Pimpalgaon, Tal. Niphad"""),
("en", "b123-en-question-straw-20-tonne", "Donald Frew <donald.frew@example.co.uk>", "Question", "billing", "",
"""What would you charge for 20 tonne of barley straw in Heston bales,
delivered to Kirkcudbright? And is there anything off if I take the
whole 20 in one load? Last year's lot was dear."""),
("en", "b123-en-rug-too-small-exchange", "Jodie Barnes <jodie.barnes@example.com.au>", "rug", "billing", "",
"""hi, the turnout rug came today, theres nothing wrong with it at all,
lovely quality, but 5'9 is way too small for my boy, he's a big ISH.
can I send it back and swap for the 6'6? happy to pay the postage
difference if there is any. order 20447. thanks jodie"""),
("en", "b123-en-tasting-voucher-expired", "Anne Kilbride <anne.kilbride@example.co.uk>", "Gift voucher", "billing", "",
"""Good afternoon,

My daughter gave me a voucher for a tasting for two at your winery for
my 70th. I'm afraid I had a hip operation in the spring and didn't get
round to booking, and I see it expired at the end of June. Is there
any chance it could be extended? The voucher number is GV-1180.

Kind regards,
Anne Kilbride (Mrs)"""),
("en", "b123-en-re-harvest-deposit", "Tom Ridley <tom.ridley@example.com>", "Re: Your Harvest Experience booking", "billing", "",
"""Hi Jess,

Thanks for that - but it's now been three weeks and the $120 deposit
still isn't back on my Amex. Can you check it actually went through
your end?

Tom

On Tue, Jess at Cedar Bluff Vineyards wrote:
> Hi Tom,
>
> Sorry to hear you can't make the Harvest Experience on the 14th.
> As you cancelled more than 30 days out, your deposit will be
> refunded in full within 5-10 business days.
>
> Best,
> Jess"""),
("en", "b123-en-cancelled-tour-bank-dispute", "Laura Kim <laura.kim@example.com>", "Napa tour cancelled by you - refund", "billing", "high",
"""To whom it may concern,

Our group tour on May 3 (booking NV-5512, 6 guests, $894) was cancelled
by your company the night before because of "staffing". We were told
we'd get a full refund within a week. It has now been six weeks, four
emails and two phone calls, and nothing.

If the full $894 is not back on my card by Friday I will file a
dispute with my credit card company and leave it to them.

Laura Kim"""),
("en", "b123-en-combine-labour-hours-manager", "Hugh Latimer <hugh@latimer-farms.example.co.uk>", "Combine repair account 7720 - labour", "billing", "high",
"""Sir,

Your account 7720 charges me 9.5 hours of labour for replacing the
straw walker bearings on my combine. Your fitter was on the farm from
just after 10 until half two, with a good hour of that spent having his
lunch in the van. That is four hours at most.

I have dealt with your depot for over twenty years and I'm not going
to argue it out with the girl on the phone again. I want this put in
front of the branch manager and I want a call from him this week.

H. Latimer"""),
("en", "b123-en-round-bales-deposit-small-claims", "Kylie Hartnett <kylie.hartnett@example.com.au>", "Deposit for 200 round bales", "billing", "high",
"""Hi,

I paid a $3,000 deposit in February for 200 round bales of oaten hay
to be delivered in March. It's now June, no hay, and nobody answers
the phone. Last time I got through I was told "next week" and that was
five weeks ago. I've had to buy hay elsewhere at a much higher price
to keep my cattle fed.

I want the $3,000 back within 14 days. If not I'll be lodging a claim
with NCAT and reporting you to Fair Trading.

Kylie Hartnett
Wattle Creek, Dubbo"""),
("en", "b123-en-reset-link-expired", "Graham Stokes <graham.stokes@example.co.uk>", "Password", "technical", "",
"""Hello,

I've tried four times to reset my password on your feed shop website.
The email comes straight away, but as soon as I click the link it says
"This link has expired". I'm clicking it within a minute. I'm using an
iPad if that makes a difference.

Graham Stokes"""),
("en", "b123-en-not-billing-feedtrack-crash", "Erin Walsh <erin.walsh@example.ie>", "FeedTrack app", "technical", "",
"""Hi, this is nothing to do with my account or the bill, that's all
grand. The FeedTrack app closes itself every time I try to log a
delivery to the second silo. The first silo works fine. Android phone,
updated it yesterday. Erin"""),
("en", "b123-en-incubator-reads-low", "Barbara Lindqvist <barb.lindqvist@example.com>", "Incubator temperature", "technical", "",
"""Hello,

I bought the 48-egg incubator from your poultry supplies section a
month ago. The display says 37.5 but two separate thermometers I put
inside both read 35.8. I lost a whole clutch of Marans eggs the first
time round and I thought it was me. Is there a way to calibrate it?

Barb"""),
("en", "b123-en-order-hydraulics-still-leak", "Owen Jenkins <owen.jenkins@example.co.uk>", "Order 44817", "technical", "",
"""Hello,

Had the Massey back from your workshop on Tuesday after the hydraulic
pump was replaced (job 44817). Been working it two days and it's
dripping oil from the same place again, under the lift arms, and the
linkage drops slowly with a weight on. Can you get someone out to look
at it?

Owen"""),
("en", "b123-en-energiser-no-pulse", "Siobhan Doyle <siobhan.doyle@example.ie>", "Fence unit", "technical", "",
"""Hi, the mains fence energiser I got from ye in March has stopped
working. The green light still flashes but there's no click and no
current on the fence, the tester reads zero even right at the
terminal. Checked the earth rods, they're fine. The heifers have
figured it out already!"""),
("en", "b123-en-cellar-cooling-drips", "Marcus Feld <marcus.feld@example.com>", "Cellar cooling unit", "technical", "",
"""Hi,

The cooling unit your team fitted in our wine cellar in April is
dripping water down the wall from the inside vent. There's a puddle on
the floor every morning and the humidity reading has gone up to 85%.
Temperature is holding fine at 13C. Is the drain line blocked, or is it
set up wrong?

Marcus Feld"""),
("en", "b123-en-hay-feeder-timer", "Nicola Brand <nicola.brand@example.co.uk>", "Timed hay feeder", "technical", "",
"""Morning,

The timed haynet feeder is set to open at 2am and 5am but it only
opened at 2am last night, and the night before it didn't open at all.
New batteries, time set correctly. My two had nothing for hours, so I'm
back to getting up in the night until it's sorted!

Nicola"""),
("en", "b123-en-robot-down-tanker-due", "Andrew Moffat <andrew@moffat-dairy.example.co.uk>", "Parlour", "technical", "high",
"""Your engineer serviced the rotary parlour yesterday afternoon. This
morning the controller won't get past the start-up screen - "comms
error 14". 210 cows stood in the collecting yard since half four, none
of them milked, and the tanker comes at 2. Phone line goes to
voicemail. Please ring me on 07700 900312.

Andrew Moffat"""),
("en", "b123-en-energiser-sparking-smell", "Peter Hollis <peter.hollis@example.co.uk>", "Fence energiser", "technical", "high",
"""Hello,

Not sure who to send this to. The energiser you fitted in our barn
last month is giving off a smell of hot plastic, and this evening I
saw small sparks at the back where the mains lead goes in. I've turned
it off at the socket for now. It's on a wooden wall with the straw
stack about three metres away. Could someone have a look at it?

Regards,
Peter Hollis"""),
("en", "b123-en-tours-show-sold-out", "Emma Carter <emma@hollowoak-estate.example.com.au>", "Booking widget", "technical", "high",
"""Hi team,

Since Friday lunchtime every tour and tasting on our booking page shows
as SOLD OUT, even days with nothing booked. We've had people ringing
all weekend saying they couldn't book so went to the winery down the
road. Saturday and Sunday we had 11 walk-ins instead of the usual
80-odd bookings, and our long weekend is coming up.

Please can someone look at this today.

Emma Carter
Hospitality Manager, Hollow Oak Estate, Margaret River"""),
("en", "b123-en-heat-lamp-clamp-melted", "Rhys Vaughan <rhys.vaughan@example.co.uk>", "Lamb heat lamp", "technical", "high",
"""Hi,

Just so you know, one of the heat lamps we bought from you in February
(the ceramic ones with the clamp) had the plastic clamp go soft and
the whole lamp slid down onto the straw in the lambing pen overnight.
The straw was scorched black underneath when I found it. No harm done,
I've unplugged the other five. Can you tell me if there's a problem
with this batch?

Rhys Vaughan
Llanfair Farm"""),
("en", "b123-en-irrigation-controller-wifi", "Dev Sharma <dev.sharma@example.com>", "Drip controller offline", "technical", "",
"""Hi,

Our drip irrigation controller for the vineyard blocks keeps showing
"offline" in the app, usually for a few hours every afternoon. The
router is 20 m away and my phone has full Wi-Fi next to the box. The
schedules still run but I can't check or change them remotely. Any
ideas?

Thanks, Dev"""),
("en", "b123-en-gps-guidance-drift", "Mick O'Sullivan <mick.osullivan@example.ie>", "GPS", "technical", "",
"""Since the update ye put on the guidance screen at the service, the
lines drift about a foot to the left after every headland turn. Was
spot on before. Fairly annoying when you're spraying. Mick"""),
("en", "b123-en-cellar-door-bank-holiday", "Sarah Hughes <sarah.hughes@example.co.uk>", "Bank holiday Monday", "general", "",
"""Hi, is the cellar door shop open on the August bank holiday Monday,
and if so what time do you close? Thanks, Sarah"""),
("en", "b123-en-thanks-guide-siobhan", "Paddy Gallagher <paddy.gallagher@example.ie>", "Saturday's tour", "general", "",
"""Hello,

Just a quick note to say thanks to Siobhan who took our group round on
Saturday. We were a noisy lot (a 40th birthday) and she took it all in
her stride, answered every daft question and made the whole thing
great craic. The Bacchus was absolutely killer too, we've been talking
about it all week.

Paddy"""),
("en", "b123-en-lost-cardigan-minibus", "Dorothy Evans <dorothy.evans@example.co.uk>", "Lost property", "general", "",
"""Dear Sir or Madam,

I was on the Wednesday wine tour minibus from Ludlow last week and I
think I left my cardigan on the back seat. It is navy blue, hand-knitted
with wooden buttons. It has sentimental value as my late sister made
it. If it has been found I would be very grateful if you could let me
know.

Yours faithfully,
Dorothy Evans"""),
("en", "b123-en-urgent-hay-back-lane", "Chris Latham <chris.latham@example.co.uk>", "URGENT!!! Thursday's hay", "general", "",
"""Hi,

For Thursday's hay delivery PLEASE tell the driver to come in by the
back lane off the B4386, not through the village. The little bridge on
the front drive has a 7.5t limit and last time your lorry got stuck
turning. Gate code 1966. Stack it in the open-fronted barn on the
left.

Chris"""),
("en", "b123-en-dogs-on-tour", "Kate Morrison <kate.morrison@example.com.au>", "Dogs?", "general", "",
"""Hi! Are dogs allowed on the vineyard walk and at the tasting deck? We
have a very well behaved kelpie who comes everywhere with us."""),
("en", "b123-en-change-address-farm", "Neil Ferguson <neil.ferguson@example.co.uk>", "New address", "general", "",
"""Hello,

We've moved from Mains of Auchtermuir to a new place near Huntly.
Could you update the address on my account please, for deliveries and
post:

Braeside Farm
Drumblade
Huntly AB54 6XX

Mobile number stays the same.
Neil Ferguson"""),
("en", "b123-en-pony-club-sponsor", "Rebecca Shaw <rebecca.shaw@westvale-pc.example.org.uk>", "West Vale Pony Club summer show", "general", "",
"""Dear Sir/Madam,

West Vale Pony Club is holding its summer show on 20 July and we are
looking for local businesses to sponsor classes. Sponsors get their
name in the programme and on the class board, and present the
rosettes. Many of our families buy their feed from you so we thought
we'd ask first! Would you be interested?

With best wishes,
Rebecca Shaw, Show Secretary"""),
("en", "b123-en-subject-access-request", "Alan Parfitt <alan.parfitt@example.co.uk>", "Subject access request", "general", "",
"""Dear Data Protection Officer,

Under the UK GDPR I am requesting a copy of all personal data you hold
about me, including my account details, order history and any notes
attached to my account, together with details of who you have shared
it with.

My customer number is 300448.

Yours sincerely,
Alan Parfitt"""),
("en", "b123-en-hello-school-visit-grove", "Priya Menon <priya.menon@example.in>", "Hello", "general", "",
"""Hello,

I teach Class 6 at a school in Pune. Does your olive grove allow school
visits? We would be about 35 children and 4 teachers, sometime in
November. Please let me know what the children can see and whether
there is a place to sit and eat lunch.

Regards,
Priya Menon"""),
("en", "b123-en-rude-driver-no-action", "Julie Bates <julie.bates@example.co.uk>", "Your driver", "general", "",
"""I'm not after anything, I just think you should know. The driver who
brought our straw on Monday swore at my 15 year old daughter because
she didn't open the gate fast enough. She was upset for the rest of
the day. Not the way to speak to anyone, let alone a kid.

Julie Bates"""),
("en", "b123-en-guide-refused-wheelchair-manager", "Vikram Rao <vikram.rao@example.com>", "Complaint - how my father was treated", "general", "high",
"""To the owner or general manager,

On Sunday I brought my father, who uses a wheelchair, to your winery
for the 11am tour we booked a month ago and told you about. Your guide
looked at him and said, in front of the whole group, that "we can't be
slowing everybody down" and told us to wait in the tasting room. He
was humiliated.

I do not want a voucher or a form reply. I want to hear from the
owner or the general manager directly about what happened and what you
are going to do about that guide.

Vikram Rao"""),
("en", "b123-en-rotten-deck-step", "Fiona Lynch <fiona.lynch@example.ie>", "Your terrace", "general", "high",
"""Hi,

We were at the café terrace yesterday and my son's leg went straight
through one of the steps down to the lawn - the board is rotten right
through. He only got a scrape, thank God, but it could easily have
been a broken ankle. The step was still the same when we left. Please
fence it off before someone gets hurt.

Fiona Lynch"""),
("en", "b123-en-kids-photos-ico", "Joanne Whitfield <joanne.whitfield@example.co.uk>", "Photos of my children", "general", "high",
"""Dear Sir or Madam,

Photos of my two children from your Harvest Festival have appeared on
your Facebook and Instagram pages, one of them with my daughter's
first name in the caption. Nobody asked my permission and I ticked
"no photographs" on the booking form.

I asked for them to be removed by message on Saturday and had no
reply. If they are not taken down within 48 hours I will be reporting
this to the ICO.

Joanne Whitfield"""),
# ---------------- Greek ----------------
("el", "b123-el-gl-syndromi-krasiou-germania", "Thanos Rigopoulos <thanos.rig@example.gr>", "syndromh krasiou", "billing", "",
"""Kalhspera sas,
apo ton allo mhna fevgw gia douleia sth Germania gia 6 mhnes kai den 8a
eimai sto spiti na paralavw to kivwtio me ta 6 krasia ka8e mhna. Mporeite
na pagwsete th syndromh mexri ton Aprilio? Den thelw na thn kleisw, mou
aresei poly, apla na mhn xrewnomai ta 39 euro oso leipw.
Eyxaristw poly
Thanos"""),
("el", "b123-el-diplh-xrewsh-xenagisi-santorini", "Μαρία Σιγάλα <maria.sigala@example.gr>", "Διπλή χρέωση", "billing", "",
"""Καλησπέρα σας,

Κλείσαμε μέσω της ιστοσελίδας σας την ξενάγηση με γευσιγνωσία στο
οινοποιείο σας στη Σαντορίνη για τις 12 Σεπτεμβρίου, για δύο άτομα. Στην
κάρτα μου βλέπω δύο χρεώσεις των 130€ την ίδια μέρα, ενώ η κράτηση είναι
μία (αρ. ΚΡ-4471). Παρακαλώ επιστρέψτε τη μία.

Ευχαριστώ,
Μαρία Σιγάλα"""),
("el", "b123-el-timologio-ktiniatrika", "Κτηνοτροφική Μονάδα Αλεξίου <alexiou.ktinotrofia@example.gr>", "Τιμολογιο", "billing", "",
"""Καλημερα,

Την Τεταρτη παραγγειλαμε αντιπαρασιτικα και εμβολια για τα προβατα
(παραγγελια 18830) και μας ηρθε αποδειξη λιανικης. Χρειαζομαστε τιμολογιο
για τη μοναδα.

Στοιχεια: Αλεξιου Ιωαννης, Κτηνοτροφος, ΑΦΜ 012345678, ΔΟΥ Τρικαλων,
Διευθυνση Μεγαλοχωρι Τρικαλων.

Ευχαριστουμε,
Ιωαννης Αλεξιου"""),
("el", "b123-el-elaiodentro-pateras-efyge", "Κατερίνα Βλάχου <katerina.vlachou@example.gr>", "Υιοθεσία ελαιόδεντρου - Γεώργιος Βλάχος", "billing", "",
"""Αγαπητοί κύριοι,

Ο πατέρας μου, Γεώργιος Βλάχος, είχε «υιοθετήσει» ένα δέντρο στον ελαιώνα
σας στη Μεσσηνία και κάθε Δεκέμβρη περίμενε το λάδι του σαν μικρό παιδί.
Έφυγε από κοντά μας τον Μάιο. Δεν θα τη συνεχίσουμε, οπότε σας παρακαλώ
να μην ανανεωθεί η ετήσια συνδρομή των 95€ που χρεώνεται στην κάρτα του τον
Οκτώβριο.

Σας ευχαριστώ για όλα αυτά τα χρόνια, του έδιναν πολλή χαρά.

Κατερίνα Βλάχου"""),
("el", "b123-el-gl-erwthsh-trifylli-larisa", "Kostas Gkatzios <kostas.gkatz@example.gr>", "Erwthsh", "billing", "",
"""kalhmera. poso exei to trifylli sth mpala fetos? thelw 300 mpales me
paradosh sth Farsala. an parw kai 100 axyro kanete kamia ekptwsh? pernete
karta h mono metrhta?"""),
("el", "b123-el-doseis-episkevi-trakter", "Βασιλης Τσιαμης <v.tsiamis@example.gr>", "Λογαριασμος επισκευης", "billing", "",
"""Καλησπερα σας,

Μου ειπατε οτι η επισκευη του τρακτερ (κιβωτιο και συμπλεκτης) θα ερθει
γυρω στα 2.350 ευρω. Μπορω να το πληρωσω σε δοσεις; Μεχρι να πληρωθω απο
τη Συνεταιριστικη για το βαμβακι δεν εχω ολο το ποσο. Αν γινεται με
πιστωτικη σε 6 δοσεις θα με βολευε.

Βασιλης Τσιαμης
Παλαμας Καρδιτσας"""),
("el", "b123-el-kouverta-alogou-megali", "Δανάη Παπαστεργίου <danai.papastergiou@example.gr>", "Κουβέρτα", "billing", "",
"""Γεια σας,

Η κουβέρτα για το άλογο που παρήγγειλα (αρ. 55102) ήρθε χθες. Δεν έχει
κανένα απολύτως πρόβλημα, απλώς μέτρησα λάθος και η Μπέλα τη φοράει σαν
νυχτικό. Μπορώ να την αλλάξω με το 135 cm; Είναι αφόρετη, με τα καρτελάκια.

Ευχαριστώ!
Δανάη"""),
("el", "b123-el-re-dwroepitagi-egeuse", "Σπύρος Καραγιάννης <spyros.karagiannis@example.gr>", "Re: Η δωροεπιταγή σας", "billing", "",
"""Ναι, το ξέρω ότι έληξε στις 30 Ιουνίου, γι' αυτό σας γράφω. Ήμουν στο
νοσοκομείο με το πόδι όλο τον Μάιο και τον Ιούνιο. Δεν γίνεται να μου
δώσετε μια παράταση έναν-δυο μήνες; Ήταν δώρο από τα παιδιά μου.

Σπύρος Καραγιάννης

-----Αρχικό μήνυμα-----
Από: Οινοποιείο Λόφος <info@oinopoieio-lofos.example>
Θέμα: Η δωροεπιταγή σας

Αγαπητέ κύριε Καραγιάννη,
σας ενημερώνουμε ότι η δωροεπιταγή γευσιγνωσίας ΔΕ-2087 (αξίας 60€)
έληξε στις 30/06 και δεν μπορεί πλέον να χρησιμοποιηθεί.
Με εκτίμηση"""),
("el", "b123-el-gl-zwotrofes-aristos-poulhthike", "Eirini M. <eirini.mak@example.gr>", "zwotrofes", "billing", "",
"""Geia sas, ton Aristo (to alogo) ton poulhsame ston Marko sto
Koropi, ekei exoun dikes tous zwotrofes. Opote stamatiste th mhniaia
apostolh kai th xrewsh apo thn karta mou parakalw, den xreiazete pia.
Eyxaristw, Eirhnh"""),
("el", "b123-el-metaforika-axyra-dorean", "Νικος Μπαλτας <nikos.baltas@example.gr>", "Μεταφορικα", "billing", "",
"""Καλημερα

Ο πωλητης σας μου ειπε στο τηλεφωνο οτι για πανω απο 200 μπαλες αχυρο
η μεταφορα ειναι δωρεαν. Πηρα 250 και στο τιμολογιο εχετε βαλει 180
ευρω μεταφορικα. Παρακαλω διορθωστε το.

Νικος Μπαλτας"""),
("el", "b123-el-prokatavoli-trygos-akyrosi", "Ελισάβετ Χατζή <elisavet.chatzi@example.gr>", "Τρύγος 21/9", "billing", "",
"""Καλησπέρα,

Είχαμε κλείσει την «Ημέρα Τρύγου» για 4 άτομα στις 21 Σεπτεμβρίου και
δώσαμε προκαταβολή 80€. Δυστυχώς ο άντρας μου έχει βάρδια εκείνο το
Σαββατοκύριακο και δεν θα μπορέσουμε να έρθουμε. Επιστρέφεται η
προκαταβολή ή μπορούμε να τη μεταφέρουμε σε άλλη ημερομηνία;

Ελισάβετ"""),
("el", "b123-el-gl-ekdromi-akyrwthike-trapeza", "Dimitris Fotiou <dimitris.fotiou@example.gr>", "EPISTROFH XRHMATWN", "billing", "high",
"""Kalhmera.
Thn ekdromh sta oinopoieia ths Nemeas stis 8/6 (8 atoma, 360 euro) thn
akyrwsate EDEIS th mera prin. Mou eipate oti h epistrofh 8a ginei se 5
ergasimes. Perasan 5 evdomades. Exw steilei 3 email kai den apanta kaneis.
An den dw ta lefta mexri th Deytera kanw amfisvhthsh ths xrewshs sthn
trapeza mou kai telos.
Dhmhtrhs Fwtiou"""),
("el", "b123-el-estiatorio-lathos-timi-ladiou-ypeythynos", "Εστιατόριο Το Αλώνι <info@to-aloni.example>", "Τιμή ελαιολάδου - 3 τελευταία τιμολόγια", "billing", "high",
"""Κύριοι,

Από τον Μάρτιο έχουμε συμφωνήσει γραπτώς τιμή 7,20€ το λίτρο για το
εξαιρετικό παρθένο σε δοχεία 17 λίτρων. Στα τρία τελευταία τιμολόγια
χρεώνεστε 8,40€ το λίτρο. Μιλάμε για πάνω από 600€ διαφορά.

Το έχω πει δύο φορές στον πωλητή σας και κάθε φορά «θα το δούμε». Δεν
θέλω άλλο να το συζητάω με τον πωλητή. Ζητώ να με πάρει τηλέφωνο ο
υπεύθυνος πωλήσεων ή ο ιδιοκτήτης μέσα στην εβδομάδα.

Θοδωρής Κανελλόπουλος
Εστιατόριο «Το Αλώνι», Καλαμάτα"""),
("el", "b123-el-prokatavoli-sano-synigoros", "Παρασκευή Ντόκου <paraskevi.ntokou@example.gr>", "Προκαταβολή για σανό - αρ. 1190", "billing", "high",
"""Κύριοι,

Στις 15 Μαρτίου σας κατέβαλα προκαταβολή 1.500€ για 400 μπάλες σανό
βρώμης, με παράδοση «αρχές Μαΐου». Είμαστε Ιούλιο. Δεν ήρθε ούτε μία
μπάλα, και ο υπάλληλός σας μου λέει απλώς «δεν έχουμε». Αναγκάστηκα να
αγοράσω αλλού, πιο ακριβά, για να ταΐσω τα ζώα.

Ζητώ την επιστροφή ολόκληρης της προκαταβολής εντός 10 ημερών. Διαφορετικά
θα προσφύγω στον Συνήγορο του Καταναλωτή και θα δώσω την υπόθεση σε
δικηγόρο.

Παρασκευή Ντόκου
Δεσκάτη Γρεβενών"""),
("el", "b123-el-gl-app-syndromis-login", "Alexandros Pappas <alex.pappas@example.gr>", "to app", "technical", "",
"""Geia, to app tou wine club den me afhnei na mpw, bazw to swsto email
kai kwdiko kai moy leei "kati phge strava, prospa8hste xana". Ekana kai
allagh kwdikou, tipota. Apo to site mpainw kanonika. iPhone 13.
Alexandros"""),
("el", "b123-el-den-afora-xrewsi-kalathi", "Ευτυχία Μανωλάκη <eftychia.manolaki@example.gr>", "Το ηλεκτρονικό σας κατάστημα", "technical", "",
"""Καλημέρα σας,

Δεν σας γράφω για κάποια χρέωση ή πληρωμή. Απλώς από χθες δεν μπορώ να
ολοκληρώσω παραγγελία στο e-shop: βάζω το λάδι και τις ελιές στο καλάθι,
πατάω «Ολοκλήρωση» και η σελίδα μένει να γυρίζει ο κύκλος. Δοκίμασα από
υπολογιστή και κινητό.

Ευτυχία Μανωλάκη"""),
("el", "b123-el-thermokoitida-avga", "Σταυρος Κουκος <stavros.koukos@example.gr>", "Θερμοκοιτιδα", "technical", "",
"""Καλησπερα,

Η θερμοκοιτιδα 56 αυγων που πηρα απο εσας τον Φεβρουαριο δεν γυριζει
πια τα αυγα. Ο μηχανισμος ακουγεται να δουλευει αλλα η σχαρα δεν
κουνιεται καθολου. Εχω μεσα αυγα απο τις κοτες μου, 9η μερα. Τι να κανω;

Σταυρος"""),
("el", "b123-el-gl-trakter-ydravlika", "Giannis Tzimas <giannis.tzimas@example.gr>", "trakter", "technical", "",
"""kalhspera, phra to trakter apo to synergeio sas thn Paraskeyh meta to
service. apo tote ta ydraulika den shkwnoun to frezoskapiko, anevainei
ligo kai katebainei monh ths. prin to service douleye kanonika!!
ti na kanw, na to ksanaferw?
Giannhs"""),
("el", "b123-el-ilektriki-perifraxi-den-xtypaei", "Αθανασία Ρούσσου <athanasia.roussou@example.gr>", "Ηλεκτρική περίφραξη", "technical", "",
"""Γεια σας,

Η ηλιακή συσκευή για την ηλεκτρική περίφραξη που αγόρασα πριν δύο μήνες
δείχνει φορτισμένη μπαταρία, αλλά το σύρμα δεν χτυπάει καθόλου. Οι
κατσίκες βγαίνουν έξω και πάνε στου γείτονα. Έλεγξα τη γείωση και τις
συνδέσεις. Μήπως φταίει η ίδια η συσκευή;

Αθανασία"""),
("el", "b123-el-elegktis-potismatos-elaiona", "Μιχάλης Δασκαλάκης <michalis.daskalakis@example.gr>", "Ελεγκτής ποτίσματος", "technical", "",
"""Καλημέρα,

Ο ελεγκτής ποτίσματος που τοποθετήσατε στον ελαιώνα στις Αρχάνες
ανοίγει μόνο τη μία από τις τρεις βάνες. Στην οθόνη φαίνεται ότι
ποτίζουν και οι τρεις ζώνες, αλλά οι άλλες δύο είναι στεγνές. Οι βάνες
είναι καινούργιες.

Μιχάλης Δασκαλάκης"""),
("el", "b123-el-diaxwristiras-thoryvos", "Ελαιουργείο Παπαδόγιαννη <info@elaiourgeio-papadogianni.example>", "Διαχωριστήρας μετά το σέρβις", "technical", "",
"""Καλημέρα σας,

Μετά το ετήσιο σέρβις που κάνατε τον Σεπτέμβριο στον διαχωριστήρα,
κάνει έναν μεταλλικό θόρυβο στο ξεκίνημα, για 2-3 λεπτά, και μετά
ηρεμεί. Δουλεύει κανονικά και το λάδι βγαίνει καθαρό. Θέλουμε να το δει
κάποιος πριν μπει η σεζόν για τα καλά.

Με εκτίμηση,
Γιώργος Παπαδόγιαννης"""),
("el", "b123-el-spastiras-stamatise-paragogoi", "Ελαιοτριβείο Άγιος Νικόλαος <elaiotriveio.agnikolaos@example.gr>", "Σπαστήρας", "technical", "high",
"""Ο σπαστήρας που μας επισκευάσατε την περασμένη εβδομάδα σταμάτησε σήμερα
στις 7 το πρωί και δεν ξαναπαίρνει μπρος, πέφτει το ρελέ. Στην αυλή
περιμένουν 40 παραγωγοί με τα τσουβάλια τους και οι ελιές δεν περιμένουν,
έχουν ήδη δύο μέρες μαζεμένες. Στο τηλέφωνο του συνεργείου δεν απαντά
κανείς.

Κώστας Ζερβός
Ελαιοτριβείο Άγιος Νικόλαος, Σπάρτη
697 0000 123"""),
("el", "b123-el-psyktiki-dexameni-gala", "Ευάγγελος Μπέλλος <e.bellos@example.gr>", "Δεξαμενή", "technical", "high",
"""Καλησπέρα,

Η ψυκτική δεξαμενή γάλακτος που μας εγκαταστήσατε τον Απρίλιο δεν ψύχει
από το μεσημέρι. Ο συμπιεστής ξεκινάει και σβήνει αμέσως. Μέσα έχει
1.200 λίτρα από το πρωινό άρμεγμα και σε λίγο αρμέγουμε πάλι. Το
βυτιοφόρο του τυροκομείου περνάει αύριο στις 8. Αν ανέβει η θερμοκρασία
θα μας το γυρίσουν όλο.

Ευάγγελος Μπέλλος
Ελασσόνα"""),
("el", "b123-el-myrodia-aeriou-thermastra", "Ρένα Γεωργίου <rena.georgiou@example.gr>", "Θερμάστρα υγραερίου", "technical", "high",
"""Καλημέρα σας,

Από τότε που ο τεχνικός σας τοποθέτησε τη θερμάστρα υγραερίου στο
κοτέτσι (την Πέμπτη), μυρίζει λίγο γκάζι γύρω από τη σύνδεση με τη
φιάλη. Την έκλεισα στη φιάλη και άνοιξα τις πόρτες. Θα ήθελα να έρθει
κάποιος να το δει όταν μπορέσει.

Ρένα Γεωργίου"""),
("el", "b123-el-gl-fortistis-psalidiou-kapnise", "Lefteris Stamou <lefteris.stamou@example.gr>", "fortisths", "technical", "high",
"""Kalhmera,
o fortisths ths mpatarias gia to hlektriko psalidi kladematos pou phra
apo sas ekane kati spi8es xthes to vrady ekei pou mpainei to fis kai
vgalane kapno. to evgala apo thn priza kai einai ekso sthn avlh. h
mpataria fainetai entaksei. ti na kanw me ayto?
Lefteris"""),
("el", "b123-el-gl-gps-psekastiko", "Sotiris N. <sotiris.n@example.gr>", "GPS", "technical", "",
"""kalhspera, to GPS sto psekastiko xanei to shma kathe 5-10 lepta kai
meta 8elei ena lepto na to ksanavrei. sta ampelia den exei dentra na
kovoun. meta thn teleytaia enhmerwsh arxise. Swthrhs"""),
("el", "b123-el-gl-potistra-alogou-trexei", "Ntina Karra <ntina.karra@example.gr>", "potistra", "technical", "",
"""Geia sas! H aytomath potistra gia to alogo pou mou valate ston
stavlo trexei nero synexeia, to flotter den kleinei. to prwi o stavlos
htan limnh. kleinw th vrysh to vrady kai thn anoigw to prwi gia twra."""),
("el", "b123-el-wrario-kyriaki", "Ελενη Δρακου <eleni.drakou@example.gr>", "Κυριακη", "general", "",
"""Γεια σας, ειναι ανοιχτο το οινοποιειο την Κυριακη για επισκεψεις ή
μονο Σαββατο; Θα ειμαστε 3 ατομα, χωρις κρατηση."""),
("el", "b123-el-eyxaristies-xenagisi-nemea", "Αλέξανδρος Κουρής <alexandros.kouris@example.gr>", "Ευχαριστούμε!", "general", "",
"""Καλησπέρα σας,

Θέλαμε να σας ευχαριστήσουμε για την υπέροχη ξενάγηση το Σάββατο στη
Νεμέα. Η Νεφέλη ήταν καταπληκτική, μας εξήγησε τα πάντα για το
Αγιωργίτικο με πολύ κέφι και υπομονή, ακόμα και στη θεία μου που ρωτούσε
τα ίδια τρεις φορές. Θα ξαναέρθουμε σίγουρα με τους φίλους μας.

Με εκτίμηση,
Αλέξανδρος και Βίκυ"""),
("el", "b123-el-gl-xasame-gyalia-leoforeio", "Popi Lazarou <popi.lazarou@example.gr>", "xasame gyalia", "general", "",
"""Kalhspera, 3exasa ta gyalia hliou mou (Ray-Ban mayra) sto leoforeiaki
sas sthn ekdromh gia ta oinopoieia ths Dramas thn Kyriakh. Mhpws ta
vrhkate? Eimoun sthn teleytaia seira. Eyxaristw polu!! Popi"""),
("el", "b123-el-epeigon-paradosi-sanou", "Χρήστος Λιάκος <christos.liakos@example.gr>", "ΕΠΕΙΓΟΝ - παράδοση Τρίτης", "general", "",
"""ΠΡΟΣΟΧΗ για την παράδοση της Τρίτης: να μην έρθει ο οδηγός από το
χωριό, ο δρόμος στην πλατεία είναι κλειστός για έργα. Να πάρει τον
χωματόδρομο μετά το εκκλησάκι του Αϊ-Λια και να ξεφορτώσει στην αποθήκη
με την πράσινη πόρτα. Το σκυλί είναι δεμένο.

Χρήστος Λιάκος
694 0000 555"""),
("el", "b123-el-allagi-stoixeiwn-email", "Ιωαννα Σταθοπουλου <ioanna.stath@example.gr>", "Αλλαγη στοιχειων", "general", "",
"""Καλημερα,

Παρακαλω αλλαξτε το τηλεφωνο και το email στον λογαριασμο μου:
Νεο κινητο: 698 0000 741
Νεο email: ioanna.stath@example.gr (το παλιο στο otenet δεν το ανοιγω πια)

Ιωαννα Σταθοπουλου"""),
("el", "b123-el-xorigia-agones-ippasias", "Όμιλος Ιππασίας Θέρμης <info@ippasia-thermis.example.gr>", "Πρόταση χορηγίας", "general", "",
"""Αγαπητοί φίλοι,

Ο Όμιλος Ιππασίας Θέρμης διοργανώνει στις 5-6 Οκτωβρίου τους ετήσιους
αγώνες υπερπήδησης εμποδίων για παιδιά και εφήβους. Πολλά από τα μέλη
μας προμηθεύονται ζωοτροφές από εσάς, γι' αυτό σκεφτήκαμε να σας
προτείνουμε να γίνετε χορηγός μιας κατηγορίας, με το λογότυπό σας στο
πρόγραμμα και στο εμπόδιο.

Είμαστε στη διάθεσή σας για περισσότερες πληροφορίες.

Με εκτίμηση,
Ράνια Τσακίρη, Γραμματεία"""),
("el", "b123-el-gl-geia-sxoliki-episkepsi", "Vaso Kyriakou <vaso.kyriakou@example.gr>", "Geia sas", "general", "",
"""Kalhmera sas, eimai daskala sto 2o Dhmotiko Filiatrwn. 8a 8elame na
feroume thn E' taxh (22 paidia) ston elaiwna kai sto elaiotriveio sas
ton Noemvrh, otan mazevete. ginetai? poso diarkei h episkepsh kai exete
xwro na fane ta paidia to kolatsio tous?
Eyxaristw
Vaso Kyriakou"""),
("el", "b123-el-gl-ladi-viologiko", "Markos T. <markos.t@example.gr>", "erwthsh gia to ladi", "general", "",
"""geia sas, to agoureleo pou poulate einai viologiko pistopoihmeno h
aplws "paradosiako"? kai apo poia poikilia einai, koroneiki h
athinoelia? thelw na to parw gia ton patera mou pou einai poly
sxolastikos me ayta :)"""),
("el", "b123-el-giorti-trygou-paidia", "Σοφία Γαλάνη <sofia.galani@example.gr>", "Γιορτή τρύγου", "general", "",
"""Καλησπέρα, είδα στο Instagram τη γιορτή τρύγου στις 14 Σεπτεμβρίου.
Μπορούμε να έρθουμε με τα παιδιά μας (5 και 8 ετών); Θα πατήσουν και
αυτά σταφύλια; Χρειάζεται να δηλώσουμε συμμετοχή από πριν;

Σοφία"""),
("el", "b123-el-odigos-agenis-kamia-apaitisi", "Γεράσιμος Λυκούδης <gerasimos.lykoudis@example.gr>", "Για τον οδηγό σας", "general", "",
"""Καλημέρα σας.

Δεν ζητάω τίποτα, απλώς να το ξέρετε. Ο οδηγός που έφερε τις ζωοτροφές
την Παρασκευή μίλησε πολύ άσχημα στη μητέρα μου, που είναι 78 χρονών,
επειδή δεν ήξερε πού να ξεφορτώσει. Της φώναζε μπροστά στους γείτονες.
Δεν είναι τρόποι αυτοί.

Γεράσιμος Λυκούδης"""),
("el", "b123-el-ypallilos-prosvlitiko-ypeythynos", "Αναστασία Ορφανίδου <anastasia.orfanidou@example.gr>", "Καταγγελία για υπάλληλο του καταστήματος", "general", "high",
"""Κύριοι,

Σήμερα το πρωί στο κατάστημά σας στα Γιαννιτσά ο υπάλληλος στο ταμείο
με αποκάλεσε «χαζή» μπροστά σε άλλους πελάτες επειδή ρώτησα δύο φορές
για τη δοσολογία ενός κτηνιατρικού σκευάσματος. Όταν του είπα να
προσέχει πώς μιλάει, γέλασε.

Δεν δέχομαι τυπικές συγγνώμες από το email. Θέλω να μιλήσω με τον
υπεύθυνο του καταστήματος ή με τη διεύθυνση της εταιρείας, και να μου
πείτε τι θα γίνει με αυτόν τον άνθρωπο.

Αναστασία Ορφανίδου"""),
("el", "b123-el-gl-gyalia-paidiki-gwnia", "Nikos Vrettos <nikos.vrettos@example.gr>", "paidikh gwnia", "general", "high",
"""Kalhspera, hmastan sto oinopoieio sas shmera me ta paidia. Sthn paidikh
gwnia, mesa sthn ammo, h kori mou vrhke kommatia apo spasmeno
potiri, kai meta vrhkame ki alla. Ta mazepsame osa vlepame alla sigoura
exei ki alla. Na thn kleisete mexri na ka8aristei prin kopei kapoio
paidi.
Nikos Vrettos"""),
("el", "b123-el-gdpr-arxi-prostasias", "Περικλής Ζαχαρίου <pericles.zachariou@example.gr>", "Αίτημα διαγραφής δεδομένων - δεύτερη υπενθύμιση", "general", "high",
"""Κύριοι,

Στις 2 Μαΐου σας ζήτησα εγγράφως να διαγράψετε όλα τα προσωπικά μου
δεδομένα και να σταματήσετε να μου στέλνετε διαφημιστικά SMS. Δεν
πήρα καμία απάντηση και τα SMS συνεχίζονται.

Αν εντός 7 ημερών δεν λάβω επιβεβαίωση της διαγραφής, θα υποβάλω
καταγγελία στην Αρχή Προστασίας Δεδομένων Προσωπικού Χαρακτήρα.

Περικλής Ζαχαρίου"""),
# ---------------- Spanish ----------------
("es", "b123-es-club-vino-medico-pausa", "Javier Olmedo <javier.olmedo@example.es>", "Club de vinos", "billing", "",
"""Hola, buenas:

El médico me ha quitado el alcohol durante unos meses por una
medicación, así que no tiene mucho sentido que me sigan llegando las
tres botellas de Ribera cada mes. ¿Se puede congelar la suscripción
hasta enero sin darme de baja? No quiero perder la cuota de socio
antiguo (29,90 €).

Un saludo,
Javier Olmedo"""),
("es", "b123-es-cobro-doble-valle-guadalupe", "Daniela Ochoa <daniela.ochoa@example.com.mx>", "Cobro doble", "billing", "",
"""Buenas tardes,

Reservé el recorrido con degustación en su vinícola del Valle de
Guadalupe para el sábado 17 (2 personas) y en mi estado de cuenta
aparecen dos cargos de $1,800 MXN cada uno, el mismo día y a la misma
hora. Solo tengo un folio de confirmación, VG-3381. ¿Me pueden
reembolsar el cargo repetido?

Gracias,
Daniela Ochoa"""),
("es", "b123-es-factura-cif-pienso-caballos", "Centro Hípico Los Almendros <administracion@hipicalosalmendros.example.es>", "Factura pedido 66120", "billing", "",
"""Buenos dias,

Hicimos el pedido 66120 de pienso para caballos (40 sacos) a nombre de
nuestra encargada y la factura ha salido a su nombre. Necesitamos que
la emitan a nombre del centro:

Centro Hipico Los Almendros S.L.
CIF B12345678
Camino de la Vega s/n, 41530 Moron de la Frontera (Sevilla)

Muchas gracias,
Rocio, administracion"""),
("es", "b123-es-olivo-apadrinado-suegra", "Pilar Gallego <pilar.gallego@example.es>", "Olivo apadrinado nº 214", "billing", "",
"""Estimados señores:

Mi suegra, Doña Encarnación Ruiz, tenía apadrinado el olivo nº 214 en
su finca de Jaén, y cada año esperaba sus cinco litros como agua de
mayo. Falleció en marzo y en casa nadie va a seguir con ello. Les
ruego que no renueven el apadrinamiento (85 €) que se cobra en
noviembre en su cuenta.

Muchas gracias por el cariño con el que siempre la trataron.

Pilar Gallego"""),
("es", "b123-es-cuotas-reparacion-tractor-ar", "Hernán Bustos <hernan.bustos@example.com.ar>", "Consulta por pago de reparación", "billing", "",
"""Hola, qué tal.

Me pasaron el presupuesto de la reparación del Deutz (bomba inyectora y
embrague), son $2.850.000. ¿Se puede pagar en cuotas sin interés con
tarjeta? Si no, ¿con cheque a 30 y 60 días? Hasta que entregue la
cosecha de soja estoy medio justo.

Saludos,
Hernán Bustos
Pergamino"""),
("es", "b123-es-pregunta-precio-alfalfa-camion", "Paco Ramírez <paco.ramirez@example.es>", "Pregunta", "billing", "",
"""cuanto me sale un camion completo de pacas de alfalfa puesto en
Tudela? y si cojo dos camiones me haceis algo de descuento? el año
pasado me cobrasteis el porte aparte"""),
("es", "b123-es-manta-caballo-no-defectuosa", "Lucía Ferrer <lucia.ferrer@example.es>", "Cambio de talla", "billing", "",
"""Hola!

Me ha llegado la manta de invierno para el caballo (pedido 71008). Que
quede claro que está perfecta, no tiene ningún defecto, pero me
equivoqué de talla y a Duque le queda enorme. ¿Puedo devolverla y
pedir la 145? Está sin estrenar, con las etiquetas.

Gracias, Lucía"""),
("es", "b123-es-bono-cata-caducado", "Agustín Carrasco <agustin.carrasco@example.es>", "Bono regalo", "billing", "",
"""Buenas tardes,

Mis hijos me regalaron por mi jubilación un bono para una cata
maridaje para dos personas en su bodega de Haro. Con la mudanza se nos
traspapeló y ahora veo que caducó en junio. ¿Habría alguna posibilidad
de ampliar la fecha? El código es RJ-7702.

Atentamente,
Agustín Carrasco"""),
("es", "b123-es-re-reembolso-senal-vendimia", "Martina Sosa <martina.sosa@example.com.uy>", "RE: Cancelación Jornada de Vendimia", "billing", "",
"""Hola Valentina, gracias por la respuesta, pero ya pasaron tres semanas
y la seña de 4.000 pesos no volvió a mi tarjeta. ¿Podés fijarte si se
hizo bien la devolución?

Martina

> De: Valentina - Bodega Los Cerros
> Asunto: Cancelación Jornada de Vendimia
>
> Hola Martina, lamentamos que no puedan venir a la Jornada de
> Vendimia del 8 de marzo. Como cancelaste con más de 15 días de
> anticipación, te devolvemos la seña completa en un plazo de 5 a 7
> días hábiles.
>
> Saludos, Valentina"""),
("es", "b123-es-yegua-santuario-suscripcion", "Nerea Aguirre <nerea.aguirre@example.es>", "Luna", "billing", "",
"""Kaixo,

Os escribo porque Luna, nuestra yegua, se va a vivir a un santuario de
caballos jubilados en Cantabria, donde ya se ocupan ellos de la
comida. Así que a partir de este mes ya no necesitamos el pienso senior
mensual. Dadnos de baja, por favor, para que no nos cobréis el
siguiente envío.

Eskerrik asko,
Nerea"""),
("es", "b123-es-paja-precio-distinto-chile", "Rodrigo Fuentes <rodrigo.fuentes@example.cl>", "Cotización fardos de paja", "billing", "",
"""Estimados,

Me cotizaron 500 fardos de paja de trigo a $2.400 el fardo con flete
incluido hasta Los Ángeles. La factura que me llegó viene a $2.700 más
$180.000 de flete. Adjunto la cotización que me mandó el vendedor por
WhatsApp. Les pido corregir la factura.

Rodrigo Fuentes
Agrícola Santa Elena"""),
("es", "b123-es-tour-cancelado-contracargo", "Fernanda Ibarra <fernanda.ibarra@example.com.mx>", "Reembolso tour cancelado", "billing", "high",
"""A quien corresponda:

El tour de vinícolas del 22 de junio (folio QRO-1190, 4 personas,
$6,400 MXN) lo cancelaron ustedes la noche anterior porque "no había
chofer". Me prometieron el reembolso en 5 días hábiles. Ya pasó más de
un mes, he mandado correos y nadie contesta.

Si el viernes no tengo el reembolso completo, voy a pedir el
contracargo a mi banco y a poner la queja en Profeco.

Fernanda Ibarra"""),
("es", "b123-es-cosechadora-factura-abogado", "Julián Casado <julian.casado@example.es>", "Factura reparación cosechadora - nº 2024-0871", "billing", "high",
"""Muy señores míos:

En la factura 2024-0871 me cobran 14 horas de mano de obra por cambiar
las correas del cilindro de mi cosechadora, cuando su mecánico estuvo
en la finca una mañana, de 9 a 13:30. También me facturan un rodamiento
que no se cambió: el viejo sigue puesto.

No voy a pagar esa factura tal como está. Si no me mandan una
rectificada en diez días, pondré una reclamación en la OMIC y el asunto
pasará a mi abogado.

Julián Casado Merino
Cuéllar (Segovia)"""),
("es", "b123-es-club-vino-cobro-anual-gerente", "Gabriela Luna <gabriela.luna@example.com.ar>", "Me cobraron el club anual después de darme de baja", "billing", "high",
"""Hola,

El 10 de febrero me di de baja del club de vinos (tengo el mail de
confirmación) y el 1 de marzo me debitaron igual la cuota anual de
$180.000. Llamé tres veces y cada vez me dicen que "ya está pasado al
área correspondiente".

No quiero hablar más con el call center. Quiero que me llame el gerente
o alguien con poder para resolverlo, y que me devuelvan la plata.

Gabriela Luna
Mendoza"""),
("es", "b123-es-contrasena-web-no-entra", "Encarna Molina <encarna.molina@example.es>", "no puedo entrar", "technical", "",
"""Buenas, llevo desde ayer sin poder entrar en mi cuenta de la tienda de
suministros veterinarios. Pongo mi correo y la contraseña y me dice
"usuario o contraseña incorrectos", le doy a recuperar contraseña y no
me llega ningún correo, ni en spam. Encarna"""),
("es", "b123-es-no-es-factura-app-riego", "Tomás Villalba <tomas.villalba@example.es>", "App de riego", "technical", "",
"""Hola,

No les escribo por la factura, que eso está bien. El problema es la
app del programador de riego: desde la última actualización se cierra
sola cuando intento cambiar el horario del sector 3 del olivar. Los
demás sectores los puedo tocar sin problema. Tengo un Xiaomi con
Android 13.

Tomás"""),
("es", "b123-es-jeringa-automatica-gotea", "Ignacio Ledesma <ignacio.ledesma@example.com.ar>", "Jeringa automática", "technical", "",
"""Buenas, compré la jeringa automática de 50 ml para vacunar el rodeo
y gotea por el pico entre dosis. Le cambié el o-ring que venía de
repuesto y sigue igual. Encima la dosis no sale pareja, unas veces 5 y
otras casi 4. ¿Tiene arreglo o es falla de fábrica?

Ignacio"""),
("es", "b123-es-pedido-tractor-sigue-aceite", "Manuel Cabrera <manuel.cabrera@example.es>", "Pedido 51920", "technical", "",
"""Buenos dias,

Recogi el John Deere del taller el jueves despues de la reparacion del
elevador (orden 51920). Sigue perdiendo aceite por el mismo sitio,
debajo del asiento, y el elevador baja solo con el apero puesto. Igual
que antes. ¿Cuándo pueden volver a mirarlo?

Manuel Cabrera"""),
("es", "b123-es-bebedero-no-llena", "Yolanda Pastor <yolanda.pastor@example.es>", "Bebedero", "technical", "",
"""Hola, el bebedero automático que me instalasteis en el box de la
yegua no se llena. Solo sale un hilillo de agua cuando ella empuja la
pala. La presión en la cuadra es buena, el grifo de al lado va a tope.
De momento le pongo un cubo. Gracias, Yolanda"""),
("es", "b123-es-etiquetadora-torcidas", "Bodegas Viña Alta <produccion@vinaalta.example.es>", "Etiquetadora tras la revisión", "technical", "",
"""Buenos días:

Desde la revisión de la semana pasada la etiquetadora pone la
contraetiqueta torcida en una de cada cinco botellas, más o menos. La
etiqueta delantera sale bien. Ya hemos ajustado las guías según el
manual. ¿Puede pasar el técnico esta semana o la que viene?

Un saludo,
Sergio Alonso, jefe de producción"""),
("es", "b123-es-programador-goteo-no-arranca", "Juan Carlos Moreno <jc.moreno@example.es>", "programador", "technical", "",
"""El programador del goteo del olivar no arranca los riegos programados,
solo funciona si lo pongo en manual. La hora y el dia estan bien.
Le he cambiado la pila. Finca en Martos. JC"""),
("es", "b123-es-despalilladora-vendimia", "Bodega Hermanos Ugarte <bodega@hermanosugarte.example.es>", "Despalilladora", "technical", "high",
"""La despalilladora que nos revisasteis en agosto se ha parado a las 11
de la mañana y no vuelve a arrancar, salta el diferencial. Tenemos 30
toneladas de tempranillo en los remolques al sol y a la cuadrilla de
vendimiadores parada en la viña porque no podemos recibir más uva.
Llamad al 600 000 217 en cuanto leáis esto.

Iñaki Ugarte"""),
("es", "b123-es-tienda-online-sin-pedidos-uy", "Bodega Familia Rossi <contacto@bodegarossi.example.com.uy>", "Tienda online", "technical", "high",
"""Hola,

Desde el jueves no entra ningún pedido en la tienda online. Los
clientes nos escriben por WhatsApp que llegan hasta el pago, pagan, y
luego la página se queda en blanco. A nosotros no nos llega ni el
pedido ni la notificación. Llevamos cuatro días sin vender una sola
botella por la web, que es el 70% de lo que vendemos en invierno.

Necesitamos que alguien lo mire ya.

Lucía Rossi
Bodega Familia Rossi, Canelones"""),
("es", "b123-es-olor-gas-caldera-queseria", "Amparo Navarro <amparo.navarro@example.es>", "Caldera nueva", "technical", "high",
"""Hola, buenas tardes.

Les escribo porque desde que su técnico instaló el lunes la caldera de
la quesería noto olor a gas cerca de la llave de paso, sobre todo por
la mañana. He cerrado la llave y tengo las ventanas abiertas. Cuando
puedan, que se pase alguien a revisarlo, por favor.

Amparo Navarro
Quesería La Vereda"""),
("es", "b123-es-bateria-tijera-poda-humo", "Mauricio Díaz <mauricio.diaz@example.cl>", "Batería tijera de podar", "technical", "high",
"""Hola, les cuento que la batería de la tijera eléctrica de poda que les
compré en julio se hinchó y anoche, cargando en la bodega, empezó a
salir humo blanco del costado. La desenchufé y la dejé afuera en el
patio sobre la tierra. La tijera nunca se cayó ni se mojó. ¿Qué hago
con ella?

Saludos,
Mauricio"""),
("es", "b123-es-gps-tractor-pierde-senal", "Andrés Quintero <andres.quintero@example.com.co>", "Señal GPS", "technical", "",
"""Buen día, el piloto automático del tractor pierde la señal RTK varias
veces por hora desde que le pusieron la antena nueva. Antes funcionaba
perfecto. Estamos sembrando y toca volver a manual cada rato. Andrés"""),
("es", "b123-es-sms-verificacion-no-llega", "Carmen Rubio <carmen.rubio@example.es>", "Código", "technical", "",
"""Buenas, quiero hacer un pedido de vacunas para las ovejas en la web y
me pide un código por SMS que nunca llega. Lo he pedido cinco veces. El
móvil es el mismo de siempre y me llegan otros SMS sin problema.

Carmen Rubio"""),
("es", "b123-es-horario-semana-santa", "Rafael Serrano <rafael.serrano@example.es>", "Semana Santa", "general", "",
"""Hola, ¿abrís la bodega el Jueves y el Viernes Santo? Queríamos ir con
unos amigos a la visita de las 12."""),
("es", "b123-es-gracias-cata-brutal", "Irene Lozano <irene.lozano@example.es>", "¡Gracias!", "general", "",
"""¡Hola!

Solo quería daros las gracias por la visita del sábado. Álvaro fue un
guía buenísimo, con mucha paciencia con nuestra pandilla, y la cata en
la sala de barricas fue brutal, de verdad. El amontillado nos mató a
todos. Volveremos seguro.

Un abrazo,
Irene y compañía"""),
("es", "b123-es-chamarra-perdida-camioneta", "Ricardo Solís <ricardo.solis@example.com.mx>", "Objeto olvidado", "general", "",
"""Buenas tardes, el domingo fuimos en el tour de Ensenada y creo que
olvidé mi chamarra de mezclilla en la camioneta, en el asiento de
atrás. Traía en la bolsa unas llaves con un llavero de los Xolos.
¿Alguien la encontró? Gracias."""),
("es", "b123-es-urgente-entrada-paja", "Pedro Vicente <pedro.vicente@example.es>", "URGENTE - entrega de paja del martes", "general", "",
"""Muy importante para la entrega de paja del martes: que el camión NO
entre por la puerta principal, que el puente de la acequia no aguanta
tanto peso. Que siga el camino hasta la nave grande y entre por el
portón de atrás, que estará abierto. Descargar dentro de la nave, a la
izquierda.

Pedro Vicente
Finca El Regajo"""),
("es", "b123-es-cambio-domicilio", "Consuelo Prieto <consuelo.prieto@example.es>", "Cambio de domicilio", "general", "",
"""Buenos dias,

Les escribo para que cambien mi direccion de envio. La nueva es:

Consuelo Prieto Gil
C/ Mayor 14, 2ºB
02001 Albacete

El telefono sigue siendo el mismo.

Gracias"""),
("es", "b123-es-patrocinio-concurso-hipico", "Club Hípico Sierra Norte <secretaria@hipicosierranorte.example.es>", "Patrocinio concurso de saltos", "general", "",
"""Estimados señores:

El Club Hípico Sierra Norte celebra los días 12 y 13 de octubre su
concurso social de saltos. Como muchos de nuestros socios son clientes
suyos, nos gustaría proponerles patrocinar una de las pruebas, con su
logotipo en el obstáculo y mención en la entrega de premios.

Quedamos a la espera de su respuesta.

Atentamente,
Beatriz Ortega, Secretaría"""),
("es", "b123-es-hola-visita-escolar-almazara", "Marisol Cano <marisol.cano@example.es>", "Hola", "general", "",
"""Hola, soy profesora de 4º de primaria en un colegio de Úbeda. ¿Hacéis
visitas escolares a la almazara durante la campaña? Serían unos 45
niños. Nos interesa que vean el olivar y cómo se hace el aceite.

Gracias,
Marisol"""),
("es", "b123-es-aceite-cosecha-temprana", "Mercedes Soto <mercedes.soto@example.com.ar>", "Consulta aceite", "general", "",
"""Hola, una consulta: el aceite de oliva que venden en lata de 5 litros,
¿es de cosecha temprana? ¿Qué variedad es, arauco o arbequina? Es para
regalar a mi papá que es muy exigente. Gracias!"""),
("es", "b123-es-fiesta-vendimia-perros", "Óscar Benítez <oscar.benitez@example.es>", "Fiesta de la vendimia", "general", "",
"""Buenas, ¿a la fiesta de la vendimia del día 21 se puede ir con
perro? Es una perra tranquila, va siempre con correa. ¿Y hace falta
sacar entrada o se puede ir directamente?"""),
("es", "b123-es-queja-trato-repartidor", "Rosa Herrero <rosa.herrero@example.es>", "Sobre su repartidor", "general", "",
"""Buenas tardes.

No pido nada, solo que lo sepan. El repartidor que trajo los sacos de
pienso el viernes le habló fatal a mi padre, que tiene 80 años, porque
tardó en abrir la cancela. Le gritó delante de los vecinos. Eso no se
hace.

Rosa Herrero"""),
("es", "b123-es-empleada-trato-responsable", "Álvaro Gutiérrez <alvaro.gutierrez@example.es>", "Queja formal - tienda de Lorca", "general", "high",
"""Señores:

Ayer por la mañana, en su tienda de Lorca, el encargado del mostrador
se dirigió a mi mujer con comentarios fuera de lugar sobre su acento y
se negó a atenderla "hasta que viniera el marido". Hay otros clientes
que lo vieron.

No quiero un cheque descuento ni una disculpa genérica. Exijo hablar
con el responsable de zona o con la dirección de la empresa esta misma
semana.

Álvaro Gutiérrez Sánchez"""),
("es", "b123-es-vidrios-zona-infantil", "Carolina Méndez <carolina.mendez@example.com.ar>", "Zona de juegos", "general", "high",
"""Hola, el domingo estuvimos almorzando en la bodega y en el arenero de
los juegos de los chicos había pedazos de vidrio de una copa rota. Mi
hijo se cortó un poco el dedo, nada grave. Juntamos lo que vimos pero
seguro que quedan más. Por favor cierren esa zona hasta limpiarla bien.

Carolina"""),
("es", "b123-es-remolque-paseo-sin-baranda", "Verónica Paz <veronica.paz@example.cl>", "Paseo en carreta - fiesta de la vendimia", "general", "high",
"""Estimados:

En la fiesta de la vendimia del sábado, el paseo en carreta entre las
viñas se hizo en un remolque sin barandas, con unos 20 niños sentados en
los bordes. En una curva dos se fueron hacia afuera y los agarraron los
papás de milagro. Nadie del personal iba atrás con ellos.

Les pido que no vuelvan a hacerlo así el próximo fin de semana.

Verónica Paz"""),
# ---------------- Polish ----------------
("pl", "b123-pl-klub-wina-norwegia", "Kamil Wróbel <kamil.wrobel@example.pl>", "Klub wina", "billing", "",
"""Dzień dobry,

od października wyjeżdżam na pół roku na kontrakt do Norwegii i nie
będzie komu odbierać paczek z winem. Czy mogę zawiesić członkostwo w
klubie do kwietnia, zamiast je anulować? Nie chcę stracić ceny 149 zł
za kwartał, którą mam od początku.

Pozdrawiam
Kamil Wróbel"""),
("pl", "b123-pl-degustacja-dwa-razy", "Agnieszka Sowa <agnieszka.sowa@example.pl>", "Degustacja - podwójna płatność", "billing", "",
"""Dzień dobry,

zarezerwowałam zwiedzanie winnicy z degustacją na sobotę 14 września
dla dwóch osób. Przy płatności BLIK strona się zawiesiła, więc
zapłaciłam jeszcze raz. W banku mam teraz dwa obciążenia po 180 zł, a
rezerwację tylko jedną (nr WN-2291). Proszę o zwrot jednej kwoty.

Agnieszka Sowa"""),
("pl", "b123-pl-faktura-nip-gospodarstwo", "Gospodarstwo Rolne Nowak <gr.nowak@example.pl>", "Faktura do zamowienia 30517", "billing", "",
"""Dzien dobry,

do zamowienia 30517 (pasza dla koni, 20 workow) dostalem paragon
zamiast faktury. Prosze o wystawienie faktury VAT na gospodarstwo:

Gospodarstwo Rolne Tadeusz Nowak
NIP 1234563218
Wola Mała 12, 37-300 Leżajsk

Dziekuje
Tadeusz Nowak"""),
("pl", "b123-pl-drzewko-oliwne-mama", "Ewa Kaczmarczyk <ewa.kaczmarczyk@example.pl>", "Adopcja drzewka - Halina Kaczmarczyk", "billing", "",
"""Szanowni Państwo,

moja mama, Halina Kaczmarczyk, od czterech lat „adoptowała” u Państwa
drzewko oliwne na Krecie i co roku czekała na swoją oliwę jak na
święta. Mama odeszła w lipcu. Nikt z nas nie będzie tego kontynuował,
dlatego proszę nie odnawiać rocznej opłaty 390 zł, która jest pobierana
z jej karty w listopadzie.

Dziękuję za wszystko, to była dla niej wielka radość.

Ewa Kaczmarczyk"""),
("pl", "b123-pl-raty-naprawa-kombajnu", "Zbigniew Lis <zbigniew.lis@example.pl>", "Płatność za naprawę", "billing", "",
"""Dzień dobry,

naprawa kombajnu wyszła 18 400 zł brutto. Czy mogę to rozłożyć na raty,
np. na 4 miesiące? Za rzepak dostanę pieniądze ze skupu dopiero w
październiku. Jestem Waszym klientem od lat, zawsze płaciłem w
terminie.

Zbigniew Lis
Kietrz"""),
("pl", "b123-pl-pytanie-cena-balotow", "Marek Kowalczyk <marek.kowalczyk@example.pl>", "Pytanie", "billing", "",
"""Dzien dobry, ile kosztuje balot siana (120x120) z dowozem pod Ostroleke?
Potrzebuje 80 sztuk. Jak wezme jeszcze 40 balotow slomy to bedzie jakis
rabat? Pozdrawiam"""),
("pl", "b123-pl-derka-za-mala-wymiana", "Natalia Zając <natalia.zajac@example.pl>", "derka", "billing", "",
"""Hej, derka przyszła dziś i od razu mówię - jest super, nic jej nie
brakuje, to ja źle zmierzyłam konia :) 145 jest za mała na mojego
wałacha. Mogę ją odesłać i wymienić na 155? Nieużywana, z metkami.
Zamówienie 48812. Dzięki! Natalia"""),
("pl", "b123-pl-voucher-degustacja-wygasl", "Jerzy Pawlak <jerzy.pawlak@example.pl>", "Voucher", "billing", "",
"""Szanowni Państwo,

dzieci podarowały mi na 65. urodziny voucher na degustację win z
kolacją w Państwa winnicy pod Zieloną Górą. Niestety przez pobyt w
sanatorium nie zdążyłem go wykorzystać i widzę, że ważność minęła 31
sierpnia. Czy byłaby możliwość przedłużenia? Numer vouchera: ZG-4410.

Z poważaniem
Jerzy Pawlak"""),
("pl", "b123-pl-re-zwrot-zaliczki-winobranie", "Paulina Mazurek <paulina.mazurek@example.pl>", "Re: Rezygnacja z winobrania", "billing", "",
"""Dzień dobry Pani Moniko,

dziękuję, ale minęły już trzy tygodnie, a 200 zł zaliczki nadal nie
wróciło na moje konto. Czy może Pani sprawdzić, czy przelew na pewno
wyszedł?

Paulina Mazurek

W dniu 2 września Monika z Winnicy Pod Dębem napisała:
> Dzień dobry,
> przykro nam, że nie będą Państwo mogli przyjechać na winobranie
> 21 września. Ponieważ rezygnacja nastąpiła ponad 14 dni przed
> terminem, zaliczka zostanie zwrócona w całości w ciągu 7 dni
> roboczych.
> Pozdrawiamy serdecznie"""),
("pl", "b123-pl-klacz-teczowy-most", "Izabela Krawczyk <izabela.krawczyk@example.pl>", "Iskra", "billing", "",
"""Dzień dobry,

nasza Iskra w niedzielę odeszła za tęczowy most, miała 27 lat. Była
jedynym koniem, dla którego zamawialiśmy paszę dla seniorów w
abonamencie. Proszę nie wysyłać kolejnych worków i nie pobierać
płatności od przyszłego miesiąca.

Dziękuję,
Iza"""),
("pl", "b123-pl-transport-slomy-drozszy", "Rafał Jasiński <rafal.jasinski@example.pl>", "Transport słomy", "billing", "",
"""Dzień dobry,

w ofercie z 5 sierpnia było 80 zł za balot słomy pszennej z
transportem do Sochaczewa. Na fakturze FV/08/221 jest 80 zł za balot i
osobno 650 zł za transport. Proszę o korektę faktury zgodnie z ofertą,
którą mam na mailu.

Rafał Jasiński"""),
("pl", "b123-pl-degustacja-odwolana-chargeback", "Monika Szewczyk <monika.szewczyk@example.pl>", "Zwrot za odwołaną wycieczkę", "billing", "high",
"""Dzień dobry,

wycieczkę po winnicach Podkarpacia 15 czerwca (6 osób, 1 140 zł)
odwołali Państwo dzień wcześniej, bo „nie ma przewodnika”. Obiecano mi
zwrot w ciągu 7 dni. Minęło sześć tygodni, trzy maile i dwa telefony.

Jeżeli do piątku pieniądze nie wrócą na kartę, składam w banku
reklamację transakcji (chargeback) i na tym kończę rozmowę z Państwem.

Monika Szewczyk"""),
("pl", "b123-pl-zaliczka-siano-rzecznik", "Stanisław Bąk <stanislaw.bak@example.pl>", "Zaliczka za siano - brak dostawy", "billing", "high",
"""Szanowni Państwo,

w marcu wpłaciłem 4 000 zł zaliczki za 150 balotów siana z dostawą w
maju. Jest lipiec, siana nie ma, a telefonu nikt nie odbiera. Musiałem
kupić siano gdzie indziej, dużo drożej, żeby bydło miało co jeść.

Żądam zwrotu całej zaliczki w ciągu 14 dni. W przeciwnym razie zgłaszam
sprawę do powiatowego rzecznika konsumentów i kieruję ją do sądu.

Stanisław Bąk
Nowa Wieś, gm. Sokółka"""),
("pl", "b123-pl-roboczogodziny-kierownik", "Henryk Zieliński <henryk.zielinski@example.pl>", "Naprawa ciągnika - rachunek nr 1187", "billing", "high",
"""Panowie,

na rachunku 1187 policzyliście mi 12 roboczogodzin za wymianę sprzęgła w
Ursusie, a mechanik był u mnie od 8 do 13 i jeszcze godzinę siedział
przy kawie. Do tego części, których nie wymieniał.

Z panią w biurze rozmawiałem już dwa razy i nic. Chcę rozmawiać z
kierownikiem serwisu albo z właścicielem, niech zadzwoni do mnie w tym
tygodniu.

Henryk Zieliński"""),
("pl", "b123-pl-logowanie-sklep-link", "Barbara Michalska <barbara.michalska@example.pl>", "Nie mogę się zalogować", "technical", "",
"""Dzień dobry,

od wczoraj nie mogę zalogować się do sklepu z artykułami
weterynaryjnymi. Po wpisaniu hasła strona wraca do ekranu logowania bez
żadnego komunikatu. Zmieniłam hasło - to samo. Próbowałam na laptopie i
na telefonie.

Barbara Michalska"""),
("pl", "b123-pl-nie-platnosc-aplikacja-zawiesza", "Piotr Grabowski <piotr.grabowski@example.pl>", "aplikacja", "technical", "",
"""Dzien dobry, nie chodzi o platnosc ani fakture, to jest ok. Aplikacja
do zamawiania paszy zawiesza sie przy dodawaniu drugiego adresu dostawy
(mam dwie stajnie). Ekran robi sie bialy i trzeba ja zamknac. Samsung
A54, aplikacja zaktualizowana. Piotr"""),
("pl", "b123-pl-poidlo-cieknie", "Karolina Wójcik <karolina.wojcik@example.pl>", "Poidło", "technical", "",
"""Dzień dobry, poidło automatyczne, które zamontowaliście w boksie
tydzień temu, cały czas cieknie, zawór się nie domyka. Rano w boksie
jest mokro po pęciny. Na noc zakręcam wodę i daję wiadro. Kiedy może
ktoś przyjechać?

Karolina"""),
("pl", "b123-pl-zamowienie-podnosnik-ciagnik", "Wiesław Dudek <wieslaw.dudek@example.pl>", "Zlecenie 33812", "technical", "",
"""Dzien dobry,

odebralem Zetora z serwisu w piatek po naprawie podnosnika (zlecenie
33812). Podnosnik dalej opada z plugiem, tak samo jak przed naprawa, a
spod pompy znowu kapie olej. Prosze o termin ponownej naprawy.

Wieslaw Dudek"""),
("pl", "b123-pl-pastuch-nie-kopie", "Grzegorz Sikora <grzegorz.sikora@example.pl>", "Pastuch", "technical", "",
"""Pastuch elektryczny od Was (ten na akumulator 12V) mruga lampką, ale
na ogrodzeniu nie ma napięcia, tester pokazuje zero nawet przy samym
zacisku. Uziemienie sprawdzone, akumulator naładowany. Krowy już się
zorientowały. Grzegorz"""),
("pl", "b123-pl-prasa-supelek", "Andrzej Pietrzyk <andrzej.pietrzyk@example.pl>", "Prasa po przeglądzie", "technical", "",
"""Dzień dobry,

po przeglądzie prasy kostkującej u Was supłacz nie wiąże co trzeciej
kostki, sznurek się rozłazi. Przed przeglądem było dobrze. Sznurek ten
sam co zawsze. Mam jeszcze ze 20 ha do zebrania.

Andrzej Pietrzyk"""),
("pl", "b123-pl-czujnik-piwniczka", "Winnica Na Skarpie <kontakt@winnicanaskarpie.example.pl>", "Czujnik temperatury w piwnicy", "technical", "",
"""Dzien dobry,

czujnik temperatury w piwnicy z beczkami, ktory montowaliscie w maju,
pokazuje w aplikacji skoki z 12 do 31 stopni co kilka minut. Termometr
obok pokazuje caly czas 13. Wyglada na to, ze czujnik wariuje.

Pozdrawiam
Tomasz Górski"""),
("pl", "b123-pl-suszarnia-mokra-kukurydza", "Kazimierz Wilk <kazimierz.wilk@example.pl>", "Suszarnia", "technical", "high",
"""Suszarnia, którą Wasz serwisant uruchamiał po przeglądzie we wtorek,
stanęła dziś o 6 rano z błędem palnika i nie chce ruszyć. W zbiornikach
i na placu leży 60 ton mokrej kukurydzy prosto z pola, kombajn stoi,
a przy tej pogodzie za dwa dni zacznie się grzać i pleśnieć. Telefon
serwisowy nie odpowiada. Dzwońcie: 600 000 418.

Kazimierz Wilk"""),
("pl", "b123-pl-rezerwacje-degustacji-nie-dzialaja", "Winnica Stara Góra <biuro@winnicastaragora.example.pl>", "System rezerwacji", "technical", "high",
"""Dzień dobry,

od soboty Wasz system rezerwacji pokazuje wszystkie nasze terminy
zwiedzania jako niedostępne. Klienci dzwonią, że nie mogą się zapisać,
dwa biura podróży odwołały już autokary na przyszły tydzień, a na
weekend mamy ledwie kilka osób zamiast pełnych grup. Zaczyna się
sezon winobrania.

Prosimy o pilną pomoc.

Joanna Lewandowska
Winnica Stara Góra"""),
("pl", "b123-pl-promiennik-stajnia-zapach", "Dorota Baran <dorota.baran@example.pl>", "Promiennik w stajni", "technical", "high",
"""Dzień dobry,

promiennik podczerwieni, który kupiłam u Państwa do stajni dla źrebaka,
od kilku dni pachnie spaloną izolacją, a dziś przewód przy wtyczce był
gorący i lekko nadtopiony. Wisi nad słomą. Odłączyłam go. Proszę o
informację, co dalej.

Dorota Baran"""),
("pl", "b123-pl-nagrzewnica-kurnik-gaz", "Leszek Wysocki <leszek.wysocki@example.pl>", "nagrzewnica gazowa", "technical", "high",
"""Dzien dobry. Od montazu nagrzewnicy gazowej w kurniku (w czwartek)
czuc lekko gaz przy zlaczce przy butli. Zakrecilem butle i otworzylem
wrota. Prosze zeby ktos przyjechal i to sprawdzil jak bedzie mogl.
Leszek Wysocki, Zakrzew"""),
("pl", "b123-pl-gps-opryskiwacz", "Adam Kubiak <adam.kubiak@example.pl>", "nawigacja", "technical", "",
"""Od aktualizacji nawigacji w opryskiwaczu ścieżki przesuwają się o
jakieś 30 cm po każdym nawrocie. Wcześniej było idealnie. Sprawdzałem
kalibrację, to samo. Adam"""),
("pl", "b123-pl-kod-sms-nie-dochodzi", "Elżbieta Nowicka <elzbieta.nowicka@example.pl>", "kod", "technical", "",
"""Dzień dobry, chcę zamówić szczepionki dla owiec przez stronę, ale kod
SMS do potwierdzenia w ogóle nie przychodzi. Prosiłam o niego kilka
razy. Inne SMS-y dostaję normalnie. Numer się nie zmienił.

Elżbieta Nowicka"""),
("pl", "b123-pl-majowka-godziny", "Justyna Adamczyk <justyna.adamczyk@example.pl>", "Majówka", "general", "",
"""Dzien dobry, czy winnica bedzie otwarta dla zwiedzajacych 1 i 3 maja? W
jakich godzinach? Bylibysmy w 5 osob. Pozdrawiam"""),
("pl", "b123-pl-podziekowania-przewodnik", "Michał Ostrowski <michal.ostrowski@example.pl>", "Podziękowania", "general", "",
"""Dzień dobry,

chcieliśmy bardzo podziękować Panu Bartkowi za sobotnie oprowadzanie
po winnicy. Był zabójczo zabawny, a przy tym wiedział wszystko o
solarisie i regencie. Nawet mój teść, który twierdzi, że polskie wino
nie istnieje, kupił dwie butelki. Na pewno wrócimy.

Michał z rodziną"""),
("pl", "b123-pl-zgubiony-portfel-bus", "Halina Szymańska <halina.szymanska@example.pl>", "Zguba", "general", "",
"""Szanowni Państwo,

w niedzielę byłam na wycieczce do winnic Waszym busem z Krakowa i
chyba zostawiłam w nim etui na okulary, brązowe, skórzane. Siedziałam
z tyłu po lewej stronie. Jeśli się znalazło, proszę o wiadomość.

Z poważaniem
Halina Szymańska"""),
("pl", "b123-pl-pilne-wjazd-od-tylu", "Roman Kołodziej <roman.kolodziej@example.pl>", "PILNE!!! dostawa słomy w czwartek", "general", "",
"""Na czwartkową dostawę słomy: kierowca NIE może wjeżdżać od wsi, bo
mostek na rowie nie uniesie ciężarówki. Niech jedzie polną drogą za
remizą i wjedzie bramą od tyłu, będzie otwarta. Baloty pod wiatę
po prawej. Pies jest w kojcu.

Roman Kołodziej
tel. 600 000 902"""),
("pl", "b123-pl-zmiana-nazwiska", "Magdalena Lis-Borowska <magdalena.borowska@example.pl>", "Zmiana danych", "general", "",
"""Dzień dobry,

po ślubie zmieniłam nazwisko. Proszę o zmianę danych na koncie z
Magdalena Lis na Magdalena Lis-Borowska oraz adresu e-mail na ten, z
którego piszę. Adres dostawy bez zmian.

Dziękuję,
Magdalena Lis-Borowska"""),
("pl", "b123-pl-sponsoring-zawody-jezdzieckie", "Stowarzyszenie Jeździeckie Podkowa <zarzad@sj-podkowa.example.pl>", "Propozycja sponsoringu", "general", "",
"""Szanowni Państwo,

Stowarzyszenie Jeździeckie „Podkowa” organizuje 28-29 września
regionalne zawody w skokach przez przeszkody dla dzieci i młodzieży.
Wielu naszych członków kupuje u Państwa paszę, dlatego chcielibyśmy
zaproponować sponsoring jednego z konkursów - z logo na przeszkodzie i
w programie zawodów.

Z wyrazami szacunku
Aleksandra Wiśniewska, Zarząd"""),
("pl", "b123-pl-dzien-dobry-wycieczka-szkolna", "Beata Chmielewska <beata.chmielewska@example.pl>", "Dzień dobry", "general", "",
"""Jestem wychowawczynią klasy 5 w szkole w Sulechowie. Czy przyjmują
Państwo wycieczki szkolne na winnicę we wrześniu? Byłoby 24 dzieci i 3
opiekunów. Dzieci oczywiście bez degustacji :) Czy jest miejsce, gdzie
mogą zjeść drugie śniadanie?

Beata Chmielewska"""),
("pl", "b123-pl-pasza-bez-gmo", "Sylwia Kowalska <sylwia.kowalska@example.pl>", "pytanie o pasze", "general", "",
"""dzien dobry, czy musli dla koni ktore sprzedajecie jest bez GMO i bez
melasy? moja klacz ma insulinoopornosc i weterynarz kazal uwazac na
cukry. pozdrawiam Sylwia"""),
("pl", "b123-pl-winobranie-z-psem", "Krzysztof Mroczek <krzysztof.mroczek@example.pl>", "Winobranie", "general", "",
"""Dzień dobry, czy na winobranie 21 września można przyjechać z psem? Jest
spokojny, na smyczy. I czy trzeba się wcześniej zapisać, czy po prostu
przyjechać?"""),
("pl", "b123-pl-kierowca-niegrzeczny", "Teresa Górecka <teresa.gorecka@example.pl>", "Kierowca", "general", "",
"""Dzień dobry.

Niczego nie żądam, chcę tylko, żeby Państwo wiedzieli. Kierowca, który
przywiózł paszę w środę, nakrzyczał na mojego 82-letniego tatę, bo ten
za wolno otwierał bramę. Przy sąsiadach. Tak się nie rozmawia z ludźmi.

Teresa Górecka"""),
("pl", "b123-pl-sprzedawca-kierownik", "Joanna Rutkowska <joanna.rutkowska@example.pl>", "Skarga na pracownika sklepu w Łowiczu", "general", "high",
"""Szanowni Państwo,

wczoraj w Państwa sklepie w Łowiczu sprzedawca przy ladzie z lekami
weterynaryjnymi zwrócił się do mnie per „paniusiu” i stwierdził, że
„kobiety i tak się na tym nie znają”, po czym odmówił odpowiedzi na
moje pytanie o dawkowanie. Inni klienci to słyszeli.

Nie interesuje mnie bon ani ogólne przeprosiny. Żądam rozmowy z
kierownikiem regionu lub kimś z zarządu firmy w tym tygodniu.

Joanna Rutkowska"""),
("pl", "b123-pl-kladka-spruchniala", "Patryk Nowakowski <patryk.nowakowski@example.pl>", "Kładka na trasie zwiedzania", "general", "high",
"""Dzień dobry,

byliśmy w sobotę na zwiedzaniu winnicy. Na drewnianej kładce nad
strumykiem jedna deska jest spróchniała i ugięła się pod moją córką,
noga wpadła jej do połowy. Skończyło się na siniaku, ale dorosły mógłby
tam przelecieć. Wystaje też kilka gwoździ. Proszę to zabezpieczyć,
zanim ktoś zrobi sobie krzywdę.

Patryk Nowakowski"""),
("pl", "b123-pl-rodo-uodo", "Wojciech Kamiński <wojciech.kaminski@example.pl>", "Usunięcie danych - ponowne wezwanie", "general", "high",
"""Szanowni Państwo,

3 czerwca wysłałem żądanie usunięcia moich danych osobowych i
zaprzestania wysyłania SMS-ów reklamowych. Nie otrzymałem żadnej
odpowiedzi, a SMS-y nadal przychodzą.

Jeśli w ciągu 7 dni nie dostanę potwierdzenia usunięcia danych, złożę
skargę do Prezesa UODO.

Wojciech Kamiński"""),
]
