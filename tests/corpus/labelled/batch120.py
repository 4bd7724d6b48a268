# batch120.py -- labelled mails held out of the tree until the rules it
# measures are final: nothing is tuned or trained on them.  Kinds of
# business: hospitality suppliers -- restaurant booking platforms,
# restaurant tills, delivery platforms for restaurants, hotel channel
# managers, hotel laundries and linen rental, commercial kitchen repairs.
# Covers escalation demands that keep their topic, legal threats and
# chargebacks, negations, subjects that say nothing or something else,
# replies quoting an earlier mail, plans ended or paused in other words,
# business outages told only by their consequences, safety hazards told
# calmly, praise and thanks, payment questions, and everyday mail of all
# three queues, in English, Greek (with Greeklish), Spanish and Polish.
# Same tuple format as the earlier batches:
# (lang, slug, from, subject, queue, priority, body).
M += [
# ---------------- English ----------------
("en", "b120-table-deposit-restaurant-cancelled", "Harriet Cole <harriet.cole@example.co.uk>", "Deposit for 14 Feb", "billing", "",
"""Hello,

I booked a table for two at Maison Rouge in Leeds through your site for
Valentine's night and paid a 40.00 deposit when booking. On the 13th the
restaurant rang me to say they'd had a flood in the kitchen and were
closing for the week, so the booking was cancelled by them, not me.

That was three weeks ago and the 40.00 still hasn't come back to my
card. The booking reference is TB-774120. Could you chase this please?

Kind regards,
Harriet Cole"""),
("en", "b120-noshow-fee-card-dispute", "Tyler Brooks <tyler.brooks@example.com>", "No-show charge - I cancelled", "billing", "high",
"""I was charged $100 ($25 x 4 guests) as a "no-show fee" by Harbor & Pine
through your reservation app for last Friday. I cancelled that booking in
the app on Tuesday, three full days before, and I have the cancellation
confirmation email with the time stamp on it. Your policy says 24 hours.

I've already written to the restaurant, they told me to contact you. If
the $100 isn't back on my card by the end of next week I'm disputing the
charge with my card issuer and sending them the confirmation email.

Tyler Brooks
Portland, OR"""),
("en", "b120-commission-30-not-25", "Bronwyn Hughes <bronwyn@saltandpepper-cafe.example>", "Statement for March", "billing", "",
"""Hi team,

Just going through the March statement for Salt & Pepper Cafe
(Fremantle). Our agreement says 25% commission on delivery orders and 15%
on pick-up, but the statement has every single order at 30%, pick-ups
included. On about AUD 11,400 of orders that's a fair bit of money for a
small cafe.

Can someone recalculate it and send a corrected statement? I've attached
the signed agreement page (well, I meant to - will send it separately if
it didn't come through).

Cheers,
Bronwyn"""),
("en", "b120-paddys-cafe-till-not-opening-again", "Maureen Brennan <maureen.brennan@example.ie>", "Paddy's cafe", "billing", "",
"""Dear Sir or Madam,

My husband Paddy ran the little cafe on Main Street in Kilkee for
twenty-two years and he used your till system. He passed away in
January and I won't be opening the cafe again, I'm not able for it on my
own.

I see there is still 49 euro a month going out of the account for the
till. Could you stop that please, and tell me what I need to do with the
machine. My daughter is helping me with the post so you can write to
this address.

Yours faithfully,
Maureen Brennan"""),
("en", "b120-hotel-closed-nov-march", "Tom Penrose <tom@porthkerris-inn.example>", "Off season", "billing", "",
"""Morning,

Same as every year we shut from the first week of November until mid
March. Last winter your channel manager kept taking the full 89 pounds a
month the whole time we were closed with nothing to sell. Is there a way
to put the account on hold for those months this year? Happy to keep the
room setup and rates as they are so we don't have to redo everything in
spring.

Tom Penrose
Porthkerris Inn"""),
("en", "b120-pillowcases-charged-as-lost", "Housekeeping <housekeeping@thegrangehotel.example>", "Invoice LR-30817 - lost items", "billing", "",
"""Hello,

Invoice LR-30817 includes a charge of 138.00 for "60 pillowcases not
returned". We returned them. They went back in the cages on 4 and 11
September and your driver signed both collection notes with the counts
on them - I have copies.

Please remove the charge and send an amended invoice. Our accounts
department won't pay the invoice until it's corrected.

Regards,
Anjali Sharma
Head Housekeeper, The Grange Hotel"""),
("en", "b120-repair-invoice-hours", "Gareth Pryce <gareth@pryces-kitchen.example>", "Invoice KR-20931", "billing", "",
"""Hi,

Your invoice KR-20931 for the repair on our griddle shows 3 hours labour
at 72 an hour. The engineer arrived at 10:40 and left before 12, our CCTV
has him coming and going. I'm happy to pay for what was done, the
griddle's fine now, but I'm not paying for three hours.

Please revise it to the actual time.

Gareth Pryce
Pryce's Kitchen, Cardiff"""),
("en", "b120-gst-invoices-not-technical", "Rohan Mehta <rohan.mehta@example.in>", "GST invoice required", "billing", "",
"""Dear Support Team,

Kindly note this is not a technical issue, the reservation software is
working fine at our end. We require proper GST invoices for the monthly
subscription of Rs 4,999 for the months of April to September for our
restaurant Spice Route, Koramangala. The receipts we are getting in email
do not show our GSTIN (29ABCDE1234F1Z5) and our CA is not accepting them.

Kindly do the needful at the earliest.

Thanks and regards,
Rohan Mehta
Spice Route Restaurant, Bengaluru"""),
("en", "b120-re-weekly-payout-short", "Accounts <accounts@thegoldenwok.example>", "Re: Your weekly payout has been sent", "billing", "",
"""Hi,

The payout that actually landed in our account on Wednesday was
1,084.20, not 1,284.20 as below. Exactly 200 short. Nothing on the
statement explains it - no refunds, no adjustments listed. Can you tell
us where the other 200 went?

Li Na Chen
The Golden Wok, Manchester

On Tue, 14 May, Partner Payments <payments@example-eats.co.uk> wrote:
> Hi The Golden Wok,
>
> Your payout for the week 6-12 May has been sent.
> Amount: 1,284.20 GBP
> Expected in your account within 1-2 working days.
>
> Thanks for being a partner."""),
("en", "b120-linen-exit-fee-solicitor", "Richard Ashworth <r.ashworth@example.co.uk>", "Termination of linen rental agreement", "billing", "high",
"""Dear Sirs,

As you were told in writing on 2 August, The Old Rectory Hotel was sold
and ceased trading on 30 September. The new owners have their own
laundry arrangements. We gave the three months' notice set out in clause
9 of our agreement.

You have nonetheless invoiced us an "early exit fee" of 2,400.00 plus VAT.
There is no such fee in the agreement we signed. I have passed the
matter to our solicitor, who will write to you if the invoice is not
withdrawn within 14 days.

Richard Ashworth
Former proprietor, The Old Rectory Hotel"""),
("en", "b120-dining-voucher-service-charge", "Fiona MacLeod <fiona.macleod@example.co.uk>", "Voucher", "billing", "",
"""Hi there, I was given one of your 50 pound dining vouchers for my
birthday. If the bill comes to more than that can I pay the rest on card
at the restaurant? And does the voucher cover the service charge or just
the food? Thanks, Fiona"""),
("en", "b120-card-machine-weekends-only", "Declan Murphy <declan@murphysbakehouse.example>", "Card machine", "billing", "",
"""Hi, we've cut back to Friday, Saturday and Sunday only since the
summer. We're paying 35 euro a month for the card machine plus the
transaction fees, which made sense when we were open seven days. Have
you a cheaper plan for a business that only opens weekends? Thanks,
Declan"""),
("en", "b120-question-annual-billing", "Maria Gonzalez <maria@casitataqueria.example>", "Question", "billing", "",
"""Hey! We've been on your monthly plan for the POS ($129/mo) for about 8
months now and we're happy with it. Is there a discount if we pay for
the whole year up front? And if we switch to annual, does the card
reader rental get rolled into that or is it still separate?

Maria
Casita Taqueria, Austin TX"""),
("en", "b120-hello-setup-fee-twice", "Liam O'Connor <liam@bondibrewhouse.example>", "Hello", "billing", "",
"""G'day,

Signed up for the online ordering last week and the setup fee of AUD
299 has come out of our account twice on the same day. Can you refund
the second one please.

Liam O'Connor
Bondi Brewhouse"""),
("en", "b120-saturday-napkins-cash-only", "Sophie Grant <sophie@thecopperpot.example>", "Saturday night", "technical", "high",
"""It's 8:15 on a Saturday and my waiters are taking orders on napkins
and running them to the pass. Nothing on any of the terminals, just the
spinning wheel since 7. We can't print bills so we're adding them up by
hand and we can only take cash. Two tables of six have walked out
already and we've turned away the walk-ins.

Please ring me on 07700 900461. I've been on hold on your support line
for 35 minutes.

Sophie Grant
The Copper Pot, Brighton"""),
("en", "b120-kitchen-printer-not-the-bill", "Chef Raj <raj@tandoorinights.example>", "Printer", "technical", "",
"""This isn't about the bill you sent, that's fine. Since your update on
Monday night the kitchen printer doesn't print the tickets for the
tandoor section any more. Bar and main kitchen still print. The printer
itself prints a test page fine so it's something in the settings or the
update. Not the end of the world, the chefs are reading them off the
screen, but it's slowing the tandoor down."""),
("en", "b120-combi-oven-faint-gas-smell", "Helen Dawson <helen.dawson@example.co.uk>", "Follow up on yesterday's visit", "technical", "high",
"""Hi,

Your engineer replaced the burner on our combi oven yesterday afternoon.
Since then there has been a faint smell of gas at the back of the unit
whenever it's running. It's not strong, but it's definitely there and
wasn't before. We've turned it off at the isolator and opened the back
door and we're not using it until someone's had a look.

Could you send someone back today please?

Helen Dawson
Kitchen Manager, Westgate Primary School"""),
("en", "b120-widget-sundays-no-refund", "Claire Finch <claire@thefinchandfeather.example>", "Booking widget", "technical", "",
"""To be clear before anyone offers me a credit: I don't want money off, I
want it fixed.

Since about a fortnight ago the booking widget on our website won't
show Sunday lunch slots at all. The days are greyed out. We have the
tables set up in the admin screen exactly as before and the Sunday
service is switched on. Guests are ringing us to ask if we're closed.

Claire"""),
("en", "b120-channel-manager-rooms-sold-twice", "Front Office <frontoffice@lakesidelodge.example>", "Guests arriving with no rooms", "technical", "high",
"""Since Thursday nothing we change in your extranet reaches Booking.com
or Expedia. Room 12 has been sold three times for this weekend, the
family rooms twice, and we've already had to walk two couples to the
hotel down the road tonight and pay for their taxis. More arrivals
tomorrow whose bookings we can't honour.

We've closed out every room manually on both sites for now, so we're
taking no online bookings at all. We need someone on this today.

Kerry Walsh
Duty Manager, Lakeside Lodge, Windermere"""),
("en", "b120-2fa-codes-old-phone", "Aidan Roche <aidan.roche@example.ie>", "Can't log in", "technical", "",
"""Hi, I got a new phone at the weekend and the two step codes for the
restaurant dashboard are still going to the old one, which I've traded
in. So I can't get into the back office to change the menu. How do I
move the codes to the new number?
Aidan, Roche's Bistro, Cork"""),
("en", "b120-order-tablet-no-ring", "Kemal Aydin <kemal@anatoliagrill.example>", "Tablet", "technical", "",
"""hi, the tablet you gave us for orders has stopped making the ring
sound when a new order comes in. the orders do come in, we just dont
hear them, so we have to keep going over to look at the screen. volume
is on full and it isnt on silent. restarted it twice. its the samsung
one on the stand."""),
("en", "b120-pot-wash-tingle", "Ian Foster <ian.foster@example.co.uk>", "Pot wash", "technical", "high",
"""Hello,

Our kitchen porter mentioned that he gets a slight tingle in his hand
when he touches the steel door of the pot wash machine your company
installed in June. I tried it myself with the back of my hand and felt
it too, only when the machine is running. The floor there is usually
wet.

We've switched it off at the wall and we're washing by hand for now.
Please can an engineer come and check it.

Ian Foster
The Swan, Stratford"""),
("en", "b120-heated-bag-battery-swollen", "Mario Bianchi <mario@napolipizzeria.example>", "delivery bag battery", "technical", "high",
"""Hello, one of the heated delivery bags you supplied to us has a
battery pack that has gone fat, the case is bulging and it was very hot
when the rider took it off the charger this morning. it smelt of hot
plastic. we have put it outside on the concrete away from everything. we
have 3 more of the same bags charging every night. what should we do with
them?

Mario, Napoli Pizzeria, Glasgow"""),
("en", "b120-walk-in-fridge-service-manager", "Daniel Okafor <daniel@okafors-kitchen.example>", "Walk-in fridge - 3rd visit - escalation", "technical", "high",
"""This is the third time in five weeks your engineers have "fixed" our
walk-in fridge and it is reading 9 degrees again this morning. Each
visit someone tops up the gas, tells us it's sorted, and a week later
we're throwing stock away.

I don't want another engineer sent out to do the same thing. I want the
service manager to call me today and tell me what is actually wrong with
it and how it's going to be fixed properly.

Daniel Okafor
Okafor's Kitchen, Peckham
07700 900218"""),
("en", "b120-booking-app-crash-time-slot", "Kavitha Raman <kavitha.raman@example.in>", "App closing", "technical", "",
"""Hi,

Your table booking app closes by itself every time I tap on a time slot
for any restaurant. Using a OnePlus phone, Android 14, app updated
yesterday. I have cleared cache and reinstalled also. Same problem.
Website is working on laptop.

Regards,
Kavitha"""),
("en", "b120-re-ice-machine-still-leaking", "Sean Gallagher <sean@thedocksidebar.example>", "Re: Service report SR-55120", "technical", "",
"""Still leaking, same as before. There's a puddle under it every morning
and the bin's half full of water instead of ice. Can you send him back.

Sean

-----Original Message-----
From: Service Desk
Sent: 03 June 16:12
To: Sean Gallagher
Subject: Service report SR-55120

Dear Customer,
Our engineer attended today and replaced the drain hose on your ice
machine. The unit was tested and is working correctly.
Kind regards, Service Desk"""),
("en", "b120-password-link-expired", "Emily Carter <emily.carter@example.com>", "Account", "technical", "",
"""Hi, every time I request a password reset for our restaurant account
the link in the email says "This link has expired" as soon as I click
it, even straight away. Tried three times on two browsers. Can you
help? Emily, The Lantern Room, Chicago"""),
("en", "b120-fryer-christmas-eve-thanks", "Joanne Pike <joanne@thepikesarms.example>", "Thank you to Dave", "general", "",
"""Hi,

I just wanted to say a massive thank you to Dave, your engineer, who
came out to us on Christmas Eve when both our fryers went down at
lunchtime. He was here within the hour, had them going again by four,
and was lovely with the kitchen team who were all in a state. We had 90
booked in that evening and he honestly saved our Christmas.

Please pass this on to whoever's his boss.

Joanne Pike
The Pike's Arms"""),
("en", "b120-kitchen-on-fire-back-lane", "Nadia Hussain <nadia@saffronhouse.example>", "Deliveries", "general", "",
"""Hi, our kitchen has been absolutely on fire this month (in the good
way!) so the front of the restaurant is full from 11 am. Could your
linen driver use the back lane gate on Albion Street instead of coming
through the dining room? Code for the gate is on the delivery note, or
just ring the bell. Thanks, Nadia"""),
("en", "b120-linen-driver-abuse-manager", "Paul Jennings <paul.jennings@example.co.uk>", "Your driver this morning", "general", "high",
"""I want this passed to a manager, not answered with a template.

This morning your linen driver shouted and swore at our head chef in
front of the kitchen team because the cages weren't ready at 7:00 - our
collection window is 7 to 9. He called her something I'm not going to
repeat. She's worked with your company for years without a problem.

I want a manager to phone me today, and I don't want that driver at our
premises again.

Paul Jennings
General Manager, The Riverside Hotel"""),
("en", "b120-bank-holiday-support-hours", "Wendy Clark <wendy@theoldforge.example>", "Bank holiday", "general", "",
"""Is your support line open over the August bank holiday weekend, and
what hours? We've a wedding on the Monday and I'd like to know who we
can ring if we need to."""),
("en", "b120-data-request-40-days-ico", "Ruth Abernethy <ruth.abernethy@example.co.uk>", "Subject access request - second request", "general", "high",
"""Dear Data Protection Officer,

On 3 March I made a subject access request asking for a copy of all the
personal data your booking platform holds about me, including my
booking history and anything you have shared with restaurants. You
acknowledged it the same day. It is now more than 40 days later and I
have received nothing.

If I do not receive the data within 7 days I will make a complaint to
the Information Commissioner's Office.

Ruth Abernethy"""),
("en", "b120-engineer-left-jacket", "Stacey Morgan <stacey@thebluebellinn.example>", "Left behind", "general", "",
"""Hiya, your engineer who came to do the dishwasher on Thursday left his
black work jacket on the hook in our back kitchen, there's a van key in
the pocket so he might be looking for it! We've put it behind the bar.
Stacey, Bluebell Inn"""),
("en", "b120-new-manager-contact-email", "Oliver Bennett <oliver.bennett@example.com>", "Change of contact", "general", "",
"""Hello,

Please note that I've taken over as General Manager at The Crescent
Hotel from Sarah Lyons, who left at the end of last month. Could you
change the main contact on our account to me, oliver.bennett@example.com,
07700 900533, and remove Sarah?

Thank you,
Oliver Bennett"""),
("en", "b120-galway-food-festival-sponsor", "Niamh Keane <niamh@galwayfoodfest.example>", "Galway Food Festival 2025", "general", "",
"""Hi,

I'm on the committee for the Galway Food Festival, which runs over the
Easter weekend and brings in about 30,000 visitors. A lot of the
restaurants taking part use your booking platform, so we wondered if
you'd consider sponsoring the chef demo stage this year. Packages start
small, and I'd be happy to send our sponsorship pack.

Best wishes,
Niamh Keane"""),
("en", "b120-cages-blocking-fire-exit", "Graham Lowe <graham.lowe@example.co.uk>", "Tuesday collections", "general", "high",
"""Hello,

For the last three Tuesdays your driver has left the full linen cages
for collection right against our fire exit door at the bottom of the
back stairs, instead of in the marked bay by the bins, and then not
collected them until early afternoon. That exit is the only way out for
the kitchen and the first floor staff rooms. I've moved them myself each
time, but I'd rather it stopped.

Could you make sure the drivers know where the cages go?

Graham Lowe
Facilities, Hotel Caledonian"""),
("en", "b120-till-training-new-staff", "Priya Shah <priya@chaiandchaat.example>", "Training", "general", "",
"""Do you run training sessions for new staff on the till? We've got four
new starters in September and I'd rather they learned it properly than
from me in between services. Online is fine. Priya"""),
("en", "b120-order-number-thanks-rider", "Jessica Lee <jessica.lee@example.com>", "Order 58213", "general", "",
"""Hi - I ordered from Little Saigon last night (order 58213). The rider,
I think his name was Ahmed, noticed my grandmother couldn't manage the
stairs and carried the bags all the way up to her flat for her. Just
wanted someone to know. Thank you!"""),
("en", "b120-award-linen-thanks", "Bridget Walker <bridget@ridgeviewretreat.example>", "Just a note", "general", "",
"""Hi all,

Not a complaint and not a question for once! We won Best Boutique Stay
at the Blue Mountains tourism awards last week, and more than one judge
mentioned the bedding. Your linen has been consistently beautiful for
three years now and the drivers are always cheerful. Thought you'd like
to know.

Bridget Walker
Ridgeview Retreat, Katoomba NSW"""),
("en", "b120-pune-listing-requirements", "Ankit Kulkarni <ankit.kulkarni@example.in>", "New restaurant listing", "general", "",
"""Hello,

We are opening a new cafe in Baner, Pune next month. What documents are
required to list the cafe on your delivery platform (FSSAI licence, PAN,
etc.) and how many days does the onboarding usually take?

Regards,
Ankit Kulkarni"""),
# ---------------- Greek ----------------
("el", "b120-promitheia-termatikou-1-9", "Κατερίνα Λαμπράκη <katerina@cafe-limani.example>", "Προμήθεια καρτών", "billing", "",
"""Καλησπέρα σας,

Όταν υπογράψαμε για την ταμειακή και το τερματικό, ο πωλητής σας μας
είχε πει και γραπτώς στην προσφορά ότι η προμήθεια στις κάρτες είναι
1,2%. Στην κατάσταση του Ιουλίου βλέπω παντού 1,9%. Με τον τζίρο του
καλοκαιριού η διαφορά είναι πάνω από 300€ μόνο για έναν μήνα.

Σας επισυνάπτω την προσφορά. Μπορείτε να το διορθώσετε και να μας
επιστρέψετε τη διαφορά;

Κατερίνα Λαμπράκη
Café Λιμάνι, Ναύπλιο"""),
("el", "b120-gl-promo-pou-den-dhlwsame", "Souvlaki o Thodoris <info@souvlaki-thodoris.example>", "ekka8arish", "billing", "",
"""Kalhspera,
sthn ekka8arish ths evdomadas mas exete kopsei 146 eurw gia "prosfora
1+1 dwro". Emeis den mphkame pote se kamia prosfora, den exoume
ypograpsei tipota kai den mas rwthse kaneis. Oi pelates phran 2 pita
gyro kai plhrwsan th mia, kai thn allh thn plhrwnoume emeis??
8elw na mou ta epistrepsete kai na mas vgalete apo thn prosfora.
Thodoris Mpalis, Peristeri"""),
("el", "b120-lefka-eidi-afksisi-proistamenos", "Μαρίνα Ξενάκη <m.xenaki@example.gr>", "Αύξηση τιμών χωρίς ενημέρωση", "billing", "high",
"""Κύριοι,

Η σύμβασή μας για ενοικίαση λευκών ειδών ισχύει μέχρι τον Δεκέμβριο με
σταθερές τιμές, όπως γράφει ρητά το άρθρο 4. Από το τιμολόγιο Μαΐου
όμως όλες οι τιμές έχουν ανέβει κατά 12% χωρίς καμία ενημέρωση, ούτε
καν ένα email.

Το έχω θέσει δύο φορές στη γραμμή εξυπηρέτησης και μου απαντούν «έτσι
είναι η νέα τιμολογιακή πολιτική». Αυτό δεν αρκεί. Ζητώ να με καλέσει
ο προϊστάμενος του εμπορικού τμήματος μέσα στην εβδομάδα.

Μαρίνα Ξενάκη
Διεύθυνση, Ξενοδοχείο «Ανεμόμυλοι», Μύκονος"""),
("el", "b120-gl-geia-sas-dyo-xrewseis-paraggelia", "Vaggelis K. <vaggelis.k@example.gr>", "Geia sas", "billing", "",
"""geia sas, xtes vrady paraggeila apo to Burger Lab sto Marousi, 23,40e,
kai sthn karta mou vlepw dyo xrewseis twn 23,40. h paraggelia hr8e mia
fora. epistrofh thn mia parakalw"""),
("el", "b120-paraggelia-leipei-souvlaki", "Ελπιδα Ντουνη <elpida.ntouni@example.gr>", "Παραγγελια 55120", "billing", "",
"""Καλησπερα, στην παραγγελια 55120 απο το «Σουβλατζιδικο του Ακη»
πληρωσα 4 καλαμακια χοιρινα και ηρθαν 2. Μπορω να παρω πισω τα 5,60€
για τα δυο που λειπουν; Στην εφαρμογη δεν βρισκω πουθενα που να το
δηλωσω.
Ελπιδα"""),
("el", "b120-kaike-i-kouzina-telos-syndromi", "Στέλιος Γαλανάκης <stelios.galanakis@example.gr>", "Κλείσιμο λογαριασμού", "billing", "",
"""Γεια σας,

Τον Αύγουστο η φωτιά που ξεκίνησε από το διπλανό οικόπεδο πέρασε και
στην ταβέρνα μας στο Μαρκόπουλο και μας έκαψε κουζίνα και αποθήκη.
Δεν θα ξανανοίξουμε, τουλάχιστον όχι στο ίδιο μέρος. Παρόλα αυτά
συνεχίζουν να φεύγουν 59€ τον μήνα για το σύστημα κρατήσεων.

Παρακαλώ σταματήστε τη συνδρομή από αυτόν τον μήνα. Αν χρειάζεστε κάτι
υπογεγραμμένο, πείτε μου.

Στέλιος Γαλανάκης"""),
("el", "b120-gl-kremaw-thn-podia-symvolaio-syntirisis", "Sifis Daskalakis <sifis.daskalakis@example.gr>", "symvolaio syntirhshs", "billing", "",
"""Kalhmera sas.
Meta apo 35 xronia kremaw thn podia. To estiatorio kleinei sto telos tou
mhna kai den to pairnei kaneis. Exoume mazi sas to etisio symvolaio
syntirhshs gia tous fournous kai ta psygeia (xrewnetai ka8e 3mhno,
180 eurw). 8elw na to stamathsete apo to Oktwvrio kai na mhn er8ei
allh xrewsh.
Eyxaristw gia ola ta xronia.
Sifis Daskalakis, Hrakleio"""),
("el", "b120-re-episkepsi-entos-eggyisis", "Χρήστος Ζαχαρίου <christos@psarotaverna-zacharias.example>", "Re: Τιμολόγιο επίσκεψης 2291", "billing", "",
"""Καλημέρα,

Ο φούρνος αγοράστηκε από εσάς τον Φεβρουάριο και έχει δύο χρόνια
εγγύηση, όπως βλέπετε και στο δικό σας email παρακάτω. Γιατί λοιπόν
μου χρεώνετε 85€ «έξοδα μετάβασης»; Σε όλες τις προηγούμενες επισκέψεις
εντός εγγύησης δεν πλήρωσα τίποτα.

Παρακαλώ ακυρώστε το τιμολόγιο 2291.

Χρήστος Ζαχαρίου

> Από: Τμήμα Service
> Θέμα: Τιμολόγιο επίσκεψης 2291
>
> Αγαπητέ κ. Ζαχαρίου,
> σας αποστέλλουμε το τιμολόγιο για την επίσκεψη του τεχνικού μας στις
> 3/9 στον κυκλοθερμικό φούρνο (εντός εγγύησης, κωδ. 24-0117).
> Ποσό: 85,00€ (έξοδα μετάβασης).
> Με εκτίμηση"""),
("el", "b120-epistrofi-ektypoti-den-ton-xreiazomaste", "Ψητοπωλειο Ο Μητσος <info@mitsos-psitopoleio.example>", "Επιστροφη εκτυπωτη", "billing", "",
"""Καλημερα,
πριν 6 μερες παραγγειλαμε απο το e-shop σας δευτερο εκτυπωτη κουζινας
(149€). Ο εκτυπωτης δουλευει κανονικα, απλα τελικα δεν τον χρειαζομαστε
γιατι αλλαξαμε τη διαταξη της κουζινας. Ειναι ακομα στο κουτι του.
Μπορουμε να τον επιστρεψουμε και να παρουμε τα χρηματα πισω; Πως
γινεται η αποστολη;
Σταυρουλα"""),
("el", "b120-dorokarta-estiatorio-ekleise-synigoros", "Ολυμπία Χατζή <olympia.chatzi@example.gr>", "Δωροκάρτα 150€ - άρνηση επιστροφής", "billing", "high",
"""Κύριοι,

Τον Δεκέμβριο αγόρασα από την πλατφόρμα σας δωροκάρτα 150€ για το
εστιατόριο «Σαλβία» στο Παγκράτι, δώρο στους γονείς μου. Το εστιατόριο
έκλεισε οριστικά τον Φεβρουάριο, πριν προλάβουν να τη χρησιμοποιήσουν.
Η εξυπηρέτησή σας μου απαντά ότι η δωροκάρτα «δεν επιστρέφεται» και
μου προτείνει να τη χρησιμοποιήσω σε άλλο εστιατόριο.

Πλήρωσα για υπηρεσία που δεν μπορεί πια να παρασχεθεί. Αν δεν γίνει
επιστροφή των 150€ εντός 15 ημερών, θα απευθυνθώ στον Συνήγορο του
Καταναλωτή.

Ολυμπία Χατζή"""),
("el", "b120-gl-eggyhsh-karotsiwn", "Hotel Galini <info@hotelgalini-kalamata.example>", "eggyhsh", "billing", "",
"""Kalhmera,
to symvolaio me ta lefka eidh elhgei ton Noemvrio kai den 8a to
ananewsoume. Otan ypografame dwsame eggyhsh 600 eurw gia ta karotsia.
Pote kai pws 8a mas epistrafei? Prepei na sas gyrisoume ta karotsia
emeis h ta pairnei o odhgos sthn teleutaia paralavh?
Dhmhtrhs Lazos"""),
("el", "b120-menou-gefsis-allagi-imerominias-trapeza", "Άρης Κωνσταντινίδης <aris.konstantinidis@example.gr>", "Μενού γευσιγνωσίας 12/10", "billing", "high",
"""Καλησπέρα,

Πλήρωσα μέσω της πλατφόρμας σας 2 x 95€ για το μενού γευσιγνωσίας στο
«Άρωμα» στις 12 Οκτωβρίου. Χθες το εστιατόριο μού έστειλε ότι η βραδιά
μεταφέρεται στις 9 Νοεμβρίου, ημερομηνία που δεν μπορούμε. Ζήτησα
επιστροφή των 190€ και μου απαντήσατε ότι «η προπληρωμένη κράτηση δεν
ακυρώνεται».

Την αλλαγή την έκανε το εστιατόριο, όχι εγώ. Αν δεν πάρω τα χρήματα
πίσω μέχρι την Παρασκευή, θα ζητήσω από την τράπεζα να αντιλογίσει τη
χρέωση.

Άρης Κωνσταντινίδης"""),
("el", "b120-erotisi-pagia-entoli", "Σοφία Ιωάννου <sofia.ioannou@example.gr>", "Ερώτηση", "billing", "",
"""Καλημέρα σας. Η εταιρική κάρτα με την οποία πληρώνουμε τη μηνιαία
συνδρομή του channel manager λήγει τον άλλο μήνα. Γίνεται να περάσουμε
την πληρωμή σε πάγια εντολή από τον τραπεζικό λογαριασμό, ώστε να μην
ασχολούμαστε κάθε φορά; Αν ναι, τι χαρτιά χρειάζεστε;

Σοφία Ιωάννου, Λογιστήριο
Βίλες Ελαιώνας, Κέρκυρα"""),
("el", "b120-delivery-times-den-allazoun", "Ευθύμης Καραλής <efthymis@pitaroudes.example>", "Τιμές στο delivery", "technical", "",
"""Καλησπέρα,

Δεν ρωτάω για χρεώσεις, ο λογαριασμός μας είναι εντάξει. Το θέμα είναι
ότι από την περασμένη Τρίτη άλλαξα τις τιμές στην ταμειακή (η πίτα από
3,20 σε 3,50 κτλ.), αλλά στο μενού του delivery εξακολουθούν να
εμφανίζονται οι παλιές. Παλιότερα ο συγχρονισμός γινόταν μέσα σε λίγα
λεπτά. Πάτησα και «Συγχρονισμός τώρα», δεν άλλαξε τίποτα.

Ευθύμης, «Πιταρούδες», Βόλος"""),
("el", "b120-gl-olh-h-geitonia-xwris-paraggelies", "Kostas Mavridis <kostas@burgerjoint-thess.example>", "kati paizei", "technical", "high",
"""Einai Paraskeuh 9 to vrady kai apo tis 8 den exei er8ei OUTE MIA
paraggelia. To tablet deixnei "syndesh..." synexeia. Rwthsa tous
dipla, to pizza place kai to sushi sthn Tsimiskh, to idio kai autoi.
Oi dianomeis sas ka8ontai sto pezodromio me ta kinhta kai perimenoun.
Einai h kalyterh wra ths evdomadas kai xanoume ta panta. Ti ginetai?
Kostas, Thessalonikh"""),
("el", "b120-forologikos-mixanismos-den-vgazoume-apodeixeis", "Ζαχαροπλαστείο Η Γλυκιά Γωνιά <glykia.gonia@example.gr>", "Δεν βγάζουμε αποδείξεις", "technical", "high",
"""Καλημέρα,

Από τις 7 το πρωί η ταμειακή σας γράφει «Σφάλμα φορολογικού μηχανισμού
- Ε14» και δεν εκδίδει καμία απόδειξη. Χωρίς αποδείξεις δεν μπορούμε
να πουλήσουμε τίποτα, οπότε έχουμε κατεβάσει τα ρολά με όλες τις
βιτρίνες γεμάτες. Κυριακή είναι η μεγαλύτερη μέρα μας.

Έχω αφήσει δύο μηνύματα στο τηλεφωνικό κέντρο. Χρειαζόμαστε τεχνικό
σήμερα.

Νίκη Ρουμελιώτη, 6945 000 213"""),
("el", "b120-epagogiki-spitha-mirodia", "Γιωργος Αλεξανδρου <g.alexandrou@example.gr>", "Εστια επαγωγης", "technical", "high",
"""Καλησπερα σας,
στην επαγωγικη εστια που μας τοποθετησατε τον Ιουνιο, η πισω δεξια
ζωνη εβγαλε σημερα μια μικρη σπιθα κατω απο το γυαλι οταν ανοιξαμε
στο 8, και απο τοτε μυριζει καμενο πλαστικο. Την κλεισαμε και
κατεβασαμε την ασφαλεια της. Δουλευουμε με τις υπολοιπες εστιες
της κουζινας.
Μπορει να περασει τεχνικος να τη δει;
Γιωργος Αλεξανδρου
Σχολη Μαγειρικης Γευσις, Περιστερι"""),
("el", "b120-kafetiera-valvida-sfyrizei", "Δανάη Μπακάλη <danai@kafeneio-danai.example>", "Μηχανή εσπρέσο", "technical", "high",
"""Καλημέρα,

Η δίδυμη μηχανή εσπρέσο που μας κάνατε σέρβις την Παρασκευή, από σήμερα
το πρωί σφυρίζει δυνατά και πετάει ατμό από ένα βαλβιδάκι στο πλάι, ενώ
ο δείκτης πίεσης του λέβητα είναι στο κόκκινο, πάνω από το 2. Δεν την
έχουμε ξαναδεί έτσι. Την κλείσαμε και την αφήσαμε να κρυώσει, και
φτιάχνουμε καφέδες με το φίλτρο.

Μπορεί να έρθει κάποιος σήμερα;

Δανάη Μπακάλη"""),
("el", "b120-gl-airbnb-aposyndethike", "Anna Sigala <anna@calderasuites.example>", "Airbnb", "technical", "",
"""Kalhspera, sto channel manager h syndesh me to Airbnb grafei
"Token expired - reconnect" kai otan pataw reconnect me petaei pisw sthn
idia selida. Booking kai Expedia douleuoun kanonika. Ta diathesima sto
Airbnb ta kleinw xeirokinhta pros to paron. Pws to ksanasyndew?
Anna, Caldera Suites"""),
("el", "b120-email-epivevaiosis-den-stelnontai", "Μαρία Σαββίδου <maria@ta-kymata.example>", "Επιβεβαιώσεις κρατήσεων", "technical", "",
"""Γεια σας,

Από την Κυριακή οι πελάτες που κλείνουν τραπέζι από την ιστοσελίδα μας
δεν παίρνουν email επιβεβαίωσης. Η κράτηση περνάει κανονικά στο
πρόγραμμα, αλλά μας τηλεφωνούν για να ρωτήσουν αν ισχύει. Δεν έχουμε
αλλάξει καμία ρύθμιση από τη μεριά μας.

Μαρία Σαββίδου
Εστιατόριο «Τα Κύματα», Πειραιάς"""),
("el", "b120-gl-qr-menou-iphone", "Xristina P. <xristina@beachbar-kyma.example>", "QR", "technical", "",
"""Geia, ta QR me to menou sta trapezia den anoigoun apo iPhone, leei
"den vre8hke h selida". Apo Android anoigoun kanonika. Den 8elw
kainourgia autokollhta h epistrofh, apla na doulepsei to link giati
oi misoi pelates exoun iPhone.
Xristina, Kyma beach bar"""),
("el", "b120-kykloth-fournos-sfalma-e34", "Αλέξης Χριστάκης <alexis@artopoieio-christakis.example>", "Φούρνος - E34", "technical", "",
"""Καλημέρα σας,

Ο κυκλοθερμικός φούρνος (10 ταψιών) βγάζει κατά διαστήματα σφάλμα E34
και σβήνει στη μέση του ψησίματος. Αν τον κλείσω και τον ανοίξω, ξαναπαίρνει
μπροστά για καμιά ώρα. Στο εγχειρίδιο γράφει «επικοινωνήστε με το
service». Πότε μπορεί να περάσει τεχνικός;

Αλέξης Χριστάκης"""),
("el", "b120-termatiko-sfalma-anagnosis-anepafi", "Μιχαλης Δρακος <michalis.drakos@example.gr>", "τερματικο", "technical", "",
"""Καλησπερα. Απο την αναβαθμιση της Τεταρτης το τερματικο βγαζει
"σφαλμα αναγνωσης καρτας" σε ολες τις ανεπαφες πληρωμες. Αν βαλουμε
την καρτα μεσα με PIN περναει κανονικα. Με κινητα (Google Pay, Apple
Pay) τιποτα. Ο κοσμος ρωταει και νομιζει οτι φταιει η καρτα του."""),
("el", "b120-othoni-kouzinas-kollaei-ypeythynos", "Πέτρος Ανδριανός <p.andrianos@example.gr>", "Οθόνη κουζίνας - 4η φορά - ζητώ υπεύθυνο", "technical", "high",
"""Κύριοι,

Τέταρτη φορά σε τρεις εβδομάδες που η οθόνη παραγγελιών της κουζίνας
παγώνει κάθε βράδυ γύρω στις 10, στην αιχμή. Κάθε φορά μου λέτε να την
κάνω επανεκκίνηση, και κάθε φορά χάνουμε 10 λεπτά παραγγελίες.

Δεν θέλω άλλες οδηγίες επανεκκίνησης. Θέλω να μιλήσω σήμερα με τον
υπεύθυνο τεχνικής υποστήριξης και να μου πει τι ακριβώς φταίει.

Πέτρος Ανδριανός
Εστιατόριο «Θάλασσα», Βουλιαγμένη"""),
("el", "b120-gl-plynthrio-piatwn-den-adeiazei", "Mpampis Kafetzis <babis@kafetzis-bakery.example>", "plynthrio", "technical", "",
"""Geia sas, to plynthrio piatwn tou magaziou den adeiazei to nero sto
telos tou kyklou, menei mia lakkoula mesa kai ta tapsia vgainoun me
nera. To filtro to ka8arisame. Mhpws ftaiei h antlia? 8elei texniko?
Mpampis"""),
("el", "b120-re-diples-kratiseis-idio-trapezi", "Δήμητρα Ρήγα <dimitra@mezedopoleio-riga.example>", "Re: Αίτημα υποστήριξης 48810", "technical", "",
"""Καλησπέρα,

Δυστυχώς δεν λύθηκε. Το Σάββατο έγινε πάλι το ίδιο: το τραπέζι 7 είχε
κλειστεί δύο φορές για τις 21:00 από το site, από δύο διαφορετικές
παρέες. Το πρόγραμμα δεν θα έπρεπε να το επιτρέπει.

Δήμητρα

Στις 28/10, ο/η Υποστήριξη έγραψε:
> Καλησπέρα σας,
> εντοπίσαμε το πρόβλημα με τις διπλές κρατήσεις και εφαρμόσαμε
> διόρθωση. Δεν θα πρέπει να επαναληφθεί.
> Παραμένουμε στη διάθεσή σας."""),
("el", "b120-gl-plynthrio-rouxwn-stamata", "Hotel Thalassa <info@hotelthalassa-rethymno.example>", "plynthrio 2", "technical", "",
"""Kalhmera, to epaggelmatiko plynthrio rouxwn pou mas noikiasate (to
deutero, 25 kila) stamataei sth mesh tou kyklou me to mhnyma "Door
error" enw h porta einai kleisth kala. To prwto plynthrio douleuei. Na
er8ei kapoios?
Katerina, housekeeping"""),
("el", "b120-gl-eyxaristw-maria-pasxa", "Kyria Voula <voula.kafeneio@example.gr>", "eyxaristw", "general", "",
"""Kalhspera, h3ela na pw ena megalo eyxaristw sthn kopela sto thlefwno,
th Maria, pou me voh8hse xtes mia wra na valw to Pasxaliatiko menou
sth tameiakh. Eimai 67 xronwn kai den ta kserw kala auta, alla htan
para poly ypomonetikh. Na thn exete kala.
Voula, kafeneio sth Zagora"""),
("el", "b120-texnikos-kapnize-kouzina-diefthyntis", "Ευάγγελος Τζαννετάκης <e.tzannetakis@example.gr>", "Συμπεριφορά τεχνικού σας", "general", "high",
"""Κύριοι,

Ο τεχνικός σας που ήρθε χθες για τη συντήρηση των ψυγείων κάπνιζε μέσα
στην κουζίνα μας, δίπλα στον πάγκο προετοιμασίας, και όταν ο σεφ του
ζήτησε ευγενικά να σβήσει το τσιγάρο, του απάντησε με βρισιές μπροστά
σε όλο το προσωπικό.

Ζητώ να επικοινωνήσει μαζί μου κάποιος διευθυντής της εταιρείας σας,
όχι το γενικό email, και δεν θέλω να ξαναστείλετε αυτόν τον τεχνικό.

Ευάγγελος Τζαννετάκης
Γενικός Διευθυντής, Ξενοδοχείο «Πόρτο Ρίο»"""),
("el", "b120-xasame-kaskol-estiatorio", "Ροδούλα Πετρίδου <rodoula.petridou@example.gr>", "Ξεχασμένο κασκόλ", "general", "",
"""Καλησπέρα σας,

Την Κυριακή φάγαμε στο «Ελιά & Ρίγανη» στο Χαλάνδρι με κράτηση από την
εφαρμογή σας και ξέχασα ένα μπλε μάλλινο κασκόλ στην καρέκλα. Πήρα
τηλέφωνο στο εστιατόριο τρεις φορές αλλά δεν το σηκώνει κανείς. Μπορείτε
να τους ενημερώσετε ή να μου δώσετε άλλο τηλέφωνο;

Ευχαριστώ,
Ροδούλα"""),
("el", "b120-geitonas-fortigo-6-to-proi", "Νικος Παπαθανασιου <n.papathanasiou@example.gr>", "Το φορτηγο σας στην Αγιου Νικολαου", "general", "",
"""Καλημερα,
ειμαι κατοικος της οδου Αγιου Νικολαου στη Ροδο. Καθε πρωι στις 6 το
φορτηγακι σας με τα σεντονια για το ξενοδοχειο απεναντι σταματαει κατω
απο το παραθυρο μου με τη μηχανη αναμμενη για μισή ωρα. Ξυπναει ολη η
πολυκατοικια. Μπορει να σβηνει τη μηχανη ή να σταματαει λιγο πιο κατω;
Νικος Παπαθανασιου"""),
("el", "b120-diagrafi-logariasmou-arxi", "Αγγελική Βαρβέρη <angeliki.varveri@example.gr>", "Αίτημα διαγραφής - δεύτερη υπενθύμιση", "general", "high",
"""Προς τον Υπεύθυνο Προστασίας Δεδομένων,

Στις 10 Φεβρουαρίου ζήτησα, σύμφωνα με το άρθρο 17 του ΓΚΠΔ, να
διαγραφεί ο λογαριασμός μου στην πλατφόρμα κρατήσεων και όλα τα
στοιχεία μου. Παρά την υπενθύμιση του Μαρτίου, εξακολουθώ να λαμβάνω
newsletter και SMS με προσφορές, που σημαίνει ότι τα δεδομένα μου
παραμένουν.

Αν δεν επιβεβαιώσετε τη διαγραφή εντός 7 ημερών, θα υποβάλω καταγγελία
στην Αρχή Προστασίας Δεδομένων Προσωπικού Χαρακτήρα.

Αγγελική Βαρβέρη"""),
("el", "b120-gl-aithsh-texnikos-psyxewn", "Lefteris Vasileiou <lefteris.vas@example.gr>", "8esh ergasias", "general", "",
"""Kalhspera sas, eimai texnikos psyxewn me 8 xronia empeiria se
epaggelmatikes kouzines kai ksenodoxeia sthn Kriti. Eida oti anoigete
grafeio sta Xania. Psaxnete texnikous? Sas stelnw to viografiko mou.
Lefteris Vasileiou, 6970 000 334"""),
("el", "b120-apothiki-rafi-gernei", "Παναγιώτης Δήμου <p.dimou@example.gr>", "Αποθήκη Ασπρόπυργου", "general", "high",
"""Καλησπέρα,

Πάμε κάθε Δευτέρα στην αποθήκη σας στον Ασπρόπυργο να παραλάβουμε τα
καθαρά τραπεζομάντιλα. Στον διάδρομο της παραλαβής, η τρίτη μεταλλική
ραφιέρα με τα γεμάτα καρότσια γέρνει εμφανώς προς τα έξω και μία
βίδα στη βάση λείπει. Ο κόσμος περνάει από κάτω όλη την ώρα.

Το γράφω για να το δει κάποιος πριν πέσει πάνω σε άνθρωπο.

Παναγιώτης Δήμου
Κτήμα Δήμου - Δεξιώσεις"""),
("el", "b120-horeca-rantevou-pwliti", "Ιωάννης Φραγκιαδάκης <i.fragiadakis@example.gr>", "HORECA 2025", "general", "",
"""Καλημέρα σας,

Θα έχετε περίπτερο στην έκθεση HORECA τον Φεβρουάριο; Ανοίγουμε
δεύτερο εστιατόριο στο Ηράκλειο και θα θέλαμε να κλείσουμε ένα ραντεβού
με κάποιον πωλητή σας εκεί για να δούμε από κοντά τον εξοπλισμό.

Ιωάννης Φραγκιαδάκης"""),
("el", "b120-pistopoiitika-aporrypantika", "Γραφειο Προμηθειων Νοσοκομειο Αγ. Ανδρεα <promitheies@example.gr>", "Πιστοποιητικα", "general", "",
"""Καλημερα σας,
για τον φακελο του διαγωνισμου μας χρειαζομαστε τα πιστοποιητικα ISO του
πλυντηριου σας και το τεχνικο φυλλαδιο των απορρυπαντικων που
χρησιμοποιειτε στα λευκα ειδη (αν ειναι υποαλλεργικα). Μπορειτε να μας
τα στειλετε;
Με εκτιμηση,
Ευτυχια Λιακου"""),
("el", "b120-gl-allagh-meras-paradoshs", "Kyriakos M. <kyriakos@villa-olea.example>", "paradosh", "general", "",
"""Kalhmera, apo ton allo mhna mporei o odhgos me ta lefka na erxetai
Tetarth anti gia Trith? Ta check-out mas einai oloi Trith kai den
prolavainoume na etoimasoume ta karotsia. Idia wra, 9-11.
Kyriakos, Villa Olea"""),
("el", "b120-fotia-i-nea-platforma", "Ρένα Παπαδοπούλου <rena@psistaria-rena.example>", "Είστε φωτιά!", "general", "",
"""Καλησπέρα!

Απλά ήθελα να σας πω ότι η νέα πλατφόρμα είναι φωτιά. Από τότε που
μπήκαμε, τις Κυριακές γεμίζουμε από τις 12, μας σκοτώσατε στη δουλειά
(με την καλή έννοια!) και οι no-show έχουν σχεδόν εξαφανιστεί. Να
είστε καλά, και ευχαριστώ ιδιαίτερα τον Άκη που μας έστησε τα πάντα.

Ρένα Παπαδοπούλου
Ψησταριά «Η Ρένα», Γλυφάδα"""),
("el", "b120-gl-taxydromikh-dieythynsh", "Takis Sarantopoulos <takis@psarotaverna-sarantos.example>", "dieu8ynsh", "general", "",
"""Kalhspera, poia einai h taxydromikh dieu8ynsh sas gia na steilw ta
ypografmena xartia tou symvolaiou? To site grafei mono email.
Takis"""),
("el", "b120-dianomeas-rampa-amaxidio", "Ανθη Κωστοπουλου <anthi.kostopoulou@example.gr>", "Διανομεις στη ραμπα", "general", "",
"""Καλησπερα σας,
οι διανομεις σας που περιμενουν παραγγελιες απο τα μαγαζια της
πλατειας Αγιας Ειρηνης αφηνουν τα μηχανακια τους πανω στη ραμπα της
πολυκατοικιας μας. Εχω γιο σε αναπηρικο αμαξιδιο και σχεδον καθε βραδυ
πρεπει να παρακαλαμε να τα μετακινησουν. Μπορειτε να τους πειτε να
παρκαρουν αλλου;
Ανθη Κωστοπουλου"""),
# ---------------- Spanish ----------------
("es", "b120-mantenimiento-campana-cobrado-dos-veces", "Lucía Herrero <lucia@lataberna-chamberi.example>", "Contrato de mantenimiento", "billing", "",
"""Hola,

Tenemos con vosotros el contrato anual de mantenimiento de la campana y
la extracción (480 € + IVA al año, se paga en enero). Este año nos lo
habéis pasado dos veces por el banco, el 5 y el 12 de enero. Os mando
el extracto. ¿Podéis devolver el segundo cargo?

Gracias,
Lucía Herrero
La Taberna de Chamberí, Madrid"""),
("es", "b120-tarifa-pedidos-cancelados-repartidor", "Taquería El Güero <administracion@taqueriaelguero.example>", "Cargos por cancelación", "billing", "",
"""Buenas tardes,

En el estado de cuenta de la quincena nos aparecen 14 cargos de
"tarifa por pedido cancelado" de 35 MXN cada uno. Revisé uno por uno y
todos son pedidos que canceló el repartidor porque no llegó a
recogerlos, no nosotros. ¿Por qué nos cobran eso? Les pido que los
quiten.

Saludos,
Ana Patricia Solís
Taquería El Güero, Guadalajara"""),
("es", "b120-suscripcion-dolar-tarjeta", "Mariano Etcheverry <mariano@hosteriadellago.example>", "cobro en dolares", "billing", "",
"""Hola que tal, el plan del channel manager figura en la web a USD 70 por
mes pero en el resumen de la tarjeta me aparece como USD 70 mas
percepciones e impuestos, en total casi el doble en pesos. Hay forma de
pagarlo en pesos o por transferencia para no tener ese recargo?
Gracias, Mariano - Hostería del Lago, Bariloche"""),
("es", "b120-pedido-falta-bebida", "Paula Ibáñez <paula.ibanez@example.es>", "Pedido 45821", "billing", "",
"""hola, en el pedido 45821 de anoche pagué dos menús con bebida y solo
vino una coca-cola. me podéis devolver los 2,50 € de la que falta? en la
app no encuentro dónde reclamarlo. gracias"""),
("es", "b120-lavanderia-kilos-inflados-responsable", "Rosa Martínez <gobernanta@hotelmediterraneo.example>", "Reclamación formal - kilos facturados", "billing", "high",
"""Buenos días:

Desde marzo vuestras facturas de lavado de mantelería y lencería vienen
con entre un 15 y un 20 % más de kilos de los que pesamos nosotros al
entregar la ropa. Hemos pesado cada saca durante cuatro semanas delante
de vuestro conductor y tenemos las hojas firmadas.

Lo he comunicado tres veces a atención al cliente y siempre me
contestan lo mismo. Quiero que se revisen todas las facturas desde
marzo y que me llame un responsable del departamento comercial, no
otra vez la misma centralita.

Rosa Martínez
Gobernanta, Hotel Mediterráneo (Benidorm)"""),
("es", "b120-experiencia-prepagada-sernac", "Ignacio Valdés <ignacio.valdes@example.cl>", "Reembolso experiencia gastronómica", "billing", "high",
"""Estimados:

En mayo compré en su plataforma una "experiencia maridaje" para dos
personas en el restaurante Viña Alta de Santiago, por CLP 180.000. El
restaurante cerró definitivamente en julio sin que pudiéramos usarla, y
ustedes me ofrecen solo un crédito para otro restaurante.

Pagué por un servicio que ya no existe. Si no me devuelven el dinero en
10 días hábiles, presentaré el reclamo en el SERNAC.

Ignacio Valdés"""),
("es", "b120-descuento-por-contracargo-cliente", "Daniela Cárdenas <daniela@arepasdonaflor.example>", "Descuento de 35.000", "billing", "",
"""Hola, buenas tardes.

En la liquidación de esta semana nos descontaron COP 35.000 con el
concepto "gestión de contracargo". Entiendo que fue un cliente que
reclamó a su banco un pedido, pero ese pedido sí se entregó. ¿Nosotros
tenemos que pagar esa gestión? ¿Podemos mandar alguna prueba de la
entrega para que nos lo devuelvan?

Daniela Cárdenas
Arepas Doña Flor, Bogotá"""),
("es", "b120-colgamos-el-delantal-casa-rural", "Pilar Sáez <pilar.saez@example.es>", "Nos jubilamos", "billing", "",
"""Buenas,

Mi marido y yo colgamos el delantal: después de veinte años la casa
rural cierra el 31 de octubre y no la vamos a traspasar. Os escribo para
que dejéis de cobrarnos la cuota del gestor de reservas a partir de
noviembre. ¿Tenemos que rellenar algo o vale con este correo?

Un abrazo, y gracias por todo este tiempo.
Pilar Sáez
Casa Rural El Molino, Albarracín"""),
("es", "b120-me-salgo-del-negocio-socio", "Fernando Treviño <fernando.trevino@example.mx>", "Cambio de titular del cobro", "billing", "",
"""Hola, buen día.

Me salgo de la sociedad del restaurante Mar de Cortés, se lo queda
completo mi socio Raúl Ibarra. El sistema de reservas lo sigue usando
él, pero la mensualidad (1,499 MXN) se sigue cargando a mi tarjeta
personal. ¿Cómo hacemos para que a partir del mes que entra se cobre a
la tarjeta de él y yo deje de pagarlo?

Fernando Treviño"""),
("es", "b120-re-devolucion-impresora-sin-abono", "Marco Ferri <admin@damarco-pizzeria.example>", "Re: Devolución recibida - RMA 20931", "billing", "",
"""Hola,

Han pasado ya 20 días desde este correo y el abono de los 189 € de la
impresora no nos ha llegado. ¿Me podéis decir cuándo se hizo la
transferencia o mandarme el justificante?

Marco Ferri
Pizzería Da Marco, Valencia

El 2 oct, Atención al Cliente escribió:
> Hola Marco,
> Hemos recibido en nuestro almacén la impresora devuelta (RMA 20931) en
> perfecto estado. En un plazo de 5 a 7 días hábiles recibirás el
> reembolso de 189,00 € en la cuenta desde la que pagaste.
> Un saludo"""),
("es", "b120-consulta-pagar-mercado-pago", "Parrilla Don Ernesto <parrilladonernesto@example.com.ar>", "Consulta", "billing", "",
"""Buenas, la suscripcion del sistema de mesas la venimos pagando con
tarjeta de credito pero queremos pasarla a debito automatico de la
cuenta o a Mercado Pago. Se puede? Que datos les tengo que mandar?
Ernesto, Rosario"""),
("es", "b120-club-gourmet-renovado-banco", "Raquel Vidal <raquel.vidal@example.es>", "Cargo de 49,99 € del Club Gourmet", "billing", "high",
"""Hola:

Me habéis cobrado 49,99 € por la renovación anual del "Club Gourmet" de
vuestra app de reservas. Di de baja la renovación automática en
septiembre, tengo la captura de pantalla del mensaje "Tu suscripción no
se renovará". Ayer escribí por el chat y me dijeron que "no consta".

Quiero la devolución íntegra. Si no está hecha antes del viernes, abro
una reclamación con mi banco para que anulen el cargo.

Raquel Vidal"""),
("es", "b120-precios-mantenimiento-preventivo-lima", "Carlos Huamán <carlos.huaman@example.pe>", "Cotización", "billing", "",
"""Buenas tardes, quisiera saber cuánto cuesta el mantenimiento preventivo
de una cocina completa: 2 cocinas industriales a gas, 1 horno, 3
congeladoras y la campana. ¿Tienen planes mensuales o es por visita? Es
para una cevichería en Miraflores, Lima. Precio en soles si se puede.
Carlos"""),
("es", "b120-no-es-averia-cambio-cafetera", "Bea Lozano <bea@elrinconcito-bilbao.example>", "Cafetera", "billing", "",
"""Hola! No es una avería, la cafetera que os compramos hace diez días
funciona perfecta. Es que se nos ha quedado corta de un grupo y en las
horas de los pintxos no damos abasto. ¿Podemos cambiarla por el modelo
de dos grupos pagando la diferencia? Sigue con su caja. Gracias, Bea"""),
("es", "b120-viernes-cero-pedidos-salimos-cerrados", "Restaurante Casa Paco <casapaco.zaragoza@example.es>", "Hoy", "technical", "high",
"""Hoy viernes no nos ha entrado ni un solo pedido desde las ocho, y a
estas horas solemos llevar cuarenta. Nos están llamando clientes
diciendo que en la app salimos como "cerrado". En el panel sale todo
abierto y el horario está bien. La cocina está parada con todo el
género preparado.

Llamadme al 600 000 274, por favor, en el teléfono de soporte no
contesta nadie.

Paco Lasheras"""),
("es", "b120-salamandra-chispas", "Nerea Aguirre <nerea.aguirre@example.es>", "Salamandra", "technical", "high",
"""Buenas tardes:

La salamandra eléctrica que nos instalasteis el mes pasado ha soltado
hoy un par de chispas por la parte de arriba, cerca de donde entra el
cable, y luego ha empezado a oler a quemado. La hemos desenchufado y
bajado su diferencial, y la hemos dejado sin usar.

¿Podéis mandar a alguien a revisarla cuanto antes?

Nerea Aguirre
Jefa de cocina, Asador Txindoki, San Sebastián"""),
("es", "b120-campana-no-tira-humo", "Gustavo Pereyra <gustavo@pizzeriaelfortin.example>", "campana", "technical", "high",
"""Hola. Desde ayer la campana de la cocina que ustedes instalaron hace
muchos ruidos y casi no tira. Con el horno a leña y la plancha
prendidos la cocina se llena de humo a los diez minutos, y los chicos
salen a toser al patio. Hoy trabajamos con la puerta de atrás abierta y
la plancha apagada. Necesitamos que venga un técnico lo antes posible.
Gustavo, Pizzería El Fortín, Palermo"""),
("es", "b120-expedia-sin-desayuno", "Valeria Sosa <recepcion@posadalosolivos.example>", "Tarifas en Expedia", "technical", "",
"""Hola,

En el channel manager tenemos la tarifa "Alojamiento y desayuno" para
todas las habitaciones, pero en Expedia aparece como "solo
alojamiento". En Booking sale bien. Ya volvimos a mapear las tarifas y
sigue igual. ¿Es algo de la conexión?

Valeria, Posada Los Olivos, Mendoza"""),
("es", "b120-agotados-vuelven-a-salir", "Sofía Márquez <sofia@cafeteriamarquez.example>", "Productos agotados", "technical", "",
"""Hola, cuando marcamos un platillo como agotado en el panel desaparece
de la carta, pero a los 20 o 30 minutos vuelve a aparecer solo y nos
siguen entrando pedidos que no podemos hacer. Pasa sobre todo con los
chilaquiles. ¿Es un fallo o hay que configurar algo?
Sofía, Cafetería Márquez, Puebla"""),
("es", "b120-codigo-sms-no-llega-tarjeta", "Andrés Felipe Rojas <andres.rojas@example.com.co>", "no puedo agregar la tarjeta", "technical", "",
"""buenas, estoy tratando de agregar mi tarjeta en la app para pagar los
pedidos y me pide un codigo por SMS que nunca llega. lo pedi como 6 veces.
el numero esta bien escrito. tengo Claro. que hago?"""),
("es", "b120-sms-confirmacion-en-ingles", "Valentina Ruiz <vale@cafeluna-cdmx.example>", "Mensajes de confirmación", "technical", "",
"""Hola, desde hace unos días los SMS de confirmación que reciben
nuestros clientes al reservar llegan en inglés ("Your table at Café
Luna is confirmed..."). En el panel el idioma sigue en español. Varios
clientes pensaron que era spam. ¿Lo pueden revisar?
Valentina, Café Luna, Roma Norte"""),
("es", "b120-horno-mixto-error-bomba-no-reembolso", "Jordi Puig <jordi@restaurantlallotja.example>", "Horno mixto - error E-21", "technical", "",
"""Bon dia,

No quiero ningún abono ni descuento, quiero el horno funcionando. El
horno mixto marca "E-21" cada vez que pasa a modo vapor y se para. En
convección va bien. Hemos descalcificado como dice el manual. ¿Cuándo
puede venir un técnico?

Jordi Puig
Restaurant La Llotja, Tarragona"""),
("es", "b120-lavavajillas-barra-tercera-vez-jefe", "Rafael Domínguez <rafael@marisqueriaelpuerto.example>", "Tercera avería del lavavajillas - quiero hablar con el jefe", "technical", "high",
"""Es la tercera vez en cinco semanas que se estropea el lavavajillas de
barra que nos vendisteis. Cada vez viene un técnico, cambia una pieza,
dice que ya está, y a los pocos días otra vez sin aclarar y con los
vasos saliendo sucios.

No quiero que mandéis a otro técnico a repetir lo mismo. Quiero que me
llame hoy el jefe del servicio técnico y me explique qué le pasa de
verdad a la máquina.

Rafael Domínguez
Marisquería El Puerto, Huelva
Tel. 959 000 418"""),
("es", "b120-tablet-se-cierra-al-aceptar", "Sebastián Muñoz <seba@sangucheria-lafuente.example>", "app de pedidos", "technical", "",
"""Hola, la app de pedidos en la tablet se cierra cuando apretamos
"Aceptar pedido", y hay que volver a abrirla y aceptar de nuevo. A
veces el pedido queda aceptado dos veces y a veces ninguna. Desde la
última actualización. Tablet Lenovo, Android 12.
Seba, Sanguchería La Fuente, Valparaíso"""),
("es", "b120-re-bano-maria-no-calienta", "Amparo Gil <amparo@restaurantelamarjal.example>", "Re: Parte de trabajo 7781", "technical", "",
"""Hola:

Sigue igual que antes de la visita. El baño maría del buffet no pasa de
45 grados aunque el termostato esté al máximo, y con eso no podemos
mantener la comida caliente. ¿Puede volver el técnico esta semana?

Amparo Gil

El 14/3, Servicio Técnico escribió:
> Estimada cliente:
> Nuestro técnico sustituyó hoy la resistencia del baño maría. El equipo
> quedó probado y funcionando correctamente.
> Saludos cordiales"""),
("es", "b120-impresora-fiscal-no-imprime", "Martín Acosta <martin@barlaesquina.example>", "impresora", "technical", "",
"""Buenas, la impresora fiscal conectada al sistema no imprime los
tickets desde el sábado. Desde la caja parece que se manda, pero la
impresora no hace nada y la luz de error parpadea en naranja. Ya le
cambiamos el rollo. Estamos haciendo las facturas a mano.
Martín, Bar La Esquina, Montevideo"""),
("es", "b120-olor-gas-cocina-nueva", "Alberto Sanz <alberto.sanz@example.es>", "Cocina de fuegos nueva", "technical", "high",
"""Buenos días,

Ayer por la tarde vuestros instaladores dejaron montada la cocina de
seis fuegos nueva. Esta mañana, al entrar, había un olor a gas suave
cerca de la parte de atrás, con todos los mandos cerrados. Hemos
cerrado la llave general del gas, abierto ventanas y no hemos encendido
nada. Hoy trabajamos solo con la plancha eléctrica.

Por favor, que venga alguien a revisar la instalación hoy.

Alberto Sanz
Casa Alberto, Valladolid"""),
("es", "b120-gracias-gestor-reapertura", "Susana Ríos <susana@arroceriariosol.example>", "Gracias, Laura", "general", "",
"""Hola,

Os escribo solo para dar las gracias a Laura, nuestra gestora de
cuenta. Después de la reforma reabrimos con carta nueva, mesas nuevas y
terraza, y ella se pasó dos tardes con nosotros dejándolo todo listo en
el sistema. La reapertura fue un éxito y no hubo ni un fallo.

Un saludo,
Susana Ríos
Arrocería Río Sol, Cullera"""),
("es", "b120-agente-grosero-supervisor", "Héctor Salazar <hector@lacocinadehector.example>", "Trato en su línea de atención", "general", "high",
"""Buenas noches,

Hoy llamé a su línea de atención para restaurantes y la persona que me
atendió (se presentó como Brenda) me habló de malas maneras, me dijo
que "si no sé usar el sistema no es su problema" y me colgó.

Quiero que esto lo vea un supervisor y que me llame. No es la forma de
tratar a un cliente que lleva cuatro años con ustedes.

Héctor Salazar
La Cocina de Héctor, Monterrey"""),
("es", "b120-olvide-gafas-restaurante", "Carmen Ortega <carmen.ortega@example.es>", "Gafas olvidadas", "general", "",
"""Buenas tardes,

El sábado cenamos en el Asador La Encina (Sevilla) con una reserva
hecha desde vuestra web y me dejé unas gafas de ver en funda marrón. He
llamado al restaurante varias veces y no lo coge nadie. ¿Les podéis
avisar vosotros o darme otro teléfono?

Gracias,
Carmen Ortega"""),
("es", "b120-camion-lavanderia-tapa-cochera", "Norma Giménez <norma.gimenez@example.com.ar>", "Su camión en calle Paraguay", "general", "",
"""Buen día. Vivo en calle Paraguay al 1200 y todas las mañanas a eso de
las 7 el camión de ustedes que lleva la ropa al hotel de la esquina se
queda estacionado en doble fila tapando la salida de mi cochera, a
veces veinte minutos. Ya tuve que llegar tarde al trabajo dos veces.
Les pido que estacione en otro lado.
Norma Giménez"""),
("es", "b120-supresion-datos-aepd", "Elena Prieto <elena.prieto@example.es>", "Derecho de supresión - segundo aviso", "general", "high",
"""A la atención del Delegado de Protección de Datos:

El 14 de enero solicité la supresión de mi cuenta de vuestra app de
reservas y de todos mis datos (art. 17 del RGPD). Sin embargo sigo
recibiendo correos y SMS promocionales, y la cuenta sigue activa.

Si en 7 días no me confirmáis la supresión, presentaré una reclamación
ante la Agencia Española de Protección de Datos.

Elena Prieto"""),
("es", "b120-solicitud-empleo-tecnico-frio", "Óscar Nava <oscar.nava@example.mx>", "Vacante técnico", "general", "",
"""Buenas tardes, soy técnico en refrigeración comercial con 6 años de
experiencia en cocinas de hoteles en Cancún. Vi que están buscando
técnicos para la zona de Playa del Carmen. Les adjunto mi CV. Quedo
atento.
Óscar Nava - 998 000 1187"""),
("es", "b120-cable-suelto-stand-hostelco", "Begoña Larrañaga <begona.larranaga@example.es>", "Vuestro stand en Hostelco", "general", "high",
"""Hola,

Ayer estuvimos en vuestro stand de Hostelco, en el pabellón 2. Hay un
cable de alimentación grueso cruzando el pasillo entre la barra de
demostración y la zona de hornos, sin cubrir ni señalizar. Vi a dos
personas tropezar con él en diez minutos; una señora mayor casi se cae
de bruces.

Os lo comento para que lo tapéis o lo mováis antes de que alguien se
haga daño, que la feria sigue hasta el jueves.

Begoña Larrañaga"""),
("es", "b120-invitacion-semana-restaurantes-bogota", "Santiago Osorio <santiago.osorio@example.com.co>", "Semana de Restaurantes", "general", "",
"""Buenos días, somos los organizadores de la Semana de Restaurantes de
Bogotá, del 10 al 20 de septiembre. Queremos invitarlos a participar
como aliados de reservas y a dar una charla para los restaurantes
inscritos. ¿Con quién podemos hablar?
Santiago Osorio"""),
("es", "b120-certificados-tecnicos-hospital", "Cocina Hospital San Rafael <cocina.hsanrafael@example.es>", "Documentación previa a la visita", "general", "",
"""Buenos días:

Para que vuestros técnicos puedan entrar a la cocina del hospital la
semana que viene, prevención de riesgos nos pide el certificado de
instalador de gas, el seguro de responsabilidad civil en vigor y la
lista de nombres y DNI de quienes vendrán. ¿Nos lo podéis mandar?

Atentamente,
Manuel Corral
Jefe de cocina"""),
("es", "b120-cambiar-dia-recogida-manteles", "Sonia Pérez <sonia@hotelcatedral-burgos.example>", "Día de recogida", "general", "",
"""Hola, a partir de noviembre ¿podría el repartidor de los manteles
venir los miércoles en lugar de los martes? Los lunes cerramos el
comedor y el martes a primera hora aún no tenemos las sacas listas.
Misma hora, de 9 a 11. Gracias, Sonia"""),
("es", "b120-lo-estamos-petando", "Iker Otxoa <iker@bodegaotxoa.example>", "Lo estamos petando", "general", "",
"""Buenas!

Desde que usamos vuestro sistema de reservas lo estamos petando, los
viernes la sala revienta y ya casi no hay plantones. Si os sirve para
algún caso de éxito o para la web, estamos encantados de que vengáis a
hacer fotos o una entrevista.

Iker Otxoa
Bodega Otxoa, Logroño"""),
("es", "b120-tesis-entrevista-delivery", "Ximena Torres <ximena.torres@example.mx>", "Entrevista para tesis", "general", "",
"""Hola, soy estudiante de la maestría en Administración de Empresas
Turísticas en la UNAM y mi tesis es sobre el uso de plataformas de
delivery en restaurantes familiares. ¿Habría alguien de su equipo que
me pudiera dar una entrevista de media hora? Puede ser por videollamada.
Muchas gracias,
Ximena Torres"""),
("es", "b120-periodista-revista-gastronomia", "Álvaro Mena <alvaro.mena@example.es>", "Reportaje", "general", "",
"""Buenas tardes,

Soy periodista de una revista de gastronomía y estoy preparando un
reportaje sobre cómo han cambiado las reservas online en los
restaurantes pequeños desde la pandemia. ¿Tenéis departamento de prensa
o alguien con quien pueda hablar?

Un saludo,
Álvaro Mena"""),
# ---------------- Polish ----------------
("pl", "b120-zadatek-wigilia-firmowa", "Agnieszka Nowak <agnieszka.nowak@example.pl>", "Zadatek za wigilię firmową", "billing", "",
"""Dzień dobry,

przez Państwa serwis zarezerwowałam salę w restauracji „Pod Baranem” w
Krakowie na wigilię firmową dla 25 osób (13 grudnia) i wpłaciłam zadatek
500 zł. Tydzień przed terminem restauracja napisała, że zmienia się
właściciel i lokal jest zamknięty do odwołania, a rezerwacja zostaje
anulowana.

Minął już miesiąc, a zadatek nie wrócił na konto firmy. Numer
rezerwacji: KRK-230417. Proszę o informację, kiedy możemy się go
spodziewać.

Z poważaniem,
Agnieszka Nowak
Biuro Rachunkowe Nowak i Wspólnicy"""),
("pl", "b120-oplata-minimalny-obrot-urlop", "Tomasz Wiśniewski <tomasz@kawiarniaprzystan.example>", "Opłata za niski obrót", "billing", "",
"""Dzień dobry,

na fakturze za styczeń pojawiła się „opłata za nieosiągnięcie
minimalnego obrotu” 99 zł za terminal. W styczniu kawiarnia była
zamknięta przez trzy tygodnie (urlop i malowanie), więc obrotu nie
mogło być. Czy ta opłata naliczana jest zawsze, nawet jak lokal jest
zamknięty? Nikt nam o niej nie mówił przy podpisywaniu umowy.

Tomasz Wiśniewski
Kawiarnia Przystań, Sopot"""),
("pl", "b120-waloryzacja-pralnia-pytanie", "Hotel Zamkowy <recepcja@hotelzamkowy-lublin.example>", "Pismo o waloryzacji", "billing", "",
"""Dzien dobry,
dostalismy od Panstwa pismo, ze od 1 marca ceny wynajmu i prania
bielizny hotelowej zostana zwaloryzowane o wskaznik inflacji GUS. Prosze
o informacje, ktory dokladnie wskaznik bierzecie (roczny? za ktory
okres?) i na podstawie ktorego punktu umowy. Chcialabym przeliczyc
budzet na ten rok.
Pozdrawiam,
Ilona Wieczorek, kierownik recepcji"""),
("pl", "b120-zamowienie-blik-dwa-razy", "Bartek Król <bartek.krol@example.pl>", "Zamówienie 33021", "billing", "",
"""hej, placilem BLIKiem za zamowienie 33021 (sushi z Mokotowa, 118 zł) i
bank pokazuje dwie takie same platnosci z tej samej minuty. jedzenie
przyszlo raz :) mozecie oddac jedna?"""),
("pl", "b120-emerytura-syn-w-anglii-kasa", "Jerzy Jaworski <jerzy.jaworski@example.pl>", "Rezygnacja", "billing", "",
"""Szanowni Państwo,

prowadziłem bar mleczny „Pod Lipą” w Rzeszowie przez 31 lat. Od
przyszłego miesiąca przechodzę na emeryturę, a syn, który miał przejąć
interes, został w Anglii. Bar zamykamy 30 kwietnia.

Proszę o zakończenie dzierżawy kasy fiskalnej i systemu sprzedaży z
końcem kwietnia i informację, co mam zrobić z urządzeniami i czy trzeba
coś podpisać.

Z wyrazami szacunku,
Jerzy Jaworski"""),
("pl", "b120-skuwamy-lazienki-zawieszenie", "Pensjonat Pod Giewontem <rezerwacje@podgiewontem.example>", "Remont", "billing", "",
"""Dzien dobry,
od 7 stycznia do konca marca skuwamy wszystkie lazienki i wymieniamy
instalacje, wiec nie przyjmujemy gosci. Czy mozna na ten czas zawiesic
abonament channel managera (149 zl/mc), zeby nie placic za nic? Pokoje
i cenniki chcielibysmy zachowac, zeby w kwietniu tylko wlaczyc.
Dorota Wróbel, Zakopane"""),
("pl", "b120-potracenia-reklamacje-kierownik-regionu", "Restauracja Stary Młyn <biuro@starymlyn-wroclaw.example>", "Potrącenia z rozliczenia - proszę o kontakt kierownika", "billing", "high",
"""Dzień dobry,

w rozliczeniu za ostatnie dwa tygodnie potrąciliście nam 412,80 zł jako
„zwroty dla klientów”. Sprawdziłem każde z tych zamówień: w większości
kurier przyjechał po jedzenie 40–50 minut po tym, jak było gotowe, i
klient dostał zimne danie. To nie jest nasza wina i nie będziemy za to
płacić.

Piszę w tej sprawie trzeci raz i dostaję tę samą gotową odpowiedź.
Proszę, żeby skontaktował się ze mną kierownik regionu albo opiekun
partnerów na Wrocław, a nie kolejny konsultant.

Paweł Szymański
Restauracja Stary Młyn"""),
("pl", "b120-pilne-faktura-nip-nie-techniczny", "Katarzyna Zielińska <k.zielinska@pierogarnia-u-kasi.example>", "PILNE!!! faktury", "billing", "",
"""Dzień dobry, to nie jest problem techniczny, system rezerwacji działa
bez zarzutu. Chodzi o to, że faktury za abonament od stycznia wystawiacie
na mnie prywatnie, a powinny być na firmę: Pierogarnia u Kasi Katarzyna
Zielińska, NIP 6761234567. Księgowa potrzebuje korekt do końca tygodnia.
Pozdrawiam, Kasia"""),
("pl", "b120-re-reklamacja-zwrot-nie-doszedl", "Monika Grabowska <monika.grabowska@example.pl>", "Re: Twoja reklamacja została uznana", "billing", "",
"""Dzień dobry,

minęło już 12 dni roboczych, a zwrotu nie ma ani na karcie, ani na
koncie. Proszę o sprawdzenie i potwierdzenie przelewu.

Monika Grabowska

W dniu 3.02 Obsługa Klienta napisał(a):
> Dzień dobry,
> Twoja reklamacja dotycząca zamówienia 28714 została uznana. Zwrot w
> wysokości 64,00 zł zostanie przekazany na Twoją kartę w ciągu 5-7 dni
> roboczych.
> Pozdrawiamy"""),
("pl", "b120-klub-smakosza-chargeback", "Michał Stępień <michal.stepien@example.pl>", "Opłata za Klub Smakosza", "billing", "high",
"""Dzień dobry,

pobraliście z mojej karty 179 zł za przedłużenie rocznego „Klubu
Smakosza” w Waszej aplikacji. Automatyczne odnowienie wyłączyłem w
październiku i mam zrzut ekranu z komunikatem „Twoja subskrypcja nie
zostanie odnowiona”. Na czacie usłyszałem, że „w systemie tego nie
widać”.

Żądam zwrotu całej kwoty. Jeżeli pieniądze nie wrócą do piątku, zgłaszam
w banku chargeback i załączam zrzut ekranu.

Michał Stępień"""),
("pl", "b120-kaucja-wozki-nakaz-zaplaty", "Grzegorz Mazur <g.mazur@hotelbaltyk.example>", "Zwrot kaucji - wezwanie do zapłaty", "billing", "high",
"""Szanowni Państwo,

umowa na wynajem i pranie bielizny dla Hotelu Bałtyk wygasła 31
sierpnia. Wszystkie wózki transportowe odebrał Wasz kierowca 29
sierpnia, co potwierdza podpisany protokół zdawczo-odbiorczy. Kaucja w
wysokości 3 000 zł miała zostać zwrócona w ciągu 14 dni. Minęły dwa
miesiące.

Niniejszym wzywam do zapłaty w terminie 7 dni. Po tym terminie sprawę
przekażemy kancelarii i wystąpimy do sądu o nakaz zapłaty, z odsetkami.

Grzegorz Mazur
Dyrektor, Hotel Bałtyk, Kołobrzeg"""),
("pl", "b120-dzien-dobry-raty-piec", "Ewa Krawczyk <ewa@bistrozielnik.example>", "Dzień dobry", "billing", "",
"""Dzień dobry,

interesuje nas piec konwekcyjno-parowy na 6 blach z Waszego sklepu (23
900 zł netto). Czy jest możliwość zakupu na raty albo w leasingu, i czy
raty 0% dotyczą też firm? Ewentualnie jaki rabat przy płatności z góry?

Ewa Krawczyk
Bistro Zielnik, Łódź"""),
("pl", "b120-kod-rabatowy-nie-odjety", "Zosia Michalska <zosia.michalska@example.pl>", "kod", "billing", "",
"""czesc, wpisalam kod PIERWSZE20 przy pierwszym zamowieniu, aplikacja
napisala ze kod aktywny, a z karty zeszlo 86,40 zl czyli bez rabatu 20
zl. zamowienie z pizzerii na Jezycach. prosze o zwrot tej roznicy"""),
("pl", "b120-zwrot-szuflady-kasowej", "Łukasz Piotrowski <lukasz@burgerownia-lukasza.example>", "Zwrot szuflady", "billing", "",
"""Dzień dobry,

tydzień temu kupiłem u Was szufladę kasową (349 zł), ale okazuje się,
że jest za szeroka na nasz blat i się nie mieści. Jest nieużywana, w
oryginalnym kartonie. Chciałbym ją zwrócić i odzyskać pieniądze. Kto
płaci za odesłanie i na jaki adres wysłać?

Łukasz Piotrowski"""),
("pl", "b120-wesele-kelnerzy-nie-nabijaja", "Dom Weselny Zlota Podkowa <biuro@zlotapodkowa.example>", "wesele", "technical", "high",
"""Mamy dzis wesele na 180 osob. Od 19:30 zaden tablet kelnerski nie
laczy sie z systemem, pisze "brak polaczenia z serwerem". Zamowienia z
baru przyjmujemy na kartkach, kuchnia nie dostaje bonow, nie da sie
nabic ani jednego rachunku za bar otwarty. Para mlodych pyta co sie
dzieje.

Prosze o natychmiastowy telefon: 600 000 719. Na infolinii nikt nie
odbiera od pol godziny.

Andrzej Pawlak"""),
("pl", "b120-kasa-brak-polaczenia-repozytorium", "Beata Lewandowska <beata@cukierniaslodkikacik.example>", "Komunikat na kasie", "technical", "",
"""Dzień dobry,

od wczoraj na kasie przy każdym uruchomieniu wyskakuje komunikat „Brak
połączenia z CRK – dane zostaną przesłane później”. Kasa normalnie
drukuje paragony, więc sprzedajemy, ale boję się, czy coś się nie
zablokuje. Internet w lokalu działa. Co robić?

Beata Lewandowska
Cukiernia Słodki Kącik, Gdańsk"""),
("pl", "b120-frytownica-dymi-termostat", "Krzysztof Dąbrowski <k.dabrowski@example.pl>", "Frytownica", "technical", "high",
"""Dzień dobry,

frytownica dwukomorowa, w której w zeszłym tygodniu Państwa serwisant
wymieniał termostat, od wczoraj mocno dymi z lewej komory, mimo że
pokrętło jest ustawione na 170 stopni. Olej wygląda na dużo gorętszy,
niż powinien. Wyłączyliśmy ją, odłączyliśmy zasilanie i nie używamy.

Proszę o przysłanie kogoś możliwie szybko.

Krzysztof Dąbrowski
Szef kuchni, Karczma Pod Kogutem"""),
("pl", "b120-channel-manager-ferie-overbooking", "Recepcja Willa Halny <recepcja@willahalny.example>", "Goście bez pokoi", "technical", "high",
"""Od czwartku żadna zmiana w channel managerze nie przechodzi do
Booking.com ani do Nocowanie.pl. Na ferie mamy pokój 5 sprzedany trzy
razy, apartamenty po dwa razy. Dziś musieliśmy odesłać dwie rodziny z
dziećmi do innego pensjonatu i zapłacić za ich taksówkę. Jutro
przyjeżdża kolejnych sześć rezerwacji, których nie mamy jak przyjąć.

Zamknęliśmy wszystko ręcznie na portalach, czyli nic nie sprzedajemy.
Potrzebujemy kogoś jeszcze dziś.

Magdalena Kamińska
Willa Halny, Zakopane"""),
("pl", "b120-link-haslo-wygasl", "Joanna Wójcik <joanna.wojcik@example.pl>", "Nie mogę się zalogować", "technical", "",
"""Dzień dobry, za każdym razem gdy klikam link do zmiany hasła do panelu
restauracji, pojawia się „Link wygasł”, nawet jeśli klikam od razu po
otrzymaniu maila. Próbowałam w Chrome i w Edge. Joanna, Trattoria
Bella, Poznań"""),
("pl", "b120-aplikacja-blad-402-karta", "Kuba Nowicki <kuba.nowicki@example.pl>", "Błąd przy dodawaniu karty", "technical", "",
"""Cześć, próbuję dodać kartę w aplikacji i za każdym razem wyskakuje
„Błąd 402 – spróbuj ponownie później”. Karta działa wszędzie indziej,
BLIK w aplikacji też działa. iPhone 12, aplikacja zaktualizowana. Co
jest nie tak?"""),
("pl", "b120-piec-trzecia-naprawa-przelozony", "Marek Kowalczyk <marek@restauracjawisla.example>", "Piec - trzecia naprawa - żądam kontaktu przełożonego", "technical", "high",
"""Dzień dobry,

to już trzecia „naprawa” pieca konwekcyjno-parowego w ciągu miesiąca.
Za każdym razem serwisant wymienia czujnik, mówi, że wszystko gra, a
po kilku dniach piec znowu wyłącza się w połowie pieczenia z błędem
E-34. Mamy w tym tygodniu trzy przyjęcia.

Nie chcę kolejnego serwisanta, który zrobi to samo. Proszę, żeby jeszcze
dziś zadzwonił do mnie kierownik serwisu albo jego przełożony i
wyjaśnił, co naprawdę jest z tym piecem.

Marek Kowalczyk
Restauracja Wisła, Toruń, tel. 600 000 355"""),
("pl", "b120-nie-chce-zwrotu-widget-godzina", "Anna Zając <anna@bistrozajac.example>", "Widget rezerwacji", "technical", "",
"""Dzien dobry, od razu zaznaczam: nie chce zadnego zwrotu ani rabatu,
chce tylko, zeby to dzialalo.

Od zmiany czasu widget rezerwacji na naszej stronie pokazuje godziny
przesuniete o godzine - goscie rezerwuja na 18:00, a w panelu widzimy
17:00. W ustawieniach strefa czasowa jest Europe/Warsaw. Przez to
dwa razy mielismy gosci o zlej godzinie.
Anna Zajac, Bistro Zajac, Katowice"""),
("pl", "b120-zasilacz-terminala-iskrzy", "Ilona Sadowska <ilona@lodziarnia-sadowska.example>", "Ładowarka terminala", "technical", "high",
"""Dzień dobry,

przy podłączaniu stacji ładującej terminala płatniczego, który od Was
dzierżawimy, z wtyczki zasilacza poszła iskra i jest lekko nadtopiona z
jednej strony, czuć spaleniznę. Gniazdko jest sprawne, inne urządzenia
działają. Odłączyliśmy zasilacz i więcej go nie używamy, terminal
ładujemy na razie z laptopa przez USB.

Proszę o wymianę zasilacza.

Ilona Sadowska"""),
("pl", "b120-drukarka-bonow-podwojnie", "Bistro Pod Wieżą <bistro@podwieza.example>", "drukarka", "technical", "",
"""dzien dobry, drukarka bonow w kuchni od poniedzialku drukuje kazdy bon
dwa razy. kucharze juz dwa razy zrobili podwojne danie. w ustawieniach
liczba kopii jest 1. drukarka przy barze drukuje normalnie."""),
("pl", "b120-re-zmywarka-nie-dogrzewa", "Dorota Wróbel <dorota@karczmazbojnicka.example>", "Re: Protokół serwisowy 5521", "technical", "",
"""Dzień dobry,

niestety nic się nie zmieniło. Płukanie dalej ma ok. 60 stopni zamiast
85, naczynia wychodzą tłuste i mokre. Proszę o ponowny przyjazd
serwisanta.

Dorota Wróbel

-----Wiadomość oryginalna-----
Od: Serwis
Wysłano: 11 marca 15:20
Temat: Protokół serwisowy 5521

Szanowni Państwo,
nasz serwisant wymienił dziś grzałkę bojlera w zmywarce kapturowej.
Urządzenie zostało sprawdzone i działa prawidłowo.
Z pozdrowieniami, Serwis"""),
("pl", "b120-schladzarka-alarm-hi", "Paweł Szymański <pawel@starymlyn-wroclaw.example>", "Schładzarka szokowa", "technical", "",
"""Dzień dobry, schładzarka szokowa co kilkanaście minut piszczy i
wyświetla alarm „HI”, mimo że w komorze jest pusto i temperatura na
wyświetlaczu spada normalnie. Przez to nie mamy porządnych wydruków do
HACCP. Czy można to jakoś skalibrować zdalnie, czy musi przyjechać
serwis?"""),
("pl", "b120-tablet-wylogowuje-co-noc", "Kebab u Alego <kebabuali.poznan@example.pl>", "tablet sie wylogowuje", "technical", "",
"""Dzien dobry, tablet do zamowien wylogowuje sie sam co noc i rano trzeba
wpisywac login i haslo od nowa. Pracownicy na rannej zmianie nie znaja
hasla, wiec co rano dzwonia do mnie i im je dyktuje. Da sie zeby
zostawal zalogowany?
Ali"""),
("pl", "b120-podziekowanie-serwisant-wigilia", "Zofia Michalska <zofia@restauracjakasztelanka.example>", "Podziękowanie", "general", "",
"""Dzień dobry,

chciałam bardzo podziękować Panu Robertowi z Waszego serwisu, który w
samą Wigilię rano przyjechał do nas, bo stanęła komora chłodnicza z
całym jedzeniem na kolacje wigilijne na wynos. W godzinę było po
sprawie. Spokojny, miły, jeszcze pomógł przenosić skrzynki. Uratował
nam święta.

Proszę przekazać to jego przełożonemu.

Zofia Michalska
Restauracja Kasztelanka, Sandomierz"""),
("pl", "b120-kierowca-pralni-rzucal-workami-kierownik", "Grzegorz Lis <grzegorz.lis@hotelrynek.example>", "Zachowanie kierowcy", "general", "high",
"""Dzień dobry,

dziś rano Wasz kierowca, który odbiera bieliznę, krzyczał na naszą
recepcjonistkę przy gościach, rzucał workami po holu i wyzwał ją, bo
wózki nie stały przy wejściu o 6:45 (mamy ustalone okno 7:00–9:00).
Dziewczyna jest roztrzęsiona.

Proszę o pilny kontakt kierownika, nie chcę odpowiedzi z szablonu. Nie
życzę sobie też, żeby ten kierowca jeszcze do nas przyjeżdżał.

Grzegorz Lis
Dyrektor, Hotel Rynek, Wrocław"""),
("pl", "b120-infolinia-majowka", "Karolina Baran <karolina@tawernamaszoperia.example>", "Majówka", "general", "",
"""Dzień dobry, czy infolinia działa w majówkę, 1–3 maja, i w jakich
godzinach? Mamy wtedy komplet na sali i chcę wiedzieć, gdzie dzwonić,
jakby coś się działo."""),
("pl", "b120-rodo-dostep-uodo", "Robert Sikorski <robert.sikorski@example.pl>", "Żądanie dostępu do danych – ponaglenie", "general", "high",
"""Szanowni Państwo,

5 lutego złożyłem żądanie dostępu do danych osobowych na podstawie art.
15 RODO: prosiłem o kopię wszystkich danych, które przechowuje o mnie
Państwa serwis rezerwacji, oraz informację, którym restauracjom je
udostępniono. Potwierdzono przyjęcie, ale od ponad miesiąca nie
otrzymałem odpowiedzi.

Jeżeli w ciągu 7 dni nie otrzymam danych, złożę skargę do Prezesa
Urzędu Ochrony Danych Osobowych.

Robert Sikorski"""),
("pl", "b120-serwisant-zostawil-telefon", "Agata Kubiak <agata@pizzeriaforno.example>", "Telefon serwisanta", "general", "",
"""Dzień dobry, serwisant, który był u nas wczoraj przy zmywarce, zostawił
na parapecie w kuchni telefon w czarnym etui. Leży u nas na barze, może
go odebrać, kiedy chce, albo ktoś od Was. Agata, Pizzeria Forno, Gliwice"""),
("pl", "b120-zmiana-osoby-kontaktowej", "Hotel Pod Orłem <biuro@hotelpodorlem.example>", "Zmiana danych kontaktowych", "general", "",
"""Dzien dobry,
od 1 pazdziernika obowiazki kierownika gastronomii przejal p. Adam
Rutkowski (adam.rutkowski@hotelpodorlem.example, tel. 600 000 812) w
miejsce p. Marty Kozlowskiej. Prosimy o zmiane osoby kontaktowej na
koncie.
Z powazaniem,
Sekretariat Hotelu Pod Orlem, Bydgoszcz"""),
("pl", "b120-sponsoring-festiwal-pierogow", "Stowarzyszenie Smaki Podkarpacia <festiwal@smakipodkarpacia.example>", "Festiwal Pierogów 2025 – propozycja współpracy", "general", "",
"""Szanowni Państwo,

w sierpniu organizujemy po raz dziewiąty Festiwal Pierogów w Krośnie –
w zeszłym roku odwiedziło nas ok. 15 tys. osób. Wiele lokali, które
biorą udział, korzysta z Waszej platformy zamówień. Czy bylibyście
zainteresowani sponsorowaniem sceny kulinarnej? Chętnie prześlemy
ofertę sponsorską.

Z pozdrowieniami,
Halina Ostrowska"""),
("pl", "b120-salon-plytka-odstaje", "Jacek Zawadzki <jacek.zawadzki@example.pl>", "Salon w Warszawie", "general", "high",
"""Dzień dobry,

byliśmy wczoraj z szefem kuchni w Waszym salonie sprzedaży na Woli, żeby
obejrzeć zmywarki. Przy wejściu do strefy pokazowej jedna duża płytka
podłogowa jest pęknięta i odstaje na dobre dwa centymetry. Nasz kucharz
się o nią potknął i tylko cudem się nie przewrócił, a zaraz po nim
starsza pani o mało nie upadła w tym samym miejscu.

Piszę, żebyście to zabezpieczyli, zanim ktoś zrobi sobie krzywdę.

Jacek Zawadzki"""),
("pl", "b120-dostawy-od-podworza-urwanie-glowy", "Gospoda Pod Wawelem <gospoda.podwawelem@example.pl>", "Dostawy bielizny", "general", "",
"""Dzień dobry, u nas w sezonie urwanie głowy, kuchnia płonie od 11 do
zamknięcia, więc bardzo prosimy: niech kierowca z obrusami nie wchodzi
przez salę. Od poniedziałku proszę wjeżdżać od podwórza (brama od ul.
Powiśle, domofon „zaplecze”) i zostawiać wózki przy magazynku.
Dziękuję, Beata"""),
("pl", "b120-zamowienie-pochwala-kuriera", "Helena Bąk <helena.bak@example.pl>", "Zamówienie 41877", "general", "",
"""Dzień dobry, zamawiałam wczoraj obiad dla mamy (zamówienie 41877).
Kurier, pan Dima, zauważył, że mama słabo chodzi, sam wniósł torbę na
czwarte piętro i jeszcze zapytał, czy czegoś nie potrzebuje. Bardzo
dziękuję, proszę mu to przekazać."""),
("pl", "b120-jak-dolaczyc-restauracja", "Wojciech Kaczmarek <wojtek@ramenyokai.example>", "Dołączenie do platformy", "general", "",
"""Dzień dobry,

otwieramy w marcu ramen bar w Lublinie. Jakie dokumenty są potrzebne,
żeby dołączyć do Waszej platformy (decyzja sanepidu, wpis do CEIDG?) i
ile zwykle trwa uruchomienie konta?

Wojciech Kaczmarek"""),
("pl", "b120-szkolenie-personelu-sezon", "Marta Kozłowska <marta@smazalniahel.example>", "Szkolenie", "general", "",
"""Dzien dobry, czy robicie szkolenia z obslugi systemu kasowego dla
nowych pracownikow? W czerwcu przychodzi nam osmiu sezonowych i wolalabym,
zeby ktos im to porzadnie pokazal. Moze byc online.
Marta, Smazalnia Hel"""),
("pl", "b120-targi-poznan-spotkanie", "Daniel Wróblewski <daniel.wroblewski@example.pl>", "Targi w Poznaniu", "general", "",
"""Dzień dobry,

czy będziecie mieli stoisko na targach gastronomicznych w Poznaniu w
listopadzie? Planujemy wyposażenie kuchni w nowym hotelu pod Gnieznem i
chętnie umówilibyśmy się na rozmowę z przedstawicielem na miejscu.

Pozdrawiam,
Daniel Wróblewski"""),
]
