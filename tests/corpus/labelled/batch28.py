# batch28.py -- labelled mails held out of the tree until the rules it
# measures are final: kept apart from gen.py so that nothing is tuned or
# trained on them.  Kinds of business drawn on: estate agents and letting,
# removals and self storage, car rental and car sharing, taxis and ride
# hailing, gyms and sports clubs, hairdressers and beauty salons, spas,
# photographers, wedding venues and caterers.  The failure classes in these
# settings -- escalation demands that keep their topic, legal threats and
# chargebacks, negations, Greeklish, subjects that say nothing or something
# else, replies quoting an earlier mail, plans ended or paused in other
# words, outages of a business told only by their consequences, safety
# hazards told calmly, praise -- and everyday mail of all three queues.
# Written separately in each language, not translated.  Same tuple format
# as batch12.py: (lang, slug, from, subject, queue, priority, body).
M += [
# ---------------- English ----------------
("en", "b28-en-deposit-carpet-clean-deduction", "Hannah Coyle <hannah.coyle@example.co.uk>", "Deposit - 14 Alder Road", "billing", "",
"""Hi,

We moved out of 14 Alder Road on 31 March and got the deposit return
notice yesterday. You've kept back £180 for "professional carpet
cleaning", but we had the carpets professionally cleaned on 29 March and
left the receipt on the kitchen worktop with the keys, as the check-out
guide asked. I've attached a photo of it again.

Could you release the £180 please, or send me the inventory clerk's
notes if there's something else behind it?

Many thanks,
Hannah Coyle"""),
("en", "b28-en-gym-moving-to-aberdeen", "Ross McAllister <ross.mcallister@example.co.uk>", "Leaving Leeds", "billing", "",
"""Hiya, I've got a new job in Aberdeen from July and you don't have a club
up there as far as I can see. So the June payment will be my last one -
please don't take anything on 1 July. Membership no. LDS-20417.

Cheers for everything, the 6am crowd at Kirkstall are a good bunch.
Ross"""),
("en", "b28-en-car-hire-refuel-charge", "Gareth Pryce <gareth.pryce@example.co.uk>", "Booking ref CH-558201", "billing", "",
"""Dear Sir or Madam,

I returned a Vauxhall Astra to your Cardiff Airport desk on 12 May. I
filled the tank at the Esso two miles from the airport at 07:41 that
morning and the gauge read full when I handed the keys over. Your
colleague did not check it while I was there.

My card has now been charged £78.40 for "refuelling service". I have
the fuel receipt and a photo of the dashboard showing the gauge and the
mileage. Please refund the charge.

Yours faithfully,
Gareth Pryce"""),
("en", "b28-en-removals-invoice-small-claims", "Natalie Osei <natalie.osei@example.com>", "Your invoice RM-3392", "billing", "high",
"""I accepted your written quote of £1,150 for our move from Croydon to
Brighton on 3 June. It said "fixed price, no hidden extras". Your
invoice has just arrived for £1,640, with £490 for "additional hours
and materials". Nobody told us on the day that anything extra was
being charged, and the crew finished before 4pm.

I will pay the £1,150 we agreed and not a penny more. If you pursue the
remaining £490 or pass it to a collector, I will defend it in the small
claims court and counterclaim for my costs. Please confirm in writing
that the invoice has been corrected.

Natalie Osei"""),
("en", "b28-en-taxi-airport-fixed-fare", "Ciarán Brennan <ciaran.brennan@example.ie>", "fare to the airport", "billing", "",
"""Hi folks, booked a car from Rathmines to Dublin Airport for 5am last
Thursday at the fixed fare of €42 shown in the app. The receipt that came
through afterwards says €61.80 - the driver had the meter running the
whole way, I only noticed when the email came. Can ye sort out the
difference? Booking 77-4410-DB.

Thanks,
Ciarán"""),
("en", "b28-en-spa-voucher-late-husband", "Margaret Hollis <margaret.hollis@example.co.uk>", "Spa voucher", "billing", "",
"""Dear Sir or Madam,

My husband bought me a spa day voucher for our anniversary last year
(voucher number SPV-08813, £145). He was taken ill not long after and
passed away in February, and I am afraid I forgot all about it until I
was sorting his papers this week. I see it ran out on 30 April.

I wondered whether you could possibly extend it. I should very much like
to use it, as he chose it for me.

Yours sincerely,
Margaret Hollis"""),
("en", "b28-en-venue-double-booked-chargeback", "Priya & Tom Whitfield <whitfields2025@example.com>", "Our wedding on 6 September - deposit", "billing", "high",
"""To whom it may concern,

On 20 March your events coordinator told us that Hartley Barn had been
"double-booked in error" for 6 September and that our wedding could not
go ahead there. We were offered a Tuesday in November, which is no use
to us, and we declined it in writing the same day.

Our £2,500 deposit was paid on our credit card in October. Three emails
asking for it back have gone unanswered. As of this morning we have
opened a chargeback with our card provider and sent them your
coordinator's email. If you refund us directly before they decide, let
us know and we will withdraw it.

Priya and Tom Whitfield"""),
("en", "b28-en-photographer-three-instalments", "Kayla Brooks <kayla.brooks@example.com>", "Gold package question", "billing", "",
"""Hi there!

We're getting married next October in Asheville and we LOVE your work.
We're looking at the Gold package ($3,200). Is it possible to split it
into three payments instead of paying the whole balance 30 days before?
Like a retainer now and then two more? And do you take Zelle or is it
card only?

Thank you so much,
Kayla"""),
("en", "b28-en-caterer-invoice-vat-po", "Accounts Payable <ap@northgate-surveying.example>", "Invoice 2024-1187", "billing", "",
"""Good afternoon,

Thank you for the buffet lunch for our board meeting on 14 May. Before
we can pay invoice 2024-1187 (£612.00) it needs to show our purchase
order number PO-77120 and our VAT number GB 284 1193 07. Could you
reissue it with those added? Payment terms of 30 days will run from the
corrected invoice.

Kind regards,
Jo Whitaker
Accounts Payable, Northgate Surveying Ltd"""),
("en", "b28-en-salon-no-show-fee-owner", "Leanne Fraser <leanne.fraser@example.co.uk>", "£30 no show fee", "billing", "high",
"""I rang the salon on the Monday to cancel my Wednesday colour appointment
and spoke to the girl on reception, who said no problem. I have the call
on my phone log, 4 minutes at 10:12. Today I see £30 has been taken off
my card as a "no-show fee".

I've asked for it back twice at the desk and been told "the system says
no-show". I want the salon owner to call me, not reception. 07700 900318.

Leanne"""),
("en", "b28-en-re-storage-move-smaller-unit", "Derek Ames <derek.ames@example.co.uk>", "Re: Price change for unit B-214", "billing", "",
"""Thanks for letting me know. To be honest the timing is good - we've
cleared out a lot since my mother's house sale went through, and what's
left would fit in one of the 25 sq ft units. Can we move down to one of
those from the 1st instead of paying the new price on the 50? I can move
the stuff over myself one Saturday.

Derek

On Tue, 7 May at 09:30, Store & Secure Basingstoke <basingstoke@example-storesecure.co.uk> wrote:
> Dear Mr Ames,
>
> We are writing to let you know that from 1 June the monthly fee for
> your 50 sq ft unit B-214 will change from £118.00 to £129.00.
>
> Kind regards,
> Store & Secure Basingstoke"""),
("en", "b28-en-car-club-hip-operation", "Brian Talbot <brian.talbot@example.co.uk>", "Car club", "billing", "",
"""Hello. I'm having a new hip on the 19th and the surgeon says no driving
for at least three months. I'd rather not lose my membership as I find
it very handy, but there's no sense paying £8 a month for nothing. Is
there some way of putting it on ice until about September?

Brian Talbot"""),
("en", "b28-en-hello-cheque-mobile-hairdresser", "Joan Pickering <joan.pickering@example.org.uk>", "Hello", "billing", "",
"""Hello,

My neighbour gave me your leaflet. I would like a lady to come to the
house to do a wash and set every fortnight as I cannot manage the bus
to town now. I do not use cards. Would she take a cheque, or cash, and
do I pay each time or by the month?

Mrs J. Pickering"""),
("en", "b28-en-not-app-problem-vat-receipts", "Rahul Menon <rahul.menon@example.in>", "Receipts for March rides", "billing", "",
"""Hi team,

Kindly note there is no issue with the app, it is working fine. My
requirement is only the GST invoices for all my rides in March in Pune
(around 23 trips, total approx Rs 6,800) in one PDF for my office
reimbursement. The app is giving only single receipts one by one.
Please do the needful.

Regards,
Rahul Menon"""),
("en", "b28-en-storage-keypad-shop-stuck", "Megan Doyle <megan@doyleandfinch-candles.example>", "Gate code", "technical", "high",
"""Hi,

We run a small online candle shop out of units C-11 and C-12 at your
Swindon site. Since Saturday the gate keypad rejects our code - it beeps
twice and the red light comes on. The office is shut at weekends and
this morning nobody answers the phone.

All our stock and packing is in those units. We've missed two courier
collections and we've got 140 orders waiting, some of them for
weddings this weekend. Please can someone get us in today.

Megan Doyle
Doyle & Finch Candles"""),
("en", "b28-en-hire-car-brake-light-soft-pedal", "Sam Okafor <sam.okafor@example.co.uk>", "Rental KX23 ORF", "technical", "high",
"""Hello,

We picked up a Skoda Octavia (KX23 ORF) from Manchester Airport this
morning. About an hour ago a red brake warning light came on and the
brake pedal now goes much further down than it did. We've pulled into
Keele services on the M6 southbound and we're not driving it any
further - there are two small children with us.

Could you tell us what happens now, and arrange a replacement or
recovery? I'm on 07700 900562.

Sam Okafor"""),
("en", "b28-en-gym-app-qr-turnstile", "Chloe Barnett <chloe.barnett@example.co.uk>", "app", "technical", "",
"""Since the app updated at the weekend the QR code won't scan at the
turnstiles at the Bristol Harbourside club. Staff have been letting me
in but it's a pain at 6:30am. I've logged out and back in, deleted and
reinstalled it. iPhone 13, latest iOS."""),
("en", "b28-en-letting-boiler-mother-84", "Fiona Gallagher <fiona.gallagher@example.co.uk>", "Flat 3, 22 Queen's Crescent - no heating", "technical", "high",
"""Dear Sir or Madam,

My mother, who is 84, rents Flat 3 at 22 Queen's Crescent through you.
The boiler stopped on Friday evening and she has had no heating or hot
water since. It was minus three last night. I reported it through your
out-of-hours line on Friday and again on Saturday and nobody has been.

She has a bad chest and she is sitting in her coat with a fan heater I
took round. Please send an engineer today and ring me to confirm a time.

Fiona Gallagher (daughter)
07700 900271"""),
("en", "b28-en-spa-sauna-sparks", "Alison Petrie <alison.petrie@example.co.uk>", "Sauna", "technical", "high",
"""Hello, just a note after my visit this afternoon. The heater in the
sauna in the ladies' changing area was making a crackling noise and
when I looked I saw a couple of small sparks at the back where the cable
goes into it. I came out and told a girl at reception, but I'm not sure
it was passed on because people were still going in when I left. Thought
you'd want to know.

Alison"""),
("en", "b28-en-wedding-gallery-zip-stalls", "Emily Cartwright <emily.cartwright@example.com>", "Can't download our photos", "technical", "",
"""Hi Jess,

We got the email that our gallery's ready - they're stunning, thank you!
But when I press "Download all" the zip gets to about 80% and then says
"network error". Tried three times on the laptop and once on my phone,
on two different wifi connections. Downloading them one by one works
but there are 640 of them...

Emily"""),
("en", "b28-en-car-share-wont-unlock", "Jake Thornton <jake.thornton@example.com.au>", "Booking 5512093", "technical", "",
"""G'day, I'm standing next to the Corolla in the Woolworths car park on
Glebe Point Rd. App says "vehicle unlocked" but the doors don't open,
tried three times and tried the card too. Bluetooth is on. No one's
picking up the support line. What do I do - is there a hidden key or
something?

Jake"""),
("en", "b28-en-ride-app-crash-not-card", "Ananya Iyer <ananya.iyer@example.in>", "App closing", "technical", "",
"""Hello,

This is not a payment problem, my card is fine and I have used it
yesterday in other apps. The problem is your app closes itself the
moment I tap "Book ride" after choosing Auto or Mini. From last 3 days
same thing. Samsung Galaxy A34, app updated, cache cleared.

Thanks,
Ananya"""),
("en", "b28-en-salon-booking-no-slots", "Rachel Dunmore <rachel.dunmore@example.co.uk>", "online booking", "technical", "",
"""Hiya - your online booking has been showing "no availability" for the
whole of the next six weeks for every stylist at the Didsbury salon. I
rang and Kerry said there's loads of space and the site must be broken.
I'd much rather book online as I can never ring in work hours. Just
letting you know it's not working.

Rach"""),
("en", "b28-en-gym-treadmill-belt-jerks", "Marcus Hill <marcus.hill@example.co.uk>", "Treadmill number 6", "technical", "high",
"""Hi,

Treadmill 6 on the first floor at the Reading club has a fault. The belt
sticks for a second and then jerks forward. It happened to me twice at
about 10 km/h tonight and I only stayed on because I grabbed the rails.
A lad on it after me nearly went over. There's no sign on it and it's
still switched on.

It probably wants taking out of use until it's been looked at.

Marcus Hill"""),
("en", "b28-en-let-flat-washing-machine-leak", "Tomasz Nowicki <tomasz.nowicki@example.co.uk>", "Maintenance - 7B Marlow Court", "technical", "",
"""Hi, the washing machine in the flat is leaking from underneath during
the spin - there's a puddle every time, about a cupful. I've checked the
filter at the bottom and it's tight. It's the landlord's machine, so
could you arrange for someone to look at it? I'm in after 5 most days,
or you can use your key.

Thanks
Tomasz Nowicki, 7B Marlow Court"""),
("en", "b28-en-re-shower-still-dripping", "Sinéad Kavanagh <sinead.kavanagh@example.ie>", "Re: Repair job 4471 completed", "technical", "",
"""It isn't fixed I'm afraid. The shower is still dripping from the head
all night, the same as before the plumber came. He was there about ten
minutes. Can someone come back please?

Sinéad

> Hi Sinéad,
>
> Just to confirm that repair job 4471 (dripping shower, 12 Harbour
> View, Cobh) has been marked as completed by our contractor today.
>
> Regards,
> Lettings Maintenance Team"""),
("en", "b28-en-tenant-portal-reset-email", "Oliver Grant <oliver.grant@example.com>", "Tenant portal", "technical", "",
"""Every time I ask for a password reset on the tenant portal it says
"email sent" and nothing arrives - not in junk either. It's the same
address you send the rent statements to and those come through fine.
Could you reset it from your end?"""),
("en", "b28-en-mould-fan-fourth-time-manager", "Danielle Frost <danielle.frost@example.co.uk>", "Extractor fan - 4th report", "technical", "high",
"""This is the fourth time I'm reporting that the bathroom extractor fan
at 31 Elm Grove doesn't work. It's been broken since November. Your
contractor came in January, "ordered a part" and never came back. The
ceiling and the wall behind the bath are now black with mould and my
son's asthma is worse.

I've had enough of reference numbers. I want this escalated to the
branch manager and I want a date for the repair this week.

Danielle Frost"""),
("en", "b28-en-thanks-removals-crew", "Graham & Sue Pettit <pettits@example.co.uk>", "Thank you", "general", "",
"""Dear all,

Just a short note to say thank you to Dave, Kofi and young Liam who
moved us from Harrogate to Whitby last Tuesday. Forty years of stuff,
three flights of stairs at the new end and a piano, and they never
stopped smiling. Not a scratch on anything. They even put the beds up
before they left.

We'll be recommending you to everyone.

Graham and Sue Pettit"""),
("en", "b28-en-lost-earring-taxi", "Aoife Keane <aoife.keane@example.ie>", "left something in a taxi", "general", "",
"""Hi, I got a taxi from Eyre Square to Knocknacarra about 1am on Saturday
night (Sunday morning really) and I think one of my earrings came off in
the back. Small gold hoop with a little pearl, it was my nan's so it
means a lot. Has a driver handed anything in? I paid in cash so I don't
have a booking number, sorry.

Aoife"""),
("en", "b28-en-gym-easter-monday-hours", "Dev Patel <dev.patel@example.co.uk>", "Easter", "general", "",
"""Are you open on Easter Monday and if so what times? The website just
says "holiday hours may vary". Leicester Fosse Park club."""),
("en", "b28-en-new-surname-after-wedding", "Lauren Hughes <lauren.hughes@example.com>", "Name change", "general", "",
"""Hello,

I got married last month so I'm now Lauren Hughes, not Lauren Pryor.
Please could you update my name on my membership? My email address and
everything else stays the same. I can show my marriage certificate at
the desk if you need it.

Thank you,
Lauren"""),
("en", "b28-en-photographer-remove-photos-data", "Victoria Lane <victoria.lane@example.co.uk>", "Photos of my daughter", "general", "",
"""Dear Mr Holt,

You photographed my daughter at her school prom in 2022 and several of
the pictures are still in the portfolio on your website and on your
Instagram page. She is not happy about it now and neither am I, and we
were never asked.

Please remove them, and under data protection law please tell me what
personal information you hold about either of us and then delete it.

Victoria Lane"""),
("en", "b28-en-driver-refused-guide-dog", "Keith Armitage <keith.armitage@example.co.uk>", "Your driver refused my guide dog", "general", "high",
"""I am registered blind and I booked a taxi with you from Sheffield
station at 6.15pm on Friday. When the driver saw my guide dog, Bella,
he said "no dogs" and drove off. It was raining and I waited another 40
minutes for a different firm. Refusing an assistance dog is against the
law, as I am sure you know.

I would like a manager to contact me personally about this. Please do
not send me a standard reply.

Keith Armitage"""),
("en", "b28-en-venue-viewing-saturday", "Bethany Cole <bethany.cole@example.co.uk>", "Viewing", "general", "",
"""Hi,

We're planning a wedding for next summer, about 120 day guests. Could we
come and see the venue on a Saturday morning? We both work weekdays.
My grandad uses a wheelchair, so it would also be good to see how the
access is from the car park to the ceremony room and the loos.

Thanks,
Beth"""),
("en", "b28-en-caterer-nut-free-party", "Sarah Lindqvist <sarah.lindqvist@example.com>", "Kids party menu", "general", "",
"""Hi! Planning my son's 7th in June, about 25 kids. Two of them have
nut allergies. Is your kids' party platter made somewhere nut-free, or
would it say "may contain"? Just want to know before I go any further."""),
("en", "b28-en-salon-broken-step", "Carol Dempsey <carol.dempsey@example.co.uk>", "Your front step", "general", "high",
"""Hello,

I was in for a cut yesterday and I want to mention the front step
outside the salon. The edge has broken away on the left side and there
is a loose piece of stone sitting there. The lady who came out after me,
who was about 80, caught her foot on it and only didn't fall because the
door frame was there. Somebody will break a hip on it.

Carol Dempsey"""),
("en", "b28-en-sponsor-under-12s-shirts", "Lee Barker <lee.barker@example.co.uk>", "Sponsorship - Hadley Rovers U12s", "general", "",
"""Hi there,

I'm the manager of Hadley Rovers under-12s, a volunteer-run team in
Telford. We're looking for a local business to sponsor next season's
shirts and your office is right across the road from our ground. You'd
get your logo on the front of 18 shirts and a mention on our social
pages. Would you be interested? Happy to pop in and talk it over.

Lee Barker"""),
("en", "b28-en-question-parking-suspension", "Imogen Walsh <imogen.walsh@example.co.uk>", "Question", "general", "",
"""Hi, we're booked with you for 28 June (ref MV-2240). Our street in
Islington is permit parking only. Do we need to get a parking bay
suspension from the council for your lorry, or do you do that? And how
much space does it need?

Imogen"""),
("en", "b28-en-order-box-delivery-side-door", "Pete Hollins <pete.hollins@example.co.uk>", "Order 55102", "general", "",
"""Hi, for the packing boxes and tape on order 55102 - please ask the
driver to bring them round to the side door by the garage, the front
doorbell doesn't work and I'm usually in the back. If nobody answers,
just leave them in the carport. Cheers, Pete"""),
]
M += [
# ---------------- Greek ----------------
("el", "b28-el-eggyisi-den-epistrafike", "Κατερίνα Σταματοπούλου <k.stamatopoulou@example.gr>", "Εγγύηση διαμερίσματος Πατησίων", "billing", "",
"""Καλησπέρα σας,

Παραδώσαμε το διαμέρισμα στην Πατησίων 211 στις 28 Φεβρουαρίου, με
πρωτόκολλο παράδοσης που υπέγραψε και ο συνεργάτης σας ο κ. Ραυτόπουλος
χωρίς καμία παρατήρηση. Η εγγύηση των δύο ενοικίων (900 €) δεν μας έχει
επιστραφεί ακόμα, δύο μήνες μετά. Ο ιδιοκτήτης λέει ότι τα χρήματα τα
έχετε εσείς, εσείς λέτε ότι τα έχει εκείνος.

Μπορείτε να μου πείτε πότε θα γίνει η μεταφορά; IBAN σας έχω στείλει ήδη.

Ευχαριστώ,
Κατερίνα Σταματοπούλου"""),
("el", "b28-el-gl-gym-pao-faros", "Stelios P. <steliosp98@example.gr>", "syndromh", "billing", "",
"""kalhspera, pairnw fantaros ton allo mhna (1h seira, Tripoli) k 8a leipw
kana 9mhno. mporei na pagwsei h syndromh mou mexri na gyrisw? na mh
xanw ta lefta kathe mhna gia to tipota. an den ginetai pagwma tote
stamathste thn k 8a ksanagrapftw otan gyrisw.
arithmos melous 40388
eyxaristw, Stelios"""),
("el", "b28-el-enoikiasi-kausima-irakleio", "Γιώργος Μαυράκης <g.mavrakis@example.gr>", "Κράτηση HER-77190", "billing", "",
"""Κύριοι,

Επέστρεψα το Fiat Tipo στο γραφείο σας στο αεροδρόμιο Ηρακλείου στις
9 Ιουνίου με γεμάτο ρεζερβουάρ. Γέμισα στο πρατήριο στη Λεωφόρο Ικάρου
20 λεπτά πριν, έχω την απόδειξη. Σήμερα βλέπω στην κάρτα χρέωση 95,00 €
με περιγραφή "ανεφοδιασμός".

Παρακαλώ να ακυρωθεί η χρέωση. Σας επισυνάπτω την απόδειξη του
πρατηρίου και φωτογραφία του ταμπλό.

Γιώργος Μαυράκης"""),
("el", "b28-el-gl-metakomisi-timologio-dikhgoros", "Nikos Th. <nikos.th@example.gr>", "TIMOLOGIO METAKOMISHS", "billing", "high",
"""kalhmera. h prosfora pou mou steilate gia th metakomish apo Marousi se
Glyfada htan 950e, grapta, "teliki timh". mou hr8e timologio 1.420e me
"epipleon ores k ylika". kaneis den mou eipe tipota thn hmera ths
metakomishs, oi paidia teleiwsan stis 3 to mesimeri.

8a plhrwsw ta 950 pou symfwnhsame. ta ypoloipa 470 den ta xrwstaw. an
ta steilete se eispraktikh h me kynhghsete, o dikhgoros mou exei hdh
ola ta email k thn prosfora. perimenw diorthwmeno timologio mexri thn
Paraskeyh.

Nikos Theodorou"""),
("el", "b28-el-gl-taxi-xrewsh-dyo-fores", "Marianna K. <marianna.k@example.gr>", "diplh xrewsh", "billing", "",
"""geia sas, xthes to bradi phra taxi me thn efarmogh apo Kalamaria sto
kentro k mou xrewsate 18,50 DYO fores sthn karta (fainontai k oi 2 sto
e-banking, idia wra). h diadromh htan mia. mporeite na epistrepsete th
mia?
eyxaristw"""),
("el", "b28-el-spa-dorokarta-ypoloipo", "Αλεξάνδρα Λιάπη <alexandra.liapi@example.gr>", "Δωροκάρτα spa", "billing", "",
"""Καλημέρα,

Μου χάρισαν μια δωροκάρτα 200 € για το spa σας στη Βούλα. Την
χρησιμοποίησα τον Μάρτιο για ένα μασάζ 80 €. Υπάρχει υπόλοιπο 120 € που
μπορώ να χρησιμοποιήσω σε άλλη θεραπεία ή έπρεπε να την ξοδέψω όλη
με τη μία; Στην κάρτα δεν γράφει τίποτα σχετικό.

Ευχαριστώ,
Αλεξάνδρα"""),
("el", "b28-el-ktima-gamou-prokatavoli-trapeza", "Βασίλης Τσιρίγος <v.tsirigos@example.gr>", "Προκαταβολή για τον γάμο μας", "billing", "high",
"""Κύριοι,

Στις 15 Μαρτίου μάς ενημερώσατε ότι λόγω των εργασιών ανακαίνισης στο
κτήμα δεν μπορείτε να φιλοξενήσετε τον γάμο μας στις 21 Σεπτεμβρίου και
μας προτείνατε ημερομηνία τον Νοέμβριο, την οποία αρνηθήκαμε γραπτώς.
Η προκαταβολή των 3.000 € πληρώθηκε με πιστωτική κάρτα τον Οκτώβριο.

Από τότε σας έχουμε στείλει τρία email χωρίς απάντηση. Αν δεν λάβουμε
τα χρήματα μέσα σε 7 ημέρες, θα ζητήσουμε από την τράπεζα αμφισβήτηση
της συναλλαγής και θα κάνουμε καταγγελία στη Γενική Γραμματεία
Εμπορίου και Προστασίας Καταναλωτή.

Βασίλης Τσιρίγος και Δήμητρα Καλογεροπούλου"""),
("el", "b28-el-fotografos-vaftisi-doseis", "Ελπίδα Ζαχαρίου <elpida.zachariou@example.gr>", "Πακέτο βάπτισης", "billing", "",
"""Καλησπερα σας,
ενδιαφερομαστε για το πακετο βαπτισης με αλμπουμ και βιντεο (850 ευρω)
για τη βαπτιση του γιου μας τον Οκτωβριο στη Λαρισα. Μπορουμε να το
πληρωσουμε σε δοσεις; Και τι προκαταβολη θελετε για να κλεισει η
ημερομηνια;
Ευχαριστω, Ελπιδα"""),
("el", "b28-el-catering-timologio-afm", "Λογιστήριο <logistirio@aigaio-nautiliaki.example>", "Παραστατικό για το catering της 12/6", "billing", "",
"""Καλημέρα σας,

Για το μπουφέ της εκδήλωσης της 12ης Ιουνίου μάς εκδόθηκε απόδειξη
λιανικής αντί για τιμολόγιο. Παρακαλούμε να ακυρωθεί και να εκδοθεί
τιμολόγιο στα στοιχεία της εταιρείας:

ΑΙΓΑΙΟ ΝΑΥΤΙΛΙΑΚΗ Α.Ε.
ΑΦΜ 099123456, ΔΟΥ ΦΑΕ Πειραιά
Ακτή Μιαούλη 47, 185 36 Πειραιάς

Ποσό 1.240,00 € πλέον ΦΠΑ, όπως στην προσφορά.

Με εκτίμηση,
Σοφία Ανδρεάδη
Λογιστήριο"""),
("el", "b28-el-gl-kommwthrio-timh-balayage", "Dimitra <dimitra.ps@example.gr>", "balayage", "billing", "",
"""geiaaa! poso kanei to balayage gia makria mallia (mexri th mesh)?
ston timokatalogo leei "apo 60e" alla h filh mou plhrwse 110 k
8elw na kserw ti na perimenw prin kleisw rantebou. to xtenisma
metraei ksexwrista?"""),
("el", "b28-el-apothiki-adeiasame-epiplo-xorio", "Παναγιώτης Ρήγας <p.rigas@example.gr>", "Αποθήκη Α-37", "billing", "",
"""Καλησπέρα,

Τα έπιπλα της μητέρας μου που είχαμε στην αποθήκη Α-37 στο Ρέντη τα
πήραμε τελικά στο χωριό, στο πατρικό. Η αποθήκη άδειασε το Σάββατο και
τα κλειδιά τα άφησα στη ρεσεψιόν. Δεν χρειαζόμαστε πια τον χώρο, οπότε
παρακαλώ να μη χρεωθεί ο Ιούλιος και να μου επιστρέψετε την εγγύηση των
100 €.

Ευχαριστώ για όλα,
Παναγιώτης Ρήγας"""),
("el", "b28-el-re-ananeosi-etisias-ypeythynos", "Άρης Κωνσταντινίδης <aris.konst@example.gr>", "Re: Ανανέωση ετήσιας συνδρομής", "billing", "high",
"""Δεν ζήτησα ποτέ αυτόματη ανανέωση. Η συνδρομή μου έληξε στις 31 Μαΐου
και στις 2 Ιουνίου μου πήρατε 540 € για ολόκληρο χρόνο χωρίς καμία
ειδοποίηση πριν. Δεν έχω πατήσει στο γυμναστήριο από τον Απρίλιο.

Η ρεσεψιόν μού λέει "δεν γίνεται τίποτα". Θέλω να μου τηλεφωνήσει ο
υπεύθυνος του καταστήματος, όχι άλλο αυτόματο email. 694 000 1187.

Άρης Κωνσταντινίδης

-------- Αρχικό μήνυμα --------
Από: FitLine Θεσσαλονίκη <no-reply@example-fitline.gr>
Θέμα: Ανανέωση ετήσιας συνδρομής

Αγαπητέ/ή Άρη,
Η ετήσια συνδρομή σας ανανεώθηκε επιτυχώς. Χρεώθηκε ποσό 540,00 €.
Καλή προπόνηση!"""),
("el", "b28-el-gl-carsharing-prostimo-diaxeirish", "Kostas L. <kostasl@example.gr>", "xrewsh 25e", "billing", "",
"""kalhspera. mou xrewsate 25e "exoda diaxeirishs klhshs" gia klhsh
sta8meyshs sto Pagkrati stis 14/5 stis 11:20. ekeinh thn wra den eixa
to amaxi, to eixa afhsei stis 10:05 k to taksidi mou fainetai kleisto
sthn efarmogh. parakalw koitakste to k epistrepste ta 25e."""),
("el", "b28-el-egkyrisi-karta-den-xalase", "Ηλίας Μπούρας <ilias.bouras@example.gr>", "Αυτοκίνητο κράτησης CFU-4410", "billing", "",
"""Καλημέρα,

Να ξεκαθαρίσω ότι το αυτοκίνητο ήταν μια χαρά και δεν έχω κανένα
παράπονο για αυτό. Το θέμα μου είναι η δέσμευση των 600 € στην πιστωτική
μου, που έγινε κατά την παραλαβή στην Κέρκυρα. Το επέστρεψα στις 3
Ιουλίου χωρίς ζημιές και η δέσμευση είναι ακόμα εκεί, 12 μέρες μετά.
Πότε θα αποδεσμευτεί;

Ηλίας Μπούρας"""),
("el", "b28-el-apothiki-rolo-eshop-high", "Μαρία Ξανθοπούλου <maria@ergastirio-kerion.example>", "Μονάδα Β-09", "technical", "high",
"""Καλημέρα,

Έχουμε το μικρό ηλεκτρονικό μας κατάστημα με κεριά και σαπούνια και όλο
το εμπόρευμα και τα υλικά συσκευασίας είναι στη μονάδα Β-09 στις
εγκαταστάσεις σας στη Μεταμόρφωση. Από την Παρασκευή το ηλεκτρικό ρολό
της μονάδας δεν ανοίγει, το τηλεχειριστήριο αναβοσβήνει αλλά το ρολό δεν
κουνιέται καθόλου.

Δεν έχουμε στείλει τίποτα εδώ και τρεις μέρες, έχουμε 85 παραγγελίες σε
αναμονή και ο courier ήρθε δύο φορές άδικα. Παρακαλώ να έρθει κάποιος
σήμερα.

Μαρία Ξανθοπούλου"""),
("el", "b28-el-gl-amaxi-lastixo-xania", "Giannis Ar. <giannis.ar@example.gr>", "to amaxi", "technical", "high",
"""kalhspera, exoume to Peugeot 208 apo to grafeio sas sta Xania (krathsh
CHQ-3381). sthn e8nikh odo pros Rethymno anapse h endeiksh gia
piesh elastikwn k meta apo ligo arxise na trementei olo to amaxi panw apo
70. stamathsame se ena parking sta Kalybes k den to ksanaoudhgoume. mesa
einai k ta paidia. ti kanoume twra? 697 000 3315"""),
("el", "b28-el-efarmogi-gym-kleinei", "Χριστίνα Αλεξίου <christina.alexiou@example.gr>", "Εφαρμογή", "technical", "",
"""Γεια σας, η εφαρμογή κλείνει μόνη της κάθε φορά που πατάω "Κράτηση"
σε τμήμα pilates ή spinning. Το υπόλοιπο (πρόγραμμα, προφίλ) ανοίγει
κανονικά. Το κινητό είναι Xiaomi Redmi Note 12, έχω κάνει
απεγκατάσταση και ξανά εγκατάσταση. Τώρα κλείνω θέση μόνο από τη
ρεσεψιόν."""),
("el", "b28-el-thermansi-giagia-kozani", "Θεοδώρα Πάπαρη <theodora.papari@example.gr>", "Καμία θέρμανση - Ξάνθου 8, Κοζάνη", "technical", "high",
"""Καλησπέρα σας,

Η γιαγιά μου, 88 ετών, μένει στο διαμέρισμα της Ξάνθου 8 στην Κοζάνη,
που νοικιάζει μέσω του γραφείου σας. Ο καυστήρας σταμάτησε την Κυριακή
το απόγευμα και από τότε δεν έχει ούτε θέρμανση ούτε ζεστό νερό. Έξω
έχει -6 το βράδυ. Το είπαμε τηλεφωνικά τη Δευτέρα και μας είπαν "θα
ενημερωθεί ο ιδιοκτήτης".

Κάθεται με το παλτό και ένα αερόθερμο που της πήγαμε. Σας παρακαλώ να
στείλετε τεχνικό σήμερα.

Θεοδώρα Πάπαρη, εγγονή
697 000 2284"""),
("el", "b28-el-gl-spa-hamam-kapnos", "Eleni M. <eleni.m@example.gr>", "hamam", "technical", "high",
"""kalhspera, na sas pw oti shmera to apogeuma sto hamam (gynaikeia apodythria)
myrize kammeno plastiko k bgainei ligos kapnos apo to kagkelo konta
sto patwma, ekei pou bgainei o atmos. to eipa sth reception k mou eipan
"etsi myrizei kamia fora". den 3erw, emena den mou fanhke fysiologiko,
kalo 8a htan na to koitaksei kapoios.
Eleni"""),
("el", "b28-el-fotografos-link-album-sfalma", "Σταύρος Κυριακίδης <stavros.kyriakidis@example.gr>", "Το online άλμπουμ", "technical", "",
"""Καλημέρα κ. Δημάκη,

Λάβαμε το email με τον σύνδεσμο για τις φωτογραφίες του γάμου, αλλά όταν
τον ανοίγουμε βγάζει "404 - Η σελίδα δεν βρέθηκε". Το δοκιμάσαμε από
υπολογιστή και κινητό, από δύο διαφορετικά σπίτια. Μήπως άλλαξε ο
σύνδεσμος;

Σταύρος και Ναταλία"""),
("el", "b28-el-taxi-app-xartis-adeios", "Αντώνης Φλώρος <antonis.floros@example.gr>", "Δεν είναι θέμα χρέωσης", "technical", "",
"""Καλησπέρα. Δεν έχω θέμα με χρεώσεις, η κάρτα περνάει κανονικά. Το
πρόβλημα είναι ότι από χθες ο χάρτης στην εφαρμογή είναι γκρι, δεν
φαίνονται δρόμοι, και όταν γράφω διεύθυνση παραλαβής δεν βρίσκει
τίποτα, ούτε καν "Σύνταγμα". Έχω iPhone 14 και ενημερωμένη εφαρμογή."""),
("el", "b28-el-gl-kommwthrio-sms-epivevaiwsh", "Vicky T. <vicky.t@example.gr>", "rantevou", "technical", "",
"""geia sas, kleinw rantevou apo to site sas alla den mou erxetai pote
to sms epibebaiwshs, opote den kserw an kleisthke h oxi. thn
prohgoumenh fora phga k den me eixan sto programma. to kinhto mou einai
swsto sto profil (69xxxxxxxx). ti ginetai?"""),
("el", "b28-el-gym-syrmatoskoino-ftiarmeno", "Λευτέρης Γαλάνης <lefteris.galanis@example.gr>", "Μηχάνημα έλξεων", "technical", "high",
"""Καλησπέρα,

Θέλω απλώς να σας ενημερώσω ότι στο μηχάνημα έλξεων τροχαλίας (lat
pulldown) στον πρώτο όροφο του γυμναστηρίου στο Χαλάνδρι το συρματόσχοινο
έχει ξεφτίσει κοντά στην πάνω τροχαλία, φαίνονται τα σπασμένα σύρματα.
Το μηχάνημα χρησιμοποιείται κανονικά όλη μέρα. Αν κοπεί με βάρος πάνω,
κάποιος θα χτυπήσει άσχημα.

Λευτέρης Γαλάνης"""),
("el", "b28-el-kleidaria-eisodou-kollaei", "Ιουλία Καραμανλή <ioulia.karamanli@example.gr>", "Κλειδαριά", "technical", "",
"""Καλημερα σας, η κλειδαρια της πορτας του διαμερισματος (Αγιου
Δημητριου 44, 3ος) κολλαει και το κλειδι γυριζει με πολυ δυσκολια, χθες
χρειαστηκα δεκα λεπτα να ανοιξω. Φοβαμαι οτι καποια μερα θα μεινω εξω.
Μπορει να ερθει καποιος να την δει; Ειμαι σπιτι μετα τις 4.
Ιουλια"""),
("el", "b28-el-re-episkevi-neroxytis", "Θανάσης Κουρτίδης <thanasis.kourtidis@example.gr>", "Re: Ολοκλήρωση εργασίας 2291", "technical", "",
"""Δυστυχώς δεν ολοκληρώθηκε τίποτα. Ο νεροχύτης της κουζίνας στάζει
ακριβώς όπως πριν από κάτω, από τη σύνδεση του σιφωνιού, και το
ντουλάπι έχει φουσκώσει. Ο υδραυλικός έμεινε 10 λεπτά. Παρακαλώ να
ξανάρθει.

Θανάσης

> Αγαπητέ κ. Κουρτίδη,
> Σας ενημερώνουμε ότι η εργασία 2291 (διαρροή νεροχύτη κουζίνας) στο
> ακίνητο Σολωμού 12, Πάτρα, ολοκληρώθηκε από τον συνεργάτη μας.
> Με εκτίμηση,
> Τμήμα Συντήρησης Ακινήτων"""),
("el", "b28-el-gl-portal-enoikiastwn-kwdikos", "Fotis <fotis.dr@example.gr>", "login", "technical", "",
"""kalhmera, den mporw na mpw sto portal enoikiastwn. bazw ton kwdiko k
leei "lathos stoixeia", pataw "ksexasa ton kwdiko" k den erxetai
email. h dieu8ynsh einai h idia pou mou erxontai ta ekkatharistika.
mporeite na ton kanete reset apo th meria sas?"""),
("el", "b28-el-ktima-ixitiko-kovetai", "Ραφαέλα Νικολάου <rafaela.nikolaou@example.gr>", "Ηχητικό στη δοκιμή μενού", "technical", "",
"""Καλησπέρα,

Στη δοκιμή μενού την Κυριακή δοκιμάσαμε και τη μουσική για την είσοδο
στην αυλή. Τα ηχεία έκοβαν κάθε λίγα λεπτά και μετά ξανάρχιζαν με
δυνατό τρίξιμο. Ο DJ μας λέει ότι το πρόβλημα είναι στον ενισχυτή του
κτήματος, όχι στον δικό του εξοπλισμό. Ο γάμος είναι σε τρεις εβδομάδες.
Μπορείτε να το ελέγξετε πριν;

Ραφαέλα"""),
("el", "b28-el-efxaristo-metakomisi-kerkyra", "Ευτυχία Βλάχου <eftychia.vlachou@example.gr>", "Ευχαριστούμε!", "general", "",
"""Καλησπέρα σας,

Θέλαμε να πούμε ένα μεγάλο ευχαριστώ στον κ. Σάκη και στα παιδιά που
μας μετέφεραν από το Χαλάνδρι στην Κέρκυρα. Με το φέρι, με τα στενά
καντούνια στην Παλιά Πόλη και με τον μπουφέ της γιαγιάς που δεν χωρούσε
πουθενά, όλα έφτασαν άθικτα και με χαμόγελο. Δεν το περιμέναμε έτσι.

Να είστε καλά,
Ευτυχία και Μάνος"""),
("el", "b28-el-gl-xasame-kinhto-taxi", "Panos <panos.vl@example.gr>", "kinhto sto taxi", "general", "",
"""kalhspera, xtes to bradi gyrw stis 11:30 phra taxi apo Monastiraki
mexri Neo Kosmo k mou epese to kinhto sto piso ka8isma. mauro iPhone
me diafanh 8hkh k mia fwtografia mesa. to ebrhke o odhgos? grafw apo
to laptop, kinhto ths gynaikas mou: 693 000 4471"""),
("el", "b28-el-orario-dekapentavgoustos", "Μιχάλης Ρούσσος <michalis.roussos@example.gr>", "15 Αυγούστου", "general", "",
"""Θα είστε ανοιχτά τον Δεκαπενταύγουστο; Αν ναι, τι ώρες; Γυμναστήριο
Νέας Σμύρνης."""),
("el", "b28-el-allagi-dieuthynsis-apothiki", "Χαράλαμπος Ντούμας <ch.ntoumas@example.gr>", "Αλλαγή διεύθυνσης", "general", "",
"""Καλημέρα,

Παρακαλώ ενημερώστε τα στοιχεία μου στο συμβόλαιο της αποθήκης Γ-112.
Νέα διεύθυνση: Κανάρη 19, 41222 Λάρισα. Το τηλέφωνο και το email
μένουν τα ίδια.

Ευχαριστώ,
Χαράλαμπος Ντούμας"""),
("el", "b28-el-gl-fwtografies-paidiou-instagram", "Anna Koutsou <anna.koutsou@example.gr>", "fwtografies", "general", "",
"""kalhspera sas. eixate fwtografisei th gio8eth ths kores mou sto
nhpiagwgeio ton Iounio k blepw oti exete anebasei 3 fwtografies ths
sto instagram k sto site sas. den mas rwthse kaneis. parakalw na tis
katebasete k na mou peite ti stoixeia mas kratate (GDPR). eyxaristw,
Anna Koutsou"""),
("el", "b28-el-odigos-agenis-pateras-proistamenos", "Δέσποινα Αργυρίου <despoina.argyriou@example.gr>", "Συμπεριφορά οδηγού", "general", "high",
"""Κύριοι,

Την Τρίτη κλείσαμε μέσω της εφαρμογής σας ταξί για τον πατέρα μου, 81
ετών, από το Ιπποκράτειο στο σπίτι. Ο οδηγός αρνήθηκε να βάλει το
αναπηρικό αμαξίδιο στο πορτμπαγκάζ, του φώναξε μπροστά σε όλους ότι
"δεν είναι ασθενοφόρο" και έφυγε. Ο πατέρας μου περίμενε μισή ώρα στο
πεζοδρόμιο μέχρι να έρθω εγώ.

Ζητώ να επικοινωνήσει μαζί μου ο προϊστάμενος του τμήματος οδηγών.
Δεν θέλω τυποποιημένη απάντηση.

Δέσποινα Αργυρίου"""),
("el", "b28-el-episkepsi-ktimatos-kyriaki", "Ορέστης Λαμπράκης <orestis.lamprakis@example.gr>", "Επίσκεψη στο κτήμα", "general", "",
"""Καλησπέρα σας,

Σκεφτόμαστε το κτήμα σας για τον γάμο μας τον Ιούνιο του επόμενου
χρόνου, περίπου 250 άτομα. Θα μπορούσαμε να έρθουμε να το δούμε μια
Κυριακή πρωί; Ερχόμαστε από Θεσσαλονίκη, οπότε καθημερινή μας είναι
δύσκολο.

Ορέστης και Νεφέλη"""),
("el", "b28-el-catering-nistisimo-mnimosyno", "Σουλτάνα Παπαδάκη <soultana.papadaki@example.gr>", "Μνημόσυνο", "general", "",
"""Καλημέρα σας. Κάνουμε μνημόσυνο για τον άντρα μου σε σαράντα μέρες,
Σάββατο, στο Ηράκλειο, περίπου 60 άτομα. Έχετε νηστίσιμο μενού για
μετά την εκκλησία; Δηλαδή χωρίς κρέας και τυρί. Και φέρνετε και
παξιμάδια και κονιάκ ή αυτά τα βρίσκουμε εμείς;"""),
("el", "b28-el-kommotirio-kagkelo-skalas", "Αγγελική Σιδέρη <angeliki.sideri@example.gr>", "Η σκάλα στο κομμωτήριο", "general", "high",
"""Καλησπέρα,

Ήμουν χθες στο κομμωτήριο στον πρώτο όροφο, στην Ερμού. Το κάγκελο της
σκάλας που ανεβαίνει από την είσοδο έχει ξεβιδωθεί από τον τοίχο και
κουνιέται ολόκληρο όταν το πιάνεις. Μια κυρία μεγάλης ηλικίας στηρίχτηκε
πάνω του κατεβαίνοντας και παραλίγο να πέσει. Μην περιμένετε να γίνει
κάτι χειρότερο.

Αγγελική Σιδέρη"""),
("el", "b28-el-gl-xorhgia-mpasket-paidia", "Thodoris Kalf. <thodoris.k@example.gr>", "xorhgia", "general", "",
"""kalhmera sas. eimai proponhths sto tmhma mpasket paidwn (8-11 xronwn)
tou Athlhtikou Omilou Peristeriou. psaxnoume xorhgo gia tis fanelles
ths neas xronias k to grafeio sas einai akribws apenanti apo to
gymnasthrio mas. 8a ebazame to logotypo sas mprosta se 24 fanelles.
an sas endiaferei 8a xairomoun na perasw na ta poume.
Thodoris Kalfas, 695 000 2810"""),
("el", "b28-el-erotisi-adeia-fortigou", "Νεκτάριος Γιαννόπουλος <nektarios.g@example.gr>", "Ερώτηση", "general", "",
"""Καλησπέρα. Έχουμε κλείσει μαζί σας μετακόμιση για τις 30/6 (κωδ.
ΜΤ-5562). Ο δρόμος μας στην Κυψέλη είναι στενός και μονόδρομος.
Χρειάζεται να βγάλουμε εμείς άδεια από τον δήμο για να σταθεί το
φορτηγό ή το αναλαμβάνετε εσείς; Και θα χρειαστεί ανυψωτικό για τον
4ο όροφο;"""),
("el", "b28-el-syncharitiria-kommotria-nyfi", "Ζωή Μαργαρίτη <zoi.margariti@example.gr>", "Ευχαριστώ Κατερίνα", "general", "",
"""Θέλω να ευχαριστήσω πολύ την Κατερίνα για το χτένισμα και το μακιγιάζ
στον γάμο μου το Σάββατο. Ήρθε στο σπίτι στις 7 το πρωί, ήταν ήρεμη
ενώ εμείς όλες τρέχαμε, και το χτένισμα άντεξε μέχρι τις 5 το πρωί με
χορό και αέρα στην παραλία. Όλοι ρωτούσαν ποια με χτένισε!

Ζωή"""),
("el", "b28-el-gl-geia-kleidia-geitonas", "Lena P. <lena.pap@example.gr>", "geia sas", "general", "",
"""geia sas, gia thn paradosh tou diamerismatos sthn Aristotelous 65 sto
telos tou mhna: den 8a eimai Thessalonikh ekeinh th mera giati ksekinaw
douleia sthn Patra. mporw na afhsw ta kleidia sth geitonissa ston 2o
(k. Roula) na ta paralabei o synergaths sas? h na ta steilw me courier
sto grafeio?
eyxaristw, Lena"""),
]
M += [
# ---------------- Spanish ----------------
("es", "b28-es-fianza-piso-lavapies", "Irene Calvo <irene.calvo@example.es>", "Fianza piso calle Argumosa", "billing", "",
"""Hola, buenos días:

Entregamos las llaves del piso de la calle Argumosa 19, 3.º B, el 30 de
abril. En la visita de salida vuestra compañera Marta revisó todo y dijo
que estaba perfecto. Ha pasado más de un mes y no nos han devuelto la
fianza (1.200 €, dos mensualidades). El propietario dice que la tiene
la agencia.

¿Me podéis decir cuándo se hace la transferencia? El número de cuenta
es el mismo desde el que pagábamos el alquiler.

Gracias,
Irene Calvo"""),
("es", "b28-es-gimnasio-embarazo-congelar", "Daniela Ríos <daniela.rios@example.com.mx>", "Membresía", "billing", "",
"""Hola, buenas tardes.

Estoy embarazada de 5 meses y mi ginecóloga me pidió dejar el gimnasio
hasta después del parto. No quiero perder la membresía porque me
encanta la sucursal de Coyoacán, pero tampoco quiero seguir pagando 799
pesos al mes sin ir. ¿Se puede congelar unos 8 meses? Si no se puede,
¿qué opciones hay?

Gracias,
Daniela Ríos"""),
("es", "b28-es-alquiler-coche-rayon-consumo", "Francisco Javier Ortega <fj.ortega@example.es>", "Reserva AGP-30218 - cargo por daños", "billing", "high",
"""Muy señores míos:

Alquilé un Seat Ibiza en su oficina del aeropuerto de Málaga del 2 al 9
de agosto. En la recogida el empleado marcó los daños en el papel "a
ojo" y yo hice fotos del coche entero, incluido el arañazo en la puerta
trasera derecha, que ya estaba. Hoy veo en la tarjeta un cargo de
300,00 € por "daños en puerta trasera derecha".

Tengo las fotos con fecha y hora de la recogida. Les pido la anulación
del cargo en un plazo de 10 días. En caso contrario presentaré una
reclamación ante la Junta de Andalucía (Consumo) y pediré a mi banco que
retroceda el cargo.

Atentamente,
Francisco Javier Ortega"""),
("es", "b28-es-mudanza-cuotas-tarjeta-arg", "Lucas Ferreyra <lucas.ferreyra@example.com.ar>", "Presupuesto mudanza", "billing", "",
"""Hola, qué tal. Me pasaron el presupuesto de la mudanza de Caballito a
Pilar, $ 1.350.000 con embalaje incluido. ¿Se puede pagar en cuotas sin
interés con tarjeta? Tengo Visa del Galicia. Y si pago una parte en
efectivo, ¿hay descuento?

Saludos,
Lucas"""),
("es", "b28-es-viaje-cobrado-dos-veces-cdmx", "Mariana Téllez <mariana.tellez@example.com.mx>", "cobro doble", "billing", "",
"""hola!! ayer pedí un viaje de la Roma a Polanco y me cobraron dos veces
$187 en la tarjeta, se ven los dos cargos en la app del banco a la misma
hora. solo fue un viaje. me regresan uno porfa? gracias"""),
("es", "b28-es-spa-bono-circuito-saldo", "Montserrat Vilaró <montse.vilaro@example.es>", "Bono regalo", "billing", "",
"""Bon dia / buenos días,

Me regalaron un bono de 150 € para vuestro spa de Sitges. En marzo lo usé
para un circuito termal de 60 €. ¿Me queda saldo para otra visita o el
bono se consumía entero la primera vez? En el bono no pone nada y en
recepción no me lo supieron decir.

Gracias,
Montse"""),
("es", "b28-es-salon-eventos-anticipo-abogado", "Juliana Restrepo <juliana.restrepo@example.com.co>", "Anticipo matrimonio 14 de diciembre", "billing", "high",
"""Señores Hacienda Los Guaduales:

El 10 de enero pagamos un anticipo de $ 6.000.000 para nuestro
matrimonio del 14 de diciembre. El mes pasado nos avisaron por WhatsApp
que la hacienda "cierra por remodelación" en diciembre y que no pueden
atender el evento. Desde entonces hemos pedido la devolución tres veces
y solo nos responden que "está en proceso".

Les informo que ya entregamos todos los soportes a nuestro abogado. Si
en 15 días hábiles no tenemos el dinero, presentaremos la queja ante la
Superintendencia de Industria y Comercio y la demanda correspondiente.

Juliana Restrepo y Andrés Mejía"""),
("es", "b28-es-fotografo-factura-nif", "Álvaro Pineda <alvaro.pineda@example.es>", "factura sesión", "billing", "",
"""Hola Nuria, ¿me podrías mandar factura de la sesión de fotos de
producto del día 4 (380 € + IVA)? La necesito a nombre de la empresa:
Cerámicas Pineda S.L., NIF B-46123456, C/ Mayor 8, 12200 Onda
(Castellón). El recibo que me diste no me sirve para la contabilidad.
Gracias!"""),
("es", "b28-es-catering-80-menus-65", "Eventos Nuevo Horizonte <eventos@nuevohorizonte-asoc.example>", "Factura comida jubilados", "billing", "",
"""Buenas tardes:

Para la comida de la asociación del día 25 confirmamos por correo el
día 20 un total de 65 menús, como os dijimos que haríamos. La factura
que hemos recibido es de 80 menús a 28 €, es decir 2.240 € en lugar de
1.820 €. Os adjunto el correo de confirmación. ¿Podéis corregirla?

Un saludo,
Pilar Gómez
Tesorera, Asociación de Jubilados Nuevo Horizonte"""),
("es", "b28-es-peluqueria-precio-mechas", "Nerea <nerea.azpiazu@example.es>", "precio", "billing", "",
"""Hola! Cuánto cuestan las mechas balayage con pelo largo? En la web pone
desde 65€ pero no sé si con corte y peinado sube mucho. Es para ir
sabiendo antes de pedir cita jeje"""),
("es", "b28-es-trastero-padre-fallecido", "Rosa María Quesada <rosamaria.quesada@example.es>", "Trastero 2-118", "billing", "",
"""Buenas tardes:

Les escribo por el trastero 2-118 que tenía alquilado mi padre, Antonio
Quesada Ruiz, en sus instalaciones de Alcalá de Henares. Mi padre
falleció en mayo. Ya hemos vaciado el trastero y dejamos el candado
abierto. Les ruego que den de baja el contrato, que no pasen más
recibos a su cuenta y que me indiquen si hay que hacer algo con la
fianza. Puedo enviarles el certificado de defunción.

Un saludo,
Rosa María Quesada"""),
("es", "b28-es-re-renovacion-anual-responsable", "Sergio Navas <sergio.navas@example.es>", "Re: Tu cuota anual se ha renovado", "billing", "high",
"""Yo no he pedido renovar nada. Mi cuota anual vencía el 31 de agosto,
no me avisasteis antes y el 2 de septiembre me cobrasteis 420 € por otro
año entero. No voy al gimnasio desde junio porque me operaron de la
rodilla, lo sabe todo el mundo en recepción.

En recepción me dicen que "no se puede hacer nada". Quiero que me llame
el responsable del centro o alguien por encima, no otro correo
automático. Teléfono 611 000 294.

Sergio Navas

El 2 sept 2024, a las 7:00, Club Deportivo Ribera <no-reply@example-cdribera.es> escribió:
> ¡Hola, Sergio!
> Tu cuota anual se ha renovado correctamente. Importe: 420,00 €.
> ¡Nos vemos en el club!"""),
("es", "b28-es-carsharing-minutos-de-mas", "Pablo Esteve <pablo.esteve@example.es>", "Viaje del sábado", "billing", "",
"""Hola, el sábado cogí un coche en Chamberí y lo dejé en Arganzuela. El
viaje fue de 14 minutos y lo terminé bien en la app (me salió el
mensaje de "viaje finalizado"), pero en el recibo me cobráis 41 minutos,
11,89 € en vez de 4,06 €. ¿Me devolvéis la diferencia?"""),
("es", "b28-es-no-es-averia-cambiar-tarjeta-empresa", "Gabriela Sosa <gabriela.sosa@example.cl>", "Cuenta corporativa", "billing", "",
"""Hola,

No es ninguna falla, la aplicación funciona perfecto. Lo que necesito es
cambiar la tarjeta con la que se pagan los viajes de la cuenta
corporativa de nuestra oficina en Santiago: la tarjeta actual vence este
mes y la empresa nos dio una nueva. ¿Lo puedo hacer yo desde el panel o
tienen que hacerlo ustedes? ¿Y las boletas de este mes salen igual a
nombre de la empresa?

Saludos cordiales,
Gabriela Sosa
Administración"""),
("es", "b28-es-remiseria-choferes-sin-viajes", "Oscar Benítez <oscar@remisesdelsur.example>", "Ningún chofer recibe viajes", "technical", "high",
"""Buen día,

Somos Remises del Sur, en Lomas de Zamora, 34 autos en la plataforma de
despacho de ustedes. Desde las 6 de la mañana ningún chofer recibe
viajes en la aplicación: los pasajeros nos llaman diciendo que piden y
les aparece "buscando conductor" hasta que se cancela. Tenemos los
autos parados en la base y la gente de los turnos de hospital esperando
en la calle. Atendemos por teléfono como podemos.

Necesitamos que alguien lo mire ya. Mi celular: 11 5000 2231.

Oscar Benítez"""),
("es", "b28-es-coche-alquiler-olor-gasolina", "Laura Bermejo <laura.bermejo@example.es>", "Coche de alquiler 7812 LXN", "technical", "high",
"""Hola,

Tenemos alquilado el Citroën C3 (matrícula 7812 LXN) desde el lunes, en
vuestra oficina de Santiago de Compostela. Desde ayer huele mucho a
gasolina dentro del coche, sobre todo con la calefacción puesta, y esta
mañana había una mancha mojada debajo, por la parte de atrás. Lo hemos
dejado aparcado en el hotel y no lo vamos a mover. ¿Cómo lo hacemos
para que lo revisen o lo cambien?

Laura Bermejo
622 000 418"""),
("es", "b28-es-app-gimnasio-clases-error", "Rocío Santamaría <rocio.santamaria@example.es>", "La app", "technical", "",
"""Hola, desde hace una semana cuando intento reservar una clase de
body pump en la app me sale "Error 402. Inténtalo más tarde" y no
reserva. En el ordenador, desde la web, tampoco. Tengo la cuota al día,
lo he comprobado en recepción. Socia 20881, centro de Zaragoza Delicias."""),
("es", "b28-es-piso-sin-calefaccion-abuelo-burgos", "Marta Alonso <marta.alonso@example.es>", "URGENTE calefacción piso c/ Vitoria", "technical", "high",
"""Buenos días:

Mi abuelo, de 91 años, vive de alquiler en el piso de la calle Vitoria
142, 2.º izquierda, en Burgos, que gestionan ustedes. La caldera de gas
se paró el sábado y no tiene ni calefacción ni agua caliente. Esta
noche estaban a cuatro bajo cero. Lo avisé el sábado por teléfono y el
lunes por correo y nadie ha venido.

Le he llevado un radiador eléctrico pero el piso está helado. Por
favor, manden hoy un técnico y llámenme para decirme la hora.

Marta Alonso (nieta)
650 000 712"""),
("es", "b28-es-spa-jacuzzi-calambre", "Ignacio Urrutia <ignacio.urrutia@example.es>", "jacuzzi", "technical", "high",
"""Buenas tardes. Solo comentar que esta mañana en el jacuzzi grande del
spa, al agarrarme a la barandilla metálica de la escalera, noté un
calambre en la mano, como un cosquilleo fuerte. Mi mujer lo tocó y le
pasó lo mismo. Se lo dijimos al socorrista, pero la gente seguía dentro
cuando nos fuimos. Creo que alguien debería revisarlo.

Ignacio Urrutia"""),
("es", "b28-es-galeria-fotos-baja-resolucion", "Valentina Acosta <valentina.acosta@example.com.uy>", "Fotos del casamiento", "technical", "",
"""Hola Martín!

Las fotos quedaron divinas, gracias! Un problemita: cuando las bajo de la
galería online salen chiquitas y pixeladas (800 píxeles de ancho más o
menos), no sirven para imprimir. En la galería elegí "alta resolución"
en el menú de descarga. Lo probé en la compu y en el celu. ¿Será algo
de la galería?

Vale"""),
("es", "b28-es-carsharing-no-arranca", "Jorge Lozano <jorge.lozano@example.es>", "no arranca", "technical", "",
"""El coche que reservé en la calle Bravo Murillo se abre con la app pero
no arranca: le doy al botón y en el cuadro sale una llave con un signo
de exclamación y nada más. Estoy dentro del coche ahora mismo. Reserva
8834120. ¿Lo cancelo y cojo otro o hay algún truco?"""),
("es", "b28-es-peluqueria-web-error-no-cobro", "Cristina Pardo <cristina.pardo@example.es>", "Web de citas", "technical", "",
"""Hola, no me habéis cobrado nada, no es por eso. Es que al reservar
cita online, en el último paso (cuando das a "Confirmar") sale una
página en blanco que pone "Error 500" y la cita no aparece. Lo he
intentado con dos navegadores. Os aviso por si a otras clientas les
pasa lo mismo. Intentaba pedir para el jueves con Lorena."""),
("es", "b28-es-alquiler-persiana-rota", "Ahmed El Idrissi <ahmed.elidrissi@example.es>", "persiana dormitorio", "technical", "",
"""Hola buenas, la persiana del dormitorio grande del piso (Avenida del
Cid 31, 4.º A, Valencia) se ha quedado atascada abajo, la cinta se ha
soltado por dentro del cajón y no sube. La habitación está a oscuras.
¿Podéis mandar a alguien? Yo estoy por las tardes.
Gracias, Ahmed"""),
("es", "b28-es-re-horno-sigue-sin-calentar", "Beatriz Manzano <beatriz.manzano@example.es>", "Re: Incidencia 5530 resuelta", "technical", "",
"""Hola, el horno sigue igual: se enciende la luz y el ventilador pero no
calienta nada, ni arriba ni abajo. El técnico vino, lo miró cinco
minutos y dijo que "lo llamarían". Nadie ha llamado y ahora me llega
esto diciendo que está resuelta. ¿Puede volver alguien?

Bea

-----Mensaje original-----
De: Mantenimiento Inmobiliaria Solana
Asunto: Incidencia 5530 resuelta
> Estimada inquilina:
> Le informamos de que la incidencia 5530 (horno no calienta) en la
> vivienda C/ Pintor Sorolla 6, Granada, ha sido cerrada como resuelta.
> Un saludo."""),
("es", "b28-es-portal-inquilinos-contrasena", "Tomás Herrero <tomas.herrero@example.es>", "No puedo entrar", "technical", "",
"""Buenas, no puedo entrar en el portal del inquilino. Pongo la
contrasena y dice "usuario o contrasena incorrectos", le doy a
"recuperar contrasena" y el correo no llega nunca (ni en spam). El
correo es el mismo donde me mandais los recibos. Me la podeis
resetear vosotros?"""),
("es", "b28-es-trastero-teclado-no-responde", "Raúl Domínguez <raul.dominguez@example.es>", "Puerta trasteros", "technical", "",
"""Hola, el teclado de la puerta de la nave B de Getafe no responde: la
pantalla está apagada y no se ilumina al pulsar. Hoy he tenido que
esperar a que saliera otro cliente para entrar. ¿Lo sabéis ya?"""),
("es", "b28-es-gym-cinta-enchufe-chispas", "Noelia Carrasco <noelia.carrasco@example.es>", "Cinta de correr al fondo", "technical", "high",
"""Hola, os escribo desde casa porque en el centro no había nadie en
recepción. La cinta de correr del fondo, la que está al lado de la
ventana, tiene el cable de corriente pelado justo donde entra en la
máquina y cuando alguien corre encima se ven chispitas y huele a
quemado. Yo me bajé, pero la siguiente persona se subió tan tranquila.
Por favor, desenchufadla.

Noelia"""),
("es", "b28-es-gracias-fotografo-boda", "Carmen y Luis <carmenyluis2024@example.es>", "Gracias!!", "general", "",
"""Queridos Héctor y Ana:

Acabamos de ver el álbum y no podemos dejar de llorar. Habéis captado
todo: a la abuela bailando, el momento de los anillos con la lluvia, la
cara de Luis cuando me vio entrar. Ni nos dimos cuenta de que estabais
allí y, a la vez, estabais en todas partes.

Gracias de corazón. Os vamos a recomendar a todo el mundo.

Carmen y Luis"""),
("es", "b28-es-mochila-olvidada-taxi", "Santiago Pérez <santiago.perez@example.com.mx>", "mochila olvidada", "general", "",
"""Buenas noches, hoy como a las 19:40 tomé un taxi de ustedes del
aeropuerto de Guadalajara a Providencia y se me quedó en el asiento de
atrás una mochila negra con una laptop y mis cuadernos de la
universidad. Pagué en efectivo. ¿El chofer la reportó? Mi número es
33 1000 4418. Les agradezco mucho."""),
("es", "b28-es-horario-semana-santa", "Encarni López <encarni.lopez@example.es>", "Semana Santa", "general", "",
"""Hola, ¿qué horario tenéis en Semana Santa? Sobre todo el jueves y el
viernes santo. Centro de Triana. Gracias"""),
("es", "b28-es-cambio-telefono-email", "Agustín Medina <agustin.medina@example.com.ar>", "Actualizar datos", "general", "",
"""Buenas tardes. Les pido que actualicen mis datos de contacto en el
contrato de alquiler del departamento de Av. Santa Fe 2450, 6.º B:
nuevo celular 11 5000 6390 y nuevo correo agustin.medina@example.com.ar
(el anterior ya no lo uso). Muchas gracias.
Agustín Medina"""),
("es", "b28-es-rgpd-inmobiliaria-datos", "Silvia Roldán <silvia.roldan@example.es>", "Ejercicio de derechos RGPD", "general", "",
"""Buenos días:

Hace dos años pregunté por un piso en venta en su oficina de Logroño y
desde entonces me siguen llegando correos y llamadas con ofertas. Al
amparo del RGPD les solicito que me indiquen qué datos personales míos
tienen, de dónde los obtuvieron y que, a continuación, los supriman y
dejen de contactarme.

Silvia Roldán Ezquerro
DNI 16xxxxxxZ"""),
("es", "b28-es-conductor-comentarios-hija-gerente", "Patricia Guzmán <patricia.guzman@example.com.mx>", "Queja contra un conductor", "general", "high",
"""Buenas tardes:

El viernes por la noche mi hija de 17 años pidió un viaje con su app
desde Santa Fe a casa. El conductor le estuvo haciendo comentarios
sobre su ropa y le preguntó varias veces si tenía novio y dónde vivía
sola. Ella me fue mandando mensajes durante todo el viaje, muy
asustada. Le adjunto las capturas y el número del viaje.

Exijo que un gerente se comunique conmigo y me diga qué van a hacer
con ese conductor.

Patricia Guzmán"""),
("es", "b28-es-visita-finca-bodas", "Ainara Goñi <ainara.goni@example.es>", "Visita a la finca", "general", "",
"""Hola!

Nos casamos en septiembre del año que viene y estamos mirando fincas por
Navarra. ¿Se puede visitar la vuestra un sábado por la mañana? Seríamos
unos 180 invitados. También nos gustaría ver dónde se haría la
ceremonia civil si llueve.

Ainara e Iker"""),
("es", "b28-es-catering-celiacos-comunion", "Rebeca Castaño <rebeca.castano@example.es>", "Comunión", "general", "",
"""Buenos días, estamos organizando la comunión de mi hija para mayo, unos
40 adultos y 15 niños. Dos de los invitados son celiacos. ¿Preparáis
menús sin gluten aparte o se cocina todo en la misma cocina? Es por
saber si es seguro para ellos antes de pedir presupuesto."""),
("es", "b28-es-cristales-zona-infantil-club", "Mercedes Olmo <mercedes.olmo@example.es>", "Zona infantil del club", "general", "high",
"""Buenas tardes:

Esta tarde, en la zona de juegos infantil junto a la piscina del club
de Pozuelo, había trozos de cristal entre la arena, al lado del
tobogán. Parecía un vaso roto. Mi hijo de 4 años cogió uno y por suerte
no se cortó. Se lo dije al monitor, que dijo que avisaría, pero cuando
nos fuimos a las 20:00 seguía igual y había otros niños jugando.

Mercedes Olmo"""),
("es", "b28-es-patrocinio-carrera-solidaria", "Club Atletismo Ribera del Duero <info@atletismoribera.example>", "Carrera solidaria", "general", "",
"""Hola:

Desde el Club de Atletismo Ribera del Duero organizamos el 12 de octubre
la VI Carrera Solidaria a favor de la asociación de alzhéimer de Aranda.
Buscamos empresas de la zona que quieran patrocinar los dorsales o el
avituallamiento. ¿Les interesaría? Les puedo mandar el dosier.

Un saludo,
Inés Barbero
Club Atletismo Ribera del Duero"""),
("es", "b28-es-pregunta-llaves-piso", "Felipe Cordero <felipe.cordero@example.es>", "Pregunta", "general", "",
"""Hola, firmamos el contrato del piso de la calle Laurel el viernes. ¿Las
llaves las recogemos en vuestra oficina o nos las da el propietario en
el piso? ¿Y a partir de qué hora del día 1? Gracias"""),
("es", "b28-es-pedido-4471-entrada-servicio", "Lorena Vidal <lorena.vidal@mercadoscentrales.example>", "Pedido 4471", "general", "",
"""Buenos días, para el desayuno del jueves (pedido 4471): por favor que el
repartidor entre por la puerta de servicio de la calle Almirante, no
por la principal, que está cortada por obras. A las 8:45 como muy
tarde, la reunión empieza a las 9:15. Preguntad por mí en conserjería.
Gracias, Lorena"""),
("es", "b28-es-recepcionista-spa-trato", "Consuelo Marín <consuelo.marin@example.es>", "Trato en recepción", "general", "",
"""Buenas tardes:

El domingo fui con mi hermana al spa de Benidorm con un bono regalo. La
chica de recepción nos atendió sin levantar la vista del móvil, nos
tiró las toallas encima del mostrador y, cuando le pregunté dónde
estaban las taquillas, me contestó "pues donde siempre, señora". Era la
primera vez que íbamos.

El circuito, eso sí, estupendo, y la masajista un encanto. No pido
nada, solo que lo sepan.

Consuelo Marín"""),
]
M += [
# ---------------- Polish ----------------
("pl", "b28-pl-kaucja-potracenie-malowanie", "Agnieszka Wróbel <agnieszka.wrobel@example.pl>", "Kaucja - ul. Grochowska 120/14", "billing", "",
"""Dzień dobry,

wyprowadziliśmy się z mieszkania przy Grochowskiej 120/14 z końcem
kwietnia. W protokole zdawczo-odbiorczym, podpisanym przez Pana
Kowalczyka z Państwa biura, nie ma żadnych uwag. Dziś dostaliśmy
rozliczenie kaucji: z 4 000 zł potrącono 1 100 zł za "malowanie całego
mieszkania". Mieszkaliśmy tam dwa lata, ściany są tylko lekko
przybrudzone, co chyba mieści się w normalnym zużyciu.

Proszę o wyjaśnienie tego potrącenia albo zwrot pełnej kwoty.

Pozdrawiam
Agnieszka Wróbel"""),
("pl", "b28-pl-karnet-wyjazd-norwegia", "Marcin Jabłoński <marcin.jablonski@example.pl>", "karnet", "billing", "",
"""Czesc, od wrzesnia wyjezdzam na kontrakt do Norwegii na rok, wiec
karnet mi sie nie przyda. Czy moge go zawiesic do przyszlego wrzesnia?
Jak sie nie da, to prosze o rezygnacje i zeby od wrzesnia nie
schodzilo juz 139 zl z konta. Nr karty klubowej 55201, klub na
Podgorzu.
Marcin"""),
("pl", "b28-pl-wypozyczalnia-oplata-mycie-hel", "Przemysław Czarnecki <p.czarnecki@example.pl>", "Rezerwacja GDN-44810", "billing", "",
"""Dzień dobry,

zwróciłem Toyotę Yaris na lotnisku w Gdańsku 18 lipca. Dziś widzę na
karcie obciążenie 250 zł za "czyszczenie wnętrza - nadmierne
zabrudzenie". W środku był trochę piasku na dywanikach po tygodniu na
Helu, nic więcej, żadnych plam ani śmieci. Przy zwrocie nikt nie
zgłaszał zastrzeżeń, mam też zdjęcia wnętrza z oddania.

Proszę o anulowanie opłaty albo przynajmniej o zdjęcia, na których
podstawie ją naliczono.

Przemysław Czarnecki"""),
("pl", "b28-pl-przeprowadzka-komoda-rzecznik", "Krystyna Zawadzka <krystyna.zawadzka@example.pl>", "Zniszczona komoda - przeprowadzka 14.06", "billing", "high",
"""Szanowni Państwo,

podczas przeprowadzki z Łodzi do Poznania 14 czerwca Państwa ekipa
upuściła na schodach komodę z lat 30., pamiątkę po mojej babci. Pękł
blat i odpadła noga. Szkoda została wpisana do protokołu, podpisana
przez brygadzistę. Wycena renowatora, którą przesłałam 20 czerwca,
wynosi 2 400 zł.

Od miesiąca słyszę, że "sprawa jest w ubezpieczalni". Jeżeli w ciągu 14
dni nie otrzymam pieniędzy albo konkretnej decyzji na piśmie, zwrócę
się do miejskiego rzecznika konsumentów i skieruję sprawę do sądu.

Krystyna Zawadzka"""),
("pl", "b28-pl-taxi-oplata-za-czekanie", "Kamil Sobczak <kamil.sobczak@example.pl>", "Opłata za czekanie?", "billing", "",
"""Hej, w piątek zamówiłem taksówkę na 6:10 na dworzec, kierowca
przyjechał 6:24 (mam screena z aplikacji), a na paragonie jest 12 zł
"opłaty za oczekiwanie". To chyba ja czekałem, nie on :) Proszę o
zwrot tych 12 zł. Kurs nr 2209-7714."""),
("pl", "b28-pl-spa-voucher-oplata-zmiana-terminu", "Ewelina Pawlak <ewelina.pawlak@example.pl>", "Voucher na masaż", "billing", "",
"""Dzień dobry,

mam voucher na masaż gorącymi kamieniami (nr V-3318). Chciałam
przełożyć termin z soboty na następny tydzień, bo zachorowało mi
dziecko, i recepcja poinformowała mnie, że zmiana terminu kosztuje 50
zł. Na voucherze ani w regulaminie na stronie nie widzę takiej opłaty.
Czy to na pewno prawda? Dzwoniłam dwa dni przed terminem.

Ewelina Pawlak"""),
("pl", "b28-pl-sala-weselna-zadatek-chargeback", "Bartosz Kamiński <bartosz.kaminski@example.pl>", "Zadatek - wesele 20.09", "billing", "high",
"""Dzień dobry,

w styczniu wpłaciliśmy 5 000 zł zadatku kartą kredytową za wesele 20
września w Państwa sali. W maju dostaliśmy SMS, że "ze względów
organizacyjnych" sala tego dnia jest niedostępna. To Państwo zerwali
umowę, więc zgodnie z kodeksem cywilnym należy nam się zwrot zadatku,
a nawet jego podwójna wysokość.

Trzy maile pozostały bez odpowiedzi. Dziś złożyłem w banku reklamację
transakcji (chargeback). Jeśli oddadzą Państwo pieniądze wcześniej,
wycofam ją.

Bartosz Kamiński i Natalia Lis"""),
("pl", "b28-pl-fotograf-raty-blik", "Oliwia Szymańska <oliwia.szymanska@example.pl>", "Sesja ślubna - płatność", "billing", "",
"""Dzień dobry Pani Magdo,

bardzo podoba nam się pakiet "Cały dzień" (4 800 zł). Czy można go
rozłożyć na raty, np. zaliczka teraz i reszta w dwóch częściach przed
ślubem? I czy przyjmuje Pani BLIK, czy tylko przelew?

Pozdrawiamy,
Oliwia i Kuba"""),
("pl", "b28-pl-catering-faktura-nip", "Biuro <biuro@kancelaria-nowak.example>", "Faktura za catering 07.06", "billing", "",
"""Dzień dobry,

za catering na jubileusz kancelarii 7 czerwca otrzymaliśmy paragon.
Prosimy o wystawienie faktury VAT na dane:

Kancelaria Radcy Prawnego Anna Nowak
ul. Piotrkowska 88/3, 90-103 Łódź
NIP 725-000-12-34

Kwota 3 690 zł brutto. Jeśli paragon trzeba najpierw odesłać, prosimy
o informację.

Z poważaniem
Justyna Michalak"""),
("pl", "b28-pl-fryzjer-cena-inna-niz-cennik", "Paulina Dudek <paulina.dudek@example.pl>", "Koloryzacja 280 zł?", "billing", "",
"""Dzien dobry, w sobote bylam na koloryzacji u Pani Ani w salonie na
Mokotowie. W cenniku na stronie jest 190 zl za wlosy srednie, a przy
kasie zaplacilam 280 zl, uslyszalam ze "wyszlo wiecej farby". Nikt mi
tego nie powiedzial przed zabiegiem. Czy tak sie to liczy? Jesli nie,
prosze o zwrot roznicy.
Paulina"""),
("pl", "b28-pl-boks-mama-zamieszkala-z-nami", "Zbigniew Olszewski <zbigniew.olszewski@example.pl>", "Boks 3-07", "billing", "",
"""Dzień dobry,

mama zamieszkała z nami, meble z jej mieszkania rozdaliśmy rodzinie i
boks 3-07 w Krakowie na Zabłociu jest już pusty. Klucz od kłódki
zostawiłem w recepcji w piątek. Proszę zakończyć umowę z końcem
miesiąca i nie pobierać więcej opłat z karty.

Dziękuję za trzy lata bez problemów.
Zbigniew Olszewski"""),
("pl", "b28-pl-re-oplata-po-wypowiedzeniu-kierownik", "Wojciech Głowacki <wojciech.glowacki@example.pl>", "Re: Potwierdzenie rezygnacji z karnetu", "billing", "high",
"""To jest Państwa potwierdzenie, poniżej. Rezygnacja od 1 maja. A 1 maja
i 1 czerwca pobraliście ode mnie po 159 zł. W recepcji dwa razy
słyszałem, że "system sam pobiera i trzeba pisać do centrali". Piszę
więc do centrali: proszę o kontakt kierownika klubu albo kogoś wyżej,
nie o kolejną automatyczną odpowiedź, i o zwrot 318 zł.

Wojciech Głowacki, tel. 600 000 517

-----Wiadomość oryginalna-----
Od: Klub Fitness Orlik <kontakt@example-orlik.pl>
Temat: Potwierdzenie rezygnacji z karnetu
> Dzień dobry,
> potwierdzamy przyjęcie rezygnacji z karnetu nr 30144. Umowa wygasa
> z dniem 30 kwietnia. Dziękujemy za wspólne treningi!"""),
("pl", "b28-pl-carsharing-pakiet-minut", "Adrian Pietrzyk <adrian.pietrzyk@example.pl>", "Pakiety minut", "billing", "",
"""Hej, zastanawiam się nad pakietem 500 minut za 399 zł. Czy minuty z
pakietu przepadają po miesiącu, czy przechodzą na następny? I czy
postój w trakcie wynajmu też zjada minuty z pakietu, czy liczy się
osobno?"""),
("pl", "b28-pl-nie-reklamacja-karta-benefit", "Grażyna Kołodziej <grazyna.kolodziej@example.pl>", "Pytanie o płatność", "billing", "",
"""Dzień dobry,

od razu zaznaczam, że nie chodzi o reklamację - ostatni masaż był
cudowny. Chciałabym kupić pakiet 5 masaży dla siebie i męża i mam
pytanie, czy mogę za niego zapłacić kartą podarunkową, którą dostaliśmy
z pracy (Edenred), a ewentualną resztę dopłacić kartą. Nie wiem, czy
Państwo takie przyjmują.

Grażyna Kołodziej"""),
("pl", "b28-pl-handlowcy-auta-nie-startuja", "Dział Administracji <administracja@medtrans-polska.example>", "Konto firmowe - auta", "technical", "high",
"""Dzień dobry,

mamy konto firmowe w Państwa carsharingu, z którego korzysta 15 naszych
przedstawicieli handlowych w Warszawie. Od rana żaden z nich nie może
uruchomić auta: aplikacja pokazuje "Brak uprawnień do wynajmu",
prywatne konta tych samych osób działają.

Od 8:00 odwołaliśmy już 22 wizyty w aptekach i szpitalach, a
przedstawiciele stoją przy autach. Prosimy o pilny kontakt: 22 000 41
18, wew. 3.

Ilona Majewska
Dział Administracji, MedTrans Polska"""),
("pl", "b28-pl-auto-dym-spod-maski-a4", "Robert Witkowski <robert.witkowski@example.pl>", "Wynajęte auto - rezerwacja KTW-2290", "technical", "high",
"""Dzień dobry,

jedziemy wynajętą Skodą Fabią (rezerwacja KTW-2290) autostradą A4 w
stronę Wrocławia. Pół godziny temu spod maski zaczął wydobywać się
biały dym i czuć było coś słodkawego, wskaźnik temperatury poszedł w
górę. Zjechaliśmy na MOP Przylesie i wyłączyliśmy silnik. Dalej nie
jedziemy.

Proszę o informację, co teraz - pomoc drogowa, auto zastępcze? Telefon:
600 000 839.

Robert Witkowski"""),
("pl", "b28-pl-aplikacja-klubu-wylogowuje", "Natalia Zielińska <natalia.zielinska@example.pl>", "aplikacja", "technical", "",
"""Dzien dobry, aplikacja klubu wylogowuje mnie za kazdym razem, gdy ja
zamkne, i musze od nowa wpisywac haslo i kod z SMS. Trwa to od
aktualizacji tydzien temu. Android 14, Samsung A54. Zapisy na zajecia
robia sie przez to udreka :("""),
("pl", "b28-pl-brak-ogrzewania-babcia-bialystok", "Tomasz Lewandowski <tomasz.lewandowski@example.pl>", "Brak ogrzewania - ul. Lipowa 12/5, Białystok", "technical", "high",
"""Dzień dobry,

moja babcia, 86 lat, wynajmuje przez Państwa biuro mieszkanie przy
Lipowej 12/5 w Białymstoku. Od soboty piec gazowy nie działa - nie ma
ogrzewania ani ciepłej wody. W nocy było -12 stopni, w mieszkaniu jest
teraz 13. Zgłaszałem to w sobotę telefonicznie i w poniedziałek
mailem, nikt się nie pojawił.

Zawiozłem jej grzejnik olejowy, ale to nie wystarcza. Proszę o wysłanie
serwisanta dzisiaj i informację o godzinie.

Tomasz Lewandowski (wnuk)
tel. 600 000 274"""),
("pl", "b28-pl-spa-suszarka-iskrzy", "Magdalena Górska <magdalena.gorska@example.pl>", "Suszarka w szatni", "technical", "high",
"""Dzień dobry, po wczorajszej wizycie w strefie spa chciałam
zgłosić, że suszarka do włosów przymocowana przy lustrze w damskiej
szatni iskrzy przy wtyczce, a gdy ją włączyłam, kopnęła mnie lekko
prądem w rękę. Powiedziałam o tym pani przy basenie, ale wieczorem
nadal wisiała i inne panie z niej korzystały. Myślę, że trzeba ją
odłączyć.

Magdalena Górska"""),
("pl", "b28-pl-galeria-zdjec-haslo", "Michał Baran <michal.baran@example.pl>", "Galeria zdjęć", "technical", "",
"""Dzień dobry Panie Łukaszu,

dostaliśmy link do galerii z komunii Zosi i hasło, ale strona po
wpisaniu hasła odpowiada "Nieprawidłowe hasło". Przepisywaliśmy je
ręcznie i wklejaliśmy, na telefonie i komputerze. Czy mogło się
zmienić?

Michał Baran"""),
("pl", "b28-pl-aplikacja-taxi-zla-pinezka", "Dorota Krajewska <dorota.krajewska@example.pl>", "Zły adres odbioru", "technical", "",
"""Dzien dobry. Od kilku dni aplikacja ustawia mi punkt odbioru jakies
300 m od miejsca, w ktorym stoje - dzis kierowca czekal na mnie po
drugiej stronie ronda. Przesuwam pinezke recznie, a po zatwierdzeniu
ona wraca na stare miejsce. Lokalizacje w telefonie mam wlaczona,
Google Maps pokazuje dobrze. iPhone 12."""),
("pl", "b28-pl-salon-link-rezerwacji-nieaktywny", "Karolina Maj <karolina.maj@example.pl>", "Rezerwacje online", "technical", "",
"""Hej, link do rezerwacji online z Waszego Instagrama i ze strony od
wczoraj pokazuje "Ten salon jest obecnie nieaktywny". Chciałam się
umówić na manicure hybrydowy na piątek. Daję znać, bo pewnie nie
tylko ja mam ten problem."""),
("pl", "b28-pl-rower-spinning-pedal-odpadl", "Łukasz Wysocki <lukasz.wysocki@example.pl>", "Rower nr 14 na sali spinningu", "technical", "high",
"""Dzień dobry,

podczas wczorajszych zajęć spinningu o 19:00 na rowerze nr 14 odkręcił
się lewy pedał i odpadł razem z butem w trakcie sprintu. Uderzyłem
kolanem w kierownicę, nic poważnego, ale gdyby to się stało przy
wyższym tempie, mogłoby się skończyć źle. Pedał oddałem instruktorce.
Dziś rano rower stał na sali jak gdyby nigdy nic, z pedałem
przykręconym z powrotem. Proszę, żeby ktoś go porządnie sprawdził.

Łukasz Wysocki"""),
("pl", "b28-pl-pralka-nie-wiruje-mieszkanie", "Julia Nowakowska <julia.nowakowska@example.pl>", "Usterka - pralka", "technical", "",
"""Dzień dobry, pralka w wynajmowanym mieszkaniu (ul. Ogrodowa 7/22,
Gdynia) od tygodnia nie wiruje - pranie wychodzi całe mokre, a na
wyświetlaczu pojawia się E21. Czyściłam filtr i sprawdziłam wąż. Proszę
o przysłanie kogoś, jestem w domu po 16.
Julia"""),
("pl", "b28-pl-re-okno-nadal-nie-domyka", "Sławomir Kubiak <slawomir.kubiak@example.pl>", "Re: Zgłoszenie 7720 - zamknięte", "technical", "",
"""Niestety nic się nie zmieniło. Okno balkonowe w salonie dalej się nie
domyka, klamka staje w połowie i ciągnie zimnem. Pan z serwisu
posmarował zawiasy i powiedział, że "trzeba wymienić okucie", więc
chyba nie powinno to być zamknięte. Proszę o ponowną wizytę.

S. Kubiak

> Szanowny Panie,
> informujemy, że zgłoszenie nr 7720 (okno balkonowe - salon, ul.
> Słoneczna 4/9, Opole) zostało zrealizowane i zamknięte.
> Dział Techniczny"""),
("pl", "b28-pl-magazyn-aplikacja-brama", "Artur Sadowski <artur.sadowski@example.pl>", "Brama", "technical", "",
"""Dzień dobry, od wczoraj przycisk "Otwórz bramę" w aplikacji na
Bielanach nic nie robi, kręci się kółko i po minucie pokazuje "Błąd
połączenia". Do boksu wszedłem w końcu z kimś innym. Internet w
telefonie działa normalnie."""),
("pl", "b28-pl-domofon-nie-chodzi-o-czynsz", "Iwona Mazurek <iwona.mazurek@example.pl>", "Sprawa mieszkania", "technical", "",
"""Dzień dobry, nie piszę w sprawie czynszu, wszystko jest opłacone.
Domofon w mieszkaniu (Kasprzaka 31/40) od tygodnia nie dzwoni - ktoś
wybiera numer na dole, a u mnie cisza, nie da się też otworzyć drzwi
słuchawką. Kurierzy zostawiają awizo. Czy mogą Państwo zgłosić to
komuś od instalacji?
Iwona Mazurek"""),
("pl", "b28-pl-podziekowanie-fryzjerka-mama", "Beata Sikora <beata.sikora@example.pl>", "Podziękowanie dla Pani Eli", "general", "",
"""Dzień dobry,

chciałam bardzo podziękować Pani Eli z salonu przy Rynku. W zeszłym
tygodniu przyprowadziłam mamę, która po chemioterapii bardzo się
wstydziła swoich włosów. Pani Ela poświęciła jej prawie dwie godziny,
zamknęła drzwi do gabinetu, żeby nikt nie patrzył, i mama wyszła
uśmiechnięta pierwszy raz od miesięcy.

Dziękujemy z całego serca.
Beata Sikora"""),
("pl", "b28-pl-zgubione-okulary-taxi", "Henryk Kaczmarek <henryk.kaczmarek@example.pl>", "Okulary", "general", "",
"""Dzien dobry, we wtorek ok. 14:00 jechalem Panstwa taksowka spod
szpitala na Kopernika do domu na Lagiewniki i zostawilem w samochodzie
okulary w brazowym etui. Bez nich nie czytam. Czy kierowca je
znalazl? Telefon 12 000 43 87.
Henryk Kaczmarek"""),
("pl", "b28-pl-godziny-wigilia", "Ania Kowal <ania.kowal@example.pl>", "Wigilia", "general", "",
"""Czy 24 grudnia salon jest otwarty? Chciałabym się umówić na modelowanie
rano, jeśli się da."""),
("pl", "b28-pl-zmiana-nazwiska", "Sylwia Kozłowska <sylwia.kozlowska@example.pl>", "Zmiana nazwiska", "general", "",
"""Dzień dobry,

w sierpniu wzięłam ślub i zmieniłam nazwisko z Pawłowska na Kozłowska.
Proszę o zmianę danych w umowie najmu mieszkania przy ul. Kościuszki
15/2. Adres e-mail i numer telefonu bez zmian. Jeśli potrzebny jest
skan nowego dowodu, prześlę.

Sylwia Kozłowska"""),
("pl", "b28-pl-rodo-usuniecie-danych", "Jerzy Malinowski <jerzy.malinowski@example.pl>", "RODO", "general", "",
"""Dzien dobry,

zgodnie z art. 15 i 17 RODO prosze o informacje, jakie moje dane
osobowe Panstwo przetwarzaja i skad je macie, a nastepnie o ich
usuniecie. Nigdy nie korzystalem z uslug Panstwa biura, a od pol roku
dostaje SMS-y z ofertami mieszkan w Gliwicach.

Jerzy Malinowski"""),
("pl", "b28-pl-kierowca-alkohol-telefon", "Anna Jankowska <anna.jankowska@example.pl>", "Kierowca - kurs 14.03 w nocy", "general", "high",
"""Dzień dobry,

w nocy z piątku na sobotę jechałam Państwa taksówką z Kazimierza na
Ruczaj. Od kierowcy bardzo czuć było alkohol, przez całą drogę pisał na
telefonie, dwa razy wjechał na czerwonym i na Monte Cassino prawie
uderzył w rowerzystę. Bałam się poprosić, żeby się zatrzymał.

Numer boczny 417, kurs zamówiony przez aplikację o 1:52. Ten człowiek
nie powinien dziś wieczorem znowu wozić ludzi.

Anna Jankowska"""),
("pl", "b28-pl-obejrzenie-sali-weselnej", "Dominik Wójcik <dominik.wojcik@example.pl>", "Oglądanie sali", "general", "",
"""Dzień dobry,

planujemy wesele na ok. 140 osób w czerwcu przyszłego roku. Czy
moglibyśmy przyjechać obejrzeć salę i ogród w sobotę przed południem?
Przyjedziemy z rodzicami, więc będziemy w 6 osób.

Pozdrawiamy,
Dominik i Kasia"""),
("pl", "b28-pl-catering-menu-dzieci-urodziny", "Marta Sowińska <marta.sowinska@example.pl>", "Menu dla dzieci", "general", "",
"""Dzien dobry, czy macie menu dla dzieci na urodziny w przedszkolu
(ok. 20 dzieci, 4-5 lat)? Chodzi o cos prostego, bez ostrych przypraw.
I czy jedzenie przyjezdza na jednorazowych tackach, czy trzeba zwrocic
naczynia?"""),
("pl", "b28-pl-szatnia-plyta-sufitu-wisi", "Renata Wasilewska <renata.wasilewska@example.pl>", "Sufit w szatni damskiej", "general", "high",
"""Dzień dobry,

w damskiej szatni klubu przy Puławskiej jedna z płyt sufitowych nad
ławkami przy szafkach 40-60 jest wypchnięta i wisi ukośnie, ze środka
sypie się coś białego. Wygląda, jakby zaraz miała spaść komuś na głowę.
Pani w recepcji powiedziała, że wie od tygodnia. Ludzie dalej siedzą
pod nią i się przebierają.

Renata Wasilewska"""),
("pl", "b28-pl-sponsoring-turniej-siatkowki", "UKS Jedynka <uks.jedynka@example.pl>", "Turniej siatkówki - sponsor", "general", "",
"""Dzień dobry,

jesteśmy szkolnym klubem sportowym z Tarnowa i w maju organizujemy
turniej siatkówki dla dziewcząt z rocznika 2011-2012. Szukamy lokalnych
firm, które ufundują nagrody lub koszulki. Państwa logo znalazłoby się
na plakatach i koszulkach. Czy byliby Państwo zainteresowani?

Pozdrawiam
Adam Rogalski, trener"""),
("pl", "b28-pl-pytanie-czwarte-pietro-bez-windy", "Janusz Błaszczyk <janusz.blaszczyk@example.pl>", "Pytanie", "general", "",
"""Dzień dobry, mamy u Państwa przeprowadzkę 12 lipca. Mieszkanie jest na
4 piętrze w kamienicy bez windy, a klatka jest dość wąska. Czy ekipa
sama rozkręca szafy i zabezpiecza meble, czy mamy to zrobić wcześniej?
I ile osób przyjedzie?"""),
("pl", "b28-pl-zamowienie-2231-brama-osiedla", "Ewa Stępień <ewa.stepien@example.pl>", "Zamówienie 2231", "general", "",
"""Dzień dobry, do zamówienia 2231 na sobotę: osiedle jest zamknięte,
kod do bramy od ul. Modrzewiowej to 4417#, potem drugi blok po lewej,
klatka C. Proszę, żeby kierowca zadzwonił 10 minut przed, wyjdę
pomóc z tacami. Tel. 600 000 932.
Ewa"""),
("pl", "b28-pl-recepcjonistka-niegrzeczna", "Teresa Lis <teresa.lis@example.pl>", "Obsługa w recepcji", "general", "",
"""Dzień dobry,

w czwartek przyszłam z wnuczką na basen i poprosiłam recepcjonistkę o
pomoc przy wpisaniu się na listę, bo nie widzę dobrze drobnego druku.
Usłyszała to cała kolejka: "Proszę pani, to nie przedszkole, niech
sobie pani wnuczka wpisze". Było mi bardzo przykro.

Nie oczekuję przeprosin na piśmie ani niczego, chciałam tylko, żeby
Państwo o tym wiedzieli.

Teresa Lis"""),
]
