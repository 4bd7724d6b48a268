# batch158.py -- labelled test mails, held out of the tree until the rules
# it measures are final.  160 mails, 40 each in English, Greek (a third in
# Greeklish), Spanish (Spain and Latin America) and Polish, drawn mostly
# from hotels: boutique hotels, motorway hotels, spa hotels, serviced
# apartments, B&Bs, hotel loyalty schemes and hotel parking.  Covers
# escalation demands that keep their topic, legal threats and chargebacks,
# negations, subjects that say nothing or something else, quoted replies,
# plans ended or paused in unusual wording, business outages told only by
# their consequences, safety hazards told calmly, praise, payment
# questions and everyday mail of all three queues.  Same tuple format as
# batch13.py: (lang, slug, from, subject, queue, priority, body).
M += [
# ---------------- English ----------------
("en", "b158-en-preauth-still-held", "Dwayne Mitchell <dwayne.mitchell@example.com>", "Hold on my card", "billing", "",
"""Hi there,

We checked out of your Flagstaff property on the 3rd and there's still a
$150 "incidental hold" sitting on my debit card. The front desk said it
would drop off in 3-5 business days. It's now day 10 and that money is
basically frozen. Can you release it on your end?

Thanks,
Dwayne Mitchell"""),
("en", "b158-en-points-not-credited", "Harriet Cole <harriet.cole@example.co.uk>", "Question", "billing", "",
"""Hello,

I stayed three nights at your Harrogate hotel last month (booked
directly, membership number RW 2284 9917) and none of the nights seem
to have gone onto my Rewards account. I was one stay away from Silver,
so it matters to me a bit! Could someone add them please?

Kind regards,
Harriet Cole"""),
("en", "b158-en-spa-membership-knee", "Maureen Pickering <m.pickering@example.co.uk>", "My membership at the spa", "billing", "",
"""Dear Sir or Madam,

I have been a member of the spa at Oakley Grange for four years and
enjoy it very much. Unfortunately I am having my knee replaced on the
14th of next month and the surgeon says no swimming for at least ten
weeks.

I would rather not give up my membership altogether. Is it possible to
put it on hold for three months so that I am not paying the 62 pounds
a month while I cannot use it? I can bring in a letter from the
hospital if you need one.

Yours faithfully,
Maureen Pickering (Mrs)"""),
("en", "b158-en-parking-advertised-free-amex", "Gareth Hughes <gareth.hughes@example.co.uk>", "Parking charges - 4 nights", "billing", "high",
"""Your website and my booking confirmation both say "free on-site
parking". On checkout at the Cardiff Bay hotel I was charged 18 pounds a
night for parking, 72 pounds in total, and the receptionist said the
website was "out of date" and there was nothing she could do.

I have screenshots of both the website and the confirmation. Please
refund the 72 pounds within 7 days, otherwise I will raise a dispute
with American Express and let them sort it out.

Gareth Hughes"""),
("en", "b158-en-late-husband-gold-circle", "Brenda Farrell <brenda.farrell@example.ie>", "My husband Desmond", "billing", "",
"""Hello,

My husband Desmond passed away in February. I have just noticed on our
joint account that his Gold Circle membership with you renewed on the
1st at 149 euro. He loved his breaks in Kenmare but I won't be using
it.

Could you please close the membership and return the 149 euro? I can
send a copy of the death certificate if that is needed.

Brenda Farrell"""),
("en", "b158-en-gst-invoice-apartments", "Accounts <accounts@nilgiri-softech.example>", "GST invoice required - Koramangala apartments", "billing", "",
"""Dear Team,

Our consultant Mr. Rohit Menon stayed in your serviced apartments at
Koramangala from 2nd to 19th of last month. The invoice we received is
in his personal name and does not show our GSTIN, so we are unable to
claim input credit.

Kindly re-issue the tax invoice for INR 1,18,400 in the name of
Nilgiri Softech Pvt Ltd, GSTIN 29AAXCN4471K1ZP, with the registered
address as per our earlier mail.

Thanks & Regards,
Kavitha S.
Accounts Executive"""),
("en", "b158-en-re-charged-twice-bnb", "Sinead Kavanagh <sinead.kavanagh@example.ie>", "Re: Your stay at Ardmore House", "billing", "",
"""Hi Nuala,

Thanks for the lovely message, we'd a great time. But just looking at
my banking app now and the 240 euro for the two nights has gone out
twice, once on the 6th and once on the 7th. Could you check that when
you get a chance?

Sinead

> Hi Sinead,
>
> Thanks so much for staying with us at Ardmore House. We hope you
> enjoyed Dingle and the weather was kind to you! Your receipt is
> attached. Hope to see you again.
>
> Nuala & Pat"""),
("en", "b158-en-nonrefundable-hospital-manager", "Craig Donovan <craig.donovan@example.com.au>", "Booking 7731-QX - need someone senior", "billing", "high",
"""To whoever is in charge,

My wife was admitted to Royal Prince Alfred two days before our stay at
your Byron Bay spa resort. I rang the next morning to cancel the four
nights (AUD 2,140) and was told it was a non-refundable rate and
"that's that". Not even a credit for a later date.

I have the hospital discharge papers. I'm not asking for anything
unreasonable - a credit note would do. But I'm done with the call
centre. I want this looked at by a manager or someone senior who can
actually make a decision, not another script.

Craig Donovan
0412 558 301"""),
("en", "b158-en-minibar-not-ours", "Lauren Whitfield <lauren.whitfield@example.com>", "minibar??", "billing", "",
"""Just got my folio from the Denver stay and there's $64 on it for the
minibar. We never opened it, we didn't even have the key for it. Please
take it off."""),
("en", "b158-en-wedding-block-rate", "Priya Nair <priya.nair@example.co.uk>", "Room block for a wedding", "billing", "",
"""Hi,

My sister's getting married at St Mary's in Warwick on 21 June and we'd
like to put about 15 guests in your hotel for the Friday and Saturday.
Do you do a group rate for that many rooms, and would each guest pay
for their own room or does one person have to pay for the lot up
front? Is there a deposit?

Thanks!
Priya"""),
("en", "b158-en-apartment-deposit-small-claims", "Tom Ashworth <tom.ashworth@example.co.uk>", "Deduction from my deposit", "billing", "high",
"""Hello,

You have kept 350 pounds of my 500 pound security deposit for the
Ancoats apartment for "damage to the sofa and deep cleaning". The stain
on the sofa was there when we arrived - it is in the photos I emailed
your team on the day we checked in, which I have attached again.

I have asked twice for an itemised breakdown and the photos you say
you took at checkout, and had nothing back. If the 350 pounds is not
returned within 14 days I will issue a claim through the small claims
court without any further notice.

Tom Ashworth"""),
("en", "b158-en-spa-voucher-expired", "Nicola Bryant <nicola.bryant@example.com>", "Spa day voucher", "billing", "",
"""Hiya, my partner bought me a spa day for two voucher for my birthday
(code SPA-8826-KT) and I've just realised it ran out last Tuesday. Life
got in the way! Is there any chance it can be extended, even if I pay
a bit extra? Nicola x"""),
("en", "b158-en-booking-receipt-only", "Jamal Edwards <jamal.edwards@example.com>", "Booking HX-48213", "billing", "",
"""Can I get an itemized receipt for this booking please, my company needs it for expenses. Thanks."""),
("en", "b158-en-keycard-dies", "Rebecca Holt <rebecca.holt@example.co.uk>", "Room 312", "technical", "",
"""Hi, I'm staying in 312 till Friday. My key card stops working every
few hours and I've had to go down to reception four times now to get
it re-done. They said keep it away from my phone, which I have. Could
someone check the lock itself? Thanks, Rebecca"""),
("en", "b158-en-app-key-crash-not-bill", "Oliver Grant <oliver.grant@example.com>", "Hello", "technical", "",
"""Hello,

This isn't about my bill or my booking, both of those are fine. The
problem is the app: every time I tap "Digital key" it shows the
spinning wheel and then closes itself. iPhone 13, iOS up to date, app
reinstalled twice. I'm checking in at the Leeds City hotel on Thursday
and would rather not queue at the desk.

Oliver"""),
("en", "b158-en-conference-wifi-delegates", "Events Team <events@harlowtraining.example>", "Oakwood Suite today", "technical", "high",
"""Hi,

We're running a certification day in your Oakwood Suite for 42
delegates. Since about 9:15 nobody in the room can get onto the
internet - the guest network shows as connected but nothing loads. The
exam platform is online only, so the whole morning session has been
stopped and people are sitting there waiting. We have a hard finish at
5pm and delegates have travelled from all over the country.

Your duty manager says IT is "off site". Please can someone call me on
07700 900 214 straight away.

Helen Marsh
Harlow Training Ltd"""),
("en", "b158-en-shower-scalding", "Fiona Lindsay <fiona.lindsay@example.co.uk>", "Shower in room 108", "technical", "high",
"""Good evening,

I thought I should let you know about the shower in room 108, where we
stayed last night. It was running at a normal temperature and then,
without anyone touching the control, went scalding hot for several
seconds. My son, who is nine, got a red patch on his shoulder - he's
fine, we put cold water on it - but an older person or a small child
could be properly burnt.

We reported it at the desk this morning but I'm not sure it was passed
on, so I'm putting it in writing. Please have it checked before anyone
else uses that room.

Fiona Lindsay"""),
("en", "b158-en-loyalty-reset-email", "Suresh Iyer <suresh.iyer@example.in>", "Password reset mail not coming", "technical", "",
"""Dear Sir/Madam,

I am trying to log in to my Stay Plus account but have forgotten the
password. I have clicked "forgot password" five times since yesterday
but no reset mail is coming, not in spam folder also. Email id is the
same as this one. Kindly do the needful.

Regards,
Suresh Iyer"""),
("en", "b158-en-barrier-came-down-car", "Keith Naylor <keith.naylor@example.co.uk>", "Car park barrier at the M6 hotel", "technical", "high",
"""Hello,

Last night at about 10pm I put my ticket into the exit barrier at your
Stafford M6 hotel car park. It accepted the ticket, lifted, and then
came straight back down onto the roof of my car while I was driving
through. There's a dent and a crack in the roof bar.

I'll deal with the car separately. My real concern is that the barrier
clearly isn't detecting anything underneath it. If that had been
someone walking through, or a child, it would have come down on their
head. It needs to be taken out of use until it's fixed.

Keith Naylor"""),
("en", "b158-en-tv-no-signal", "Ayesha Khan <ayesha.khan@example.com>", "TV", "technical", "",
"""TV in room 27 just says "no signal" on every channel. Tried the input button. Thanks"""),
("en", "b158-en-aircon-rattle-urgent", "Bradley Simmons <brad.simmons@example.com>", "URGENT!!!!", "technical", "",
"""The AC unit in 1406 rattles like a shopping cart ALL NIGHT. I have
had maybe 3 hours sleep in two nights. I have a big presentation
tomorrow. PLEASE send maintenance today, this is URGENT.

Brad"""),
("en", "b158-en-kettle-sparked", "Daniel Kowal <daniel.kowal@example.co.uk>", "Kettle in Flat 4B", "technical", "high",
"""Hi,

Small thing but worth mentioning. When I plugged in the kettle in flat
4B (Clifton apartments) this morning there was a loud crack and a
spark from the base, and a smell of burning plastic. I switched it off
at the wall and haven't touched it since. The base looks scorched
underneath.

I'd suggest swapping it before the next guests come in. I'm out until
six if someone needs to get in.

Daniel"""),
("en", "b158-en-booking-page-502", "Megan O'Brien <megan.obrien@example.ie>", "Can't book on the website", "technical", "",
"""Hi, I've tried to book two nights at the Galway hotel three times
this evening and every time I hit "Confirm" I get "502 Bad Gateway".
Nothing's been taken from my card as far as I can see, I just can't
get it to go through. Tried on my laptop and my phone. Megan"""),
("en", "b158-en-ev-charger-dead", "Liam Thornton <liam.thornton@example.com.au>", "EV charger carpark", "technical", "",
"""G'day,

Stayed at your Ballarat motor inn on the weekend. The EV charger in the
carpark wouldn't start a session - screen lit up, I tapped my card, it
said "authorising" for a minute and then "fault 23". Tried both
plugs. Staff didn't know anything about it. Might be worth getting it
looked at as half the reason I booked was the charger.

Cheers,
Liam"""),
("en", "b158-en-coffee-machine-leak", "Anne-Marie Dunne <annemarie.dunne@example.ie>", "Coffee machine", "technical", "",
"""Hello, the coffee machine in our suite (Room 9, The Linden) is
leaking water all over the sideboard every time we use it. We've put
a towel under it for now. Could someone take a look or swap it? Thank
you, Anne-Marie"""),
("en", "b158-en-selfcheckin-code-failed", "Paul Griffiths <paul.griffiths@example.co.uk>", "Late arrival Thursday", "technical", "",
"""Hi,

Arrived at your Leicester Forest East hotel at 1am on Thursday and the
code texted to me for the self check-in kiosk was rejected three
times. In the end I rang the night number and someone came out after
25 minutes. Not a disaster, but I'm back there next month for a week of
late arrivals and would like to know the kiosk has been sorted.

Paul Griffiths"""),
("en", "b158-en-breakfast-killer-praise", "Declan Moriarty <declan.moriarty@example.ie>", "Thanks a million", "general", "",
"""Just a quick note to say thanks to everyone at the Harbour View. The
breakfast was an absolute killer - that black pudding was lethal, I'd
murder another plate of it right now. And the lad on the desk, Cian, I
think, couldn't do enough for us. We'll be back in September.

Declan & Orla"""),
("en", "b158-en-teddy-left-behind", "Sophie Turner <sophie.turner@example.co.uk>", "Left in room 214", "general", "",
"""Hello,

We checked out this morning and have just discovered that our
daughter's teddy bear (brown, one ear sewn back on, answers to
"Mr Biscuit") was left in room 214, probably in the bed. She's
inconsolable. Has it been found? We're happy to pay postage to get it
back to Swindon.

Sophie Turner
07700 900 581"""),
("en", "b158-en-night-porter-rude-gm", "Robert Chambers <robert.chambers@example.co.uk>", "Treatment by your night porter", "general", "high",
"""Dear Sir/Madam,

I arrived at your Chester hotel at 11.40pm on Saturday with my elderly
mother. The night porter was on his phone, did not look up for several
minutes, then told my mother to "hurry up" as she signed in and made a
remark about "people who can't read the check-in times". My mother was
upset for the rest of the weekend.

Let me be clear: I do not want a refund or a voucher. I want the
general manager to contact me personally and tell me what is going to
be done about this member of staff. I will not accept a reply from
the customer service inbox.

Robert Chambers"""),
("en", "b158-en-dogs-allowed", "Kirsty Fraser <kirsty.fraser@example.co.uk>", "Dogs?", "general", "",
"""Hi, do you allow dogs at the Aviemore lodge? We've a well behaved
spaniel. Thanks, Kirsty"""),
("en", "b158-en-luggage-before-checkin", "Ian McBride <ian.mcbride@example.co.uk>", "Arriving early", "general", "",
"""Hello, our train gets into Edinburgh at 9am but I believe check-in is
from 3pm. Can we drop our bags with you in the morning and head out for
the day? Booking is under McBride for Friday. Ian"""),
("en", "b158-en-bnb-broken-stair", "Margaret Allen <margaret.allen@example.co.uk>", "The stairs at Rose Cottage", "general", "high",
"""Dear Mr and Mrs Thorne,

Thank you for a very pleasant stay. I did want to mention, though,
that the third step from the top on the main staircase is loose - the
tread moves forward when you put weight on it. I nearly went down the
whole flight on Sunday morning and only the banister saved me.

I'm quite sure you'd want to know before one of your guests is less
lucky than I was. The stairs are quite steep and the hall floor is
stone.

With kind regards,
Margaret Allen"""),
("en", "b158-en-change-email-rewards", "Vikram Singh <vikram.singh@example.com>", "Update my details", "general", "",
"""Hi, I've changed jobs and will lose access to my old work email
(v.singh@oldco.example) at the end of the month. Please change the
email on my Rewards profile to this one, vikram.singh@example.com.
Member no. 5581 2203 7. Thanks, Vikram"""),
("en", "b158-en-subject-access", "Claire Dawson <claire.dawson@example.co.uk>", "Subject access request", "general", "",
"""Dear Data Protection Officer,

Under the UK GDPR I am requesting a copy of all personal data you hold
about me, including stay history, any notes made by staff, marketing
preferences and CCTV images from my stay at your Bristol hotel on
12-13 April. I understand you have one month to respond.

Name: Claire Dawson
Date of birth: 04/09/1986
Loyalty number: none

Claire Dawson"""),
("en", "b158-en-raffle-prize-runners", "Greg Wallace <greg.wallace@example.co.uk>", "Charity raffle", "general", "",
"""Hi,

I'm the secretary of Tynemouth Harriers running club. We're holding a
charity night in November for the local hospice and are looking for
raffle prizes. Would the hotel consider donating a night's stay or an
afternoon tea for two? We'd of course thank you in our programme and
on our social media.

Best wishes,
Greg Wallace"""),
("en", "b158-en-garden-ceremony", "Jessica Moore <jessica.moore@example.com>", "Outdoor ceremony?", "general", "",
"""Hello! We're looking at venues for next summer. Is your walled garden
licensed for civil ceremonies, and if it rains is there somewhere
indoors we could move to at short notice? Roughly 80 guests. Jess"""),
("en", "b158-en-parcel-before-arrival", "Hannah Lewis <hannah.lewis@example.com>", "Parcel for a guest", "general", "",
"""Hi,

I'm staying with you from 10-14 March (booking under Lewis). I've
ordered a dress for a wedding and it will be delivered to the hotel on
the 9th by DPD. Could reception please keep it for me until I arrive?
It's addressed to me, c/o your hotel.

Many thanks,
Hannah"""),
("en", "b158-en-thanks-father-unwell", "Anand Krishnan <anand.krishnan@example.in>", "Thank you to your Heathrow staff", "general", "",
"""Dear Sir/Madam,

My father, aged 78, was transiting through London alone and stayed one
night at your Heathrow hotel. In the night he felt unwell and the duty
manager Ms. Gloria and your night staff called a doctor, stayed with
him, and even telephoned me in Chennai to keep me informed. He made his
flight the next day and is now home safely.

We are very grateful. Kindly pass on our heartfelt thanks to the team.

With warm regards,
Anand Krishnan"""),
("en", "b158-en-guide-dog-solicitor", "Natalie Brooks <natalie.brooks@example.co.uk>", "Refused entry with my guide dog", "general", "high",
"""Dear Sir or Madam,

On Friday evening I was refused check-in at your Taunton hotel because
I was accompanied by my guide dog, Bramble. I explained that she is a
working assistance dog and showed her ID, but the receptionist said
"no animals, full stop" and I had to find somewhere else to stay at
10pm.

Refusing a guide dog is unlawful under the Equality Act 2010. I have
passed the details to my solicitor and I expect a written response
from someone senior within 7 days explaining what happened and what
training your staff will receive.

Natalie Brooks"""),
("en", "b158-en-hoist-accessible-room", "Peter Dunn <peter.dunn@example.co.uk>", "Accessible rooms", "general", "",
"""Hello,

My wife uses a wheelchair and we are thinking of booking a week in
your Scarborough hotel. Could you tell me whether the accessible rooms
have a roll-in shower, how high the bed is, and whether there is
space either side for a mobile hoist? We bring our own hoist.

Thank you,
Peter Dunn"""),
# ---------------- Greek ----------------
("el", "b158-gl-prokatavoli-xenonas-zagori", "Thodoris Lamprou <th.lamprou@example.gr>", "prokatavolh", "billing", "",
"""Kalhmera sas,
eixame kleisei 3 vradia ston xenwna sto Papigko gia ton Oktwbrio kai
dwsame prokatavolh 150 eurw. Akyrwsame 35 meres prin, opws leei h
politikh sas (mexri 30 meres xwris xrewsh). Exoun perasei 3 ebdomades
kai ta lefta den exoun epistrafei. Mporeite na koitaxete ti egine?
Eyxaristw,
Thodwris Lamprou"""),
("el", "b158-el-dipli-xreosi-spa-loutraki", "Μαρίνα Καραγιάννη <marina.karagianni@example.gr>", "Διπλή χρέωση στην κάρτα", "billing", "",
"""Καλησπέρα σας,

Μείναμε δύο βράδια στο spa ξενοδοχείο σας στο Λουτράκι (15-17/3) και
στο check-out πληρώσαμε με κάρτα 386,00€. Σήμερα βλέπω στην εφαρμογή
της τράπεζας ότι το ποσό έχει χρεωθεί δύο φορές, την ίδια μέρα, με
διαφορά λίγων λεπτών. Παρακαλώ να ελέγξετε και να επιστρέψετε τη μία
χρέωση.

Σας επισυνάπτω την απόδειξη.

Μαρίνα Καραγιάννη"""),
("el", "b158-el-mitera-efyge-syndromi", "Γιάννης Σταθόπουλος <giannis.stathopoulos@example.gr>", "Λογαριασμός της μητέρας μου", "billing", "",
"""Καλημέρα,

Η μητέρα μου, Αικατερίνη Σταθοπούλου, έφυγε από τη ζωή τον Ιανουάριο.
Ήταν μέλος στο πρόγραμμα Premium Club σας με ετήσια συνδρομή 89€, η
οποία ανανεώθηκε αυτόματα στις 2 του μήνα από την κάρτα της, που
ακόμα τακτοποιούμε με την τράπεζα.

Παρακαλώ να κλείσετε τον λογαριασμό της και να μου πείτε αν μπορεί να
επιστραφεί η συνδρομή. Μπορώ να στείλω ληξιαρχική πράξη θανάτου.

Ευχαριστώ,
Γιάννης Σταθόπουλος"""),
("el", "b158-gl-metakomizw-patra-parking", "Kostas Vlachos <kostas.vlachos@example.gr>", "parking Syntagma", "billing", "",
"""Geia sas, exw mhniaia karta sto parking tou xenodoxeiou sto Syntagma
(65e to mhna, pernaei apo thn karta mou). Apo 1h tou epomenou mhna
metakomizw Patra gia douleia opote den th xreiazomai pia. Mporeite na
th stamathsete na mh me xrewsei allo? Thn kartela th fernw sthn
reception thn teleytaia mera.
Kwstas"""),
("el", "b158-el-timologio-afm-etaireia", "Λογιστήριο Δελτα Μηχανική <logistirio@delta-mixaniki.example>", "Εκδοση τιμολογιου", "billing", "",
"""Καλημερα σας,

Ο συνεργατης μας κ. Παπαδημας διεμεινε στο ξενοδοχειο σας στην Κοζανη
απο 4 εως 8 του μηνα για εργασια. Του εκδοθηκε αποδειξη αντι για
τιμολογιο. Παρακαλουμε να εκδοθει τιμολογιο στα στοιχεια:

ΔΕΛΤΑ ΜΗΧΑΝΙΚΗ Α.Ε.
ΑΦΜ 099887766, ΔΟΥ Κοζανης
Λ. Δημοκρατιας 22, Κοζανη

Ευχαριστουμε,
Λογιστηριο"""),
("el", "b158-el-no-show-amfisvitisi-trapeza", "Δημήτρης Ρούσσος <d.roussos@example.gr>", "Χρέωση no-show ενώ ακυρώσαμε", "billing", "high",
"""Κύριοι,

Ακύρωσα την κράτηση 55-80217 για το ξενοδοχείο σας στο Ναύπλιο
τηλεφωνικά και με email στις 2 Μαΐου, δηλαδή 12 μέρες πριν την άφιξη.
Έχω το email ακύρωσης που μου στείλατε εσείς. Παρ' όλα αυτά στις 14
Μαΐου χρεώθηκα 240€ ως no-show.

Έχω ήδη στείλει δύο μηνύματα χωρίς απάντηση. Αν το ποσό δεν επιστραφεί
μέσα στην εβδομάδα, θα κάνω αμφισβήτηση της χρέωσης στην τράπεζά μου
και θα προσκομίσω όλα τα αποδεικτικά.

Δημήτρης Ρούσσος"""),
("el", "b158-gl-re-pontoi-den-pistwthikan", "Eleni Tsami <eleni.tsami@example.gr>", "Re: Euxaristoume gia th diamonh sas", "billing", "",
"""Geia sas, mou grafete oti kerdisa 1.200 pontous alla ston logariasmo
mou sto app fainontai akoma oi palioi 3.450. Exoun perasei 10 meres.
Pote 8a pistw8oun?
Eleni

> Agaphth k. Tsamh,
>
> Sas euxaristoume pou epileksate to Aegli Boutique Hotel.
> Gia th diamonh sas kerdisate 1.200 pontous Aegli Rewards, oi opoioi
> 8a pistw8oun ston logariasmo sas entos 72 wrwn.
>
> Me ektimhsh,
> Aegli Rewards"""),
("el", "b158-el-dorokarta-spa-allo-ksenodoxeio", "Βασιλική Ζαχαρίου <vasiliki.z@example.gr>", "Δωροκάρτα", "billing", "",
"""Γεια σας,

Μου χάρισαν μια δωροκάρτα 150€ για το spa του ξενοδοχείου σας στη
Χαλκιδική. Τελικά φέτος θα πάμε Κρήτη. Μπορώ να τη χρησιμοποιήσω στο
ξενοδοχείο σας στα Χανιά ή ισχύει μόνο στη Χαλκιδική;

Βάσω"""),
("el", "b158-el-telos-anthektikotitas-dyo-fores", "Απόστολος Γκίκας <a.gkikas@example.gr>", "Φόρος διαμονής", "billing", "",
"""Καλησπέρα. Στον λογαριασμό του δωματίου μας (Santorini, 5 νύχτες)
το τέλος ανθεκτικότητας στην κλιματική κρίση εμφανίζεται δύο φορές,
μία μέσα στην τιμή και μία ξεχωριστά στο check-out (50€). Νομίζω ότι
το πληρώσαμε διπλό. Μπορείτε να το διορθώσετε;"""),
("el", "b158-gl-fthinoteri-timi-site", "Nikos Chatzis <nikos.chatzis@example.gr>", "timh", "billing", "",
"""Kalispera, ekleisa apeu8eias apo to site sas 2 nyxtes sto Metsovo sta
140e th vradia. Shmera vlepw to idio dwmatio sto idio diasthma se
gnwsth platforma kratisewn 118e. Leei sto site sas "kalyterh timh
eggyhmenh". Mporeite na mou kanete thn idia timh?"""),
("el", "b158-el-eggyisi-diamerisma-synigoros", "Αλεξάνδρα Μιχαηλίδου <alexandra.michailidou@example.gr>", "Παρακράτηση εγγύησης 300€", "billing", "high",
"""Αξιότιμοι κύριοι,

Μετά τη μηνιαία διαμονή μου στα διαμερίσματά σας στη Θεσσαλονίκη
(Λαδάδικα, διαμέρισμα 3Β) μου παρακρατήσατε ολόκληρη την εγγύηση των
300€ για «φθορές στο πάτωμα». Οι γρατζουνιές υπήρχαν ήδη κατά την
άφιξή μου και τις είχα φωτογραφίσει και στείλει στη ρεσεψιόν την ίδια
μέρα.

Σας ζητώ να μου επιστρέψετε την εγγύηση εντός 10 ημερών. Διαφορετικά
θα υποβάλω καταγγελία στον Συνήγορο του Καταναλωτή, επισυνάπτοντας τις
φωτογραφίες με ημερομηνία.

Με εκτίμηση,
Αλεξάνδρα Μιχαηλίδου"""),
("el", "b158-el-erotisi-doseis-gamos", "Χριστίνα Παπαναστασίου <christina.papan@example.gr>", "Ερώτηση", "billing", "",
"""Καλημέρα σας,

Σκεφτόμαστε να κλείσουμε 20 δωμάτια για τους καλεσμένους του γάμου
μας τον Σεπτέμβριο, σύνολο περίπου 6.800€ σύμφωνα με την προσφορά που
μας στείλατε. Γίνεται η πληρωμή σε δόσεις με πιστωτική κάρτα; Και πόση
είναι η προκαταβολή που χρειάζεται για να κλειδώσει η τιμή;

Ευχαριστώ πολύ,
Χριστίνα"""),
("el", "b158-el-timi-domatiou-ypeythynos", "Σταύρος Ηλιόπουλος <s.iliopoulos@example.gr>", "ΛΑΘΟΣ ΧΡΕΩΣΗ - ΖΗΤΩ ΥΠΕΥΘΥΝΟ", "billing", "high",
"""Κλείσαμε τηλεφωνικά με τον κ. Μάνο δωμάτιο στα 120€ τη βραδιά για 4
βράδια στο ξενοδοχείο σας στην Καλαμάτα. Στο check-out μας χρέωσαν 180€
τη βραδιά, σύνολο 720 αντί για 480. Η κοπέλα στη ρεσεψιόν είπε ότι
"δεν υπάρχει σημείωση" και ότι αυτή είναι η τιμή.

Δεν είναι δυνατόν να κανονίζουμε μια τιμή και να πληρώνουμε άλλη.
Θέλω να μου τηλεφωνήσει ο διευθυντής του ξενοδοχείου, όχι ξανά η
ρεσεψιόν. 6944 123 870.

Σταύρος Ηλιόπουλος"""),
("el", "b158-gl-karta-kleidi-den-anoigei", "Maria Kotsou <maria.kotsou@example.gr>", "dwmatio 205", "technical", "",
"""kalhspera, h karta tou dwmatiou 205 den anoigei thn porta, anavei
kokkino lampaki. Thn allaksan mia fora sthn reception kai meta apo 2
wres pali ta idia. Mhpws ftaiei h kleidaria? euxaristw"""),
("el", "b158-el-wifi-tilergasia", "Πάνος Δρόσος <panos.drosos@example.gr>", "Ίντερνετ στο διαμέρισμα", "technical", "",
"""Καλησπέρα,

Είμαι στο διαμέρισμα 12 για έναν μήνα και δουλεύω από εδώ. Από χθες
το Wi-Fi συνδέεται αλλά πέφτει κάθε δέκα λεπτά και στις βιντεοκλήσεις
κόβομαι συνέχεια. Έχω κάνει επανεκκίνηση στο router που είναι στο
σαλόνι. Μπορεί να έρθει κάποιος να το δει;

Πάνος"""),
("el", "b158-el-myrodia-gkaziou-kouzina", "Ευθυμία Κουτσούκου <efthymia.k@example.gr>", "Κουζίνα διαμερίσματος 2Α", "technical", "high",
"""Καλημέρα σας,

Σας ενημερώνω ότι στο διαμέρισμα 2Α, όπου μένουμε από χθες, υπάρχει
μια ελαφριά αλλά σταθερή μυρωδιά γκαζιού γύρω από τις εστίες, ακόμα
και όταν είναι όλα κλειστά. Ανοίξαμε τα παράθυρα και δεν χρησιμοποιούμε
την κουζίνα. Θα ήθελα να έρθει κάποιος να το ελέγξει σήμερα, γιατί
έχουμε μαζί και δύο μικρά παιδιά.

Ευχαριστώ,
Ευθυμία Κουτσούκου"""),
("el", "b158-gl-reyma-mpanio", "Vaggelis Sotiriou <vaggelis.sotiriou@example.gr>", "mpanio", "technical", "high",
"""Kalhmera. Sto dwmatio 118 otan akoumpas thn metallikh mpara ths
ntouziera me vrexa xeria se xtypaei reyma, elafry alla to niw8eis
kathara. Epathe kai h gynaika mou kai egw. Den to xrhsimopoioume pleon.
Prepei na to dei hlektrologos prin mpei allos sto dwmatio.
Vaggelhs"""),
("el", "b158-el-efarmogi-kraschari-oxi-xreoseis", "Ηλίας Παπαδόγιαννης <ilias.papadogiannis@example.gr>", "Εφαρμογή", "technical", "",
"""Γεια σας. Δεν έχω θέμα με χρεώσεις ή πόντους, όλα σωστά εκεί. Απλώς
η εφαρμογή του προγράμματος επιβράβευσης κλείνει μόλις πατήσω
«Οι κρατήσεις μου». Android 14, την έχω απεγκαταστήσει και ξαναβάλει.
Ευχαριστώ."""),
("el", "b158-gl-mpara-parking-kollhsame", "Sotiris Makris <sotiris.makris@example.gr>", "mpara parking", "technical", "",
"""Xtes to vrady kata tis 23:00 h mpara sthn eksodo tou parking den
anoige me to eisithrio pou mas edwse h reception. Perimename 20 lepta
mexri na er8ei o fylakas na thn anoiksei me to xeri. Kaneis den
travmatisthke, apla na to diorthwsete gia na mhn ksanaginei.
Swthrhs"""),
("el", "b158-el-taxidiotiko-grafeio-extranet", "Aegean Trails Travel <ops@aegeantrails.example>", "Συνεργάτες - πύλη κρατήσεων", "technical", "high",
"""Καλημέρα,

Από τις 8 το πρωί δεν μπορούμε να μπούμε στην πύλη συνεργατών σας.
Μετά το login βγάζει λευκή σελίδα. Έχουμε τρία γκρουπ (συνολικά 64
άτομα) που φτάνουν αύριο στα ξενοδοχεία σας σε Κρήτη και Ρόδο και δεν
μπορούμε να εκδώσουμε voucher ούτε να στείλουμε rooming lists. Οι
πελάτες μας μάς παίρνουν τηλέφωνο από το πρωί.

Παρακαλώ να μας καλέσει κάποιος στο 210 9900 412.

Ρένα Μαυροειδή
Operations, Aegean Trails"""),
("el", "b158-el-klimatistiko-stazei", "Ολγα Ντάβαρη <olga.ntavari@example.gr>", "Κλιματιστικο", "technical", "",
"""Καλησπερα, το κλιματιστικο στο δωματιο 31 σταζει νερο πανω στο
κρεβατι απο χθες το βραδυ. Το κλεισαμε. Μπορει να ερθει καποιος αυριο
το πρωι; Ευχαριστω, Ολγα"""),
("el", "b158-gl-thermansi-giagia-metsovo", "Katerina Foti <katerina.foti@example.gr>", "8ermansh", "technical", "high",
"""Kalhspera, eimaste sto dwmatio 9 ston xenwna sto Metsovo me thn
giagia mou pou einai 86 xronwn. Apo to apogeyma h 8ermansh den
douleyei, ta kalorifer einai krya kai ekso xionizei, -4 vathmous.
Sthn reception den apantaei kaneis apo tis 8 kai sto thlefwno
dinei apenergopoihmeno. H giagia exei karthiaka kai den prepei na
krywsei. Parakalw opoios to dei na mas parei amesws 6977 450 118.
Katerina"""),
("el", "b158-el-tileorasi-xoris-sima", "Γιώργος Αλεξίου <g.alexiou@example.gr>", "τηλεοραση", "technical", "",
"""Η τηλεοραση στο δωματιο 404 γραφει "χωρις σημα" σε ολα τα καναλια."""),
("el", "b158-gl-kwdikos-den-erxetai-email", "Dimitra Lazou <dimitra.lazou@example.gr>", "kwdikos", "technical", "",
"""Geia sas, prospa8w na mpw ston logariasmo mou sto site sas kai leei
la8os kwdikos. Patisa "ksexasa ton kwdiko" alla to email den erxetai
pote, oute sta anepi8ymhta. Ti na kanw?
Dhmhtra"""),
("el", "b158-el-zesto-nero-xenonas", "Λευτέρης Καραμανλής <lefteris.k@example.gr>", "Ζεστό νερό", "technical", "",
"""Καλημέρα,

Στον ξενώνα στη Μακρινίτσα όπου μείναμε το Σαββατοκύριακο δεν είχε
ζεστό νερό ούτε το Σάββατο ούτε την Κυριακή το πρωί. Ο κύριος που μας
υποδέχτηκε είπε ότι «ο ηλιακός θέλει ρύθμιση». Δεν ζητάμε κάτι, απλώς
να το φτιάξετε για τους επόμενους.

Λευτέρης"""),
("el", "b158-el-selida-kratiseon-imerominies", "Σοφία Μπαλτά <sofia.balta@example.gr>", "Δεν μπορώ να κλείσω", "technical", "",
"""Καλησπέρα σας, προσπαθώ να κλείσω δωμάτιο για Αύγουστο από τη
σελίδα σας αλλά όταν διαλέγω ημερομηνίες το ημερολόγιο ξαναγυρίζει
στον σημερινό μήνα και δεν προχωράει. Δοκίμασα Chrome και Firefox,
από υπολογιστή και κινητό. Υπάρχει πρόβλημα;

Σοφία Μπαλτά"""),
("el", "b158-el-efxaristies-nafplio", "Αγγελική Ραυτοπούλου <aggeliki.raf@example.gr>", "Ένα μεγάλο ευχαριστώ", "general", "",
"""Καλησπέρα σας,

Θέλαμε να ευχαριστήσουμε όλη την ομάδα του ξενοδοχείου στο Ναύπλιο
για την επέτειο των 25 χρόνων γάμου μας. Η κυρία Ντίνα στη ρεσεψιόν
μας είχε ετοιμάσει λουλούδια και ένα γράμμα στο δωμάτιο, και ο Άρης
στο πρωινό μας έφτιαξε ό,τι του ζητήσαμε. Νιώσαμε σαν στο σπίτι μας.

Θα ξαναέρθουμε σίγουρα.

Αγγελική και Θανάσης"""),
("el", "b158-gl-ksexasame-gyalia", "Manolis Daskalakis <manolis.daskalakis@example.gr>", "ksexasame kati", "general", "",
"""Kalhmera, fygame xtes apo to dwmatio 14 kai ksexasame ta gyalia
oraseos ths gynaikas mou se mia mayrh 8hkh, mallon sto komodino.
Ta vrhkate? An nai mporeite na ta steilete me courier sto Hrakleio,
plhrwnoume emeis.
Manolhs 6932 558 019"""),
("el", "b158-el-orario-spa-pisina", "Νίκη Τσιρίγου <niki.tsirigou@example.gr>", "Spa", "general", "",
"""Γεια σας, τι ώρες είναι ανοιχτό το spa και η εσωτερική πισίνα
τον Νοέμβριο; Μπορούν να μπουν και παιδιά 10 ετών; Ευχαριστώ."""),
("el", "b158-el-resepsion-symperifora-diefthyntis", "Κωνσταντίνος Βλάχος <k.vlachos@example.gr>", "Παράπονο για υπάλληλο ρεσεψιόν", "general", "high",
"""Κύριοι,

Την Παρασκευή το βράδυ ζήτησα από τον υπάλληλο της ρεσεψιόν στο
ξενοδοχείο σας στη Λάρισα να μου καλέσει ταξί. Μου απάντησε με ύφος ότι
«δεν είναι ταξιτζής», και όταν του παρατήρησα τον τόνο του, ύψωσε τη
φωνή μπροστά σε άλλους πελάτες.

Δεν ζητάω έκπτωση ούτε αποζημίωση. Ζητώ να επικοινωνήσει μαζί μου ο
διευθυντής του ξενοδοχείου και να μου πει τι θα γίνει με τον συγκεκριμένο
υπάλληλο. Αν δεν έχω νέα, θα κλιμακώσω το θέμα στα κεντρικά της
αλυσίδας.

Κωνσταντίνος Βλάχος"""),
("el", "b158-el-gyalia-pisina-paidiki", "Ειρήνη Σαράφη <eirini.sarafi@example.gr>", "Παιδική πισίνα", "general", "high",
"""Καλησπέρα,

Σήμερα το απόγευμα ο γιος μου βρήκε ένα σπασμένο ποτήρι στον πάτο της
παιδικής πισίνας, δίπλα στη σκάλα. Ευτυχώς δεν κόπηκε. Το έδωσα στον
ναυαγοσώστη, αλλά η πισίνα συνέχισε να λειτουργεί κανονικά και δεν
ξέρω αν υπάρχουν κι άλλα κομμάτια μέσα.

Νομίζω ότι πρέπει να κλείσει και να ελεγχθεί πριν μπουν πάλι παιδιά
αύριο.

Ειρήνη Σαράφη, δωμάτιο 227"""),
("el", "b158-gl-allagh-thlefwnou-profil", "Giorgos Nikolaidis <g.nikolaidis@example.gr>", "allagh stoixeiwn", "general", "",
"""Geia sas, allaksa kinhto. To neo einai 6985 221 407. Mporeite na to
allaksete sto profil mou sto programma melwn? Ari8mos melous 44 1029.
Euxaristw"""),
("el", "b158-el-diagrafi-dedomenon", "Αναστασία Κορρέ <anastasia.korre@example.gr>", "Διαγραφή προσωπικών δεδομένων", "general", "",
"""Αξιότιμοι κύριοι,

Σύμφωνα με το άρθρο 17 του ΓΚΠΔ, ζητώ τη διαγραφή όλων των προσωπικών
μου δεδομένων από τα αρχεία σας, καθώς και τη διακοπή αποστολής
διαφημιστικών email. Έμεινα στο ξενοδοχείο σας το 2021 και δεν
σκοπεύω να κάνω νέα κράτηση.

Παρακαλώ να μου επιβεβαιώσετε γραπτώς τη διαγραφή.

Αναστασία Κορρέ"""),
("el", "b158-el-xorigia-podosfairo-paidon", "Ακαδημία Ποδοσφαίρου Αστέρας Χαλκίδας <info@asteras-chalkidas.example>", "Πρόταση χορηγίας", "general", "",
"""Καλημέρα σας,

Είμαστε ακαδημία ποδοσφαίρου με 120 παιδιά 6-14 ετών στη Χαλκίδα.
Τον Ιούνιο διοργανώνουμε τουρνουά με ομάδες από όλη την Εύβοια και
αναζητούμε χορηγούς. Θα σας ενδιέφερε να στηρίξετε το τουρνουά; Σε
αντάλλαγμα το λογότυπό σας θα μπει στις φανέλες και στα πανό.

Με εκτίμηση,
Σπύρος Δάλλας, Πρόεδρος"""),
("el", "b158-gl-skylos-epitrepetai", "Irene Pappa <irene.pappa@example.gr>", "erwthsh", "general", "",
"""Kalhspera, epitrepontai skylakia sta dwmatia sas sth Syro? Exoume
ena mikro maltez 4 kilwn. Euxaristw!"""),
("el", "b158-el-vaptisi-aithousa", "Θεοδώρα Μελά <theodora.mela@example.gr>", "Βάπτιση Ιουνίου", "general", "",
"""Καλησπέρα σας,

Θα βαφτίσουμε την κόρη μας στις 15 Ιουνίου στον Άγιο Νικόλαο και
ψάχνουμε χώρο για τη δεξίωση, περίπου 90 άτομα. Η αίθουσα με τη
βεράντα χωράει τόσο κόσμο; Υπάρχει χώρος για παιδικό animation;

Θεοδώρα Μελά"""),
("el", "b158-el-dema-prin-afixi", "Μιχάλης Τζαννετάκης <michalis.tz@example.gr>", "Δέμα στη ρεσεψιόν", "general", "",
"""Γεια σας, φτάνω στο ξενοδοχείο στις 20 του μήνα (κράτηση στο όνομα
Τζαννετάκης). Έχω παραγγείλει κάποια ανταλλακτικά για το ποδήλατό μου
που θα έρθουν στη διεύθυνσή σας με ACS στις 18. Μπορείτε να τα
κρατήσετε στη ρεσεψιόν μέχρι να έρθω;"""),
("el", "b158-gl-prwino-fwtia", "Stelios Georgiou <stelios.georgiou@example.gr>", "bravo sas", "general", "",
"""Mia xara perasame!! To prwino htan fwtia, h bougatsa skotwnei kai o
Mixalhs sto bar einai vomva. Ta paidia sthn ypodoxh polu eksyphretika.
Ton Augousto pali!!
Stelios kai parea"""),
("el", "b158-el-re-thoryvos-eot", "Παρασκευή Ανδρεάδου <paraskevi.andreadou@example.gr>", "Re: Η διαμονή σας", "general", "high",
"""Όχι, δεν θέλω πίσω τα χρήματά μου, ούτε «δωρεάν βράδυ». Θέλω να
καταλάβετε ότι μας είπατε ψέματα. Ρωτήσαμε ρητά πριν κλείσουμε αν
υπάρχει εκδήλωση και μας είπατε όχι. Η μουσική από τον γάμο στην
αυλή κράτησε μέχρι τις 4 και ο υπάλληλος της νύχτας μας έκλεισε το
τηλέφωνο δύο φορές.

Έχω ήδη συντάξει καταγγελία προς τον ΕΟΤ και θα την υποβάλω αν δεν
μου απαντήσει ο υπεύθυνος του ξενοδοχείου προσωπικά.

Παρασκευή Ανδρεάδου

> Αγαπητή κα Ανδρεάδου,
>
> Λυπούμαστε για την ενόχληση. Ως ένδειξη καλής θέλησης σας προσφέρουμε
> μια δωρεάν διανυκτέρευση στην επόμενη διαμονή σας.
>
> Τμήμα Εξυπηρέτησης"""),
("el", "b158-el-anapiriko-amaxidio", "Ευάγγελος Πετράκης <evangelos.petrakis@example.gr>", "Προσβασιμότητα", "general", "",
"""Καλημέρα σας,

Ο πατέρας μου κινείται με αναπηρικό αμαξίδιο. Θα ήθελα να μάθω αν το
ξενοδοχείο σας στα Ιωάννινα έχει ράμπα στην είσοδο, ανελκυστήρα ως το
εστιατόριο και δωμάτιο με μπάνιο χωρίς σκαλοπάτι στην ντουζιέρα.

Ευχαριστώ,
Βαγγέλης Πετράκης"""),
# ---------------- Spanish ----------------
("es", "b158-es-fianza-apartamento-valencia", "Raquel Soler <raquel.soler@example.es>", "Fianza apartamento Ruzafa", "billing", "",
"""Buenos días:

Estuvimos alojados en su apartamento de la calle Sueca (Ruzafa, Valencia)
del 2 al 9 de este mes. Al llegar nos retuvieron 200 € de fianza en la
tarjeta y nos dijeron que se devolvería a las 48 horas de la salida si
no había desperfectos. Han pasado ya dos semanas y la retención sigue
ahí. Dejamos el piso tal cual lo encontramos.

¿Pueden revisarlo, por favor?

Un saludo,
Raquel Soler"""),
("es", "b158-es-mx-cobro-doble-oaxaca", "Hector Ramirez <hector.ramirez@example.com.mx>", "cobro doble", "billing", "",
"""Buenas tardes, me hospede en su hotel boutique de Oaxaca centro el
fin de semana pasado y en mi estado de cuenta aparecen dos cargos de
$4,850 MXN del mismo dia. Solo fue una estancia de dos noches. Les pido
que cancelen uno de los cargos. Adjunto captura del estado de cuenta.

Hector Ramirez
Cel. 55 3421 7790"""),
("es", "b158-es-baja-club-jubilacion", "Fernando Castaño <fernando.castano@example.es>", "Tarjeta Club Platino", "billing", "",
"""Estimados señores:

Después de treinta y dos años viajando por trabajo, el mes pasado me
jubilé, y con ello se acabaron las noches de hotel entre semana en
Zaragoza y Bilbao. Les agradezco el trato de todos estos años.

Les ruego que no me renueven la tarjeta Club Platino, cuya cuota anual
de 120 € se cobra en marzo. No quisiera encontrarme el cargo.

Atentamente,
Fernando Castaño Ibarra"""),
("es", "b158-es-ar-cochera-cobrada", "Martín Sosa <martin.sosa@example.com.ar>", "Cochera", "billing", "",
"""Hola, qué tal. Paré una noche en el hotel de ruta de ustedes a la
altura de Rosario, yendo para Córdoba. En la reserva decía "cochera
incluida" y al hacer el checkout me cobraron $18.000 de cochera. El
chico de la recepción me dijo que eso lo reclame por mail. Acá estoy.
¿Me lo pueden devolver a la tarjeta? Tengo captura de la reserva.

Abrazo,
Martín"""),
("es", "b158-es-factura-cif-reserva", "Administración Talleres Ugarte <admin@talleresugarte.example>", "Reserva 55820", "billing", "",
"""Hola,

Necesitamos la factura de la reserva 55820 (dos habitaciones, 3 noches,
hotel de Vitoria) a nombre de la empresa, no del trabajador:

Talleres Ugarte S.L.
CIF B01234567
Polígono Jundiz, c/ Lermandabide 14, 01015 Vitoria-Gasteiz

Gracias.
Itziar - Administración"""),
("es", "b158-es-cl-contracargo-cancelacion", "Camila Fuentes <camila.fuentes@example.cl>", "Cobro por cancelación", "billing", "high",
"""Estimados:

Cancelé mi reserva en su hotel spa de Puerto Varas con 10 días de
anticipación, dentro del plazo de cancelación gratuita que indica la
confirmación (7 días). Tengo el correo de confirmación de la
cancelación. Aun así me cobraron $189.000 CLP por "cancelación tardía".

Llamé dos veces y me dicen que "el sistema no lo permite". Si en cinco
días hábiles no veo la devolución, voy a desconocer el cargo con mi
banco y pedir el contracargo, además de dejar el reclamo en el SERNAC.

Camila Fuentes R."""),
("es", "b158-es-congelar-cuota-spa-reposo", "Lucía Montero <lucia.montero@example.es>", "Mi cuota del spa", "billing", "",
"""Hola!! Soy socia del spa del hotel desde hace dos años (cuota de 45 €
al mes). Estoy embarazada de 5 meses y el ginecólogo me ha mandado
reposo hasta el parto, así que no voy a poder ir en una temporada
larga. ¿Se puede congelar la cuota unos meses en vez de darme de baja?
Me gustaría volver después, eh. Gracias!

Lucía"""),
("es", "b158-es-co-bono-regalo-dividir", "Juliana Restrepo <juliana.restrepo@example.com.co>", "Bono de regalo", "billing", "",
"""Buenas tardes,

En diciembre mi empresa me regaló un bono de $1.200.000 COP para usar
en sus hoteles. Quisiera saber si lo puedo dividir en dos estadías, una
en Cartagena en abril y otra en el Eje Cafetero en julio, o si hay que
gastarlo todo de una vez.

Muchas gracias,
Juliana Restrepo"""),
("es", "b158-es-re-reembolso-no-llega", "Jordi Puig <jordi.puig@example.es>", "Re: Solicitud de reembolso 88412", "billing", "",
"""Hola de nuevo,

Ya han pasado más de los 10 días hábiles que me decíais y el reembolso
de 312 € sigue sin aparecer en la cuenta. ¿Me podéis mandar el
justificante de la transferencia para que lo mire con el banco?

Gracias,
Jordi

> Estimado Sr. Puig:
>
> Le confirmamos que hemos tramitado el reembolso de 312,00 € por la
> cancelación de su reserva en nuestro hotel de Sitges. Lo recibirá en
> un plazo de 10 días hábiles.
>
> Atentamente,
> Atención al Cliente"""),
("es", "b158-es-descuento-grupo-jubilados", "Asociación de Jubilados San Roque <jubilados.sanroque@example.es>", "Presupuesto grupo", "billing", "",
"""Muy señores nuestros:

Somos una asociación de jubilados de Burgos y estamos organizando un
viaje de cinco días a su balneario en Archena para unas 30 personas en
octubre. ¿Nos pueden enviar precios para grupo en régimen de pensión
completa? ¿Hacen algún descuento para mayores de 65 o para grupos? Y
¿cuánto habría que adelantar como señal?

Atentamente,
Agustín Pérez, tesorero"""),
("es", "b158-es-mx-profeco-noches-extra", "Verónica Salinas <veronica.salinas@example.com.mx>", "Me cobraron 3 noches de más", "billing", "high",
"""A quien corresponda:

Me hospedé en su hotel de Querétaro del 12 al 14 de mayo (2 noches) y
en mi tarjeta aparecen 5 noches, un total de $9,750 MXN cuando debieron
ser $3,900. En recepción me dijeron que fue "un error del sistema" y
que lo corregirían en 72 horas. Ya pasaron tres semanas.

Si no recibo el reembolso de la diferencia esta semana, presentaré mi
queja formal ante PROFECO con todos los comprobantes.

Verónica Salinas"""),
("es", "b158-es-ar-cuotas-sin-interes", "Florencia Giménez <flor.gimenez@example.com.ar>", "consulta", "billing", "",
"""Hola! Queremos reservar una semana en las cabañas de Villa La
Angostura para enero. ¿Se puede pagar en cuotas sin interés? ¿Con qué
tarjetas? Tengo Visa del Galicia y Mastercard. Gracias!! Flor"""),
("es", "b158-es-albornoz-minibar-director", "Alberto Navas <alberto.navas@example.es>", "Cargos indebidos - quiero hablar con el director", "billing", "high",
"""Buenas tardes:

Tras nuestra estancia en su hotel de Marbella nos han cargado 150 € por
"desaparición de dos albornoces" y 48 € de minibar. Los albornoces
estaban colgados en el baño cuando nos fuimos, y el minibar ni lo
abrimos. La recepcionista se limitó a decir que "es lo que pone el
informe de pisos".

No voy a seguir discutiendo con recepción. Quiero que me llame el
director del hotel, hoy o mañana, al 611 204 388. Si no, lo llevaré
más arriba.

Alberto Navas"""),
("es", "b158-es-tarjeta-habitacion-falla", "Nuria Gallego <nuria.gallego@example.es>", "Habitación 507", "technical", "",
"""Hola, la tarjeta de la 507 deja de funcionar cada dos por tres. Ya
me la han regrabado tres veces en recepción y al rato otra vez luz
roja. Creo que es la cerradura, no la tarjeta. ¿Pueden mirarlo?
Nuria"""),
("es", "b158-es-hola-wifi-no-factura", "Pablo Herrero <pablo.herrero@example.es>", "Hola", "technical", "",
"""Hola,

No os escribo por la factura ni por la reserva, eso está todo bien. Es
que en el apartamento 2C de Lavapiés el wifi aparece pero no hay
internet: se conecta y al minuto dice "sin conexión". He reiniciado el
router del pasillo dos veces. Teletrabajo desde aquí hasta el viernes,
así que os agradecería que alguien lo mirara.

Pablo"""),
("es", "b158-es-calefactor-humo", "Elena Vidal <elena.vidal@example.es>", "Apartamento 4, calefactor", "technical", "high",
"""Buenas noches,

Les escribo con calma, pero creo que deben saberlo: el calefactor de
pared del dormitorio del apartamento 4 ha empezado a oler a quemado
esta tarde y luego ha salido un hilo de humo por la rejilla de arriba.
Lo he desenchufado y hemos abierto las ventanas. Ahora está frío y no
huele.

No lo vamos a volver a encender, pero conviene que lo revise alguien
antes de que lo use otro huésped.

Elena Vidal"""),
("es", "b158-es-enchufe-chispas-secador", "Sergio Lozano <sergio.lozano@example.es>", "Enchufe baño hab. 214", "technical", "high",
"""Hola. Al enchufar el secador en el enchufe del baño de la 214 ha
saltado una chispa bastante grande y se ha quedado negro el borde del
enchufe. El secador ya no va. Mi hija estaba al lado. No lo tocamos
más, pero que venga un electricista antes de que le pase a otro.
Sergio"""),
("es", "b158-es-app-puntos-login", "Patricia Domínguez <patricia.dominguez@example.es>", "No puedo entrar en la app", "technical", "",
"""Buenos días, desde la última actualización la app del programa de
puntos me dice "credenciales incorrectas" aunque pongo bien el correo y
la contraseña (en la web sí entro con los mismos datos). Móvil Samsung
A54. Ya la he borrado y vuelto a instalar. Gracias."""),
("es", "b158-es-congreso-codigos-puertas", "Secretaría Técnica Congreso Andaluz de Medicina Rural <secretaria@congreso-medrural.example>", "Apartamentos Málaga - ponentes en la calle", "technical", "high",
"""Buenas tardes,

Tenemos alojados a 38 ponentes del congreso en sus apartamentos de
calle Larios desde hoy. Los códigos de acceso que les han llegado por
SMS no abren ni el portal ni las puertas de los apartamentos. Desde las
15:00 tenemos a gente con maletas en la acera, varios mayores, y el
teléfono de guardia no contesta. La inauguración es a las 19:00.

Por favor, llamen ya al 655 300 120 (Marisa).

Marisa Ortega
Secretaría Técnica"""),
("es", "b158-es-aire-no-enfria-urgente", "Rocío Jiménez <rocio.jimenez@example.es>", "URGENTE aire acondicionado", "technical", "",
"""URGENTE. En la habitación 312 el aire no enfría nada, sale aire
caliente. Estamos en Sevilla en agosto, a 29 grados dentro de la
habitación. Por favor que suba alguien de mantenimiento esta tarde.
Rocío"""),
("es", "b158-es-barrera-no-lee-matricula", "Andrés Medina <andres.medina@example.es>", "Parking", "technical", "",
"""Buenas, la barrera del parking del hotel no lee la matrícula de mi
coche (1234 KLM), aunque está dada de alta en recepción. Cada vez que
entro tengo que llamar al interfono y esperar. Llevo tres días así.
¿Lo podéis revisar? Gracias."""),
("es", "b158-es-ascensor-puertas-brazo", "Gabriela Torres <gabriela.torres@example.es>", "Ascensor", "technical", "high",
"""Hola,

Queríamos avisar de que las puertas del ascensor pequeño (el que está
junto al restaurante) se cierran de golpe y no se vuelven a abrir si
hay alguien en medio. Esta mañana le han pillado el brazo a mi hija de
7 años. Tiene un moratón, nada más, pero podría haber sido peor, sobre
todo con un carrito o una persona mayor.

Creo que debería cerrarse hasta que lo revisen.

Gabriela Torres, hab. 118"""),
("es", "b158-es-tele-sin-canales", "Jose Luis Prieto <joseluis.prieto@example.es>", "television", "technical", "",
"""la tele de la habitacion 22 no coge ningun canal, pone sin señal"""),
("es", "b158-es-cl-ducha-sin-agua-caliente", "Ignacio Rojas <ignacio.rojas@example.cl>", "Agua caliente", "technical", "",
"""Hola, en la cabaña 6 no hay agua caliente desde anoche. Revisamos el
calefont y no prende la llama. Estamos hasta el domingo. ¿Pueden mandar
a alguien? Gracias, Ignacio"""),
("es", "b158-es-web-error-pago", "Marta Calvo <marta.calvo@example.es>", "Error en la web", "technical", "",
"""Hola, intento reservar desde vuestra web una noche en el hotel de
carretera de Lerma y al darle a "Pagar" me sale "Error 500 - inténtelo
más tarde". No me han cobrado nada, simplemente no avanza. Lo he
intentado desde el ordenador y el móvil. ¿Está caída la web?"""),
("es", "b158-es-caja-fuerte-no-abre", "Carlos Ibáñez <carlos.ibanez@example.es>", "caja fuerte", "technical", "",
"""Buenas, la caja fuerte de la habitación 406 no se abre con el código
que pusimos, solo pita tres veces. Dentro están unos pendientes y el
reloj. Nos vamos el jueves. ¿Puede subir alguien con la llave maestra?
Gracias."""),
("es", "b158-es-felicitaciones-cadiz", "Inmaculada Ruiz <inma.ruiz@example.es>", "¡Gracias!", "general", "",
"""Queríamos daros las gracias a todo el equipo del hotel de la Plaza
de Mina en Cádiz. Celebramos allí los 80 años de mi madre y Manoli, de
recepción, se encargó de que tuviera una tarta en la habitación y una
mesa en la terraza con vistas. Mi madre no para de contarlo.

Un abrazo enorme,
Inma y familia"""),
("es", "b158-es-ar-anillo-olvidado", "Valeria Acosta <valeria.acosta@example.com.ar>", "Me olvidé un anillo", "general", "",
"""Hola! Me alojé en la habitación 15 del B&B de Palermo Soho hasta el
domingo y creo que me olvidé un anillo de plata con una piedra verde en
la jabonera del baño. ¿Lo encontraron? Si está, paso a buscarlo el
martes. Gracias!
Vale"""),
("es", "b158-es-horario-circuito-termal", "Mercedes Álvarez <mercedes.alvarez@example.es>", "Circuito termal", "general", "",
"""Buenas tardes, ¿qué horario tiene el circuito termal en diciembre? ¿Es
necesario reservar turno o se puede ir cuando se quiera estando
alojado? Gracias."""),
("es", "b158-es-recepcionista-gerente", "Ricardo Molina <ricardo.molina@example.es>", "Trato recibido en recepción", "general", "high",
"""Señores:

El sábado por la noche, al llegar a su hotel de Salamanca, el
recepcionista de turno se dirigió a mi mujer con un tono despectivo
porque no recordaba el número de reserva, y cuando le pedí que bajara
la voz me dijo que "si no nos gustaba, había más hoteles en la ciudad".

No pido ningún descuento. Pido hablar con el gerente del hotel y que
se tomen medidas. Espero su llamada al 622 018 774.

Ricardo Molina"""),
("es", "b158-es-rejilla-parking-agujero", "Teresa Campos <teresa.campos@example.es>", "Parking del hotel", "general", "high",
"""Buenos días,

Les aviso de que en el parking exterior del hotel, justo al lado de la
plaza para minusválidos, falta la rejilla de un desagüe y ha quedado un
agujero de un palmo de hondo. Anoche, sin apenas luz, casi meto el pie
dentro. Alguien se va a romper un tobillo, o se va a caer una silla de
ruedas.

Un saludo,
Teresa Campos"""),
("es", "b158-es-mx-cambio-apellido", "Daniela Herrera <daniela.herrera@example.com.mx>", "Actualizar mis datos", "general", "",
"""Hola, buen dia. Me case hace poco y quiero actualizar mi nombre en mi
cuenta de socio: antes Daniela Herrera Cruz, ahora Daniela Herrera de
Villalobos. Numero de socio 7710 2241. Tambien cambie de direccion,
ahora es Av. Revolucion 1420, Guadalajara, Jal. Gracias."""),
("es", "b158-es-derecho-acceso-rgpd", "Óscar Marín <oscar.marin@example.es>", "Ejercicio del derecho de acceso", "general", "",
"""Muy señores míos:

En virtud del artículo 15 del Reglamento General de Protección de
Datos, solicito que me faciliten copia de todos los datos personales
que tratan sobre mí, los fines del tratamiento y si se han cedido a
terceros.

Adjunto copia de mi DNI.

Atentamente,
Óscar Marín Esteve"""),
("es", "b158-es-patrocinio-carrera-solidaria", "Club Atletismo Ribera <info@atletismoribera.example>", "Carrera solidaria", "general", "",
"""Hola,

Desde el Club Atletismo Ribera organizamos el 12 de octubre una carrera
solidaria a favor de la asociación de Alzheimer de Tudela. Buscamos
empresas colaboradoras: ¿estaría su hotel dispuesto a patrocinar o a
donar alguna noche de hotel para el sorteo? Pondríamos su logo en la
camiseta y en el cartel.

Gracias de antemano,
Iñaki Arbizu"""),
("es", "b158-es-perro-grande", "Beatriz Santos <beatriz.santos@example.es>", "Perro", "general", "",
"""Hola, admitís perros grandes? Tenemos un pastor alemán de 35 kilos,
muy tranquilo. Sería para el puente de diciembre. Gracias!"""),
("es", "b158-es-co-boda-capacidad", "Santiago Ospina <santiago.ospina@example.com.co>", "Matrimonio en la hacienda", "general", "",
"""Buenas tardes,

Con mi novia estamos buscando lugar para casarnos en marzo del próximo
año. ¿La hacienda tiene capilla o se puede hacer la ceremonia en los
jardines? Seríamos unos 150 invitados. ¿Tienen también habitaciones
para los familiares que vienen de Medellín?

Quedo atento,
Santiago Ospina"""),
("es", "b158-es-paquete-para-huesped", "Rubén Gil <ruben.gil@example.es>", "Envío a nombre de un huésped", "general", "",
"""Hola, llego el día 14 y me quedo una semana (reserva a nombre de Gil
Serrano). Me va a llegar un paquete por MRW el día 13 con material
para una feria. ¿Lo podéis recoger en recepción y guardármelo hasta
que llegue? Gracias!"""),
("es", "b158-es-arroz-de-muerte", "Pilar Ortiz <pilar.ortiz@example.es>", "Enhorabuena a la cocina", "general", "",
"""Solo quería decir que el arroz negro del restaurante estaba de
muerte, me mató, de verdad. Y el camarero, Toni, un crack. Volveremos
en cuanto podamos. Pilar (mesa 9, el sábado)"""),
("es", "b158-es-mx-piscina-hijo-abogado", "Adriana Castillo <adriana.castillo@example.com.mx>", "Discriminación a mi hijo en la alberca", "general", "high",
"""A quien corresponda:

El domingo pasado, en su hotel de Cancún, un empleado de la alberca le
pidió a mi hijo de 12 años, que tiene síndrome de Down, que saliera
del agua porque "incomodaba a los demás huéspedes". Mi hijo no estaba
haciendo nada distinto de los otros niños.

Exijo una disculpa por escrito y una explicación de la dirección del
hotel. Ya consulté con mi abogado y estamos preparando la queja ante el
CONAPRED. Espero su respuesta en un plazo de cinco días.

Adriana Castillo"""),
("es", "b158-es-traslado-aeropuerto", "Gonzalo Peña <gonzalo.pena@example.es>", "Consulta", "general", "",
"""Buenas, ¿hay autobús del hotel al aeropuerto de Palma por la
mañana? Nuestro vuelo sale a las 7:40 y no sé si hay algo tan
temprano. Gracias."""),
# ---------------- Polish ----------------
("pl", "b158-pl-kaucja-apartament-gdansk", "Agnieszka Wróbel <agnieszka.wrobel@example.pl>", "Zwrot kaucji", "billing", "",
"""Dzień dobry,

wymeldowaliśmy się z apartamentu na Długich Ogrodach w Gdańsku 12
dni temu. Przy zameldowaniu pobrano 500 zł kaucji, która miała wrócić
na kartę w ciągu 7 dni. Do dziś nic nie wróciło, a nikt nie zgłaszał
żadnych uszkodzeń. Proszę o sprawdzenie.

Pozdrawiam,
Agnieszka Wróbel"""),
("pl", "b158-pl-podwojne-obciazenie-zakopane", "Marek Zielinski <marek.zielinski@example.pl>", "podwojna platnosc", "billing", "",
"""Dzien dobry, po pobycie w hotelu spa w Zakopanem (pokoj 210, 3 noce)
zaplacilem karta 1 280 zl przy wymeldowaniu. Na koncie widze dwie
identyczne transakcje na 1 280 zl z tego samego dnia. Prosze o zwrot
jednej z nich.
Marek Zielinski"""),
("pl", "b158-pl-pies-odszedl-pakiet-pet", "Halina Nowicka <halina.nowicka@example.pl>", "Pakiet dla psa", "billing", "",
"""Szanowni Państwo,

od trzech lat wykupywaliśmy w Państwa programie stałego gościa
dodatkowy roczny Pakiet Pet Friendly (199 zł), bo wszędzie jeździł z
nami nasz jamnik Fredzio. We wrześniu Fredzio odszedł, miał 15 lat.

Nie chcemy, żeby pakiet odnowił się w listopadzie. Proszę go wyłączyć
z naszego konta (numer karty 3300 1187).

Z poważaniem,
Halina i Jerzy Nowiccy"""),
("pl", "b158-pl-kontrakt-norwegia-abonament", "Pawel Krol <pawel.krol@example.pl>", "Abonament parkingowy", "billing", "",
"""Czesc, mam miesieczny abonament na parkingu przy hotelu na Mokotowie
(240 zl/mc). Od stycznia wyjezdzam na pol roku na kontrakt do
Stavanger i auto bedzie stalo u brata. Da sie zawiesic abonament na te
6 miesiecy, zeby nie placic za puste miejsce? Jak wroce to chcialbym
wrocic na to samo.
Pawel"""),
("pl", "b158-pl-faktura-nip-rezerwacja", "Biuro Rachunkowe Lex-Bil <biuro@lexbil.example>", "Rezerwacja 30418", "billing", "",
"""Dzień dobry,

prosimy o wystawienie faktury VAT do rezerwacji 30418 (hotel przy A4,
Gliwice, 2 pokoje, 1 noc) na dane:

Lex-Bil Sp. z o.o.
ul. Zwycięstwa 41, 44-100 Gliwice
NIP 631-000-11-22

Paragon został wydany gościom przy wymeldowaniu.

Pozdrawiamy,
Biuro Lex-Bil"""),
("pl", "b158-pl-chargeback-oplata-palenie", "Tomasz Lewandowski <tomasz.lewandowski@example.pl>", "Opłata 500 zł za palenie w pokoju", "billing", "high",
"""Dzień dobry,

dwa dni po wyjeździe z Państwa hotelu w Poznaniu pobrano z mojej karty
500 zł jako „opłatę za palenie w pokoju”. Nikt z nas nie pali, w
pokoju była ze mną żona i 4-letnia córka. Nikt mnie nie poinformował
o żadnym problemie przy wymeldowaniu i nie dostałem żadnego dowodu.

Jeśli w ciągu 7 dni nie otrzymam zwrotu, złożę w banku reklamację
transakcji (chargeback) i dołączę całą korespondencję.

Tomasz Lewandowski"""),
("pl", "b158-pl-re-bon-wykorzystany", "Joanna Mazur <joanna.mazur@example.pl>", "Re: Twój bon podarunkowy", "billing", "",
"""Dzień dobry, bon był na 800 zł, a pobyt kosztował 520 zł. Dlaczego
w systemie jest „wykorzystany”? Powinno zostać 280 zł do wykorzystania
następnym razem.

Joanna Mazur

> Szanowna Pani,
>
> Informujemy, że bon podarunkowy nr GV-55127 został wykorzystany
> podczas pobytu w dniach 4-6.10 w hotelu Leśny Zakątek.
>
> Dziękujemy i zapraszamy ponownie!"""),
("pl", "b158-pl-raty-wesele-pokoje", "Karolina Dąbrowska <karolina.dabrowska@example.pl>", "Płatność za pokoje dla gości weselnych", "billing", "",
"""Dzień dobry,

rezerwujemy u Państwa 18 pokoi na noc poweselną w lipcu. Czy kwotę
(ok. 9 000 zł) można rozłożyć na raty albo zapłacić w dwóch częściach?
I czy zadatek jest zwrotny, gdyby część gości nie dojechała?

Pozdrawiam,
Karolina"""),
("pl", "b158-pl-cena-inna-niz-w-aplikacji", "Michał Kaczmarek <michal.kaczmarek@example.pl>", "Cena", "billing", "",
"""Cześć, w aplikacji przy rezerwacji pokazała się cena 349 zł za noc
dla członków programu, a na karcie pobrało 389 zł. Zrzut ekranu w
załączniku. Poproszę o zwrot różnicy. Michał"""),
("pl", "b158-pl-zaliczka-pensjonat-rzecznik", "Elżbieta Szymańska <elzbieta.szymanska@example.pl>", "Zaliczka 1500 zł - brak zwrotu", "billing", "high",
"""Szanowni Państwo,

w marcu wpłaciłam 1 500 zł zaliczki za tydzień w pensjonacie w
Kazimierzu Dolnym (termin 10-17 sierpnia). W lipcu to Państwo
odwołali rezerwację z powodu remontu i obiecali zwrot w ciągu 14 dni.
Minęło półtora miesiąca, a pieniędzy nie ma. Na telefony nikt nie
odpowiada.

Jeśli zwrot nie nastąpi do końca tygodnia, sprawę przekażę miejskiemu
rzecznikowi konsumentów, a następnie skieruję ją do sądu.

Elżbieta Szymańska"""),
("pl", "b158-pl-punkty-wygasly", "Grzegorz Pawlak <grzegorz.pawlak@example.pl>", "punkty", "billing", "",
"""Dzien dobry, zniknelo mi z konta 6 200 punktow, w historii jest
"wygasniecie". Nie dostalem zadnego maila, ze wygasaja. Bylem u Was
ostatnio w czerwcu. Czy da sie je przywrocic? Nr czlonkowski 80 4471
2290. Grzegorz"""),
("pl", "b158-pl-oplata-miejscowa-dziecko", "Beata Jasińska <beata.jasinska@example.pl>", "Pytanie o rachunek", "billing", "",
"""Dzień dobry, na rachunku z pobytu w Kołobrzegu jest „opłata
miejscowa” 4,40 zł za dobę za każdą osobę, także za naszego 3-letniego
synka. Czy dzieci nie są z niej zwolnione? Pytam, bo nie wiem, jak to
działa. Beata"""),
("pl", "b158-pl-doplata-pokoj-dyrektor", "Robert Wojciechowski <robert.wojciechowski@example.pl>", "Dopłata, na którą się nie zgodziłem", "billing", "high",
"""Dzień dobry,

przy zameldowaniu w hotelu w Katowicach recepcjonistka poinformowała
mnie, że „dostaję lepszy pokój”. Nikt nie powiedział, że za dopłatą.
Przy wymeldowaniu doliczono 300 zł za „upgrade do pokoju superior”.
Recepcja twierdzi, że nie może tego anulować.

Nie zgadzam się na tę opłatę i nie zamierzam dyskutować z recepcją po
raz trzeci. Proszę, aby skontaktował się ze mną dyrektor hotelu lub
ktoś z kierownictwa: 601 223 908.

Robert Wojciechowski"""),
("pl", "b158-pl-karta-pokoju-nie-dziala", "Monika Sadowska <monika.sadowska@example.pl>", "pokój 402", "technical", "",
"""Dzień dobry, karta do pokoju 402 przestaje działać co kilka godzin,
zamek świeci na czerwono. Recepcja już trzy razy ją przeprogramowała.
Może to wina zamka? Monika"""),
("pl", "b158-pl-nie-o-rachunek-aplikacja-qr", "Adam Michalski <adam.michalski@example.pl>", "Aplikacja", "technical", "",
"""Dzień dobry,

nie piszę w sprawie rachunku ani rezerwacji, tam wszystko się zgadza.
Chodzi o aplikację: kod QR do wjazdu na parking hotelowy się nie
generuje, ekran jest pusty i po chwili pojawia się „Coś poszło nie
tak”. Android, aplikacja zaktualizowana, przeinstalowana. Przyjeżdżam
w piątek.

Adam Michalski"""),
("pl", "b158-pl-ladowarka-ev-iskrzy", "Krzysztof Baran <krzysztof.baran@example.pl>", "Ładowarka na parkingu", "technical", "high",
"""Dzień dobry,

chciałbym zgłosić, że ładowarka do aut elektrycznych na parkingu przy
Państwa hotelu pod Łodzią (przy A1) iskrzy przy wtyczce. Wczoraj
wieczorem przy podłączeniu kabla coś strzeliło, pojawił się dym i
zapach spalenizny, a obudowa gniazda jest nadtopiona. Odłączyłem się i
przestawiłem auto. Ładowarka dalej wygląda na czynną i ktoś inny może
się podłączyć.

Krzysztof Baran"""),
("pl", "b158-pl-sauna-nie-wylacza", "Dorota Kwiatkowska <dorota.kwiatkowska@example.pl>", "Sauna w strefie spa", "technical", "high",
"""Dzien dobry, dzisiaj po poludniu sauna sucha w strefie spa grzala
sie coraz mocniej, termometr pokazywal ponad 120 stopni, a piec nie
wylaczal sie mimo przestawienia pokretla. Czuc bylo przypalone drewno.
Powiedzialam ratownikowi, ale sauna nadal byla otwarta, kiedy
wychodzilam. Ktos tam moze zaslabnac albo sie poparzyc.
Dorota, pokoj 315"""),
("pl", "b158-pl-kierowcy-brak-rezerwacji", "Dyspozytornia TransMaz <dyspozycja@transmaz.example>", "Nasi kierowcy na recepcjach", "technical", "high",
"""Dzień dobry,

od wczoraj wieczorem żaden z hoteli przy A2 nie widzi rezerwacji
zrobionych przez nasz portal firmowy. Czternastu naszych kierowców
stanęło na recepcjach w Koninie, Strykowie i Świecku i usłyszało, że
rezerwacji nie ma. Część spała w kabinach, dwóch musiało zjechać z
trasy, bo skończył im się czas pracy. Dziś wieczorem sytuacja się
powtórzy.

W portalu rezerwacje wyglądają na potwierdzone. Prosimy o pilny
kontakt: 22 390 14 70.

Ewa Maj, dyspozytor"""),
("pl", "b158-pl-plyta-indukcyjna-grzeje", "Łukasz Wieczorek <lukasz.wieczorek@example.pl>", "Apartament 7 - kuchenka", "technical", "high",
"""Dzień dobry,

w apartamencie 7 płyta indukcyjna nie wyłącza się: po wciśnięciu
„off” wyświetlacz gaśnie, ale lewe pole dalej grzeje, garnek stojący
na nim zaczął się przypalać. Wyłączyliśmy bezpiecznik kuchni w
skrzynce w przedpokoju. Mamy małe dzieci, więc wolimy, żeby ktoś to
sprawdził, zanim znowu włączymy prąd w kuchni.

Łukasz Wieczorek"""),
("pl", "b158-pl-prysznic-zimna-woda", "Ania Borkowska <ania.borkowska@example.pl>", "prysznic", "technical", "",
"""hej, w pokoju 12 w pensjonacie od rana leci tylko zimna woda.
wczoraj bylo ok. mozna cos z tym zrobic? dzieki, Ania"""),
("pl", "b158-pl-telewizor-pilot", "Stanisław Kubiak <stanislaw.kubiak@example.pl>", "Telewizor", "technical", "",
"""Telewizor w pokoju 118 nie reaguje na pilota, wymieniłem baterie. Proszę o pomoc."""),
("pl", "b158-pl-link-haslo-wygasa", "Natalia Czerwińska <natalia.czerwinska@example.pl>", "Nie mogę zmienić hasła", "technical", "",
"""Dzień dobry, chcę zresetować hasło do konta w programie lojalnościowym.
Mail przychodzi, ale po kliknięciu linku od razu pokazuje się „link
wygasł”, nawet jeśli klikam minutę po otrzymaniu. Próbowałam pięć razy,
na telefonie i komputerze. Natalia"""),
("pl", "b158-pl-szlaban-bilet", "Jacek Olszewski <jacek.olszewski@example.pl>", "Szlaban", "technical", "",
"""Dzien dobry, szlaban przy wyjezdzie z parkingu hotelowego nie czyta
biletow z recepcji, wypluwa je z powrotem. Wczoraj stalem 15 minut,
zanim ktos przyszedl otworzyc. Prosze to naprawic, bo jutro rano mam
wczesny wyjazd. Jacek"""),
("pl", "b158-pl-strona-kalendarz-blad", "Izabela Górecka <izabela.gorecka@example.pl>", "Rezerwacja przez stronę", "technical", "",
"""Dzień dobry, na Państwa stronie przy wyborze dat w kalendarzu
wyskakuje błąd „Nieprawidłowy zakres dat” przy każdym terminie, nawet
na jedną noc. Chcę zarezerwować pobyt w Szczawnicy na długi weekend.
Próbowałam w Chrome i Edge. Izabela Górecka"""),
("pl", "b158-pl-winda-nie-dziala", "Wojciech Piotrowski <wojciech.piotrowski@example.pl>", "Winda", "technical", "",
"""Dzień dobry,

winda w budynku B apartamentów przy Rondzie Mogilskim nie działa od
trzech dni, jest tylko kartka „awaria”. Mieszkamy na piątym piętrze z
dwójką małych dzieci i wózkiem. Kiedy można się spodziewać naprawy?

Wojciech Piotrowski"""),
("pl", "b158-pl-pilne-suszarka", "Kinga Malinowska <kinga.malinowska@example.pl>", "PILNE!!!", "technical", "",
"""PILNE - suszarka do włosów w pokoju 305 nie działa, a ja za godzinę
mam być na weselu kuzynki!!! Może ktoś przynieść inną???"""),
("pl", "b158-pl-podziekowania-pensjonat", "Teresa Adamczyk <teresa.adamczyk@example.pl>", "Podziękowanie", "general", "",
"""Szanowni Państwo,

chciałam bardzo podziękować za wspaniały tydzień w pensjonacie w
Wiśle. Pani Krysia codziennie pytała, czy czegoś nam nie trzeba, a
kiedy mąż źle się poczuł na szlaku, pan Zbyszek po niego pojechał.
Takiej serdeczności dawno nie spotkaliśmy.

Z wyrazami szacunku,
Teresa i Henryk Adamczykowie"""),
("pl", "b158-pl-zgubiona-ladowarka", "Kamil Sikora <kamil.sikora@example.pl>", "zostawiona ładowarka", "general", "",
"""Dzień dobry, wymeldowałem się wczoraj z pokoju 221 i zostawiłem
ładowarkę do laptopa (Dell, czarna) przy biurku. Czy została znaleziona?
Mogę przysłać kuriera. Kamil"""),
("pl", "b158-pl-godziny-basenu", "Renata Zając <renata.zajac@example.pl>", "Basen", "general", "",
"""Dzień dobry, w jakich godzinach czynny jest basen i czy dzieci mogą
korzystać bez ograniczeń? Przyjeżdżamy w ferie. Pozdrawiam"""),
("pl", "b158-pl-recepcja-niegrzeczna-kierownik", "Andrzej Kowalczyk <andrzej.kowalczyk@example.pl>", "Zachowanie pracownika recepcji", "general", "high",
"""Dzień dobry,

w sobotę wieczorem poprosiłem recepcjonistę w hotelu we Wrocławiu o
zamówienie taksówki dla mojej 80-letniej matki. Usłyszałem, że „jest
aplikacja” i że on „nie jest od tego”, a kiedy zwróciłem mu uwagę,
zaczął się ze mnie śmiać razem z kolegą.

Nie chcę rabatu ani zwrotu pieniędzy. Oczekuję kontaktu od kierownika
hotelu i informacji, jakie wyciągnięto konsekwencje. Jeśli nie dostanę
odpowiedzi, sprawę zgłoszę do centrali sieci.

Andrzej Kowalczyk"""),
("pl", "b158-pl-oblodzone-schody", "Zofia Krawczyk <zofia.krawczyk@example.pl>", "Schody przy wejściu", "general", "high",
"""Dzien dobry,

chcialam zwrocic uwage, ze schody przy glownym wejsciu do hotelu w
Karpaczu sa od rana oblodzone i nikt ich nie posypal. Starszy pan z
naszej grupy poslizgnal sie i uderzyl w lokiec, na szczescie nic
powaznego. Po poludniu nadal bylo slisko.

Ktos w koncu zlamie noge.

Zofia Krawczyk"""),
("pl", "b158-pl-skan-dowodu-uodo", "Magdalena Jabłońska <magdalena.jablonska@example.pl>", "Mój dowód osobisty wysłany obcej osobie", "general", "high",
"""Szanowni Państwo,

wczoraj obca osoba napisała do mnie na Facebooku, że dostała od
Państwa hotelu w Sopocie e-mail z potwierdzeniem rezerwacji, w którym
był załączony skan MOJEGO dowodu osobistego.

Domagam się natychmiastowego wyjaśnienia, komu jeszcze moje dane
zostały wysłane. Zgłaszam sprawę do Prezesa UODO i rozważam kroki
prawne.

Magdalena Jabłońska"""),
("pl", "b158-pl-zmiana-adresu-konto", "Ryszard Wójcik <ryszard.wojcik@example.pl>", "zmiana danych", "general", "",
"""Dzien dobry, prosze o zmiane adresu w moim koncie stalego goscia na:
ul. Lipowa 8/3, 20-020 Lublin. Numer karty 5512 0093. Dziekuje.
R. Wojcik"""),
("pl", "b158-pl-sponsoring-turniej-siatkowki", "UKS Dwójka Olsztyn <uks.dwojka@example.pl>", "Prośba o wsparcie turnieju", "general", "",
"""Dzień dobry,

jesteśmy klubem siatkarskim dziewcząt z Olsztyna. W maju organizujemy
turniej dla 16 drużyn z całego regionu. Czy Państwa hotel byłby
zainteresowany zostaniem partnerem turnieju, np. przez ufundowanie
nagród albo nocleg dla sędziów? Logo hotelu umieścimy na banerach i
dyplomach.

Z pozdrowieniami,
Marta Lis, trenerka"""),
("pl", "b158-pl-rowery-przechowanie", "Piotr Nowak <piotr.nowak@example.pl>", "Rowery", "general", "",
"""Cześć, jedziemy rowerami wzdłuż Wisły i będziemy u Was na jedną noc.
Czy macie zamykane miejsce na 4 rowery? Piotr"""),
("pl", "b158-pl-komunia-sala", "Ewelina Kołodziej <ewelina.kolodziej@example.pl>", "Przyjęcie komunijne", "general", "",
"""Dzień dobry,

szukamy sali na przyjęcie komunijne syna 17 maja, ok. 40 osób, w tym
12 dzieci. Czy sala kominkowa będzie wolna w tym terminie? Czy jest
miejsce, gdzie dzieci mogłyby się pobawić?

Ewelina Kołodziej"""),
("pl", "b158-pl-paczka-do-recepcji", "Dariusz Grabowski <dariusz.grabowski@example.pl>", "Paczka", "general", "",
"""Dzien dobry, przyjezdzam 22.11 (rezerwacja Grabowski). Przed
przyjazdem przyjdzie do hotelu paczka kurierem DPD na moje nazwisko.
Prosze ja przyjac i przechowac na recepcji. Dziekuje."""),
("pl", "b158-pl-sniadanie-bomba", "Sylwia Rutkowska <sylwia.rutkowska@example.pl>", "Brawo!", "general", "",
"""Śniadania to była bomba, zabójczo dobre naleśniki! A panie z
restauracji przemiłe. Do zobaczenia w lipcu. Sylwia z rodziną"""),
("pl", "b158-pl-re-parking-autokar", "Biuro Podróży Horyzont <biuro@horyzont-travel.example>", "Re: Potwierdzenie rezerwacji grupowej", "general", "",
"""Dzień dobry,

dziękujemy za potwierdzenie. Jeszcze jedno pytanie: gdzie może
zaparkować nasz autokar (12 m) na czas pobytu grupy? Czy przy hotelu
jest miejsce, czy kierowca musi szukać parkingu w mieście?

Pozdrawiamy,
Biuro Podróży Horyzont

> Szanowni Państwo,
>
> potwierdzamy rezerwację grupową nr G-2291: 22 pokoje, 3-5 czerwca,
> hotel przy ul. Dworcowej w Toruniu.
>
> Dział Rezerwacji"""),
("pl", "b158-pl-lozeczko-dzieciece", "Paulina Stępień <paulina.stepien@example.pl>", "Łóżeczko", "general", "",
"""Dzień dobry, czy w pokoju można dostać łóżeczko turystyczne dla
rocznego dziecka? Przyjeżdżamy 3 marca. Dziękuję, Paulina"""),
]
