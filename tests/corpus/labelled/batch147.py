# batch147.py -- labelled mails held out of the tree until the rules it
# measures are final.  Online shops (3): furniture marketplaces, flat-pack
# furniture, lighting shops, rug and carpet shops, bed and bedding shops,
# curtain makers, mirror and art-print shops.  Covers escalation demands
# that keep their topic, legal threats and chargebacks, negations,
# subjects that say nothing or something else, replies quoting an earlier
# mail, plans ended or paused in unusual wording, business outages told
# only by their consequences, safety hazards told calmly, hazards in
# premises, praise, payment questions and everyday mail of all three
# queues, in English, Greek (with Greeklish), Spanish and Polish.
# Same tuple format as batch12.py: (lang, slug, from, subject, queue,
# priority, body).
M += [
# ---------------- English ----------------
("en", "b147-en-rug-card-retry-twice", "Harriet Lowe <harriet.lowe@example.co.uk>", "Charged twice for one rug", "billing", "",
"""Hi there,

I ordered the Marrakech wool rug (240 x 170) on Sunday evening. The first
time I pressed pay the page said my card had been declined, so I tried
again and it went through. Now my banking app shows two payments of
£289.00 to you, both "completed", not pending.

I only want the one rug! Could you refund the second payment please.
Order number is HL-220917.

Thanks,
Harriet"""),
("en", "b147-en-print-club-late-husband", "Margaret Ellison <m.ellison@example.co.uk>", "My husband's account", "billing", "",
"""Dear Sir or Madam,

My husband Ronald was a member of your print of the month club for a
good many years and looked forward to the parcel every month. Sadly he
passed away in March and I have only now got round to going through his
bank statements. The £18 is still going out on the 3rd of each month.

Would you please bring it to an end. I do not need the prints to keep
coming. If there is anything you need from me, a copy of the
certificate or such, please write to me at this address.

Yours faithfully,
Margaret Ellison (Mrs)"""),
("en", "b147-en-sofa-marketplace-small-claims", "Daniel Achterberg <dan.achterberg@example.com>", "Return collected 5 weeks ago - still no refund", "billing", "high",
"""To whoever handles disputes on the marketplace,

I bought a three-seater corner sofa from one of your sellers (Oakden
Living, order MP-4471093) for £1,140. It arrived with a different fabric
to the one listed, I returned it within the 14 days, and your own courier
collected it on the 2nd. I have the collection note signed by the
driver.

Since then the seller has stopped replying and your chat keeps telling
me the refund is "with the seller". It is your platform, I paid you, not
them.

If the full £1,140 is not back on my card by Friday 21st I will file a
claim through the small claims court (Money Claim Online) against both
the seller and the marketplace, and I'll include every chat transcript.

Daniel Achterberg
07700 900418"""),
("en", "b147-en-curtains-balance-how-pay", "Siobhan Kearney <siobhan.kearney@example.ie>", "Balance for the curtains", "billing", "",
"""Hi Aoife,

Thanks for coming out to measure last week. I paid the €150 deposit on
the day for the two pairs of lined curtains for the sitting room. Your
quote said the balance of €465 is due before fitting - can I pay that by
bank transfer to the account on the invoice or does it have to be card
over the phone? I'd rather not read my card number out if I can avoid it.

Also will I get a receipt for the deposit? I don't think I got one.

Siobhan
Ballincollig, Co. Cork"""),
("en", "b147-en-mattress-trial-pickup-fee", "Tyler Brooks <tbrooks@example.com>", "100 night trial return", "billing", "",
"""Hey,

We're on night 71 of the 100-night trial with the Cloudline Hybrid queen
and it's just too firm for my wife's back, so we started a return. The
return form is now telling me there's a $99 pickup fee. Nowhere on the
product page or in the trial FAQ did it say anything about a fee, it
says "free returns within 100 nights" in big letters.

Can you waive that or explain where that was disclosed? Order
#US-558102, paid $1,049.

Thanks,
Tyler Brooks
Columbus, OH"""),
("en", "b147-en-pendant-chargeback-opened", "Bec Thornton <bec.thornton@example.com.au>", "Refund for the pendant light", "billing", "high",
"""Hi,

I've been patient but this has gone on long enough. I sent back the
brass dome pendant (order 30982, AUD 349) on 14 August with the prepaid
label you emailed me. Australia Post tracking shows it was delivered to
your Alexandria warehouse on the 19th.

It's now eight weeks and nothing. Three emails, two phone calls, one
"escalated to the returns team" and that's the last I heard.

I've lodged a dispute with my bank this morning for the full amount. If
you do refund it in the meantime please let me know so I can tell the
bank.

Rebecca Thornton
Marrickville NSW"""),
("en", "b147-en-office-chairs-gst-invoice", "Accounts - Sai Infotech <accounts@saiinfotech.example.in>", "Invoice required with GSTIN - order 77120", "billing", "",
"""Dear Sir/Madam,

We have placed order no. 77120 for 24 ergonomic chairs and 6 workstation
desks for our new Pune office, total amount Rs. 1,84,500 paid through
NEFT on 3rd instant.

Kindly issue a proper tax invoice with our GSTIN 27AAAAA0000A1Z5 and
registered address mentioned, as the invoice received is in the name of
the person who placed the order and without GST details. Without this
our accounts team cannot claim input credit.

Please do the needful at the earliest.

Thanks & Regards,
Priya Kulkarni
Accounts Executive"""),
("en", "b147-en-order-rug-swap-bigger", "Tom Haddon <tom.haddon@example.co.uk>", "Order 48213", "billing", "",
"""Rug arrived today and it's lovely but I've measured wrong and it looks
tiny under the dining table. It's the 160x230 in the ochre. Can I swap
it for the 200x290 in the same colour and just pay the difference, rather
than returning it and ordering again? It's not been used, still rolled up.

Tom"""),
("en", "b147-en-seller-plan-weekends-only", "Rosie at Hollow Oak Reclaimed <rosie@hollowoak.example>", "Our seller plan", "billing", "",
"""Hello,

We've been on the Pro Seller plan for about two years now. From next
month we're scaling the shop back to weekends only (my partner's gone
back to full-time work) and we won't be listing anywhere near 200 items,
so we don't need Pro any more.

Could you move us down to the Standard plan from the next renewal date,
or tell me how to do it myself? I couldn't find the option in the
dashboard. We'd like to keep our reviews and shop name.

Many thanks,
Rosie Carver
Hollow Oak Reclaimed, Hebden Bridge"""),
("en", "b147-en-bedframe-price-dropped", "Alyssa Moreno <alyssa.moreno@example.com>", "Price adjustment?", "billing", "",
"""hi! i bought the walnut platform bed frame (full size) on the 2nd for
$629 and today it's showing $509 on your site. it hasn't even been
delivered yet lol. do you do price adjustments? i'd rather not cancel and
reorder but i will if that's the only way.

order 8830142

thank you!!
alyssa"""),
("en", "b147-en-voucher-balance-zero", "Colm Brennan <colm.brennan@example.ie>", "Gift voucher", "billing", "",
"""Hi,

Got a €100 gift voucher from my sister at Christmas for your bedding
shop. Went to use it tonight and the checkout says the balance is €0.00.
I've never used it, it's still in the card it came in. Voucher number
ends 4471. Could someone check what happened to the money on it?

Colm"""),
("en", "b147-en-re-refund-short-restocking", "Nadia Farouk <nadia.farouk@example.co.uk>", "Re: We've received your return", "billing", "",
"""I've now had the refund and it's £64 short. I paid £412 for the
mirror and got £348 back. Nobody said anything about a "restocking fee"
when I arranged the return, and your returns page says returns within 30
days are free if unused. It was unused, it never came out of the crate.

Please refund the other £64.

Nadia

On 9 Oct, Returns Team wrote:
> Hi Nadia,
> Good news - we've received your return for order 61177 (Arched Leaner
> Mirror, Antique Gold) and your refund has been processed. Please allow
> 3-5 working days for it to appear in your account.
> Kind regards, Returns Team"""),
("en", "b147-en-payin3-after-return-supervisor", "Gareth Pryce <gareth.pryce@example.co.uk>", "Still being charged instalments", "billing", "high",
"""I returned a flat-pack wardrobe to you in July (order 55820, £540,
paid with your pay-in-3 option). Your returns team confirmed in writing
that the return was accepted and the plan would be cancelled.

On 1 September the third instalment of £180 was taken anyway, and I
now have a letter saying I'm "in arrears" because I stopped it at the
bank. That's going to show on my credit file.

I have spoken to three different advisers on the phone and each of them
has told me something different. I want this passed to a supervisor or
whoever is senior in your finance team, and I want written confirmation
that the agreement is closed and the £180 refunded.

Gareth Pryce
Swansea"""),
("en", "b147-en-floor-lamp-spark-switch", "Peter Ingham <peter.ingham@example.co.uk>", "Floor lamp", "technical", "high",
"""Good afternoon,

The arc floor lamp I bought from you in the spring has started to make
a small crackling noise when I press the foot switch, and last night
there was a visible spark from inside the switch housing and a faint
smell of something burning. I have unplugged it and put it in the
garage for now.

I thought you ought to know in case others have the same model. I'd
like it looked at or replaced. Order reference IL-30551.

Regards,
Peter Ingham"""),
("en", "b147-en-drawers-no-antitip-kit", "Kylie Ng <kylie.ng@example.com.au>", "Chest of drawers", "technical", "high",
"""Hi, built the 6-drawer tallboy on the weekend (order 412877). There was
no wall anchor kit in the box even though step 14 in the instructions
shows one. Without it, if you pull the top two drawers out together the
whole thing tips forward - I caught it with my hand.

We have a 2 year old who climbs everything so it's in the spare room
with the door shut for now. Can you send the anchor kit out ASAP please.

Kylie
Brunswick VIC"""),
("en", "b147-en-not-billing-planner-crash", "Owen Gallagher <owen.gallagher@example.ie>", "Room planner", "technical", "",
"""Hi, your chat bot keeps sending me to billing but this isn't a billing
question at all. The room planner on your app closes itself every time
I add a second wall. Happens on my phone (Pixel 7) and my wife's iPhone.
Tried deleting and reinstalling. Just want to plan the kitchen-diner
before we order anything.

Owen"""),
("en", "b147-en-wardrobe-holes-no-refund", "Joanne Pickering <jo.pickering@example.co.uk>", "Wardrobe - don't want a refund", "technical", "",
"""Hello,

I've built the Hestia double wardrobe (order 90214) and the left door
sits about 1cm lower than the right. I've checked and rechecked - the
pre-drilled hinge holes on the left side panel are in a different place
to the ones on the right. It's not me, I've laid the panels side by side
and photographed them (attached).

I do NOT want a refund or to send it back, it took me two evenings to
build. I just want a replacement left side panel with the holes in the
right place.

Thanks,
Joanne"""),
("en", "b147-en-reset-link-expired", "Marcus Hill <marcus.hill@example.com>", "cant log in", "technical", "",
"""every time I click the reset password link in your email it says the
link has expired. I click it within a minute of getting it. done it 5
times now. cant get into my account to see my order"""),
("en", "b147-en-seller-hub-orders-vanished", "Ops <ops@fernandfirwood.example>", "Seller hub", "technical", "high",
"""Hi,

Nothing has come through to our seller hub since about 6 this morning.
The orders page is just blank with a spinner. Customers are ringing us
to say they've paid and got a confirmation from you, but we can't see
the orders, so we can't pick them or book them on the van.

Two delivery drivers have been sat in the yard since 8 and we've had to
send the warehouse lads home early. Our other sales channels are fine,
it's only yours.

Please can someone look at this today.

Ian Walsh
Fern & Fir Wood Furniture, Grantham"""),
("en", "b147-en-led-strip-flicker-dimmer", "Carl Simmonds <carl.simmonds@example.co.uk>", "LED strip flickering", "technical", "",
"""The 5m warm white LED strip I bought for under the kitchen units
flickers whenever the dimmer is below about half. At full brightness it's
fine. My electrician says the dimmer is a trailing-edge one as your page
recommends. Is the driver faulty or is there a setting I'm missing?

Order 118-40233."""),
("en", "b147-en-hello-smart-bulbs-pairing", "Brianna Walker <brianna.walker@example.com>", "Hello", "technical", "",
"""Hello,

I got the 4-pack of color smart bulbs and only one of them will pair
with the Lumen Home app. The other three flash twice and then nothing.
I've reset them like the booklet says (on/off 5 times) and moved the
router closer. The first one works fine so I know the app is OK.

Brianna"""),
("en", "b147-en-mirror-bracket-bent", "Fiona Dunne <fiona.dunne@example.ie>", "Large mirror", "technical", "high",
"""Hello,

I hung the large overmantel mirror (order 27115) over our bed on
Saturday using the French cleat bracket that came with it, screwed into
the wall with the plugs supplied. This morning we noticed the bracket has
bent and the mirror has slid down on one side. It's now held up mostly
by one screw, right above where we sleep.

We've moved the bed out and slept in the other room. I'm not going to
touch it myself as it is very heavy. Could you let me know what to do,
and whether the bracket is the right one for a mirror this size?

Fiona Dunne
Drumcondra, Dublin 9"""),
("en", "b147-en-adjustable-bed-stuck-incline", "Les Porter <les.porter@example.co.uk>", "Adjustable bed", "technical", "",
"""Dear Sirs,

The electric adjustable bed delivered in June has developed a fault. When
I lower the head end using the handset it stops about halfway and will
not go any further. It goes up perfectly well. I have checked the plug
and the cable into the motor box.

It is not a disaster as I can sleep on it at that angle, but I would
like it put right as it is under guarantee.

Yours faithfully,
L. Porter"""),
("en", "b147-en-checkout-error-500", "Rohit Menon <rohit.menon@example.in>", "website error while ordering", "technical", "",
"""Hi team,

I am trying to order the queen size bedsheet set (3 pcs) in navy but at
the last step after entering address your website is showing "Error 500
- something went wrong". No money is deducted, this is not a payment
issue, the page itself is breaking. Tried on Chrome and on mobile app
also. Same error since yesterday night.

Regards,
Rohit Menon
Kochi"""),
("en", "b147-en-re-headboard-lights-dead", "Sophie Aldridge <sophie.aldridge@example.co.uk>", "Re: Your order 77310 has been delivered", "technical", "",
"""Hi, the bed is great but the reading lights built into the headboard
don't come on. The USB ports on the same panel work, so it's getting
power. Both lights, both touch buttons, nothing.

Sophie

> Hi Sophie, your order 77310 (Ashby upholstered bed with storage,
> king) has been delivered. We hope you love it!"""),
("en", "b147-en-ceiling-fan-clicking", "Wendy Cho <wendy.cho@example.com>", "Ceiling fan light", "technical", "",
"""Hi,

The ceiling fan with light that your installer put up in our bedroom two
weeks ago makes a clicking noise at every speed - tick, tick, tick, once
per turn. Also the remote only works if you're standing right under it.
Not dangerous, just annoying, and we can't sleep with it on.

Could someone come back out and have a look?

Wendy
Sacramento, CA"""),
("en", "b147-en-hotel-lighting-panel-dead", "Duty Manager <duty@thequaysidehotel.example>", "Lighting control system", "technical", "high",
"""Hello,

Since about 11pm last night the lighting control panel you installed in
January has stopped responding. Corridors on floors 2 and 3 are stuck on
the night setting (about 10%) and none of the room keycard switches turn
the lights on - guests have been using the torches on their phones.

We have 46 rooms occupied tonight and a wedding party arriving at 3pm.
We've had to put staff with torches on the stairs. Your out-of-hours line
just goes to voicemail.

Please call me on 01224 496011.

Kirsty Milne
Duty Manager, The Quayside Hotel, Aberdeen"""),
("en", "b147-en-showroom-bank-holiday", "Julie Marsh <julie.marsh@example.co.uk>", "Open Monday?", "general", "",
"""Hi, is your Leeds showroom open on the bank holiday Monday, and if so
what time till? Want to come and sit on a few sofas. Thanks, Julie"""),
("en", "b147-en-praise-fitter-declan", "Mary O'Sullivan <mary.osullivan@example.ie>", "Thank you", "general", "",
"""Hello,

Just a quick note to say thank you to Declan who came to fit our new
curtain poles and the curtains in the front room on Thursday. He was on
time, put down dust sheets, and even fixed the sticking window catch
while he was at it. My mother (who is 88 and lives with us) says he was
the nicest young man she's met in years.

The curtains look beautiful. We'll definitely be back for the bedrooms.

Mary O'Sullivan
Tralee"""),
("en", "b147-en-urgent-concierge-delivery", "Ben Okafor <ben.okafor@example.co.uk>", "URGENT!!! delivery tomorrow", "general", "",
"""URGENT - the bed is coming tomorrow between 7 and 12 and I'll be at work.
Please tell the driver to leave it with the concierge at the front desk
(Ravi is on until 2). Flat 12, Canal Wharf. DO NOT leave it outside the
building please, it's a busy road.

Ben"""),
("en", "b147-en-rude-assistant-manager", "Helen Crawford <helen.crawford@example.co.uk>", "Treatment in your Reading showroom", "general", "high",
"""I'm writing about the way I was spoken to in your Reading showroom on
Saturday afternoon.

I asked a sales assistant (tall, dark hair, name badge said Josh) if
there was a bed in the range lower to the floor because my husband uses
a wheelchair. He laughed, said "we're not a mobility shop" and walked
off to another customer. My husband was right next to me.

I would like the store manager or area manager to contact me
personally about this. An apology from a generic customer service
address isn't going to be enough.

Helen Crawford
07700 900552"""),
("en", "b147-en-showroom-entrance-rug-trip", "Graham Pilling <graham.pilling@example.co.uk>", "Your entrance mat", "general", "high",
"""Good morning,

A note about your Stockport showroom. The large display rug just inside
the main doors has a corner that curls up by two or three inches. My
wife caught her foot on it yesterday and went down on one knee. She's
fine, a bruise, but an elderly person could easily break a hip there,
and we saw another lady stumble on it ten minutes later.

Could you have someone tape it down or move it before somebody is
properly hurt?

Graham Pilling"""),
("en", "b147-en-change-email-on-account", "Anjali Sharma <anjali.sharma@example.com>", "Updating my details", "general", "",
"""Hi,

Please change the email address on my account from
anjali.s.1987@example.net to this one. I no longer have access to the
old one. Account is under Anjali Sharma, postcode LE4 6AB. My mobile
number has also changed to 07700 900231.

Thanks,
Anjali"""),
("en", "b147-en-subject-access-request", "Stephen Hale <stephen.hale@example.co.uk>", "Subject access request", "general", "",
"""Dear Data Protection Officer,

Under Article 15 of the UK GDPR I am requesting a copy of all personal
data you hold about me, including order history, call recordings, chat
transcripts and any marketing profile, together with details of who it
has been shared with.

My account email is this address. I previously lived at 22 Albert
Road, Worthing.

Yours faithfully,
Stephen Hale"""),
("en", "b147-en-school-fair-raffle", "PTA Chair <pta@stbedesprimary.example>", "Summer fair raffle", "general", "",
"""Hello,

I'm chair of the PTA at St Bede's Primary in Chorley. We're holding our
summer fair on Saturday 28 June and are looking for local businesses to
donate raffle prizes - last year the bedding bundle from a shop in town
was the most popular prize by a mile!

If you'd be willing to donate anything we'd be very grateful and would
of course thank you on our Facebook page and in the school newsletter.

Kind regards,
Louise Barnes"""),
("en", "b147-en-lost-toy-showroom", "Kerry Doyle <kerry.doyle@example.co.uk>", "Left something in store", "general", "",
"""Hiya, I was in your Cardiff store yesterday about 4pm with my little
boy and he's left his toy dog (grey, floppy ears, very loved) on one of
the beds in the kids' section. He's been up half the night asking for
it. Has anyone handed it in? I can come and collect any day.

Kerry"""),
("en", "b147-en-question-swatches", "Lorraine McBride <lorraine.mcbride@example.co.uk>", "Question", "general", "",
"""Do you send out fabric swatches for the made-to-measure curtains, and
how many can I ask for at once? Trying to match to a sofa I already have.
Thank you."""),
("en", "b147-en-order-no-delivery-date", "Arjun Patel <arjun.patel@example.co.uk>", "Order 55190", "general", "",
"""Hi,

I ordered the Bexley corner sofa 3 weeks ago and the order still says
"in production - we'll be in touch to book delivery". The website said
4-6 weeks. Is there any idea yet when it'll come? We're having people
over at the end of the month and I'm trying to work out whether to
borrow chairs.

Arjun"""),
("en", "b147-en-lamp-to-die-for-restock", "Chloe Bennett <chloe.bennett@example.com.au>", "That lamp", "general", "",
"""Your rattan mushroom lamp is honestly to die for and I'm going to
scream if I miss it again. It sold out in about an hour last time. Is
it coming back in stock and is there a way to get a heads up before it
goes live?

Chloe x"""),
("en", "b147-en-design-evening-glasgow", "Morag Fraser <morag.fraser@example.co.uk>", "Design evening", "general", "",
"""Hello,

Last autumn your Glasgow store did a late-night design evening with the
interior designer giving talks on lighting a small flat. Are you doing
one again this year? If so can I bring a friend, and do we need to book?

Best wishes,
Morag"""),
# ---------------- Greek ----------------
("el", "b147-el-stroma-dipli-xreosi", "Κατερίνα Μαυρίδου <k.mavridou@example.gr>", "Διπλή χρέωση", "billing", "",
"""Καλησπέρα σας,

παρήγγειλα χθες το ορθοπεδικό στρώμα 160x200 (παραγγελία 884120) και
πλήρωσα με κάρτα 649€. Σήμερα βλέπω στο e-banking δύο χρεώσεις των 649€
από το κατάστημά σας με την ίδια ώρα. Παρακαλώ να μου επιστρέψετε τη
μία, το στρώμα είναι ένα.

Ευχαριστώ,
Κατερίνα Μαυρίδου
Καλαμαριά"""),
("el", "b147-el-gl-metakomish-germania-programma", "Nikos Papadakis <nikos.papadakis@example.gr>", "programma klinoskepasmatwn", "billing", "",
"""Geia sas,

eimaste sto programma "Ananewsh Klinoskepasmatwn" (ka8e 6 mhnes mas
stelnete kainourgia sentonia kai maksilarothikes, 39 euro to mhna). Ton
Noemvrio metakomizoume oikogeneiaka sto Monaxo gia douleia kai den 8a
mas xreiazetai pleon, den ftanete kai ekei apoti eida.

Mporeite na to stamathsete apo ton epomeno mhna? Na mhn ginei allh
xrewsh sthn karta.

Eyxaristw,
Nikos Papadakis"""),
("el", "b147-el-xali-synigoros-katanaloti", "Σταύρος Οικονόμου <stavros.oikonomou@example.gr>", "Επιστροφή χρημάτων για χαλί - τελευταία ειδοποίηση", "billing", "high",
"""Κύριοι,

Στις 2 Σεπτεμβρίου επέστρεψα το χειροποίητο χαλί 200x300 (παραγγελία
55710, αξίας 1.180€) εντός των 14 ημερών, όπως προβλέπει ο νόμος. Η
παραλαβή από την courier σας έγινε στις 5/9 και έχω την απόδειξη
παραλαβής με υπογραφή.

Από τότε έχω στείλει τέσσερα email και έχω τηλεφωνήσει τρεις φορές. Κάθε
φορά μου λένε «εντός της εβδομάδας». Έχουν περάσει επτά εβδομάδες.

Εάν μέσα σε πέντε εργάσιμες δεν έχει επιστραφεί το ποσό στην κάρτα μου,
θα καταθέσω αναφορά στον Συνήγορο του Καταναλωτή και στη Γενική
Γραμματεία Εμπορίου, επισυνάπτοντας όλη την αλληλογραφία.

Σταύρος Οικονόμου
Λάρισα"""),
("el", "b147-el-timologio-afm-grafeio", "Λογιστήριο Αφοί Καραγιάννη <logistirio@karagiannis-oe.example>", "Τιμολογιο αντι για αποδειξη", "billing", "",
"""Καλημερα σας,

για την παραγγελια 73305 (4 γραφεια εργασιας, 4 καρεκλες και 2
βιβλιοθηκες για το γραφειο μας) εκδοθηκε αποδειξη λιανικης. Χρειαζομαστε
τιμολογιο, γιατι ειναι εταιρικη αγορα. Στοιχεια:

ΑΦΟΙ ΚΑΡΑΓΙΑΝΝΗ Ο.Ε.
ΑΦΜ 099999999, ΔΟΥ Πατρων
Κορινθου 215, 26223 Πατρα

Μπορειτε να ακυρωσετε την αποδειξη και να βγαλετε τιμολογιο;

Ευχαριστουμε,
Ρενα Καραγιαννη"""),
("el", "b147-el-atokes-doseis-kanapes", "Βασιλική Τσολάκη <vasiliki.tsolaki@example.gr>", "Δόσεις", "billing", "",
"""Γεια σας, θέλω να πάρω τον γωνιακό καναπέ Ελιά που είναι 1.290€. Γράφει
ότι γίνεται και με άτοκες δόσεις. Μέχρι πόσες δόσεις γίνεται και με
ποιες κάρτες; Έχω πιστωτική της Πειραιώς. Και αν πληρώσω με δόσεις
ισχύει κανονικά η έκπτωση 10% που έχετε αυτή την εβδομάδα;

Βασιλική"""),
("el", "b147-el-gl-fotistiko-amfisvitisi-trapeza", "Thodoris K. <thodoris.k@example.gr>", "paraggelia 90418", "billing", "high",
"""Kalhspera,

plirwsa 238 euro gia to kremasto fwtistiko (paraggelia 90418) prin apo
45 meres. Den to elava pote, h courier leei oti den tous to paradwsate
pote, kai esas sto thlefwno mou leate oti "8a ginei epistrofh xrhmatwn".
Epistrofh den eida.

Shmera ekana amfisvhthsh xrewshs sthn trapeza mou (chargeback) gia olo to
poso. Den exw allh ypomonh. An to epistrepsete prin, enhmerwste me.

Thodoris Kyriakidis"""),
("el", "b147-el-koyrtines-allagi-mikos", "Ελένη Σαρρή <eleni.sarri@example.gr>", "Αλλαγή κουρτινών", "billing", "",
"""Καλησπέρα,

πήρα δύο έτοιμες κουρτίνες λινό 140x260 αλλά το ταβάνι μας είναι πιο
χαμηλό και σέρνονται στο πάτωμα. Είναι στη συσκευασία τους, δεν τις
άνοιξα καν μετά που είδα το μήκος πάνω στο κουτί.

Μπορώ να τις αλλάξω με τις 140x240 του ίδιου χρώματος; Αν έχουν
διαφορά στην τιμή τη δίνω, ή μου επιστρέφετε.

Ελένη"""),
("el", "b147-el-kouponi-15-den-efarmostike", "Μαρια Γεωργιου <maria.georgiou@example.gr>", "Κουπονι", "billing", "",
"""Γεια σας, ειχα το κουπονι WELCOME15 απο το newsletter σας. Το εβαλα στο
καλαθι και εγραψε "εφαρμοστηκε" αλλα τελικα στην αποδειξη η εκπτωση
ειναι μονο στο ενα απο τα τρια μαξιλαρια και οχι σε ολη την παραγγελια.
Το συνολο ηταν 186€. Δικαιουμαι το 15% σε ολα ή οχι;"""),
("el", "b147-el-re-epistrofi-leipoun-metaforika", "Γιάννης Αλεξίου <giannis.alexiou@example.gr>", "Re: Η επιστροφή σας ολοκληρώθηκε", "billing", "",
"""Καλησπέρα,

Μου επιστρέψατε 312€ ενώ είχα πληρώσει 347€. Απ' ό,τι καταλαβαίνω
κρατήσατε τα μεταφορικά της αποστολής. Όμως ο καθρέφτης ήρθε με λάθος
κορνίζα (μαύρη αντί για χρυσή), δεν ήταν αλλαγή γνώμης δική μου. Νομίζω
ότι σε αυτή την περίπτωση τα μεταφορικά δεν τα χρεώνεται ο πελάτης.

Γιάννης

> Αγαπητέ πελάτη,
> η επιστροφή για την παραγγελία 66124 ολοκληρώθηκε. Το ποσό θα
> εμφανιστεί στον λογαριασμό σας σε 3-5 εργάσιμες.
> Με εκτίμηση, Τμήμα Επιστροφών"""),
("el", "b147-el-gl-skylos-synd-kalymmata", "Despoina Lamprou <despoina.lamprou@example.gr>", "syndromh", "billing", "",
"""Kalhmera,

eixame th syndromh gia to krevataki skylou, auth pou stelnete kainourgio
kalymma ka8e 3 mhnes. O Mpampis mas, o skylos, efyge thn Kyriakh, htan
14 xronwn. Opote den exei noima na erxontai alla.

Parakalw kleiste th syndromh kai mhn me xrewsete ton Dekemvrio.

Eyxaristw,
Despoina"""),
("el", "b147-el-prokatavoli-rafti-kourtina", "Παναγιώτης Ρήγας <p.rigas@example.gr>", "Προκαταβολή για κουρτίνες", "billing", "",
"""Καλημέρα σας,

πριν από δέκα μέρες έδωσα προκαταβολή 200€ στο κατάστημα της Κηφισιάς
για ραπτές κουρτίνες σαλονιού (σύνολο 780€). Τελικά με τη γυναίκα μου
αποφασίσαμε να βάλουμε στόρια. Επιστρέφεται η προκαταβολή αν ακυρώσουμε
τώρα, ή έχει ήδη κοπεί το ύφασμα; Στο χαρτί δεν γράφει κάτι σχετικό.

Με εκτίμηση,
Παναγιώτης Ρήγας"""),
("el", "b147-el-epistrofi-trapezarias-proistamenos", "Χρηστος Μπαλτας <christos.baltas@example.gr>", "ΘΕΛΩ ΝΑ ΜΙΛΗΣΩ ΜΕ ΠΡΟΪΣΤΑΜΕΝΟ", "billing", "high",
"""Καλησπερα.

Εδω και δυο μηνες περιμενω την επιστροφη των 890€ για το τραπεζι
τραπεζαριας που παραλαβατε πισω γιατι ηρθε με ραγισμενο καπακι. Εχω
μιλησει με πεντε διαφορετικους υπαλληλους, κανενας δεν ξερει τι γινεται.

Δεν θελω αλλο απαντηση απο το γενικο email. Θελω να με παρει τηλεφωνο
ο προισταμενος του τμηματος ή καποιος υπευθυνος που μπορει να παρει
αποφαση. 6944 000 118.

Χρηστος Μπαλτας
Ιωαννινα"""),
("el", "b147-el-gl-metaforika-dwrean-300", "Marios Fotiou <marios.fotiou@example.gr>", "metaforika", "billing", "",
"""Geia, sto site grafei dwrean metaforika gia paraggelies panw apo 300e.
H paraggelia mou htan 342e (komodino x2 + fwtistiko) kai mou xrewsate
45e metaforika. Giati? Mhpws epeidh to fwtistiko erxetai apo allon
pwlhth? An nai pou to grafei? Ama ginetai na mou gyrisete ta 45.

Marios"""),
("el", "b147-el-plafoniera-spin8ires", "Ευαγγελία Δήμου <evangelia.dimou@example.gr>", "Φωτιστικό οροφής", "technical", "high",
"""Καλησπέρα σας,

το φωτιστικό οροφής που αγοράσαμε από εσάς τον Ιούνιο (πλαφονιέρα
LED 60 εκ., παραγγελία 41877) χθες το βράδυ, όταν το ανάψαμε, έβγαλε δύο
τρεις σπίθες από το πλάι και ακούστηκε ένα τσιτσίρισμα. Μύριζε λίγο
καμένο πλαστικό. Κατεβάσαμε την ασφάλεια του δωματίου και από τότε δεν το
έχουμε ξανανάψει.

Πώς προχωράμε; Να έρθει ηλεκτρολόγος δικός σας ή να σας το στείλουμε;

Ευαγγελία Δήμου
Χαλάνδρι"""),
("el", "b147-el-gl-gyali-trapezaki-espase", "Alexandros Vlachos <alex.vlachos@example.gr>", "trapezaki salonioy", "technical", "high",
"""Kalhspera sas,

to trapezaki salonioy me to gyali (paraggelia 50233) to eixame 2 mhnes.
Xthes to vrady eno kaname TV, xwris na to akoumpaei kaneis, to gyali
espase apo mono tou me ena "mpam" kai egine xiliades kommatakia se olo
to saloni. Eixame ekei mia kouppa kafe kai tipota allo.

Eimaste kala, alla exoume ena mwro pou mpousoulaei kai vriskoume akoma
gyalakia sto xali. Den einai fysiologiko auto gia "secourit" gyali.
8elw na to deite kai na mou peite ti kanoume.

Alexandros Vlachos
Volos"""),
("el", "b147-el-kodikos-den-mpainw", "Σοφία Αναστασίου <sofia.anastasiou@example.gr>", "Δεν μπορώ να μπω στον λογαριασμό", "technical", "",
"""Γεια σας. Προσπαθώ να μπω στον λογαριασμό μου στο site και μου λέει
«λάθος κωδικός». Πατάω «ξέχασα τον κωδικό» αλλά δεν έρχεται κανένα
email, ούτε στα ανεπιθύμητα. Το email μου είναι αυτό εδώ. Θέλω να δω
πού βρίσκεται η παραγγελία μου.

Σοφία"""),
("el", "b147-el-oxi-xreosi-efarmogi-ar", "Λευτέρης Χατζής <lefteris.chatzis@example.gr>", "Εφαρμογή", "technical", "",
"""Καλησπέρα. Το αίτημά μου ΔΕΝ αφορά χρέωση ή πληρωμή, το λέω γιατί το
αυτόματο σύστημα με έστειλε στο λογιστήριο.

Η λειτουργία «δες το στον χώρο σου» στην εφαρμογή σας κλείνει μόλις
ανοίξει η κάμερα. Κινητό Samsung A54, τελευταία έκδοση της εφαρμογής.
Πριν από ένα μήνα δούλευε κανονικά.

Λευτέρης"""),
("el", "b147-el-syromeni-porta-ntoulapas", "Αθηνά Παππά <athina.pappa@example.gr>", "Ντουλάπα με συρόμενες", "technical", "",
"""Καλημέρα,

η συρόμενη ντουλάπα που μας συναρμολόγησε ο τεχνικός σας τον
περασμένο μήνα έχει πρόβλημα: η αριστερή πόρτα βγαίνει από την κάτω
ράγα κάθε δύο τρεις μέρες και μένει να κρέμεται στραβά. Τη
ξαναβάζουμε, αλλά πάλι βγαίνει. Η δεξιά δουλεύει μια χαρά.

Μπορεί να έρθει κάποιος να τη ρυθμίσει;

Αθηνά Παππά
Περιστέρι"""),
("el", "b147-el-gl-smart-lampa-wifi", "Kostas Dimitriou <kostasd@example.gr>", "lampa", "technical", "",
"""geia, phra thn smart epitrapezia lampa kai den syndeetai sto wifi.
To app thn vriskei, ksekinaei h syndesh kai meta apo 1 lepto leei
"apotyxia". Exw router Cosmote, 2.4 GHz einai energo. Exw kanei reset
3 fores. Kati allo?"""),
("el", "b147-el-ilektriko-krevati-tilexeiristirio", "Γεωργια Νικολαου <georgia.nikolaou@example.gr>", "Ηλεκτρικο κρεβατι", "technical", "",
"""Καλησπερα,

το ηλεκτρικο κρεβατι με τις ρυθμισεις πλατης και ποδιων που παραλαβαμε
τον Αυγουστο δεν ανταποκρινεται στο τηλεχειριστηριο. Αλλαξαμε
μπαταριες, τιποτα. Το λαμπακι στο τηλεχειριστηριο αναβει οταν πατας
κουμπι, αλλα το κρεβατι δεν κουνιεται. Ειναι στη θεση επιπεδο, οποτε
κοιμομαστε κανονικα, αλλα θελουμε να φτιαχτει.

Γεωργια Νικολαου"""),
("el", "b147-el-eshop-proionta-exafanistikan", "Έπιπλα Ξύλινος Κόσμος <info@xylinoskosmos.example>", "Το κατάστημά μας στην πλατφόρμα", "technical", "high",
"""Καλημέρα,

από χθες το μεσημέρι τα προϊόντα του καταστήματός μας δεν εμφανίζονται
πουθενά στην πλατφόρμα σας. Αν ψάξει κανείς το όνομά μας βγάζει «0
αποτελέσματα», ενώ στο δικό μας panel όλα φαίνονται ενεργά, 340
προϊόντα. Από χθες έχουμε μηδέν παραγγελίες, ενώ κανονικά έχουμε 25-30
τη μέρα, και μας παίρνουν τηλέφωνο πελάτες να ρωτήσουν αν κλείσαμε.

Το εργαστήριο και οι δύο οδηγοί μας περιμένουν δουλειά. Παρακαλούμε
να το δει κάποιος σήμερα.

Μιχάλης Τζαννετάκης
Ξύλινος Κόσμος, Ηράκλειο Κρήτης"""),
("el", "b147-el-gl-re-kathreftis-led-den-anavei", "Irini Stergiou <irini.stergiou@example.gr>", "Re: H paraggelia sas 70551 paradothike", "technical", "",
"""Kalhspera, o kathrefths mpaniou me ton fwtismo LED hrthe, ton sindese
o hlektrologos, alla to fws den anavei. To koumpi afhs anavei mple alla
tipota allo. O hlektrologos leei oti reuma ftanei kanonika sto kalwdio.

Irini

> Agaphte pelath, h paraggelia sas 70551 paradothike.
> Sas eyxaristoume pou epileksate to katasthma mas!"""),
("el", "b147-el-ilektriki-kouverta-zestainetai", "Αικατερίνη Ζαχαρίου <a.zachariou@example.gr>", "Ηλεκτρική κουβέρτα", "technical", "high",
"""Καλησπέρα σας,

η ηλεκτρική κουβέρτα που αγόρασα για τη μητέρα μου πριν από τρεις
εβδομάδες έχει ένα σημείο, κάτω δεξιά, που ζεσταίνεται πολύ περισσότερο
από τα υπόλοιπα, σχεδόν καίει στο χέρι, ακόμα και στη θέση 1. Και το
κουτάκι του διακόπτη ζεσταίνεται και μυρίζει πλαστικό.

Την έχω βγάλει από την πρίζα και δεν την ξαναχρησιμοποιούμε. Τι να κάνω;

Αικατερίνη Ζαχαρίου
Κοζάνη"""),
("el", "b147-el-site-filtra-kinito", "Ορέστης Λαμπράκης <orestis.l@example.gr>", "Το site στο κινητό", "technical", "",
"""Καλησπέρα, στο κινητό (iPhone, Safari) όταν βάζω φίλτρα στα χαλιά, π.χ.
μέγεθος 160x230, η σελίδα κολλάει και μετά ξαναφορτώνει χωρίς φίλτρα.
Στον υπολογιστή δουλεύει. Απλώς να το ξέρετε, και αν γίνεται να
φτιαχτεί γιατί ψάχνω από το κινητό κυρίως."""),
("el", "b147-el-gl-polythrona-relax-kollaei", "Vaggelis Moustakas <vaggelis.m@example.gr>", "polythrona relax", "technical", "",
"""Kalhmera sas. H polythrona relax pou phrame prin 5 mhnes exei arxisei
na trizei dynata otan thn anoigeis kai to ypopodio kollaei sth mesh,
prepei na to spwkseis me to podi gia na kleisei. Einai entos eggyhshs.
Mporei na er8ei kapoios na th dei? Eimaste Patra, Agyia.

Vaggelis"""),
("el", "b147-el-kalispera-motorokourtines", "Ιωάννα Φραγκιαδάκη <ioanna.fragiadaki@example.gr>", "Καλησπέρα", "technical", "",
"""Καλησπέρα σας,

πριν από έναν μήνα μας τοποθετήσατε ηλεκτρικό μηχανισμό για τις
κουρτίνες του σαλονιού, με τηλεχειριστήριο. Από την Κυριακή δεν
αντιδρά καθόλου, ούτε με το τηλεχειριστήριο ούτε με την εφαρμογή. Ο
μηχανισμός έχει ένα πράσινο λαμπάκι που αναβοσβήνει συνέχεια.

Ιωάννα Φραγκιαδάκη
Χανιά"""),
("el", "b147-el-gl-texnikos-den-irthe-ypeuthinos", "Petros Anagnostou <petros.anagnostou@example.gr>", "EGKATASTASH FWTISTIKWN - 3h FORA", "technical", "high",
"""Kalhspera.

Exoume kleisei ra8ymo gia egkatastash 6 fwtistikwn (paraggelia 38812)
tris fores. Kai tis tris fores o texnikos sas den hr8e kai den
eidopoihse kaneis. Egw pairnw adeia apo th douleia ka8e fora.

Den 8elw allo ra8ymo apo to call center. 8elw na mou thlefwnhsei o
ypey8ynos tou texnikou tmhmatos, shmera. 697 000 4412.

Petros Anagnostou"""),
("el", "b147-el-orario-thessaloniki-savvato", "Δημήτρης Καλογεράκης <d.kalogerakis@example.gr>", "Ωράριο", "general", "",
"""Καλημέρα, τι ώρα κλείνει το κατάστημα της Θεσσαλονίκης (Πυλαία) το
Σάββατο; Και ανοίγετε Κυριακή πριν τις γιορτές;"""),
("el", "b147-el-gl-eyxaristies-metaforeis", "Fani Liakou <fani.liakou@example.gr>", "eyxaristw!!", "general", "",
"""Kalhmera! 8elw na pw ena megalo eyxaristw stous dyo metaforeis pou mas
eferan ton kanape xthes sto Gkazi. 4os orofos xwris asanser, ton
anevasan apo th skala xwris oute mia grantzounia ston toixo, kai htan
kai poly eygeneis me th giagia mou pou tous ekane kafe. Mpravo sas!

Fani"""),
("el", "b147-el-odigies-paradosis-thyroros", "Ανδρέας Σπυρόπουλος <andreas.sp@example.gr>", "Παράδοση στρώματος", "general", "",
"""Γεια σας,

για την παράδοση της Πέμπτης (παραγγελία 80231, στρώμα και βάση):
η πολυκατοικία έχει ασανσέρ αλλά είναι μικρό, οπότε το στρώμα πιθανόν
να πρέπει να ανέβει από τη σκάλα (3ος όροφος). Εμείς θα λείπουμε μέχρι
τις 2, αλλά ο θυρωρός, ο κ. Μανώλης, έχει κλειδί και θα σας ανοίξει.
Τηλέφωνο θυρωρείου 210 000 7731.

Ευχαριστώ,
Ανδρέας"""),
("el", "b147-el-ageneia-politrias-diefthyntis", "Ρούλα Παπαδοπούλου <roula.papadopoulou@example.gr>", "Συμπεριφορά υπαλλήλου", "general", "high",
"""Κύριοι,

το Σάββατο το πρωί επισκέφθηκα το κατάστημά σας στη Γλυφάδα με την
κόρη μου. Ζήτησα από μια πωλήτρια στο τμήμα χαλιών να μας κατεβάσει
ένα χαλί από τη στοίβα για να δούμε το χρώμα. Μας απάντησε, μπροστά σε
άλλους πελάτες, «αν δεν είστε σίγουροι ότι θα το πάρετε, μη με βάζετε
να κουβαλάω». Και γύρισε την πλάτη.

Πελάτισσα σας είμαι χρόνια. Ζητώ να επικοινωνήσει μαζί μου ο διευθυντής
του καταστήματος, όχι ένα τυποποιημένο email.

Ρούλα Παπαδοπούλου
6977 000 315"""),
("el", "b147-el-gl-gyalia-paidiki-gwnia", "Stella Kanellopoulou <stella.kan@example.gr>", "katasthma Marousi", "general", "high",
"""Kalhspera,

htan shmera sto katasthma sas sto Marousi me ta paidia. Sth gwnia pou
exete gia ta paidia (me ta toyvlakia kai ta xartia zwgrafikhs) eixe
spasmena gyalakia sto patwma, mallon apo kapoio potiri h lampa pou
espase. H korh mou kontepse na kathisei panw tous. To eipa se mia
ypallhlh kai mou eipe "8a to poume sto synergeio", alla otan fygame
(meta apo 40 lepta) htan akoma ekei kai epaizan alla paidia.

Kantete kati prin kopei kapoio paidi.

Stella"""),
("el", "b147-el-allagi-tilefonou-diefthynsis", "Ιωαννα Κωστοπουλου <ioanna.kostopoulou@example.gr>", "Αλλαγη στοιχειων", "general", "",
"""Καλησπερα, αλλαξαμε σπιτι. Παρακαλω ενημερωστε τη διευθυνση στον
λογαριασμο μου: Αγιου Δημητριου 48, 54633 Θεσσαλονικη. Και το νεο
κινητο ειναι 6945 000 228. Το email μενει το ιδιο.

Ευχαριστω,
Ιωαννα Κωστοπουλου"""),
("el", "b147-el-diagrafi-prosopikon-dedomenon", "Νεκτάριος Βλάχος <nektarios.vlachos@example.gr>", "Αίτημα διαγραφής", "general", "",
"""Αξιότιμοι κύριοι,

σύμφωνα με το άρθρο 17 του ΓΚΠΔ, παρακαλώ να διαγράψετε όλα τα
προσωπικά μου δεδομένα από τα αρχεία σας, συμπεριλαμβανομένου του
λογαριασμού μου και της λίστας αποστολής newsletter, και να μου
επιβεβαιώσετε εγγράφως τη διαγραφή.

Με εκτίμηση,
Νεκτάριος Βλάχος"""),
("el", "b147-el-xorigia-podosfairo-paidon", "Α.Ο. Αστέρας Αγρινίου <asteras.agriniou@example.gr>", "Χορηγία", "general", "",
"""Καλησπέρα σας,

είμαστε ερασιτεχνικός αθλητικός σύλλογος με τμήματα ποδοσφαίρου για
παιδιά 6-14 ετών στο Αγρίνιο. Ψάχνουμε χορηγό για τις νέες φανέλες της
σεζόν (περίπου 90 παιδιά). Θα θέλατε να μπει το λογότυπό σας στις
φανέλες και στο πανό του γηπέδου;

Μένουμε στη διάθεσή σας για οτιδήποτε.
Για το Δ.Σ.,
Σπύρος Γιαννακόπουλος"""),
("el", "b147-el-gl-ksexasa-omprela", "Matina Raptis <matina.raptis@example.gr>", "ombrela", "general", "",
"""geia sas, ksexasa mia mauri omprela me ksylino xerouli sto katasthma
sas stin Kifisias, dipla sta kreviatia, thn Triti to apogeuma. Thn
vrhkate mhpws? Mporw na perasw na thn parw."""),
("el", "b147-el-erotisi-xalia-endodapedia", "Κλεοπάτρα Σιμιτζή <kleopatra.s@example.gr>", "Ερώτηση", "general", "",
"""Καλημέρα. Τα μάλλινα χαλιά σας είναι κατάλληλα για δάπεδο με
ενδοδαπέδια θέρμανση; Και χρειάζεται να βάλω κάποιο υπόστρωμα από κάτω;
Ευχαριστώ."""),
("el", "b147-el-gl-paraggelia-30417-pote", "Tasos Grigoriou <tasos.grigoriou@example.gr>", "Paraggelia 30417", "general", "",
"""Kalhmera, h paraggelia 30417 (vivliothiki + grafeio) grafei "se
epeksergasia" edw kai 12 meres. Exete kapoia hmeromhnia apostolhs? Tha
leipoume ekso 20-27 tou mhna kai 8elw na kseirw an ftanei prin h
meta.

Tasos"""),
("el", "b147-el-epeigon-paralavi-apo-apothiki", "Ευτυχια Μανωλακη <eftychia.manolaki@example.gr>", "ΕΠΕΙΓΟΝ", "general", "",
"""ΕΠΕΙΓΟΝ!!! Μπορω να παραλαβω μονη μου την παραγγελια απο την αποθηκη σας
στον Ασπροπυργο αντι να περιμενω τη μεταφορικη; Εχω βαν. Παραγγελια
61288, δυο κομοδινα. Ποιες μερες και ωρες γινεται;"""),
("el", "b147-el-gl-polythrona-bomba", "Lefteris Pappas <lefteris.pappas@example.gr>", "polythrona", "general", "",
"""Re paidia h polythrona einai BOMBA, thn exw sto mpalkoni kai me exei
skotwsei, kathe vrady apokoimiemai panw ths. Hthela apla na to pw. Kai
mia erwthsh, 8a vgalete kai to idio se prasino?

Lefteris"""),
# ---------------- Spanish ----------------
("es", "b147-es-canape-cobro-duplicado", "Marta Cifuentes <marta.cifuentes@example.es>", "Cobro duplicado canapé", "billing", "",
"""Buenas tardes:

El lunes compré en su web un canapé abatible de 150x190 (pedido
ES-309914) por 459 €. En el extracto del banco me aparecen dos cargos de
459 € del mismo día con cinco minutos de diferencia. Solo hice un
pedido y solo me ha llegado un correo de confirmación.

¿Pueden devolverme el cargo que sobra? Les adjunto captura del
extracto.

Un saludo,
Marta Cifuentes
Getafe (Madrid)"""),
("es", "b147-es-mx-meses-sin-intereses-recamara", "Alejandra Ruiz <ale.ruiz@example.com.mx>", "Meses sin intereses", "billing", "",
"""Hola buenas noches, quiero comprar la recámara completa Toscana
(cama king, 2 burós y cómoda) que sale en $24,900 MXN. ¿A cuántos meses
sin intereses la puedo sacar? Tengo tarjeta de BBVA y una de
Banorte. ¿Y si la pago a meses, me toca igual el envío gratis?

Gracias, saludos desde Querétaro"""),
("es", "b147-es-ar-lampara-defensa-consumidor", "Federico Luchetti <fede.luchetti@example.com.ar>", "Devolución lámpara - pedido 220781", "billing", "high",
"""Hola, les escribo por cuarta vez.

El 3 de septiembre devolví la lámpara colgante de ratán (pedido 220781,
$187.400) porque llegó con la pantalla aplastada. El correo la retiró
de mi casa el 6 y tengo el comprobante. Me dijeron que la plata se
acreditaba en 10 días hábiles. Ya pasaron casi dos meses y nada.

Si esta semana no veo el reintegro en la tarjeta, hago la denuncia en
Defensa del Consumidor y la reclamo por la vía que corresponda. Tengo
todos los mails y capturas guardados.

Federico Luchetti
Rosario, Santa Fe"""),
("es", "b147-es-factura-empresa-cif", "Administración Estudio Nácar <admin@estudionacar.example>", "Factura a nombre de la empresa", "billing", "",
"""Hola,

Necesitamos que la factura del pedido 441203 (dos mesas de reunión y
doce sillas) salga a nombre de la empresa y no a nombre de la persona
que hizo la compra. Datos:

Estudio Nácar Arquitectura S.L.
CIF B00000000
C/ Colón 18, 3º, 46004 Valencia

Gracias de antemano,
Inma Ferrer
Administración"""),
("es", "b147-es-cl-cambio-alfombra-color", "Camila Sepúlveda <camila.sepulveda@example.cl>", "cambio de alfombra", "billing", "",
"""Hola! me llegó la alfombra shaggy de 160x230 pero en la foto se veía
gris perla y en persona es mucho más oscura, casi grafito. No la he
sacado del plástico. ¿La puedo cambiar por la beige del mismo tamaño?
Las dos costaban $129.990 así que no debería haber diferencia.

Gracias,
Cami (Ñuñoa, Santiago)"""),
("es", "b147-es-colchon-contracargo", "Ignacio Berrocal <ignacio.berrocal@example.es>", "Colchón devuelto sin reembolso", "billing", "high",
"""Buenos días:

El 12 de septiembre su transportista recogió el colchón viscoelástico
que devolví dentro del periodo de prueba de 30 noches (pedido 771560,
699 €). Tengo el albarán de recogida firmado por el conductor.

Desde entonces he escrito cinco veces. La única respuesta es que "el
almacén tiene que validar el estado del colchón". Seis semanas después
seguimos igual.

Les comunico que hoy he iniciado un contracargo con mi banco por el
importe completo. Si ustedes realizan el reembolso antes, les ruego
que me avisen para informar al banco.

Ignacio Berrocal Soto
Cáceres"""),
("es", "b147-es-co-club-laminas-canada", "Valentina Ospina <valentina.ospina@example.com.co>", "Club de láminas", "billing", "",
"""Hola, buenas tardes.

Hace como un año estoy en el Club de Láminas, el de la lámina de arte
mensual por $69.000. Me salió un trabajo en Toronto y me voy a finales
de mes, y allá no hacen envíos. Les pido que ya no me sigan cobrando a
partir de noviembre. Las láminas me encantaron, de verdad.

Muchas gracias,
Valentina Ospina
Medellín"""),
("es", "b147-es-re-devolucion-no-llega", "Jordi Puigdemunt <jordi.puigdemunt@example.es>", "Re: Su devolución ha sido tramitada", "billing", "",
"""Hola,

Ya han pasado los 5-7 días laborables que decían y el dinero no ha
llegado a la cuenta. ¿Me pueden enviar el justificante de la
transferencia o decirme a qué cuenta lo han hecho? Pagué con PayPal,
por si acaso lo han mandado a otro sitio.

Gracias,
Jordi

-----Mensaje original-----
De: Atención al cliente
Asunto: Su devolución ha sido tramitada

Hola Jordi,
Hemos tramitado la devolución de 124,90 € correspondiente al pedido
590117 (juego de cortinas opacas). El importe se reflejará en 5-7 días
laborables.
Un saludo"""),
("es", "b147-es-mx-cupon-no-aplicado", "Diego Hernandez <diego.hdz@example.com.mx>", "cupon", "billing", "",
"""que tal, use el cupon BUENFIN20 en mi pedido de 2 lamparas de piso y en
el resumen si aparecia el descuento pero en el cargo de la tarjeta me
cobraron completo, $6,380 en lugar de $5,104. pedido MX-88213. me
pueden regresar la diferencia porfa"""),
("es", "b147-es-ar-cama-articulada-mama-residencia", "Graciela Benítez <graciela.benitez@example.com.ar>", "plan de mantenimiento cama de mamá", "billing", "",
"""Buenas tardes.

Les escribo por el plan de mantenimiento de la cama articulada que
tiene mi mamá, Norma Benítez, que pagamos todos los meses ($18.500).
Mamá se fue a vivir a una residencia de adultos mayores en Temperley,
donde ya tienen sus propias camas, así que la cama queda en desuso y
el plan ya no tiene sentido.

Quisiera darlo de baja a partir de este mes. Si necesitan que mamá
firme algo, díganme.

Saludos cordiales,
Graciela Benítez"""),
("es", "b147-es-montaje-cobrado-no-hecho-responsable", "Luis Aranda <luis.aranda@example.es>", "Montaje cobrado y no realizado - quiero hablar con un responsable", "billing", "high",
"""Buenas,

En el pedido 603381 (armario de 3 puertas y dos cómodas) pagué 89 € de
servicio de montaje. El día de la entrega los repartidores dejaron las
cajas en el salón y dijeron que el montador vendría "otro día". Nunca
vino. Lo acabé montando yo con mi cuñado.

He llamado cuatro veces para que me devuelvan los 89 € y cada vez me
dicen que abren una incidencia. Ya no quiero hablar más con el
teléfono de atención. Quiero que me llame un responsable o un
supervisor y que me dé una fecha concreta para el reembolso.

Luis Aranda
Tel. 600 000 417
Alcalá de Henares"""),
("es", "b147-es-senal-cortinas-medida-resto", "Pilar Echeverría <pilar.echeverria@example.es>", "pago de las cortinas", "billing", "",
"""Hola Nerea,

Te escribo por las cortinas de lino a medida para el dormitorio y el
salón. Os dejé 150 € de señal en la tienda de Pamplona el día que
vinisteis a medir. ¿El resto (me dijisteis unos 520 €) lo pago cuando
vengáis a colgarlas o tengo que hacer transferencia antes? ¿Se puede con
Bizum?

Un beso,
Pilar"""),
("es", "b147-es-mx-pausar-membresia-plus", "Rodrigo Salinas <rodrigo.salinas@example.com.mx>", "Membresía Plus", "billing", "",
"""Buen día,

Tengo la membresía Plus (envío gratis, $149 al mes). Vamos a estar
remodelando la casa de diciembre a febrero y no voy a comprar nada en
esos meses. ¿Se puede poner en pausa esos tres meses y que no me
cobren, y luego se reactive sola en marzo? No quiero perder el
descuento de cliente frecuente.

Saludos,
Rodrigo Salinas
Monterrey, N.L."""),
("es", "b147-es-lampara-pie-calambre", "Concepción Morales <concha.morales@example.es>", "Lámpara de pie", "technical", "high",
"""Buenos días:

Les escribo por la lámpara de pie de latón que compré en su tienda
online hace un mes (pedido 559012). Ayer por la tarde, al tocar el
brazo de metal para girarlo, noté un calambre en la mano, no muy
fuerte pero claro. Mi marido lo probó con el buscapolos y se enciende
al tocar la carcasa.

La hemos desenchufado y no la vamos a usar más. Quisiera que me
indiquen qué hacemos con ella.

Atentamente,
Concepción Morales
Córdoba"""),
("es", "b147-es-mx-no-llega-correo-contrasena", "Fernanda Aguilar <fer.aguilar@example.com.mx>", "no puedo entrar", "technical", "",
"""hola, le doy en olvidé mi contraseña y nunca me llega el correo para
cambiarla, ya revisé en spam y promociones. lo intenté como 6 veces
desde ayer. mi correo es este mismo. gracias"""),
("es", "b147-es-no-es-cobro-app-fotos", "Sergio Castaño <sergio.castano@example.es>", "La app se cierra", "technical", "",
"""Hola. Antes de nada: no es un problema de cobro ni de pago, lo digo
porque el chat me manda siempre a facturación.

Quiero dejar una opinión con fotos de la mesa que compré y cada vez que
adjunto una foto la app se cierra. Sin foto sí deja publicar. iPhone
13, iOS actualizado, app actualizada.

Gracias,
Sergio"""),
("es", "b147-es-ar-vendedor-publicaciones-desaparecidas", "Muebles Don Aldo <ventas@mueblesdonaldo.example>", "No aparecen nuestras publicaciones", "technical", "high",
"""Buenas,

Desde ayer a la tarde nuestras publicaciones no aparecen en las
búsquedas del marketplace y cuando entro al panel de vendedor me tira
"Error 503" o se queda cargando. En todo el día de hoy no entró ni una
sola venta, cuando un martes normal tenemos entre 15 y 20. Los clientes
nos escriben por WhatsApp preguntando si cerramos.

Tenemos el taller, dos carpinteros y el flete contratado para el
jueves esperando pedidos. Necesitamos que alguien lo revise ya.

Aldo Ferraro
Muebles Don Aldo, Córdoba Capital"""),
("es", "b147-es-armario-agujeros-no-quiero-devolver", "Raquel Montero <raquel.montero@example.es>", "Armario Nórdico - pieza mal taladrada", "technical", "",
"""Hola,

Estoy montando el armario Nórdico de dos puertas (pedido 408117). El
panel lateral derecho (pieza C) tiene los agujeros de las bisagras a
distinta altura que el izquierdo, así que la puerta queda torcida y no
cierra. Lo he comprobado varias veces con el metro.

No quiero devolverlo ni que me devuelvan el dinero, ya está medio
montado. Solo necesito que me manden otra pieza C bien taladrada.

Gracias,
Raquel"""),
("es", "b147-es-cl-cortina-motorizada-control", "Matías Fuentealba <matias.fuentealba@example.cl>", "Cortina motorizada", "technical", "",
"""Estimados,

La cortina roller motorizada que nos instalaron hace tres semanas dejó
de responder al control remoto. Le cambiamos la pila al control y nada.
Si se desenchufa el motor y se vuelve a enchufar, funciona una vez y
después otra vez nada.

Quedo atento,
Matías Fuentealba
Viña del Mar"""),
("es", "b147-es-co-resorte-colchon-hijo", "Andrés Cárdenas <andres.cardenas@example.com.co>", "Colchón con resorte salido", "technical", "high",
"""Buenas tardes,

El colchón de resortes que compramos para nuestro hijo de 7 años
(pedido 30977, hace cuatro meses) tiene un resorte que se salió por la
tela en el borde. Anoche se cortó la pierna con la punta del alambre,
un corte pequeño pero sangró. Le pusimos una cobija doblada encima y
lo pasamos a dormir con nosotros.

Es un colchón casi nuevo. Necesitamos que lo revisen o lo cambien lo
antes posible.

Andrés Cárdenas
Bogotá"""),
("es", "b147-es-re-plafon-parpadea", "Beatriz Lozano <bea.lozano@example.es>", "Re: Tu pedido ha sido entregado", "technical", "",
"""El plafón parpadea cada pocos segundos desde que lo instalamos. El
electricista ha probado con otro punto de luz y hace lo mismo, así que
es el plafón. ¿Qué hago?

Bea

El 2 oct, Atención al cliente escribió:
> ¡Hola Beatriz! Tu pedido 612440 (plafón LED Aro 40 cm) ha sido
> entregado. ¡Esperamos que lo disfrutes!"""),
("es", "b147-es-mx-espejo-led-huele-quemado", "Patricia Villarreal <paty.villarreal@example.com.mx>", "Espejo con luz", "technical", "high",
"""Hola buenas tardes,

El espejo redondo con luz LED que compramos para el baño (pedido
MX-77145) se pone muy caliente de la parte de atrás después de como
media hora prendido, y hoy olía a quemado, como a cable. Lo desconectó
mi esposo de una vez y ya no lo prendemos.

Queremos saber qué procede, si lo recogen o cómo le hacemos.

Paty Villarreal
Guadalajara"""),
("es", "b147-es-hola-carrito-safari", "Álvaro Nieto <alvaro.nieto@example.es>", "Hola", "technical", "",
"""Hola, en el Mac con Safari el carrito se queda en blanco cuando voy a
ver los productos que he añadido. Con Chrome sí funciona. Lo digo por si
no lo sabéis, que a lo mejor perdéis ventas."""),
("es", "b147-es-ar-sommier-electrico-ruido", "Mariano Quiroga <mariano.quiroga@example.com.ar>", "sommier eléctrico", "technical", "",
"""Hola, que tal. El sommier eléctrico que compramos en julio sube bien
pero al bajar el respaldo hace un ruido de engranaje feo y se traba a
mitad de camino. Hay que bajarlo a mano. Está en garantía. ¿Me mandan
un técnico? Estamos en Caballito, CABA.

Mariano"""),
("es", "b147-es-tecnico-no-viene-supervisor", "Nuria Galindo <nuria.galindo@example.es>", "TERCERA VEZ QUE NO VIENE EL TÉCNICO", "technical", "high",
"""Buenas tardes:

Es la tercera vez que pido día libre en el trabajo para que venga el
técnico a instalar la lámpara de techo con ventilador (pedido 700219)
y la tercera vez que no aparece nadie ni me avisan.

No quiero otra cita por el chat. Exijo que me llame un supervisor del
servicio técnico hoy mismo y me dé una solución. Mi teléfono es el
611 000 352.

Nuria Galindo
Murcia"""),
("es", "b147-es-cl-ampolletas-inteligentes", "Javiera Rojas <javiera.rojas@example.cl>", "ampolletas", "technical", "",
"""hola! las ampolletas inteligentes que compré se desconectan de la app
cada noche y tengo que volver a configurarlas en la mañana. son 4, pasa
con todas. el wifi en la casa funciona bien. alguna idea?"""),
("es", "b147-es-somier-lamas-rotas", "Jesus Ortega <jesus.ortega@example.es>", "Somier de lamas", "technical", "",
"""Buenas, el somier de lamas que compre hace 5 meses ya tiene dos lamas
partidas por la mitad. Somos dos personas de peso normal y no saltamos
encima ni nada. Esta en garantia, que necesitan que les mande? Tengo
fotos.

Jesus Ortega
Jaen"""),
("es", "b147-es-horario-valencia-festivo", "Amparo Soler <amparo.soler@example.es>", "Horario", "general", "",
"""Hola, ¿la tienda de Valencia abre el 9 d'Octubre? ¿Y en qué horario?
Gracias."""),
("es", "b147-es-mx-gracias-repartidores", "Guadalupe Mendoza <lupita.mendoza@example.com.mx>", "Muchas gracias", "general", "",
"""Buenas tardes, nada más quería agradecer a los muchachos que nos
entregaron el comedor el sábado en Coyoacán. Tuvieron que subirlo por
la escalera de caracol al tercer piso y lo hicieron con mucho cuidado y
de buen humor. Hasta armaron las sillas sin que se los pidiéramos.
Ojalá les hagan llegar el mensaje.

Saludos,
Lupita Mendoza"""),
("es", "b147-es-ar-entrega-portero", "Julieta Fernández <julieta.fernandez@example.com.ar>", "Entrega del jueves", "general", "",
"""Hola, les aviso para la entrega del jueves (pedido 230551, la
biblioteca): el edificio tiene portero, Don Carlos, que está de 8 a 16.
Yo trabajo hasta las 18 así que por favor déjenla con él en la entrada
del edificio, ya está avisado. Después de las 16 no hay nadie para
abrir.

Gracias!
Juli"""),
("es", "b147-es-trato-dependiente-gerente", "Rosario Vidal <rosario.vidal@example.es>", "Queja sobre el trato recibido", "general", "high",
"""Buenas tardes:

El sábado por la mañana estuve en su tienda de Sevilla Este con mi
madre, de 81 años, mirando camas articuladas. Cuando mi madre preguntó
por segunda vez el precio porque no lo había oído bien, el dependiente
(un chico joven con barba, no llevaba placa) le contestó de muy malas
formas "ya se lo he dicho, señora, no estoy aquí para repetir las cosas"
y nos dejó plantadas.

Mi madre salió llorando. Solicito que el gerente de la tienda se ponga
en contacto conmigo personalmente. No me sirve una respuesta genérica.

Rosario Vidal
Tel. 654 000 981"""),
("es", "b147-es-tienda-baldosa-suelta", "Enrique Salvatierra <enrique.salvatierra@example.es>", "Entrada de la tienda de Zaragoza", "general", "high",
"""Buenos días,

Quería avisarles de que en la entrada de su tienda de Zaragoza (Plaza
Imperial) hay una baldosa suelta y levantada justo después de las
puertas automáticas. Ayer tropecé yo y vi a un señor mayor que casi se
cae de bruces. Se lo comenté a la cajera y me dijo que ya lo sabían
desde hace días.

Alguien se va a hacer daño de verdad. Creo que deberían señalizarlo o
arreglarlo cuanto antes.

Enrique Salvatierra"""),
("es", "b147-es-co-cambio-correo-celular", "Juan Camilo Restrepo <jcrestrepo@example.com.co>", "actualizar datos", "general", "",
"""Buenas, por favor actualizar mi número de celular en la cuenta, el
nuevo es 300 000 4471. El correo queda igual. Mi cuenta está a nombre
de Juan Camilo Restrepo Gómez, cédula terminada en 512. Gracias."""),
("es", "b147-es-rgpd-acceso-datos", "Teresa Iglesias <teresa.iglesias@example.es>", "Ejercicio del derecho de acceso", "general", "",
"""Muy señores míos:

Al amparo del artículo 15 del Reglamento General de Protección de
Datos, les solicito una copia de todos los datos personales que
conservan sobre mí, los fines del tratamiento y las empresas a las que
se los han cedido, si es el caso.

Quedo a la espera de su respuesta en el plazo legal de un mes.

Atentamente,
Teresa Iglesias Varela
DNI 00000000T"""),
("es", "b147-es-mx-patrocinio-torneo-futbol", "Liga Infantil Los Pinos <ligalospinos@example.com.mx>", "Patrocinio torneo", "general", "",
"""Muy buenas tardes,

Somos una liga de futbol infantil en Zapopan con 24 equipos de niños y
niñas de 6 a 12 años. En diciembre hacemos nuestro torneo de fin de
año y estamos buscando patrocinadores para los trofeos y las playeras.

¿Su empresa estaría interesada en apoyarnos? A cambio ponemos su logo
en las playeras, en las lonas de la cancha y en nuestras redes.

Quedamos atentos,
Profr. Ernesto Padilla
Coordinador"""),
("es", "b147-es-cl-bolsa-olvidada", "Francisca Soto <francisca.soto@example.cl>", "olvidé una bolsa", "general", "",
"""Hola, ayer como a las 6 estuve en la tienda de Providencia y dejé
olvidada una bolsa de papel con ropa de mi hija encima de una de las
camas de exhibición. ¿Alguien la habrá encontrado? Paso a buscarla
cuando me digan.

Francisca"""),
("es", "b147-es-pregunta-cortinas-ignifugas", "Hostal La Muralla <reservas@hostallamuralla.example>", "Pregunta", "general", "",
"""Buenas,

Tenemos un pequeño hostal en Ávila y vamos a renovar las cortinas de
las 14 habitaciones. ¿Confeccionáis cortinas con tejido ignífugo (M1)?
¿Y entregáis el certificado del tejido? Nos lo piden para la
inspección.

Gracias,
Óscar Martín"""),
("es", "b147-es-pedido-88213-cuando", "Lucia Navarro <lucia.navarro@example.es>", "Pedido 88213", "general", "",
"""hola, el pedido 88213 (mesa de centro y dos mesitas auxiliares) pone
"preparando envio" desde hace 9 dias. cuando mas o menos me llegaria?
el dia 15 nos vamos de vacaciones"""),
("es", "b147-es-urgente-recoger-tienda", "Pablo Gil <pablo.gil@example.es>", "URGENTE!!", "general", "",
"""URGENTE: ¿puedo recoger yo mismo el pedido en la tienda de Alcobendas
en vez de esperar al envío? Lo necesito para el sábado. Pedido 490028,
una estantería.

Gracias"""),
("es", "b147-es-ar-lampara-me-mato", "Sofía Ibarra <sofi.ibarra@example.com.ar>", "la lámpara!!", "general", "",
"""Hola!! les escribo solo para decirles que la lámpara de pie de
bambú me mató, es un crimen lo linda que queda en el living. Ya me
preguntaron tres amigas de dónde es. Una consulta nomás: ¿van a sacar
la versión de mesa? Me muero por tener una para la mesa de luz.

Besos,
Sofi"""),
# ---------------- Polish ----------------
("pl", "b147-pl-dywan-podwojne-obciazenie", "Agnieszka Wróblewska <agnieszka.wroblewska@example.pl>", "Podwójne obciążenie karty", "billing", "",
"""Dzień dobry,

w niedzielę zamówiłam dywan wełniany 200x290 (zamówienie 771204) za
1 249 zł. Płatność BLIK-iem za pierwszym razem się zawiesiła, więc
zapłaciłam drugi raz. Teraz w historii konta widzę dwie transakcje po
1 249 zł, obie zaksięgowane.

Proszę o zwrot jednej z nich. Potwierdzenie z banku w załączniku.

Pozdrawiam,
Agnieszka Wróblewska"""),
("pl", "b147-pl-raty-zero-lozko", "Tomasz Kubiak <tomasz.kubiak@example.pl>", "raty 0%", "billing", "",
"""Dzien dobry, chcialbym kupic lozko kontynentalne 180x200 Bergen za
5 890 zl. Na stronie jest napisane "raty 0%". Na ile rat mozna to
rozlozyc i czy wniosek robi sie online? I czy przy ratach obowiazuje
tez darmowa dostawa z wniesieniem?

Tomasz"""),
("pl", "b147-pl-komoda-rzecznik-konsumentow", "Beata Zalewska <beata.zalewska@example.pl>", "Brak zwrotu pieniędzy za komodę", "billing", "high",
"""Szanowni Państwo,

12 września odstąpiłam od umowy i odesłałam komodę Lund (zamówienie
602918, 1 480 zł) w ustawowym terminie 14 dni. Kurier odebrał paczkę
15 września, mam potwierdzenie nadania. Zgodnie z ustawą o prawach
konsumenta zwrot powinien nastąpić w ciągu 14 dni od otrzymania
oświadczenia.

Minęło ponad sześć tygodni. Na trzy maile odpowiedzieli Państwo
szablonem "zgłoszenie jest w trakcie realizacji".

Jeżeli w ciągu 7 dni pieniądze nie wrócą na moje konto, zgłoszę sprawę
do miejskiego rzecznika konsumentów oraz do UOKiK.

Beata Zalewska
Lublin"""),
("pl", "b147-pl-faktura-vat-nip", "Biuro Rachunkowe Lis <biuro@lis-rachunkowe.example>", "Faktura na firme", "billing", "",
"""Dzien dobry,

do zamowienia 554301 (2 biurka, 2 krzesla obrotowe, regal) wystawiony
zostal paragon. Prosze o wystawienie faktury VAT na dane:

Biuro Rachunkowe Lis Sp. z o.o.
ul. Piotrkowska 120/4, 90-006 Lodz
NIP 000-000-00-00

Pozdrawiam,
Ewa Lis"""),
("pl", "b147-pl-zaslony-wymiana-kolor", "Katarzyna Jabłońska <kasia.jablonska@example.pl>", "wymiana zasłon", "billing", "",
"""Hej, zamówiłam zasłony welurowe 2 szt. w kolorze butelkowa zieleń,
ale na żywo są dużo ciemniejsze niż na zdjęciu i w naszym salonie
wyglądają prawie na czarne. Są nierozpakowane. Czy mogę je wymienić na
kolor szałwiowy w tym samym rozmiarze? Cena ta sama, 389 zł za parę.

Kasia"""),
("pl", "b147-pl-lampa-chargeback-bank", "Rafał Dudek <rafal.dudek@example.pl>", "Zamówienie 310772", "billing", "high",
"""Dzień dobry,

lampa wisząca (zamówienie 310772, 612 zł) nigdy do mnie nie dotarła.
Przewoźnik twierdzi, że paczka nie została mu w ogóle przekazana. Od
Państwa od miesiąca słyszę, że "zwrot jest w trakcie".

Dzisiaj złożyłem w banku reklamację transakcji kartą (chargeback) na
całą kwotę. Jeśli zwrócicie pieniądze wcześniej, proszę o informację,
żebym mógł wycofać reklamację.

Rafał Dudek"""),
("pl", "b147-pl-plakaty-abonament-syn-studia", "Jolanta Kaczmarek <jolanta.kaczmarek@example.pl>", "Plakaty co miesiąc", "billing", "",
"""Dzień dobry,

od roku mamy abonament "Plakat miesiąca" za 59 zł. Zakładał go syn,
bo to on wybierał grafiki do swojego pokoju, a od października
studiuje we Wrocławiu i pokój stoi pusty. Nie ma kto ich wieszać.

Proszę o zakończenie abonamentu, tak żeby listopadowa płatność już nie
zeszła z karty.

Z poważaniem,
Jolanta Kaczmarek
Kielce"""),
("pl", "b147-pl-re-zwrot-nizsza-kwota", "Michał Sobczak <michal.sobczak@example.pl>", "Re: Zwrot został zlecony", "billing", "",
"""Dzień dobry,

przyszło 419 zł, a zapłaciłem 468 zł. Rozumiem, że potrąciliście koszt
wysyłki, ale w regulaminie jest, że przy odstąpieniu od umowy zwracacie
też najtańszą formę dostawy, a ja wybrałem właśnie najtańszą. Proszę o
dopłatę 49 zł.

Michał

> Dzień dobry,
> zwrot środków za zamówienie 448190 (lustro w ramie dębowej 60x160)
> został zlecony. Środki pojawią się na koncie w ciągu 3-5 dni
> roboczych.
> Pozdrawiamy, Dział Zwrotów"""),
("pl", "b147-pl-kod-rabatowy-nie-zadzialal", "Natalia Mazur <natalia.mazur@example.pl>", "kod rabatowy", "billing", "",
"""dzien dobry, wpisalam kod JESIEN10 przy zamowieniu poscieli i
przescieradel, strona pokazala ze kod jest poprawny ale cena sie nie
zmienila, zaplacilam 436 zl zamiast ok 392. zamowienie 889014. czy
moge dostac zwrot roznicy?"""),
("pl", "b147-pl-pakiet-sprzedawcy-zawieszenie-zima", "Stolarnia Pod Lipą <kontakt@stolarniapodlipa.example>", "Pakiet sprzedawcy", "billing", "",
"""Dzień dobry,

sprzedajemy u Was meble ogrodowe w pakiecie Biznes (249 zł/mc). Od
listopada do lutego praktycznie nic nie schodzi, a warsztat i tak
zamykamy na zimę. Czy da się na te cztery miesiące zawiesić pakiet, bez
opłat, i wrócić w marcu na tych samych warunkach? Nie chcemy stracić
ocen ani historii sprzedaży.

Pozdrawiam,
Henryk Borowiec
Stolarnia Pod Lipą, Nowy Targ"""),
("pl", "b147-pl-wniesienie-oplata-kierownik", "Marek Wasilewski <marek.wasilewski@example.pl>", "Opłata za wniesienie - żądam kontaktu z kierownikiem", "billing", "high",
"""Dzień dobry,

za dostawę szafy (zamówienie 705512) zapłaciłem 149 zł za usługę
"wniesienie na piętro". Kierowca zostawił paczki na parterze klatki
schodowej, stwierdził, że "nie ma windy, to nie wnosi", i odjechał.
Wnosiliśmy z sąsiadem na 4. piętro.

Dwa razy dzwoniłem na infolinię i dwa razy usłyszałem, że "przekażą
dalej". Chcę rozmawiać z kierownikiem działu obsługi klienta albo
kimś, kto faktycznie może podjąć decyzję o zwrocie 149 zł.

Marek Wasilewski
tel. 600 000 214"""),
("pl", "b147-pl-zaliczka-zaslony-na-miare", "Halina Pawlak <halina.pawlak@example.pl>", "Zasłony szyte na miarę", "billing", "",
"""Szanowni Państwo,

w zeszłym tygodniu pani Dorota była u mnie zmierzyć okna i
wpłaciłam 300 zł zaliczki na zasłony i firany do trzech pokoi.
Chciałabym zapytać, kiedy mam zapłacić resztę, czyli 1 150 zł, i czy
mogę przelewem, bo nie mam karty. Nie dostałam też pokwitowania
zaliczki.

Z wyrazami szacunku,
Halina Pawlak
Olsztyn"""),
("pl", "b147-pl-bon-podarunkowy-wazny", "Adam Cieślak <adam.cieslak@example.pl>", "Bon", "billing", "",
"""Cześć, mam bon podarunkowy na 300 zł, który dostałem na ślub. Okazało
się, że był ważny do końca sierpnia, a teraz jest październik. Nie
wykorzystaliśmy go, bo remontowaliśmy mieszkanie i czekaliśmy z
zakupami. Czy jest szansa go przedłużyć albo wymienić na nowy?

Adam"""),
("pl", "b147-pl-lampka-nocna-iskrzy", "Stanisław Nowicki <stanislaw.nowicki@example.pl>", "Lampka nocna", "technical", "high",
"""Dzień dobry,

lampka nocna z ceramiczną podstawą, którą kupiłem u Państwa w maju,
zaczęła iskrzyć w miejscu, gdzie kabel wchodzi do podstawy. Wczoraj
wieczorem przy włączaniu był trzask, mała iskra i zapach spalenizny.
Wyjąłem wtyczkę z kontaktu i lampka stoi teraz odłączona na balkonie.

Proszę o informację, co dalej. Numer zamówienia 145520.

Z poważaniem,
Stanisław Nowicki
Rzeszów"""),
("pl", "b147-pl-kod-sms-logowanie", "Paulina Krawczyk <paulina.krawczyk@example.pl>", "logowanie", "technical", "",
"""Dzień dobry, przy logowaniu strona prosi o kod SMS, ale SMS w ogóle
nie przychodzi. Numer telefonu jest dobry, bo widzę jego końcówkę na
stronie. Próbowałam z komputera i z telefonu. Jak mam się zalogować?"""),
("pl", "b147-pl-nie-platnosc-wizualizacja-zawiesza", "Grzegorz Lewandowski <grzegorz.lewandowski@example.pl>", "Aplikacja", "technical", "",
"""Dzien dobry, pisze od razu ze to NIE jest sprawa platnosci, czatbot
odsyla mnie do dzialu rozliczen. Chodzi o aplikacje: wizualizacja
pokoju zawiesza sie po dodaniu trzeciego mebla, ekran zamarza i trzeba
zamknac aplikacje. Telefon Xiaomi, Android 14.

Grzegorz"""),
("pl", "b147-pl-sklep-etykiety-kurier-nie-drukuje", "Meble Kowal <biuro@meblekowal.example>", "Integracja z kurierem", "technical", "high",
"""Dzień dobry,

od wczoraj od 14:00 w panelu sprzedawcy nie generują się etykiety
kurierskie - przy każdej paczce jest "błąd integracji". Mamy spakowane
ponad 60 paczek z zamówień z Waszej platformy, kierowca przyjechał o
16:00 i odjechał pusty. Dziś rano to samo.

Klienci zaczynają pisać, dlaczego zamówienie nie zostało wysłane, a
terminy wysyłki nam uciekają i zaraz dostaniemy za to negatywne oceny.

Proszę o pilny kontakt: 500 000 619.

Łukasz Kowal
Meble Kowal, Swarzędz"""),
("pl", "b147-pl-szafa-zawiasy-nie-chce-zwrotu", "Dorota Michalska <dorota.michalska@example.pl>", "Szafa - zawiasy", "technical", "",
"""Dzień dobry,

w szafie trzydrzwiowej (zamówienie 520981) pękły dwa zawiasy w
środkowych drzwiach, po niecałych dwóch miesiącach. Drzwi opadają i
ocierają o dolny wieniec.

Nie chcę zwrotu pieniędzy ani odsyłać szafy, to byłby koszmar z
rozkręcaniem. Proszę tylko o przysłanie nowych zawiasów, sama je
wymienię.

Dorota Michalska"""),
("pl", "b147-pl-szyna-elektryczna-zaslony", "Wojciech Zieliński <wojciech.zielinski@example.pl>", "Szyna elektryczna", "technical", "",
"""Dzien dobry, elektryczna szyna do zaslon zamontowana przez Panstwa
ekipe w zeszlym miesiacu przestala reagowac na pilota i na aplikacje.
Silnik tylko cicho buczy. Bezpiecznik w porzadku, w gniazdku jest prad.
Prosze o wizyte serwisu.

Wojciech Zielinski
Gdynia"""),
("pl", "b147-pl-polka-szklana-pekla", "Ilona Szymańska <ilona.szymanska@example.pl>", "Witryna", "technical", "high",
"""Dzień dobry,

w nocy szklana półka w witrynie (zamówienie 390412, odebrana trzy
tygodnie temu) pękła sama z siebie. Nic na niej nie stało poza dwoma
kieliszkami. Szkło rozsypało się na drobne kawałki po całej podłodze w
salonie i część jeszcze trzyma się w witrynie.

Mamy małe dzieci i psa, więc zamknęliśmy salon. Pozostałe dwie półki
są z tego samego szkła i boję się je zostawić. Co mamy zrobić?

Ilona Szymańska
Katowice"""),
("pl", "b147-pl-re-lampa-sufitowa-mruga", "Piotr Górecki <piotr.gorecki@example.pl>", "Re: Twoje zamówienie zostało dostarczone", "technical", "",
"""Lampa sufitowa mruga co kilka sekund, także po wymianie żarówek na
nowe. Elektryk podłączył ją w innym pokoju i to samo. Proszę o
informację, jak to zgłosić.

Piotr

> Dzień dobry,
> Twoje zamówienie 267733 (lampa sufitowa Orbit, 3-punktowa) zostało
> dostarczone. Dziękujemy za zakupy!"""),
("pl", "b147-pl-akumulator-lampki-puchnie", "Monika Baran <monika.baran@example.pl>", "Lampka na akumulator", "technical", "high",
"""Dzień dobry,

lampka stołowa na akumulator (ta bezprzewodowa, do ogrodu) przy
ładowaniu zrobiła się bardzo gorąca, a dziś zauważyłam, że podstawa się
wybrzuszyła i pękła obudowa od spodu. Chyba spuchł akumulator.

Odłączyłam ją od ładowarki i wyniosłam na balkon na płytki. Nie wiem,
czy mogę ją wyrzucić do elektrośmieci czy ją do Was odesłać. Zamówienie
512207.

Monika Baran"""),
("pl", "b147-pl-dzien-dobry-konfigurator-sofy", "Jan Wójcik <jan.wojcik@example.pl>", "Dzień dobry", "technical", "",
"""Dzień dobry, konfigurator sofy na stronie wyrzuca błąd "Coś poszło nie
tak" przy wyborze tkaniny. Sprawdzałem na Chrome i Firefox, na dwóch
komputerach. Nie mogę przez to złożyć zamówienia.
Jan Wójcik"""),
("pl", "b147-pl-lozko-pojemnik-silownik", "Ewelina Kamińska <ewelina.kaminska@example.pl>", "lozko z pojemnikiem", "technical", "",
"""Dzien dobry, w lozku z pojemnikiem (kupione w czerwcu) jeden
silownik gazowy przestal trzymac i stelaz z materacem powoli opada z
jednej strony, jak sie go podniesie. Trzeba go trzymac reka. Czy
mozecie przyslac nowe silowniki w ramach gwarancji?

Ewelina"""),
("pl", "b147-pl-montazysta-drugi-raz-przelozony", "Krzysztof Olszewski <krzysztof.olszewski@example.pl>", "Drugi raz brak montażysty", "technical", "high",
"""Dzień dobry,

drugi raz z rzędu biorę urlop na żądanie, bo na dziś był umówiony
montaż kuchni i oświetlenia podszafkowego (zamówienie 660188), i drugi
raz nikt nie przyjechał ani nie zadzwonił.

Nie chcę kolejnego terminu ustalonego przez infolinię. Proszę, żeby
skontaktował się ze mną przełożony montażystów albo kierownik działu
montażu, jeszcze dziś. Tel. 600 000 873.

Krzysztof Olszewski
Kraków"""),
("pl", "b147-pl-zarowki-smart-rozlaczaja", "Oliwia Pietrzak <oliwia.pietrzak@example.pl>", "zarowki", "technical", "",
"""hej, zarowki smart od was co chwile sie rozlaczaja z aplikacja,
pokazuje ze sa offline chociaz swieca. router stoi w tym samym pokoju.
cos mozna z tym zrobic?"""),
("pl", "b147-pl-materac-nie-rozprezyl", "Bartosz Jankowski <bartosz.jankowski@example.pl>", "Materac zwijany", "technical", "",
"""Dzień dobry,

materac piankowy 140x200 (zwijany, w rolce) po 72 godzinach od
rozpakowania nadal ma z jednej strony wgłębienie i jest o jakieś 4 cm
niższy niż w opisie. W instrukcji jest napisane, że po 48 godzinach
powinien osiągnąć pełną wysokość. Co w takiej sytuacji?

Bartosz"""),
("pl", "b147-pl-godziny-wigilia", "Zofia Kwiatkowska <zofia.kwiatkowska@example.pl>", "Godziny otwarcia", "general", "",
"""Dzień dobry, do której czynny jest salon w Gdańsku w Wigilię? I czy
27 grudnia jest normalnie otwarte? Dziękuję."""),
("pl", "b147-pl-podziekowania-pani-iwona", "Ryszard Malinowski <ryszard.malinowski@example.pl>", "Podziękowanie", "general", "",
"""Szanowni Państwo,

chciałbym serdecznie podziękować pani Iwonie z salonu w Poznaniu za
cierpliwość. Byliśmy z żoną trzy razy, zanim wybraliśmy materac, i za
każdym razem poświęciła nam dużo czasu, nic nie wciskała na siłę i
wszystko dokładnie wytłumaczyła. Żona w końcu przesypia noce.

Z wyrazami szacunku,
Ryszard Malinowski"""),
("pl", "b147-pl-dostawa-domofon-nie-dziala", "Magdalena Sikora <magdalena.sikora@example.pl>", "Dostawa we wtorek", "general", "",
"""Dzien dobry, do dostawy we wtorek (zamowienie 430771): domofon w naszym
bloku nie dziala, prosze, zeby kierowca zadzwonil na telefon 600 000 128
jak bedzie pod klatka, to zejde i otworze. Klatka B, 2 pietro.

Dziekuje,
Magda"""),
("pl", "b147-pl-sprzedawca-niegrzeczny-kierownik", "Elżbieta Wiśniewska <elzbieta.wisniewska@example.pl>", "Skarga na pracownika salonu", "general", "high",
"""Dzień dobry,

w sobotę byłam w Państwa salonie w Łodzi przy Pabianickiej. Poprosiłam
sprzedawcę o pomoc przy wyborze dywanu do pokoju dziecięcego. Usłyszałam,
że "na takie pierdoły nie ma czasu" i że mam sobie "poczytać metki".
Odwrócił się i rozmawiał dalej przez telefon. Było to przy innych
klientach.

Oczekuję kontaktu od kierownika salonu, a nie automatycznej
odpowiedzi.

Elżbieta Wiśniewska
tel. 600 000 552"""),
("pl", "b147-pl-salon-wystajaca-listwa", "Tadeusz Kołodziej <tadeusz.kolodziej@example.pl>", "Salon w Bydgoszczy", "general", "high",
"""Dzień dobry,

na ekspozycji w salonie w Bydgoszczy, przy przejściu między sypialniami
a dywanami, odstaje metalowa listwa progowa z podłogi, ma ostrą
krawędź i sterczy na dobre dwa centymetry. Moja żona o nią
zahaczyła i rozcięła sobie kostkę. Pracownik przykleił na to kawałek
taśmy, ale taśma już się odkleiła, kiedy wychodziliśmy.

Proszę to naprawić, zanim ktoś się przewróci na dobre.

Tadeusz Kołodziej"""),
("pl", "b147-pl-zmiana-nazwiska-po-slubie", "Aleksandra Nowak-Kowalczyk <ola.nowak@example.pl>", "zmiana danych", "general", "",
"""Dzień dobry, wyszłam za mąż i zmieniłam nazwisko. Proszę o zmianę
nazwiska w moim koncie z Nowak na Nowak-Kowalczyk. Adres e-mail
zostaje ten sam. Dziękuję!"""),
("pl", "b147-pl-rodo-usuniecie-danych", "Przemysław Czarnecki <przemyslaw.czarnecki@example.pl>", "Usunięcie danych osobowych", "general", "",
"""Szanowni Państwo,

na podstawie art. 17 RODO proszę o usunięcie wszystkich moich danych
osobowych, w tym konta klienta i zgód marketingowych, oraz o pisemne
potwierdzenie wykonania żądania.

Z poważaniem,
Przemysław Czarnecki"""),
("pl", "b147-pl-sponsoring-festyn-szkolny", "Rada Rodzicow SP 12 <radarodzicow.sp12@example.pl>", "Festyn rodzinny - prosba o wsparcie", "general", "",
"""Dzien dobry,

Rada Rodzicow przy Szkole Podstawowej nr 12 w Bialymstoku organizuje
8 czerwca festyn rodzinny. Szukamy sponsorow nagrod do loterii fantowej
i konkursow dla dzieci. Moze moglibyscie przekazac np. posciel dziecieca
albo lampke?

W zamian umiescimy Panstwa logo na plakatach i na stronie szkoly.

Pozdrawiam,
Anna Szulc, przewodniczaca RR"""),
("pl", "b147-pl-zgubione-klucze-salon", "Marcin Wrona <marcin.wrona@example.pl>", "klucze", "general", "",
"""Dzien dobry, wczoraj po poludniu zgubilem klucze w salonie we Wroclawiu
(Bielany), pewnie przy kanapach, bo tam siedzialem najdluzej. Pek
kluczy z brelokiem Slaska Wroclaw. Czy ktos je znalazl?

Marcin"""),
("pl", "b147-pl-pytanie-dywany-atest-przedszkole", "Przedszkole Słoneczko <biuro@przedszkole-sloneczko.example>", "Pytanie", "general", "",
"""Dzień dobry,

czy dywany z serii Kids mają atest higieniczny i certyfikat
trudnopalności? Chcemy kupić kilka do sal w przedszkolu, a sanepid
wymaga dokumentów.

Pozdrawiam,
Joanna Bielecka, dyrektor"""),
("pl", "b147-pl-zamowienie-602114-kiedy", "Sebastian Kozłowski <sebastian.kozlowski@example.pl>", "Zamówienie 602114", "general", "",
"""Dzień dobry, zamówienie 602114 (narożnik) ma status "w realizacji" od
prawie 5 tygodni. Czy jest już znany termin dostawy? Kończymy remont i
chcielibyśmy wiedzieć, kiedy zwolnić miejsce w salonie.

Sebastian"""),
("pl", "b147-pl-pilne-zmiana-godziny-dostawy", "Renata Grabowska <renata.grabowska@example.pl>", "PILNE!!!", "general", "",
"""PILNE - czy da się przesunąć jutrzejszą dostawę łóżka (zamówienie
711089) na popołudnie? Rano muszę być u lekarza z córką, a od 14 jestem
już w domu. Dziękuję."""),
("pl", "b147-pl-lampa-zabojcza-bomba", "Justyna Wrzesińska <justyna.wrzesinska@example.pl>", "lampa", "general", "",
"""Dzień dobry! Lampa podłogowa z abażurem z plisowanego lnu jest po
prostu zabójcza, w salonie zrobiła efekt bomby, wszyscy goście pytają
skąd. Dziękuję za szybką wysyłkę. A pytanie: czy będzie też wersja
stołowa do kompletu?

Justyna"""),
]
