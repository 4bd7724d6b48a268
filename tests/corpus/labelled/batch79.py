# batch79.py -- labelled mails held out of the tree until the rules it
# measures are final; nothing is tuned or trained on them.  Household
# telecoms this time: prepaid SIM cards and top-ups, fibre installers,
# number porting, phone trade-in, home phones for elderly people,
# international calling, mobile hotspots and travel routers.  The failure
# classes in new situations -- escalation demands and legal threats that
# keep their topic, chargebacks, negations, Greeklish, subjects that say
# nothing or something else, replies quoting an earlier mail, plans ended
# or paused in other words, business outages told by their consequences,
# safety hazards told calmly, praise, payment questions -- and everyday
# mail of all three queues.  Same tuple format as batch12.py.
M += [
# ---------------- English ----------------
("en", "b79-prepaid-topup-voucher-not-credited", "Darren Whitfield <darren.whitfield@example.co.uk>", "Top up", "billing", "",
"""Hi,

Bought a 20 quid top-up voucher at the Co-op on Saturday, typed the code
in and got the text saying "Thank you, your top-up was successful". My
balance is still showing 0.12. I've restarted the phone, checked with
*100#, same thing.

Receipt says voucher ref 7730 1186 4421. Can you put the credit on please?

Darren"""),
("en", "b79-roaming-spain-eu-included", "Aoife Brennan <aoife.brennan@example.ie>", "Bill this month", "billing", "",
"""Hello,

My bill for March is 86.40 when it's normally 35. Looking at the
breakdown, there's 51.40 of "roaming data" from the week we were in
Malaga. I was told when I signed up that EU roaming was included in my
plan at no extra cost, that was half the reason I picked it.

Could somebody look at this and take it off? Account number 30-118842.

Thanks a million,
Aoife Brennan
Galway"""),
("en", "b79-trade-in-value-cut-ombudsman", "Graham Pilling <graham.pilling@example.co.uk>", "Trade-in TR-558102", "billing", "high",
"""Dear Sir or Madam,

On 4 February I sent you my iPhone 13 under your trade-in scheme. Your
online quote, which I saved, was 310.00 for a phone in "good" condition.
It was in excellent condition: no scratches, the screen had been behind
a protector since the day I bought it, and the battery health was 91%.

You have now paid me 95.00, on the grounds that the screen was "cracked".
It was not cracked when it left my hands, and I have photographs taken
at the post office counter to prove it. Your team has refused to send
the phone back or show me any photograph of the supposed crack.

I am giving you fourteen days to pay the remaining 215.00. If you do not,
I will take the matter to the Communications Ombudsman, and I will be
sending them the photographs and this correspondence.

Yours faithfully,
Graham Pilling"""),
("en", "b79-late-father-landline", "Margaret Hollis <m.hollis@example.co.uk>", "Mr D. Hollis, account 4471 0093", "billing", "",
"""Dear Customer Services,

I am writing on behalf of my father, Desmond Hollis, who passed away on
12 March. His landline at 9 Alder Close, Kettering is still being paid by
direct debit from his account, which the bank has now frozen.

Please could you close the line and let me know if anything is owed or
due back. I can send a copy of the death certificate if you need it. I
am the executor.

With thanks,
Margaret Hollis (daughter)"""),
("en", "b79-hotspot-plan-asleep-while-sailing", "Brodie Kennard <brodie.k@example.com.au>", "going offshore", "billing", "",
"""G'day,

I've got the 60GB hotspot plan on the little Netgear unit. I'm crewing on
a yacht delivery from Fremantle up to Phuket and then on to the Maldives,
so I'll be out of range of anything for about five months. No point me
paying $45 a month for data I can't use.

Is there a way to put the plan to sleep until I'm back in March, without
losing my number or the unit? If it has to be cancelled and restarted
that's fine too, just tell me what's cheapest.

Cheers,
Brodie"""),
("en", "b79-india-calling-addon-which", "Priya Raghunathan <priya.r@example.co.uk>", "International add-on", "billing", "",
"""Hello team,

I call my parents in Chennai almost every day, about 20-30 minutes each
time, mostly to their landline. I'm currently on the 12 pound SIM-only
plan with no international minutes and the calls are costing me a lot.

I see you have a 5 pound "World 100" add-on and a 10 pound "World 500"
add-on. Does India landline count in these, and is it minutes per month?
Which one would work out cheaper for me? Also, can I add it in the
middle of the month or only from the next bill date?

Kindly advise.

Regards,
Priya"""),
("en", "b79-fibre-dd-taken-twice-bank-claim", "Steve Orchard <steve.orchard@example.co.uk>", "Taken twice", "billing", "high",
"""You've taken 42.50 out of my account twice this month, on the 1st and
again on the 3rd, for the same fibre package. This has left me overdrawn
and the bank has charged me 15 for it.

I've rung twice and been told it will "drop off". It hasn't. If the 42.50
and the 15 charge aren't back in my account by Friday I'm making a claim
under the Direct Debit Guarantee with my bank and I'll be cancelling the
mandate altogether.

S. Orchard"""),
("en", "b79-re-fibre-install-fee-free", "Hannah Lowe <hannah.lowe@example.com>", "Re: Your fibre installation is confirmed", "billing", "",
"""Hi,

Thanks for this, the date's fine. One thing though - where has the 60.00
"installation charge" come from? The advert I signed up from said free
standard installation, and nobody mentioned a charge on the phone. Can
you remove it before the first bill goes out?

Hannah

-----Original Message-----
From: Orbit Fibre <noreply@orbitfibre.example>
Sent: 14 May 10:02
Subject: Your fibre installation is confirmed

Hi Hannah,

Great news! Your installation is booked for Tuesday 21 May, 8am - 1pm.
An engineer will need access to the room where you'd like your router.

One-off charges on your first bill:
  Installation: 60.00

The Orbit Fibre team"""),
("en", "b79-travel-router-unopened-swap", "Rachel Osei <rachel.osei@example.co.uk>", "Wrong router", "billing", "",
"""Hiya, I ordered the TR-300 travel router but I've since realised it
doesn't take a SIM, it only shares hotel wifi, which is no use to me. It's
still in the shrink wrap. Can I swap it for the TR-500 that does take a
SIM and just pay the difference? Or do I need to send it back for a
refund and order again? Order 66140."""),
("en", "b79-autopay-new-card", "Tyler Bradshaw <tyler.bradshaw@example.com>", "autopay", "billing", "",
"""hey, my old visa expired last month and my autopay failed, I got the
text saying I have a past due balance of $68.99. I have a new card now.
how do I switch autopay over to it? I couldn't find where to do it in the
account page. and will I get a late fee for this one? thanks"""),
("en", "b79-termination-fee-supervisor", "Denise Alvarez <denise.alvarez@example.com>", "Early termination fee - need a supervisor", "billing", "high",
"""To whoever reads this,

I moved from Tucson to a ranch outside Sonoita in June. There is no
coverage from your network at my new address - none, I checked with
your own coverage map before I called, and your rep agreed. I asked to
cancel and was told I'd be charged a $180 early termination fee.

I'm not paying a fee to leave a service you can't provide. I've now
spoken to three different agents who all "understand my frustration"
and can't do anything. I want this passed to a supervisor or someone in
a position to waive it. Please have them call me at (520) 555-0148.

Denise Alvarez"""),
("en", "b79-hello-student-discount", "Jack Fairbairn <jack.fairbairn@example.ac.uk>", "Hello", "billing", "",
"""Hello,

I'm starting at uni in Edinburgh in September. Does the student
discount work on SIM-only plans or just on phone contracts? And is it
taken off every month or only for the first year?

Jack"""),
("en", "b79-nan-care-home-bungalow-line", "Lisa Crompton <lisa.crompton@example.co.uk>", "Nan's phone", "billing", "",
"""Hello,

My nan, Mrs Edna Crompton, has gone into Meadowbank care home in Preston
last week and won't be going back to her bungalow. The home has a phone
in each room so she won't need her own line any more, and the bungalow
is being cleared.

I have lasting power of attorney. What do I need to send you to stop
her line and the 24.99 a month going out? The number is 01772 555 318.

Many thanks,
Lisa"""),
("en", "b79-tax-invoice-abn-hotspots", "Accounts <accounts@dingocivil.example.com.au>", "Tax invoices for the site hotspots", "billing", "",
"""Hi,

We have six of your 4G hotspot plans running on our road crew utes.
At the moment the invoices come through addressed to Mick personally,
with no ABN on them, and our accountant won't accept them for GST.

Can you reissue the last three months as tax invoices to Dingo Civil
Pty Ltd, ABN 51 824 753 556, and send future ones to this address?

Thanks,
Karen
Accounts, Dingo Civil"""),
("en", "b79-not-billing-topup-app-crash", "Sunil Mehta <sunil.mehta@example.com>", "Top-up app", "technical", "",
"""This is not about billing or my balance, my balance is fine. The problem
is the top-up app itself: since yesterday's update it closes by itself
the moment I open it. White screen for a second and then back to the
home screen. Samsung A34, Android 14. Cleared cache, reinstalled, same.

Sunil"""),
("en", "b79-fibre-drops-evenings", "Ciaran Doyle <ciaran.doyle@example.ie>", "Broadband", "technical", "",
"""Howya,

Since about two weeks ago the fibre drops out every evening, nearly on
the dot of 8. The router goes to a flashing orange light for 5-10 mins
and then comes back. During the day it's grand. It's happened on the
work laptop, the kids' tablets, the telly, everything.

I've swapped the cable between the ONT and the router and moved the
router off the floor. No difference. Can someone look at the line?

Ciaran, Drogheda"""),
("en", "b79-hotspot-battery-swollen", "Megan Tully <megan.tully@example.com.au>", "Pocket wifi", "technical", "high",
"""Hi there,

Just letting you know about the pocket wifi unit I got with my plan in
January. This morning I noticed the back cover had popped off on one
side, and when I looked closer the battery underneath has swollen up
like a little pillow. It was quite warm, though it wasn't plugged in.

I've put it on a ceramic plate out on the back verandah away from the
house, and I won't charge it again. What should I do with it, and can
you send a replacement? I use it for work.

Megan"""),
("en", "b79-vet-practice-callers-dead-tone", "Practice Manager <manager@riversidevets.example.co.uk>", "Phones", "technical", "high",
"""Hello,

Since just before 9 this morning anyone ringing our practice number
gets a dead tone after one ring. Our own outgoing calls work. We only
found out because two clients turned up at reception with emergencies
saying they'd tried to ring ahead and couldn't get through, and our
morning appointment list has half the usual calls in.

We're a veterinary practice with an out-of-hours service that goes
through the same number. Please can someone ring me on my mobile,
07700 900 412, as soon as possible.

Jo Pemberton
Practice Manager, Riverside Veterinary Centre"""),
("en", "b79-ported-number-no-calls", "Neil Ashworth <neil.ashworth@example.co.uk>", "Number transfer", "technical", "",
"""Hi, I moved my number over to you from my old network on Tuesday.
Since then I can make calls and use data on your SIM but nobody can ring
me or text me - they get "this number is not recognised". It's now been
three days. The number is 07700 900 265. The old SIM is dead as well so
I'm basically unreachable."""),
("en", "b79-mum-pendant-alarm-digital-line", "Alison Fraser <alison.fraser@example.co.uk>", "My mother's alarm", "technical", "high",
"""Good afternoon,

Your engineer switched my mother's home phone over to the new digital
line on Monday, and plugged the phone into the new router. Since then
the pendant alarm she wears round her neck does not get through to the
monitoring centre. We tested it yesterday with them on the other line
and nothing arrived.

My mother is 89, lives alone in Cupar and has had two falls this year.
The pendant is the only way she can get help if she falls again. I am
staying with her at the moment but have to go home on Sunday. Please
can somebody come out before then.

Alison Fraser
07700 900 883"""),
("en", "b79-esim-qr-invalid-flying-tomorrow", "Kyle Morrison <kyle.morrison@example.com>", "eSIM", "technical", "",
"""Hi - I bought your Japan travel eSIM (order JP-20417) and when I scan the
QR code on my iPhone 15 it says "Unable to complete cellular plan change,
the code is no longer valid". I haven't scanned it before on any other
phone. Flying to Osaka tomorrow morning, so if you could sort it or send
a new code today I'd appreciate it.

Kyle"""),
("en", "b79-installer-drilled-socket-sparks", "Ruth Kingsley <ruth.kingsley@example.co.uk>", "Installation yesterday", "technical", "high",
"""Hello,

Your installer fitted our fibre yesterday afternoon and drilled through
the living room wall to bring the cable in. About an hour after he left
I plugged the lamp into the double socket just below the hole and there
was a crack and a couple of sparks, and a smell of something burning.
The socket has not worked since and there is a faint black mark on the
faceplate.

I've switched that circuit off at the fuse box and we are not using that
wall. I think the drill may have gone through the cable behind the
socket. Could you arrange for someone to look at it, please? We have two
small children.

Ruth Kingsley
14 Ferncroft Road, Stockport"""),
("en", "b79-dont-want-refund-router-reboots", "Ananya Iyer <ananya.iyer@example.in>", "Router issue complaint no. 3", "technical", "",
"""Dear Sir/Madam,

I have received your message offering me a credit of Rs 500 on my next
bill for the inconvenience. I do not want a refund or a credit. I only
want the router to stop rebooting by itself every half an hour.

I am working from home and each time it restarts my office VPN
disconnects. The technician who came on Monday changed the adapter only.
The problem is the same. Kindly send someone who can replace the router
itself.

Thanks and regards,
Ananya Iyer
Koramangala, Bengaluru"""),
("en", "b79-calls-to-poland-not-recognised", "Tom Hargreaves <tom.hargreaves@example.co.uk>", "Calling Poland", "technical", "",
"""Morning,

I've got the international add-on and have been ringing my wife's
family in Wroclaw on it for months. Since about Thursday every call to a
Polish number fails straight away with "the number you have dialled has
not been recognised". I'm dialling it the same way as always, 0048 then
the number. Calls within the UK are fine. Tried +48 too.

Tom"""),
("en", "b79-account-reset-link-expired", "Chloe Simmons <chloe.simmons@example.com>", "can't log in", "technical", "",
"""I've asked for a password reset four times now. Every time I click the
link in the email (within a minute of it arriving) it says "this link has
expired". So I can't get into my account at all. Tried on my phone and
my laptop."""),
("en", "b79-big-button-phone-too-quiet", "Harold Beech <h.beech@example.co.uk>", "Telephone", "technical", "",
"""Dear Sirs,

I bought the big button telephone from you in the Autumn on the
recommendation of my daughter. It has been satisfactory until recently
but now even with the volume turned to the top I cannot hear the person
speaking. I wear a hearing aid and the phone did work with it before.
The ringer is as loud as ever.

Is there something I have pressed by mistake?

Yours faithfully,
H. Beech (Mr)"""),
("en", "b79-travel-router-hotel-portal", "Liam O'Sullivan <liam.osullivan@example.com.au>", "Travel router and hotel wifi", "technical", "",
"""Hi, the travel router works fine on my phone hotspot but when I try to
put it on hotel wifi (we're in a Novotel in Auckland) the hotel's login
page never comes up on any device behind the router, so nothing gets
online. I've tried the "captive portal" setting in the app and rebooting.
Is there a trick to it?"""),
("en", "b79-patricks-day-grafton-street", "Niamh Kelly <niamh.kelly@example.ie>", "Opening hours", "general", "",
"""Hi, will the Grafton Street shop be open on St Patrick's Day, and if so
what hours? My brother is over from Boston and needs a SIM. Thanks!"""),
("en", "b79-praise-installer-kevin", "Paul Jennings <paul.jennings@example.co.uk>", "Kevin", "general", "",
"""Just a quick note to say how good Kevin, your installer, was on
Wednesday. Our house is a 1930s semi with walls like a bunker and he
spent nearly four hours getting the cable in without making a mess,
explained everything to my wife who was worried about the drilling, and
even hoovered up after himself. Please pass on our thanks.

Paul & Sue Jennings"""),
("en", "b79-shop-staff-laughed-at-dad-area-manager", "Rebecca Hale <rebecca.hale@example.co.uk>", "Your Broad Street shop", "general", "high",
"""I am writing about the way my father was treated in your Broad Street
shop in Reading on Saturday afternoon.

He is 78 and went in to buy a pay-as-you-go SIM for his new phone. He
asked the young man at the counter to explain the difference between
two of the packs. The young man sighed, said "it's literally written on
the box", and then laughed about him with his colleague while my father
was still standing there. My father came home very upset and hasn't
wanted to go back.

I don't want a voucher. I want the area manager, not the shop, to
contact me about this. My number is 07700 900 524.

Rebecca Hale"""),
("en", "b79-lost-glasses-counter", "Sheila Moran <sheila.moran@example.ie>", "Glasses", "general", "",
"""I think I left my reading glasses on the counter in your Cork shop
(Patrick Street) on Tuesday morning when I was in about my phone. They
are in a red case with "Specsavers Mallow" on it. Has anybody handed
them in?

Sheila Moran"""),
("en", "b79-nothing-wrong-surname-change", "Emma Carter <emma.carter@example.com>", "Account name", "general", "",
"""Hi there - nothing is wrong with the service, I just got married and
want to change the name on my account from Emma Pryce to Emma Carter.
Do you need a copy of the marriage certificate? Email address and
everything else stays the same. Thanks!"""),
("en", "b79-call-recordings-ico", "Martin Doyle <martin.doyle@example.co.uk>", "Subject access request", "general", "high",
"""Dear Data Protection Officer,

On 2 January I made a subject access request by email for all personal
data you hold about me, including the recordings of my calls to your
customer service line on 11 and 19 December. The one month limit has
passed and I have not even had an acknowledgement.

Please treat this as a final reminder. If I do not receive the data
within seven days, I will make a complaint to the Information
Commissioner's Office.

Martin Doyle
Account 2290 4471"""),
("en", "b79-question-pac-code-porting", "Gareth Price <gareth.price@example.co.uk>", "Question", "general", "",
"""Hi,

Thinking of moving to you from my current network. How does keeping my
number work - do I need to get a PAC code from them first or do you do
all that? And will I be without a phone for a day or two while it
switches over? I'm self-employed so I can't really miss calls.

Ta,
Gareth"""),
("en", "b79-re-sim-on-its-way-neighbour", "Dave Rutherford <dave.rutherford@example.co.uk>", "Re: Your SIM is on its way", "general", "",
"""We'll both be at work all day Thursday. Could the courier leave it with
the neighbour at number 14 (Mrs Patel) rather than taking it back to the
depot? She's happy to take it.

Dave

> Hi Dave,
> Your new SIM card has been dispatched with DPD and will arrive on
> Thursday. Someone will need to sign for it.
> Thanks for choosing Beacon Mobile."""),
("en", "b79-cricket-club-sponsorship", "Vikram Chaudhary <secretary@leicesterlionscc.example>", "Sponsorship enquiry", "general", "",
"""Dear Sir/Madam,

I am the secretary of Leicester Lions Cricket Club, a community club
with three senior teams and around 90 juniors. We are looking for a
local business to sponsor our junior kit for the coming season, in
return for your logo on the shirts and a banner at the ground on
Belgrave Road.

Your shop on Melton Road is well known to many of our families. Would
you consider it? I would be glad to send more details.

Kind regards,
Vikram Chaudhary
Hon. Secretary"""),
("en", "b79-loose-tile-doorway-tripped", "Pauline Ware <pauline.ware@example.co.uk>", "Floor at the entrance", "general", "high",
"""Hello,

I want to let you know that one of the big floor tiles just inside the
door of your shop in the Grosvenor Centre is loose and rocks when you
step on it. When I went in on Monday an elderly lady in front of me
caught her foot on the raised edge and went down on her hands and knees.
She was shaken but said she was all right. Your staff helped her up but
the tile was still the same when I left.

Someone is going to be badly hurt. Please get it fixed.

Pauline Ware"""),
("en", "b79-order-48213-when", "Sam Whitaker <sam.whitaker@example.com>", "Order 48213", "general", "",
"""Ordered the Pixel on Sunday with next day delivery and the tracking has
said "order received" ever since. Has it actually been sent? Not
complaining, just want to know roughly when to expect it."""),
("en", "b79-urgent-caps-5g-byron", "Josh Nguyen <josh.nguyen@example.com.au>", "URGENT!!!", "general", "",
"""URGENT - need to know TODAY if you have 5G at Suffolk Park (just south of
Byron Bay). Signing a lease on a place there tomorrow and I work from
home on hotspot. Your map shows a purple blob but I can't zoom in far
enough to tell. Cheers"""),
("en", "b79-killer-deal-thanks", "Grace Hollingsworth <grace.h@example.com>", "Thanks", "general", "",
"""Just wanted to say thanks to Dominic in your Leamington store. He sorted
my mum's new phone, moved all her photos over and sat with her until she
was happy using WhatsApp. Absolute legend - she's been video calling us
all day. Killer service, honestly. More of this please!"""),
]
# ---------------- Greek ----------------
M += [
("el", "b79-kartokinhto-ananeosi-periptero", "Στέλιος Παπαδάκης <stelios.papadakis@example.gr>", "Ανανέωση χρόνου ομιλίας", "billing", "",
"""Καλημέρα σας,

Αγόρασα χθες από περίπτερο στο Ηράκλειο κάρτα ανανέωσης των 10 € για το
καρτοκινητό μου. Έβαλα τον κωδικό, μου ήρθε μήνυμα ότι «η ανανέωση
ολοκληρώθηκε», αλλά το υπόλοιπο δείχνει ακόμα 0,40 €. Έχω κρατήσει την
απόδειξη από το περίπτερο.

Μπορείτε να το ελέγξετε; Ο αριθμός είναι 690 000 4417.

Ευχαριστώ,
Στέλιος"""),
("el", "b79-gl-paketo-data-dyo-fores", "Giorgos Stathopoulos <g.stathop@example.gr>", "paketo", "billing", "",
"""Kalhspera. Eixa 15 evrw sto kartokinito kai energopoihsa to paketo
data twn 7 evrw mia fora, apo to app. Mou phre 14 evrw, dhladh to
xrewse 2 fores, kai paketo exw mono ena. Thelw na mou epistrepsete ta 7
evrw sto ypoloipo.

Giorgos"""),
("el", "b79-roaming-tourkia-xrewsi", "Δήμητρα Αναστασίου <dimitra.anast@example.gr>", "Λογαριασμός Ιουλίου", "billing", "",
"""Καλησπέρα,

Ο λογαριασμός του Ιουλίου ήρθε 63,20 € αντί για τα συνηθισμένα 22 €.
Βλέπω χρεώσεις «περιαγωγή δεδομένων - Τουρκία» από την εκδρομή που
κάναμε στο Αϊβαλί για τρεις μέρες. Δεν ήξερα ότι η Τουρκία δεν μπαίνει
στην Ευρώπη για το roaming και κανείς δεν μου έστειλε μήνυμα ότι
χρεώνομαι.

Υπάρχει κάποια δυνατότητα να μειωθεί το ποσό ή να το πληρώσω σε δόσεις;

Δήμητρα Αναστασίου"""),
("el", "b79-antallagi-kinitou-ekptosi-den-fainetai", "Κωνσταντινος Ρηγας <k.rigas@example.gr>", "Αναβαθμιση με ανταλλαγη", "billing", "",
"""Καλησπερα,

τον Μαρτιο πηρα καινουριο κινητο απο το καταστημα σας στη Λαρισα με
ανταλλαγη του παλιου μου. Μου ειπαν οτι για το παλιο θα παρω εκπτωση
150 ευρω που θα φανει στον επομενο λογαριασμο. Εχουν ερθει δυο
λογαριασμοι και δεν την βλεπω πουθενα, πληρωνω κανονικα τη δοση του
κινητου.

Εχω το χαρτι της ανταλλαγης με σφραγιδα. Τι πρεπει να κανω;

Κ. Ρηγας"""),
("el", "b79-pateras-apebiose-stathero-xorio", "Ευαγγελία Μαυρίδου <evangelia.mavridou@example.gr>", "Σταθερό τηλέφωνο πατέρα μου", "billing", "",
"""Αξιότιμοι κύριοι,

Ο πατέρας μου, Ιωάννης Μαυρίδης, απεβίωσε τον περασμένο μήνα. Στο όνομά
του υπάρχει σταθερό τηλέφωνο στο σπίτι του στο χωριό (Νέα Βύσσα Έβρου),
το οποίο πλέον δεν χρειάζεται κανείς. Ο λογαριασμός εξακολουθεί να
πληρώνεται με πάγια εντολή.

Παρακαλώ ενημερώστε με τι δικαιολογητικά χρειάζεστε για τη διακοπή της
σύνδεσης και αν θα επιστραφεί κάποιο ποσό που έχει ήδη πληρωθεί.

Με εκτίμηση,
Ευαγγελία Μαυρίδου"""),
("el", "b79-gl-metakomisi-germania-internet", "Thanos Karagiannis <thanos.k@example.gr>", "Fevgw gia Germania", "billing", "",
"""Geia sas,

Apo ton Septemvrio 8a doulevw sto Monaxo kai to spiti sto Peristeri 8a
to doume. Ara to internet (to 100 Mbps) den to xreiazomai pleon.
Exw symvolaio mexri ton Fevrouario. Plirwnw kati an to kleisw nwritera?
Kai pou na steilw to router?

Eyxaristw,
Thanos"""),
("el", "b79-giagia-stathero-xeimona-athina", "Ελένη Κουτσούκου <eleni.koutsoukou@example.gr>", "Σταθερό στο Μέτσοβο", "billing", "",
"""Καλημέρα,

Η μητέρα μου έχει σταθερό στο σπίτι της στο Μέτσοβο. Τον χειμώνα, από
Νοέμβριο μέχρι Μάρτιο, έρχεται και μένει μαζί μας στην Αθήνα γιατί εκεί
πάνω χιονίζει πολύ και δεν μπορεί να μείνει μόνη. Τους μήνες αυτούς
πληρώνουμε το πάγιο των 19,90 € χωρίς να το χρησιμοποιεί κανείς.

Γίνεται να «παγώσει» η σύνδεση για τον χειμώνα και να ξανανοίξει τον
Απρίλιο με τον ίδιο αριθμό; Αν ναι, πώς γίνεται η αίτηση;

Ευχαριστώ πολύ,
Ελένη"""),
("el", "b79-xreosi-apoxorisis-eett", "Παναγιώτης Δρόσος <p.drosos@example.gr>", "Τέλος πρόωρης αποχώρησης", "billing", "high",
"""Κύριοι,

Τον Ιανουάριο μετακόμισα σε περιοχή της Κορίνθου όπου, όπως παραδέχτηκε
και ο τεχνικός σας, δεν μπορείτε να μου δώσετε σύνδεση. Ζήτησα
μεταφορά της γραμμής, μου απαντήσατε ότι δεν υπάρχει διαθεσιμότητα, και
έκανα διακοπή. Τώρα μου στείλατε λογαριασμό 186 € ως «τέλος πρόωρης
αποχώρησης».

Δεν πρόκειται να πληρώσω για υπηρεσία που εσείς αδυνατείτε να
παρέχετε. Αν η χρέωση δεν ακυρωθεί εντός 15 ημερών, θα υποβάλω
καταγγελία στην ΕΕΤΤ και στον Συνήγορο του Καταναλωτή.

Π. Δρόσος
Αρ. πελάτη 7712093"""),
("el", "b79-gl-kliseis-afstralia-proistamenos", "Vasiliki Tzortzi <vasiliki.tz@example.gr>", "LOGARIASMOS 240 EVRW", "billing", "high",
"""Kalimera. O logariasmos mou ayto to mina einai 240 evrw gia kliseis pros
Afstralia. O giows mou zei sti Melvourni kai prin 2 mines to katastima
sas mou evale to paketo "Diethneis kliseis 300 lepta" akrivws gia
ayto. Twra mou lete oti to paketo den isxyei gia kinita Afstralias.
Kaneis den mou to eipe.

Exw milisei 3 fores me to tilefwniko kentro kai mou lene "8a to
prowthisoume". Den 8elw na ksanamilisw me ypallilo. Thelw na me parei
tilefwno o proistamenos tou tmimatos, sto 697 000 2284.

Vasiliki Tzortzi"""),
("el", "b79-travel-router-epistrofi-amfisvitisi", "Άρης Βλαχάκης <aris.vlachakis@example.gr>", "Επιστροφή router ταξιδιού - παραγγελία 30571", "billing", "high",
"""Καλησπέρα,

Επέστρεψα το router ταξιδιού (παραγγελία 30571) στις 3 Μαΐου, μέσα στις
14 ημέρες, με την ACS. Έχω την απόδειξη παράδοσης στην αποθήκη σας με
υπογραφή στις 6 Μαΐου. Τα 129 € δεν έχουν επιστραφεί ακόμα στην κάρτα
μου, και στα δύο email μου δεν έχω πάρει απάντηση.

Αν δεν δω την επιστροφή μέχρι το τέλος της εβδομάδας, θα ζητήσω από
την τράπεζα να αμφισβητήσει τη χρέωση.

Άρης Βλαχάκης"""),
("el", "b79-timologio-afm-etaireia", "Λογιστήριο <logistirio@alkyoni-ktiriaka.example>", "Τιμολόγιο αντί για απόδειξη", "billing", "",
"""Καλημέρα σας,

Οι τρεις συνδέσεις κινητής για τα συνεργεία μας εκδίδονται με απόδειξη
στο όνομα του κ. Μαυρογιάννη. Χρειαζόμαστε τιμολόγιο στην εταιρεία:

ΑΛΚΥΟΝΗ ΚΤΙΡΙΑΚΑ ΙΚΕ
ΑΦΜ 801234567, ΔΟΥ Καλαμαριάς
Εγνατίας 112, Θεσσαλονίκη

Μπορείτε να το αλλάξετε από τον επόμενο λογαριασμό;

Ευχαριστούμε,
Ρένα, Λογιστήριο"""),
("el", "b79-gl-erotisi-doseis-kinito", "Kostas Mpalafas <kostas.mpal@example.gr>", "Erwthsh", "billing", "",
"""Geia sas, mia erwthsh. An parw to neo kinito me to symvolaio, mporw na
to plirwsw se doseis me pistwtiki karta h mono mesa ston logariasmo?
Kai posa xrimata prokatavoli 8elei? Eyxaristw"""),
("el", "b79-re-logariasmos-telos-egkatastasis", "Ιωάννα Λιάπη <ioanna.liapi@example.gr>", "Re: Ο λογαριασμός σας Μαρτίου", "billing", "",
"""Καλησπέρα,

Στον λογαριασμό βλέπω «Τέλος εγκατάστασης οπτικής ίνας 50,00 €». Όταν
έκανα την αίτηση στο τηλέφωνο μου είπαν ρητά ότι η εγκατάσταση είναι
δωρεάν με τη δωδεκάμηνη σύνδεση. Μπορείτε να το αφαιρέσετε;

Ιωάννα Λιάπη

-------- Αρχικό μήνυμα --------
Από: e-bill@fos-net.example
Θέμα: Ο λογαριασμός σας Μαρτίου

Αγαπητή πελάτισσα,
ο λογαριασμός σας για την περίοδο 01/03 - 31/03 είναι διαθέσιμος.
Ποσό πληρωμής: 79,90 €
Ημερομηνία λήξης: 20/04"""),
("el", "b79-gl-allagi-hotspot-xrwma", "Marina Sotiriou <marina.sotiriou@example.gr>", "Allagh", "billing", "",
"""Kalhmera sas! Phra to mobile hotspot prin 4 meres apo to e-shop kai
telika 8a protimousa to megalytero montelo me thn o8onh, gia na vlepw
posa GB exw. Einai sthn syskevasia tou, den to exw anoixei. Ginetai na
to allaksw kai na plhrwsw th diafora? Paraggelia 41188.

Marina"""),
("el", "b79-ina-kokkino-fos-los", "Αντώνης Χατζηγεωργίου <antonis.chg@example.gr>", "Οπτική ίνα", "technical", "",
"""Καλησπέρα,

Από την Κυριακή το βράδυ δεν έχουμε καθόλου ίντερνετ. Στο μικρό κουτί
της οπτικής ίνας (αυτό που έβαλε ο τεχνικός στον τοίχο) το λαμπάκι LOS
αναβοσβήνει κόκκινο. Έχουμε βγάλει από την πρίζα και το κουτί και το
router, τίποτα. Δεν έχει γίνει καμία δουλειά στο σπίτι ή στην πολυκατοικία.

Αντώνης, Χαλάνδρι"""),
("el", "b79-gl-den-einai-logariasmos-vroxi", "Nikos Zervas <nikos.zervas@example.gr>", "Logariasmos pelath 55092", "technical", "",
"""Kalhspera. Den grafw gia ton logariasmo, o logariasmos einai ok.
To thema einai oti kathe fora pou vrexei to internet kovetai. Ta fwta
sto router ginontai portokali kai epanerxetai otan stegnwsei, 1-2 meres
meta. Exei kanei 4 fores apo ton Oktwvrio. Nomizw kati ginetai sto
kalwdio sthn kolwna, einai palio kai krematai. Mporei na er8ei kapoios?

Nikos, Aigio"""),
("el", "b79-farmakeio-pos-syntagologio", "Φαρμακείο Σταυρίδη <info@farmakeio-stavridi.example>", "Καθόλου σύνδεση", "technical", "high",
"""Καλημέρα,

Από τις 8:30 σήμερα το πρωί το φαρμακείο μας δεν έχει σύνδεση. Το POS
δεν περνάει κάρτες, και δεν μπορούμε να ανοίξουμε τις ηλεκτρονικές
συνταγές, οπότε εκτελούμε μόνο όσες έχουν χάρτινο αντίγραφο. Ο κόσμος
περιμένει ή φεύγει για άλλο φαρμακείο, και αρκετοί είναι ηλικιωμένοι με
χρόνιες θεραπείες.

Ο αριθμός σύνδεσης είναι 2310 000 482. Παρακαλώ στείλτε τεχνικό σήμερα.

Μαρία Σταυρίδη
Φαρμακοποιός"""),
("el", "b79-gl-hotspot-kapnos-fortisi", "Lefteris Anagnostou <lefteris.anag@example.gr>", "to modem tsepis", "technical", "high",
"""Geia sas. To mobile wifi pou phra mazi me to paketo to eixa sto
fortisth sto grafeio. Kapoia stigmh mirise kammeno plastiko kai eida
ligo kapno na vgainei apo to plai. To evgala apo thn priza me ena pani,
htan polu zesto, kai to afhsa sto mpalkoni panw se plakaki.

Ti kanw twra? Kai einai asfales to idio montelo pou exei kai h gynaika
mou?

Lefteris"""),
("el", "b79-mitera-koumpi-voitheias-grammi", "Σοφία Καραμανλή <sofia.karamanli@example.gr>", "Το σταθερό της μητέρας μου", "technical", "high",
"""Καλησπέρα σας,

Η μητέρα μου είναι 86 χρονών, μένει μόνη της στη Νάουσα και έχει
καρδιολογικό πρόβλημα. Φοράει το βραχιολάκι του «Βοήθεια στο Σπίτι» που
καλεί αυτόματα μέσω του σταθερού της. Από την καταιγίδα της Τρίτης το
σταθερό δεν έχει καθόλου ήχο, άρα ούτε το βραχιολάκι λειτουργεί. Κινητό
δεν ξέρει να χρησιμοποιεί.

Έχω δηλώσει βλάβη στο τηλέφωνο από την Τετάρτη και μου είπαν «έως 5
εργάσιμες». Δεν μπορεί να περιμένει τόσο. Παρακαλώ να προτεραιοποιηθεί.

Σοφία Καραμανλή
Αριθμός σταθερού 23320 00 719"""),
("el", "b79-forititta-xoris-sima", "Χρήστος Μπέλλος <christos.bellos@example.gr>", "Φορητότητα", "technical", "",
"""Γεια σας. Η φορητότητα του αριθμού μου ολοκληρώθηκε χθες το μεσημέρι,
μου ήρθε και μήνυμα. Έβαλα τη νέα SIM και γράφει «Μόνο κλήσεις
έκτακτης ανάγκης». Ούτε κλήσεις ούτε ίντερνετ. Την έβγαλα, την ξανάβαλα,
έκανα επανεκκίνηση. Δοκίμασα και σε άλλο κινητό, το ίδιο.

Χρήστος"""),
("el", "b79-gl-app-lathos-kwdikos", "Eva Papanikolaou <eva.papanik@example.gr>", "app", "technical", "",
"""kalhmera, apo xthes den mporw na mpw sto app sas, mou leei "la8os
stoixeia syndeshs" enw o kwdikos einai swstos (ton allaksa kiolas gia
sigouria kai me ton kainourio mpainw kanonika apo to site). Sto app
omws tipota. iPhone 12."""),
("el", "b79-asyrmato-megala-plhktra-den-xtypaei", "Γεράσιμος Λυκούδης <g.lykoudis@example.gr>", "Τηλέφωνο με μεγάλα πλήκτρα", "technical", "",
"""Αγαπητοί κύριοι,

Πριν από δύο μήνες αγόρασα από εσάς το ασύρματο τηλέφωνο με τα μεγάλα
πλήκτρα για τη σύζυγό μου. Τις τελευταίες μέρες δεν χτυπάει όταν μας
καλούν. Η οθόνη γράφει το όνομα αυτού που καλεί αλλά κουδούνι δεν
ακούγεται. Την ένταση την έχουμε στο τέρμα. Παλαιότερα χτυπούσε κανονικά.

Μήπως πατήθηκε κάτι; Παρακαλώ να μου εξηγήσετε απλά τι να κάνω.

Με τιμή,
Γεράσιμος Λυκούδης, Κέρκυρα"""),
("el", "b79-kliseis-germania-kovontai", "Ζωή Αλεξίου <zoi.alexiou@example.gr>", "Διεθνείς κλήσεις", "technical", "",
"""Καλημερα. Εχω το πακετο διεθνων κλησεων και παιρνω την κορη μου στη
Στουτγκαρδη. Την τελευταια εβδομαδα καθε κληση κοβεται ακριβως στο
ενα λεπτο, και μετα πρεπει να ξαναπαρω. Στην Ελλαδα μιλαω κανονικα.
Μπορειτε να το δειτε;

Ζωη"""),
("el", "b79-gl-travel-router-italia", "Dimitris Kalogeropoulos <dimitris.kalog@example.gr>", "travel router sthn Italia", "technical", "",
"""Geia sas, eimaste Florentia me to travel router pou pirame apo esas.
Valame mesa thn SIM mas (exei roaming energo, sto kinhto douleuei
kanonika) alla to router leei "No service" kai den vriskei diktyo. Sthn
Ellada prin fygoume douleve. Yparxei kapoia rythmisi gia to APN h kati
allo? Eyxaristoume"""),
("el", "b79-kalodio-krematai-pezodromio", "Ανδρέας Σκουλάς <andreas.skoulas@example.gr>", "Καλώδιο στο πεζοδρόμιο", "technical", "high",
"""Καλησπέρα,

Την Πέμπτη ήρθε συνεργείο σας για την εγκατάσταση οπτικής ίνας στην
πολυκατοικία μας (Αγίου Δημητρίου 41, Περιστέρι). Από τότε ένα μαύρο
καλώδιο έχει μείνει να κρέμεται από την κολόνα απέναντι μέχρι το
μπαλκόνι του πρώτου, και στη μέση κατεβαίνει περίπου στο ύψος του
κεφαλιού πάνω από το πεζοδρόμιο. Το βράδυ δεν φαίνεται καθόλου. Δίπλα
είναι το δημοτικό σχολείο.

Παρακαλώ να έρθει κάποιος να το μαζέψει πριν χτυπήσει κανένα παιδί.

Ανδρέας Σκουλάς"""),
("el", "b79-esim-energopoiisi-apotyxia", "Ραφαέλα Ντόκου <rafaela.ntokou@example.gr>", "eSIM", "technical", "",
"""Καλησπέρα, πήρα eSIM από το κατάστημα της Πάτρας για το καινούριο
κινητό μου. Όταν σκανάρω το QR μού βγάζει «Η ενεργοποίηση απέτυχε»
και μετά από λίγο «Δεν υπάρχει υπηρεσία». Το δοκίμασα και στο wifi του
σπιτιού και στο wifi του καταστήματος. Τι μπορεί να φταίει;"""),
("el", "b79-gl-re-aitima-router-epanekkinisi", "Petros Kyriakidis <petros.kyr@example.gr>", "Re: Αίτημα 55123", "technical", "",
"""Kalhspera, to router kanei akoma ta idia. Ka8e 2-3 wres kleinei kai
anoigei mono tou. Ekana oti mou eipate, to evala se allh priza xwris
polyprizo, tipota. Mipws na to allaksete?

Petros

> Αγαπητέ κύριε Κυριακίδη,
> σχετικά με το αίτημά σας 55123, παρακαλούμε συνδέστε το router
> απευθείας σε πρίζα τοίχου, χωρίς πολύπριζο, και ενημερώστε μας αν το
> πρόβλημα συνεχίζεται.
> Με εκτίμηση, Τμήμα Τεχνικής Υποστήριξης"""),
("el", "b79-orario-megali-paraskevi", "Αθηνά Ρούσσου <athina.roussou@example.gr>", "Ωράριο", "general", "",
"""Καλημέρα, τι ώρες θα είναι ανοιχτό το κατάστημα στην Ερμού τη Μεγάλη
Παρασκευή και το Μεγάλο Σάββατο; Ευχαριστώ!"""),
("el", "b79-gl-eyxaristw-texniko", "Sakis Papadopoulos <sakis.papad@example.gr>", "Eyxaristies", "general", "",
"""Kalhspera sas,

Hthela na pw ena megalo bravo ston texniko pou hr8e shmera gia thn
egkatastash ths inas, ton Vaggeli. Hr8e sthn wra tou, ta ekane ola
ka8ara, eksighse sth mana mou pws doulevei to neo thlefwno kai den
efyge prin sigoureutei oti ola douleuoun. Spanio pragma!

Sakis"""),
("el", "b79-ypallilos-fonaze-ypeuthinos", "Ευτυχία Γαλάνη <eftychia.galani@example.gr>", "Συμπεριφορά υπαλλήλου", "general", "high",
"""Κύριοι,

Σήμερα το πρωί πήγα στο κατάστημά σας στην Καλαμάτα να ρωτήσω για το
συμβόλαιο του συζύγου μου. Ο υπάλληλος στο ταμείο, μόλις κατάλαβε ότι
δεν είμαι η κάτοχος της γραμμής, άρχισε να μου μιλάει με υψωμένη φωνή
μπροστά σε όλους και μου είπε να «μην του τρώω τον χρόνο». Έφυγα
ταπεινωμένη.

Δεν θέλω δικαιολογίες από το ίδιο κατάστημα. Ζητώ να επικοινωνήσει
μαζί μου ο υπεύθυνος της περιοχής.

Ευτυχία Γαλάνη
694 000 1833"""),
("el", "b79-gl-ksexasa-omprela-thessaloniki", "Popi Daskalaki <popi.dask@example.gr>", "ksexasa mia omprela", "general", "",
"""Geia sas, pshn Tetarth to apogevma ksexasa mia mple omprela sto
katasthma sas sthn Tsimiski, dipla ston pagko me tis 8hkes. Thn
vrhkate mhpws? Eyxaristw polu"""),
("el", "b79-allagi-email-kinitou-epikoinonias", "Λευτέρης Νικολαΐδης <l.nikolaidis@example.gr>", "Αλλαγή στοιχείων", "general", "",
"""Καλησπέρα,

Θα ήθελα να αλλάξω το email και το κινητό επικοινωνίας στον λογαριασμό
μου. Το παλιό email της δουλειάς έκλεισε.

Νέο email: l.nikolaidis@example.gr
Νέο κινητό: 697 000 3320

Αριθμός πελάτη 6610024. Ευχαριστώ."""),
("el", "b79-gl-prosopika-dedomena-arxi", "Fotis Georgiadis <fotis.georgiadis@example.gr>", "Aithsh prosvashs GDPR", "general", "high",
"""Kalhspera,

Stis 10 Ianouariou esteila aithsh, me vash ton GDPR, na mou steilete
ola ta proswpika dedomena pou kratate gia mena, mazi me tis
hxografhseis twn klisewn mou sto tilefwniko sas kentro. Perase mhnas
kai den phra oute apanthsh paralavhs.

An den ta lavw mesa se 10 meres 8a kanw katagelia sthn Arxh
Prostasias Dedomenwn Proswpikou Xarakthra.

Fotis Georgiadis"""),
("el", "b79-pos-ginetai-foritotita", "Ολυμπία Ζαχαρίου <olympia.zachariou@example.gr>", "Πληροφορίες", "general", "",
"""Καλησπέρα σας,

Σκέφτομαι να έρθω σε εσάς από άλλη εταιρεία κρατώντας τον αριθμό μου.
Πόσες μέρες κάνει η φορητότητα και θα μείνω καθόλου χωρίς τηλέφωνο στο
ενδιάμεσο; Πρέπει να πάω σε κατάστημα ή γίνεται και online;

Ευχαριστώ,
Ολυμπία"""),
("el", "b79-paradosi-thyroros", "Μιχάλης Τσακίρης <m.tsakiris@example.gr>", "Παράδοση SIM", "general", "",
"""Καλημέρα. Η νέα κάρτα SIM που στέλνετε, αν δεν είμαι σπίτι, αφήστε την
παρακαλώ στον θυρωρό της πολυκατοικίας, τον κ. Στάθη, είναι εκεί
8-3 καθημερινές. Ευχαριστώ!"""),
("el", "b79-xorigia-politistikos-syllogos", "Πολιτιστικός Σύλλογος Αμπελακίων <syllogos.ampelakia@example.gr>", "Πρόταση χορηγίας", "general", "",
"""Αξιότιμοι κύριοι,

Ο Πολιτιστικός Σύλλογος Αμπελακίων διοργανώνει όπως κάθε χρόνο το
πανηγύρι του Δεκαπενταύγουστου, με χορευτικά συγκροτήματα από όλη τη
Θεσσαλία. Θα θέλαμε να σας προτείνουμε να γίνετε χορηγός της
εκδήλωσης, με το λογότυπό σας στις αφίσες και στο πανό της σκηνής.

Είμαστε στη διάθεσή σας για περισσότερες πληροφορίες.

Με εκτίμηση,
Για το Δ.Σ.,
Αγλαΐα Παπαθανασίου, Γραμματέας"""),
("el", "b79-rogmi-tzami-portas-katastima", "Κατερίνα Λαμπροπούλου <katerina.lamp@example.gr>", "Η πόρτα του καταστήματος", "general", "high",
"""Καλησπέρα,

Θέλω να σας ενημερώσω ότι η γυάλινη πόρτα στην είσοδο του καταστήματός
σας στη Γλυφάδα έχει μια μεγάλη ρωγμή από πάνω ως κάτω, και στη γωνία
λείπει ήδη ένα κομμάτι με κοφτερές άκρες στο ύψος που ακουμπάνε τα
παιδιά. Σήμερα ο γιος μου πήγε να τη σπρώξει και τον τράβηξα την
τελευταία στιγμή. Οι υπάλληλοι είπαν ότι «το έχουν αναφέρει».

Κάποιος θα κοπεί. Παρακαλώ κάντε κάτι άμεσα.

Κατερίνα Λαμπροπούλου"""),
("el", "b79-gl-paraggelia-88412", "Yiannis Koutras <yiannis.koutras@example.gr>", "Paraggelia 88412", "general", "",
"""Kalhmera, ekana thn paraggelia 88412 (to tilefwno gia ton patera mou)
thn Paraskevh kai akoma leei "se epe3ergasia". Pote peripou 8a fygei?
Den viazomai poly, aplws na kserw."""),
("el", "b79-epeigon-karta-sim-touristes", "ΜΑΡΙΑ ΚΟΝΤΟΥ <maria.kontou@example.gr>", "ΕΠΕΙΓΟΝ!!!", "general", "",
"""ΚΑΛΗΜΕΡΑ ΣΑΣ, ΕΠΕΙΓΕΙ!!! ΕΡΧΟΝΤΑΙ ΑΥΡΙΟ ΟΙ ΣΥΓΓΕΝΕΙΣ ΜΑΣ ΑΠΟ ΤΟΝ
ΚΑΝΑΔΑ ΚΑΙ ΘΕΛΟΥΝ ΚΑΡΤΑ SIM ΓΙΑ ΤΙΣ ΔΙΑΚΟΠΕΣ. ΤΙ ΧΑΡΤΙΑ ΧΡΕΙΑΖΟΝΤΑΙ
ΓΙΑ ΝΑ ΒΓΑΛΟΥΝ; ΦΤΑΝΕΙ ΤΟ ΔΙΑΒΑΤΗΡΙΟ; ΚΑΙ ΤΟ ΚΑΤΑΣΤΗΜΑ ΣΤΟ ΑΕΡΟΔΡΟΜΙΟ
ΕΙΝΑΙ ΑΝΟΙΧΤΟ ΣΤΙΣ 11 ΤΟ ΒΡΑΔΥ;

ΜΑΡΙΑ"""),
("el", "b79-eyxaristo-ypallilo-tilefonikou", "Δέσποινα Φραγκιαδάκη <despoina.frag@example.gr>", "Ευχαριστώ", "general", "",
"""Καλησπέρα,

Θέλω να ευχαριστήσω την κοπέλα του τηλεφωνικού κέντρου, την κα
Χριστίνα, που μίλησε μαζί μου σήμερα το απόγευμα. Είμαι 74 χρονών και
δεν τα πάω καλά με τα κινητά. Είχε απίστευτη υπομονή, μου εξήγησε
βήμα βήμα πώς να στέλνω φωτογραφίες στα εγγόνια μου και δεν με
βιάστηκε καθόλου. Πέθανα στα γέλια όταν τα κατάφερα επιτέλους!

Να είστε καλά,
Δέσποινα"""),
]
# ---------------- Spanish ----------------
M += [
("es", "b79-recarga-prepago-no-aparece", "Lucía Ferrer <lucia.ferrer@example.es>", "Recarga", "billing", "",
"""Hola,

El domingo hice una recarga de 15 € en mi tarjeta prepago desde la web,
con tarjeta. El banco me la ha cobrado, pero en el móvil el saldo sigue
siendo 0,85 €. Número 600 000 318. Adjunto el justificante del cargo.

¿Me lo podéis revisar?

Gracias,
Lucía"""),
("es", "b79-meses-sin-intereses-equipo", "Ricardo Villaseñor <ricardo.villasenor@example.com.mx>", "Pago del equipo", "billing", "",
"""Buenas tardes,

Quiero contratar el plan de 399 al mes con el equipo nuevo, pero el
equipo sale en $8,999 MXN. ¿Se puede pagar a 12 meses sin intereses con
tarjeta de crédito de cualquier banco, o solo con algunos? ¿Y el pago
de la renta mensual puede ir con tarjeta de débito domiciliada?

Saludos,
Ricardo Villaseñor
Guadalajara, Jal."""),
("es", "b79-roaming-brasil-factura-ars", "Martín Giménez <martin.gimenez@example.com.ar>", "factura de febrero", "billing", "",
"""Hola, como va. Me llego la factura de febrero por $187.000 cuando
siempre pago unos $24.000. Parece que es todo roaming de datos en
Florianopolis, estuvimos una semana de vacaciones. Yo habia contratado
el pack "Roaming Americas 7 dias" justamente para no tener sorpresas y
en la factura aparece cobrado el pack Y ademas los datos aparte.

Me lo pueden revisar? Linea 11 5000 2271.

Martin"""),
("es", "b79-entrega-movil-valoracion-arbitraje", "Jorge Cabello <jorge.cabello@example.es>", "Plan Renove - reclamación", "billing", "high",
"""Buenos días:

El 8 de abril entregué en su tienda de Gran Vía (Madrid) mi Galaxy S22
dentro del plan de entrega de móvil usado. La valoración que me dieron
en tienda, y que figura en el resguardo firmado por su empleado, era de
180 €, descontables en la compra del nuevo terminal.

En la factura del nuevo terminal solo aparecen descontados 60 €. En el
teléfono de atención me dicen que "el técnico revisó el terminal y
rebajó la valoración", pero nadie me ha enseñado ningún informe y el
móvil estaba perfecto.

Exijo el abono de los 120 € restantes. De no recibirlo en quince días
presentaré hoja de reclamaciones y solicitaré arbitraje ante la Junta
Arbitral de Consumo de la Comunidad de Madrid.

Atentamente,
Jorge Cabello Ruiz
DNI 00000000T"""),
("es", "b79-fallecio-mama-linea-fija", "Carolina Muñoz <carolina.munoz@example.cl>", "Línea de mi mamá", "billing", "",
"""Estimados:

Mi mamá, Rosa Elena Pizarro, falleció en diciembre. Tenía un teléfono
fijo a su nombre en su casa de Ñuñoa que ya nadie va a usar. Quisiera
dar de baja la línea y saber si hay algo pendiente de pago. Puedo
enviarles el certificado de defunción y mi carnet.

De antemano, gracias.
Carolina Muñoz Pizarro"""),
("es", "b79-nos-vamos-a-portugal-fibra", "Íñigo Etxeberria <inigo.etxeberria@example.es>", "Traslado", "billing", "",
"""Kaixo,

En junio nos vamos a vivir a Oporto por trabajo y ya no vamos a
necesitar la fibra y el fijo de casa en Donostia. Me queda hasta
noviembre de permanencia. ¿Cuánto me cobraríais por darme de baja
antes? ¿Y el router lo devuelvo en tienda o me mandáis una caja?

Eskerrik asko,
Íñigo"""),
("es", "b79-embarcado-suspender-plan", "Andrés Felipe Rojas <andres.rojas@example.com.co>", "Consulta sobre mi plan", "billing", "",
"""Buen día,

Trabajo en un buque de carga y me voy embarcado por seis meses a partir
del 1 de agosto. No voy a tener señal en casi todo ese tiempo. Quisiera
saber si puedo dejar el plan pospago "congelado" esos meses sin pagar
los $89.900 mensuales, y que me lo reactiven cuando vuelva con el mismo
número. Si no se puede, ¿qué opción me recomiendan?

Muchas gracias,
Andrés Felipe Rojas
Cartagena"""),
("es", "b79-cargo-equipo-devuelto-supervisor", "Guadalupe Treviño <lupita.trevino@example.com.mx>", "Cargo de $1,499 - quiero un supervisor", "billing", "high",
"""Buenas noches.

Les devolví el módem de internet en su sucursal de Plaza Fiesta San
Agustín el 2 de marzo, tengo el comprobante sellado. Aun así en mi
último estado de cuenta me cobran $1,499 por "equipo no devuelto".

Ya hablé cuatro veces a su línea y cada asesor me dice algo distinto, el
último me colgó. No quiero volver a explicar todo desde cero a otro
asesor. Pido que mi caso lo tome un supervisor y que me llame al 81 5500
0387.

Guadalupe Treviño"""),
("es", "b79-router-devuelto-recibo-banco", "Pilar Sanz <pilar.sanz@example.es>", "Penalización por router", "billing", "high",
"""Buenas tardes,

Me di de baja en enero y devolví el router por Correos con la etiqueta
que me enviasteis (tengo el justificante de entrega del 19/01). En el
recibo de este mes me cargáis 90 € por "equipo no devuelto".

Os doy de plazo hasta el viernes para anularlo. Si no, devolveré el
recibo en el banco y presentaré una reclamación ante la Oficina
Municipal de Información al Consumidor.

Pilar Sanz"""),
("es", "b79-factura-empresa-cif", "Administración <admin@talleresurquiza.example.es>", "Facturas a nombre de la empresa", "billing", "",
"""Buenos días,

Tenemos contratadas con ustedes cuatro líneas móviles para los
mecánicos del taller y las facturas salen a nombre de Sergio Urquiza
como persona física. Necesitamos que a partir de ahora se emitan a:

Talleres Urquiza S.L.
CIF B00000000
Polígono Landaben, calle E, 12 - Pamplona

¿Pueden también reemitir las de los últimos tres meses?

Un saludo,
Miren, administración"""),
("es", "b79-hola-descuento-jubilados", "Norma Beatriz Acosta <norma.acosta@example.com.ar>", "Hola", "billing", "",
"""Hola que tal, soy jubilada y queria saber si tienen algun descuento
para jubilados en el plan del celular o en el telefono de linea. Mi
nieta me dijo que otras empresas lo tienen. Gracias, Norma (Rosario)"""),
("es", "b79-re-portabilidad-cuota-alta", "Daniel Ortega <daniel.ortega@example.es>", "Re: Confirmación de portabilidad", "billing", "",
"""Hola,

Todo bien con la portabilidad, el número ya funciona con vosotros. Pero
en la primera factura aparece una "cuota de alta" de 30 € que nadie me
mencionó, y en vuestra web pone que el alta es gratis con portabilidad.
¿Podéis quitarla?

Daniel

El 3 de mayo, Atención al Cliente <clientes@movilsur.example> escribió:
> Hola Daniel:
> Te confirmamos que la portabilidad de tu número 655 000 914 se
> realizará el 6 de mayo entre las 2:00 y las 6:00 h.
> Un saludo, el equipo de MovilSur"""),
("es", "b79-cambio-hotspot-otro-modelo", "Fernanda Galindo <fer.galindo@example.com.mx>", "cambio de modem portatil", "billing", "",
"""hola buenas, compre el modem portatil (el blanco chiquito) hace una
semana en linea y me quedo corto porque solo conecta 5 equipos y en
casa somos 7. lo quiero cambiar por el grande que conecta 15. no lo he
usado casi nada, tengo la caja. como le hago y cuanto tendria que pagar
de diferencia? pedido 77302"""),
("es", "b79-collar-gps-perro-fallecido", "Marta Olmedo <marta.olmedo@example.es>", "Collar de Thor", "billing", "",
"""Hola,

Tenemos contratado con vosotros el collar GPS con tarjeta SIM para
nuestro perro, Thor, con la cuota de 4,99 € al mes. Thor murió la
semana pasada, tenía ya catorce años. Ya no vamos a necesitar el
servicio. ¿Podéis darlo de baja para que no se vuelva a cobrar?

Gracias,
Marta"""),
("es", "b79-no-es-factura-fibra-se-corta", "Alberto Navarro <alberto.navarro@example.es>", "Factura de marzo", "technical", "",
"""Buenas,

No escribo por la factura aunque lo ponga en el asunto (era el único
tema que me dejaba elegir la web). La factura está bien. El problema es
que la fibra se corta varias veces al día desde hace diez días: el
router se queda con la luz de "Internet" en rojo unos minutos y luego
vuelve. Ya lo he reiniciado mil veces.

Vivo en Alcalá de Henares. Si hace falta que venga un técnico, por las
tardes estoy en casa.

Alberto"""),
("es", "b79-sim-prepago-sin-servicio-activacion", "Brenda Castañeda <brenda.castaneda@example.com.mx>", "chip nuevo", "technical", "",
"""Hola compre un chip de prepago en Oxxo, lo active con el codigo y el
registro con mi CURP salio bien, pero el celular dice "Sin servicio"
desde ayer. Ya lo puse en otro celular y pasa lo mismo. Que hago?"""),
("es", "b79-remiseria-choferes-sin-datos", "Remises Del Parque <contacto@remisesdelparque.example.com.ar>", "Los moviles no reciben viajes", "technical", "high",
"""Buen dia,

Desde las 7 de la mañana ninguno de nuestros 30 autos recibe viajes en
la aplicacion. Todos los celulares de los choferes son lineas de
ustedes (cuenta empresa 4400918) y dicen "sin conexion a internet",
aunque tienen señal para llamar. Los choferes estan parados en la
base y los clientes nos llaman enojados porque nadie los va a buscar.
Estamos tomando viajes a mano por telefono fijo como podemos.

Por favor necesitamos que alguien lo vea ya.

Hector Ledesma
Remises Del Parque - Lanus"""),
("es", "b79-hotspot-bateria-hinchada-olor", "Elena Cortés <elena.cortes@example.es>", "Router 4G portátil", "technical", "high",
"""Buenas tardes,

Os escribo por el router 4G portátil que me disteis con la tarifa. Ayer
por la noche estaba cargando en la mesilla y noté un olor raro, como a
plástico quemado. Al cogerlo estaba muy caliente y la tapa de atrás se
había abombado. Lo desenchufé, lo metí en una caja de metal y lo saqué
a la terraza.

No lo voy a volver a enchufar. ¿Qué hago con él y cómo me mandáis otro?

Elena Cortés"""),
("es", "b79-abuela-teleasistencia-boton", "Ignacio Fuentes <ignacio.fuentes@example.cl>", "Botón de emergencia de mi abuela", "technical", "high",
"""Estimados,

El martes les cambiaron a mi abuela, de 91 años, el teléfono fijo de
cobre a fibra. Desde entonces el botón de teleasistencia que usa
colgado al cuello no se comunica con la central: hicimos la prueba con
la empresa de teleasistencia y la llamada no entra. Ella vive sola en
Viña del Mar, y el botón es lo único que tiene si se cae en la noche.

Necesitamos que un técnico vaya lo antes posible a dejarlo funcionando.
Dirección: Calle 5 Norte 410, depto 32.

Ignacio Fuentes (nieto)
+56 9 5000 1927"""),
("es", "b79-portabilidad-no-recibe-llamadas", "Valentina Ospina <valentina.ospina@example.com.co>", "Portabilidad", "technical", "",
"""Hola. Me pasé a ustedes con portabilidad el viernes. Desde mi celular
puedo llamar y navegar, pero cuando me llaman a mí les sale que el
número no existe. Ya van cuatro días y mis clientes no me pueden
llamar. Número 310 500 0742.

Valentina"""),
("es", "b79-area-cliente-sms-verificacion", "Raúl Domínguez <raul.dominguez@example.es>", "No puedo entrar", "technical", "",
"""Hola, al entrar en el área de cliente me pide el código de verificación
por SMS, pero el SMS no llega nunca. Le he dado a "reenviar" cinco
veces. Los SMS normales sí me llegan. Desde el ordenador y desde la app
pasa igual."""),
("es", "b79-llamadas-a-eeuu-no-conectan", "Rosa María Velázquez <rosamaria.velazquez@example.com.mx>", "No puedo llamar a mi hijo", "technical", "",
"""Buenas tardes señorita o joven,

Tengo el paquete de llamadas a Estados Unidos y Canadá. Desde el lunes
cuando marco a mi hijo que vive en Houston me sale una grabación que
dice que "la llamada no puede ser completada" y se corta. Saldo tengo.
A los números de aquí de Puebla sí puedo llamar.

¿Me pueden ayudar por favor? Ya estoy grande y no le entiendo mucho a
estas cosas.

Rosa María"""),
("es", "b79-instalador-enchufe-da-calambre", "Sergio Peña <sergio.pena@example.es>", "Después de la instalación", "technical", "high",
"""Hola,

Ayer vino vuestro instalador a poner la fibra y tuvo que taladrar la
pared del salón, justo al lado de un enchufe, para pasar el cable.
Esta mañana mi mujer ha ido a enchufar la aspiradora en ese enchufe y
le ha dado un calambre bastante fuerte, y la placa del enchufe está
templada. Hemos bajado el diferencial de esa zona y no lo estamos
usando.

Creo que pudo tocar algún cable con la broca. ¿Podéis mandar a alguien
a revisarlo? Tenemos un bebé en casa.

Sergio Peña
Calle Alfonso I 22, 3º B, Zaragoza"""),
("es", "b79-router-viaje-no-conecta-chile", "Tomás Aguirre <tomas.aguirre@example.com.ar>", "router de viaje", "technical", "",
"""Buenas, estoy en Santiago de Chile con el router de viaje que les
compre. Le puse un chip chileno de prepago y el router no lo reconoce,
dice "SIM no valida". El chip en el celular anda perfecto. Hay que
configurar algo del APN o el router esta bloqueado para Argentina?"""),
("es", "b79-no-quiero-devolucion-fijo-eco", "Carmen Vidal <carmen.vidal@example.es>", "El teléfono fijo", "technical", "",
"""Buenos días,

Me han llamado de vuestra parte para ofrecerme un descuento en la
factura "por las molestias". No quiero ningún descuento ni que me
devolváis nada: quiero que el teléfono fijo funcione bien. Desde que
pusieron la fibra, en todas las llamadas se oye un eco de mi propia
voz y a veces un pitido, y la gente me tiene que repetir las cosas.

Carmen Vidal, Sevilla"""),
("es", "b79-app-se-cierra-sola", "Luis Enrique Ramos <luis.ramos@example.com.mx>", "aplicacion", "technical", "",
"""La app de Mi Cuenta se cierra sola cuando le doy a "Consumo". Las demas
secciones si abren. Motorola G54, Android 14, ya la desinstale y la
volvi a instalar."""),
("es", "b79-telefono-teclas-grandes-no-suena", "Gloria Huamán <gloria.huaman@example.com.pe>", "Teléfono de mi papá", "technical", "",
"""Buenas tardes,

Le compramos a mi papá el teléfono de teclas grandes para personas
mayores. Funciona para llamar, pero cuando lo llaman no suena, solo
vibra, y él no lo siente porque lo deja en la mesa. Hemos revisado el
volumen del timbre y está al máximo. ¿Puede ser algún modo silencio
que se activó?

Saludos desde Arequipa,
Gloria Huamán"""),
("es", "b79-horario-tienda-fallas", "Vicent Martí <vicent.marti@example.es>", "Horario", "general", "",
"""Bon dia, ¿la tienda de la calle Colón en Valencia abre el 19 de marzo,
que es festivo por San José? Y si abre, ¿en qué horario? Gracias."""),
("es", "b79-felicitaciones-tecnico-instalacion", "Silvina Paredes <silvina.paredes@example.com.ar>", "Felicitaciones", "general", "",
"""Hola!

Queria felicitar al tecnico que vino hoy a instalar la fibra, Cristian.
Llego puntual, fue super amable, me explico todo con paciencia y dejo
el cable prolijo por el zocalo sin que se note nada. Hasta le enseño a
mi viejo como conectar la tele. Ojala todos fueran asi!

Saludos,
Silvina (Cordoba)"""),
("es", "b79-vendedor-grosero-gerente", "Alejandro Medina <alejandro.medina@example.com.mx>", "Trato en sucursal Perisur", "general", "high",
"""A quien corresponda:

El sábado fui con mi esposa a su sucursal de Perisur. Mi esposa es
sorda y se comunica por escrito. El vendedor que nos atendió se negó a
leer lo que ella le escribía, le habló a gritos y después nos dijo que
"si no podía hablar que no viniera". Otras personas en la tienda lo
vieron todo.

Exijo que el gerente regional se comunique conmigo, no la sucursal.
Mi teléfono es 55 5000 2610.

Alejandro Medina"""),
("es", "b79-gafas-olvidadas-tienda", "Rosario Jiménez <rosario.jimenez@example.es>", "Gafas de sol", "general", "",
"""Buenas, el jueves por la tarde me dejé unas gafas de sol negras (Ray-Ban,
con funda marrón) en la tienda de la calle Larios en Málaga, creo que
encima del mostrador. ¿Las habéis encontrado? Puedo pasar a
recogerlas cuando me digáis.

Rosario"""),
("es", "b79-cambio-correo-datos", "Camilo Restrepo <camilo.restrepo@example.com.co>", "Actualización de datos", "general", "",
"""Buenas tardes, necesito actualizar el correo y la dirección de mi
cuenta. Ahora vivo en Envigado, Carrera 43A # 38 Sur-55, y el correo
nuevo es este desde el que escribo. El servicio está funcionando bien,
es solo por los datos. Gracias."""),
("es", "b79-datos-personales-aepd", "Beatriz Soler <beatriz.soler@example.es>", "Ejercicio del derecho de acceso", "general", "high",
"""Muy señores míos:

El 7 de febrero solicité, en virtud del artículo 15 del RGPD, una copia
de todos los datos personales que tratan sobre mí, incluidas las
grabaciones de mis llamadas al servicio de atención al cliente. Ha
transcurrido más de un mes sin respuesta alguna.

Les comunico que, si en diez días no he recibido la información, presentaré
una reclamación ante la Agencia Española de Protección de Datos.

Beatriz Soler Marín"""),
("es", "b79-pregunta-portabilidad-plazos", "Francisca Olivares <francisca.olivares@example.cl>", "Pregunta", "general", "",
"""Hola, buenas tardes. Estoy pensando en cambiarme a ustedes con mi mismo
número. ¿Cuántos días demora la portabilidad? ¿Tengo que avisarle a mi
compañía actual o lo hacen ustedes? ¿Me quedo sin teléfono algún día?
Gracias."""),
("es", "b79-entrega-bar-de-abajo", "Pablo Herrero <pablo.herrero@example.es>", "Entrega del pedido 60417", "general", "",
"""Hola, el móvil que he pedido llega mañana según el seguimiento. Si no
estoy, que lo dejen en el bar de abajo, Bar Casa Paco, en el mismo
portal. Paco ya lo sabe. Gracias!"""),
("es", "b79-patrocinio-club-barrio", "Club Social y Deportivo Villa Luro <comision@clubvillaluro.example.com.ar>", "Propuesta de patrocinio", "general", "",
"""Estimados:

Les escribimos desde la comisión directiva del Club Social y Deportivo
Villa Luro. Tenemos más de 200 chicos en fútbol infantil y este año
queremos renovar las camisetas de todas las categorías. Les
proponemos poner el logo de su empresa en el frente a cambio de un
aporte para la compra.

Quedamos a disposición para reunirnos cuando les quede cómodo.

Atte.,
Gustavo Ferraro
Tesorero"""),
("es", "b79-vidrio-roto-exhibidor-ninos", "Mariana Solís <mariana.solis@example.com.mx>", "Su tienda en Puebla", "general", "high",
"""Hola,

Hoy estuve en su tienda de Angelópolis y la vitrina baja donde tienen
los celulares de muestra, justo al lado del rincón con juguetes para
niños, tiene el vidrio estrellado y un pedazo suelto con la orilla
filosa. Mi hija de 4 años metió la mano para tocar un celular y por poco
se corta. Le avisé al encargado y me dijo que "ya vendrán a cambiarlo".

Por favor retírenla o cúbranla antes de que un niño se lastime.

Mariana Solís"""),
("es", "b79-pedido-55102-cuando-llega", "Hugo Lozano <hugo.lozano@example.es>", "Pedido 55102", "general", "",
"""Buenas, hice el pedido el lunes y sigue en "preparando". ¿Sabéis más o
menos cuándo saldrá? Es un regalo para el sábado."""),
("es", "b79-taller-adultos-mayores-celular", "Amparo Quintero <amparo.quintero@example.com.co>", "Curso para abuelitos", "general", "",
"""Buenos días,

Soy coordinadora de un grupo de adultos mayores en Bucaramanga. Muchos
de ellos tienen celulares de ustedes pero no saben usar WhatsApp ni las
videollamadas. ¿Ustedes hacen talleres o charlas gratuitas en alguna
tienda para personas mayores? Seríamos unos 20.

Mil gracias,
Amparo Quintero"""),
("es", "b79-me-salvaste-la-vida-gracias", "Nerea Gil <nerea.gil@example.es>", "Gracias!!", "general", "",
"""Hola! Solo quería decir que la chica de la tienda de Bilbao (Ainhoa,
creo) me ha salvado la vida esta mañana: tenía todas las fotos del
viaje en el móvil viejo y me las ha pasado al nuevo en diez minutos
mientras yo me moría de los nervios. Un diez!!"""),
]
# ---------------- Polish ----------------
M += [
("pl", "b79-doladowanie-30-zl-nie-doszlo", "Krzysztof Wróbel <krzysztof.wrobel@example.pl>", "Doładowanie", "billing", "",
"""Dzień dobry,

wczoraj o 18:40 doładowałem kartę na 30 zł przez aplikację banku (BLIK).
Pieniądze zeszły z konta, a na koncie karty dalej mam 1,20 zł i nie
mogę aktywować pakietu. Numer 600 000 712. Potwierdzenie z banku mogę
przesłać.

Pozdrawiam,
Krzysztof Wróbel"""),
("pl", "b79-abonament-pobrany-dwa-razy", "Agnieszka Pawlak <agnieszka.pawlak@example.pl>", "Podwójna płatność", "billing", "",
"""Dzien dobry, w tym miesiacu abonament za swiatlowod (89,99 zl) zostal
pobrany z mojej karty dwa razy, 5. i 6. czerwca. Prosze o zwrot jednej
platnosci. Nr klienta 4410287.

Agnieszka Pawlak"""),
("pl", "b79-roaming-szwajcaria-280", "Tomasz Zieliński <tomasz.zielinski@example.pl>", "Faktura za maj", "billing", "",
"""Dzień dobry,

faktura za maj wynosi 312 zł zamiast zwykłych 45 zł. Z wykazu wynika,
że 267 zł to transmisja danych w Szwajcarii, gdzie byłem dwa dni
służbowo w Zurychu. Nie dostałem żadnego SMS-a z ostrzeżeniem o
wysokich kosztach, a przy poprzednich wyjazdach zawsze przychodził.

Czy jest możliwość skorygowania tej kwoty albo chociaż rozłożenia jej
na raty?

Z poważaniem,
Tomasz Zieliński"""),
("pl", "b79-odkup-telefonu-uokik", "Bartosz Kaczmarek <bartosz.kaczmarek@example.pl>", "Program odkupu - zgłoszenie OD-20931", "billing", "high",
"""Szanowni Państwo,

12 marca wysłałem Państwu iPhone'a 12 w ramach programu odkupu.
Wycena na stronie, którą zapisałem, wynosiła 640 zł za telefon w
"bardzo dobrym stanie". Telefon był w idealnym stanie, bez rys, zawsze
w etui, co widać na zdjęciach zrobionych przed nadaniem paczki.

Wypłacili Państwo 150 zł, twierdząc, że obudowa jest "uszkodzona". Na
prośbę o zdjęcia rzekomego uszkodzenia nie dostałem odpowiedzi.

Żądam dopłaty 490 zł w terminie 14 dni. W przeciwnym razie zwrócę
się do miejskiego rzecznika konsumentów i złożę skargę do UOKiK.

Bartosz Kaczmarek"""),
("pl", "b79-tata-zmarl-telefon-stacjonarny", "Joanna Sikora <joanna.sikora@example.pl>", "Umowa taty", "billing", "",
"""Dzień dobry,

mój tata, Stanisław Sikora, zmarł 2 lutego. Miał u Państwa telefon
stacjonarny w mieszkaniu w Radomiu, ul. Żeromskiego 14/6. Mieszkanie
jest już puste i telefon nie będzie potrzebny.

Jakie dokumenty muszę przesłać, żeby zakończyć tę umowę? Akt zgonu
mam. Proszę też o informację, czy jest jakaś zaległość.

Joanna Sikora"""),
("pl", "b79-wyjazd-do-norwegii-swiatlowod", "Paweł Mazur <pawel.mazur@example.pl>", "Wyprowadzka", "billing", "",
"""Czesc,

od wrzesnia wyjezdzam na stale do Norwegii (praca w Stavanger) i
mieszkanie w Gdansku bedzie sprzedane. Swiatlowod i telewizja nie beda
juz potrzebne. Umowe mam do marca. Ile zaplace, jesli rozwiaze ja
wczesniej, i gdzie oddac router i dekoder?

Pawel Mazur"""),
("pl", "b79-zawieszenie-na-czas-sanatorium", "Halina Nowicka <halina.nowicka@example.pl>", "Prośba", "billing", "",
"""Szanowni Państwo,

jestem emerytką i od października wyjeżdżam na cztery miesiące do
córki do Irlandii, a potem na turnus do sanatorium w Ciechocinku. Przez
ten czas nikt nie będzie korzystał z telefonu i internetu w moim
mieszkaniu w Kielcach.

Czy można to wszystko zawiesić na te miesiące, żeby nie płacić, a
potem włączyć z powrotem z tym samym numerem? Proszę o odpowiedź
listownie albo na ten adres, wnuczka mi przeczyta.

Z wyrazami szacunku,
Halina Nowicka"""),
("pl", "b79-kara-umowna-kierownik", "Rafał Jasiński <rafal.jasinski@example.pl>", "Kara umowna - proszę o kontakt przełożonego", "billing", "high",
"""Dzień dobry,

przeprowadziłem się z Poznania do wsi pod Lesznem, gdzie - jak
potwierdził Państwa konsultant - nie świadczą Państwo usług. Mimo to
naliczono mi 620 zł kary umownej za rozwiązanie umowy przed terminem.

Rozmawiałem już z trzema konsultantami na infolinii i każdy odsyła
mnie do "działu reklamacji", który nie odpowiada od miesiąca. Proszę,
aby sprawą zajął się kierownik działu obsługi klienta i skontaktował
się ze mną telefonicznie: 601 000 455.

Rafał Jasiński"""),
("pl", "b79-router-podrozny-zwrot-chargeback", "Marta Lewandowska <marta.lewandowska@example.pl>", "Zwrot routera podróżnego", "billing", "high",
"""Dzien dobry,

10 kwietnia odeslalam router podrozny (zamowienie 51922) w ramach
zwrotu w 14 dni. Paczka zostala odebrana w Panstwa magazynie 12
kwietnia, mam potwierdzenie z InPostu. Minal ponad miesiac, a 349 zl
nadal nie wrocilo na moja karte. Na dwa maile nikt nie odpisal.

Jezeli do konca tygodnia nie dostane zwrotu, zloze w banku wniosek o
chargeback.

Marta Lewandowska"""),
("pl", "b79-faktura-vat-nip-firma", "Biuro <biuro@stolarstwo-kowal.example.pl>", "Faktury na firmę", "billing", "",
"""Dzień dobry,

mamy u Państwa trzy numery komórkowe dla pracowników, ale faktury
przychodzą na mnie jako osobę prywatną. Proszę o wystawianie faktur VAT
na firmę:

Stolarstwo Kowal Sp. z o.o.
NIP 000-000-00-00
ul. Przemysłowa 7, 34-300 Żywiec

oraz o korektę faktur od stycznia, jeśli to możliwe.

Pozdrawiam,
Grzegorz Kowal"""),
("pl", "b79-pytanie-raty-telefon-blik", "Oliwia Dąbrowska <oliwia.dabrowska@example.pl>", "Pytanie", "billing", "",
"""Hej, mam pytanie: jak biorę telefon z abonamentem, to czy mogę zapłacić
za telefon od razu BLIKiem zamiast w 24 ratach? I czy wtedy wychodzi
taniej? Dzięki"""),
("pl", "b79-re-oplata-aktywacyjna-99", "Michał Grabowski <michal.grabowski@example.pl>", "Re: Witamy w sieci!", "billing", "",
"""Dzien dobry,

na pierwszej fakturze jest "oplata aktywacyjna 99 zl". Konsultant
przez telefon mowil, ze przy przeniesieniu numeru aktywacja jest za
darmo, i tak tez jest napisane na stronie w warunkach promocji. Prosze
o usuniecie tej oplaty.

Michal Grabowski

W dniu 2 kwietnia Obsługa Klienta <bok@nowasiec.example.pl> napisał(a):
> Dzień dobry Panie Michale,
> witamy w Nowej Sieci! Przeniesienie Pana numeru zostało zakończone.
> Pierwsza faktura będzie dostępna w Strefie Klienta po 10 maja.
> Zespół Nowej Sieci"""),
("pl", "b79-wymiana-hotspotu-wiekszy", "Karolina Wójcik <karolina.wojcik@example.pl>", "Modem", "billing", "",
"""Dzień dobry, tydzień temu kupiłam w sklepie internetowym mały modem
mobilny, ale okazuje się, że na działce zasięg jest słaby i lepiej
byłoby wziąć ten większy z zewnętrzną anteną. Modem jest w
nienaruszonym opakowaniu. Czy mogę go wymienić i dopłacić różnicę?
Zamówienie 72208."""),
("pl", "b79-znizka-dla-seniorow", "Zbigniew Kowalczyk <zbigniew.kowalczyk@example.pl>", "Oferta dla emerytów", "billing", "",
"""Szanowni Panstwo,

czy jest u Panstwa jakas tansza oferta na telefon stacjonarny dla
emerytow? Place teraz 49 zl miesiecznie, a dzwonie glownie do syna w
Lublinie i do przychodni. Sasiad mowi, ze ma za 25 zl.

Z powazaniem,
Zbigniew Kowalczyk"""),
("pl", "b79-to-nie-rachunek-swiatlowod-zrywa", "Łukasz Michalski <lukasz.michalski@example.pl>", "Rachunek", "technical", "",
"""Dzień dobry,

w temacie wpisałem "rachunek", bo formularz nie dawał innej opcji, ale
to nie jest sprawa rachunku - ten jest w porządku. Od tygodnia
światłowód zrywa się kilka razy dziennie, dioda PON na terminalu miga
na czerwono przez kilka minut, potem wraca. Restartowałem wszystko,
sprawdziłem kabel - bez zmian.

Łukasz, Wrocław Krzyki"""),
("pl", "b79-starter-nieaktywny-po-rejestracji", "Dominika Zając <dominika.zajac@example.pl>", "starter", "technical", "",
"""kupilam starter na prepaid w zabce, zarejestrowalam go w aplikacji z
dowodem, przyszedl sms ze rejestracja udana, ale telefon caly czas
pokazuje "brak uslug". minely juz 2 dni. co mam zrobic?"""),
("pl", "b79-terminal-platniczy-piekarnia", "Piekarnia Złoty Kłos <kontakt@zlotyklos.example.pl>", "terminal", "technical", "high",
"""Dzień dobry,

od rana w naszych trzech sklepach terminale płatnicze na Państwa
kartach SIM nie łączą się - "brak połączenia z hostem". Klienci płacą
tylko gotówką albo wychodzą, rano przy kolejce do chleba ludzie
zostawiali zakupy na ladzie. Bankomat najbliżej jest kilometr dalej.

Proszę o pilny kontakt z kimś z obsługi technicznej, 602 000 118.

Ewa Kłos
Piekarnia Złoty Kłos, Nowy Sącz"""),
("pl", "b79-modem-kieszonkowy-dym", "Jacek Szymański <jacek.szymanski@example.pl>", "Modem kieszonkowy", "technical", "high",
"""Dzień dobry,

chciałbym zgłosić sytuację z modemem kieszonkowym, który dostałem w
pakiecie w styczniu. Wczoraj wieczorem ładował się na biurku, kiedy
poczułem zapach spalenizny i zobaczyłem, że spod obudowy wydobywa się
trochę dymu. Odłączyłem go ręcznikiem i wyniosłem na balkon na
ceramiczną płytkę. Obudowa jest wybrzuszona.

Nic się nie stało, ale proszę o informację, co z nim zrobić, i o nowy
egzemplarz. Syn ma ten sam model.

Jacek Szymański"""),
("pl", "b79-babcia-teleopieka-opaska", "Natalia Wieczorek <natalia.wieczorek@example.pl>", "Opaska SOS babci", "technical", "high",
"""Dzień dobry,

moja babcia ma 90 lat i mieszka sama w Tarnowie. Ma opaskę SOS z
teleopieki, która łączy się przez jej telefon stacjonarny. W piątek
Państwa technik wymienił jej linię na nową (światłowodową) i od tamtej
pory opaska nie łączy się z centralą - sprawdzaliśmy razem z
operatorem teleopieki. Babcia po udarze, w nocy jest sama.

Bardzo proszę o przyjazd technika jak najszybciej.

Natalia Wieczorek
tel. 605 000 930"""),
("pl", "b79-przeniesiony-numer-nie-dziala", "Adam Borkowski <adam.borkowski@example.pl>", "Przeniesienie numeru", "technical", "",
"""Dzien dobry, numer zostal przeniesiony do Panstwa w poniedzialek o
polnocy. Od tamtej pory karta SIM pokazuje "tylko polaczenia
alarmowe". Stara karta tez juz nie dziala, wiec nie mam telefonu od
dwoch dni. Karte przekladalem do innego telefonu, to samo.

Adam Borkowski"""),
("pl", "b79-aplikacja-konto-zablokowane", "Ewelina Czarnecka <ewelina.czarnecka@example.pl>", "Logowanie", "technical", "",
"""Dzień dobry, po trzech próbach logowania aplikacja zablokowała mi
konto na 24 godziny. Minęły już trzy dni, a dalej pokazuje "konto
tymczasowo zablokowane". Resetowałam hasło, ale SMS z kodem nie
przychodzi."""),
("pl", "b79-polaczenia-ukraina-nie-przechodza", "Olena Kowalenko <olena.kowalenko@example.pl>", "Dzwonienie do Ukrainy", "technical", "",
"""Dzień dobry,

mam pakiet minut zagranicznych, dzwonię codziennie do mamy w Winnicy.
Od środy połączenia na ukraińskie numery komórkowe nie przechodzą,
słychać tylko krótki sygnał i rozłącza. Środki na koncie są, pakiet
aktywny. Na polskie numery dzwonię normalnie.

Pozdrawiam,
Olena Kowalenko"""),
("pl", "b79-instalator-gniazdko-iskrzy", "Piotr Nowak <piotr.nowak@example.pl>", "Po montażu światłowodu", "technical", "high",
"""Dzień dobry,

we wtorek Państwa instalator wiercił w przedpokoju, żeby przeprowadzić
światłowód, tuż obok gniazdka. Wieczorem przy podłączaniu odkurzacza z
gniazdka poleciały iskry i wywaliło bezpiecznik. Teraz czuć tam lekki
swąd spalenizny. Wyłączyłem ten obwód w skrzynce i nikt z niego nie
korzysta.

Podejrzewam, że wiertło uszkodziło przewód w ścianie. Proszę o
przysłanie kogoś, kto to sprawdzi.

Piotr Nowak
ul. Kwiatowa 3/12, Białystok"""),
("pl", "b79-router-podrozny-chorwacja", "Kamil Jabłoński <kamil.jablonski@example.pl>", "router w Chorwacji", "technical", "",
"""Czesc, jestesmy w Splicie z Waszym routerem podroznym. W Polsce
dzialal bez problemu, tu pokazuje "brak sieci", chociaz ta sama karta
wlozona do telefonu ma zasieg i internet w roamingu. Czy trzeba cos
przestawic w ustawieniach routera? Roaming na karcie wlaczony."""),
("pl", "b79-nie-chce-zwrotu-telefon-restartuje", "Beata Kamińska <beata.kaminska@example.pl>", "Telefon z wymiany", "technical", "",
"""Dzień dobry,

w zeszłym miesiącu oddałam stary telefon w ramach wymiany i kupiłam
nowy. Rozliczenie jest w porządku i nie chcę zwrotu pieniędzy ani
rabatu. Chodzi o to, że nowy telefon kilka razy dziennie sam się
restartuje, najczęściej w trakcie rozmowy. Aktualizacje są zainstalowane.

Co mogę z tym zrobić? Czy muszę go oddać do serwisu?

Beata Kamińska"""),
("pl", "b79-esim-kod-qr-blad", "Mateusz Pietrzak <mateusz.pietrzak@example.pl>", "eSIM nie działa", "technical", "",
"""Hej, kupiłem eSIM w Waszym salonie w Katowicach. Przy skanowaniu kodu
QR telefon wyświetla "Nie można dodać planu komórkowego". Próbowałem na
Wi-Fi i na danych z drugiej karty. Telefon nie ma blokady SIM. Co
jeszcze mogę sprawdzić?"""),
("pl", "b79-telefon-dla-seniora-przyciski", "Wiesław Adamczyk <wieslaw.adamczyk@example.pl>", "Telefon", "technical", "",
"""Szanowni Panstwo,

kupilem u Panstwa telefon dla seniora z duzymi przyciskami. Od kilku
dni przycisk z zielona sluchawka nie reaguje, musze naciskac kilka razy
z calej sily, zeby odebrac. Zona mowi, ze to nie moja wina. Czy to
mozna naprawic na gwarancji?

Z powazaniem,
Wieslaw Adamczyk, Opole"""),
("pl", "b79-godziny-otwarcia-wigilia", "Anna Kubiak <anna.kubiak@example.pl>", "Godziny otwarcia", "general", "",
"""Dzień dobry, do której godziny będzie otwarty salon w Galerii Krakowskiej
w Wigilię? I czy w niedzielę przed świętami też pracujecie? Dziękuję."""),
("pl", "b79-pochwala-konsultantki-infolinii", "Jerzy Sadowski <jerzy.sadowski@example.pl>", "Podziękowanie", "general", "",
"""Szanowni Państwo,

chciałbym bardzo podziękować Pani Magdalenie z infolinii, z którą
rozmawiałem w czwartek. Mam 81 lat i nie radzę sobie z nowym telefonem.
Pani Magdalena przez pół godziny cierpliwie tłumaczyła mi, jak
ustawić duże litery i jak dzwonić do wnuków przez kamerkę. Nikt nigdy
tak mi nie pomógł.

Proszę przekazać jej moje serdeczne podziękowania.

Jerzy Sadowski"""),
("pl", "b79-skarga-pracownik-salonu-przelozony", "Izabela Górska <izabela.gorska@example.pl>", "Skarga", "general", "high",
"""Dzień dobry,

w sobotę byłam w Państwa salonie w Galerii Bałtyckiej z moją mamą, która
chciała kupić kartę SIM. Pracownik przy stanowisku rozmawiał przez
prywatny telefon, nie odpowiadał na nasze pytania, a gdy mama
poprosiła, żeby mówił wolniej, powiedział "niech pani przyjdzie z kimś,
kto się zna". Mama wyszła z płaczem.

Oczekuję kontaktu ze strony przełożonego tego pracownika lub kierownika
regionu, a nie standardowej odpowiedzi z infolinii.

Izabela Górska
tel. 609 000 204"""),
("pl", "b79-zgubione-rekawiczki-salon", "Teresa Wilk <teresa.wilk@example.pl>", "Rękawiczki", "general", "",
"""Dzien dobry, w piatek zostawilam w salonie na ul. Piotrkowskiej w Lodzi
brazowe skorzane rekawiczki, chyba na krzesle przy stanowisku nr 2.
Czy ktos je znalazl? Moge odebrac w kazdej chwili.

Teresa Wilk"""),
("pl", "b79-zmiana-adresu-korespondencyjnego", "Marek Ostrowski <marek.ostrowski@example.pl>", "Zmiana danych", "general", "",
"""Dzień dobry,

proszę o zmianę adresu korespondencyjnego na moim koncie (nr klienta
3092871). Nowy adres: ul. Słoneczna 15, 05-500 Piaseczno. Usługi
działają normalnie, chodzi tylko o adres do listów.

Marek Ostrowski"""),
("pl", "b79-rodo-nagrania-uodo", "Sylwia Baran <sylwia.baran@example.pl>", "Wniosek RODO", "general", "high",
"""Szanowni Państwo,

15 stycznia złożyłam wniosek na podstawie art. 15 RODO o udostępnienie
wszystkich moich danych osobowych, w tym nagrań rozmów z infolinią z
grudnia. Do dziś nie otrzymałam ani danych, ani nawet potwierdzenia
wpływu wniosku, choć ustawowy termin minął.

Jeśli w ciągu 7 dni nie otrzymam odpowiedzi, złożę skargę do Prezesa
Urzędu Ochrony Danych Osobowych.

Sylwia Baran"""),
("pl", "b79-jak-przeniesc-numer-info", "Dariusz Kwiatkowski <dariusz.kwiatkowski@example.pl>", "Informacja", "general", "",
"""Dzien dobry, chcialbym przejsc do Panstwa z innej sieci z zachowaniem
numeru. Jak dlugo to trwa i czy musze sam wypowiadac umowe u obecnego
operatora? Czy da sie to zalatwic przez internet, bez wizyty w
salonie?

Dariusz"""),
("pl", "b79-dostawa-u-sasiada", "Ilona Piątek <ilona.piatek@example.pl>", "Dostawa karty SIM", "general", "",
"""Dzień dobry, jeśli kurier nie zastanie mnie w domu, proszę zostawić
przesyłkę u sąsiadki spod 4, pani Krystyny. Jest emerytką i zawsze jest
w domu. Dziękuję!"""),
("pl", "b79-sponsoring-turniej-szachowy", "UKS Hetman Siedlce <uks.hetman@example.pl>", "Prośba o wsparcie turnieju", "general", "",
"""Szanowni Państwo,

Uczniowski Klub Szachowy "Hetman" z Siedlec organizuje w maju IV
Otwarty Turniej Szachowy dla dzieci i młodzieży. Spodziewamy się około
120 zawodników z całego województwa. Zwracamy się z prośbą o wsparcie
w formie nagród rzeczowych lub sponsoringu; w zamian umieścimy logo
Państwa firmy na plakatach i dyplomach.

Z poważaniem,
Jan Wierzbicki
prezes UKS Hetman"""),
("pl", "b79-schodek-w-salonie-odpadl", "Renata Malinowska <renata.malinowska@example.pl>", "Schody w salonie", "general", "high",
"""Dzień dobry,

w Państwa salonie przy rynku w Rzeszowie, na schodkach prowadzących do
części z akcesoriami, odkleiła się listwa na krawędzi jednego stopnia i
sterczy. Starszy pan przede mną zahaczył o nią butem i o mało nie
spadł, na szczęście złapał się poręczy. Obsługa powiedziała, że to
"już zgłoszone od tygodnia".

Proszę to szybko naprawić albo chociaż zagrodzić, zanim ktoś się
poważnie połamie.

Renata Malinowska"""),
("pl", "b79-zamowienie-77120-kiedy", "Szymon Wrona <szymon.wrona@example.pl>", "Zamówienie 77120", "general", "",
"""Dzien dobry, zamowienie zlozylem w piatek, a status ciagle "w
realizacji". Kiedy mniej wiecej zostanie wyslane? Telefon ma byc na
urodziny corki w przyszly wtorek."""),
("pl", "b79-pilne-zasieg-na-dzialce", "Henryk Zawadzki <henryk.zawadzki@example.pl>", "PILNE!!!", "general", "",
"""PILNE!!! Czy w miejscowości Wdzydze Kiszewskie (Kaszuby) jest u Was zasięg
LTE? Jutro podpisuję umowę najmu domku na lato i chcę wiedzieć, czy
będę mógł tam pracować zdalnie. Mapa zasięgu na stronie mi się nie
ładuje na telefonie."""),
("pl", "b79-zabojcza-obsluga-dzieki", "Klaudia Rutkowska <klaudia.rutkowska@example.pl>", "Dzięki!", "general", "",
"""Chciałam tylko podziękować panu Kubie z salonu w Toruniu - przeniósł mi
wszystkie kontakty i zdjęcia na nowy telefon, a ja już myślałam, że
mnie szlag trafi, bo stary ledwo się włączał. Zabójczo szybka i
miła obsługa, polecam wszystkim znajomym!"""),
]
