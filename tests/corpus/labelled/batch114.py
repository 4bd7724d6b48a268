# batch114.py -- labelled test mails,
# held out of the tree until the rules it measures are final:
# nothing is tuned or trained on them before then.
# Kinds of business: logistics for businesses -- freight forwarders, pallet
# delivery, warehouse storage, customs brokers, business courier accounts,
# packaging suppliers, office furniture removals.  Failure classes in new
# situations -- escalation demands that keep their topic, legal threats and
# chargebacks, negations, Greeklish, subjects that say nothing or something
# else, replies quoting an earlier mail, plans ended or paused in other
# words, outages of a business told by their consequences, safety hazards
# told calmly, hazards in premises, praise, payment questions -- and
# everyday mail of all three queues.  Same tuple format as batch12.py:
# (lang, slug, from, subject, queue, priority, body).
M += [
# ---------------- English ----------------
("en", "b114-pallet-fuel-surcharge", "Gareth Pryce <gareth@pryce-joinery.example.co.uk>", "Fuel surcharge??", "billing", "",
"""Hi,

Just had invoice 88120 through for the two pallets you took from our yard
in Wrexham down to Bristol last week. The rate was quoted at £68 a pallet,
fine, but there's a "fuel surcharge" of 19% on top that nobody mentioned
when I booked it on the phone. Is that something new? Does it go on every
job now?

Cheers,
Gareth
Pryce Joinery"""),
("en", "b114-topup-taken-twice", "Dana Kowalczyk <dana@lakeshorecandle.example.com>", "Hello", "billing", "",
"""Hi there,

I topped up our shipping account with $250 on Thursday from the company
Amex. The balance only went up by $250 but the card statement has two
charges of $250 a minute apart. Can you reverse one of them?

Account # SH-40219

Thanks,
Dana Kowalczyk
Ops, Lakeshore Candle Co."""),
("en", "b114-invoice-vat-number-ie", "Siobhán Keane <siobhan@keanesgarden.example.ie>", "Invoice", "billing", "",
"""Hi, could ye reissue invoice INV-55102 with our VAT number on it please,
IE 3344556 FH. Our accountant won't take it without it. The delivery itself
was grand, it's just the paperwork.

Thanks a million,
Siobhán Keane
Keane's Garden Centre, Mullingar"""),
("en", "b114-storage-father-passed", "Margaret Hirst <m.hirst@example.co.uk>", "Bays 14-19, Unit 3", "billing", "",
"""Dear Sir or Madam,

My father, Alan Hirst, rented six pallet spaces from you at your Doncaster
warehouse for his wine importing business. Sadly he passed away in March.
My brother and I have now sold the last of the stock and the final pallets
were collected on Friday.

We will not be needing the spaces after the end of this month. Could you
please close the account and let me know if anything is still owing, or
whether there is a credit due back to the estate?

Yours faithfully,

Margaret Hirst (executor)"""),
("en", "b114-coolroom-pause-au", "Bec Doyle <bec@doylefamilyfarms.example.com.au>", "Cool room over winter", "billing", "",
"""G'day,

We're a small mango grower up near Bowen and we've had two pallet spots in
your cool room at Rocklea since last November. Our season's done from about
May, so rather than cancel and lose the spots, could we put them on hold
till October and not pay the $410 a month in between? Happy to pay a small
holding fee if that's how it works.

Cheers,
Bec Doyle
Doyle Family Farms"""),
("en", "b114-duty-charged-twice-in", "Ramesh Iyer <accounts@saiscientific.example.in>", "Regarding double charging of customs duty", "billing", "",
"""Dear Sir/Madam,

This is regarding our import shipment AWB 176-48213390 of lab glassware
from Germany which was cleared by your team at Mumbai air cargo on 12th.
We have already paid the customs duty of Rs 48,760 to you against your
debit note DN/2291. Now the courier company who is delivering the same
is also asking us to pay the duty amount before releasing the second lot.

Kindly check and confirm that the duty is already paid and do the needful
so that we are not paying two times.

Thanks and regards,
Ramesh Iyer
Accounts, Sai Scientific Supplies, Pune"""),
("en", "b114-boxes-wrong-size-exchange", "Jodie Marsh <jodie@lumenandco.example.co.uk>", "Order 20417", "billing", "",
"""Hiya,

We ordered 20 bundles of the double wall boxes 457x305x305 but I've
realised we need the 610 ones for the new lampshades. The bundles are
still shrink-wrapped on the pallet. Can we swap them and pay the
difference, or do I have to send them back for a refund and order again?

Thanks,
Jodie
Lumen & Co"""),
("en", "b114-pallet-deposit-not-credited", "Sunil Mistry <goodsin@mistryfoods.example.co.uk>", "Pallets", "billing", "",
"""Morning,

Nothing wrong with the delivery this time and your driver was spot on.
It's about the pallets. We returned 40 Euro pallets to your Leicester depot
on 3 June (return note PR-7781, signed by Craig) and the £8 per pallet
deposit still hasn't come off our account - the June statement still shows
us owing £320 for them. Please credit it.

Thanks,
Sunil Mistry
Goods In, Mistry Foods"""),
("en", "b114-terms-bacs-question", "Fiona Gallagher <fiona.gallagher@northgateprint.example.co.uk>", "Account terms", "billing", "",
"""Hello,

We've been paying for your courier collections by card for about a year
now, roughly 40-50 parcels a week. Is it possible to move to a credit
account on 30 day terms and pay by BACS at the end of each month? Our
finance director would much rather have one monthly invoice than dozens of
card receipts. What would you need from us to set that up?

Kind regards,

Fiona Gallagher
Office Manager, Northgate Print Ltd"""),
("en", "b114-desk-move-charity-quote", "Tom Ashworth <tom.ashworth@example.org.uk>", "Moving desks in September", "billing", "",
"""Hi,

I'm the volunteer coordinator at a small charity in Leeds. We're moving to
a new building in Harrogate in September and need about 25 desks, 30
chairs and 8 filing cabinets moved, plus some old chairs taken away for
disposal. Could you give me a rough price? And do you offer any discount
for registered charities (charity no. 1123456)?

Many thanks,
Tom Ashworth
Wharfe Valley Carers"""),
("en", "b114-move-deposit-manager-us", "Mark Delaney <mdelaney@buckeyedental.example.com>", "Deposit for cancelled office move - I want a manager", "billing", "high",
"""To whom it may concern,

We paid a $1,800 deposit on April 2 to book your crew for our office
relocation in Columbus on May 18. On April 20 our landlord pushed the lease
back and we cancelled in writing, which under your own terms gets a full
refund if it's more than 14 days out.

It's now June 9. I have called four times and sent three emails. Each time
I'm told "it's with accounts". I'm done talking to the front desk. I want a
manager, or someone senior in your finance department, to call me back by
Friday with a date for the refund.

Mark Delaney
Office Manager, Buckeye Dental Group
(614) 555-0132"""),
("en", "b114-closed-account-chargeback", "Kylie Nguyen <kylie@sassypaws.example.com.au>", "Account closed in March", "billing", "high",
"""Hi,

We closed our business courier account with you on 14 March - I have the
email from Sarah in your team confirming it. You've still taken the $79
monthly fee in April, May and June.

I want all three refunded. If it isn't back on the card by the end of next
week I'll be disputing each of them with the bank, and I'll be sending them
the confirmation email as well.

Kylie Nguyen
Sassy Paws Pet Supplies, Geelong"""),
("en", "b114-demurrage-small-claims", "Helen Cartwright <helen@cartwrighthomeware.example.co.uk>", "Your invoice FWD-10933 - disputed", "billing", "high",
"""Dear Accounts,

We dispute invoice FWD-10933 for £1,240 in "container demurrage and
detention" at Felixstowe.

The container was available from 2 May. Your team did not book the haulage
until 16 May, despite our written instruction on 1 May to deliver at the
first available slot (email attached again). The charges were caused
entirely by your delay.

We will not pay it. If you continue to chase us for it or pass it to a
collection agency, we will defend it and file our own claim in the small
claims court for the sales we lost.

Regards,

Helen Cartwright
Director, Cartwright Homeware Ltd"""),
("en", "b114-re-credit-note-cartons", "Niamh Brennan <niamh@brennanbakes.example.ie>", "Re: Credit note for damaged cartons", "billing", "",
"""Still no sign of this credit note, and now your statement has the full
amount down as overdue. Can someone sort it please before we get another
reminder.

Niamh

On Tue 4 Mar, Accounts <accounts@boxline.example.ie> wrote:
> Hi Niamh,
> Thanks for the photos. We'll raise a credit note for the 6 damaged
> bundles (EUR 74.40 incl. VAT) and send it over this week.
> Kind regards,
> Paul"""),
("en", "b114-portal-blank-labels", "Ellie Crane <ellie@fernsidecrafts.example.co.uk>", "Labels printing blank", "technical", "",
"""Hi,

Since this morning every label I print from the customer portal comes out
blank apart from the barcode. No address, no service code, nothing. Same on
both our PCs, and on a normal A4 printer as well as the Zebra. Cleared the
cache, tried Edge and Chrome. For now I'm filling in your paper consignment
notes by hand but that's not going to work for long.

Ellie
Fernside Crafts"""),
("en", "b114-question-tracking-invalid", "Jess Moreno <jess@bluemesapottery.example.com>", "Question", "technical", "",
"""When I put any of our tracking numbers into your website it says "Invalid
consignment number". Even ones from last month that used to work fine. I'm
copying and pasting them straight from the booking emails. Did the format
change or is the page broken?

- Jess"""),
("en", "b114-reset-email-never-arrives", "Dean Hollis <dispatch@harbourtiles.example.com.au>", "Can't log in", "technical", "",
"""Hi team,

I've locked myself out of our business account (user:
dispatch@harbourtiles.example.com.au) after too many wrong passwords. The
"forgot password" email never turns up - not in junk either, and our IT
bloke reckons nothing's being blocked on our end. Can you reset it from
your side?

Cheers,
Dean"""),
("en", "b114-orders-stuck-since-tuesday", "Ross Whitfield <ross@tidewatertea.example.co.uk>", "Nothing has shipped since Tuesday", "technical", "high",
"""Hi,

Not one of our orders has left your warehouse since Tuesday morning. Our
shop shows 340 orders as "sent to fulfilment", but none of them appear in
your portal, and new orders since then aren't showing up either. Customers
are emailing and leaving reviews asking where their tea is, and we've had
to switch our ads off.

We haven't changed anything on our side.

Please get someone technical on this today.

Ross Whitfield
Founder, Tidewater Tea Co."""),
("en", "b114-customs-entries-holyhead", "Declan Foley <declan@foleyhaulage.example.ie>", "Trucks at Holyhead", "technical", "high",
"""Hi,

Three of our trucks have been sitting in the port at Holyhead since 6 this
morning and can't board. The import declarations we put in through your
portal last night are all still showing "submitted" with no MRN, and the
drivers can't get through without one. We've resubmitted two of them and
the same thing happens. One trailer is chilled produce due at a supermarket
depot tomorrow morning.

Ring me on 087 555 0199.

Declan Foley
Transport Manager, Foley Haulage, Drogheda"""),
("en", "b114-charger-hot-plastic", "Andy Cole <andy.cole@redbrooksupplies.example.co.uk>", "Pallet truck charger", "technical", "high",
"""Hello,

Just letting you know that the charger for one of the electric pallet
trucks we hire from you (fleet no. EPT-027) started smelling of hot
plastic this afternoon, and the casing where the cable goes in has gone
brown and a bit soft. We've unplugged it and taken the truck out of use,
nobody's hurt. Could someone come and look at it, and at the other two
chargers, which are the same model?

Thanks,
Andy Cole
Warehouse Supervisor, Redbrook Supplies"""),
("en", "b114-wrapper-estop", "Luis Ortega <lortega@ortegafoods.example.com>", "Stretch wrapper", "technical", "high",
"""Hi,

The semi-automatic stretch wrapper you installed for us last month:
yesterday one of our guys hit the emergency stop when the film snagged, and
the turntable kept turning for a good three or four seconds before it
stopped. We tested it again this morning with nobody near it and it does
the same thing every time. We've locked it out and tagged it. Can you send
a tech out?

Luis Ortega
Plant Manager, Ortega Foods, El Paso TX"""),
("en", "b114-not-billing-scanner-pairing", "Pooja Sharma <dispatch@anandhandicrafts.example.in>", "Scanner issue - not billing", "technical", "",
"""Hello team,

This is not about our invoice, payment has been done already. Issue is with
the Bluetooth handheld scanner which came with the courier account. After
the app update on Monday it is not pairing with the phone, it shows "device
not supported". We have tried with two Android phones.

Kindly advise.

Regards,
Pooja Sharma
Dispatch, Anand Handicrafts, Jaipur"""),
("en", "b114-strapping-tensioner-slips", "Mick Daley <mick@coastaltimber.example.com.au>", "Strapping tool", "technical", "",
"""The manual tensioner we bought off you three weeks ago won't hold tension.
You crank it up and as soon as you go to seal the strap it slips back and
the strap's loose again. Tried both rolls of 12mm PP strap that came with
it. Is there an adjustment somewhere or is it just dud?

Mick
Coastal Timber Supplies"""),
("en", "b114-stock-export-garbled", "Arvind Kulkarni <arvind@kulkarniagro.example.in>", "Stock report export", "technical", "",
"""Dear Support,

When we are downloading the stock-on-hand report from the warehouse portal
as CSV, all product names with Marathi text are coming as question marks
and boxes, and for some rows the quantity is shifting into the next column.
The Excel version is fine but we need CSV for our ERP upload.

Please look into this at the earliest.

Thanks,
Arvind Kulkarni
Kulkarni Agro Exports, Nashik"""),
("en", "b114-urgent-booking-calendar-grey", "Linda Park <linda.park@example.com>", "URGENT - BOOKING PAGE", "technical", "",
"""YOUR COLLECTION BOOKING PAGE IS NOT SHOWING ANY DATES!!! The calendar
just comes up grey. Tried Safari, Chrome, my iPad and my laptop. I need to
book a pickup for Thursday. Please fix.

Linda Park"""),
("en", "b114-order-app-closes-second-parcel", "Owen Pritchard <owen@pritchardprints.example.co.uk>", "Order 31187", "technical", "",
"""Hi, not sure if this is the right place. Trying to book the collection
for order 31187 from my phone and your app closes itself every time I tap
"add another parcel". Single parcels book fine. iPhone 12, app updated
yesterday.

Cheers, Owen"""),
("en", "b114-desk-motor-sparks", "Harriet Lowe <h.lowe@calderfinch.example.co.uk>", "After the move - one of the desks", "technical", "high",
"""Dear all,

Thank you for the move on Saturday, the crew were very efficient.

One issue: your team dismantled and reassembled our twelve electric
sit-stand desks. On one of them (by the window on the second floor) there
is a crackling noise and we saw a small spark near the motor housing when
it is raised. We've switched it off at the wall and put a note on it. I
assume a cable was pinched when it was put back together. Could someone
come back and check it, and the others too if possible?

Kind regards,

Harriet Lowe
Facilities, Calder & Finch Solicitors, Manchester"""),
("en", "b114-depot-bank-holiday-ie", "Ciarán Ó Briain <ciaran@obriainelectrical.example.ie>", "Opening hours", "general", "",
"""Hi, is the Ballymount depot open on the bank holiday Monday in August?
We've a pallet to collect off you and I don't want to drive over for
nothing. Thanks, Ciarán"""),
("en", "b114-thanks-removal-crew-au", "Anna Whitlock <anna@newsteadphysio.example.com.au>", "Massive thanks", "general", "",
"""Just wanted to say a huge thank you to Sione, Jacko and the team who moved
our practice from Fortitude Valley to Newstead on the weekend. Forty-odd
boxes of patient files, the reception desk and two very heavy compactus
units, and not a scratch on anything. They even put the desks exactly where
the floor plan said. We opened on time Monday morning. Legends.

Cheers,
Dr Anna Whitlock
Newstead Physio"""),
("en", "b114-lost-laptop-bag-van", "Natalie Owusu <natalie.owusu@example.co.uk>", "Left my bag in your van?", "general", "",
"""Hello,

I think I may have left a black laptop bag in the cab of your removal van
on Friday when we moved out of Elm House in Reading. It has a company
laptop in it (sticker says "Property of Brightlake IT") and my gym card.
The driver was called Steve. Has anything turned up?

Thanks,
Natalie Owusu"""),
("en", "b114-re-delivery-rear-gate", "Jan Kowal <jan@millroadhardware.example.co.uk>", "Re: Booking confirmation PL-66120", "general", "",
"""Hi, thanks. For this one please send the pallets round to the rear gate
on Mill Road, not the shop front. We don't have a forklift so it'll need a
tail-lift vehicle and a pump truck. Goods in is 8-2 only. Driver to ring
Barry on 07700 900456 when ten minutes away.

Thanks, Jan

> Your delivery PL-66120 (2 pallets) is booked for Thursday 14th.
> If you have any special delivery instructions please reply to this
> email."""),
("en", "b114-new-warehouse-contact", "Accounts Hollins Brewery <office@hollinsbrewery.example.co.uk>", "Change of contact", "general", "",
"""Good afternoon,

Please note that Karen Fielding has left us and the new contact for
collections and goods in at our Telford site is Raj Patel,
raj.patel@hollinsbrewery.example.co.uk, 01952 000431. Please update your
records and take Karen off the notification emails.

Many thanks,
Hollins Brewery"""),
("en", "b114-sar-request-former-driver", "Daniel Marsh <dan.marsh87@example.co.uk>", "Subject access request", "general", "",
"""Dear Data Protection Officer,

Under the UK GDPR I am making a subject access request for all personal
data you hold about me. I worked as a self-employed courier on your routes
out of the Coventry depot between 2021 and 2023, and I would particularly
like copies of any telematics and route data, notes of phone calls and any
complaints recorded against my name.

My details: Daniel Marsh, date of birth 04/09/1987, driver ID C-1182.

Please respond within the statutory one month.

Daniel Marsh"""),
("en", "b114-rugby-jerseys-sponsor", "Gráinne Murphy <grainne.murphy@example.ie>", "Under-12s jerseys", "general", "",
"""Hi there,

I'm the chairperson of Carrigaline Under-12s rugby. We see your trucks up
and down the N28 every day! We're looking for a sponsor for next season's
jerseys - around EUR 1,200 gets your logo on 40 jerseys and a banner at the
pitch. Would ye consider it? Happy to send on more details.

Thanks a mil,
Gráinne"""),
("en", "b114-trade-show-booth", "Carla Jimenez <cjimenez@peachtreehome.example.com>", "See you in Atlanta?", "general", "",
"""Hi,

Will your team be exhibiting at the logistics show in Atlanta in March?
We're looking at switching freight forwarders for our Asia imports and it
would be easier to talk in person than over email. If so, what's your
booth number?

Thanks,
Carla Jimenez
Sourcing, Peachtree Home Goods"""),
("en", "b114-driver-blocked-car-park", "Paul Henshaw <paul@henshawmotors.example.co.uk>", "Your driver this morning", "general", "",
"""Your driver this morning (white lorry, reg ending GVX, about 9.15) parked
across the entrance to our car park for 25 minutes while he ate his
breakfast, and when one of my staff politely asked him to move he told her
to "do one" and turned his radio up. Not acceptable. I'd like someone to
have a word with him.

Paul Henshaw
Henshaw Motors"""),
("en", "b114-forklift-driver-shouted-manager", "Jean Pollard <jean@pollardspetgarden.example.co.uk>", "Complaint - behaviour at your Avonmouth depot", "general", "high",
"""Dear Sir/Madam,

Yesterday at about 2pm I went to your Avonmouth depot trade counter to
collect two pallets. While I was waiting, one of your forklift drivers
shouted at me in front of several people and called me a "useless old
woman" because my van was parked where he wanted to unload. I am 68 years
old and have been collecting from you for twelve years. I was shaking when
I drove home.

I want this passed to the depot manager and I would like the manager to
contact me personally. The young man at the counter refused to give me a
name.

Mrs Jean Pollard
Pollard's Pet & Garden, Portishead"""),
("en", "b114-trade-counter-pallets-leaning", "Phil Tran <phil@trantiling.example.com.au>", "Collection area at Wetherill Park", "general", "high",
"""Hi,

Not a complaint as such, just something you should know about. At the
customer collection area at your Wetherill Park site, the bay right next to
where we stand and wait has pallets of tiles stacked three high, and the
top one is leaning out quite badly. A carton slid off while I was there
this morning and landed about a metre from a bloke's feet. Could somebody
have a look before it comes down on someone.

Regards,
Phil Tran
Tran Tiling"""),
("en", "b114-dangerous-goods-question", "Imogen Hart <imogen@voltvelo.example.co.uk>", "Dangerous goods?", "general", "",
"""Hi,

We're a small e-bike parts business and we'd like to start sending spare
batteries to customers in Ireland and France. Are these classed as
dangerous goods with you, and if so do you carry them at all, and what
packaging and labels would we need?

Thanks,
Imogen Hart
Volt Velo"""),
("en", "b114-no-refund-saturday-pickups", "Rob Saunders <rob@gemcityjerky.example.com>", "Thanks + quick question", "general", "",
"""Hi,

I don't want a refund or anything like that - the late pickup last week got
sorted and your dispatcher Tanya was really helpful, so thanks.

Quick question though: do you do Saturday pickups in our area (Dayton, OH
45402)? We're starting to do weekend markets.

Rob Saunders
Gem City Jerky"""),
]
M += [
# ---------------- Greek (and Greeklish) ----------------
("el", "b114-epivarynsi-nisiou-santorini", "Κατερίνα Λαμπράκη <logistirio@caldera-supplies.example.gr>", "Χρέωση για παλέτα Σαντορίνη", "billing", "",
"""Καλησπέρα σας,

Στείλαμε μία παλέτα με είδη ξενοδοχείου από τον Ασπρόπυργο στη Σαντορίνη
(αποστολή 44018). Η προσφορά που μας δώσατε ήταν 120 € + ΦΠΑ, όμως στο
τιμολόγιο υπάρχει και μια γραμμή «επιβάρυνση νησιού / ακτοπλοϊκά» 38 €.
Αυτό δεν μας το είπε κανείς. Ισχύει για όλα τα νησιά; Θέλουμε να το
ξέρουμε πριν στείλουμε τις επόμενες δέκα.

Ευχαριστώ,
Κατερίνα Λαμπράκη
Λογιστήριο, Caldera Hotel Supplies"""),
("el", "b114-gl-diplh-xrewsh-kartas", "Vaggelis K. <vaggelis@vk-ceramics.example.gr>", "Kalimera", "billing", "",
"""Kalimera sas,

to mhniaio paketo courier (39e) mas xrewthike 2 fores apo thn karta mesa ston
idio mhna, sthn 1h kai sthn 3h. Sas stelnw kai screenshot apo thn trapeza.
Mporeite na epistrepsete th mia xrewsh?

Eyxaristw,
Vaggelis
VK Ceramics, Marousi"""),
("el", "b114-lathos-afm-timologio", "Σταυρούλα Ιωαννίδου <s.ioannidou@example.gr>", "Τιμολογιο 3312", "billing", "",
"""Καλημερα,

Στο τιμολογιο 3312 για την αποθηκευση του Απριλιου εχει μπει λαθος ΑΦΜ
(λειπει ενα ψηφιο). Το σωστο ειναι 099876543, ΔΟΥ Καλαμαριας. Μπορειτε να
το ακυρωσετε και να εκδωσετε καινουργιο; Ο λογιστης μας δεν μπορει να το
περασει ετσι.

Ευχαριστω,
Σταυρουλα Ιωαννιδου"""),
("el", "b114-kostos-ektelonismou-peiraias", "Ηλίας Μαυρίδης <i.mavridis@mavridis-domika.example.gr>", "Κόστος εκτελωνισμού", "billing", "",
"""Καλημέρα,

Φέρνουμε για πρώτη φορά ένα 20άρι κοντέινερ με πλακάκια από την Κίνα, φτάνει
στον Πειραιά τέλη του μήνα. Πόσο χρεώνετε για τον εκτελωνισμό και τη
διασάφηση, και χωριστά πόσο για τη μεταφορά από το λιμάνι στην αποθήκη μας
στα Οινόφυτα; Υπάρχει έκπτωση αν σας δώσουμε και τα επόμενα φορτία της
χρονιάς;

Ηλίας Μαυρίδης
Μαυρίδης Δομικά ΑΕ"""),
("el", "b114-syntaxi-patera-theseis-renti", "Άννα Ρούσσου <anna.roussou@example.gr>", "Αποθήκη Ρέντη", "billing", "",
"""Αγαπητοί κύριοι,

Ο πατέρας μου, ο Παναγιώτης Ρούσσος, κλείνει το κατάστημα με τα υφάσματα
στην Αιόλου μετά από σαράντα δύο χρόνια και βγαίνει στη σύνταξη. Το
εμπόρευμα που είχαμε στις τρεις θέσεις παλετών στην αποθήκη σας στον Ρέντη
το πουλήσαμε σχεδόν όλο σε έναν συνάδελφο, που θα παραλάβει τα υπόλοιπα
την Παρασκευή.

Μετά από αυτό δεν θα χρειαστούμε πια τις θέσεις. Σας παρακαλώ να μη μας
χρεώσετε τον επόμενο μήνα και να μας πείτε αν οφείλουμε κάτι.

Με εκτίμηση,
Άννα Ρούσσου"""),
("el", "b114-gl-pagwsh-paketou-xeimwna-naxos", "Marina S. <marina@aegeansoap.example.gr>", "Paketo paralavwn", "billing", "",
"""Geia sas, eimaste ena mikro ergastirio me sapounia stin Naxo. To kalokairi
stelnoume kathe mera, alla apo Noemvrio ews Martio to magazi einai kleisto
kai den stelnoume tipota. Mporoume na "pagwsoume" to mhniaio paketo
paralavwn gia autous tous mhnes kai na to xanaksekinhsoume thn anoixh,
xwris na to akyrwsoume? Ti prepei na kanw?

Eyxaristw poly,
Marina
Aegean Soap Naxos"""),
("el", "b114-allagi-rolon-afroplast", "Θοδωρής Μπέκας <info@plaisio-korniza.example.gr>", "Παραγγελία 7781", "billing", "",
"""Γεια σας,

Παραγγείλαμε 10 ρολά αφρόπλαστ με φυσαλίδες πλάτους 50 εκ., αλλά για τα
κάδρα μας τελικά χρειαζόμαστε του 1 μέτρου. Τα ρολά είναι ακόμα
σφραγισμένα. Μπορούμε να τα αλλάξουμε και να πληρώσουμε τη διαφορά; Αν όχι,
πώς γίνεται η επιστροφή;

Θοδωρής
Κορνίζες Πλαίσιο, Λάρισα"""),
("el", "b114-gl-egguhsh-paletokivwtia", "Xrhstos Papazoglou <papazoglou.frouta@example.gr>", "Egguhsh", "billing", "",
"""Kalhspera. Prin 2 mhnes phrame 20 plastika paletokivwtia me egguhsh 15e to
ena (300e synolo). Ta epistrepsame ola ka8ara sthn apo8hkh sas sto
Kaloxwri stis 12/5, exoume kai to deltio epistrofhs ypografmeno. Akoma omws
den exoume parei pisw thn egguhsh. Pote 8a ginei h epistrofh?

Xrhstos Papazoglou
Papazoglou Frouta OE"""),
("el", "b114-nayla-doseis-karta", "Γιάννης Τσολάκης <g.tsolakis@tsolakis-mixanourgiki.example.gr>", "Τρόπος πληρωμής", "billing", "",
"""Καλημέρα σας,

Για τη μεταφορά των μηχανημάτων μας από τη Γερμανία (προσφορά 2024/118,
3.600 €) μπορούμε να πληρώσουμε το ποσό σε τρεις δόσεις ή με εταιρική
κάρτα; Αν γίνεται μόνο με κατάθεση, στείλτε μου το IBAN.

Ευχαριστώ,
Γιάννης Τσολάκης
Τσολάκης Μηχανουργική, Βόλος"""),
("el", "b114-dikigoros-paratasi-apothikeusis-limani", "Δημήτρης Βασιλείου <d.vasileiou@alfa-epipla.example.gr>", "Τιμολόγιο 8841 - αμφισβήτηση", "billing", "high",
"""Κύριοι,

Με το τιμολόγιο 8841 μας χρεώνετε 1.950 € για «παράταση αποθήκευσης στο
λιμάνι» του κοντέινερ MSKU 4471230. Το κοντέινερ έμεινε στο λιμάνι έντεκα
μέρες επειδή ο δικός σας εκτελωνιστής δεν κατέθεσε εγκαίρως τα έγγραφα,
όπως φαίνεται και από τα email που σας επισυνάπτω.

Δεν πρόκειται να πληρώσουμε αυτό το ποσό. Αν δεν ακυρωθεί το τιμολόγιο
μέσα σε δέκα μέρες, η υπόθεση περνάει στον δικηγόρο της εταιρείας.

Με εκτίμηση,
Δημήτρης Βασιλείου
Οικονομικός Διευθυντής, Άλφα Έπιπλα ΑΕ"""),
("el", "b114-gl-diplh-plhrwmh-proistamenos", "Nikos Stamatiou <n.stamatiou@example.gr>", "DIPLH PLHRWMH", "billing", "high",
"""Exw steilei 3 mail kai exw parei 5 fores thlefwno. Plhrwsame to timologio
1207 (640e) DYO fores, mia me katathesh kai mia me karta, apo lathos ths
logisthrias mas, kai h kopela sto thlefwno mou leei "8a to dei to
logisthrio". Auto ginetai edw kai ena mhna.

8elw na milhsw me ton proistameno tou logisthriou sas, oxi me to call
center. Perimenw thlefwno avrio.

Nikos Stamatiou
6944 000 781"""),
("el", "b114-metakomisi-grafeiou-synigoros", "Ευαγγελία Κωστοπούλου <e.kostopoulou@example.gr>", "Μετακόμιση γραφείου - χρέωση", "billing", "high",
"""Καλησπέρα,

Μου δώσατε γραπτή προσφορά 850 € για τη μετακόμιση του λογιστικού μου
γραφείου από την Κυψέλη στο Χαλάνδρι. Μετά τη μετακόμιση ο επικεφαλής της
ομάδας σας μου ζήτησε 1.320 €, επειδή «ο ανελκυστήρας ήταν μικρός» και
«είχε όροφο». Και τα δύο τα είχα πει στο τηλέφωνο όταν ζήτησα την
προσφορά. Πλήρωσα για να μη μείνουν τα πράγματα στο πεζοδρόμιο.

Ζητώ να μου επιστραφούν τα 470 €. Αν δεν έχω απάντηση μέσα στην εβδομάδα,
θα κάνω καταγγελία στον Συνήγορο του Καταναλωτή.

Ευαγγελία Κωστοπούλου"""),
("el", "b114-re-prosfora-metakomisis-savvato", "Ρένα Αντωνίου <rena@avra-travel.example.gr>", "Re: Προσφορά μετακόμισης γραφείων 2024-56", "billing", "",
"""Καλημέρα κ. Σαββίδη,

Τη δεχόμαστε. Μόνο μια ερώτηση: στο τηλέφωνο μου είχατε αναφέρει έκπτωση
10% αν η μετακόμιση γίνει Σάββατο. Ισχύει; Γιατί εμάς μας βολεύει και το
Σάββατο 22/6.

Φιλικά,
Ρένα Αντωνίου
Γραφείο Ταξιδίων Αύρα

> Αγαπητή κα Αντωνίου,
> σας αποστέλλουμε την προσφορά για τη μετακόμιση των γραφείων σας
> (12 θέσεις εργασίας, αρχειοθήκες, rack διακομιστή): 2.100 € + ΦΠΑ.
> Με εκτίμηση,
> Σ. Σαββίδης"""),
("el", "b114-oxi-parapono-4-paletes", "Μάνος Κ. <manos.k@example.gr>", "Αποστολη 50917", "billing", "",
"""Γεια σας,

Δεν εχω κανενα παραπονο για τη μεταφορα, ολα ηρθαν κανονικα και ο οδηγος
ηταν ευγενεστατος. Απλως στο τιμολογιο μας χρεωνετε 4 παλετες, ενω
στειλαμε 3 (το γραφει και το δελτιο αποστολης). Διορθωστε το σας
παρακαλω.

Μανος Κ."""),
("el", "b114-gl-portal-error-500", "Aleka Bijoux <aleka.bijoux@example.gr>", "Provlima sto site", "technical", "",
"""Geia sas, apo xtes to vrady otan paw na kleisw paralavh sto portal sas vgazei
"Error 500" molis patisw "Ypovolh". To dokimasa apo 2 ypologistes kai apo to
kinhto. Ta stoixeia ta exw symplhrwsei ola swsta. Ti na kanw?

Aleka"""),
("el", "b114-thermikos-ektypotis-tholes", "Σπύρος Αλεξανδρόπουλος <selides.vivliopoleio@example.gr>", "Εκτυπωτής ετικετών", "technical", "",
"""Ο θερμικός εκτυπωτής ετικετών που μας δώσατε μαζί με το συμβόλαιο courier
τυπώνει τις ετικέτες τόσο θολές που ο οδηγός δεν μπορεί να σκανάρει το
barcode. Αλλάξαμε ρολό και καθαρίσαμε την κεφαλή με οινόπνευμα όπως λέει το
εγχειρίδιο. Τίποτα.

Σπύρος
Βιβλιοπωλείο Σελίδες"""),
("el", "b114-kleidomenos-logariasmos-link", "Φωτεινή Ζαχαρίου <info@thalassa-deli.example.gr>", "Κλειδωμα λογαριασμου", "technical", "",
"""Καλημερα,

ο λογαριασμος μας στην πλατφορμα αποστολων κλειδωθηκε μετα απο τρεις λαθος
κωδικους και το μηνυμα λεει να επικοινωνησω μαζι σας. Το email επαναφορας
ερχεται, αλλα ο συνδεσμος λεει «ληγμενος» ακομα κι αν τον πατησω αμεσως.
Χρηστης: info@thalassa-deli.example.gr

Ευχαριστω,
Φωτεινη"""),
("el", "b114-gl-eshop-paraggelies-kollimenes", "Petros Lazaridis <petros@lazaridis-cosmetics.example.gr>", "Paraggelies", "technical", "high",
"""Kalhmera,

apo thn Paraskevh to apogeuma den exei fygei OUTE MIA paraggelia apo thn
apothiki sas. Sto e-shop mas oi paraggelies grafoun "stalthike sthn
apothiki" alla sth dikh sas platforma den yparxei tipota. Exoume 180
pelates pou perimenoun, mas pairnoun thlefwno kai kapoioi exoun hdh
akyrwsei. To Savvatokyriako xasame oles tis pwlhseis ths prosforas.

Parakalw na to koitaksei kapoios texnikos SHMERA.

Petros Lazaridis
Lazaridis Natural Cosmetics"""),
("el", "b114-rantevou-rampas-fortiga-gyrizoun", "Αντώνης Γεωργιάδης <a.georgiadis@fruto-imathias.example.gr>", "Φορτηγά στην πύλη σας", "technical", "high",
"""Καλημέρα,

Από χθες το πρωί το σύστημα κρατήσεων ράμπας σας δεν δέχεται κανένα
ραντεβού: διαλέγουμε ώρα, πατάμε επιβεβαίωση και η σελίδα γυρίζει κενή
χωρίς αριθμό κράτησης. Χωρίς αριθμό η πύλη στον Ασπρόπυργο δεν αφήνει τα
φορτηγά να μπουν. Μέχρι τώρα μας γύρισαν πίσω εννιά φορτηγά με
ροδάκινα και άλλα πέντε περιμένουν απ' έξω.

Παρακαλώ τηλεφωνήστε μου άμεσα στο 6977 000 412.

Αντώνης Γεωργιάδης
Διευθυντής Logistics, Φρουτοεξαγωγική Ημαθίας"""),
("el", "b114-mpataria-paletoforou-fouskwse", "Κώστας Δημάκης <apothiki@dimakis-trofima.example.gr>", "Μπαταρία παλετοφόρου", "technical", "high",
"""Καλησπέρα,

Σας ενημερώνω ότι σε ένα από τα δύο ηλεκτρικά παλετοφόρα που νοικιάζουμε
από εσάς (αρ. 118) η μπαταρία σήμερα ήταν πολύ ζεστή στο άγγιγμα μετά τη
φόρτιση και το πλαστικό της έχει φουσκώσει λίγο στο πλάι. Το βγάλαμε στην
αυλή, μακριά από το εμπόρευμα, και δεν το χρησιμοποιούμε. Μπορείτε να
στείλετε κάποιον να το δει;

Ευχαριστώ,
Κώστας Δημάκης
Υπεύθυνος αποθήκης"""),
("el", "b114-gl-mhxanh-tsemperiou-reuma", "Giorgos Kalaitzis <kalaitzis.xartika@example.gr>", "Mhxanh tsemperiou", "technical", "high",
"""Kalhspera sas. H hmiautomath mhxanh tsemperiou pou mas egkatasthsate thn
Trith xtypaei reuma. Dyo paidia apo th vardia to niwsan sta xeria otan
akoumphsan to metalliko trapezaki, ena elafry tsimpima, tipota sovaro. Thn
kleisame apo ton pinaka kai den th xrhsimopoioume. 8a steilete texniko na
th dei?

Giorgos Kalaitzis
Kalaitzis Xartika, Patra"""),
("el", "b114-sms-paralipton-den-fevgoun", "Ελένη Χατζή <eleni@melissokomia-thasou.example.gr>", "Ειδοποιήσεις SMS", "technical", "",
"""Οι παραλήπτες μας δεν λαμβάνουν πλέον το SMS με τον αριθμό αποστολής,
από τη Δευτέρα περίπου. Τα email φεύγουν κανονικά. Στις ρυθμίσεις του
λογαριασμού οι ειδοποιήσεις SMS είναι ενεργές.

Ελένη
Μελισσοκομία Θάσου"""),
("el", "b114-oxi-xreosi-efarmogi-kleinei", "Δημοσθένης Π. <dimos.p@example.gr>", "Εφαρμογή", "technical", "",
"""Καλησπέρα. Δεν πρόκειται για χρέωση ούτε για το τιμολόγιο, αυτά είναι
εντάξει. Η εφαρμογή σας στο κινητό κλείνει μόνη της κάθε φορά που πάω να
σκανάρω το barcode ενός δέματος για να το καταχωρήσω. Android 13, Samsung
A54, έχω την τελευταία έκδοση. Την απεγκατέστησα και την ξαναέβαλα, τα
ίδια.

Δημοσθένης"""),
("el", "b114-tainiokollitiki-mplokarei", "Λευτέρης Γκίκας <chartokivotia.ipirou@example.gr>", "Ταινιοκολλητικη μηχανη", "technical", "",
"""Η ταινιοκολλητικη μηχανη για κουτια που αγορασαμε τον Μαρτιο μπλοκαρει
καθε 10-15 κουτια: η ταινια τυλιγεται στον κυλινδρο και δεν κοβεται.
Χρησιμοποιουμε την ταινια που μας προτεινατε. Υπαρχει καποια ρυθμιση;
Αν οχι, θελει επισκευη.

Λευτερης
Χαρτοκιβωτια Ηπειρου"""),
("el", "b114-gl-meta-metakomish-ektypwths", "Sofia Karra <sofia@sk-architects.example.gr>", "Meta th metakomish", "technical", "",
"""Geia sas, meta th metakomish tou grafeiou mas sthn Kalamaria thn Tetarth
ola ta ekanan ta paidia sas poly kala. Mono pou o megalos ektypwths-
fwtotypiko pou syndesane den vgazei diktyo, grafei "network cable
unplugged" enw to kalwdio einai mesa. Oi ypoloipoi ypologistes paizoun
kanonika. Mhpws mphke se lathos priza? Mporei na perasei kapoios?

Eyxaristw,
Sofia
Arxitektoniko Grafeio S+K"""),
("el", "b114-gl-xeiropaletoforo-den-shkwnei", "Vasilis T. <ktima.lefka@example.gr>", "Paletoforo", "technical", "",
"""To xeiroklhro paletoforo pou phrame apo esas ton Fevrouario den shkwnei
pia thn paleta, to patame kai kateveinei monh ths siga-siga. Kato apo thn
antlia exei ladia. Einai akoma sthn egguhsh, ti kanoume?

Vasilis
Oinopoieio Ktima Lefka"""),
("el", "b114-pdf-timologiou-keno", "Ρούλα Μιχαηλίδου <roula.m@example.gr>", "Λήψη τιμολογίων", "technical", "",
"""Καλημερα σας,

δεν αφορα το ποσο του τιμολογιου, αυτο ειναι σωστο. Το προβλημα ειναι οτι
απο την περιοχη πελατη, οταν πατω «Ληψη PDF» σε οποιοδηποτε τιμολογιο,
κατεβαινει ενα αρχειο που ανοιγει κενο, λευκη σελιδα. Δοκιμασα Chrome και
Firefox. Τα χρειαζομαι για τον λογιστη.

Ρουλα Μ."""),
("el", "b114-orario-aspropyrgos-savvato", "Χάρης Δελής <charis.delis@example.gr>", "Ωράριο", "general", "",
"""Καλημέρα, τι ώρες είναι ανοιχτή η αποθήκη σας στον Ασπρόπυργο για
παραλαβές από πελάτες; Μπορώ να περάσω Σάββατο πρωί να πάρω μια παλέτα ή
μόνο καθημερινές; Ευχαριστώ, Χάρης"""),
("el", "b114-gl-eyxaristw-odhgo-xionia", "Stelios Mavrakis <xenonas.omalou@example.gr>", "Eyxaristw!!", "general", "",
"""Kalhspera, h8ela na pw ena megalo eyxaristw ston odhgo sas ton Manwlh. Thn
Pempth me tosa xionia ston Omalo kanenas den anevaine, kai autos efere tis
2 paletes me ta tzamia gia ton xenwna, tis katevase kai mas voh8hse kiolas
na ta valoume mesa. Na tou to pete apo emas!

Stelios
Xenwnas Omalou"""),
("el", "b114-kouta-prosopika-iatreio", "Αθηνά Σταματοπούλου <a.stamatopoulou@example.gr>", "Κούτα με προσωπικά αντικείμενα", "general", "",
"""Καλησπέρα σας,

Κατά τη μετακόμιση του ιατρείου μου την περασμένη Πέμπτη, η ομάδα σας
φαίνεται πως πήρε κατά λάθος και μια μικρή κούτα που είχα αφήσει στην άκρη
με προσωπικά μου πράγματα (κορνίζες, ένα παλιό στηθοσκόπιο του πατέρα μου,
κάποια βιβλία). Δεν έφτασε στο νέο ιατρείο. Μήπως έμεινε στο φορτηγό ή
στην αποθήκη σας; Έχει για μένα μεγάλη συναισθηματική αξία.

Με εκτίμηση,
Αθηνά Σταματοπούλου
Καρδιολόγος"""),
("el", "b114-paradosi-xania-pezodromos", "Μαρία Τζανάκη <maria@cretan-olive-corner.example.gr>", "Παραδοση Τεταρτη", "general", "",
"""Γεια σας, για τις 2 παλετες που ερχονται για εμας την Τεταρτη: το μαγαζι
ειναι σε πεζοδρομο στην Παλια Πολη των Χανιων και το φορτηγο μπορει να
μπει μονο μεχρι τις 11 το πρωι. Αν αργησει, ας αφησει τις παλετες στην
αποθηκη μας στην οδο Κισσαμου 40 και ας με παρει τηλεφωνο στο 6945 000 218.

Ευχαριστω,
Μαρια"""),
("el", "b114-gl-allagh-email-eidopoihsewn", "Rodon Plast <info@rodonplast.example.gr>", "allagh stoixeiwn", "general", "",
"""Kalhmera, apo thn 1h tou mhna to email gia tis eidopoihseis apostolwn
allazei se logistics@rodonplast.example.gr (to palio, g.rodou@..., 8a kleisei
giati o Giannhs efyge apo thn etaireia). Neos ypeu8ynos apo8hkhs o k. Pavlos
Ntokas, 2310 000557. Parakalw enhmerwste to systhma sas.

Eyxaristoume,
Rodon Plast"""),
("el", "b114-gdpr-diagrafi-newsletter", "Ορέστης Παππάς <orestis.pappas@example.gr>", "Αίτημα διαγραφής προσωπικών δεδομένων", "general", "",
"""Κύριοι,

Σύμφωνα με τον Γενικό Κανονισμό Προστασίας Δεδομένων (ΓΚΠΔ), ζητώ τη
διαγραφή όλων των προσωπικών μου δεδομένων από τα αρχεία σας και από τη
λίστα του ενημερωτικού σας δελτίου. Δεν συνεργάζομαι μαζί σας από το 2022.
Ονοματεπώνυμο: Ορέστης Παππάς, τηλ. 6932 000145.

Παρακαλώ επιβεβαιώστε μου γραπτώς.

Ορέστης Παππάς"""),
("el", "b114-gl-xorhgia-mpasket-sindos", "Kostas Ioannou <aetos.sindou@example.gr>", "Xorhgia", "general", "",
"""Geia sas! Eimaste o a8lhtikos syllogos Aetos Sindou, exoume tmhmata mpasket
gia paidia 8-14 xronwn. Vlepoume ta forthga sas ka8e mera sth viomhxanikh
periox kai skeftikame na sas rwthsoume an 8a 8elate na ginete xorhgos
stis fanelles ths neas sezon. Mporoume na sas steiloume protash.

Me ektimhsh,
Kostas Ioannou, tamias tou syllogou"""),
("el", "b114-ekpaideftiki-episkepsi-foititon", "Μαρία Αλεξίου <m.alexiou@example.edu.gr>", "Εκπαιδευτική επίσκεψη", "general", "",
"""Αξιότιμοι κύριοι,

Διδάσκω στο τμήμα Διοίκησης Εφοδιαστικής Αλυσίδας και θα ήθελα να ρωτήσω
αν θα ήταν δυνατή μια εκπαιδευτική επίσκεψη 25 φοιτητών στο κέντρο
διανομής σας στα Οινόφυτα τον Νοέμβριο. Θα χρειαζόμασταν περίπου δύο ώρες
και, αν γίνεται, μια σύντομη παρουσίαση από κάποιον υπεύθυνο.

Με εκτίμηση,
Δρ Μαρία Αλεξίου"""),
("el", "b114-gl-odhgos-pezodromio-kornes", "Eleni Drosou <eleni.drosou@example.gr>", "O odhgos sas", "general", "",
"""O ODHGOS SAS SHMERA TO PRWI PARKARE TO FORTHGO PANW STO PEZODROMIO MPROSTA
STHN PORTA MAS, KORNARE 5 LEPTA KAI OTAN VGHKA MOU EIPE NA "KATEVAINW
GRHGORA GIATI DEN EXEI OLH MERA". DEN EINAI AUTOI TROPOI.
Na tou to pei kapoios.

Eleni Drosou, Pagkrati"""),
("el", "b114-ypallilos-rampa-esprwkse-diefthyntis", "Αλέξανδρος Νικολαΐδης <a.nikolaidis@nikolaidis-metaforiki.example.gr>", "Συμπεριφορά υπαλλήλου στη ράμπα 6", "general", "high",
"""Κύριοι,

Χθες το μεσημέρι ο οδηγός μας, ο κ. Σωτήρης Μπαλτάς, πήγε στο κέντρο
διανομής σας στη Σίνδο για φόρτωση. Ένας από τους υπαλλήλους σας στη ράμπα
6 τον έβρισε χυδαία και τον έσπρωξε, επειδή ο κ. Μπαλτάς ζήτησε να δει το
δελτίο πριν υπογράψει. Υπάρχουν μάρτυρες και ο ίδιος είναι ακόμα πολύ
αναστατωμένος.

Ζητώ να μιλήσω με τον διευθυντή του κέντρου διανομής και να μου πείτε τι
μέτρα θα πάρετε.

Αλέξανδρος Νικολαΐδης
Διευθυντής, Νικολαΐδης Μεταφορική"""),
("el", "b114-rampa-spasmeni-sxara-kalochori", "Θανάσης Ρήγας <th.rigas@example.gr>", "Ραμπα 3 Καλοχωρι", "general", "high",
"""Καλησπερα,

Να σας ενημερωσω οτι στη ραμπα 3 της αποθηκης σας στο Καλοχωρι η μεταλλικη
σχαρα στην ακρη ειναι σπασμενη και κουνιεται. Ο οδηγος μας σημερα πατησε
πανω της, γλιστρησε και λιγο ελειψε να πεσει απο τη ραμπα. Δεν χτυπησε.
Οι υπαλληλοι σας ειπαν οτι ετσι ειναι εδω και μερες. Καλο θα ηταν να
φτιαχτει πριν τραυματιστει καποιος.

Ευχαριστω,
Θανασης Ρηγας"""),
("el", "b114-gl-to-eklise-klimakwsh-proistamenos", "Dimitra Katsarou <d.katsarou@katsarou-textiles.example.gr>", "Parapono gia thn eksyphrethsh", "general", "high",
"""Kalhmera. Xtes phra thlefwno sthn eksyphrethsh pelatwn gia na rwthsw pou
vriskontai ta deigmata pou steilame sto Monaxo, kai h kyria pou to shkwse,
molis akouse to onoma ths etaireias, mou eipe "den exw xrono gia tetoia"
kai mou to eklise sta moutra. Den einai h prwth fora.

8elw na klimakw8ei to parapono mou kai na me parei thlefwno o
proistamenos ths yphresias.

Dimitra Katsarou
Katsarou Textiles"""),
("el", "b114-kypros-ekrixi-paraggelion", "Νεφέλη Αργυρού <nefeli@lino-kai-xroma.example.gr>", "Αποστολές Κύπρο", "general", "",
"""Καλησπέρα σας,

Από τότε που ανοίξαμε το καινούργιο e-shop έχουμε μια μικρή έκρηξη
παραγγελιών από την Κύπρο (καλό πρόβλημα!). Στέλνετε παλέτες και δέματα
στη Λευκωσία και τη Λεμεσό; Χρειάζεται κάποιο ειδικό έγγραφο ή πάει σαν
κανονική αποστολή μέσα στην ΕΕ; Και πόσες μέρες κάνει περίπου;

Ευχαριστώ,
Νεφέλη"""),
]
M += [
# ---------------- Spanish ----------------
("es", "b114-recargo-combustible-zaragoza", "Pilar Gracia <administracion@conservasmoncayo.example.es>", "Factura 2024-0881", "billing", "",
"""Buenos días:

En la factura 2024-0881 por el envío de cuatro palés de Zaragoza a Sevilla
aparece un «recargo por combustible» del 14 % que no estaba en el
presupuesto que nos pasasteis. ¿Se aplica siempre? ¿Por qué no venía
indicado? Lo necesitamos saber para calcular los precios de la temporada.

Un saludo,
Pilar Gracia
Administración, Conservas Moncayo"""),
("es", "b114-mx-cobro-doble-guias", "Fernanda Ríos <ventas@oaxacalindo.example.com.mx>", "Hola", "billing", "",
"""Hola buenas tardes, compramos un paquete de 50 guías prepagadas el martes
($4,350 MXN) y en el estado de cuenta de la tarjeta aparece el cargo dos
veces. En la plataforma solo tenemos las 50 guías. ¿Me pueden ayudar a que
me regresen el segundo cargo? Les mando captura.

Saludos,
Fernanda Ríos
Artesanías Oaxaca Lindo"""),
("es", "b114-factura-sin-cif", "Javi Muñoz <javi@frutoscastilla.example.es>", "factura", "billing", "",
"""hola, en la factura del almacenaje de mayo no viene nuestro CIF ni la
direccion fiscal, solo el nombre comercial, y asi no nos la acepta la
gestoria. Podeis emitirla de nuevo con B45123987, Calle Mayor 12, 45600
Talavera de la Reina? gracias

Javi"""),
("es", "b114-ar-cotizacion-deposito-bsas", "Matías Giménez <mgimenez@bodegalosalamos.example.com.ar>", "Consulta precio depósito", "billing", "",
"""Hola, qué tal. Somos una bodega de Mendoza y estamos buscando depósito en
Buenos Aires para unas 20 posiciones de pallet, con armado de pedidos.
¿Me podrían pasar una cotización mensual? ¿Manejan precios en pesos o en
dólares? Y si firmamos contrato anual, ¿hay algún descuento?

Desde ya muchas gracias.
Matías Giménez
Bodega Los Álamos"""),
("es", "b114-marca-vendida-baja-almacen", "Irene Sanz <irene@cosmeticabruma.example.es>", "Nuestro contrato", "billing", "",
"""Hola, Marta:

Te escribo para contarte que al final hemos vendido la marca a un grupo de
Valencia que tiene su propia logística, así que a partir de julio ya no
vamos a tener mercancía en vuestra nave. Lo que queda lo recogen ellos la
última semana de junio.

¿Podéis dar de baja el almacenaje y la preparación de pedidos a partir del
1 de julio y mandarnos la liquidación final? Ha sido un gusto trabajar con
vosotros estos cuatro años.

Un abrazo,
Irene Sanz
Cosmética Bruma"""),
("es", "b114-co-pausa-vacaciones-colectivas", "Luisa Fernanda Ospina <administracion@confeccionesaburra.example.com.co>", "Plan mensual de recolecciones", "billing", "",
"""Buenas tardes.

Les informamos que la empresa sale a vacaciones colectivas del 18 de
diciembre al 12 de enero. ¿Es posible suspender durante esas semanas el
plan mensual de recolecciones ($850.000 COP) y que no nos lo facturen, sin
cancelar el contrato?

Quedo atenta.

Cordialmente,
Luisa Fernanda Ospina
Asistente administrativa, Confecciones Aburrá S.A.S., Medellín"""),
("es", "b114-no-defectuosas-cajas-medida", "Nuria Vilaró <nuria@textilnur.example.es>", "Pedido 31802", "billing", "",
"""Hola,

No es que las cajas vengan mal, están perfectas. El fallo es mío: pedí 400
cajas de 40x30x30 y necesitaba las de 60x40x40 para los cojines. Están sin
abrir, en el palé tal cual llegaron. ¿Las puedo cambiar pagando la
diferencia o tengo que devolverlas y hacer un pedido nuevo?

Gracias,
Nuria
Textil Nur, Sabadell"""),
("es", "b114-mx-cuenta-gastos-pedimento", "Rodrigo Salinas <compras@refaccionariabajio.example.com.mx>", "Cuenta de gastos pedimento", "billing", "",
"""Buen día, Lic. Treviño:

Recibimos la cuenta de gastos del pedimento de la importación de
refacciones (el contenedor que llegó a Manzanillo). Vemos un total de
$186,400 MXN pero no viene desglosado cuánto es IGI, cuánto IVA, cuánto DTA
y cuánto son sus honorarios. ¿Nos podría enviar el desglose y las facturas
CFDI por separado? Contabilidad nos las pide para el cierre.

Saludos cordiales,
Ing. Rodrigo Salinas
Compras, Refaccionaria del Bajío"""),
("es", "b114-fianza-guardamuebles-getafe", "Alberto Moreno <alberto.moreno@example.es>", "Fianza del guardamuebles", "billing", "",
"""Buenas:

En marzo dejamos el guardamuebles que teníamos alquilado con vosotros en
Getafe (el 2B) y entregamos las llaves. Al contratarlo pagamos 150 € de
fianza y todavía no nos la habéis devuelto. El trastero se quedó limpio y
vacío, se revisó con vuestro empleado. ¿Cuándo la vamos a recibir?

Saludos,
Alberto Moreno"""),
("es", "b114-pago-plazos-mudanza-malaga", "Cristina Bravo <cristina@estudioalboran.example.es>", "Forma de pago", "billing", "",
"""Hola, nos habéis pasado presupuesto de 2.480 € + IVA para la mudanza de
nuestra oficina en Málaga. ¿Se puede pagar en dos o tres veces? ¿Aceptáis
tarjeta o solo transferencia? Somos un estudio pequeño y nos vendría muy
bien repartirlo.

Gracias,
Cristina
Estudio Alborán Arquitectos"""),
("es", "b114-ar-mudanza-estudio-defensa-consumidor", "Gustavo Ferreyra <gferreyra@estudioferreyra.example.com.ar>", "RECLAMO - MUDANZA ESTUDIO", "billing", "high",
"""Buenas tardes,

El viernes hicieron la mudanza de mi estudio contable de Palermo a Núñez.
El presupuesto firmado era de $650.000 y al terminar el encargado me cobró
$980.000 por "escalera" y "horas extra". La escalera estaba declarada en el
presupuesto y las horas extra fueron porque el camión llegó dos horas
tarde. Pagué porque tenía todo en la vereda.

Quiero que me devuelvan la diferencia y quiero hablar con el gerente, no
con la chica del WhatsApp. Si el lunes no tengo respuesta hago la denuncia
en Defensa del Consumidor.

Cdor. Gustavo Ferreyra"""),
("es", "b114-recibos-tras-baja-devolucion-banco", "Sergio Llorente <sergio@llorentebicis.example.es>", "Cargos después de la baja", "billing", "high",
"""Buenos días,

Dimos de baja el almacenaje el 31 de marzo (tengo vuestro correo de
confirmación) y nos seguís pasando el recibo de 320 € cada mes: abril, mayo
y ahora junio. Ya lo he reclamado dos veces por teléfono.

Si esta semana no tengo el reembolso de los tres recibos, los devuelvo
desde el banco y pongo una reclamación formal. No pienso seguir llamando.

Sergio Llorente
Llorente Bicis, Valladolid"""),
("es", "b114-mx-anticipo-profeco-supervisor", "Alejandra Cárdenas <dra.cardenas@example.com.mx>", "Anticipo de mudanza no reembolsado", "billing", "high",
"""Buenas tardes.

El 3 de abril les deposité $7,500 pesos de anticipo para la mudanza de mi
consultorio en Guadalajara. Ustedes cancelaron dos días antes porque "no
tenían camión" y me prometieron el reembolso en 5 días hábiles. Ya pasaron
seis semanas. Cada vez que marco me dicen que "ya está en trámite".

Pido que un supervisor se comunique conmigo hoy mismo. Si no, pongo la
queja en PROFECO con todos los comprobantes.

Dra. Alejandra Cárdenas
33 1234 5678"""),
("es", "b114-re-presupuesto-descuento-5", "Ane Etxeberria <compras@mueblesgorbea.example.es>", "RE: Presupuesto 2291 - palés Valencia-Bilbao", "billing", "",
"""Hola Jorge,

Aceptamos el presupuesto, pero en la llamada del lunes me dijiste que si os
dábamos los envíos fijos de cada semana nos aplicabais un 5 %, y aquí no
aparece. ¿Me lo puedes revisar antes de que lo firme?

Gracias,
Ane Etxeberria
Compras, Muebles Gorbea

-----Mensaje original-----
De: Jorge Ballester
Enviado: lunes, 10 de junio de 2024 17:02
Asunto: Presupuesto 2291 - palés Valencia-Bilbao

Buenas tardes, Ane:
Te adjunto el presupuesto para el envío semanal de 6 palés
Valencia-Bilbao: 62 € por palé, más IVA.
Un saludo."""),
("es", "b114-portal-etiquetas-error-documento", "Raúl Cifuentes <raul@papeleriaquijote.example.es>", "No puedo descargar etiquetas", "technical", "",
"""Hola, desde esta mañana cuando intento descargar las etiquetas de los
envíos en el portal me sale «Error al generar el documento» y no baja nada.
He probado en dos ordenadores, con Firefox y con Chrome. Los envíos sí se
graban, el problema es solo la etiqueta. ¿Está caído?

Saludos,
Raúl
Papelería Quijote"""),
("es", "b114-mx-no-llega-codigo-sms", "Arturo Mendoza <arturo.mendoza@example.com.mx>", "No me llega el código", "technical", "",
"""Buenas, para entrar a mi cuenta empresarial me pide un código por SMS y no
me llega nada, ya le piqué a "reenviar" como diez veces. El número
registrado es el correcto (55 1234 9876). ¿Me pueden ayudar?

Gracias,
Arturo Mendoza"""),
("es", "b114-ar-app-camion-en-el-rio", "Carolina Paz <caro@decopalermo.example.com.ar>", "Seguimiento", "technical", "",
"""Hola! Les cuento que la app de seguimiento me muestra el camión con mi
mercadería en el medio del Río de la Plata hace dos días, jaja. Número de
envío AR-558120. Supongo que es un error del GPS o del mapa, pero no se
actualiza más nada, ni la posición ni el estado. ¿Se pueden fijar qué pasa
con la app?

Gracias!
Caro, Deco Palermo"""),
("es", "b114-repartidor-se-va-sin-paquetes", "Álvaro Pineda <alvaro@sirocoswim.example.es>", "Otra vez sin recogida", "technical", "high",
"""Hola,

Desde ayer vuestro repartidor se va de nuestro almacén sin llevarse nada:
su terminal dice que nuestros envíos "no existen", aunque en vuestra web
están grabados y con etiqueta. Tenemos ya más de 300 paquetes apilados en
la entrada, los clientes nos escriben por Instagram preguntando por sus
pedidos y hemos tenido que parar la campaña de rebajas.

No hemos cambiado nada por nuestra parte. Necesitamos que alguien técnico
lo mire hoy.

Álvaro Pineda
Fundador, Siroco Swimwear"""),
("es", "b114-cl-dus-no-transmite-san-antonio", "Rodrigo Fuentes <rfuentes@fruticolamaipo.example.cl>", "Contenedores detenidos San Antonio", "technical", "high",
"""Estimados:

Tenemos tres contenedores refrigerados con fruta detenidos en el puerto de
San Antonio desde el lunes. Las declaraciones (DUS) que ingresamos en su
plataforma quedan en estado "pendiente de envío" y no se transmiten a
Aduanas; hoy intentamos de nuevo y arroja "error de conexión con el
servicio". La nave zarpa mañana a las 18:00 y si no alcanzamos a embarcar
perdemos la carga.

Favor llamarme apenas lean esto: +56 9 8765 4321.

Rodrigo Fuentes
Jefe de Exportaciones, Frutícola Valle del Maipo"""),
("es", "b114-co-flejadora-huele-quemado", "Hernán Rojas <bodega@distelcafetal.example.com.co>", "Flejadora", "technical", "high",
"""Buenos días.

La flejadora semiautomática que nos vendieron hace tres semanas empezó
ayer a oler a quemado y, al encenderla, se vieron unas chispas por la
rejilla de atrás. La desconectamos y nadie la está usando. ¿Pueden enviar
un técnico a revisarla? Está en garantía.

Cordialmente,
Hernán Rojas
Jefe de Bodega, Distribuidora El Cafetal, Pereira"""),
("es", "b114-transpaleta-no-frena-rampa", "Jordi Puig <magatzem@distribucionsemporda.example.es>", "Transpaleta eléctrica alquilada", "technical", "high",
"""Buenas tardes:

La transpaleta eléctrica que tenemos alquilada (n.º de serie TPE-2210) no
frena bien en la rampa del muelle: al soltar el timón sigue bajando medio
metro antes de pararse. Esta mañana por poco se le escapa a un operario con
un palé de 700 kilos. La hemos aparcado y precintado. Os rogamos que mandéis
a alguien a revisarla o que nos la cambiéis por otra.

Un saludo,
Jordi Puig
Encargado de almacén, Distribucions Empordà"""),
("es", "b114-no-factura-impresora-torcida", "Marga Pons <marga@sobrasadaspons.example.es>", "Impresora de etiquetas", "technical", "",
"""Hola, no os escribo por la factura, que ya está pagada. Es la impresora
térmica de etiquetas que venía con el contrato: desde hace unos días
imprime las etiquetas torcidas y cortadas por un lado, así que el código de
barras no se lee. He recalibrado desde el menú y nada.

Saludos,
Marga"""),
("es", "b114-mx-bascula-tarimas-varia", "Patricia Villarreal <pvillarreal@empaquesdelnorte.example.com.mx>", "Báscula", "technical", "",
"""La báscula para tarimas que les compramos marca un peso diferente cada
vez que subimos la misma tarima, hasta 15 kg de diferencia. Ya la
nivelamos y la pusimos en cero. ¿Qué hacemos? Todavía tiene garantía.

Saludos,
Ing. Patricia Villarreal
Empaques del Norte, Monterrey"""),
("es", "b114-usuario-bloqueado-contrasena", "Toni Ferrer <logistica@frutasribera.example.es>", "no puedo entrar", "technical", "",
"""Buenas, ayer cambie la contraseña del usuario de la empresa y desde
entonces me sale "usuario bloqueado" cada vez que intento entrar, con la
nueva y con la antigua. El usuario es logistica@frutasribera.example.es.
Me lo podeis desbloquear? Gracias

Toni"""),
("es", "b114-ar-pedido-dispensador-se-traba", "Lucas Benítez <lucas@mateyyerba.example.com.ar>", "Pedido 48120", "technical", "",
"""Hola, les compre 3 dispensadores de cinta (pedido 48120) y uno se traba:
la cinta no corre y se corta cada dos cajas. Los otros dos andan bien con
la misma cinta. Tiene algun tornillo o freno que haya que regular? No
encuentro nada en el manual.

Gracias,
Lucas"""),
("es", "b114-mesas-cajones-tras-mudanza", "Begoña Aranda <recepcion@asesorialevante.example.es>", "Montaje de los puestos", "technical", "",
"""Hola,

Ayer terminasteis la mudanza de nuestra oficina a la calle Colón y todo muy
bien, pero en seis de las mesas que desmontasteis y volvisteis a montar los
cajones no cierran, chocan con la estructura, y dos mesas cojean un poco.
Creo que algunas piezas se han puesto al revés. ¿Podéis pasaros a
ajustarlo esta semana?

Gracias,
Begoña Aranda
Recepción, Asesoría Levante, Valencia"""),
("es", "b114-avisos-clientes-en-ingles-404", "Claudia Ruiz <claudia@tiendaalmendro.example.es>", "Avisos a nuestros clientes", "technical", "",
"""Hola, desde la actualización de la semana pasada los correos automáticos
que reciben nuestros clientes con el número de seguimiento les llegan en
inglés, y además el botón «Track your parcel» lleva a una página con
error 404. En la configuración de la cuenta el idioma sigue en español.
¿Lo podéis revisar?

Saludos,
Claudia
Tienda Almendro"""),
("es", "b114-horario-semana-santa-alcala", "Manolo Herranz <manolo.herranz@example.es>", "Horario Semana Santa", "general", "",
"""Buenas, ¿qué horario tiene la delegación de Alcalá de Henares el Jueves y
el Viernes Santo? Tenemos que pasar a recoger dos palés para la tienda y me
mata tener que ir dos veces si está cerrado. Gracias.

Manolo"""),
("es", "b114-mx-felicitacion-don-beto", "Lupita Hernández <lupita@ceramicalosarcos.example.com.mx>", "Felicitación", "general", "",
"""Buenas tardes, solo quería felicitar a su operador Don Beto (Roberto,
creo) que nos entregó ayer en Tlaquepaque. Llovió durísimo, la calle estaba
inundada y aun así esperó, bajó las tarimas con mucho cuidado y nos ayudó
a meter las cajas a la bodega. Gente así hace la diferencia.

Muchas gracias.
Atte. Lupita Hernández
Cerámica Los Arcos"""),
("es", "b114-insulina-padre-en-guardamuebles", "Eva Domínguez <eva.dominguez@example.es>", "Una bolsa con la medicación de mi padre", "general", "high",
"""Hola, buenas,

Ayer por la mañana hicisteis la mudanza de casa de mi padre (calle Río Tajo
8, Toledo) al guardamuebles mientras hacemos la obra. Entre las cosas que os
llevasteis iba, por error, una bolsa de tela azul que estaba en la cocina
con su insulina y las tiras del medidor de glucosa. Mi padre es diabético,
tiene 81 años y solo le queda lo que lleva en el bolígrafo, que le llega
hasta esta noche.

Necesito recuperar esa bolsa hoy. Puedo ir yo al guardamuebles a cualquier
hora. Por favor, llamadme al 600 123 456.

Eva Domínguez"""),
("es", "b114-re-entrega-cobo-calleja-cita", "Susana Lin <almacen@bazarlin.example.es>", "Re: Confirmación de entrega 7712", "general", "",
"""Hola, lo confirmo para el jueves, pero tened en cuenta que estamos en el
polígono Cobo Calleja, nave 14, con entrada por la calle de atrás
(Fundidores). Sin cita previa no descargamos: que el conductor llame al
91 000 45 67 media hora antes. Horario de muelle de 7:00 a 14:00.

Gracias,
Susana

> Su entrega 7712 (3 palés) está prevista para el jueves 20 entre las 8:00
> y las 13:00. Responda a este correo si necesita indicar instrucciones de
> entrega."""),
("es", "b114-co-cambio-contacto-itagui", "Gerencia Administrativa <gerencia@lacteosvillaverde.example.com.co>", "Actualización de datos", "general", "",
"""Buenas tardes.

Les informo que a partir de la fecha la persona encargada de coordinar las
recolecciones en nuestra planta de Itagüí es el señor Julián Andrés
Restrepo, celular 310 000 4455, correo
julian.restrepo@lacteosvillaverde.example.com.co. La señora Diana Cardona ya
no labora con nosotros. Favor actualizar sus registros.

Cordialmente,
Gerencia Administrativa, Lácteos Villaverde"""),
("es", "b114-rgpd-acceso-grabaciones", "Francisco Javier Cuesta <fjcuesta@example.es>", "Ejercicio del derecho de acceso", "general", "",
"""A la atención del Delegado de Protección de Datos:

Por medio de la presente ejerzo mi derecho de acceso conforme al artículo
15 del RGPD. Solicito copia de todos los datos personales que tratan sobre
mí, incluidas las grabaciones de las llamadas que hice a su servicio de
atención en abril y mayo, y la finalidad con la que las conservan.

Adjunto copia de mi DNI.

Atentamente,
Francisco Javier Cuesta Roldán"""),
("es", "b114-mx-patrocinio-halcones", "Joel Garza <profejoel.halcones@example.com.mx>", "Patrocinio equipo infantil", "general", "",
"""Hola, buenas tardes. Soy el entrenador del equipo de futbol infantil
Halcones de Apodaca (niños de 9 a 12 años). Vemos pasar sus camiones todos
los días por la colonia y queríamos saber si a su empresa le interesaría
patrocinar los uniformes de la temporada. Con unos $12,000 pesos cubrimos
los 18 uniformes y pondríamos su logo en la playera.

Quedo atento,
Profe Joel Garza"""),
("es", "b114-cl-invitacion-seminario-valparaiso", "Carolina Muñoz <cmunoz@example.cl>", "Invitación seminario", "general", "",
"""Estimados,

Desde la Escuela de Ingeniería Industrial estamos organizando un seminario
sobre comercio exterior y logística portuaria el 14 de octubre en
Valparaíso. Nos encantaría contar con alguien de su área de agenciamiento
de aduanas para una charla de 30 minutos sobre su experiencia. ¿Con quién
podría coordinarlo?

Saludos cordiales,
Prof. Carolina Muñoz"""),
("es", "b114-queja-repartidor-urgente", "Montse Álvarez <montse@libreriavetusta.example.es>", "QUEJA REPARTIDOR", "general", "",
"""Es URGENTE que sepáis cómo trata vuestro repartidor a la gente. Esta
mañana en nuestra librería de la calle Uría ha dejado las cajas tiradas en
el suelo de la entrada, ha dicho que no pensaba meterlas "que para eso no
le pagan" y se ha ido sin esperar a que firmáramos. NO ES LA PRIMERA VEZ.
Hablad con él.

Montse
Librería Vetusta, Oviedo"""),
("es", "b114-ar-cuadrilla-insulto-gerente", "Verónica Ledesma <vledesma@ledesmayasoc.example.com.ar>", "Trato de sus empleados", "general", "high",
"""Buen día,

El sábado hicieron la mudanza de nuestras oficinas en Rosario. Uno de los
muchachos de la cuadrilla le gritó a nuestra recepcionista, le dijo cosas
groseras sobre su aspecto y, cuando le pedí que se calmara, me contestó de
muy mala manera delante de todos. El resto del equipo se portó bien, pero
esto no lo voy a dejar pasar.

Quiero que el gerente de la empresa se comunique conmigo, no un operador.
Espero el llamado esta semana.

Lic. Verónica Ledesma
Ledesma & Asociados"""),
("es", "b114-mx-cedis-rack-garrafones", "Efraín Torres <transportestorres@example.com.mx>", "Zona de espera de operadores", "general", "high",
"""Buen día. Les aviso de algo que vi ayer en su CEDIS de Tultitlán. En la
zona donde los operadores esperamos a que nos asignen andén hay un rack con
tarimas de garrafones mal acomodadas, una está salida más de la mitad. Ayer
se cayó un garrafón desde arriba y reventó a un lado de un compañero. Nadie
ha movido nada. Lo reporto antes de que le caiga a alguien.

Saludos,
Efraín Torres
Operador, Transportes Torres"""),
("es", "b114-envios-canarias-dua", "Carlos Rubio <carlos@distribucionesrubio.example.es>", "Envios a Canarias", "general", "",
"""Hola, una pregunta: haceis envios de pales a Canarias desde Madrid? Somos
una distribuidora pequeña y nunca hemos mandado alli. Que documentacion
hace falta, hay que hacer DUA aunque sea dentro de España? Gracias.

Carlos"""),
("es", "b114-no-queja-donar-mobiliario", "Rocío Benítez <rocio.benitez@gestoriabenitez.example.es>", "Consulta", "general", "",
"""Buenos días,

No es ninguna queja ni quiero ningún descuento, la mudanza del año pasado
fue perfecta. Os escribo porque vamos a renovar el mobiliario de la oficina
y tenemos 30 sillas y 12 mesas en buen estado que nos gustaría donar a una
ONG del barrio. ¿Hacéis retiradas de ese tipo? ¿Sabéis de alguna entidad
que las acepte?

Gracias,
Rocío Benítez"""),
]
M += [
# ---------------- Polish ----------------
("pl", "b114-doplata-paliwowa-poznan", "Agnieszka Wróbel <zakupy@meblewrobel.example.pl>", "Faktura FV/2024/06/118", "billing", "",
"""Dzień dobry,

na fakturze FV/2024/06/118 za przewóz 5 palet z Poznania do Rzeszowa
pojawiła się pozycja „dopłata paliwowa 16%”, której nie było w ofercie.
Czy to stała opłata? Dlaczego nikt o niej nie wspomniał przy zamówieniu?
Proszę o wyjaśnienie, bo na tej podstawie liczymy ceny dla klientów.

Pozdrawiam
Agnieszka Wróbel
Dział zakupów, Meble Wróbel sp. z o.o."""),
("pl", "b114-pytanie-podwojne-doladowanie", "Tomek Rybak <sklep@rybakrybka.example.pl>", "Pytanie", "billing", "high",
"""Dzien dobry,

w czwartek doladowalem konto kurierskie firmy kwota 500 zl karta, a z
konta bankowego zeszlo dwa razy po 500 zl. W panelu saldo wzroslo tylko o
500. Pisze juz trzeci raz i nikt nie odpowiada. Jesli do piatku nie bedzie
zwrotu drugiej platnosci, skladam w banku reklamacje transakcji
(chargeback).

Login: sklep@rybakrybka.example.pl
Tomek Rybak"""),
("pl", "b114-korekta-nip-magazynowanie", "Ewa Sobczak <ewa.sobczak@example.pl>", "Korekta faktury", "billing", "",
"""Dzień dobry,

na fakturze nr 4471/05/2024 za magazynowanie jest błędny NIP – ostatnie
dwie cyfry są zamienione miejscami. Poprawny NIP to 525-000-41-87. Prosimy
o wystawienie faktury korygującej, bo księgowa nie może jej zaksięgować.

Dziękuję,
Ewa Sobczak"""),
("pl", "b114-wycena-odprawy-kontener-gdansk", "Michał Kamiński <michal@velokaminski.example.pl>", "Wycena odprawy celnej", "billing", "",
"""Dzień dobry,

sprowadzamy pierwszy raz kontener 40' z rowerami z Tajwanu, przypłynie do
Gdańska pod koniec sierpnia. Ile kosztuje u Państwa odprawa celna
importowa i ile dodatkowo transport z portu do naszego magazynu pod
Bydgoszczą? Czy przy stałej współpracy (ok. 1 kontener miesięcznie)
przewidują Państwo rabat?

Z poważaniem
Michał Kamiński
Velo Kamiński"""),
("pl", "b114-syn-na-studia-koniec-pakietu", "Halina Zając <halina.swiece@example.pl>", "Nasz sklepik", "billing", "",
"""Dzień dobry,

prowadziliśmy z synem mały sklep internetowy z ręcznie robionymi świecami.
Syn od października wyjeżdża na studia do Wrocławia, a ja sama nie dam rady
pakować paczek, więc z końcem września zamykamy działalność. Proszę od
października nie pobierać już opłaty 99 zł za pakiet odbiorów kurierskich.

Dziękuję za współpracę, kurierzy zawsze byli bardzo mili.
Halina Zając"""),
("pl", "b114-zawieszenie-abonamentu-remont-hali", "Rafał Nowicki <logistyka@stolarkanowicki.example.pl>", "Lipiec–sierpień", "billing", "",
"""Dzień dobry,

w lipcu i sierpniu mamy remont hali produkcyjnej i przez te dwa miesiące
nic nie będziemy wysyłać. Czy można zawiesić abonament na odbiory palet
na ten czas i wznowić go od 1 września bez podpisywania nowej umowy? Nie
chcemy płacić za coś, z czego nie korzystamy.

Pozdrawiam
Rafał Nowicki
Kierownik logistyki, Stolarka Nowicki"""),
("pl", "b114-zwrot-nadwyzki-kartonow", "Kasia Lis <kasia@pakujto.example.pl>", "Zamowienie 50233", "billing", "",
"""Dzien dobry, zamowilismy 500 kartonow klapowych 600x400x400, a okazalo
sie, ze potrzebujemy tylko 300. 200 sztuk lezy nieotwartych w oryginalnych
paczkach. Czy mozemy je odeslac i dostac zwrot pieniedzy? Kto placi za
transport?

Pozdrawiam, Kasia z Pakuj.to"""),
("pl", "b114-kaucja-palety-eur-strykow", "Jolanta Pawlak <ksiegowosc@piekarniazlotyklos.example.pl>", "Palety EUR – kaucja", "billing", "",
"""Dzień dobry,

w maju oddaliśmy na Państwa terminal w Strykowie 60 palet EUR (protokół
zwrotu nr ZW/0519, podpisany przez magazyniera). Kaucja wynosi 45 zł za
paletę, czyli 2700 zł, a w rozliczeniu za maj nadal figuruje jako nasze
zobowiązanie. Proszę o korektę i zwrot kaucji.

Z poważaniem
Jolanta Pawlak
Księgowość, Piekarnia Złoty Kłos"""),
("pl", "b114-przelew-30-dni-split-payment", "Marek Duda <marek@hurtowniaduda.example.pl>", "Płatności", "billing", "",
"""Dzień dobry, czy możemy płacić za usługi spedycyjne przelewem z 30-dniowym
terminem zamiast przedpłaty? Od przyszłego miesiąca będziemy wysyłać ok. 20
palet tygodniowo. Pytam też, czy faktury powyżej 15 tys. zł wystawiają
Państwo z adnotacją „mechanizm podzielonej płatności”.

Pozdrawiam
Marek Duda
Hurtownia Elektryczna Duda"""),
("pl", "b114-przeprowadzka-rzecznik-uokik", "Anna Kowalska-Lis <anna.kowalskalis@example.pl>", "Przeprowadzka – zawyżona kwota", "billing", "high",
"""Dzień dobry,

w ofercie mailowej z 2 maja podali Państwo cenę 1800 zł brutto za
przeprowadzkę mojego mieszkania z domowym biurem z Mokotowa na Ursynów. Po
rozładunku kierownik ekipy zażądał 2900 zł, bo „było dużo kartonów” i
„trzecie piętro bez windy”. Piętro i brak windy podałam przy wycenie.
Zapłaciłam, bo ekipa nie chciała wnieść reszty rzeczy.

Żądam zwrotu 1100 zł. Jeśli nie dostanę odpowiedzi w ciągu 7 dni, zgłoszę
sprawę do miejskiego rzecznika konsumentów i do UOKiK.

Anna Kowalska-Lis"""),
("pl", "b114-faktury-po-wypowiedzeniu-kierownik", "Grzegorz Lewandowski <g.lewandowski@lewandowskihurt.example.pl>", "Faktury po wypowiedzeniu umowy", "billing", "high",
"""Dzien dobry,

umowe na magazynowanie wypowiedzielismy w styczniu z zachowaniem
3-miesiecznego okresu, towar zabralismy 30 kwietnia. A Panstwo dalej
wystawiacie faktury: maj, czerwiec, lipiec, po 2400 zl netto. Dzwonilem 4
razy, za kazdym razem ktos "przekaze dalej".

Prosze o kontakt kierownika dzialu rozliczen albo dyrektora oddzialu, nie
kolejnej osoby z infolinii. Faktury prosze anulowac.

Grzegorz Lewandowski
Lewandowski Hurt, Lodz"""),
("pl", "b114-nota-przestoj-kontenera-sad", "Wojciech Zieliński <zarzad@zielinskitrade.example.pl>", "Nota obciążeniowa NO/118/2024", "billing", "high",
"""Szanowni Państwo,

nie akceptujemy noty obciążeniowej NO/118/2024 na kwotę 3480 EUR za
przestój kontenera w porcie w Gdyni. Kontener stał 12 dni wyłącznie
dlatego, że Państwa spedytor nie zamówił na czas transportu, mimo naszego
pisemnego zlecenia z 3 czerwca (w załączniku).

Nota nie zostanie zapłacona. Jeżeli nie zostanie anulowana w ciągu 14 dni,
skierujemy sprawę do sądu i będziemy dochodzić odszkodowania za utracone
zamówienia.

Z poważaniem
Wojciech Zieliński
Prezes Zarządu, Zieliński Trade sp. z o.o."""),
("pl", "b114-re-wycena-przeprowadzki-rabat", "Beata Szymańska <office@softwerk.example.pl>", "Re: Wycena przeprowadzki biura – ul. Grunwaldzka", "billing", "",
"""Dzień dobry Panie Piotrze,

dziękuję za wycenę. Zarząd ją zaakceptuje, jeśli uda się zejść o 10% –
inna firma dała nam podobną cenę, ale z demontażem mebli w cenie. Czy jest
taka możliwość? Termin 14–15 września nadal aktualny.

Pozdrawiam
Beata Szymańska
Office Manager, Softwerk Gdańsk

> Dzień dobry,
> w załączeniu wycena przeprowadzki biura (35 stanowisk, archiwum,
> serwerownia): 14 800 zł netto, demontaż i montaż mebli +2200 zł.
> Pozdrawiam, Piotr Kubiak"""),
("pl", "b114-kierowca-ok-faktura-w-euro", "Dorota Kaczmarek <d.kaczmarek@example.pl>", "Zlecenie 7720", "billing", "",
"""Dzień dobry,

kierowca był w porządku, towar dojechał cały i na czas, więc to nie jest
reklamacja przewozu. Chodzi o fakturę – została wystawiona w euro (640
EUR), a umawialiśmy się na 2750 zł netto. Prosimy o wystawienie faktury w
złotówkach, zgodnie ze zleceniem.

Pozdrawiam
Dorota Kaczmarek"""),
("pl", "b114-panel-list-przewozowy-blad", "Monika Zielińska <monika@sklepzielnik.example.pl>", "Panel klienta", "technical", "",
"""Dzień dobry, od rana w panelu klienta przy generowaniu listu przewozowego
pojawia się komunikat „Wystąpił nieoczekiwany błąd (kod 0x17)” i etykieta
się nie tworzy. Próbowałam w Chrome i Edge, na dwóch komputerach. Wczoraj
wszystko działało. Co mam zrobić?

Monika, Sklep Zielnik"""),
("pl", "b114-link-resetu-wygasl", "Krzysiek Bąk <biuro@drewmax.example.pl>", "Haslo", "technical", "",
"""Nie moge sie zalogowac do konta firmowego. Klikam "nie pamietam hasla",
przychodzi mail, klikam link od razu i pisze, ze link wygasl. Probowalem 5
razy. Login: biuro@drewmax.example.pl. Pomozcie prosze.

Krzysiek"""),
("pl", "b114-stany-zero-nic-nie-wyjezdza", "Bartosz Wiśniewski <bartosz@kawanalawe.example.pl>", "Od wczoraj nic nie wyjechało", "technical", "high",
"""Dzień dobry,

od wczoraj od 11:00 z Państwa magazynu nie wyjechała ani jedna nasza
paczka. Magazynierzy mówią, że „system nie widzi towaru” – wszystkie nasze
produkty mają w Państwa systemie stan 0, chociaż palety stoją na regałach.
W sklepie czeka 412 zamówień, klienci piszą na Facebooku, że ich
oszukujemy, a kurier odjechał z pustymi rękami. Nic u nas nie zmienialiśmy.

Proszę o pilny kontakt kogoś technicznego.

Bartosz Wiśniewski
Właściciel, Kawa Na Ławę sp. z o.o."""),
("pl", "b114-chlodnia-komora-3-temperatura", "Tomasz Jabłoński <t.jablonski@vetfarm.example.pl>", "Komora 3", "technical", "high",
"""Dzień dobry,

w Państwa portalu monitoringu od 2:40 w nocy komora chłodnicza nr 3 w
Błoniu pokazuje +13°C zamiast 2–8°C i temperatura dalej rośnie.
Przechowujemy tam u Państwa szczepionki weterynaryjne dla lecznic w całej
Polsce. Na numer dyżurny nikt nie odbiera.

Proszę o natychmiastowy kontakt i sprawdzenie agregatu: 602 000 918.

dr Tomasz Jabłoński
Vetfarm Dystrybucja"""),
("pl", "b114-regaly-niezakotwione-chwieja", "Zbigniew Malinowski <magazyn@agromal.example.pl>", "Regały po montażu", "technical", "high",
"""Dzień dobry,

w regałach paletowych, które Państwa ekipa zamontowała u nas w zeszłym
tygodniu, w kilku belkach brakuje zabezpieczeń, a dwie stopy w trzecim
rzędzie nie są przykręcone do posadzki. Przy wjeździe wózkiem cały rząd
lekko się chwieje. Na razie zdjęliśmy z niego palety z górnych poziomów i
odgrodziliśmy alejkę taśmą. Prosimy o przyjazd montażystów.

Pozdrawiam
Zbigniew Malinowski
Kierownik magazynu, Agro-Mal"""),
("pl", "b114-tunel-termokurczliwy-dym", "Iwona Krawczyk <iwona@kosmetykilawenda.example.pl>", "Tunel termokurczliwy", "technical", "high",
"""Dzień dobry, tunel termokurczliwy do folii, który kupiliśmy od Państwa w
marcu, od kilku dni bardzo się nagrzewa z boku obudowy (nie da się
przyłożyć ręki), a wczoraj z panelu sterowania poszedł dym. Odłączyliśmy
go od prądu i nie używamy. Prosimy o przyjazd serwisu, urządzenie jest na
gwarancji.

Pozdrawiam
Iwona Krawczyk
Kosmetyki Lawenda"""),
("pl", "b114-nie-reklamacja-aplikacja-skaner", "Artur Pawłowski <artur.pawlowski@example.pl>", "Aplikacja", "technical", "",
"""Dzień dobry, to nie jest reklamacja faktury ani przesyłki. Aplikacja
mobilna dla firm wyłącza się za każdym razem, gdy próbuję zeskanować kod
kreskowy paczki aparatem. Telefon Xiaomi, Android 14, aplikacja
zaktualizowana wczoraj. Reinstalacja nie pomogła.

Pozdrawiam
Artur"""),
("pl", "b114-drukarka-rozmazane-kody", "Ola Kot <ola@ceramikaspodboleslawca.example.pl>", "drukarka etykiet", "technical", "",
"""Dzien dobry, drukarka etykiet, ktora wypozyczylismy razem z umowa
kurierska, drukuje rozmazane kody kreskowe i kurier nie moze ich
zeskanowac. Wymienilismy rolke i wyczyscilismy glowice. Co dalej?

Pozdrawiam, Ola
Ceramika spod Bolesławca"""),
("pl", "b114-sledzenie-nie-znaleziono", "Patrycja Wilk <patrycja@herbaciarniaczajnik.example.pl>", "Numer przesyłki", "technical", "",
"""Dzień dobry, od wczoraj na Państwa stronie żaden nasz numer przesyłki nie
działa – wyskakuje „Nie znaleziono przesyłki”, także dla paczek, które
wczoraj rano normalnie się śledziły. Klienci nas o to pytają. Czy coś się
zmieniło?

Patrycja
Herbaciarnia Czajnik"""),
("pl", "b114-paleciak-nie-podnosi", "Sławomir Górski <sklad@opalgorski.example.pl>", "Wózek paletowy", "technical", "",
"""Ręczny wózek paletowy kupiony u Państwa w lutym przestał podnosić –
pompujemy, a paleta po chwili sama powoli opada. Pod pompą widać olej.
Wózek jest na gwarancji. Co robimy?

Sławomir Górski
Skład Opału Górski"""),
("pl", "b114-po-przeprowadzce-biurka-nie-jada", "Justyna Adamczyk <biuro@adamczyk-rachunki.example.pl>", "Po przeprowadzce", "technical", "",
"""Dzień dobry,

dziękujemy za sprawną przeprowadzkę w sobotę. Jedna sprawa: dwa z biurek z
elektryczną regulacją wysokości, które ekipa rozkręcała i składała, nie
reagują teraz na przyciski – wyświetlacz się świeci, ale silnik nie rusza.
Pozostałe działają. Czy ktoś mógłby przyjechać i sprawdzić okablowanie?

Pozdrawiam
Justyna Adamczyk
Biuro Rachunkowe Adamczyk, Katowice"""),
("pl", "b114-zamowienie-tasma-nie-klei", "Adam Sikora <adam@sikora-sklep.example.pl>", "Zamówienie 50871", "technical", "",
"""Dzien dobry. Tasma pakowa, ktora przyszla w zamowieniu 50871 (36 rolek,
przezroczysta), w ogole nie trzyma – po godzinie kartony sie otwieraja, a
klej zostaje na rolce. Poprzednia partia byla ok, magazyn ogrzewany, nic
sie u nas nie zmienilo. Co to moze byc?

Pozdr.
Adam"""),
("pl", "b114-powiadomienia-krzaczki", "Ilona Mazur <ilona@zoltykot.example.pl>", "Powiadomienia dla klientów", "technical", "",
"""Dzień dobry, od aktualizacji w zeszłym tygodniu SMS-y i maile z
powiadomieniem o nadaniu, które dostają nasi klienci, mają „krzaczki”
zamiast polskich liter (np. „PrzesyÅ‚ka”), a nazwa sklepu wyświetla się
jako „Å»Ã³Å‚ty Kot”. Wygląda to fatalnie. Prosimy o poprawkę.

Pozdrawiam
Ilona, Żółty Kot"""),
("pl", "b114-terminal-2-maja", "Leszek Wojda <leszek.wojda@example.pl>", "Majówka", "general", "",
"""Dzień dobry, czy terminal w Komornikach będzie czynny 2 maja? Chcielibyśmy
odebrać osobiście dwie palety, które przyjdą 30 kwietnia. Jeśli tak, to w
jakich godzinach?

Pozdrawiam
Leszek"""),
("pl", "b114-podziekowania-biblioteka-szkolna", "Sekretariat SP 7 <sekretariat@sp7.example.edu.pl>", "Podziękowania", "general", "",
"""Szanowni Państwo,

chcieliśmy bardzo podziękować ekipie pana Mariusza, która w ubiegły
weekend przenosiła naszą bibliotekę szkolną i pokój nauczycielski do
nowego budynku. Kilka tysięcy książek spakowanych i ustawionych na półkach
dokładnie w tej kolejności co wcześniej – nie spodziewaliśmy się tego.
Panowie byli uprzejmi, punktualni i jeszcze pomogli przenieść pianino.

Z wyrazami szacunku
Dyrekcja Szkoły Podstawowej nr 7 w Tarnowie"""),
("pl", "b114-klucze-w-szoferce", "Marta Nowak <m.nowak@kancelaria-nowak.example.pl>", "Klucze", "general", "",
"""Dzien dobry, podczas wczorajszej przeprowadzki biura z Dabrowskiego na
Garbary chyba zostawilam w szoferce Waszego auta pek kluczy do starego
biura (czerwony brelok z logo kancelarii). Musimy je oddac wlascicielowi
budynku do piatku. Czy kierowca cos znalazl?

Marta Nowak
Kancelaria Nowak i Wspolnicy"""),
("pl", "b114-dostawa-szewska-strefa", "Karolina Dąbrowska <karolina@kawiarniaszewska.example.pl>", "Dostawa 12.09", "general", "",
"""Dzień dobry, w sprawie dostawy 3 palet do naszej kawiarni w czwartek
12.09: lokal jest przy ul. Szewskiej w Krakowie, w strefie ograniczonego
ruchu – auto dostawcze może wjechać tylko do 10:00. Proszę też o auto z
windą, nie mamy wózka widłowego, a wejście jest od podwórza przez bramę
nr 3. Kontakt do mnie: 512 000 334.

Dziękuję,
Karolina"""),
("pl", "b114-zmiana-osoby-kontaktowej-tychy", "Metalbud Tychy <biuro@metalbud-tychy.example.pl>", "Zmiana osoby kontaktowej", "general", "",
"""Dzień dobry,

uprzejmie informuję, że od 1 czerwca osobą kontaktową w sprawie odbiorów z
naszego zakładu w Tychach jest Pan Dariusz Wójcik, tel. 697 000 210,
d.wojcik@metalbud-tychy.example.pl. Pani Renata Kozieł przeszła do innego
działu. Proszę o aktualizację danych i kierowanie awizacji na nowy adres.

Z poważaniem
Metalbud Tychy"""),
("pl", "b114-rodo-sms-reklamowe", "Łucja Michalska <lucja.michalska@example.pl>", "Wniosek z art. 15 RODO", "general", "",
"""Dzień dobry,

na podstawie art. 15 RODO proszę o informację, jakie moje dane osobowe
Państwo przetwarzają, w jakim celu i komu je udostępniono, oraz o kopię
tych danych. Kilka razy byłam odbiorcą Państwa przesyłek, a ostatnio
dostaję od Państwa SMS-y reklamowe, na które nie wyrażałam zgody.

Łucja Michalska
ul. Lipowa 4/12, 20-020 Lublin"""),
("pl", "b114-sponsoring-siatkowka-turniej", "Adam Pietrzak <trener.kometa@example.pl>", "Propozycja wspolpracy", "general", "",
"""Dzien dobry, jestem trenerem mlodziczek w klubie siatkarskim UKS Kometa
Kutno. Szukamy sponsora na wyjazd dziewczyn na turniej w Czechach w lipcu
(autokar i nocleg, ok. 9000 zl). W zamian mozemy umiescic logo na
koszulkach i banerze w hali. Czy Panstwa firma bylaby zainteresowana?

Pozdrawiam serdecznie
Adam Pietrzak"""),
("pl", "b114-wizyta-studentow-centrum", "Renata Olszewska <r.olszewska@example.edu.pl>", "Wizyta studyjna", "general", "",
"""Szanowni Państwo,

prowadzę zajęcia z logistyki magazynowej na kierunku Logistyka na naszej
uczelni w Łodzi. Czy organizują Państwo dni otwarte lub wizyty studyjne w
centrum dystrybucyjnym? Chodzi o grupę ok. 20 studentów, termin w
listopadzie, około dwóch godzin.

Z wyrazami szacunku
dr Renata Olszewska"""),
("pl", "b114-kurier-rzucal-kartonami", "Henryk Kubiak <galeria@glina-kubiak.example.pl>", "Kurier", "general", "",
"""Wasz kurier dzisiaj rzucał naszymi kartonami z paki na chodnik, a jak
zwróciłem uwagę, to zaczął przeklinać i powiedział, że „ma jeszcze 80
adresów i nie będzie się bawił”. W kartonach była ceramika!!! Na szczęście
nic się nie stłukło. Proszę z nim porozmawiać, bo to nie pierwszy raz.

Henryk Kubiak
Galeria Glina"""),
("pl", "b114-magazynier-obrazil-kierownik", "Jacek Borkowski <j.borkowski@borkowskitransport.example.pl>", "Skarga na pracownika terminalu w Gliwicach", "general", "high",
"""Dzień dobry,

w poniedziałek nasza pracownica, pani Sylwia, przyjechała do Państwa
terminalu w Gliwicach odebrać dokumenty. Jeden z magazynierów zaczepiał
ją, komentował jej wygląd, a kiedy poprosiła, żeby przestał, zwyzywał ją
przy innych kierowcach. Pani Sylwia wróciła do biura roztrzęsiona.

Żądam rozmowy z kierownikiem terminalu i informacji, jakie konsekwencje
wyciągną Państwo wobec tego pracownika.

Jacek Borkowski
Dyrektor, Borkowski Transport"""),
("pl", "b114-rampa-bez-barierki", "Kamil Szewczyk <kamil.szewczyk@example.pl>", "Rampa nr 5", "general", "high",
"""Dzień dobry,

chciałem tylko zgłosić, że na rampie nr 5 w Państwa magazynie w Gliwicach
od kilku tygodni brakuje barierki na końcu pomostu, a właśnie tam kierowcy
czekają na rozładunek. Dzisiaj kolega, cofając się przy paletach, o mało
nie spadł z wysokości ponad metra. Nic mu się nie stało. Może warto to
zabezpieczyć, zanim ktoś się połamie.

Pozdrawiam
Kamil Szewczyk, kierowca"""),
("pl", "b114-towary-niebezpieczne-farby", "Edyta Jasińska <edyta@farbex.example.pl>", "Towary niebezpieczne", "general", "",
"""Dzień dobry, produkujemy farby i rozpuszczalniki w małych opakowaniach i
chcemy zacząć wysyłać palety do klientów w Niemczech i Czechach. Część
towaru ma oznaczenia ADR. Czy przewożą Państwo towary niebezpieczne i
jakie dokumenty musimy przygotować?

Pozdrawiam
Edyta Jasińska
Farbex"""),
("pl", "b114-pilne-przesuniecie-odbioru", "Beata Malec <beata@ogrodybeaty.example.pl>", "PILNE!!! odbiór", "general", "",
"""PILNE!!! Jutrzejszy odbiór palety (zlecenie 66512) prosimy przesunąć z
8:00 na 13:00, bo rano mamy inwentaryzację i brama będzie zamknięta.
Dzięki!

Beata, Ogrody Beaty"""),
]
